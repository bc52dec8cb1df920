#include "net/lane.h"

#include "net/httpclient.h"
#include "net/netlog.h"
#include "net/transfer.h"

#include <QDeadlineTimer>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/epoll.h>
#include <unistd.h>
#endif

namespace fd::net {
namespace {

// A pool unused for this long is closed (libcurl would not reuse its connections after ~2 min
// anyway); beyond this many unused pools per lane the oldest go first, so a refresh of
// thousands of clusters does not keep thousands of sockets open.
constexpr qint64 kPoolIdleMs = 120 * 1000;
constexpr int kMaxIdlePools = 128;

void checkMulti(CURLMcode rc, const char* what) {
    if (rc != CURLM_OK)
        qCWarning(lcNet, "%s: %s", what, curl_multi_strerror(rc));
}

} // namespace

// The read and write notifiers for one socket libcurl asked a lane to watch.
class SocketWatch final {
    Q_DISABLE_COPY_MOVE(SocketWatch)

public:
    SocketWatch(Lane* lane, QObject* context, qintptr socket)
        : m_lane(lane)
        , m_context(context)
        , m_socket(socket) {}
    ~SocketWatch() {
        // Unregister synchronously (libcurl may close the descriptor right after REMOVE); the
        // objects themselves may be mid-emission, so they are deleted later.
        for (QSocketNotifier* n : {m_read, m_write}) {
            if (!n)
                continue;
            n->setEnabled(false);
            QObject::disconnect(n, nullptr, m_context, nullptr);
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
            Lane* lane = m_lane;
            const qintptr socket = m_socket;
            QObject::connect(n, &QSocketNotifier::activated, m_context,
                             [lane, socket, event] { lane->socketAction(socket, event); });
        }
        n->setEnabled(true);
    }

    Lane* m_lane;
    QObject* m_context;
    qintptr m_socket;
    QSocketNotifier* m_read = nullptr;
    QSocketNotifier* m_write = nullptr;
};

namespace {

int socketCallback(CURL*, curl_socket_t s, int what, void* lane, void*) {
    auto* self = static_cast<Lane*>(lane);
    if (what == CURL_POLL_REMOVE)
        self->forgetSocket(qintptr(s));
    else
        self->watchSocket(qintptr(s), what);
    return 0;
}

int timerCallback(CURLM*, long timeoutMs, void* lane) {
    // libcurl must not be re-entered from here; the timer fires from the event loop.
    static_cast<Lane*>(lane)->setTimer(timeoutMs);
    return 0;
}

} // namespace

Lane::Lane(HttpClient* client, const char* name, int maxInFlight, int maxPerHost, int maxConnecting)
    : m_client(client)
    , m_name(name)
    , m_maxInFlight(maxInFlight)
    , m_maxConnecting(maxConnecting) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, client,
                     [this] { socketAction(CURL_SOCKET_TIMEOUT, 0); });
    m_multi = curl_multi_init();
    if (!m_multi) {
        qCCritical(lcNet, "libcurl could not create a multi handle");
        return;
    }
    checkMulti(curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &socketCallback),
               "CURLMOPT_SOCKETFUNCTION");
    checkMulti(curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, static_cast<void*>(this)),
               "CURLMOPT_SOCKETDATA");
    checkMulti(curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &timerCallback),
               "CURLMOPT_TIMERFUNCTION");
    checkMulti(curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, static_cast<void*>(this)),
               "CURLMOPT_TIMERDATA");
    checkMulti(curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX)),
               "CURLMOPT_PIPELINING");
    setMaxPerHost(maxPerHost);
#ifdef Q_OS_LINUX
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll >= 0) {
        m_epollNotifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read);
        QObject::connect(m_epollNotifier, &QSocketNotifier::activated, client,
                         [this] { onEpollReady(); });
    } else {
        qCWarning(lcNet, "epoll is not available; watching every socket on its own");
    }
#endif
}

Lane::~Lane() {
    m_timer.stop();
    // Transfers are gone (takeAll); pools close their connections before the multi goes.
    m_pools.clear();
    if (m_multi)
        checkMulti(curl_multi_cleanup(m_multi), "curl_multi_cleanup");
    m_sockets.clear();
#ifdef Q_OS_LINUX
    delete m_epollNotifier;
    if (m_epoll >= 0)
        close(m_epoll);
#endif
}

void Lane::setMaxInFlight(int count) {
    m_maxInFlight = qMax(0, count);
    scheduleStart();
}

void Lane::setMaxPerHost(int count) {
    if (m_multi)
        checkMulti(curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(qMax(0, count))),
                   "CURLMOPT_MAX_HOST_CONNECTIONS");
}

void Lane::enqueue(std::unique_ptr<Transfer> transfer) {
    m_queue.push_back(std::move(transfer));
    scheduleStart();
}

bool Lane::cancel(RequestId id) {
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if ((*it)->id() != id)
            continue;
        std::unique_ptr<Transfer> t = std::move(*it);
        m_queue.erase(it);
        t->markCancelled();
        m_client->finish(*this, std::move(t), CURLE_OK);
        return true;
    }
    const auto it = m_running.find(id);
    if (it == m_running.end() || it->second->isCancelled())
        return false;
    it->second->markCancelled();
    if (m_client->m_inCurl > 0) {
        // Inside a libcurl callback (e.g. onData): removing the handle now is not allowed.
        // The flag makes the transfer's callbacks abort; the removal follows from the loop.
        QTimer::singleShot(0, m_client, [this, id] {
            const auto again = m_running.find(id);
            if (again == m_running.end())
                return; // libcurl already reported it done
            std::unique_ptr<Transfer> t = std::move(again->second);
            m_running.erase(again);
            removed(*t);
            checkMulti(curl_multi_remove_handle(m_multi, t->easy()), "curl_multi_remove_handle");
            m_client->finish(*this, std::move(t), CURLE_OK);
            startQueued();
        });
        return true;
    }
    std::unique_ptr<Transfer> t = std::move(it->second);
    m_running.erase(it);
    removed(*t);
    checkMulti(curl_multi_remove_handle(m_multi, t->easy()), "curl_multi_remove_handle");
    m_client->finish(*this, std::move(t), CURLE_OK);
    scheduleStart();
    return true;
}

std::vector<std::unique_ptr<Transfer>> Lane::takeAll() {
    m_timer.stop();
    std::vector<std::unique_ptr<Transfer>> all;
    for (auto& [id, t] : m_running) {
        if (m_multi)
            checkMulti(curl_multi_remove_handle(m_multi, t->easy()), "curl_multi_remove_handle");
        t->onConnected = nullptr;
        all.push_back(std::move(t));
    }
    m_running.clear();
    m_connecting = 0;
    for (auto& t : m_queue)
        all.push_back(std::move(t));
    m_queue.clear();
    return all;
}

void Lane::countRunning(quint64* started, quint64* connections, quint64* resumed) const {
    for (const auto& [id, t] : m_running) {
        ++*started;
        *connections += t->openedConnection() ? 1 : 0;
        *resumed += t->resumedTlsSession() ? 1 : 0;
    }
}

ConnectionPool* Lane::pool(const QByteArray& key, const TrustStore& trust, bool shareSessions) {
    auto it = m_pools.find(key);
    if (it == m_pools.end())
        it = m_pools.emplace(key, std::make_unique<ConnectionPool>(trust, shareSessions)).first;
    return it->second.get();
}

ConnectionPool* Lane::findPool(const QByteArray& key) const {
    const auto it = m_pools.find(key);
    return it == m_pools.end() ? nullptr : it->second.get();
}

void Lane::dropIdlePools(bool all) {
    const qint64 now = QDeadlineTimer::current().deadline();
    m_lastSweepMs = now;
    std::vector<std::pair<qint64, QByteArray>> idle;
    for (auto it = m_pools.begin(); it != m_pools.end();) {
        const ConnectionPool& p = *it->second;
        if (p.users() > 0) {
            ++it;
        } else if (all || now - p.idleSinceMs() > kPoolIdleMs) {
            it = m_pools.erase(it);
        } else {
            idle.emplace_back(p.idleSinceMs(), it->first);
            ++it;
        }
    }
    if (int(idle.size()) <= kMaxIdlePools)
        return;
    std::sort(idle.begin(), idle.end());
    for (size_t i = 0; i < idle.size() - size_t(kMaxIdlePools); ++i)
        m_pools.erase(idle[i].second);
}

void Lane::scheduleStart() {
    if (m_startScheduled || m_queue.empty())
        return;
    m_startScheduled = true;
    QTimer::singleShot(0, m_client, [this] {
        m_startScheduled = false;
        startQueued();
    });
}

void Lane::startQueued() {
    if (m_client->m_inCurl > 0) {
        scheduleStart();
        return;
    }
    while (!m_queue.empty() && (m_maxInFlight == 0 || int(m_running.size()) < m_maxInFlight) &&
           (m_maxConnecting == 0 || m_connecting < m_maxConnecting)) {
        std::unique_ptr<Transfer> t = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_connecting;
        t->onConnected = [this] {
            --m_connecting;
            scheduleStart(); // inside libcurl now: start more from the event loop
        };
        const CURLMcode rc = curl_multi_add_handle(m_multi, t->easy());
        if (rc != CURLM_OK) {
            removed(*t);
            checkMulti(rc, "curl_multi_add_handle");
            NetError e;
            e.kind = NetErrorKind::Other;
            e.message = userMessage(NetErrorKind::Other, t->hostLabel(), {});
            e.detail = QString::fromLatin1(curl_multi_strerror(rc));
            m_client->deliver(*t, t->failedReply(std::move(e)));
            continue;
        }
        t->markStarted();
        qCDebug(lcNet).noquote() << "start" << m_name << t->id() << t->logLabel();
        m_running.emplace(t->id(), std::move(t));
    }
}

// A transfer whose connection hook has not run yet was still counted as connecting.
void Lane::removed(Transfer& t) {
    if (t.onConnected) {
        t.onConnected = nullptr;
        --m_connecting;
    }
}

void Lane::watchSocket(qintptr socket, int what) {
#ifdef Q_OS_LINUX
    if (m_epoll >= 0) {
        epoll_event ev{};
        ev.events =
            ((what & CURL_POLL_IN) ? EPOLLIN : 0u) | ((what & CURL_POLL_OUT) ? EPOLLOUT : 0u);
        ev.data.fd = int(socket);
        const auto known = m_epollSockets.find(socket);
        int rc = 0;
        if (known == m_epollSockets.end()) {
            rc = epoll_ctl(m_epoll, EPOLL_CTL_ADD, int(socket), &ev);
            if (rc != 0 && errno == EEXIST) // a descriptor number reused before its REMOVE
                rc = epoll_ctl(m_epoll, EPOLL_CTL_MOD, int(socket), &ev);
        } else if (known->second != int(ev.events)) {
            rc = epoll_ctl(m_epoll, EPOLL_CTL_MOD, int(socket), &ev);
            if (rc != 0 && errno == ENOENT) // closed and reopened under the same number
                rc = epoll_ctl(m_epoll, EPOLL_CTL_ADD, int(socket), &ev);
        }
        if (rc != 0)
            qCWarning(lcNet, "epoll_ctl(%d): %s", int(socket), strerror(errno));
        m_epollSockets[socket] = int(ev.events);
        return;
    }
#endif
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        it = m_sockets.emplace(socket, std::make_unique<SocketWatch>(this, m_client, socket)).first;
    it->second->want(what);
}

void Lane::forgetSocket(qintptr socket) {
#ifdef Q_OS_LINUX
    if (m_epoll >= 0) {
        // The descriptor may already be closed (then the kernel dropped it from the set).
        if (m_epollSockets.erase(socket))
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, int(socket), nullptr);
        return;
    }
#endif
    m_sockets.erase(socket);
}

void Lane::onEpollReady() {
#ifdef Q_OS_LINUX
    epoll_event events[64];
    const int n = epoll_wait(m_epoll, events, 64, 0);
    if (n <= 0 || !m_multi)
        return;
    ++m_client->m_inCurl;
    for (int i = 0; i < n; ++i) {
        const uint32_t e = events[i].events;
        const int flags = ((e & (EPOLLIN | EPOLLHUP | EPOLLRDHUP)) ? CURL_CSELECT_IN : 0) |
                          ((e & EPOLLOUT) ? CURL_CSELECT_OUT : 0) |
                          ((e & EPOLLERR) ? CURL_CSELECT_ERR : 0);
        int running = 0;
        // An event for a socket libcurl removed meanwhile is ignored by libcurl.
        checkMulti(
            curl_multi_socket_action(m_multi, curl_socket_t(events[i].data.fd), flags, &running),
            "curl_multi_socket_action");
    }
    --m_client->m_inCurl;
    collectFinished();
    startQueued();
    // More than a batch ready: the notifier fires again on the next turn (level-triggered).
#endif
}

void Lane::setTimer(long timeoutMs) {
    if (timeoutMs < 0)
        m_timer.stop();
    else
        m_timer.start(int(qMin<long>(timeoutMs, 24L * 3600 * 1000)));
}

void Lane::socketAction(qintptr socket, int events) {
    if (!m_multi)
        return;
    int running = 0;
    ++m_client->m_inCurl;
    const CURLMcode rc = curl_multi_socket_action(m_multi, curl_socket_t(socket), events, &running);
    --m_client->m_inCurl;
    checkMulti(rc, "curl_multi_socket_action");
    collectFinished();
    startQueued();
}

void Lane::collectFinished() {
    int left = 0;
    bool any = false;
    while (CURLMsg* msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CURL* easy = msg->easy_handle;
        const CURLcode code = msg->data.result;
        char* priv = nullptr;
        curl_easy_getinfo(easy, CURLINFO_PRIVATE, &priv);
        auto* raw = reinterpret_cast<Transfer*>(priv);
        checkMulti(curl_multi_remove_handle(m_multi, easy), "curl_multi_remove_handle");
        const auto it = raw ? m_running.find(raw->id()) : m_running.end();
        if (it == m_running.end())
            continue;
        std::unique_ptr<Transfer> t = std::move(it->second);
        m_running.erase(it);
        removed(*t);
        m_client->finish(*this, std::move(t), int(code));
        any = true;
    }
    if (any && QDeadlineTimer::current().deadline() - m_lastSweepMs > 1000)
        dropIdlePools(false);
}

} // namespace fd::net
