#pragma once

#include "registry/clusterrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fd::registry {

// One category per failure, as PRODUCT.md §1 lists them. Ok when the test passed.
enum class ConnectionCategory {
    Ok,
    Dns,                   // the server's host name does not resolve
    Refused,               // nothing listens on the port
    Timeout,               // no answer within the 15 s budget (or the connect timeout)
    TlsUnknownCa,          // the server's certificate is not signed by a trusted CA
    TlsNameMismatch,       // the certificate does not name the host (or tls-server-name)
    TlsClientCertRejected, // the server refused the client certificate (also: expired)
    TlsOther,              // any other TLS handshake failure
    Unauthorized,          // HTTP 401: the credential is not accepted
    Forbidden,             // HTTP 403: authenticated but lacks a permission
    ExecPluginMissing,     // the exec credential plugin's binary is not found
    ExecPluginFailed,      // the plugin ran but did not produce a credential
    OidcRefreshFailed,     // the OIDC id-token expired and could not be refreshed
    Proxy,                 // the proxy refused or failed the connection
    HttpStatus,            // another unexpected HTTP status (5xx, 404 on /version, ...)
    MalformedResponse,     // the answer is not a Kubernetes API response
    VaultLocked,           // the cluster's secrets could not be read from the vault
    Cancelled,             // cancelled by the user (or the registry shut down)
    Other,
};

QString toString(ConnectionCategory category); // stable identifier, e.g. "tlsUnknownCa"

// The outcome of a connection test (GET /version + an authenticated node list + running pods'
// GPU requests). All user-facing strings are translated (context "fd::registry").
struct ConnectionReport {
    bool ok = false;
    ConnectionCategory category = ConnectionCategory::Other;
    QString message;  // one sentence: what happened (for the category)
    QString nextStep; // one sentence: what to do next
    QString detail;   // technical detail for "Details…" (never a secret)

    // TlsUnknownCa: SHA-256 fingerprint of the presented certificate ("AB:CD:…", as browsers
    // show it) and, when it could be read, the PEM of the top certificate of the presented chain
    // so "Trust this CA" can pin it (set ClusterRecord::caPem to it and test again).
    QString caFingerprint;
    QByteArray presentedCaPem;
    // Forbidden: the missing permission as the API server phrased it, e.g.
    // `list resource "nodes" in API group "" at the cluster scope` (from the Status message).
    QString missingPermission;
    // ExecPluginMissing: the command that was looked up and the install hint from the kubeconfig.
    QString execCommand;
    QString execInstallHint;
    int httpStatus = 0; // Unauthorized / Forbidden / HttpStatus

    // Filled when ok (version also when only the node list failed).
    QString version;  // gitVersion
    QString platform; // e.g. "linux/amd64"
    int nodesReady = 0;
    int nodesTotal = 0;
    QList<GpuModelUsage> gpus;
    QList<MigResourceUsage> mig;
    int latencyMs = -1;  // GET /version round trip
    QDateTime checkedAt; // UTC

    // The status the list shows for this result (Ready / NotReady / Unreachable / Unknown).
    ClusterStatus clusterStatus() const;
    // message + " " + nextStep, for a single line of text.
    QString sentence() const;
};

} // namespace fd::registry
