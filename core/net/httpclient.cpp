#include "net/httpclient.h"

#include "common/handoff.h"

#include "net/connectionpool.h"
#include "net/errorclassify.h"
#include "net/lane.h"
#include "net/netlog.h"
#include "net/transfer.h"

#include <curl/curl.h>

#include <mutex>

namespace fd::net {

Q_LOGGING_CATEGORY(lcNet, "fd.net", QtInfoMsg)

namespace {

void ensureCurlGlobalInit() {
    static std::once_flag once;
    std::call_once(once, [] {
        // Process-wide and never undone: cleanup at exit could race other threads' handles.
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            qCCritical(lcNet, "libcurl global initialisation failed");
    });
}

constexpr int kStreamsConnectingAtOnce = 32;

NetError cancelledError(const Transfer& t, const QString& detail) {
    NetError e;
    e.kind = NetErrorKind::Cancelled;
    e.message = userMessage(NetErrorKind::Cancelled, t.hostLabel(), {});
    e.detail = detail;
    return e;
}

} // namespace

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_trust(std::make_unique<TrustStores>()) {
    ensureCurlGlobalInit();
    m_requests = std::make_unique<Lane>(this, "request", 64, 6);
    // Streams: no cap on how many are open, nor per host (HTTP/1.1 servers need a connection per
    // stream; HTTP/2 multiplexes them). Only their connection set-up goes a bounded number at a
    // time: a burst of a thousand TLS handshakes progressing side by side on one thread (and
    // on the server) all finish late, after the connect timeout; in turn, each finishes fast.
    m_streams = std::make_unique<Lane>(this, "stream", 0, 0, kStreamsConnectingAtOnce);
}

HttpClient::~HttpClient() {
    cancelAll();
    m_streams.reset();
    m_requests.reset();
}

void HttpClient::cancelAll() {
    std::vector<std::unique_ptr<Transfer>> outstanding = m_requests->takeAll();
    for (auto& t : m_streams->takeAll())
        outstanding.push_back(std::move(t));
    for (auto& t : outstanding) {
        t->markCancelled();
        deliver(*t, t->failedReply(cancelledError(*t, QStringLiteral("the HTTP client was shut "
                                                                     "down"))));
    }
    outstanding.clear(); // easy handles go before the pools and multi handles
}

void HttpClient::setMaxConnectionsPerHost(int count) {
    m_requests->setMaxPerHost(qMax(1, count));
}

void HttpClient::setMaxRequestsInFlight(int count) {
    m_requests->setMaxInFlight(qMax(1, count));
}

void HttpClient::setDefaultMaxResponseBytes(qint64 bytes) {
    m_defaultMaxResponseBytes = qMax<qint64>(1, bytes);
}

int HttpClient::runningCount() const {
    return m_requests->runningCount();
}

int HttpClient::queuedCount() const {
    return m_requests->queuedCount();
}

int HttpClient::streamCount() const {
    return m_streams->runningCount() + m_streams->queuedCount();
}

void HttpClient::dropIdleConnections() {
    m_requests->dropIdlePools(true);
    m_streams->dropIdlePools(true);
}

HttpClient::Stats HttpClient::stats() const {
    Stats s = m_stats;
    for (const Lane* lane : {m_requests.get(), m_streams.get()})
        lane->countRunning(&s.requests, &s.connectionsOpened, &s.tlsSessionsResumed);
    s.pools = m_requests->poolCount() + m_streams->poolCount();
    return s;
}

Lane& HttpClient::laneOf(const Request& request) {
    return request.isStream() ? *m_streams : *m_requests;
}

RequestId HttpClient::send(Request request, QObject* context, Done done) {
    const RequestId id = m_nextId++;
    Lane& lane = laneOf(request);
    TransferSetup setup;
    setup.legacyTls = m_legacyTls;
    QString trustError;
    if (!m_legacyTls) {
        const QByteArray key = poolKey(request);
        setup.pool = lane.findPool(key);
        if (!setup.pool) {
            // No certificate, no trust store: a plain request does not parse the system bundle.
            const TrustStore trust = request.tls.insecure || !request.usesTls()
                                         ? TrustStore()
                                         : m_trust->get(request.tls.caPem, &trustError);
            if (trustError.isEmpty())
                setup.pool = lane.pool(key, trust, true);
        }
        if (setup.pool)
            setup.trust = setup.pool->trust();
    }
    auto t = std::make_unique<Transfer>(id, std::move(request), context ? context : this,
                                        std::move(done), m_defaultMaxResponseBytes);
    auto refuse = [&](NetErrorKind kind, const QString& detail) {
        NetError e;
        e.kind = kind;
        e.message = userMessage(kind, t->hostLabel(), {});
        e.detail = detail;
        qCDebug(lcNet).noquote() << t->logLabel() << "refused before sending:" << e.detail;
        deliver(*t, t->failedReply(std::move(e)));
        return id;
    };
    if (!lane.isValid())
        return refuse(NetErrorKind::Other, QStringLiteral("libcurl is not available"));
    if (!trustError.isEmpty())
        return refuse(NetErrorKind::TlsOther, trustError);
    if (std::optional<NetError> e = t->prepare(setup)) {
        qCDebug(lcNet).noquote() << t->logLabel() << "refused before sending:" << e->detail;
        deliver(*t, t->failedReply(std::move(*e)));
        return id;
    }
    lane.enqueue(std::move(t));
    return id;
}

bool HttpClient::cancel(RequestId id) {
    return m_requests->cancel(id) || m_streams->cancel(id);
}

void HttpClient::finish(Lane& lane, std::unique_ptr<Transfer> t, int curlCode) {
    const CURLcode code =
        t->isCancelled() && curlCode == CURLE_OK ? CURLE_ABORTED_BY_CALLBACK : CURLcode(curlCode);
    if (t->wasStarted()) {
        ++m_stats.requests;
        m_stats.connectionsOpened += t->openedConnection() ? 1 : 0;
        m_stats.tlsSessionsResumed += t->resumedTlsSession() ? 1 : 0;
    }
    Reply reply = t->finishedReply(code);
    if (reply.ok() || reply.error.kind == NetErrorKind::Cancelled)
        qCDebug(lcNet).noquote() << lane.name() << t->logLabel() << reply.response.status
                                 << httpVersionName(reply.response.httpVersion)
                                 << qRound(reply.timings.totalMs) << "ms";
    else
        qCInfo(lcNet).noquote() << lane.name() << t->logLabel()
                                << "failed:" << kindName(reply.error.kind) << reply.error.detail;
    deliver(*t, std::move(reply));
}

void HttpClient::deliver(Transfer& t, Reply reply) {
    if (!t.done || !t.context)
        return;
    // The one delivery helper: queued to the context, outside libcurl, dropped by Qt if the
    // context is destroyed before the event is processed.
    fd::post(t.context.data(), [done = std::move(t.done), reply = std::move(reply)]() mutable {
        done(std::move(reply));
    });
}

} // namespace fd::net
