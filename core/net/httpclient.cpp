#include "net/httpclient.h"

#include "net/errorclassify.h"
#include "net/netlog.h"
#include "net/transfer.h"

#include <QSocketNotifier>

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

CURLM* multiOf(void* p) {
    return static_cast<CURLM*>(p);
}

void checkMulti(CURLMcode rc, const char* what) {
    if (rc != CURLM_OK)
        qCWarning(lcNet, "%s: %s", what, curl_multi_strerror(rc));
}

} // namespace

// The read and write notifiers for one socket libcurl asked us to watch.
class SocketWatch final {
    Q_DISABLE_COPY_MOVE(SocketWatch)

public:
    SocketWatch(HttpClient* client, qintptr socket)
        : m_client(client)
        , m_socket(socket) {}
    ~SocketWatch() {
        // Unregister synchronously (libcurl may close the descriptor right after REMOVE); the
        // objects themselves may be mid-emission, so they are deleted later.
        for (QSocketNotifier* n : {m_read, m_write}) {
            if (!n)
                continue;
            n->setEnabled(false);
            QObject::disconnect(n, nullptr, m_client, nullptr);
            n->deleteLater();
        }
    }

    void want(int what) {
        enable(m_read, QSocketNotifier::Read, what & CURL_POLL_IN, CURL_CSELECT_IN);
        enable(m_write, QSocketNotifier::Write, what & CURL_POLL_OUT, CURL_CSELECT_OUT);
    }

private:
    void enable(QSocketNotifier*& n, QSocketNotifier::Type type, bool on, int event) {
        if (!on) {
            if (n)
                n->setEnabled(false);
            return;
        }
        if (!n) {
            n = new QSocketNotifier(m_socket, type);
            HttpClient* client = m_client;
            const qintptr socket = m_socket;
            QObject::connect(n, &QSocketNotifier::activated, client,
                             [client, socket, event] { client->socketAction(socket, event); });
        }
        n->setEnabled(true);
    }

    HttpClient* m_client;
    qintptr m_socket;
    QSocketNotifier* m_read = nullptr;
    QSocketNotifier* m_write = nullptr;
};

struct MultiCallbacks {
    static int socket(CURL*, curl_socket_t s, int what, void* client, void*) {
        auto* self = static_cast<HttpClient*>(client);
        if (what == CURL_POLL_REMOVE)
            self->forgetSocket(qintptr(s));
        else
            self->watchSocket(qintptr(s), what);
        return 0;
    }

    static int timer(CURLM*, long timeoutMs, void* client) {
        auto* self = static_cast<HttpClient*>(client);
        // libcurl must not be re-entered from here; the timer fires from the event loop.
        if (timeoutMs < 0)
            self->m_timer.stop();
        else
            self->m_timer.start(int(qMin<long>(timeoutMs, 24L * 3600 * 1000)));
        return 0;
    }
};

HttpClient::HttpClient(QObject* parent)
    : QObject(parent) {
    ensureCurlGlobalInit();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { socketAction(CURL_SOCKET_TIMEOUT, 0); });

    m_multi = curl_multi_init();
    if (!m_multi) {
        qCCritical(lcNet, "libcurl could not create a multi handle");
        return;
    }
    CURLM* m = multiOf(m_multi);
    checkMulti(curl_multi_setopt(m, CURLMOPT_SOCKETFUNCTION, &MultiCallbacks::socket),
               "CURLMOPT_SOCKETFUNCTION");
    checkMulti(curl_multi_setopt(m, CURLMOPT_SOCKETDATA, static_cast<void*>(this)),
               "CURLMOPT_SOCKETDATA");
    checkMulti(curl_multi_setopt(m, CURLMOPT_TIMERFUNCTION, &MultiCallbacks::timer),
               "CURLMOPT_TIMERFUNCTION");
    checkMulti(curl_multi_setopt(m, CURLMOPT_TIMERDATA, static_cast<void*>(this)),
               "CURLMOPT_TIMERDATA");
    checkMulti(curl_multi_setopt(m, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX)),
               "CURLMOPT_PIPELINING");
    setMaxConnectionsPerHost(6);
}

HttpClient::~HttpClient() {
    m_timer.stop();
    CURLM* m = multiOf(m_multi);
    std::vector<std::unique_ptr<Transfer>> outstanding;
    for (auto& [id, t] : m_running) {
        if (m)
            checkMulti(curl_multi_remove_handle(m, t->easy()), "curl_multi_remove_handle");
        outstanding.push_back(std::move(t));
    }
    m_running.clear();
    for (auto& t : m_queue)
        outstanding.push_back(std::move(t));
    m_queue.clear();
    for (auto& t : outstanding) {
        t->markCancelled();
        FailureFacts facts;
        NetError e;
        e.kind = NetErrorKind::Cancelled;
        e.message = userMessage(NetErrorKind::Cancelled, t->hostLabel(), facts);
        e.detail = QStringLiteral("the HTTP client was shut down");
        deliver(*t, t->failedReply(std::move(e)));
    }
    outstanding.clear(); // easy handles go before the multi handle
    if (m)
        checkMulti(curl_multi_cleanup(m), "curl_multi_cleanup");
    m_sockets.clear();
}

void HttpClient::setMaxConnectionsPerHost(int count) {
    if (m_multi)
        checkMulti(curl_multi_setopt(multiOf(m_multi), CURLMOPT_MAX_HOST_CONNECTIONS,
                                     long(qMax(1, count))),
                   "CURLMOPT_MAX_HOST_CONNECTIONS");
}

void HttpClient::setMaxRequestsInFlight(int count) {
    m_maxInFlight = qMax(1, count);
    scheduleStart();
}

void HttpClient::setDefaultMaxResponseBytes(qint64 bytes) {
    m_defaultMaxResponseBytes = qMax<qint64>(1, bytes);
}

RequestId HttpClient::send(Request request, QObject* context, Done done) {
    const RequestId id = m_nextId++;
    auto t = std::make_unique<Transfer>(id, std::move(request), context ? context : this,
                                        std::move(done), m_defaultMaxResponseBytes);
    if (!m_multi) {
        NetError e;
        e.kind = NetErrorKind::Other;
        e.message = userMessage(NetErrorKind::Other, t->hostLabel(), {});
        e.detail = QStringLiteral("libcurl is not available");
        deliver(*t, t->failedReply(std::move(e)));
        return id;
    }
    if (std::optional<NetError> e = t->prepare()) {
        qCDebug(lcNet).noquote() << t->logLabel() << "refused before sending:" << e->detail;
        deliver(*t, t->failedReply(std::move(*e)));
        return id;
    }
    m_queue.push_back(std::move(t));
    scheduleStart();
    return id;
}

bool HttpClient::cancel(RequestId id) {
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if ((*it)->id() != id)
            continue;
        std::unique_ptr<Transfer> t = std::move(*it);
        m_queue.erase(it);
        t->markCancelled();
        finish(std::move(t), CURLE_OK);
        return true;
    }
    const auto it = m_running.find(id);
    if (it == m_running.end() || it->second->isCancelled())
        return false;
    it->second->markCancelled();
    if (m_inCurl > 0) {
        // Inside a libcurl callback (e.g. onData): removing the handle now is not allowed.
        // The flag makes the transfer's callbacks abort; the removal follows from the loop.
        QTimer::singleShot(0, this, [this, id] {
            const auto again = m_running.find(id);
            if (again == m_running.end())
                return; // libcurl already reported it done
            std::unique_ptr<Transfer> t = std::move(again->second);
            m_running.erase(again);
            checkMulti(curl_multi_remove_handle(multiOf(m_multi), t->easy()),
                       "curl_multi_remove_handle");
            finish(std::move(t), CURLE_OK);
            startQueued();
        });
        return true;
    }
    std::unique_ptr<Transfer> t = std::move(it->second);
    m_running.erase(it);
    checkMulti(curl_multi_remove_handle(multiOf(m_multi), t->easy()), "curl_multi_remove_handle");
    finish(std::move(t), CURLE_OK);
    scheduleStart();
    return true;
}

void HttpClient::scheduleStart() {
    if (m_startScheduled || m_queue.empty())
        return;
    m_startScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_startScheduled = false;
        startQueued();
    });
}

void HttpClient::startQueued() {
    if (m_inCurl > 0) {
        scheduleStart();
        return;
    }
    while (!m_queue.empty() && int(m_running.size()) < m_maxInFlight) {
        std::unique_ptr<Transfer> t = std::move(m_queue.front());
        m_queue.pop_front();
        const CURLMcode rc = curl_multi_add_handle(multiOf(m_multi), t->easy());
        if (rc != CURLM_OK) {
            checkMulti(rc, "curl_multi_add_handle");
            NetError e;
            e.kind = NetErrorKind::Other;
            e.message = userMessage(NetErrorKind::Other, t->hostLabel(), {});
            e.detail = QString::fromLatin1(curl_multi_strerror(rc));
            deliver(*t, t->failedReply(std::move(e)));
            continue;
        }
        qCDebug(lcNet).noquote() << "start" << t->id() << t->logLabel();
        m_running.emplace(t->id(), std::move(t));
    }
}

void HttpClient::watchSocket(qintptr socket, int what) {
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        it = m_sockets.emplace(socket, std::make_unique<SocketWatch>(this, socket)).first;
    it->second->want(what);
}

void HttpClient::forgetSocket(qintptr socket) {
    m_sockets.erase(socket);
}

void HttpClient::socketAction(qintptr socket, int events) {
    if (!m_multi)
        return;
    int running = 0;
    ++m_inCurl;
    const CURLMcode rc =
        curl_multi_socket_action(multiOf(m_multi), curl_socket_t(socket), events, &running);
    --m_inCurl;
    checkMulti(rc, "curl_multi_socket_action");
    collectFinished();
    startQueued();
}

void HttpClient::collectFinished() {
    CURLM* m = multiOf(m_multi);
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(m, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CURL* easy = msg->easy_handle;
        const CURLcode code = msg->data.result;
        char* priv = nullptr;
        curl_easy_getinfo(easy, CURLINFO_PRIVATE, &priv);
        auto* raw = reinterpret_cast<Transfer*>(priv);
        checkMulti(curl_multi_remove_handle(m, easy), "curl_multi_remove_handle");
        const auto it = raw ? m_running.find(raw->id()) : m_running.end();
        if (it == m_running.end())
            continue;
        std::unique_ptr<Transfer> t = std::move(it->second);
        m_running.erase(it);
        finish(std::move(t), int(code));
    }
}

void HttpClient::finish(std::unique_ptr<Transfer> t, int curlCode) {
    const CURLcode code =
        t->isCancelled() && curlCode == CURLE_OK ? CURLE_ABORTED_BY_CALLBACK : CURLcode(curlCode);
    Reply reply = t->finishedReply(code);
    if (reply.ok())
        qCDebug(lcNet).noquote() << t->logLabel() << reply.response.status
                                 << httpVersionName(reply.response.httpVersion)
                                 << qRound(reply.timings.totalMs) << "ms";
    else
        qCInfo(lcNet).noquote() << t->logLabel() << "failed:" << kindName(reply.error.kind)
                                << reply.error.detail;
    deliver(*t, std::move(reply));
}

void HttpClient::deliver(Transfer& t, Reply reply) {
    if (!t.done || !t.context)
        return;
    // Queued to the context: runs on its thread, outside libcurl, and is discarded by Qt if the
    // context is destroyed before the event is processed.
    QMetaObject::invokeMethod(
        t.context.data(),
        [done = std::move(t.done), reply = std::move(reply)]() mutable { done(std::move(reply)); },
        Qt::QueuedConnection);
}

} // namespace fd::net
