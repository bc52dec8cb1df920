#pragma once

#include "kube/clusterconnection.h"

#include <QByteArray>
#include <QString>

namespace fd::registry {

// Secret material of one cluster, in memory only: filled from the kubeconfig at import time or
// loaded from the vault for a request. Never logged, never written to the store; wipe() zeroes
// the buffers (OPENSSL_cleanse) and the destructor calls it.
struct ClusterCredentials {
    QByteArray token;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QByteArray password;
    QByteArray oidcIdToken;
    QByteArray oidcRefreshToken;
    QByteArray oidcClientSecret;
    QByteArray execConfigJson; // {"args": [...], "env": [{"name","value"}]} of the exec plugin

    ClusterCredentials() = default;
    ClusterCredentials(const ClusterCredentials&) = default;
    ClusterCredentials& operator=(const ClusterCredentials&) = default;
    ClusterCredentials(ClusterCredentials&&) noexcept = default;
    ClusterCredentials& operator=(ClusterCredentials&&) noexcept = default;
    ~ClusterCredentials();

    void wipe();
    bool isEmpty() const;
};

// The one mapping between a connection and what is stored of it. takeSecrets() moves every
// secret out of `connection` (bearer token, client certificate and key, basic password, OIDC
// tokens and client secret, the exec plugin's arguments and environment), leaving what the store
// may keep; withSecrets() puts them back for a client.
ClusterCredentials takeSecrets(fd::kube::ClusterConnection& connection);
fd::kube::ClusterConnection withSecrets(fd::kube::ClusterConnection connection,
                                        const ClusterCredentials& credentials);

} // namespace fd::registry
