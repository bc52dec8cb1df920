#include "net/request.h"

namespace fd::net {

QUrl joinUrl(const QString& base, const QString& pathAndQuery) {
    QUrl url(base, QUrl::StrictMode);
    url.setFragment(QString());
    if (pathAndQuery.isEmpty())
        return url;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    // Tolerant: the caller's escapes (%2F in a name, for example) are kept as they are.
    url.setPath(prefix + path, QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::TolerantMode);
    return url;
}

Request Request::to(const Endpoint& endpoint, const QString& pathAndQuery) {
    Request r;
    r.url = joinUrl(endpoint.url, pathAndQuery);
    static_cast<TlsPolicy&>(r.tls) = endpoint.tls;
    r.proxyUrl = endpoint.proxyUrl;
    return r;
}

} // namespace fd::net
