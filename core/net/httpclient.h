#pragma once

#include "net/request.h"
#include "net/response.h"

#include <QObject>

#include <memory>

namespace fd::net {

class Lane;
class Transfer;
class TrustStores;

// Asynchronous HTTP(S) client: libcurl multi handles driven by the Qt event loop of the thread
// the client lives in (socket notifiers + one timer each), no thread per request.
//
//   client.send(std::move(req), this, [this](fd::net::Reply r) { ... });
//
// `done` runs exactly once, queued on the context object's thread, and is dropped if the context
// is destroyed first.
//
// Two lanes, each its own multi handle: ordinary requests wait beyond the in-flight cap in a FIFO
// queue and libcurl caps their connections per host (HTTP/2 multiplexes requests over them);
// streams (Request::isStream(): watches, server-sent events, log follows) start at once in the
// stream lane, which has neither cap, so any number of open streams never delays a request.
//
// Connections are pooled per TLS policy (see ConnectionPool): reused by later requests of the
// same policy (and their TLS sessions resumed), never by a request under another policy.
class HttpClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Done = std::function<void(Reply)>;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override; // outstanding requests and streams are answered with Cancelled

    RequestId send(Request request, QObject* context, Done done);

    // Aborts a queued or running request or stream; its `done` gets Cancelled. False if
    // unknown or finished.
    bool cancel(RequestId id);

    // Ordinary requests only (streams are not capped).
    void setMaxConnectionsPerHost(int count);      // default 6, per TLS policy
    void setMaxRequestsInFlight(int count);        // default 64; the rest wait in the queue
    void setDefaultMaxResponseBytes(qint64 bytes); // default 64 MiB
    qint64 defaultMaxResponseBytes() const { return m_defaultMaxResponseBytes; }

    int runningCount() const; // ordinary requests in flight
    int queuedCount() const;  // ordinary requests waiting for a slot
    int streamCount() const;  // open streams

    // Closes every idle connection and forgets every TLS session (after a credential change or
    // when the vault locks, so no authenticated connection outlives it). Running transfers keep
    // theirs until they end.
    void dropIdleConnections();

    // Since the client was made; running transfers included.
    struct Stats {
        quint64 requests = 0;           // transfers started in libcurl
        quint64 connectionsOpened = 0;  // of them, those that opened a new connection
        quint64 tlsSessionsResumed = 0; // of those, the ones that resumed a TLS session
        int pools = 0;                  // connection pools alive (one per TLS policy and lane)
    };
    Stats stats() const;

    // Benchmarks only: the TLS set-up before connection pools (libcurl parses the CA — or loads
    // the whole system bundle — for every new connection, no TLS session resumption, one
    // connection cache for all policies, no pinning). Set before sending anything.
    void setLegacyTlsForBenchmark(bool legacy) { m_legacyTls = legacy; }

private:
    friend class Lane;

    Lane& laneOf(const Request& request);
    void finish(Lane& lane, std::unique_ptr<Transfer> transfer, int curlCode);
    void deliver(Transfer& transfer, Reply reply);
    void cancelAll();

    std::unique_ptr<TrustStores> m_trust;
    std::unique_ptr<Lane> m_requests;
    std::unique_ptr<Lane> m_streams;
    int m_inCurl = 0; // >0 while libcurl runs our callbacks (any lane): no re-entrant calls
    bool m_legacyTls = false;
    qint64 m_defaultMaxResponseBytes = qint64(64) << 20;
    RequestId m_nextId = 1;
    Stats m_stats;
};

} // namespace fd::net
