#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace fd::net {

// One category per failure; the UI chooses its advice from it.
enum class NetErrorKind {
    Dns,                   // the host name does not resolve
    Refused,               // nothing listens there, or the host is unreachable
    Timeout,               // connect, total or idle timeout
    TlsUnknownCa,          // the server's certificate chain ends at a CA we do not trust
    TlsNameMismatch,       // the certificate does not cover the host (or tls server name)
    TlsClientCertRejected, // the server demanded a client certificate or refused ours
    TlsOther,              // any other TLS failure (protocol, bad local cert/key, expired...)
    Proxy,                 // the proxy is unreachable or refused to forward
    HttpStatus,            // the server answered with status >= 400
    TooLarge,              // the response exceeded the size limit and was aborted
    Cancelled,             // HttpClient::cancel() or the client went away
    Other,
};

struct NetError {
    NetErrorKind kind = NetErrorKind::Other;
    QString message; // one sentence for the user: what happened and what to do next
    QString detail;  // libcurl's / OpenSSL's own words, for "Details…" and logs; never secrets
    int httpStatus = 0;
    QByteArray body;         // the error body for HttpStatus (bounded by the size limit)
    QString peerCertSha256;  // TLS failures: "AB:CD:…" SHA-256 of the server's certificate
    QByteArray peerCertsPem; // TLS failures: the chain the server presented (leaf first)
    int curlCode = 0;        // CURLcode, for logs

    // Maps onto the generic error type for code that does not care about the taxonomy.
    fd::Error toError() const;
};

// Stable English identifier ("tls-unknown-ca"), for JSON output and logs.
QString kindName(NetErrorKind kind);

} // namespace fd::net
