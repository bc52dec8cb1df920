#include "registry/importcandidate.h"
#include "registry/registrytext.h"

#include "kube/execplugin.h"
#include "kube/kubeconfig.h"
#include "kube/redact.h"

namespace fd::registry {

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
    // The same resolution as every other client of a kubeconfig context; files that cannot be
    // read become warnings here, so the context is still offered.
    QStringList unreadable;
    auto connection = fd::kube::connectionFromKubeContext(context, &unreadable);
    if (!connection)
        return connection.error();
    c.warnings += unreadable;
    ClusterRecord& r = c.record;
    r.name = context.name;
    r.sourceContext = context.name;
    r.kubeUser = context.userName;
    r.kubeNamespace = context.namespaceName;
    if (connection->endpoint.url.isEmpty())
        c.warnings << Text::tr("The context names no server URL; enter one before saving.");
    switch (connection->auth) {
    case AuthKind::ClientCert:
        if (connection->clientCertPem.isEmpty() || connection->clientKeyPem.isEmpty())
            c.warnings << Text::tr(
                "The client certificate or key is missing; the cluster cannot be "
                "reached with it.");
        break;
    case AuthKind::Exec:
        r.execArgsShown = fd::kube::redactArgs(connection->exec.args);
        if (fd::kube::ExecCredentialProvider::resolveProgram(connection->exec).isEmpty())
            c.warnings << Text::tr("The credential plugin \"%1\" is not on this machine's PATH; "
                                   "install it or set its path for this cluster.")
                              .arg(connection->exec.command);
        break;
    default:
        break;
    }
    connection->cacheKey.clear();
    c.credentials = takeSecrets(*connection);
    r.connection = std::move(*connection);
    return c;
}

} // namespace fd::registry
