#include "kube/clusterconnection.h"

namespace fd::kube {

QString ClusterConnection::effectiveCacheKey() const {
    if (!cacheKey.isEmpty())
        return cacheKey;
    // No secret in the key: the exec command/args digest is added by the provider itself.
    return server + u'|' + username + u'|' + exec.command + u'|' + oidc.clientId;
}

ExecClusterInfo ClusterConnection::execClusterInfo() const {
    ExecClusterInfo info;
    info.server = server;
    info.tlsServerName = tlsServerName;
    info.insecureSkipTlsVerify = insecure;
    info.caPem = caPem;
    info.proxyUrl = proxyUrl;
    return info;
}

} // namespace fd::kube
