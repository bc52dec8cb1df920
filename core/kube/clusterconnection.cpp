#include "kube/clusterconnection.h"

#include "kube/kubeconfig.h"

#include <QCoreApplication>
#include <QFile>

namespace fd::kube {

QString ClusterConnection::effectiveCacheKey() const {
    if (!cacheKey.isEmpty())
        return cacheKey;
    // No secret in the key: the exec command/args digest is added by the provider itself.
    return endpoint.url + u'|' + username + u'|' + exec.command + u'|' + oidc.clientId;
}

ExecClusterInfo ClusterConnection::execClusterInfo() const {
    ExecClusterInfo info;
    info.server = endpoint.url;
    info.tlsServerName = endpoint.tls.serverName;
    info.insecureSkipTlsVerify = endpoint.tls.insecure;
    info.caPem = endpoint.tls.caPem;
    info.proxyUrl = endpoint.proxyUrl;
    return info;
}

} // namespace fd::kube

namespace fd::kube {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::kube::ClusterConnection", text);
}

// The data, or the file's content. An unreadable file fails, unless `unreadable` collects it.
fd::Result<QByteArray> readDataOrFile(const DataOrFile& source, const QString& what,
                                      QStringList* unreadable) {
    if (!source.data.isEmpty() || source.filePath.isEmpty())
        return source.data;
    QFile file(source.filePath);
    if (file.open(QIODevice::ReadOnly))
        return file.readAll();
    fd::Error error(
        fd::ErrorKind::Io,
        tr("Cannot read the %1 file %2: %3").arg(what, source.filePath, file.errorString()));
    if (!unreadable)
        return error;
    *unreadable << error.message;
    return QByteArray();
}

} // namespace

fd::Result<ClusterConnection> connectionFromKubeContext(const KubeContext& context,
                                                        QStringList* unreadable) {
    ClusterConnection c;
    c.endpoint.url = context.server;
    c.endpoint.tls.serverName = context.tlsServerName;
    c.endpoint.tls.insecure = context.insecureSkipTlsVerify;
    c.endpoint.proxyUrl = context.proxyUrl;
    c.cacheKey = context.server + u'|' + context.clusterName + u'|' + context.userName;
    if (context.ca.source != CaSource::None) {
        auto ca = readDataOrFile({context.ca.data, context.ca.filePath},
                                 tr("certificate authority"), unreadable);
        if (!ca)
            return ca.error();
        c.endpoint.tls.caPem = *ca;
    }
    const Credential& cred = context.credential;
    switch (cred.kind) {
    case AuthKind::None:
        break;
    case AuthKind::Token:
        c.auth = ClusterConnection::Auth::Token;
        c.token = cred.token;
        break;
    case AuthKind::TokenFile:
        c.auth = ClusterConnection::Auth::TokenFile;
        c.tokenFile = cred.tokenFile;
        break;
    case AuthKind::Basic:
        c.auth = ClusterConnection::Auth::Basic;
        c.username = cred.username;
        c.password = cred.password;
        break;
    case AuthKind::ClientCert: {
        c.auth = ClusterConnection::Auth::ClientCert;
        auto cert = readDataOrFile(cred.clientCert, tr("client certificate"), unreadable);
        if (!cert)
            return cert.error();
        auto key = readDataOrFile(cred.clientKey, tr("client key"), unreadable);
        if (!key)
            return key.error();
        c.clientCertPem = *cert;
        c.clientKeyPem = *key;
        break;
    }
    case AuthKind::Exec: {
        c.auth = ClusterConnection::Auth::Exec;
        const ExecConfig& e = *cred.exec;
        c.exec.apiVersion = e.apiVersion;
        c.exec.command = e.command;
        c.exec.args = e.args;
        for (const EnvVar& v : e.env)
            c.exec.env.append({v.name, v.value});
        c.exec.installHint = e.installHint;
        c.exec.interactiveMode = e.interactiveMode;
        c.exec.provideClusterInfo = e.provideClusterInfo;
        break;
    }
    case AuthKind::AuthProvider: {
        const AuthProviderConfig& p = *cred.authProvider;
        if (p.name != QLatin1String("oidc"))
            return fd::Error(fd::ErrorKind::Unsupported,
                             tr("The auth-provider “%1” was removed from Kubernetes clients; "
                                "switch the kubeconfig to its exec credential plugin (for "
                                "example gke-gcloud-auth-plugin or kubelogin).")
                                 .arg(p.name));
        c.auth = ClusterConnection::Auth::Oidc;
        c.oidc.issuerUrl = p.config.value(QStringLiteral("idp-issuer-url"));
        c.oidc.clientId = p.config.value(QStringLiteral("client-id"));
        c.oidc.clientSecret = p.config.value(QStringLiteral("client-secret")).toUtf8();
        c.oidc.idToken = p.config.value(QStringLiteral("id-token")).toUtf8();
        c.oidc.refreshToken = p.config.value(QStringLiteral("refresh-token")).toUtf8();
        c.oidc.extraScopes = p.config.value(QStringLiteral("extra-scopes"));
        const QString caData = p.config.value(QStringLiteral("idp-certificate-authority-data"));
        const QString caFile = p.config.value(QStringLiteral("idp-certificate-authority"));
        auto ca = readDataOrFile({QByteArray::fromBase64(caData.toLatin1()), caFile},
                                 tr("identity provider certificate authority"), unreadable);
        if (!ca)
            return ca.error();
        c.oidc.issuerCaPem = *ca;
        break;
    }
    }
    return c;
}

} // namespace fd::kube
