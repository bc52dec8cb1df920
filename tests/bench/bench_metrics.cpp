// GPU metrics benchmark: fetch + decode + downsample of the fleet view and of one node's page
// through Fleetdeck's core (GpuMetrics over PromClient over the HTTP core) against `curl` of
// the very same requests, on a real Prometheus holding 7 days × 32 GPUs of dcgm-exporter data
// at 30 s (generated and backfilled for the bench by tests/servers/prometheus/fixture.py
// --scenario bench; the first run per hour pays for generating it).
//
//   bench_metrics [--scenario bench|ci] [--range 7d] [--width 1600] [--runs 5] [--smoke]
//
// Prints, per view and resolution: Fleetdeck's wall time (median), curl's wall time for the same
// requests run just as concurrently, the bytes transferred, the ratio, points received and kept,
// and the peak RSS growth while Fleetdeck handled the view. Figures, not a pass/fail test.
#include "metrics/duration.h"
#include "metrics/gpumetrics.h"
#include "net/httpclient.h"

#include "promtestserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace fd::metrics;

namespace {

qint64 statusKiB(const char* field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return 0;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// What one view sends: the same requests GpuMetrics builds.
struct ViewRequests {
    QStringList urls;
};

QString encode(const QList<std::pair<QString, QString>>& items) {
    QString out;
    for (const auto& [k, v] : items)
        out += (out.isEmpty() ? QString() : QStringLiteral("&")) +
               QString::fromLatin1(QUrl::toPercentEncoding(k)) + QLatin1Char('=') +
               QString::fromLatin1(QUrl::toPercentEncoding(v));
    return out;
}

QString seconds(qint64 ms) {
    return ms % 1000 == 0 ? QString::number(ms / 1000)
                          : QString::number(double(ms) / 1000.0, 'f', 3);
}

ViewRequests requestsFor(const QString& prom, const GpuMetrics& gpus, const SeriesRequest& req,
                         bool withFleet, qint64 atMs) {
    ViewRequests v;
    if (withFleet)
        v.urls << prom + QStringLiteral("/api/v1/query?") +
                      encode({{QStringLiteral("query"), latestValuesQuery()},
                              {QStringLiteral("time"), seconds(atMs)},
                              {QStringLiteral("timeout"), QStringLiteral("30")}});
    const qint64 step = gpus.stepFor(req);
    const TimeWindow w = alignedWindow(req.endMs, req.rangeMs, step);
    const qint64 window = rollupWindow(step, gpus.scrapeIntervalMs());
    for (GpuMetric m : req.metrics)
        v.urls << prom + QStringLiteral("/api/v1/query_range?") +
                      encode({{QStringLiteral("query"),
                               gpuMetricExpr(m, Rollup::Avg, window, {}, req.node)},
                              {QStringLiteral("start"), seconds(w.startMs)},
                              {QStringLiteral("end"), seconds(w.endMs)},
                              {QStringLiteral("step"), seconds(w.stepMs)},
                              {QStringLiteral("timeout"), QStringLiteral("60")}});
    return v;
}

struct CurlRun {
    double ms = 0;
    qint64 bytes = 0;
};

// All of a view's requests at once, as Fleetdeck sends them.
CurlRun runCurl(const ViewRequests& v) {
    QStringList args{QStringLiteral("-s"), QStringLiteral("--parallel"),
                     QStringLiteral("--parallel-immediate"), QStringLiteral("--parallel-max"),
                     QStringLiteral("64")};
    for (const QString& url : v.urls)
        args << QStringLiteral("-o") << QStringLiteral("/dev/null") << QStringLiteral("-w")
             << QStringLiteral("%{size_download}\\n") << url;
    QProcess curl;
    QElapsedTimer t;
    t.start();
    curl.start(QStringLiteral("curl"), args);
    curl.waitForFinished(600000);
    CurlRun r;
    r.ms = double(t.nsecsElapsed()) / 1e6;
    for (const QByteArray& line : curl.readAllStandardOutput().split('\n'))
        r.bytes += line.trimmed().toLongLong();
    return r;
}

// Decode + downsample alone, on this thread, over the bodies curl fetched: the CPU Fleetdeck adds.
struct LocalRun {
    double ms = 0;
    qint64 bytes = 0;
};

LocalRun decodeLocally(const ViewRequests& v, const SeriesRequest& req, qint64 stepMs,
                       const TimeWindow& w) {
    LocalRun out;
    std::vector<QByteArray> bodies;
    for (const QString& url : v.urls) {
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), url});
        curl.waitForFinished(600000);
        bodies.push_back(curl.readAllStandardOutput());
        out.bytes += bodies.back().size();
    }
    QElapsedTimer t;
    t.start();
    for (const QByteArray& body : bodies) {
        auto r = decodeQueryResult(body, QStringLiteral("bench"));
        if (!r)
            continue;
        for (const Series& s : r->matrix)
            (void)downsampleForWidth(s.points, stepMs, w.startMs, w.endMs, req.widthPx, req.method);
    }
    out.ms = double(t.nsecsElapsed()) / 1e6;
    return out;
}

struct FdRun {
    double ms = 0;
    qint64 received = 0;
    qint64 kept = 0;
    int series = 0;
    QString error;
};

FdRun runFleetdeck(GpuMetrics& gpus, const SeriesRequest& req, bool withFleet, qint64 atMs) {
    QEventLoop loop;
    int pending = withFleet ? 2 : 1;
    FdRun r;
    QObject context;
    QElapsedTimer t;
    t.start();
    auto done = [&] {
        if (--pending == 0) {
            r.ms = double(t.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    };
    if (withFleet)
        gpus.fleet(
            &context,
            [&](PromResult<Fleet> f) {
                if (!f)
                    r.error = f.error().message;
                done();
            },
            atMs);
    gpus.series(req, &context, [&](PromResult<SeriesSet> s) {
        if (!s) {
            r.error = s.error().message;
        } else {
            r.received = s->receivedPoints;
            r.kept = s->keptPoints;
            for (const MetricSeries& m : s->metrics)
                r.series += int(m.series.size());
        }
        done();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    return r;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QString scenario = QStringLiteral("bench");
    QString rangeText = QStringLiteral("7d");
    int width = 1600;
    int runs = 5;
    bool smoke = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        auto next = [&] { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--scenario"))
            scenario = next();
        else if (a == QLatin1String("--range"))
            rangeText = next();
        else if (a == QLatin1String("--width"))
            width = next().toInt();
        else if (a == QLatin1String("--runs"))
            runs = qMax(1, next().toInt());
        else if (a == QLatin1String("--smoke"))
            smoke = true;
        else {
            std::fprintf(stderr, "usage: bench_metrics [--scenario bench|ci] [--range 7d] "
                                 "[--width 1600] [--runs 5] [--smoke]\n");
            return 2;
        }
    }
    if (smoke) {
        scenario = QStringLiteral("ci");
        rangeText = QStringLiteral("1d");
        runs = 1;
    }
    const auto range = parseDurationMs(rangeText);
    if (!range) {
        std::fprintf(stderr, "bad --range\n");
        return 2;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        std::fprintf(stderr, "curl: not found (the baseline)\n");
        return 1;
    }

    fd::test::PromTestServer server;
    fd::test::PromTestServer::Options options;
    options.scenario = scenario;
    options.alertmanager = false;
    QElapsedTimer startup;
    startup.start();
    if (!server.start(options)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QJsonObject phases = server.ready().value(QStringLiteral("startupSeconds")).toObject();
    std::printf("prometheus fixture (%s): ready in %.2f s (history %.2f s%s, recent %.2f s, "
                "servers %.2f s)\n",
                qPrintable(scenario), double(startup.elapsed()) / 1000.0,
                phases.value(QStringLiteral("history")).toDouble(),
                phases.value(QStringLiteral("historyFromCache")).toBool() ? " from cache"
                                                                          : " generated",
                phases.value(QStringLiteral("recent")).toDouble(),
                phases.value(QStringLiteral("servers")).toDouble());

    fd::net::HttpClient http;
    PromClient prom(fd::net::Endpoint{server.prometheusUrl(), {}, {}}, noAuth(), &http);
    prom.setMaxResponseBytes(qint64(256) << 20);
    GpuMetrics gpus(&prom);
    gpus.setScrapeIntervalMs(30000);
    const qint64 end = server.anchorMs();
    const QString node = scenario == QLatin1String("bench") ? QStringLiteral("bench-node-01")
                                                            : QStringLiteral("gpu-node-b");

    struct View {
        const char* name;
        bool fleet;
        SeriesRequest req;
    };
    std::vector<View> views;
    for (Resolution res : {Resolution::Chart, Resolution::Full}) {
        SeriesRequest fleetReq;
        fleetReq.metrics = {GpuMetric::Utilization};
        fleetReq.rangeMs = *range;
        fleetReq.endMs = end;
        fleetReq.widthPx = width;
        fleetReq.resolution = res;
        fleetReq.method = DownsampleMethod::MinMax;
        views.push_back({"fleet view", true, fleetReq});
        SeriesRequest nodeReq = fleetReq;
        nodeReq.metrics = {GpuMetric::Utilization, GpuMetric::MemoryUsed, GpuMetric::MemoryFree,
                           GpuMetric::Temperature, GpuMetric::Power,      GpuMetric::SmClock};
        nodeReq.node = node;
        nodeReq.method = DownsampleMethod::Lttb;
        views.push_back({"node view", false, nodeReq});
    }

    double worst = 0;
    for (const View& v : views) {
        const ViewRequests requests =
            requestsFor(server.prometheusUrl(), gpus, v.req, v.fleet, end);
        const bool chart = v.req.resolution == Resolution::Chart;
        // Warm-up: Prometheus's and the OS's caches, our connections.
        runCurl(requests);
        const qint64 hwmBefore = statusKiB("VmHWM:");
        const qint64 rssBefore = statusKiB("VmRSS:");
        FdRun first = runFleetdeck(gpus, v.req, v.fleet, end);
        const qint64 peakGrowth = statusKiB("VmHWM:") - std::max(hwmBefore, rssBefore);
        if (!first.error.isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", v.name, qPrintable(first.error));
            return 1;
        }
        std::vector<double> fdMs, curlMs;
        qint64 bytes = 0;
        for (int i = 0; i < runs; ++i) {
            // Alternate who goes first so neither always meets a warmer server.
            if (i % 2 == 0) {
                fdMs.push_back(runFleetdeck(gpus, v.req, v.fleet, end).ms);
                const CurlRun c = runCurl(requests);
                curlMs.push_back(c.ms);
                bytes = c.bytes;
            } else {
                const CurlRun c = runCurl(requests);
                curlMs.push_back(c.ms);
                bytes = c.bytes;
                fdMs.push_back(runFleetdeck(gpus, v.req, v.fleet, end).ms);
            }
        }
        const qint64 step = gpus.stepFor(v.req);
        const LocalRun local =
            decodeLocally(requests, v.req, step, alignedWindow(v.req.endMs, v.req.rangeMs, step));
        struct rusage children {};
        getrusage(RUSAGE_CHILDREN, &children);
        const double fd = median(fdMs), curl = median(curlMs);
        const double ratio = curl > 0 ? fd / curl : 0;
        worst = std::max(worst, ratio);
        std::printf("%s (%s, %s, %d px, step %s, %lld requests): fleetdeck %.1f ms vs curl %.1f "
                    "ms for %.2f MB — ratio %.2fx; points %lld received, %lld kept in %d series; "
                    "peak rss growth %+.1f MB (curl max rss %.1f MB); decode+downsample alone "
                    "%.1f ms (%.0f MB/s)\n",
                    v.name, chart ? "chart" : "full", qPrintable(rangeText), width,
                    qPrintable(formatDuration(gpus.stepFor(v.req))),
                    static_cast<long long>(requests.urls.size()), fd, curl, double(bytes) / 1e6,
                    ratio, static_cast<long long>(first.received),
                    static_cast<long long>(first.kept), first.series, double(peakGrowth) / 1024.0,
                    double(children.ru_maxrss) / 1024.0, local.ms,
                    local.ms > 0 ? double(local.bytes) / 1e3 / local.ms : 0.0);
        std::fflush(stdout);
    }
    std::printf("worst ratio (fleetdeck / curl): %.2fx\n", worst);
    server.stop();
    return 0;
}
