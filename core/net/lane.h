#pragma once

#include "net/connectionpool.h"
#include "net/request.h"

#include <QSocketNotifier>
#include <QTimer>

#include <curl/curl.h>

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

namespace fd::net {

class HttpClient;
class SocketWatch;
class Transfer;

// One libcurl multi handle of an HttpClient with its socket notifiers, timer, FIFO queue and
// connection pools. Internal to HttpClient.
class Lane final {
    Q_DISABLE_COPY_MOVE(Lane)

public:
    // `maxInFlight` and `maxPerHost` 0: no cap (the stream lane). `maxConnecting` > 0: at most
    // that many transfers set up their connection at once (see the .cpp).
    Lane(HttpClient* client, const char* name, int maxInFlight, int maxPerHost,
         int maxConnecting = 0);
    ~Lane();

    bool isValid() const { return m_multi != nullptr; }
    const char* name() const { return m_name; }

    void setMaxInFlight(int count);
    void setMaxPerHost(int count);

    void enqueue(std::unique_ptr<Transfer> transfer);
    // Removes the transfer (queued or running) and hands it back marked cancelled; null if this
    // lane does not hold it. Inside a libcurl callback the removal is deferred (see .cpp).
    bool cancel(RequestId id);
    std::vector<std::unique_ptr<Transfer>> takeAll(); // the client is going away

    int runningCount() const { return int(m_running.size()); }
    // Adds the running transfers' figures (started, opened a connection, resumed a session).
    void countRunning(quint64* started, quint64* connections, quint64* resumed) const;
    int queuedCount() const { return int(m_queue.size()); }

    // The pool for a policy key (made on first use); the lane owns it.
    ConnectionPool* pool(const QByteArray& key, const TrustStore& trust, bool shareSessions);
    ConnectionPool* findPool(const QByteArray& key) const;
    // Frees pools no transfer uses: all of them, or those idle for long or beyond the cap.
    void dropIdlePools(bool all);
    int poolCount() const { return int(m_pools.size()); }

    // libcurl's callbacks and our event-loop glue.
    void watchSocket(qintptr socket, int what);
    void forgetSocket(qintptr socket);
    void socketAction(qintptr socket, int events);
    void setTimer(long timeoutMs);

private:
    void onEpollReady();
    void collectFinished();
    void startQueued();
    void removed(Transfer& transfer); // no longer running
    void scheduleStart();

    HttpClient* m_client;
    const char* m_name;
    CURLM* m_multi = nullptr;
    QTimer m_timer;
    bool m_startScheduled = false;
    int m_maxInFlight;
    int m_maxConnecting;
    int m_connecting = 0; // running transfers still setting up their connection
    std::deque<std::unique_ptr<Transfer>> m_queue;
    std::unordered_map<RequestId, std::unique_ptr<Transfer>> m_running;
    // Linux: libcurl's sockets in one epoll set, watched by one notifier, so the event loop
    // polls one descriptor per lane however many connections are open (glib's poll otherwise
    // scans every registered socket on every wakeup: with 1,000 open watches that cost more
    // than the request being served). Elsewhere: a notifier pair per socket.
    int m_epoll = -1;
    QSocketNotifier* m_epollNotifier = nullptr;
    std::unordered_map<qintptr, int> m_epollSockets; // socket → events registered
    std::unordered_map<qintptr, std::unique_ptr<SocketWatch>> m_sockets;
    std::unordered_map<QByteArray, std::unique_ptr<ConnectionPool>, DigestHash> m_pools;
    qint64 m_lastSweepMs = 0;
};

} // namespace fd::net
