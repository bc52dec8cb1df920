#pragma once

#include "net/neterror.h"
#include "net/tlsobserver.h"

namespace fd::net {

// Everything known about a finished transfer that decides its error category.
struct FailureFacts {
    int curlCode = 0;   // CURLcode
    QString curlDetail; // libcurl's error buffer (no secrets: it never quotes headers)
    bool cancelled = false;
    bool tooLarge = false;
    bool viaProxy = false;
    long proxyConnectStatus = 0; // HTTP status of the proxy's answer to CONNECT
    int httpStatus = 0;
    qint64 sizeLimit = 0;
    TlsObservation tls;
};

// Returns the error for a failed transfer, or a NetError with curlCode 0 and kind Other when the
// facts describe a success (curlCode 0, status < 400). `host` names the server in messages.
NetError classify(const FailureFacts& facts, const QString& host);

// The user message for a category (what happened, what to do next).
QString userMessage(NetErrorKind kind, const QString& host, const FailureFacts& facts);

} // namespace fd::net
