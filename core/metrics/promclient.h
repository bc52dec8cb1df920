#pragma once

// Asynchronous Prometheus HTTP API client over fd::net::HttpClient.
//
//   fd::metrics::PromClient prom(endpoint, fd::metrics::noAuth(), &http);
//   prom.queryRange({expr, startMs, endMs, stepMs}, this,
//                   [this](fd::metrics::PromResult<fd::metrics::QueryResult> r) { ... });
//
// Every call takes a context object and a callback that runs exactly once on the context's
// thread (dropped, and the transfer aborted, when the context is destroyed first). Answers are
// decoded on the global QThreadPool, never on the caller's thread. Failures carry Prometheus's
// own errorType and words (bad PromQL, timeout, too many samples) in a PromError whose message
// says what to do next. The endpoint may be Prometheus itself or a path to it through a
// Kubernetes API server's service proxy; credentials come from the AuthProvider per request.

#include "metrics/promdecode.h"
#include "metrics/promtransport.h"

#include <QObject>

#include <optional>

namespace fd::metrics {

template <typename T> using PromCallback = std::function<void(PromResult<T>)>;

// Prometheus refuses range queries with more points per series than this.
inline constexpr int kMaxPointsPerSeries = 11000;

struct InstantQuery {
    QString expr;
    std::optional<qint64> timeMs; // evaluation time; none: the server's now
    int timeoutMs = 30000;        // sent as Prometheus's `timeout` and used for the transfer

    InstantQuery() = default;
    InstantQuery(QString e, std::optional<qint64> at = {}, int timeout = 30000)
        : expr(std::move(e))
        , timeMs(at)
        , timeoutMs(timeout) {}
};

struct RangeQuery {
    QString expr;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 stepMs = 0; // must give at most kMaxPointsPerSeries points (see querystep.h)
    int timeoutMs = 60000;

    RangeQuery() = default;
    RangeQuery(QString e, qint64 start, qint64 end, qint64 step, int timeout = 60000)
        : expr(std::move(e))
        , startMs(start)
        , endMs(end)
        , stepMs(step)
        , timeoutMs(timeout) {}
};

struct SeriesQuery {
    QStringList match; // series selectors (at least one)
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    int limit = 0; // Prometheus ≥ 2.47 honours it; older ones ignore it (we cut client-side)
};

// What a connection test found: Prometheus answers and is ready, and its version.
struct ConnectionReport {
    bool ready = false;
    BuildInfo build;
    double latencyMs = 0;
};

class PromClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromClient)

public:
    PromClient(fd::net::Endpoint endpoint, AuthProvider auth, fd::net::HttpClient* http,
               QObject* parent = nullptr);
    // Every call goes through `route` (a cluster API server's service proxy); `serverName`
    // names it in messages.
    PromClient(Route route, const QString& serverName, QObject* parent = nullptr);
    ~PromClient() override;

    const fd::net::Endpoint& endpoint() const { return m_transport->endpoint(); }
    QString serverName() const { return m_transport->serverName(); }
    void setServerName(const QString& name) { m_transport->setServerName(name); }
    // Answers larger than this are not read (TooLarge); default 32 MB.
    void setMaxResponseBytes(qint64 bytes) { m_transport->setMaxResponseBytes(bytes); }
    qint64 maxResponseBytes() const { return m_transport->maxResponseBytes(); }

    quint64 query(const InstantQuery& q, QObject* context, PromCallback<QueryResult> done);
    // Fails with InvalidInput before sending when the step would give more than 11,000 points
    // per series or the range is empty.
    quint64 queryRange(const RangeQuery& q, QObject* context, PromCallback<QueryResult> done);
    quint64 series(const SeriesQuery& q, QObject* context, PromCallback<QList<Labels>> done);
    quint64 labelNames(const QStringList& match, QObject* context, PromCallback<QStringList> done);
    quint64 labelValues(const QString& label, const QStringList& match, QObject* context,
                        PromCallback<QStringList> done);
    quint64 targets(QObject* context, PromCallback<TargetList> done);
    quint64 rules(QObject* context, PromCallback<QList<RuleGroup>> done);
    quint64 alerts(QObject* context, PromCallback<QList<PromAlert>> done);
    quint64 buildInfo(QObject* context, PromCallback<BuildInfo> done);
    // GET /-/ready: true when it answers 200 (Prometheus says "Prometheus Server is Ready.").
    quint64 ready(QObject* context, PromCallback<bool> done);
    // /-/ready then /api/v1/status/buildinfo; the report's latency is the ready call's.
    void testConnection(QObject* context, PromCallback<ConnectionReport> done);

    bool cancel(quint64 handle) { return m_transport->cancel(handle); }

private:
    PromTransport* m_transport;
};

} // namespace fd::metrics
