#pragma once

#include "kube/kubeconfig.h"

#include <QJsonObject>

namespace fd::kube {

// The redacted JSON view of a kubeconfig (the `fleetdeck-cli kubeconfig show --json` contract):
// {"currentContext", "warnings", "contexts": [{"name", "cluster", "user", "server",
// "namespace", "authKind", "caSource", "insecureSkipTlsVerify", "tlsServerName", "proxyUrl",
// "exec": {"command", "args", "apiVersion"} | null, "authProvider", "warnings"}]}.
// Absent values are null. No secret is ever part of it.
QJsonObject toRedactedJson(const Kubeconfig& config);
QJsonObject toRedactedJson(const KubeContext& context);

} // namespace fd::kube
