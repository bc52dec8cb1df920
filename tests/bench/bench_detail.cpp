// Benchmark: opening the cluster detail of a large cluster (default 5,006 nodes, 2,000 events)
// in the real dialog, offscreen, through the registry's connection: time until the nodes are
// listed and the pods counted, and the longest stall of the UI thread's event loop meanwhile
// (a 5 ms probe timer; its lateness is time the loop was busy). Baselines in the same run: the
// raw transfer of the same three lists (no decoding, no models), and the probe's lateness while
// the loop is idle for as long (the machine's own noise). Figures only, never pass/fail.
//
//   bench_detail [--nodes 5000] [--events 2000] [--smoke]

#include "clusters/clusterdetaildialog.h"
#include "kubetestserver.h"
#include "net/httpclient.h"
#include "net/synchttp.h"
#include "registry/clusterregistryimpl.h"
#include "registrytesthelpers.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

int option(const QStringList& args, const QString& name, int fallback) {
    const int i = args.indexOf(name);
    return (i >= 0 && i + 1 < args.size()) ? args.at(i + 1).toInt() : fallback;
}

// Watches the event loop with a 5 ms timer while `running()` holds; returns the lateness list.
QList<double> probe(const std::function<bool()>& running, int timeoutMs) {
    QList<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    QEventLoop loop;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness << std::max(0.0, double(now - last) / 1e6 - 5.0);
        last = now;
        if (!running() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    timer.start();
    loop.exec();
    return lateness;
}

double percentile(QList<double> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(int(double(values.size() - 1) * p));
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fd.*.debug=false"));
    const QStringList args = app.arguments().mid(1);
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const int nodes = option(args, QStringLiteral("--nodes"), smoke ? 200 : 5000);
    const int events = option(args, QStringLiteral("--events"), smoke ? 100 : 2000);

    fd::test::KubeTestServer kube;
    fd::test::KubeTestServer::Options options;
    options.nodes = nodes;
    options.events = events;
    if (!kube.start(options)) {
        std::printf("test server: %s\n", qPrintable(kube.errorString()));
        return 1;
    }
    fd::test::RegistryEnv env;
    if (!env.error.isEmpty()) {
        std::printf("registry: %s\n", qPrintable(env.error));
        return 1;
    }
    fd::registry::ImportCandidate c;
    c.record.name = QStringLiteral("large");
    c.record.connection.endpoint.url = kube.url();
    c.record.connection.endpoint.tls.caPem = kube.caPem();
    c.record.kubeUser = QStringLiteral("admin");
    c.record.connection.auth = fd::registry::AuthKind::Token;
    c.credentials.token = kube.token(QStringLiteral("admin")).toUtf8();
    const auto outcomes = fd::test::await<QList<fd::registry::ImportOutcome>>(
        [&](auto done) { env.registry->importClusters({c}, env.registry.get(), done); });
    if (outcomes.isEmpty() || outcomes.first().id == 0) {
        std::printf("import failed\n");
        return 1;
    }
    const qint64 id = outcomes.first().id;

    // Baseline 1: the three lists as raw bytes, no decoding.
    QElapsedTimer raw;
    raw.start();
    qint64 rawBytes = 0;
    for (const char* path : {"/api/v1/nodes?resourceVersion=0",
                             "/api/v1/"
                             "pods?resourceVersion=0&fieldSelector=status.phase%21%3DSucceeded%"
                             "2Cstatus.phase%21%3DFailed",
                             "/api/v1/events?limit=500"}) {
        fd::net::Request r;
        r.url = QUrl(kube.url() + QLatin1String(path));
        r.tls.caPem = kube.caPem();
        r.headers.append({"Authorization", "Bearer " + kube.token().toUtf8()});
        r.maxResponseBytes = qint64(512) << 20;
        const fd::net::Reply reply = fd::net::sendAndWait(std::move(r));
        rawBytes += reply.response.body.size();
    }
    const double rawMs = double(raw.nsecsElapsed()) / 1e6;

    // Baseline 2: the probe on an idle loop for about as long.
    QElapsedTimer idle;
    idle.start();
    const QList<double> idleLateness =
        probe([&] { return idle.elapsed() < std::max<qint64>(500, qint64(rawMs)); }, 60000);

    // The detail, opened as the user opens it.
    QElapsedTimer open;
    open.start();
    fd::widgets::ClusterDetailDialog detail(env.registry.get(), id);
    detail.show();
    const QList<double> lateness = probe([&] { return !detail.isLoaded(); }, 120000);
    const double openMs = double(open.nsecsElapsed()) / 1e6;
    const int rows = detail.nodesModel()->rowCount();
    // Switching to the nodes tab lays the big table out: part of opening it.
    QElapsedTimer tab;
    tab.start();
    detail.tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    const double tabMs = double(tab.nsecsElapsed()) / 1e6;

    std::printf("cluster: %d nodes listed, %d events (%lld bytes of raw lists)\n", rows, events,
                static_cast<long long>(rawBytes));
    std::printf("raw transfer of the three lists: %.0f ms\n", rawMs);
    std::printf("detail open until loaded: %.0f ms (ratio to raw transfer %.2fx)\n", openMs,
                openMs / std::max(1.0, rawMs));
    std::printf(
        "longest UI stall while opening: %.1f ms, p99 %.1f ms (idle loop: longest %.1f ms, "
        "p99 %.1f ms; target < 50 ms)\n",
        lateness.isEmpty() ? 0 : *std::max_element(lateness.begin(), lateness.end()),
        percentile(lateness, 0.99),
        idleLateness.isEmpty() ? 0 : *std::max_element(idleLateness.begin(), idleLateness.end()),
        percentile(idleLateness, 0.99));
    std::printf("switching to the Nodes tab: %.1f ms\n", tabMs);
    std::fflush(stdout);
    detail.close();
    return rows == nodes + 6 ? 0 : 1;
}
