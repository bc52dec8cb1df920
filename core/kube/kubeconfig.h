#pragma once

// Kubeconfig reader: one file, raw bytes (paste, drop) or a KUBECONFIG-style list merged by
// kubectl's rules. Everything a cluster import needs is resolved per context; problems that
// concern one context become that context's warnings, and only input that is not YAML or not
// a kubeconfig fails as a whole.

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd::kube {

enum class CaSource { None, Data, File };

// The credential mechanism Fleetdeck will use for a context. When a user entry sets several
// (kubectl rejects most such combinations), the first in this order wins and a warning says so:
// exec, auth-provider, client certificate, token file, token, basic.
enum class AuthKind { None, ClientCert, Token, TokenFile, Basic, Exec, AuthProvider };

QString caSourceName(CaSource source); // "data", "file", "none" (the CLI JSON contract)
QString authKindName(AuthKind kind);   // "clientCert", "token", "tokenFile", "basic", "exec", ...

struct CertificateAuthority {
    CaSource source = CaSource::None;
    QByteArray data;  // PEM bytes (base64-decoded certificate-authority-data)
    QString filePath; // absolute where it could be resolved
};

// Inline data (already base64-decoded) or a file. Data wins when both are written, as kubectl.
struct DataOrFile {
    QByteArray data;
    QString filePath;
    bool isEmpty() const { return data.isEmpty() && filePath.isEmpty(); }
};

struct EnvVar {
    QString name;
    QString value; // SECRET: plugins take credentials through their environment
    friend bool operator==(const EnvVar&, const EnvVar&) = default;
};

// client.authentication.k8s.io exec credential plugin, as written.
struct ExecConfig {
    QString apiVersion; // client.authentication.k8s.io/v1, v1beta1 or v1alpha1
    QString command;    // resolved against the file when it contains a path separator
    QStringList args;   // SECRET (may carry --client-secret and the like); see redact.h
    QList<EnvVar> env;  // SECRET values
    QString installHint;
    QString interactiveMode; // Never / IfAvailable / Always; unwritten: IfAvailable before v1
    bool provideClusterInfo = false;
};

// Legacy auth-provider (oidc, gcp, azure). The config map holds id-token, refresh-token,
// idp-issuer-url, client-id, client-secret, ...
struct AuthProviderConfig {
    QString name;
    QMap<QString, QString> config; // SECRET values (id-token, refresh-token, client-secret)
};

struct Credential {
    AuthKind kind = AuthKind::None;
    QByteArray token; // SECRET
    QString tokenFile;
    DataOrFile clientCert;
    DataOrFile clientKey; // SECRET (data)
    QString username;
    QByteArray password; // SECRET
    std::optional<ExecConfig> exec;
    std::optional<AuthProviderConfig> authProvider;
};

struct KubeContext {
    QString name;
    QString clusterName;
    QString userName;
    QString server; // exactly as written: scheme, port and path kept
    QString namespaceName;
    CertificateAuthority ca;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QString proxyUrl;
    Credential credential;
    QStringList warnings;  // per-context problems, in English, never containing a secret
    QString sourceFile;    // the file that defined the context; empty for raw bytes
    QString clusterSource; // the file that defined its cluster entry
    QString userSource;    // the file that defined its user entry

    // A copy with every secret field emptied and secret-looking exec arguments masked; for
    // display, JSON and logs.
    KubeContext redacted() const;
};

struct Kubeconfig {
    std::optional<QString> currentContext; // as written, even when it names no context
    QList<KubeContext> contexts;           // file order (across files: file by file)
    QStringList warnings;                  // file-level problems
    QStringList files;                     // the files that were read, in merge order

    const KubeContext* findContext(const QString& name) const;
};

struct ReadOptions {
    // "Now" for certificate expiry checks; invalid = the current time.
    QDateTime now;
};

// The platform's separator for KUBECONFIG lists: ';' on Windows, ':' elsewhere.
QChar kubeconfigListSeparator();

// One file. Relative paths inside resolve against the file's directory.
fd::Result<Kubeconfig> readKubeconfigFile(const QString& path, const ReadOptions& options = {});

// Pasted or dropped bytes. Relative paths resolve against baseDir; with an empty baseDir
// they stay as written and each one gets a warning.
fd::Result<Kubeconfig> readKubeconfigBytes(const QByteArray& bytes, const QString& baseDir = {},
                                           const ReadOptions& options = {});

// Several files merged by kubectl's rules (the first file defining a name wins;
// current-context from the first file setting it). Every file must exist.
fd::Result<Kubeconfig> readKubeconfigFiles(const QStringList& paths,
                                           const ReadOptions& options = {});

// A KUBECONFIG-style list. As kubectl, missing files and empty entries are skipped (with a
// warning for missing ones); an empty list or one naming no existing file fails.
fd::Result<Kubeconfig> readKubeconfigList(const QString& list,
                                          QChar separator = kubeconfigListSeparator(),
                                          const ReadOptions& options = {});

// A self-contained kubeconfig for one context: CA, client certificate and key embedded as data
// (files read now), everything else as in the context; current-context set. Fails only when a
// referenced file cannot be read.
fd::Result<QByteArray> writeKubeconfig(const KubeContext& context);

} // namespace fd::kube
