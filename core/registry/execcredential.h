#pragma once

#include "registry/clusterrecord.h"
#include "registry/connectionreport.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace fd::registry {

// What an exec credential plugin produced (client.authentication.k8s.io ExecCredential status).
struct ExecCredentialResult {
    ConnectionCategory category = ConnectionCategory::Ok; // Ok, ExecPluginMissing or ...Failed
    QString detail;     // names the command and the PATH searched; never the credential
    QByteArray token;   // status.token
    QByteArray certPem; // status.clientCertificateData
    QByteArray keyPem;  // status.clientKeyData
};

// Where the plugin's binary is: the per-cluster override, an absolute/relative path as written,
// or a PATH lookup. Empty when not found.
QString resolveExecCommand(const ExecSpec& exec);

// Runs the plugin asynchronously (QProcess; KUBERNETES_EXEC_INFO set; no stdin — the registry
// never runs interactively) and parses its ExecCredential. `done` runs on the context's thread,
// not at all if the context died. A 30 s limit guards against plugins waiting for a browser.
void runExecPlugin(const ExecSpec& exec, const QString& server, QObject* context,
                   std::function<void(ExecCredentialResult)> done);

} // namespace fd::registry
