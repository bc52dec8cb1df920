#pragma once

#include "common/result.h"
#include "kube/execplugin.h"
#include "net/endpoint.h"

#include <QByteArray>
#include <QString>

namespace fd::kube {

// Legacy auth-provider "oidc" (kubectl's id-token / refresh-token flow). SECRET fields.
struct OidcConfig {
    QString issuerUrl; // idp-issuer-url
    QString clientId;
    QByteArray clientSecret;
    QByteArray idToken;
    QByteArray refreshToken;
    QByteArray issuerCaPem; // idp-certificate-authority(-data); empty = system store
    QString extraScopes;
};

// Everything needed to talk to one API server as one user, resolved to bytes: no file is read
// later except a token file, which is re-read on every request (it is rotated by its owner).
// Built from a kubeconfig context (connectionFromKubeContext) or from the registry's stored
// record plus the vault's secrets.
struct ClusterConnection {
    enum class Auth { None, Token, TokenFile, ClientCert, Basic, Exec, Oidc };

    // The API server: URL (https://host:port[/path-prefix]), TLS policy (CA, tls-server-name,
    // insecure, pinned certificate) and proxy.
    fd::net::Endpoint endpoint;
    // Identifies (cluster, user) for credential caches; derived from server + user when empty.
    QString cacheKey;

    Auth auth = Auth::None;
    QByteArray token; // SECRET
    QString tokenFile;
    QByteArray clientCertPem;
    QByteArray clientKeyPem; // SECRET
    QString username;
    QByteArray password; // SECRET
    ExecPluginConfig exec;
    OidcConfig oidc;

    QString effectiveCacheKey() const;
    ExecClusterInfo execClusterInfo() const;
};

struct KubeContext;

// Resolves a kubeconfig context to a connection: CA, client certificate and key files (and the
// OIDC issuer's CA) are read now (into memory), a token file stays a path (re-read per request).
// A file that cannot be read fails the call — or, when `unreadable` is given, is listed there
// (one sentence naming the file) and left empty, so an import can still show the context. A
// legacy auth-provider other than oidc always fails (gcp and azure were removed from kubectl;
// their exec plugins replace them).
fd::Result<ClusterConnection> connectionFromKubeContext(const KubeContext& context,
                                                        QStringList* unreadable = nullptr);

} // namespace fd::kube
