#pragma once

// What the Prometheus and Alertmanager clients share: one endpoint (fd::net::Endpoint: a URL,
// which may be a Kubernetes API server's service-proxy path, TLS policy, proxy), credentials
// asked for per request, one HttpClient, and the delivery rule — the answer is decoded on the
// global QThreadPool and handed to the caller's context exactly once (common/handoff.h);
// destroying the context aborts the transfer.

#include "common/handoff.h"
#include "metrics/promerror.h"
#include "net/endpoint.h"
#include "net/httpclient.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <unordered_map>

namespace fd::metrics {

// Credentials for one request. SECRET: header values and the key never reach logs or errors.
struct RequestAuth {
    fd::net::Headers headers; // e.g. Authorization: Bearer …, or Basic …
    QByteArray clientCertPem; // mutual TLS (an API server reached with a client certificate)
    QByteArray clientKeyPem;  // SECRET
};

// Asked before every request: `renew` is true once after a 401 (drop a cached token, run the
// exec plugin again). Calls `ready` exactly once, from any thread, possibly before returning.
using AuthProvider =
    std::function<void(bool renew, std::function<void(fd::Result<RequestAuth>)> ready)>;

AuthProvider noAuth();
AuthProvider staticAuth(RequestAuth auth);
QByteArray basicAuthorization(const QString& user, const QByteArray& password); // header value
QByteArray bearerAuthorization(const QByteArray& token);

// One HTTP call relative to the endpoint's URL (its path prefix is kept).
struct ApiCall {
    QByteArray method = "GET";
    QString path; // "/api/v1/query"
    QUrlQuery query;
    QByteArray body; // form or JSON; sent when not empty
    QByteArray contentType;
    int timeoutMs = 30000;
};

// A call as it goes on the wire: the path with its percent-encoded query (a long query moves
// into a form body), ready for HTTP or for a cluster API server's service proxy.
struct WireCall {
    QByteArray method = "GET";
    QString pathAndQuery; // "/api/v1/query?query=up"
    QByteArray body;
    QByteArray contentType;
    int timeoutMs = 30000;
};
WireCall toWire(const ApiCall& call);

// A successful answer that came another way than straight over HTTP.
struct RoutedReply {
    QByteArray body;
    QByteArray contentType;
};
// Sends a call another way (a Kubernetes API server's service proxy: metrics/serviceproxy.h).
// `done` is called exactly once, on `context`'s thread; errors are already PromErrors.
using Route = std::function<void(WireCall call, QObject* context,
                                 std::function<void(PromResult<RoutedReply>)> done)>;

class PromTransport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromTransport)

public:
    // `http` must live on this object's thread and outlive it.
    PromTransport(fd::net::Endpoint endpoint, AuthProvider auth, fd::net::HttpClient* http,
                  Service service, QObject* parent = nullptr);
    // Every call goes through `route` (no HttpClient, no credentials of our own).
    PromTransport(Route route, QString serverName, Service service, QObject* parent = nullptr);
    ~PromTransport() override;

    const fd::net::Endpoint& endpoint() const { return m_endpoint; }
    QString serverName() const { return m_serverName; }
    void setServerName(const QString& name) { m_serverName = name; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // Sends `call`, decodes a 2xx body with `decode` on the thread pool, and delivers the result
    // to `done` on `context`'s thread. Returns a handle for cancel().
    template <typename T>
    quint64 send(ApiCall call,
                 std::function<PromResult<T>(QByteArrayView body, const QString& server)> decode,
                 QObject* context, std::function<void(PromResult<T>)> done) {
        auto deliver = fd::handoff<PromResult<T>>(context, std::move(done));
        const QString server = m_serverName;
        RawDone raw = [deliver, decode = std::move(decode), server](RawResult r) mutable {
            if (!r.ok) {
                deliver(std::move(r.error));
                return;
            }
            QThreadPool::globalInstance()->start(
                [deliver, decode, server, body = std::move(r.body)] {
                    deliver(decode(QByteArrayView(body), server));
                });
        };
        return start(std::move(call), context, std::move(raw));
    }

    // Aborts a call; its callback receives Cancelled. False when unknown or finished.
    bool cancel(quint64 handle);

private:
    struct RawResult {
        bool ok = false;
        QByteArray body;
        PromError error;
    };
    using RawDone = std::function<void(RawResult)>;
    struct CallState;

    quint64 start(ApiCall call, QObject* context, RawDone done);
    void attempt(const std::shared_ptr<CallState>& state, bool renew);
    void sendWithAuth(const std::shared_ptr<CallState>& state, RequestAuth auth);
    void finish(const std::shared_ptr<CallState>& state, RawResult result);
    void sendRouted(const std::shared_ptr<CallState>& state);
    void accept(const std::shared_ptr<CallState>& state, QByteArray body,
                const QByteArray& contentType);
    fd::net::Request buildRequest(const ApiCall& call, const RequestAuth& auth) const;

    fd::net::Endpoint m_endpoint;
    AuthProvider m_auth;
    QPointer<fd::net::HttpClient> m_http;
    Route m_route;
    Service m_service;
    QString m_serverName;
    qint64 m_maxResponseBytes = qint64(32) * 1000 * 1000;
    quint64 m_nextHandle = 1;
    std::unordered_map<quint64, std::shared_ptr<CallState>> m_calls;
};

} // namespace fd::metrics
