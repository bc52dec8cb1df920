// Checks shared by every context that uses a cluster or user entry: files that are missing,
// CA data that is not a certificate, expired client certificates, combinations kubectl refuses
// and mechanisms on their way out. Messages name entries and paths, never secret values.
#include "kube/kubeconfigentries_p.h"

#include "kube/pemcert_p.h"

#include <QFile>
#include <QFileInfo>

#include <memory>

namespace fd::kube::detail {

namespace {

constexpr qint64 kMaxPemFileSize = 1024 * 1024;

enum class FileState { Readable, Missing, Unreadable };

FileState fileState(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return FileState::Missing;
    return info.isFile() && info.isReadable() ? FileState::Readable : FileState::Unreadable;
}

QByteArray readSmallFile(const QString& path) {
    // Bounded: checkFile() admits regular files only, but one may grow while it is read.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.read(kMaxPemFileSize + 1);
    return bytes.size() > kMaxPemFileSize ? QByteArray() : bytes;
}

// Warns about a referenced file that cannot be used; returns whether it is readable.
bool checkFile(const QString& path, const QString& what, QStringList& out) {
    switch (fileState(path)) {
    case FileState::Readable:
        return true;
    case FileState::Missing:
        out << Text::tr("The %1 file \"%2\" does not exist.").arg(what, path);
        return false;
    case FileState::Unreadable:
        out << Text::tr("The %1 file \"%2\" cannot be read.").arg(what, path);
        return false;
    }
    return false;
}

void checkClientCertificate(const UserEntry& user, const QDateTime& now, QStringList& out) {
    const DataOrFile& cert = user.credential.clientCert;
    QByteArray pem = cert.data;
    if (pem.isEmpty() && !cert.filePath.isEmpty()) {
        if (!checkFile(cert.filePath, Text::tr("client certificate"), out))
            return;
        pem = readSmallFile(cert.filePath);
    }
    if (pem.isEmpty())
        return;
    const std::optional<PemCertificate> x509 = firstPemCertificate(pem);
    if (!x509) {
        out << Text::tr("The client certificate of user \"%1\" is not a PEM certificate.")
                   .arg(user.name);
        return;
    }
    if (x509->notAfter < now)
        out << Text::tr("The client certificate of user \"%1\" expired on %2.")
                   .arg(user.name,
                        x509->notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

bool isKnownExecVersion(const QString& v) {
    return v == QLatin1String("client.authentication.k8s.io/v1") ||
           v == QLatin1String("client.authentication.k8s.io/v1beta1") ||
           v == QLatin1String("client.authentication.k8s.io/v1alpha1");
}

void checkExec(const UserEntry& user, const ExecConfig& exec, QStringList& out) {
    if (exec.command.isEmpty())
        out << Text::tr("The exec plugin of user \"%1\" has no command.").arg(user.name);
    if (exec.apiVersion == QLatin1String("client.authentication.k8s.io/v1alpha1"))
        out << Text::tr("User \"%1\" uses the exec API version %2, which kubectl no longer "
                        "supports since 1.24; ask for a v1 or v1beta1 plugin configuration.")
                   .arg(user.name, exec.apiVersion);
    else if (exec.apiVersion.isEmpty())
        out << Text::tr("The exec plugin of user \"%1\" has no apiVersion.").arg(user.name);
    else if (!isKnownExecVersion(exec.apiVersion))
        out << Text::tr("The exec plugin of user \"%1\" uses the unknown API version \"%2\".")
                   .arg(user.name, exec.apiVersion);
    const QString& mode = exec.interactiveMode;
    if (!mode.isEmpty() && mode != QLatin1String("Never") && mode != QLatin1String("IfAvailable") &&
        mode != QLatin1String("Always"))
        out << Text::tr("The exec plugin of user \"%1\" has an invalid interactiveMode \"%2\".")
                   .arg(user.name, mode);
    else if (mode.isEmpty() && exec.apiVersion == QLatin1String("client.authentication.k8s.io/v1"))
        out << Text::tr("The exec plugin of user \"%1\" has no interactiveMode, which kubectl "
                        "requires for client.authentication.k8s.io/v1.")
                   .arg(user.name);
}

void checkAuthProvider(const UserEntry& user, const AuthProviderConfig& provider,
                       QStringList& out) {
    if (provider.name == QLatin1String("gcp") || provider.name == QLatin1String("azure")) {
        out << Text::tr("User \"%1\" uses the auth-provider \"%2\", which kubectl removed in "
                        "1.26; use the exec plugin (%3) instead.")
                   .arg(user.name, provider.name,
                        provider.name == QLatin1String("gcp")
                            ? QStringLiteral("gke-gcloud-auth-plugin")
                            : QStringLiteral("kubelogin"));
    } else {
        out << Text::tr("User \"%1\" uses the deprecated auth-provider \"%2\"; an exec plugin "
                        "such as kubelogin is the supported replacement.")
                   .arg(user.name, provider.name);
    }
}

} // namespace

QStringList clusterWarnings(const ClusterEntry& cluster) {
    QStringList out = cluster.warnings;
    if (cluster.server.isEmpty())
        out << Text::tr("Cluster \"%1\" has no server URL.").arg(cluster.name);
    if (cluster.caDataAndFile)
        out << Text::tr("Cluster \"%1\" sets both certificate-authority and "
                        "certificate-authority-data; the data is used.")
                   .arg(cluster.name);
    QByteArray caPem = cluster.ca.data;
    if (cluster.ca.source == CaSource::File &&
        checkFile(cluster.ca.filePath, Text::tr("certificate authority"), out))
        caPem = readSmallFile(cluster.ca.filePath);
    if (!caPem.isEmpty() && !firstPemCertificate(caPem))
        out << Text::tr("The CA of cluster \"%1\" is not a PEM certificate.").arg(cluster.name);
    if (cluster.insecureSkipTlsVerify) {
        if (cluster.ca.source != CaSource::None)
            out << Text::tr("Cluster \"%1\" sets insecure-skip-tls-verify together with a CA; "
                            "kubectl refuses this combination.")
                       .arg(cluster.name);
        else
            out << Text::tr("Cluster \"%1\" has insecure-skip-tls-verify set: the server's "
                            "certificate is not verified.")
                       .arg(cluster.name);
    }
    return out;
}

QStringList userWarnings(const UserEntry& user, const QDateTime& now) {
    QStringList out = user.warnings;
    const Credential& c = user.credential;
    if (user.clientCertDataAndFile)
        out << Text::tr("User \"%1\" sets both client-certificate and client-certificate-data; "
                        "the data is used.")
                   .arg(user.name);
    if (user.clientKeyDataAndFile)
        out << Text::tr("User \"%1\" sets both client-key and client-key-data; the data is used.")
                   .arg(user.name);
    if (!c.clientCert.isEmpty() && c.clientKey.isEmpty())
        out << Text::tr("User \"%1\" has a client certificate but no client key.").arg(user.name);
    if (c.clientCert.isEmpty() && !c.clientKey.isEmpty())
        out << Text::tr("User \"%1\" has a client key but no client certificate.").arg(user.name);
    checkClientCertificate(user, now, out);
    if (c.clientKey.data.isEmpty() && !c.clientKey.filePath.isEmpty())
        checkFile(c.clientKey.filePath, Text::tr("client key"), out);
    if (!c.tokenFile.isEmpty())
        checkFile(c.tokenFile, Text::tr("token"), out);
    if (!c.username.isEmpty() || !c.password.isEmpty())
        out << Text::tr("User \"%1\" uses basic authentication (username and password), which "
                        "Kubernetes API servers no longer accept since 1.19.")
                   .arg(user.name);
    if (!c.token.isEmpty() && (!c.username.isEmpty() || !c.password.isEmpty()))
        out << Text::tr("User \"%1\" sets both a token and basic authentication; kubectl "
                        "refuses this combination.")
                   .arg(user.name);
    if (c.exec && c.authProvider)
        out << Text::tr("User \"%1\" sets both exec and auth-provider; kubectl refuses this "
                        "combination.")
                   .arg(user.name);
    if (c.exec)
        checkExec(user, *c.exec, out);
    if (c.authProvider)
        checkAuthProvider(user, *c.authProvider, out);
    return out;
}

AuthKind decideAuthKind(const Credential& c, const QString& userName, QStringList* warnings) {
    QList<AuthKind> present;
    if (c.exec)
        present << AuthKind::Exec;
    if (c.authProvider)
        present << AuthKind::AuthProvider;
    if (!c.clientCert.isEmpty() || !c.clientKey.isEmpty())
        present << AuthKind::ClientCert;
    // A token file is re-read and takes precedence over a token, as in client-go.
    if (!c.tokenFile.isEmpty())
        present << AuthKind::TokenFile;
    if (!c.token.isEmpty())
        present << AuthKind::Token;
    if (!c.username.isEmpty() || !c.password.isEmpty())
        present << AuthKind::Basic;
    if (present.isEmpty())
        return AuthKind::None;
    if (present.size() > 1 && warnings) {
        QStringList names;
        for (AuthKind k : present)
            names << authKindName(k);
        *warnings << Text::tr("User \"%1\" sets several credentials (%2); Fleetdeck uses %3.")
                         .arg(userName, names.join(QLatin1String(", ")), names.first());
    }
    return present.first();
}

} // namespace fd::kube::detail
