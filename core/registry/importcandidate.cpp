#include "registry/importcandidate.h"
#include "registry/registrytext.h"

#include "kube/execplugin.h"
#include "kube/kubeconfig.h"

#include <QFile>

namespace fd::registry {

namespace {

// Reads a file the kubeconfig points at; a failure becomes a warning naming the file (not its
// content).
QByteArray readReferenced(const QString& path, const QString& what, QStringList& warnings) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        warnings
            << Text::tr("The %1 file %2 could not be read: %3").arg(what, path, f.errorString());
        return {};
    }
    return f.readAll();
}

QByteArray dataOrFile(const fd::kube::DataOrFile& value, const QString& what,
                      QStringList& warnings) {
    if (!value.data.isEmpty())
        return value.data;
    if (!value.filePath.isEmpty())
        return readReferenced(value.filePath, what, warnings);
    return {};
}

AuthKind mapKind(fd::kube::AuthKind kind) {
    switch (kind) {
    case fd::kube::AuthKind::None:
        return AuthKind::None;
    case fd::kube::AuthKind::ClientCert:
        return AuthKind::ClientCert;
    case fd::kube::AuthKind::Token:
        return AuthKind::Token;
    case fd::kube::AuthKind::TokenFile:
        return AuthKind::TokenFile;
    case fd::kube::AuthKind::Basic:
        return AuthKind::Basic;
    case fd::kube::AuthKind::Exec:
        return AuthKind::Exec;
    case fd::kube::AuthKind::AuthProvider:
        return AuthKind::AuthProvider;
    }
    return AuthKind::None;
}

} // namespace

QString toString(ImportOutcome::Action action) {
    switch (action) {
    case ImportOutcome::Action::Created:
        return QStringLiteral("created");
    case ImportOutcome::Action::Updated:
        return QStringLiteral("updated");
    case ImportOutcome::Action::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

fd::Result<ImportCandidate> candidateFromContext(const fd::kube::KubeContext& context) {
    ImportCandidate c;
    c.warnings = context.warnings;
    ClusterRecord& r = c.record;
    r.name = context.name;
    r.sourceContext = context.name;
    r.kubeUser = context.userName;
    r.server = context.server;
    r.kubeNamespace = context.namespaceName;
    r.tlsServerName = context.tlsServerName;
    r.insecure = context.insecureSkipTlsVerify;
    r.proxyUrl = context.proxyUrl;
    if (r.server.isEmpty())
        c.warnings << Text::tr("The context names no server URL; enter one before saving.");

    switch (context.ca.source) {
    case fd::kube::CaSource::Data:
        r.caPem = context.ca.data;
        break;
    case fd::kube::CaSource::File:
        r.caPem =
            context.ca.data.isEmpty()
                ? readReferenced(context.ca.filePath, Text::tr("certificate authority"), c.warnings)
                : context.ca.data;
        break;
    case fd::kube::CaSource::None:
        break;
    }

    const fd::kube::Credential& cred = context.credential;
    r.authKind = mapKind(cred.kind);
    ClusterCredentials& s = c.credentials;
    switch (cred.kind) {
    case fd::kube::AuthKind::None:
        break;
    case fd::kube::AuthKind::Token:
        s.token = cred.token;
        break;
    case fd::kube::AuthKind::TokenFile:
        r.tokenFile = cred.tokenFile; // a missing file is among the kubeconfig's warnings
        break;
    case fd::kube::AuthKind::ClientCert:
        s.clientCertPem = dataOrFile(cred.clientCert, Text::tr("client certificate"), c.warnings);
        s.clientKeyPem = dataOrFile(cred.clientKey, Text::tr("client key"), c.warnings);
        if (s.clientCertPem.isEmpty() || s.clientKeyPem.isEmpty())
            c.warnings << Text::tr(
                "The client certificate or key is missing; the cluster cannot be "
                "reached with it.");
        break;
    case fd::kube::AuthKind::Basic:
        r.username = cred.username;
        s.password = cred.password;
        break;
    case fd::kube::AuthKind::Exec:
        if (cred.exec) {
            const fd::kube::ExecConfig& e = *cred.exec;
            r.exec.apiVersion = e.apiVersion;
            r.exec.command = e.command;
            r.exec.args = e.args; // moved to the vault on import
            for (const auto& v : e.env)
                r.exec.env.append({v.name, v.value});
            r.exec.redactedArgs = fd::kube::redactedArgs(e.args);
            r.exec.installHint = e.installHint;
            r.exec.interactiveMode = e.interactiveMode;
            r.exec.provideClusterInfo = e.provideClusterInfo;
            fd::kube::ExecPluginConfig probe;
            probe.command = e.command;
            if (fd::kube::ExecCredentialProvider::resolveProgram(probe).isEmpty())
                c.warnings << Text::tr(
                                  "The credential plugin \"%1\" is not on this machine's PATH; "
                                  "install it or set its path for this cluster.")
                                  .arg(e.command);
        }
        break;
    case fd::kube::AuthKind::AuthProvider:
        if (cred.authProvider) {
            const auto& cfg = cred.authProvider->config;
            r.oidc.issuerUrl = cfg.value(QStringLiteral("idp-issuer-url"));
            r.oidc.clientId = cfg.value(QStringLiteral("client-id"));
            s.oidcIdToken = cfg.value(QStringLiteral("id-token")).toUtf8();
            s.oidcRefreshToken = cfg.value(QStringLiteral("refresh-token")).toUtf8();
            s.oidcClientSecret = cfg.value(QStringLiteral("client-secret")).toUtf8();
            if (cred.authProvider->name != QLatin1String("oidc"))
                c.warnings << Text::tr("The auth provider \"%1\" is not supported; only oidc is.")
                                  .arg(cred.authProvider->name);
        }
        break;
    }
    return c;
}

} // namespace fd::registry
