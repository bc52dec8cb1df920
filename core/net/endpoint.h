#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace fd::net {

// How a server's certificate is checked: the same for a Kubernetes API server, a Prometheus and a
// vCenter. Public material only (may be stored as is).
struct TlsPolicy {
    QByteArray caPem;      // trust exactly these CAs (PEM); empty: the system store
    QString serverName;    // verify and send SNI for this name instead of the URL host
    bool insecure = false; // skip verification altogether (only when the user asks)
    // "AB:CD:…" (uppercase hex pairs): the SHA-256 of the DER form of one server certificate that
    // is trusted as it is ("trust this certificate"), whatever CA issued it and whatever names it
    // carries. Any other certificate is verified normally. Empty: no pin.
    QString pinnedSha256;

    friend bool operator==(const TlsPolicy&, const TlsPolicy&) = default;
};

// Where a service is and how to reach it: one model for clusters, Prometheus and vCenter.
// Credentials are not here: the owner keeps references into the vault and resolves them per
// request.
struct Endpoint {
    QString url; // base URL as the user gave it: https://10.0.0.1:6443[/prefix], https://vc/sdk
    TlsPolicy tls;
    // http://, https://, socks5:// or socks5h://; empty: none (environment proxies are ignored)
    QString proxyUrl;

    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

// Whether `text` is an http:// or https:// URL with a host and without a user name or password
// in it (a password in a URL would be stored and printed in clear; it belongs in the vault).
inline bool isServiceUrl(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace fd::net
