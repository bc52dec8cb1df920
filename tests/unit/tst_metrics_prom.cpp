// The Prometheus and Alertmanager clients and the GPU models against a REAL Prometheus 2.42 and
// Alertmanager 0.25 (Debian's packages) started by tests/support/promtestserver.h: a day of
// generated dcgm-exporter history (2 nodes × 8 GPUs, MIG instances, XIDs, a gap, NaN, both host
// label spellings) plus a live exporter, firing rules and a silence. No mock Prometheus.
#include "metrics/alertmanagerclient.h"
#include "metrics/dcgmcatalog.h"
#include "metrics/gpuidentity.h"
#include "metrics/gpumetrics.h"
#include "metrics/promclient.h"
#include "net/httpclient.h"

#include "promtestserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QThread>
#include <QtTest>

#include <cmath>
#include <optional>

using namespace fd::metrics;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Runs the event loop until the callback has run (tests only; the GUI never waits like this).
template <typename T>
std::optional<PromResult<T>> await(const std::function<void(QObject*, PromCallback<T>)>& call,
                                   int timeoutMs = 60000) {
    std::optional<PromResult<T>> out;
    QObject context;
    call(&context, [&out](PromResult<T> r) { out.emplace(std::move(r)); });
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return out;
}

#define AWAIT_OK(var, T, call)                                                                     \
    auto var##Opt = await<T>(call);                                                                \
    QVERIFY2(var##Opt, "no answer within the timeout");                                            \
    QVERIFY2(var##Opt->ok(), qPrintable(var##Opt->ok() ? QString() : var##Opt->error().message));  \
    auto& var = var##Opt->value()

qint64 epochMs(const QJsonValue& seconds) {
    return qint64(seconds.toDouble()) * 1000;
}

QJsonObject findFact(const QJsonArray& list, const QString& node, const QString& gpu) {
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("node")).toString() == node &&
            QString::number(o.value(QStringLiteral("gpu")).toInt()) == gpu)
            return o;
    }
    return {};
}

} // namespace

class TestMetricsProm final : public QObject {
    Q_OBJECT

private:
    fd::test::PromTestServer m_server;
    std::unique_ptr<fd::net::HttpClient> m_http;
    std::unique_ptr<PromClient> m_prom;
    std::unique_ptr<AlertmanagerClient> m_am;
    std::unique_ptr<GpuMetrics> m_gpus;
    QJsonObject m_truth;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectionTest();
    void decodesOffTheCallersThread();
    void fleetLatestValues();
    void rangeQueriesAndSteps();
    void prometheusOwnErrors();
    void seriesAndLabels();
    void gapsStayGaps();
    void nanSamplesAreGaps();
    void shortEventsSurviveCoarseSteps();
    void healthEvents();
    void topGpus();
    void usageAndAllocation();
    void chartSeriesDownsampled();
    void targetsRulesAlerts();
    void alertmanagerAlertsAndSilences();
    void brokenScrapeShowsInTargets();
    void closedContextCancels();
};

void TestMetricsProm::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo().noquote() << "fixture start-up:" << m_server.startupSeconds() << "s"
                      << QJsonDocument(
                             m_server.ready().value(QStringLiteral("startupSeconds")).toObject())
                             .toJson(QJsonDocument::Compact);
    m_truth = m_server.truth();
    QVERIFY(!m_truth.isEmpty());
    m_http = std::make_unique<fd::net::HttpClient>();
    m_prom = std::make_unique<PromClient>(fd::net::Endpoint{m_server.prometheusUrl(), {}, {}},
                                          noAuth(), m_http.get());
    m_am = std::make_unique<AlertmanagerClient>(
        fd::net::Endpoint{m_server.alertmanagerUrl(), {}, {}}, noAuth(), m_http.get());
    m_gpus = std::make_unique<GpuMetrics>(m_prom.get());
    m_gpus->setScrapeIntervalMs(30000); // the history's resolution
}

void TestMetricsProm::cleanupTestCase() {
    m_gpus.reset();
    m_am.reset();
    m_prom.reset();
    m_http.reset();
    m_server.stop();
}

void TestMetricsProm::connectionTest() {
    AWAIT_OK(report, ConnectionReport, [this](QObject* c, PromCallback<ConnectionReport> d) {
        m_prom->testConnection(c, std::move(d));
    });
    QVERIFY(report.ready);
    QCOMPARE(report.build.version, QStringLiteral("2.42.0+ds"));
    QVERIFY(report.latencyMs > 0);
    AWAIT_OK(ready, bool,
             [this](QObject* c, PromCallback<bool> d) { m_am->ready(c, std::move(d)); });
    QVERIFY(ready);
}

void TestMetricsProm::decodesOffTheCallersThread() {
    PromTransport transport(fd::net::Endpoint{m_server.prometheusUrl(), {}, {}}, noAuth(),
                            m_http.get(), Service::Prometheus);
    QThread* decodedOn = nullptr;
    QThread* deliveredOn = nullptr;
    std::optional<PromResult<int>> out;
    QObject context;
    ApiCall call;
    call.path = QStringLiteral("/api/v1/status/buildinfo");
    transport.send<int>(
        call,
        [&decodedOn](QByteArrayView body, const QString&) {
            decodedOn = QThread::currentThread();
            return PromResult<int>(int(body.size()));
        },
        &context,
        [&](PromResult<int> r) {
            deliveredOn = QThread::currentThread();
            out.emplace(std::move(r));
        });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000);
    QVERIFY(out->ok() && out->value() > 50);
    QVERIFY(decodedOn && decodedOn != QThread::currentThread());
    QCOMPARE(deliveredOn, QThread::currentThread());
}

void TestMetricsProm::fleetLatestValues() {
    AWAIT_OK(fleet, Fleet,
             [this](QObject* c, PromCallback<Fleet> d) { m_gpus->fleet(c, std::move(d)); });
    QCOMPARE(fleet.nodes.size(), 2);
    QCOMPARE(fleet.skippedSeries, 0);
    const FleetNode& a = fleet.nodes[0];
    const FleetNode& b = fleet.nodes[1];
    QCOMPARE(a.node, QStringLiteral("gpu-node-a")); // from Hostname
    QCOMPARE(b.node, QStringLiteral("gpu-node-b")); // from hostname
    QCOMPARE(a.gpus.size(), 8);
    QCOMPARE(b.gpus.size(), 8);
    QCOMPARE(fleet.migInstanceCount(), 5);
    QCOMPARE(a.gpus[0].gpu.id.hostLabel, QStringLiteral("Hostname"));
    QCOMPARE(b.gpus[0].gpu.id.hostLabel, QStringLiteral("hostname"));
    // A GPU in MIG mode is reported only through its instances.
    const FleetGpu& mig = a.gpus[0];
    QVERIFY(mig.synthesized);
    QStringList profiles;
    for (const GpuReading& i : mig.migInstances) {
        profiles << i.id.migProfile + QLatin1Char('#') + i.id.migInstance;
        QCOMPARE(i.utilizationSource, QString(dcgm::GrEngineActive)); // no GPU_UTIL for MIG
        QVERIFY(i.utilizationPct && *i.utilizationPct >= 0 && *i.utilizationPct <= 100);
        QVERIFY(i.temperatureC && i.powerW); // the board's
    }
    QCOMPARE(profiles, (QStringList{QStringLiteral("3g.40gb#1"), QStringLiteral("2g.20gb#5"),
                                    QStringLiteral("1g.10gb#13")}));
    QVERIFY(!mig.migInstances[2].memoryUsedMiB); // this instance has no FB metrics
    QCOMPARE(mig.migInstances[1].id.pod, QStringLiteral("jupyter-alice"));
    QCOMPARE(b.gpus[7].migInstances.size(), 2);
    QCOMPARE(b.gpus[7].migInstances[0].id.pod, QStringLiteral("tgi-mistral-0"));
    // Whole GPUs: GPU_UTIL, frame buffer, pods.
    QCOMPARE(a.gpus[1].gpu.utilizationSource, QString(dcgm::GpuUtil));
    QCOMPARE(a.gpus[1].gpu.id.pod, QStringLiteral("vllm-llama3-8b-0"));
    QCOMPARE(a.gpus[1].gpu.id.namespaceName, QStringLiteral("llm-serving"));
    QVERIFY(*a.gpus[1].gpu.memoryUsedMiB / *a.gpus[1].gpu.memoryTotalMiB > 0.95);
    QCOMPARE(*a.gpus[1].gpu.memoryTotalMiB, 81920.0); // used + free + reserved
    QCOMPARE(b.gpus[0].gpu.id.pod, QStringLiteral("trainer-0"));
    QVERIFY(*b.gpus[6].gpu.temperatureC > 85); // the hot one
    QCOMPARE(b.gpus[6].gpu.id.model, QStringLiteral("NVIDIA H100 80GB HBM3"));

    const QJsonArray rows = gpuListJson(gpuListRows(fleet)).value(QStringLiteral("gpus")).toArray();
    QCOMPARE(rows.size(), 21);
    int nullMemory = 0;
    for (const QJsonValue& v : rows)
        nullMemory += v.toObject().value(QStringLiteral("memoryUsedMiB")).isNull() ? 1 : 0;
    QCOMPARE(nullMemory, 2); // the 1g.10gb instance and its board's sum
}

void TestMetricsProm::rangeQueriesAndSteps() {
    const qint64 end = m_server.anchorMs();
    for (qint64 range : {15 * kMinute, kHour, 6 * kHour, kDay}) {
        const qint64 step = stepForWidth(range, 1600, 2.0, 30000);
        const TimeWindow w = alignedWindow(end, range, step);
        const QString expr = QStringLiteral("DCGM_FI_DEV_GPU_TEMP{Hostname=\"gpu-node-a\"}");
        AWAIT_OK(r, QueryResult, ([&](QObject* c, PromCallback<QueryResult> d) {
                     m_prom->queryRange({expr, w.startMs, w.endMs, w.stepMs}, c, std::move(d));
                 }));
        QCOMPARE(r.type, ResultType::Matrix);
        QSet<QString> gpus; // 7 GPUs and 3 MIG instances (a pod change splits a series)
        for (const Series& s : r.matrix)
            gpus.insert(gpuIdentity(s.labels).key());
        QCOMPARE(gpus.size(), 10);
        for (const Series& s : r.matrix) {
            QVERIFY(qint64(s.points.size()) <= w.points());
            for (const Point& p : s.points)
                QCOMPARE((p.timeMs - w.startMs) % w.stepMs, 0); // on the grid
        }
    }
    // A step that would exceed 11,000 points is refused before anything is sent.
    auto tooFine = await<QueryResult>([&](QObject* c, PromCallback<QueryResult> d) {
        m_prom->queryRange({QStringLiteral("up"), end - kDay, end, 1000}, c, std::move(d));
    });
    QVERIFY(tooFine && !tooFine->ok());
    QCOMPARE(tooFine->error().category, PromErrorCategory::InvalidInput);
    QVERIFY(tooFine->error().message.contains(QLatin1String("11,000")));
    // Instant query at a time in the past.
    AWAIT_OK(past, QueryResult, ([&](QObject* c, PromCallback<QueryResult> d) {
                 m_prom->query({QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)"), end - 2 * kHour}, c,
                               std::move(d));
             }));
    QCOMPARE(past.vector.size(), 1);
    QCOMPARE(past.vector[0].point.value, 19.0);
    // A query too long for a URL goes as a form POST; '+' must arrive as '+', not a space.
    QString longExpr = QStringLiteral("count({__name__=~\"DCGM_FI_DEV_GPU_TEM.+\"})");
    for (int i = 0; i < 1500; ++i)
        longExpr += QStringLiteral(" + 0");
    QVERIFY(longExpr.size() > 6000);
    AWAIT_OK(posted, QueryResult, ([&](QObject* c, PromCallback<QueryResult> d) {
                 m_prom->query({longExpr, end - 2 * kHour}, c, std::move(d));
             }));
    QCOMPARE(posted.vector.size(), 1);
    QCOMPARE(posted.vector[0].point.value, 19.0);
}

void TestMetricsProm::prometheusOwnErrors() {
    auto bad = await<QueryResult>([this](QObject* c, PromCallback<QueryResult> d) {
        m_prom->query({QStringLiteral("sum(rate(DCGM_FI_DEV_GPU_UTIL[5m]")}, c, std::move(d));
    });
    QVERIFY(bad && !bad->ok());
    QCOMPARE(bad->error().category, PromErrorCategory::BadQuery);
    QCOMPARE(bad->error().errorType, QStringLiteral("bad_data"));
    QVERIFY2(bad->error().message.contains(QLatin1String("parse error")),
             qPrintable(bad->error().message));
    QCOMPARE(bad->error().httpStatus, 400);

    auto tooMany = await<QueryResult>([this](QObject* c, PromCallback<QueryResult> d) {
        m_prom->query({QStringLiteral("{__name__=~\"DCGM_.+\"}[1d]")}, c, std::move(d));
    });
    QVERIFY(tooMany && !tooMany->ok());
    QCOMPARE(tooMany->error().category, PromErrorCategory::TooManySamples);
    QVERIFY(tooMany->error().error.contains(QLatin1String("too many samples")));

    const qint64 end = m_server.anchorMs();
    auto timeout = await<QueryResult>([&](QObject* c, PromCallback<QueryResult> d) {
        m_prom->queryRange(
            {QStringLiteral("max_over_time(DCGM_FI_DEV_GPU_TEMP[10m])"), end - kDay, end, 30000, 1},
            c, std::move(d));
    });
    QVERIFY(timeout && !timeout->ok());
    QCOMPARE(timeout->error().category, PromErrorCategory::QueryTimeout);
    QCOMPARE(timeout->error().errorType, QStringLiteral("timeout"));
    QVERIFY(timeout->error().message.contains(QLatin1String("timed out")));
}

void TestMetricsProm::seriesAndLabels() {
    AWAIT_OK(series, QList<Labels>, [this](QObject* c, PromCallback<QList<Labels>> d) {
        m_prom->series({{QStringLiteral("DCGM_FI_DEV_GPU_UTIL")}, {}, {}, 0}, c, std::move(d));
    });
    // 14 whole GPUs, and A's GPU 3 twice: before and after ollama-0 took it.
    QCOMPARE(series.size(), 15);
    for (const Labels& l : series)
        QVERIFY(!l.contains(u"GPU_I_ID")); // no GPU_UTIL for MIG instances
    AWAIT_OK(hosts, QStringList, [this](QObject* c, PromCallback<QStringList> d) {
        m_prom->labelValues(QStringLiteral("Hostname"), {}, c, std::move(d));
    });
    QCOMPARE(hosts, QStringList{QStringLiteral("gpu-node-a")});
    AWAIT_OK(lower, QStringList, [this](QObject* c, PromCallback<QStringList> d) {
        m_prom->labelValues(QStringLiteral("hostname"), {}, c, std::move(d));
    });
    QCOMPARE(lower, QStringList{QStringLiteral("gpu-node-b")});
    AWAIT_OK(names, QStringList, [this](QObject* c, PromCallback<QStringList> d) {
        m_prom->labelNames({QStringLiteral("DCGM_FI_PROF_GR_ENGINE_ACTIVE")}, c, std::move(d));
    });
    QVERIFY(names.contains(QStringLiteral("GPU_I_ID")) &&
            names.contains(QStringLiteral("GPU_I_PROFILE")) &&
            names.contains(QStringLiteral("pci_bus_id")));
}

void TestMetricsProm::gapsStayGaps() {
    const QJsonObject gap = m_truth.value(QStringLiteral("gaps")).toArray().at(0).toObject();
    const qint64 gapStart = epochMs(gap.value(QStringLiteral("start")));
    const qint64 gapEnd = epochMs(gap.value(QStringLiteral("end")));
    QCOMPARE(gap.value(QStringLiteral("node")).toString(), QStringLiteral("gpu-node-b"));
    // One minute steps, each the average over its minute: missing minutes are missing points.
    const TimeWindow w = alignedWindow(gapEnd + kHour, 3 * kHour, kMinute);
    const QString expr = gpuMetricExpr(GpuMetric::Temperature, Rollup::Avg, kMinute, {},
                                       QStringLiteral("gpu-node-b"));
    AWAIT_OK(r, QueryResult, ([&](QObject* c, PromCallback<QueryResult> d) {
                 m_prom->queryRange({expr, w.startMs, w.endMs, w.stepMs}, c, std::move(d));
             }));
    QVERIFY(r.matrix.size() >= 9);
    for (const Series& s : r.matrix) {
        for (const Point& p : s.points)
            QVERIFY2(p.timeMs <= gapStart + kMinute || p.timeMs > gapEnd,
                     "a point inside the exporter's gap: interpolated?");
        const std::vector<Point> marked = markGaps(s.points, w.stepMs);
        int markers = 0;
        for (const Point& p : marked)
            markers += isGapMarker(p) ? 1 : 0;
        QVERIFY(markers >= 1);
    }
    // Through GpuMetrics at full resolution, downsampled: the gap is still there.
    SeriesRequest req;
    req.metrics = {GpuMetric::Utilization};
    req.node = QStringLiteral("gpu-node-b");
    req.rangeMs = kDay;
    req.endMs = m_server.anchorMs();
    req.widthPx = 400;
    req.resolution = Resolution::Full;
    AWAIT_OK(set, SeriesSet, ([&](QObject* c, PromCallback<SeriesSet> d) {
                 m_gpus->series(req, c, std::move(d));
             }));
    QCOMPARE(set.metrics.size(), 1);
    QVERIFY(set.metrics[0].series.size() >= 9); // 7 GPUs + 2 MIG instances (+ pod changes)
    for (const GpuSeries& s : set.metrics[0].series) {
        bool markerInGap = false;
        for (const Point& p : s.points) {
            if (!isGapMarker(p))
                QVERIFY(p.timeMs <= gapStart + 2 * set.rollupWindowMs || p.timeMs > gapEnd);
            markerInGap =
                markerInGap || (isGapMarker(p) && p.timeMs >= gapStart - set.rollupWindowMs &&
                                p.timeMs <= gapEnd + set.rollupWindowMs);
        }
        QVERIFY2(markerInGap, qPrintable(s.id.key()));
    }
}

void TestMetricsProm::nanSamplesAreGaps() {
    const QJsonObject nan = m_truth.value(QStringLiteral("nanPower")).toArray().at(0).toObject();
    const qint64 from = epochMs(nan.value(QStringLiteral("start")));
    const qint64 to = epochMs(nan.value(QStringLiteral("end")));
    AWAIT_OK(r, QueryResult, ([&](QObject* c, PromCallback<QueryResult> d) {
                 m_prom->queryRange({QStringLiteral("DCGM_FI_DEV_POWER_USAGE{Hostname=\"gpu-node-"
                                                    "a\",gpu=\"6\"}"),
                                     from - 5 * kMinute, to + 5 * kMinute, 30000},
                                    c, std::move(d));
             }));
    QCOMPARE(r.matrix.size(), 1);
    int nans = 0, numbers = 0;
    for (const Point& p : r.matrix[0].points)
        (std::isnan(p.value) ? nans : numbers)++;
    QVERIFY2(nans >= 15, qPrintable(QString::number(nans)));
    QVERIFY(numbers >= 15);
    const std::vector<Point> drawn =
        downsampleForWidth(r.matrix[0].points, 30000, from, to, 800, DownsampleMethod::Lttb);
    int markers = 0;
    for (const Point& p : drawn)
        markers += isGapMarker(p) ? 1 : 0;
    QCOMPARE(markers, 1);
    // The latest-values table shows such a value as not reported (null), never as a number.
    AWAIT_OK(at, QueryResult, ([&](QObject* c, PromCallback<QueryResult> d) {
                 m_prom->query({latestValuesQuery(QStringLiteral("Hostname=\"gpu-node-a\"")),
                                from + 2 * kMinute},
                               c, std::move(d));
             }));
    int blanks = 0;
    const Fleet f = buildFleet(readingsFromSamples(at.vector, nullptr, &blanks));
    QVERIFY(blanks >= 1);
    QVERIFY(!f.nodes[0].gpus[6].gpu.powerW);
    QVERIFY(f.nodes[0].gpus[5].gpu.powerW);
}

void TestMetricsProm::shortEventsSurviveCoarseSteps() {
    const QJsonObject xid = findFact(m_truth.value(QStringLiteral("xids")).toArray(),
                                     QStringLiteral("gpu-node-a"), QStringLiteral("4"));
    QCOMPARE(xid.value(QStringLiteral("code")).toInt(), 79);
    // A 30-minute grid offset from the incident: a point sample misses a one-minute XID…
    const qint64 step = 30 * kMinute;
    const qint64 start = m_server.historyStartMs() + 7 * kMinute;
    const qint64 end = start + 23 * kHour;
    AWAIT_OK(sampled, QueryResult, ([&](QObject* c, PromCallback<QueryResult> d) {
                 m_prom->queryRange(
                     {QStringLiteral("DCGM_FI_DEV_XID_ERRORS{Hostname=\"gpu-node-a\",gpu=\"4\"}"),
                      start, end, step},
                     c, std::move(d));
             }));
    double sampledMax = 0;
    for (const Point& p : sampled.matrix.value(0).points)
        sampledMax = std::max(sampledMax, p.value);
    QCOMPARE(sampledMax, 0.0);
    // …read over each step, it is there.
    AWAIT_OK(overStep, QueryResult, ([&](QObject* c, PromCallback<QueryResult> d) {
                 m_prom->queryRange(
                     {rollupExpr(dcgm::XidErrors, Rollup::Max, step,
                                 QStringLiteral("Hostname=\"gpu-node-a\",gpu=\"4\"")),
                      start, end, step},
                     c, std::move(d));
             }));
    double max = 0;
    for (const Point& p : overStep.matrix.value(0).points)
        max = std::max(max, p.value);
    QCOMPARE(max, 79.0);
}

void TestMetricsProm::healthEvents() {
    HealthRequest req;
    req.rangeMs = kDay + kHour;
    req.endMs = QDateTime::currentMSecsSinceEpoch() - kMinute; // live data up to here
    req.stepMs = 2 * kMinute;
    AWAIT_OK(report, HealthReport, ([&](QObject* c, PromCallback<HealthReport> d) {
                 m_gpus->health(req, c, std::move(d));
             }));
    auto find = [&](const QString& kind, const QString& node, const QString& gpu,
                    const QString& instance = {}) -> const HealthEvent* {
        for (const HealthEvent& e : report.events)
            if (e.kind == kind && e.id.node == node && e.id.gpu == gpu &&
                e.id.migInstance == instance)
                return &e;
        return nullptr;
    };
    // Every generated XID, with its meaning, bracketed within a step of the truth.
    for (const QJsonValue& v : m_truth.value(QStringLiteral("xids")).toArray()) {
        const QJsonObject x = v.toObject();
        const QString instance =
            x.value(QStringLiteral("migInstance")).isNull()
                ? QString()
                : QString::number(x.value(QStringLiteral("migInstance")).toInt());
        const HealthEvent* e =
            find(QStringLiteral("xid"), x.value(QStringLiteral("node")).toString(),
                 QString::number(x.value(QStringLiteral("gpu")).toInt()), instance);
        QVERIFY2(e, qPrintable(QJsonDocument(x).toJson(QJsonDocument::Compact)));
        QCOMPARE(*e->code, x.value(QStringLiteral("code")).toInt());
        QVERIFY(!e->meaning.isEmpty());
        const qint64 start = epochMs(x.value(QStringLiteral("start")));
        const qint64 end = epochMs(x.value(QStringLiteral("end")));
        QVERIFY(e->startMs <= start + 30000 && e->startMs >= start - 2 * report.rollupWindowMs);
        QVERIFY(e->endMs && *e->endMs >= end - 30000 &&
                *e->endMs <= end + 2 * report.rollupWindowMs);
    }
    QVERIFY(find(QStringLiteral("xid"), QStringLiteral("gpu-node-a"), QStringLiteral("4"))
                ->meaning.contains(QLatin1String("fallen off the bus")));
    // The hot GPU: during the generated window, and again now (still going at the end).
    int hotEvents = 0;
    bool ongoing = false;
    for (const HealthEvent& e : report.events)
        if (e.kind == QLatin1String("temperature") && e.id.node == QLatin1String("gpu-node-b") &&
            e.id.gpu == QLatin1String("6")) {
            ++hotEvents;
            ongoing = ongoing || !e.endMs;
        }
    QCOMPARE(hotEvents, 2);
    QVERIFY(ongoing);
    QVERIFY(find(QStringLiteral("thermal-throttling"), QStringLiteral("gpu-node-b"),
                 QStringLiteral("6")));
    // The power spike on A's GPU 2 (448 W on a 400 W board) and its power capping.
    const HealthEvent* power =
        find(QStringLiteral("power"), QStringLiteral("gpu-node-a"), QStringLiteral("2"));
    QVERIFY(power);
    QVERIFY(power->meaning.contains(QLatin1String("400")));
    QVERIFY(find(QStringLiteral("power-throttling"), QStringLiteral("gpu-node-a"),
                 QStringLiteral("2")));
    // Nothing else is unhealthy.
    for (const HealthEvent& e : report.events)
        QVERIFY2(e.kind == QLatin1String("xid") ||
                     (e.id.node == QLatin1String("gpu-node-b") && e.id.gpu == QLatin1String("6")) ||
                     (e.id.node == QLatin1String("gpu-node-a") && e.id.gpu == QLatin1String("2")),
                 qPrintable(e.kind + QLatin1Char(' ') + e.id.key()));
    const QJsonArray json =
        healthEventsJson(report.events).value(QStringLiteral("events")).toArray();
    QCOMPARE(json.size(), report.events.size());
    QVERIFY(QDateTime::fromString(json[0].toObject().value(QStringLiteral("start")).toString(),
                                  Qt::ISODate)
                .isValid());
}

void TestMetricsProm::topGpus() {
    const qint64 end = m_server.anchorMs();
    AWAIT_OK(hot, QList<RankedGpu>, [&](QObject* c, PromCallback<QList<RankedGpu>> d) {
        m_gpus->top(RankBy::Temperature, kDay, 3, c, std::move(d), end);
    });
    QCOMPARE(hot.size(), 3);
    QCOMPARE(hot[0].id.key(), QStringLiteral("gpu-node-b/6"));
    QVERIFY(hot[0].value >= 87);
    AWAIT_OK(busy, QList<RankedGpu>, [&](QObject* c, PromCallback<QList<RankedGpu>> d) {
        m_gpus->top(RankBy::Utilization, kDay, 0, c, std::move(d), end);
    });
    QCOMPARE(busy.size(), 19); // 14 whole GPUs and 5 MIG instances
    for (qsizetype i = 1; i < busy.size(); ++i)
        QVERIFY(busy[i - 1].value >= busy[i].value);
    QCOMPARE(busy[0].id.pod, QStringLiteral("trainer-0")); // the training GPUs lead
    AWAIT_OK(mem, QList<RankedGpu>, [&](QObject* c, PromCallback<QList<RankedGpu>> d) {
        m_gpus->top(RankBy::Memory, kDay, 2, c, std::move(d), end);
    });
    QCOMPARE(mem[0].id.pod, QStringLiteral("vllm-llama3-8b-0"));
    AWAIT_OK(power, QList<RankedGpu>, [&](QObject* c, PromCallback<QList<RankedGpu>> d) {
        m_gpus->top(RankBy::Power, kDay, 1, c, std::move(d), end);
    });
    QCOMPARE(power.size(), 1);
    QCOMPARE(power[0].id.model, QStringLiteral("NVIDIA H100 80GB HBM3"));
}

void TestMetricsProm::usageAndAllocation() {
    AWAIT_OK(pods, QList<PodUsage>, [&](QObject* c, PromCallback<QList<PodUsage>> d) {
        m_gpus->usage(kDay, c, std::move(d), m_server.anchorMs());
    });
    QHash<QString, PodUsage> byPod;
    for (const PodUsage& p : pods)
        byPod.insert(p.pod, p);
    QCOMPARE(byPod.size(), 6);
    QCOMPARE(byPod[QStringLiteral("trainer-0")].gpus, 4.0);
    QCOMPARE(byPod[QStringLiteral("vllm-llama3-8b-0")].gpus, 2.0);
    QCOMPARE(byPod[QStringLiteral("jupyter-alice")].gpus, 2.0 / 7.0);
    QCOMPARE(byPod[QStringLiteral("tgi-mistral-0")].gpus, 4.0 / 7.0);
    QVERIFY(*byPod[QStringLiteral("notebook-bob")].utilizationPct < 5);
    QVERIFY(*byPod[QStringLiteral("trainer-0")].utilizationPct > 80);
    QCOMPARE(pods[0].pod, QStringLiteral("trainer-0"));
    const QList<NamespaceUsage> ns = usageByNamespace(pods);
    QCOMPARE(ns.size(), 3);
    const QList<AllocationRow> rows = allocationVsUse(
        {{QStringLiteral("research"), QStringLiteral("notebook-bob"), QStringLiteral("gpu-node-b"),
          QStringLiteral("nvidia.com/gpu"), 1},
         {QStringLiteral("training"), QStringLiteral("trainer-0"), QStringLiteral("gpu-node-b"),
          QStringLiteral("nvidia.com/gpu"), 4},
         {QStringLiteral("llm-serving"), QStringLiteral("tgi-mistral-0"),
          QStringLiteral("gpu-node-b"), QStringLiteral("nvidia.com/mig-4g.40gb"), 1}},
        pods);
    QCOMPARE(rows[0].pod, QStringLiteral("notebook-bob"));
    QVERIFY(rows[0].idle);
    QCOMPARE(rows[0].gpuKeys, QStringList{QStringLiteral("gpu-node-b/5")});
    for (const AllocationRow& r : rows.mid(1))
        QVERIFY(!r.idle && !r.unmeasured);
}

void TestMetricsProm::chartSeriesDownsampled() {
    SeriesRequest req;
    req.metrics = {GpuMetric::Utilization, GpuMetric::MemoryUsed, GpuMetric::Temperature,
                   GpuMetric::Power, GpuMetric::SmClock};
    req.rangeMs = kDay;
    req.endMs = m_server.anchorMs();
    req.widthPx = 300;
    QCOMPARE(m_gpus->stepFor(req), 5 * kMinute); // 1 d / 600 points → 144 s → 5m
    AWAIT_OK(chart, SeriesSet, ([&](QObject* c, PromCallback<SeriesSet> d) {
                 m_gpus->series(req, c, std::move(d));
             }));
    QCOMPARE(chart.metrics.size(), 5);
    QVERIFY(chart.metrics[0].series.size() >= 19); // every GPU and MIG instance
    QVERIFY(chart.receivedPoints > 0);
    for (const MetricSeries& m : chart.metrics)
        for (const GpuSeries& s : m.series) {
            qsizetype finite = 0;
            for (const Point& p : s.points)
                finite += isGapMarker(p) ? 0 : 1;
            QVERIFY(finite <= 2 * req.widthPx + 8);
        }
    req.resolution = Resolution::Full;
    QCOMPARE(m_gpus->stepFor(req), 30000);
    AWAIT_OK(full, SeriesSet, ([&](QObject* c, PromCallback<SeriesSet> d) {
                 m_gpus->series(req, c, std::move(d));
             }));
    QVERIFY(full.receivedPoints > 4 * full.keptPoints / 3); // downsampled for 300 px
    for (const GpuSeries& s : full.metrics[0].series) {
        qsizetype finite = 0;
        for (const Point& p : s.points)
            finite += isGapMarker(p) ? 0 : 1;
        QVERIFY(finite <= 2 * req.widthPx + 8);
    }
}

void TestMetricsProm::targetsRulesAlerts() {
    // Prometheus applies discovered targets at most every 5 s: right after start the list is
    // empty.
    TargetList targets;
    for (int i = 0; i < 100 && targets.active.size() < 2; ++i) {
        auto r = await<TargetList>(
            [this](QObject* c, PromCallback<TargetList> d) { m_prom->targets(c, std::move(d)); });
        QVERIFY(r && r->ok());
        targets = r->value();
        if (targets.active.size() < 2)
            QTest::qWait(200);
    }
    QCOMPARE(targets.active.size(), 2);
    QStringList instances;
    for (const Target& t : targets.active) {
        instances << t.labels.value(u"instance");
        QCOMPARE(t.scrapeIntervalMs, 2000);
    }
    instances.sort();
    QCOMPARE(instances,
             (QStringList{QStringLiteral("gpu-node-a:9400"), QStringLiteral("gpu-node-b:9400")}));
    AWAIT_OK(rules, QList<RuleGroup>, [this](QObject* c, PromCallback<QList<RuleGroup>> d) {
        m_prom->rules(c, std::move(d));
    });
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules[0].name, QStringLiteral("gpu"));
    QCOMPARE(rules[0].rules.size(), 4);
    QCOMPARE(rules[0].rules[0].query, QStringLiteral("DCGM_FI_DEV_GPU_TEMP > 85"));
    // The rules are evaluated every 2 s: GpuTooHot fires for B's GPU 6.
    bool firing = false;
    for (int i = 0; i < 100 && !firing; ++i) {
        auto alerts = await<QList<PromAlert>>([this](QObject* c, PromCallback<QList<PromAlert>> d) {
            m_prom->alerts(c, std::move(d));
        });
        QVERIFY(alerts && alerts->ok());
        for (const PromAlert& a : alerts->value())
            if (a.labels.value(u"alertname") == QLatin1String("GpuTooHot") &&
                a.state == QLatin1String("firing")) {
                firing = true;
                QCOMPARE(a.labels.value(u"hostname"), QStringLiteral("gpu-node-b"));
                QCOMPARE(a.labels.value(u"gpu"), QStringLiteral("6"));
                QVERIFY(a.annotations.value(u"summary").contains(QLatin1String("gpu-node-b")));
            }
        if (!firing)
            QTest::qWait(200);
    }
    QVERIFY(firing);
}

void TestMetricsProm::alertmanagerAlertsAndSilences() {
    const QString fixtureSilence = m_server.ready().value(QStringLiteral("silenceId")).toString();
    bool active = false, suppressed = false;
    for (int i = 0; i < 150 && !(active && suppressed); ++i) {
        auto alerts = await<QList<AmAlert>>([this](QObject* c, PromCallback<QList<AmAlert>> d) {
            m_am->alerts({}, c, std::move(d));
        });
        QVERIFY(alerts && alerts->ok());
        for (const AmAlert& a : alerts->value()) {
            if (a.labels.value(u"alertname") == QLatin1String("GpuTooHot"))
                active = a.state == QLatin1String("active");
            if (a.labels.value(u"alertname") == QLatin1String("GpuFramebufferFull")) {
                suppressed = a.state == QLatin1String("suppressed") &&
                             a.silencedBy == QStringList{fixtureSilence};
                QVERIFY(a.startsAt.isValid());
            }
        }
        if (!(active && suppressed))
            QTest::qWait(200);
    }
    QVERIFY2(active, "GpuTooHot never reached the Alertmanager");
    QVERIFY2(suppressed, "GpuFramebufferFull is not silenced");
    AmAlertFilter onlyActive;
    onlyActive.silenced = false;
    AWAIT_OK(unsilenced, QList<AmAlert>, [&](QObject* c, PromCallback<QList<AmAlert>> d) {
        m_am->alerts(onlyActive, c, std::move(d));
    });
    for (const AmAlert& a : unsilenced)
        QVERIFY(a.state != QLatin1String("suppressed"));

    Silence s;
    s.matchers = {Matcher{QStringLiteral("alertname"), QStringLiteral("GpuTooHot")}};
    s.startsAt = QDateTime::currentDateTimeUtc();
    s.endsAt = s.startsAt.addSecs(3600);
    s.createdBy = QStringLiteral("tst_metrics_prom");
    s.comment = QStringLiteral("fan replacement scheduled");
    AWAIT_OK(id, QString,
             [&](QObject* c, PromCallback<QString> d) { m_am->createSilence(s, c, std::move(d)); });
    QVERIFY(!id.isEmpty());
    AWAIT_OK(silences, QList<Silence>, [this](QObject* c, PromCallback<QList<Silence>> d) {
        m_am->silences(c, std::move(d));
    });
    bool mine = false;
    for (const Silence& x : silences)
        if (x.id == id) {
            mine = true;
            QCOMPARE(x.state, QStringLiteral("active"));
            QCOMPARE(x.matchers, s.matchers);
            QCOMPARE(x.comment, s.comment);
        }
    QVERIFY(mine);
    AWAIT_OK(expired, bool,
             [&](QObject* c, PromCallback<bool> d) { m_am->expireSilence(id, c, std::move(d)); });
    QVERIFY(expired);
    AWAIT_OK(after, QList<Silence>, [this](QObject* c, PromCallback<QList<Silence>> d) {
        m_am->silences(c, std::move(d));
    });
    for (const Silence& x : after)
        if (x.id == id)
            QCOMPARE(x.state, QStringLiteral("expired"));
    // Alertmanager's own words for a bad silence.
    Silence bad = s;
    bad.matchers = {Matcher{QStringLiteral("alertname"), QStringLiteral("("), true}};
    auto refused = await<QString>(
        [&](QObject* c, PromCallback<QString> d) { m_am->createSilence(bad, c, std::move(d)); });
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().httpStatus, 400);
    QVERIFY2(refused->error().message.contains(QLatin1String("invalid regular expression")),
             qPrintable(refused->error().message));
    AWAIT_OK(status, AmStatus,
             [this](QObject* c, PromCallback<AmStatus> d) { m_am->status(c, std::move(d)); });
    QCOMPARE(status.version, QStringLiteral("0.25.0"));
}

void TestMetricsProm::brokenScrapeShowsInTargets() {
    // The A800's non-numeric line makes Prometheus reject the whole scrape: the target says why.
    QVERIFY(m_server.setExporterMode(QStringLiteral("gpu-node-b"), QStringLiteral("broken")));
    QString lastError;
    QString health;
    for (int i = 0; i < 100 && health != QLatin1String("down"); ++i) {
        auto targets = await<TargetList>(
            [this](QObject* c, PromCallback<TargetList> d) { m_prom->targets(c, std::move(d)); });
        QVERIFY(targets && targets->ok());
        for (const Target& t : targets->value().active)
            if (t.labels.value(u"instance") == QLatin1String("gpu-node-b:9400")) {
                health = t.health;
                lastError = t.lastError;
            }
        if (health != QLatin1String("down"))
            QTest::qWait(200);
    }
    QVERIFY(m_server.setExporterMode(QStringLiteral("gpu-node-b"), QStringLiteral("ok")));
    QCOMPARE(health, QStringLiteral("down"));
    QVERIFY2(!lastError.isEmpty(), "no scrape error reported");
    qInfo().noquote() << "Prometheus on the non-numeric scrape:" << lastError;
}

void TestMetricsProm::closedContextCancels() {
    bool called = false;
    {
        QObject context;
        m_prom->query({QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)")}, &context,
                      [&called](PromResult<QueryResult>) { called = true; });
    } // the view closed before the answer
    QTest::qWait(1500);
    QVERIFY(!called);
    AWAIT_OK(again, QueryResult, [this](QObject* c, PromCallback<QueryResult> d) {
        m_prom->query({QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)")}, c, std::move(d));
    });
    QCOMPARE(again.vector.size(), 1);
}

QTEST_GUILESS_MAIN(TestMetricsProm)
#include "tst_metrics_prom.moc"
