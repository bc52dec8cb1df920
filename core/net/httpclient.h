#pragma once

#include "net/request.h"
#include "net/response.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>

namespace fd::net {

class Transfer;
class SocketWatch;

// Asynchronous HTTP(S) client: one libcurl multi handle driven by the Qt event loop of the
// thread the client lives in (socket notifiers + one timer), no thread per request.
//
//   client.send(std::move(req), this, [this](fd::net::Reply r) { ... });
//
// `done` runs exactly once, queued on the context object's thread, and is dropped if the context
// is destroyed first. Requests beyond the in-flight cap wait in a FIFO queue; libcurl further
// limits connections per host (HTTP/2 multiplexes requests over them).
class HttpClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Done = std::function<void(Reply)>;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override; // outstanding requests are answered with Cancelled

    RequestId send(Request request, QObject* context, Done done);

    // Aborts a queued or running request; its `done` gets Cancelled. False if unknown/finished.
    bool cancel(RequestId id);

    void setMaxConnectionsPerHost(int count);      // default 6
    void setMaxRequestsInFlight(int count);        // default 64; the rest wait in the queue
    void setDefaultMaxResponseBytes(qint64 bytes); // default 64 MiB
    qint64 defaultMaxResponseBytes() const { return m_defaultMaxResponseBytes; }

    int runningCount() const { return int(m_running.size()); }
    int queuedCount() const { return int(m_queue.size()); }

private:
    friend struct MultiCallbacks; // libcurl's C callbacks, in the .cpp
    friend class SocketWatch;

    void watchSocket(qintptr socket, int what);
    void forgetSocket(qintptr socket);
    void socketAction(qintptr socket, int events);
    void collectFinished();
    void startQueued();
    void scheduleStart();
    void finish(std::unique_ptr<Transfer> transfer, int curlCode);
    void deliver(Transfer& transfer, Reply reply);

    void* m_multi = nullptr; // CURLM*
    QTimer m_timer;
    int m_inCurl = 0; // >0 while libcurl runs our callbacks: no re-entrant multi calls
    bool m_startScheduled = false;
    int m_maxInFlight = 64;
    qint64 m_defaultMaxResponseBytes = qint64(64) << 20;
    RequestId m_nextId = 1;
    std::deque<std::unique_ptr<Transfer>> m_queue;
    std::unordered_map<RequestId, std::unique_ptr<Transfer>> m_running;
    std::unordered_map<qintptr, std::unique_ptr<SocketWatch>> m_sockets;
};

} // namespace fd::net
