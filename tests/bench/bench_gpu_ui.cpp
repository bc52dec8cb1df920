// GPU dashboards, end to end in the real widgets (offscreen): from asking to the first paint
// with data of the fleet view (heat map) and of one node's page (six charts), on a real
// Prometheus holding 7 days × 32 GPUs at 30 s (tests/servers/prometheus, scenario bench; the
// first run per hour generates the history: minutes). Baselines in the same run: `curl` of the
// same Prometheus requests (the raw transfer), and the UI-thread stall of an idle event loop.
//
//   bench_gpu_ui [--scenario bench|ci] [--runs 3] [--smoke]
//
// Prints per view: time to first paint with data (median), curl's time for its requests, the
// ratio, the longest UI-thread stall while it loaded (a 2 ms timer's worst lateness) against the
// idle loop's, and the peak RSS growth. Figures, not a pass/fail test.
#include "metrics/dcgmqueries.h"
#include "metrics/fleetheatmap.h"
#include "metrics/gpuchart.h"
#include "metrics/gpudashboard.h"
#include "metrics/promclient.h"
#include "metrics/querystep.h"
#include "net/httpclient.h"
#include "promtestserver.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fd::metrics;
using fd::widgets::GpuDashboard;

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

QString encode(const QList<std::pair<QString, QString>>& items) {
    QString out;
    for (const auto& [k, v] : items)
        out += (out.isEmpty() ? QString() : QStringLiteral("&")) +
               QString::fromLatin1(QUrl::toPercentEncoding(k)) + QLatin1Char('=') +
               QString::fromLatin1(QUrl::toPercentEncoding(v));
    return out;
}

QString seconds(qint64 ms) {
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

double curlMs(const QStringList& urls) {
    QStringList args{QStringLiteral("-s"), QStringLiteral("--parallel"),
                     QStringLiteral("--parallel-immediate"), QStringLiteral("--parallel-max"),
                     QStringLiteral("64")};
    for (const QString& url : urls)
        args << QStringLiteral("-o") << QStringLiteral("/dev/null") << url;
    QProcess curl;
    QElapsedTimer t;
    t.start();
    curl.start(QStringLiteral("curl"), args);
    curl.waitForFinished(600000);
    return double(t.nsecsElapsed()) / 1e6;
}

// The worst lateness of a 2 ms timer on the UI thread while it runs: how long the thread was
// unable to handle input or paint.
class StallMeter final : public QObject {
public:
    StallMeter() {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last - 2'000'000);
            m_last = now;
        });
    }
    void start() {
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stopMs() {
        m_timer.stop();
        return double(std::max<qint64>(0, m_worst)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// Runs the loop until `done` holds after a paint of one of `watched`; returns false on timeout.
class PaintWaiter final : public QObject {
public:
    PaintWaiter(const QList<QWidget*>& watched, std::function<bool()> done)
        : m_done(std::move(done)) {
        for (QWidget* w : watched)
            w->installEventFilter(this);
    }
    bool wait(int timeoutMs) {
        QTimer::singleShot(timeoutMs, &m_loop, [this] { m_loop.exit(1); });
        return m_loop.exec() == 0;
    }

protected:
    bool eventFilter(QObject* o, QEvent* e) override {
        if (e->type() == QEvent::Paint && m_done()) {
            // After this paint has happened.
            QTimer::singleShot(0, &m_loop, [this] { m_loop.exit(0); });
        }
        return QObject::eventFilter(o, e);
    }

private:
    std::function<bool()> m_done;
    QEventLoop m_loop;
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QString scenario = QStringLiteral("bench");
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == QLatin1String("--scenario") && i + 1 < args.size())
            scenario = args[++i];
        else if (a == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--smoke")) {
            scenario = QStringLiteral("ci");
            runs = 1;
        } else {
            std::fprintf(stderr,
                         "usage: bench_gpu_ui [--scenario bench|ci] [--runs 3] [--smoke]\n");
            return 2;
        }
    }
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        std::fprintf(stderr, "curl: not found (the baseline)\n");
        return 1;
    }
    fd::test::PromTestServer server;
    fd::test::PromTestServer::Options options;
    options.scenario = scenario;
    options.alertmanager = false;
    if (!server.start(options)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString prom = server.prometheusUrl();
    const QString node = scenario == QLatin1String("bench") ? QStringLiteral("bench-node-01")
                                                            : QStringLiteral("gpu-node-b");
    fd::net::HttpClient http;
    PromClient client(fd::net::Endpoint{prom, {}, {}}, noAuth(), &http);
    client.setMaxResponseBytes(qint64(256) << 20);

    // Baseline: the UI thread's worst lateness with nothing to do.
    StallMeter meter;
    meter.start();
    {
        QEventLoop idle;
        QTimer::singleShot(1500, &idle, &QEventLoop::quit);
        idle.exec();
    }
    const double idleStall = meter.stopMs();

    std::vector<double> fleetMs, nodeMs, fleetStall, nodeStall, fleetCurl, nodeCurl;
    qint64 hwmGrowth = 0;
    int gpus = 0;
    for (int run = 0; run < runs + 1; ++run) { // the first run warms caches and is not counted
        const qint64 hwmBefore = statusKiB("VmHWM:");
        GpuDashboard dash;
        dash.resize(1600, 1000);
        dash.setRangeIndex(4); // 7 days
        dash.show();
        QCoreApplication::processEvents();
        auto* heat = dash.heatMap();
        PaintWaiter fleetPainted({heat}, [heat] { return !heat->fleet().nodes.isEmpty(); });
        QElapsedTimer t;
        meter.start();
        t.start();
        dash.setClient(&client);
        if (!fleetPainted.wait(600000)) {
            std::fprintf(stderr, "the fleet view did not paint data\n");
            return 1;
        }
        const double fleet = double(t.nsecsElapsed()) / 1e6;
        const double fleetWorst = meter.stopMs();
        gpus = heat->fleet().gpuCount();
        // Let the fleet refresh (health) finish before timing the node page.
        QEventLoop settle;
        QObject::connect(&dash, &GpuDashboard::loaded, &settle, &QEventLoop::quit);
        if (!dash.refreshButtonEnabled())
            settle.exec();

        // Each chart is drawn when its answer is in, in whichever order they come: the page is
        // complete when the last of them has painted all its lines.
        const QList<GpuMetric> nodeMetrics{GpuMetric::Utilization, GpuMetric::MemoryUsed,
                                           GpuMetric::MemoryFree,  GpuMetric::Temperature,
                                           GpuMetric::Power,       GpuMetric::SmClock};
        QList<fd::widgets::GpuChart*> charts;
        QList<QWidget*> viewports;
        for (GpuMetric m : nodeMetrics) {
            charts << dash.chart(m);
            viewports << charts.last()->view()->viewport();
        }
        auto* chart = charts.last();
        PaintWaiter nodePainted(viewports, [charts] {
            return std::all_of(charts.begin(), charts.end(), [](fd::widgets::GpuChart* c) {
                return c->lineCount() > 0 && !c->isFilling();
            });
        });
        meter.start();
        t.restart();
        dash.showNode(node);
        if (!nodePainted.wait(600000)) {
            std::fprintf(stderr, "the node page did not paint data\n");
            return 1;
        }
        const double nodeTime = double(t.nsecsElapsed()) / 1e6;
        const double nodeWorst = meter.stopMs();
        const qint64 growth = statusKiB("VmHWM:") - hwmBefore;

        // The same requests by curl.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QStringList fleetUrls{prom + QStringLiteral("/api/v1/query?") +
                                    encode({{QStringLiteral("query"), latestValuesQuery()},
                                            {QStringLiteral("time"), seconds(now)}})};
        SeriesRequest req;
        req.metrics = nodeMetrics;
        req.node = node;
        req.rangeMs = dash.rangeMs();
        req.widthPx = std::max(200, chart->width());
        GpuMetrics core(&client);
        const qint64 step = core.stepFor(req);
        const TimeWindow w = alignedWindow(now, req.rangeMs, step);
        const qint64 window = rollupWindow(step, core.scrapeIntervalMs());
        QStringList nodeUrls;
        for (GpuMetric m : req.metrics)
            nodeUrls << prom + QStringLiteral("/api/v1/query_range?") +
                            encode({{QStringLiteral("query"),
                                     gpuMetricExpr(m, Rollup::Avg, window, {}, node)},
                                    {QStringLiteral("start"), seconds(w.startMs)},
                                    {QStringLiteral("end"), seconds(w.endMs)},
                                    {QStringLiteral("step"), seconds(w.stepMs)}});
        const double fc = curlMs(fleetUrls);
        const double nc = curlMs(nodeUrls);
        if (run == 0)
            continue;
        fleetMs.push_back(fleet);
        nodeMs.push_back(nodeTime);
        fleetStall.push_back(fleetWorst);
        nodeStall.push_back(nodeWorst);
        fleetCurl.push_back(fc);
        nodeCurl.push_back(nc);
        hwmGrowth = std::max(hwmGrowth, growth);
        dash.setClient(nullptr);
    }
    const double f = median(fleetMs), fc = median(fleetCurl), n = median(nodeMs),
                 nc = median(nodeCurl);
    std::printf("fleet view (%s, 7 days, %d GPUs): first paint with data %.1f ms vs curl %.1f ms, "
                "ratio %.2fx; longest UI stall %.1f ms (idle loop %.1f ms)\n",
                qPrintable(scenario), gpus, f, fc, fc > 0 ? f / fc : 0.0,
                *std::max_element(fleetStall.begin(), fleetStall.end()), idleStall);
    std::printf("node page (%s, 6 charts): first paint with data %.1f ms vs curl %.1f ms, ratio "
                "%.2fx; longest UI stall %.1f ms (idle loop %.1f ms)\n",
                qPrintable(node), n, nc, nc > 0 ? n / nc : 0.0,
                *std::max_element(nodeStall.begin(), nodeStall.end()), idleStall);
    std::printf("peak rss growth per dashboard: %.1f MB\n", double(hwmGrowth) / 1024.0);
    server.stop();
    return 0;
}
