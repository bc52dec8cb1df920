#pragma once

#include "net/neterror.h"
#include "net/request.h"

namespace fd::net {

enum class HttpVersion { Unknown, Http1_0, Http1_1, Http2, Http3 };

QString httpVersionName(HttpVersion version); // "HTTP/1.1", "HTTP/2", ...

// Milliseconds from the start of the transfer, for latency display.
struct Timings {
    double totalMs = 0;   // until the last byte (or the failure)
    double connectMs = 0; // TCP connection established
    double tlsMs = 0;     // TLS handshake duration (0 for plain HTTP or a reused connection)
};

struct Response {
    int status = 0;
    Headers headers; // as received, in order; names keep their case
    QByteArray body; // empty when streaming
    HttpVersion httpVersion = HttpVersion::Unknown;

    // First header with this name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
};

// What HttpClient::send() delivers: exactly one per request. On failure `error` says why and
// `response` holds whatever arrived (status and headers of an HTTP error, for example).
struct Reply {
    RequestId id = 0;
    Response response;
    NetError error; // meaningful only when !ok()
    Timings timings;
    bool failed = false;

    bool ok() const { return !failed; }
};

} // namespace fd::net
