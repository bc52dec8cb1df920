#include "net/response.h"

namespace fd::net {

QString httpVersionName(HttpVersion version) {
    switch (version) {
    case HttpVersion::Http1_0:
        return QStringLiteral("HTTP/1.0");
    case HttpVersion::Http1_1:
        return QStringLiteral("HTTP/1.1");
    case HttpVersion::Http2:
        return QStringLiteral("HTTP/2");
    case HttpVersion::Http3:
        return QStringLiteral("HTTP/3");
    case HttpVersion::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QByteArray Response::header(QByteArrayView name) const {
    for (const Header& h : headers)
        if (name.compare(h.name, Qt::CaseInsensitive) == 0)
            return h.value;
    return {};
}

} // namespace fd::net
