#include "net/neterror.h"

namespace fd::net {

fd::Error NetError::toError() const {
    ErrorKind generic = ErrorKind::Network;
    if (kind == NetErrorKind::HttpStatus)
        generic = ErrorKind::Remote;
    else if (kind == NetErrorKind::Cancelled)
        generic = ErrorKind::Cancelled;
    return fd::Error(generic, message, detail);
}

QString kindName(NetErrorKind kind) {
    switch (kind) {
    case NetErrorKind::Dns:
        return QStringLiteral("dns");
    case NetErrorKind::Refused:
        return QStringLiteral("refused");
    case NetErrorKind::Timeout:
        return QStringLiteral("timeout");
    case NetErrorKind::TlsUnknownCa:
        return QStringLiteral("tls-unknown-ca");
    case NetErrorKind::TlsNameMismatch:
        return QStringLiteral("tls-name-mismatch");
    case NetErrorKind::TlsClientCertRejected:
        return QStringLiteral("tls-client-cert-rejected");
    case NetErrorKind::TlsOther:
        return QStringLiteral("tls-other");
    case NetErrorKind::Proxy:
        return QStringLiteral("proxy");
    case NetErrorKind::HttpStatus:
        return QStringLiteral("http-status");
    case NetErrorKind::TooLarge:
        return QStringLiteral("too-large");
    case NetErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case NetErrorKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace fd::net
