#pragma once

#include "common/result.h"
#include "net/neterror.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fd::kube {

// Why a Kubernetes API call failed. Network kinds come from fd::net; the rest from the HTTP
// status and the API's `Status` body, or from obtaining credentials before the request.
enum class KubeErrorCategory {
    Network,           // DNS, refused, timeout, TLS, proxy: see netKind
    Unauthorized,      // 401: the credential was not accepted
    Forbidden,         // 403: authenticated, but RBAC denies the action
    NotFound,          // 404
    Conflict,          // 409 reason Conflict: the object changed meanwhile
    AlreadyExists,     // 409 reason AlreadyExists
    Invalid,           // 422 (and 400 BadRequest): the object or request was rejected
    TooManyRequests,   // 429 after the retries ran out
    Gone,              // 410: the resourceVersion / continue token is too old
    ServerError,       // 5xx and anything else the server reports as failing
    ExecPluginMissing, // the exec credential plugin's binary is not there
    ExecPluginFailed,  // the plugin ran but failed or printed no usable credential
    OidcRefreshFailed, // the OIDC id-token expired and could not be refreshed
    MalformedResponse, // the body is not the JSON we expected
    Cancelled,         // the request was cancelled (client gone, watch stopped)
    // The credentials could not be had before any request: the vault holding them is locked,
    // or a stored secret is missing, damaged or in a keychain this machine lacks.
    VaultLocked,
    CredentialUnavailable,
};

// One entry of Status.details.causes.
struct StatusCause {
    QString reason; // e.g. FieldValueInvalid
    QString message;
    QString field; // e.g. spec.resources.requests[cpu]
    friend bool operator==(const StatusCause&, const StatusCause&) = default;
};

struct KubeError {
    KubeErrorCategory category = KubeErrorCategory::ServerError;
    fd::net::NetErrorKind netKind = fd::net::NetErrorKind::Other; // meaningful for Network
    int httpStatus = 0;
    QString reason;  // Status.reason (Forbidden, NotFound, Expired, ...), empty if none
    QString message; // Status.message or our own sentence; never contains a secret
    QString detailsName;
    QString detailsGroup;
    QString detailsKind;
    QList<StatusCause> causes;
    int retryAfterSeconds = -1; // Retry-After header or details.retryAfterSeconds; -1 none
    QString detail;             // technical text (libcurl's words, plugin stderr), for logs
    // Network TLS failures: the server's certificate fingerprint ("AB:CD:…", SHA-256) and the
    // chain it presented (leaf first), so a caller can offer to trust that CA.
    QString peerCertSha256;
    QByteArray peerCertsPem;

    // One sentence for the user: what happened and what to do next.
    QString userMessage() const;
    // The generic error for code that does not care about the Kubernetes taxonomy.
    fd::Error toError() const;
};

// Stable identifier ("forbidden", "exec-plugin-missing"), for JSON output and logs.
QString categoryName(KubeErrorCategory category);

// The category for an HTTP status and Status.reason (reason wins where it is more precise).
KubeErrorCategory categoryFor(int httpStatus, const QString& reason);

// Builds the error from a failed response: decodes a metav1.Status body when there is one
// (message, reason, details, causes) and falls back to the status line otherwise.
// retryAfterHeader is the raw Retry-After header value (seconds), may be empty.
KubeError errorFromResponse(int httpStatus, const QByteArray& body,
                            const QByteArray& retryAfterHeader = {});

// Maps a transport failure; HttpStatus failures are decoded with errorFromResponse().
KubeError errorFromNet(const fd::net::NetError& error, const QByteArray& retryAfterHeader = {});

KubeError makeKubeError(KubeErrorCategory category, QString message, QString detail = {});

// A value or a KubeError.
template <typename T> using KubeResult = fd::Result<T, KubeError>;

// For calls that return nothing but success.
struct Empty {};

} // namespace fd::kube
