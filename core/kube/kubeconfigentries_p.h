#pragma once

// Internal: the entries of one parsed kubeconfig file, before merging. Not part of the API.

#include "kube/kubeconfig.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace fd::kube::detail {

Q_DECLARE_LOGGING_CATEGORY(lcKubeconfig)

// Translation context for the reader's messages and warnings.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::kube::Kubeconfig)
};

struct ClusterEntry {
    QString name;
    QString server;
    CertificateAuthority ca;
    bool caDataAndFile = false; // both written: data wins, as kubectl
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QString proxyUrl;
    QString sourceFile;
    QStringList warnings; // shape problems found while parsing
};

struct UserEntry {
    QString name;
    Credential credential; // kind not yet decided
    bool clientCertDataAndFile = false;
    bool clientKeyDataAndFile = false;
    QString sourceFile;
    QStringList warnings;
};

struct ContextEntry {
    QString name;
    QString cluster;
    QString user;
    QString namespaceName;
    QString sourceFile;
    QStringList warnings;
};

struct ParsedFile {
    QString path; // empty for raw bytes
    std::optional<QString> currentContext;
    QList<ClusterEntry> clusters;
    QList<UserEntry> users;
    QList<ContextEntry> contexts;
    QStringList warnings;
    bool empty = false; // no document at all (kubectl treats it as an empty config)
};

// Parses one document. displayName names the input in messages ("config", "pasted text");
// baseDir resolves relative paths (empty: leave them as written, with a warning).
fd::Result<ParsedFile> parseKubeconfig(const QByteArray& bytes, const QString& displayName,
                                       const QString& path, const QString& baseDir);

// Merges files in order by kubectl's rules and resolves every context.
Kubeconfig mergeKubeconfigs(const QList<ParsedFile>& files, const ReadOptions& options);

// Problems of a cluster or user entry that every context using it shares.
QStringList clusterWarnings(const ClusterEntry& cluster);
QStringList userWarnings(const UserEntry& user, const QDateTime& now);

// Decides the kind of a user's credential; adds a warning when several are set.
AuthKind decideAuthKind(const Credential& credential, const QString& userName,
                        QStringList* warnings);

} // namespace fd::kube::detail
