#include "metrics/promtransport.h"

#include "common/handoff.h"

#include "metrics/metricslog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

namespace fd::metrics {

namespace {

// GET keeps the request cacheable and needs only `get` on services/proxy through an API server;
// queries longer than this go as a form POST instead (Prometheus accepts both).
constexpr int kMaxGetUrl = 6000;

} // namespace

struct PromTransport::CallState {
    quint64 handle = 0;
    ApiCall call;
    RawDone done;
    fd::net::RequestId request = 0;
    bool renewed = false;
    bool finished = false;
    QElapsedTimer timer;
    QMetaObject::Connection contextWatch;
};

AuthProvider noAuth() {
    return [](bool, std::function<void(fd::Result<RequestAuth>)> ready) { ready(RequestAuth{}); };
}

AuthProvider staticAuth(RequestAuth auth) {
    return [auth = std::move(auth)](bool, std::function<void(fd::Result<RequestAuth>)> ready) {
        ready(auth);
    };
}

QByteArray basicAuthorization(const QString& user, const QByteArray& password) {
    const QByteArray pair = user.toUtf8() + ':' + password;
    return "Basic " + pair.toBase64();
}

QByteArray bearerAuthorization(const QByteArray& token) {
    return "Bearer " + token;
}

PromTransport::PromTransport(fd::net::Endpoint endpoint, AuthProvider auth,
                             fd::net::HttpClient* http, Service service, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_auth(auth ? std::move(auth) : noAuth())
    , m_http(http)
    , m_service(service) {
    const QUrl url(m_endpoint.url);
    m_serverName =
        url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
    if (m_serverName.isEmpty())
        m_serverName = m_endpoint.url.left(80);
}

PromTransport::PromTransport(Route route, QString serverName, Service service, QObject* parent)
    : QObject(parent)
    , m_auth(noAuth())
    , m_route(std::move(route))
    , m_service(service)
    , m_serverName(std::move(serverName)) {}

PromTransport::~PromTransport() {
    // Outstanding calls are abandoned silently (their contexts may outlive us): the Handoff
    // never fires, as for a destroyed context.
    for (auto& [handle, state] : m_calls) {
        state->finished = true;
        QObject::disconnect(state->contextWatch);
        if (state->request && m_http)
            m_http->cancel(state->request);
    }
}

quint64 PromTransport::start(ApiCall call, QObject* context, RawDone done) {
    auto state = std::make_shared<CallState>();
    state->handle = m_nextHandle++;
    state->call = std::move(call);
    state->done = std::move(done);
    state->timer.start();
    m_calls.emplace(state->handle, state);
    if (context) {
        // A closed view cancels what it was waiting for.
        std::weak_ptr<CallState> weak = state;
        state->contextWatch = connect(context, &QObject::destroyed, this, [this, weak] {
            if (auto s = weak.lock(); s && !s->finished) {
                s->finished = true;
                if (s->request && m_http)
                    m_http->cancel(s->request);
                m_calls.erase(s->handle);
            }
        });
    }
    if (!m_http && !m_route) {
        finish(state, RawResult{false,
                                {},
                                makePromError(PromErrorCategory::Cancelled,
                                              tr("The request was cancelled because the "
                                                 "connection was closed."))});
        return state->handle;
    }
    // Started on a later turn of the loop, so even an immediate failure is delivered later.
    fd::post(this, [this, state] { attempt(state, false); });
    return state->handle;
}

bool PromTransport::cancel(quint64 handle) {
    const auto it = m_calls.find(handle);
    if (it == m_calls.end())
        return false;
    const auto state = it->second;
    if (state->request && m_http)
        m_http->cancel(state->request);
    finish(state, RawResult{false,
                            {},
                            makePromError(PromErrorCategory::Cancelled,
                                          tr("The request was cancelled."))});
    return true;
}

void PromTransport::attempt(const std::shared_ptr<CallState>& state, bool renew) {
    if (state->finished)
        return;
    QPointer<PromTransport> self(this);
    auto continueOnThread =
        fd::handoff<fd::Result<RequestAuth>>(this, [self, state](fd::Result<RequestAuth> auth) {
            if (!self || state->finished)
                return;
            if (!auth.ok()) {
                PromError e = makePromError(PromErrorCategory::Unauthorized, auth.error().message,
                                            auth.error().detail);
                self->finish(state, RawResult{false, {}, std::move(e)});
                return;
            }
            self->sendWithAuth(state, std::move(auth.value()));
        });
    m_auth(renew, std::move(continueOnThread));
}

WireCall toWire(const ApiCall& call) {
    WireCall wire;
    wire.method = call.method;
    wire.body = call.body;
    wire.contentType = call.contentType;
    wire.timeoutMs = call.timeoutMs;
    // Every byte outside the unreserved set is percent-encoded: QUrlQuery leaves '+' as it is,
    // and Prometheus (Go's form parser) reads a bare '+' as a space — `a + b` or `DCGM_.+`
    // would silently become another query.
    QByteArray encoded;
    for (const auto& [key, value] : call.query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    wire.pathAndQuery = call.path;
    if (wire.method == "GET" && encoded.size() > kMaxGetUrl) {
        wire.method = "POST";
        wire.body = encoded;
        wire.contentType = "application/x-www-form-urlencoded";
    } else if (!encoded.isEmpty()) {
        wire.pathAndQuery += QLatin1Char('?') + QString::fromLatin1(encoded);
    }
    return wire;
}

fd::net::Request PromTransport::buildRequest(const ApiCall& call, const RequestAuth& auth) const {
    const WireCall wire = toWire(call);
    // The endpoint's TLS policy (CA, server name, insecure, pinned certificate) and proxy come
    // with Request::to; its URL's path prefix (a service-proxy path, for example) is kept.
    fd::net::Request req = fd::net::Request::to(m_endpoint, wire.pathAndQuery);
    req.method = wire.method;
    req.body = wire.body;
    req.headers.append({"Accept", "application/json"});
    if (!wire.contentType.isEmpty())
        req.headers.append({"Content-Type", wire.contentType});
    for (const fd::net::Header& h : auth.headers)
        req.headers.append(h);
    req.tls.clientCertPem = auth.clientCertPem;
    req.tls.clientKeyPem = auth.clientKeyPem;
    req.totalTimeoutMs = wire.timeoutMs;
    req.connectTimeoutMs = qMin(wire.timeoutMs, 10000);
    req.maxResponseBytes = m_maxResponseBytes;
    return req;
}

void PromTransport::sendRouted(const std::shared_ptr<CallState>& state) {
    m_route(toWire(state->call), this, [this, state](PromResult<RoutedReply> reply) {
        if (state->finished)
            return;
        if (!reply.ok()) {
            finish(state, RawResult{false, {}, std::move(reply.error())});
            return;
        }
        accept(state, std::move(reply.value().body), reply.value().contentType);
    });
}

void PromTransport::accept(const std::shared_ptr<CallState>& state, QByteArray body,
                           const QByteArray& contentType) {
    qCDebug(lcMetrics).noquote() << state->call.method << state->call.path << body.size() << "bytes"
                                 << state->timer.elapsed() << "ms";
    if (contentType.toLower().contains("html")) {
        finish(state, RawResult{false,
                                {},
                                notApiError(body, contentType, m_service, m_serverName,
                                            QStringLiteral("HTML instead of JSON"))});
        return;
    }
    finish(state, RawResult{true, std::move(body), {}});
}

void PromTransport::sendWithAuth(const std::shared_ptr<CallState>& state, RequestAuth auth) {
    if (state->finished)
        return;
    if (m_route) {
        sendRouted(state);
        return;
    }
    if (!m_http)
        return;
    fd::net::Request req = buildRequest(state->call, auth);
    state->request = m_http->send(std::move(req), this, [this, state](fd::net::Reply reply) {
        if (state->finished)
            return;
        state->request = 0;
        const int status = reply.response.status;
        if (!reply.ok() && reply.error.kind == fd::net::NetErrorKind::HttpStatus) {
            if (status == 401 && !state->renewed) {
                state->renewed = true; // a renewable credential gets one more chance
                attempt(state, true);
                return;
            }
            const QByteArray body =
                reply.error.body.isEmpty() ? reply.response.body : reply.error.body;
            finish(state,
                   RawResult{false,
                             {},
                             errorFromResponse(status, body, reply.response.header("Content-Type"),
                                               m_service, m_serverName)});
            return;
        }
        if (!reply.ok()) {
            finish(state, RawResult{false,
                                    {},
                                    errorFromNet(reply.error, m_service, m_serverName,
                                                 m_maxResponseBytes)});
            return;
        }
        const QByteArray contentType = reply.response.header("Content-Type");
        accept(state, std::move(reply.response.body), contentType);
    });
}

void PromTransport::finish(const std::shared_ptr<CallState>& state, RawResult result) {
    if (state->finished)
        return;
    state->finished = true;
    QObject::disconnect(state->contextWatch);
    m_calls.erase(state->handle);
    if (!result.ok)
        qCDebug(lcMetrics).noquote()
            << state->call.path << "failed:" << categoryName(result.error.category)
            << result.error.detail;
    state->done(std::move(result));
}

} // namespace fd::metrics
