#pragma once

#include "registry/clusterrecord.h"
#include "registry/credentials.h"

#include <QByteArray>
#include <QString>

namespace fd::registry {

// "Same server and user identity" decides whether an import updates an existing record.
//
// The server URL is normalised (scheme and host lowercased, default port dropped, trailing
// slashes removed) so `https://API.x:443/` and `https://api.x` match. The user part is
// non-reversible, so the store never holds anything a token could be recovered from:
//  - client certificate: SHA-256 of its subject + issuer (DER), so a renewed cert still matches;
//  - token / basic / OIDC: kubeconfig user name + HMAC-SHA256(installKey, secret);
//  - token file: the file path;
//  - exec plugin: SHA-256 of command + args (+ env names);
//  - none: the kubeconfig user name.
QString normalizeServerUrl(const QString& server);

// Returns "<normalised server>|<kind>:<hex digest>". installKey is the per-install random key
// (kept in the vault).
QString computeIdentity(const ClusterRecord& record, const ClusterCredentials& credentials,
                        const QByteArray& installKey);

} // namespace fd::registry
