#pragma once

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

} // namespace fd::registry
