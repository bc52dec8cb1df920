#pragma once

#include "net/endpoint.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrl>

#include "net/endpoint.h"

#include <functional>
#include <memory>

namespace fd::net {

class CookieJar;
struct Response;

// Identifies one call to HttpClient::send(); never reused within a process.
using RequestId = quint64;

struct Header {
    QByteArray name;
    QByteArray value;
};

// A QList whose append() takes a Header only, so `headers.append({"Accept", "text/plain"})`
// is not mistaken for QList's iterator-pair constructor.
class Headers : public QList<Header> {
public:
    using QList<Header>::QList;
    void append(Header header) { QList<Header>::append(std::move(header)); }
};

// TLS material is passed from memory only: a decrypted client key never touches disk. The client
// copies what it needs and wipes its copies (OPENSSL_cleanse) when the transfer ends.
// The server-side policy (CA, server name, insecure, pinned certificate) is the endpoint's
// TlsPolicy; serverName verifies and sends SNI for that name while the TCP connection still goes
// to the URL host (kubeconfig tls-server-name).
struct TlsOptions : TlsPolicy {
    QByteArray clientCertPem; // PEM client certificate (chain) for mutual TLS
    QByteArray clientKeyPem;  // PEM private key matching clientCertPem
};

struct Request {
    QByteArray method = "GET";
    QUrl url;
    Headers headers; // never logged (may carry Authorization)
    QByteArray body; // sent for any method when non-empty
    TlsOptions tls;
    // http://, https://, socks5:// or socks5h:// (proxy resolves names). Empty: no proxy — the
    // environment's proxy variables are deliberately ignored so behaviour is explicit.
    QString proxyUrl;
    // A session's cookies (a vCenter SOAP session, for example): requests naming the same jar
    // send the cookies earlier answers set. Null: no cookies are kept or sent.
    std::shared_ptr<CookieJar> cookies;

    int connectTimeoutMs = 10000; // TCP + TLS + proxy handshake
    int totalTimeoutMs = 30000;   // whole transfer; 0 = none (watch streams)
    int idleTimeoutMs = 0;        // abort when no byte arrives for this long (streams); 0 = off
    qint64 maxResponseBytes = 0;  // accumulated body limit; 0 = the client's default

    // Streaming: when set, body chunks are handed over as they arrive and not accumulated
    // (Reply::response.body stays empty). Error bodies (status >= 400) are still accumulated so
    // the error carries them. Runs on the client's thread while the context object is alive;
    // calling HttpClient::cancel() from inside is allowed.
    std::function<void(QByteArrayView chunk)> onData;
    // Called once the final response head (status, headers, version) is in, before any onData.
    std::function<void(const Response& head)> onHeaders;
    // A long-lived stream (watch, server-sent events, log follow): it runs in the client's stream
    // lane, outside the in-flight cap, the FIFO queue and the per-host connection cap of ordinary
    // requests, so open streams never starve them. Requests with onData and no total timeout are
    // streams even without the flag.
    bool stream = false;

    bool isStream() const { return stream || (onData && totalTimeoutMs == 0); }
    // The request meets a certificate: an https URL, or any URL through an HTTPS proxy.
    bool usesTls() const {
        return url.scheme() == QLatin1String("https") ||
               proxyUrl.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
    }

    // A GET of `pathAndQuery` ("/api/v1/nodes?limit=500", already percent-encoded) on the
    // endpoint: its URL's path prefix is kept (https://h:6443/clusters/x + /version →
    // https://h:6443/clusters/x/version), and its TLS policy and proxy apply.
    static Request to(const Endpoint& endpoint, const QString& pathAndQuery);
};

// The endpoint URL `base` with `pathAndQuery` (percent-encoded, may carry "?query") appended to
// its path; an empty pathAndQuery gives the base URL itself.
QUrl joinUrl(const QString& base, const QString& pathAndQuery);

} // namespace fd::net
