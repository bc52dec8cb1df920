#include "metrics/promclient.h"

#include "metrics/duration.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

namespace fd::metrics {

namespace {

QString unixSeconds(qint64 ms) {
    return apiSeconds(ms);
}

// The transfer gets a few seconds more than the server's own query timeout, so the server's
// timeout error (with its words) arrives before ours.
int transferTimeout(int queryTimeoutMs) {
    return queryTimeoutMs + 5000;
}

template <typename T> void failLater(QObject* context, PromCallback<T> done, PromError error) {
    auto deliver = fd::handoff<PromResult<T>>(context, std::move(done));
    deliver(PromResult<T>(std::move(error)));
}

} // namespace

PromClient::PromClient(fd::net::Endpoint endpoint, AuthProvider auth, fd::net::HttpClient* http,
                       QObject* parent)
    : QObject(parent)
    , m_transport(new PromTransport(std::move(endpoint), std::move(auth), http, Service::Prometheus,
                                    this)) {}

PromClient::PromClient(Route route, const QString& serverName, QObject* parent)
    : QObject(parent)
    , m_transport(new PromTransport(std::move(route), serverName, Service::Prometheus, this)) {}

PromClient::~PromClient() = default;

quint64 PromClient::query(const InstantQuery& q, QObject* context, PromCallback<QueryResult> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v1/query");
    call.query.addQueryItem(QStringLiteral("query"), q.expr);
    if (q.timeMs)
        call.query.addQueryItem(QStringLiteral("time"), unixSeconds(*q.timeMs));
    if (q.timeoutMs > 0)
        call.query.addQueryItem(QStringLiteral("timeout"), apiSeconds(q.timeoutMs));
    call.timeoutMs = transferTimeout(q.timeoutMs);
    return m_transport->send<QueryResult>(std::move(call), decodeQueryResult, context,
                                          std::move(done));
}

quint64 PromClient::queryRange(const RangeQuery& q, QObject* context,
                               PromCallback<QueryResult> done) {
    if (q.stepMs <= 0 || q.endMs < q.startMs) {
        failLater<QueryResult>(
            context, std::move(done),
            makePromError(PromErrorCategory::InvalidInput,
                          tr("The time range or step is not valid; choose an end after the "
                             "start and a step greater than zero.")));
        return 0;
    }
    const qint64 points = (q.endMs - q.startMs) / q.stepMs + 1;
    if (points > kMaxPointsPerSeries) {
        const qint64 minStep =
            (q.endMs - q.startMs + kMaxPointsPerSeries - 2) / (kMaxPointsPerSeries - 1);
        failLater<QueryResult>(
            context, std::move(done),
            makePromError(PromErrorCategory::InvalidInput,
                          tr("A step of %1 over this range would ask for %2 points per series, "
                             "more than the 11,000 Prometheus allows; use a step of at least %3.")
                              .arg(formatDuration(q.stepMs))
                              .arg(points)
                              .arg(formatDuration(((minStep + 999) / 1000) * 1000))));
        return 0;
    }
    ApiCall call;
    call.path = QStringLiteral("/api/v1/query_range");
    call.query.addQueryItem(QStringLiteral("query"), q.expr);
    call.query.addQueryItem(QStringLiteral("start"), unixSeconds(q.startMs));
    call.query.addQueryItem(QStringLiteral("end"), unixSeconds(q.endMs));
    call.query.addQueryItem(QStringLiteral("step"), apiSeconds(q.stepMs));
    if (q.timeoutMs > 0)
        call.query.addQueryItem(QStringLiteral("timeout"), apiSeconds(q.timeoutMs));
    call.timeoutMs = transferTimeout(q.timeoutMs);
    const qint64 start = q.startMs, end = q.endMs, step = q.stepMs;
    return m_transport->send<QueryResult>(
        std::move(call),
        [start, end, step](QByteArrayView body, const QString& server) {
            PromResult<QueryResult> r = decodeQueryResult(body, server);
            if (r) {
                r->startMs = start;
                r->endMs = end;
                r->stepMs = step;
            }
            return r;
        },
        context, std::move(done));
}

quint64 PromClient::series(const SeriesQuery& q, QObject* context,
                           PromCallback<QList<Labels>> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v1/series");
    for (const QString& m : q.match)
        call.query.addQueryItem(QStringLiteral("match[]"), m);
    if (q.startMs)
        call.query.addQueryItem(QStringLiteral("start"), unixSeconds(*q.startMs));
    if (q.endMs)
        call.query.addQueryItem(QStringLiteral("end"), unixSeconds(*q.endMs));
    const int limit = q.limit;
    if (limit > 0)
        call.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return m_transport->send<QList<Labels>>(
        std::move(call),
        [limit](QByteArrayView body, const QString& server) {
            auto r = decodeSeriesList(body, server);
            if (r && limit > 0 && r->size() > limit)
                r->resize(limit);
            return r;
        },
        context, std::move(done));
}

quint64 PromClient::labelNames(const QStringList& match, QObject* context,
                               PromCallback<QStringList> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v1/labels");
    for (const QString& m : match)
        call.query.addQueryItem(QStringLiteral("match[]"), m);
    return m_transport->send<QStringList>(std::move(call), decodeStringList, context,
                                          std::move(done));
}

quint64 PromClient::labelValues(const QString& label, const QStringList& match, QObject* context,
                                PromCallback<QStringList> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v1/label/") +
                QString::fromLatin1(QUrl::toPercentEncoding(label)) + QStringLiteral("/values");
    for (const QString& m : match)
        call.query.addQueryItem(QStringLiteral("match[]"), m);
    return m_transport->send<QStringList>(std::move(call), decodeStringList, context,
                                          std::move(done));
}

quint64 PromClient::targets(QObject* context, PromCallback<TargetList> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v1/targets");
    call.query.addQueryItem(QStringLiteral("state"), QStringLiteral("active"));
    return m_transport->send<TargetList>(std::move(call), decodeTargets, context, std::move(done));
}

quint64 PromClient::rules(QObject* context, PromCallback<QList<RuleGroup>> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v1/rules");
    return m_transport->send<QList<RuleGroup>>(std::move(call), decodeRules, context,
                                               std::move(done));
}

quint64 PromClient::alerts(QObject* context, PromCallback<QList<PromAlert>> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v1/alerts");
    return m_transport->send<QList<PromAlert>>(std::move(call), decodeAlerts, context,
                                               std::move(done));
}

quint64 PromClient::buildInfo(QObject* context, PromCallback<BuildInfo> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v1/status/buildinfo");
    call.timeoutMs = 15000;
    return m_transport->send<BuildInfo>(std::move(call), decodeBuildInfo, context, std::move(done));
}

quint64 PromClient::ready(QObject* context, PromCallback<bool> done) {
    ApiCall call;
    call.path = QStringLiteral("/-/ready");
    call.timeoutMs = 15000;
    // Any 2xx is ready (the body is plain text); errors (503 while starting) come as PromError.
    return m_transport->send<bool>(
        std::move(call), [](QByteArrayView, const QString&) { return PromResult<bool>(true); },
        context, std::move(done));
}

void PromClient::testConnection(QObject* context, PromCallback<ConnectionReport> done) {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto deliver = fd::handoff<PromResult<ConnectionReport>>(context, std::move(done));
    QPointer<PromClient> self(this);
    // The chain runs with this client as context: the final delivery goes to the caller's.
    ready(this, [self, timer, deliver](PromResult<bool> r) {
        if (!r) {
            deliver(r.error());
            return;
        }
        ConnectionReport report;
        report.ready = true;
        report.latencyMs = double(timer->nsecsElapsed()) / 1e6;
        if (!self)
            return;
        self->buildInfo(self, [report, deliver](PromResult<BuildInfo> info) mutable {
            if (!info) {
                deliver(info.error());
                return;
            }
            report.build = info.value();
            deliver(report);
        });
    });
}

} // namespace fd::metrics
