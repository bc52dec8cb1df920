#pragma once

#include "common/result.h"
#include "net/neterror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace fd::metrics {

// Why a Prometheus or Alertmanager call failed. Network kinds come from fd::net; query errors
// keep Prometheus's own errorType and message.
enum class PromErrorCategory {
    Network,        // DNS, refused, timeout, TLS, proxy: see netKind
    Unauthorized,   // 401
    Forbidden,      // 403
    NotFound,       // 404: no Prometheus API at this URL (path prefix?)
    BadQuery,       // errorType bad_data: PromQL syntax, bad parameters, over 11,000 points
    QueryTimeout,   // errorType timeout: the server's query timeout
    TooManySamples, // the server's --query.max-samples
    QueryFailed,    // other execution, internal or canceled errors
    Unavailable,    // errorType unavailable / 503: starting up, not ready
    ServerError,    // another HTTP error without an API error body
    NotPrometheus,  // HTML or other non-JSON: a login page, a dashboard, a wrong port
    Malformed,      // JSON, but not the API's shape
    TooLarge,       // the answer exceeded the size limit and was not read
    InvalidInput,   // refused before sending (bad duration, too many points asked for)
    Cancelled,
};

struct PromError {
    PromErrorCategory category = PromErrorCategory::ServerError;
    fd::net::NetErrorKind netKind = fd::net::NetErrorKind::Other; // meaningful for Network
    int httpStatus = 0;
    QString errorType; // Prometheus's errorType ("bad_data", "timeout", "execution", …)
    QString error;     // the server's own words, verbatim (never a secret: servers echo queries)
    QString message;   // one sentence for the user: what happened and what to do next
    QString detail;    // technical text for "Details…" and logs
    // TLS failures: the presented certificate, so a caller can offer "trust this certificate".
    QString peerCertSha256;
    QByteArray peerCertsPem;

    fd::Error toError() const;
};

template <typename T> using PromResult = fd::Result<T, PromError>;

enum class Service { Prometheus, Alertmanager };

// Stable identifier ("bad-query", "too-many-samples"), for JSON output and logs.
QString categoryName(PromErrorCategory category);

PromError makePromError(PromErrorCategory category, QString message, QString detail = {});

// A transport failure (everything but HTTP status errors, which go through errorFromResponse).
// `server` names the endpoint in messages ("prometheus.example:9090").
PromError errorFromNet(const fd::net::NetError& error, Service service, const QString& server,
                       qint64 sizeLimit);

// An HTTP answer that is not a success: decodes Prometheus's {"status":"error", "errorType",
// "error"} envelope or Alertmanager's error bodies; recognises HTML and other non-API answers.
PromError errorFromResponse(int httpStatus, QByteArrayView body, QByteArrayView contentType,
                            Service service, const QString& server);

// The error for a 2xx answer whose body is not the API's JSON (HTML login page, plain text).
// Returns a Malformed error naming `why` when the body looks like JSON.
PromError notApiError(QByteArrayView body, QByteArrayView contentType, Service service,
                      const QString& server, const QString& why);

// The category for an API error (Prometheus's errorType and words, the HTTP status).
PromErrorCategory categoryForApiError(const QString& errorType, const QString& words,
                                      int httpStatus);

// The user sentence for an API error category, with the server's own words.
QString apiErrorMessage(PromErrorCategory category, Service service, const QString& server,
                        const QString& serverWords, int httpStatus);

} // namespace fd::metrics
