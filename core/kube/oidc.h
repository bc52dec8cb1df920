#pragma once

#include "kube/clusterconnection.h"
#include "kube/kubeerror.h"

#include <QDateTime>

#include <functional>
#include <optional>

class QObject;

namespace fd::net {
class HttpClient;
}

namespace fd::kube {

struct OidcTokens {
    QByteArray idToken;      // SECRET
    QByteArray refreshToken; // SECRET; the old one when the issuer does not rotate it
};

// The `exp` claim of a JWT (no signature check: the API server verifies the token; we only
// decide whether to refresh). nullopt when the token is not a JWT or has no exp.
std::optional<QDateTime> jwtExpiry(const QByteArray& jwt);

// True when the id-token is missing, unreadable or expires within `skewSeconds`.
bool oidcNeedsRefresh(const OidcConfig& config, int skewSeconds = 10);

// Refreshes the id-token: discovers the token endpoint from
// <issuer>/.well-known/openid-configuration, then POSTs grant_type=refresh_token.
// Failures are OidcRefreshFailed with a message saying what to do.
void refreshOidcTokens(fd::net::HttpClient& http, const OidcConfig& config, QObject* context,
                       std::function<void(KubeResult<OidcTokens>)> done);

} // namespace fd::kube
