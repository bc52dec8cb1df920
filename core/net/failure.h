#pragma once

#include "net/neterror.h"

#include <QString>

namespace fd::net {

// Why talking to an endpoint failed, in the categories a user acts on. One list and one set of
// sentences for every endpoint Fleetdeck talks to — a cluster's API server, a Prometheus, a
// vCenter — so each gets the same messages and the same "trust this certificate".
enum class FailureCategory {
    Ok,
    Dns,                     // the host name does not resolve
    Refused,                 // nothing listens on the port
    Timeout,                 // no answer within the budget (or the connect timeout)
    TlsUnknownCa,            // the certificate is not signed by a trusted CA
    TlsNameMismatch,         // the certificate does not name the host (or TLS server name)
    TlsClientCertRejected,   // the server refused the client certificate (also: expired)
    TlsOther,                // any other TLS handshake failure
    Unauthorized,            // 401, a refused login: the credential is not accepted
    Forbidden,               // 403: authenticated but lacks a permission
    CredentialPluginMissing, // a credential helper (exec plugin) is not on this machine
    CredentialPluginFailed,  // the helper ran but produced no credential
    TokenRefreshFailed,      // an expiring token (OIDC) could not be refreshed
    Proxy,                   // the proxy refused or failed the connection
    HttpStatus,              // another unexpected HTTP status (5xx, 404 …)
    MalformedResponse,       // the answer is not what this kind of server sends
    TooLarge,                // the answer exceeded the size limit
    VaultLocked,             // the credentials are in the vault and it is locked
    Cancelled,               // cancelled by the user (or shut down)
    Other,
};

// Stable identifier for JSON and logs: "ok", "dns", "tlsUnknownCa", "execPluginMissing", …
QString toString(FailureCategory category);
// The category of a transport failure (HttpStatus is refined by the caller from the status).
FailureCategory categoryOf(NetErrorKind kind);
FailureCategory categoryOfHttpStatus(int status); // 401, 403, other

// What the sentences need beyond the category.
struct FailureDetails {
    FailureCategory category = FailureCategory::Other;
    int httpStatus = 0;
    // TLS failures: the SHA-256 of the DER form of the certificate the server presented — what
    // "Trust this certificate" pins (TlsPolicy::pinnedSha256), shown and audited as it is.
    QString certSha256;
    QString missingPermission; // Forbidden, in the server's words ("list resource \"nodes\" …")
    QString pluginCommand;     // credential plugin failures
    QString pluginInstallHint;
    int budgetSeconds = 15; // Timeout
};

// One sentence saying what happened and one saying what to do next (translated, context
// "fd::net").
struct FailureText {
    QString message;
    QString nextStep;
    QString sentence() const; // message + " " + nextStep
};
FailureText describe(const FailureDetails& facts);

} // namespace fd::net
