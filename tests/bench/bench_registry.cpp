// Cluster registry benchmarks (figures, not pass/fail):
//   test    — connection test of N virtual clusters (default 500) on the test API server with
//             injected latency (default 50 ms), all through the one HttpClient; baseline: the
//             real kubectl (as tests/e2e/kubefixture.py finds it) `get nodes` run per cluster one
//             after another (a sample of --kubectl-sample clusters, extrapolated to N). Without
//             kubectl, or when it fails, the run fails: there is no figure without its baseline.
//   refresh — background health refresh of N clusters (default 2,000): the longest event-loop
//             stall seen by a 5 ms timer during the refresh, and peak RSS.
//
//   bench_registry test [--clusters 500] [--latency 50] [--in-flight 256] [--kubectl-sample 20]
//                       [--legacy-tls]  (the HTTP core's TLS set-up before connection pools)
//   bench_registry refresh [--clusters 2000] [--latency 50] [--in-flight 256]
#include "registrytesthelpers.h"
#include "testutil.h"

#include "net/httpclient.h"
#include "registry/clusterregistryimpl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>

#include <cstdio>

using namespace fd::registry;

namespace {

QTextStream out(stdout);

int option(const QStringList& args, const QString& name, int fallback) {
    const int i = args.indexOf(name);
    return (i >= 0 && i + 1 < args.size()) ? args.at(i + 1).toInt() : fallback;
}

qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // Linux: kilobytes
}

QString vcName(int i) {
    return QStringLiteral("bench-%1").arg(i, 4, 10, QLatin1Char('0'));
}

ImportCandidate candidateFor(const fd::test::KubeTestServer& kube, int i) {
    ImportCandidate c;
    c.record.name = vcName(i);
    c.record.connection.endpoint.url = kube.url(vcName(i));
    c.record.connection.endpoint.tls.caPem = kube.caPem();
    c.record.kubeUser = QStringLiteral("admin");
    c.record.connection.auth = AuthKind::Token;
    c.record.datacenter = {QStringLiteral("hq-idc"), QStringLiteral("HQ IDC")};
    c.credentials.token = kube.token(QStringLiteral("admin")).toUtf8();
    return c;
}

bool importAll(fd::test::RegistryEnv& env, const fd::test::KubeTestServer& kube, int n) {
    QList<ImportCandidate> all;
    for (int i = 0; i < n; ++i)
        all << candidateFor(kube, i);
    const auto outcomes = fd::test::await<QList<ImportOutcome>>(
        [&](auto done) { env.registry->importClusters(all, env.registry.get(), done); }, 600000);
    for (const auto& o : outcomes)
        if (o.action == ImportOutcome::Action::Failed) {
            out << "import failed: " << o.error.message << '\n';
            return false;
        }
    return true;
}

struct Setup {
    fd::test::KubeTestServer kube;
    std::unique_ptr<fd::test::RegistryEnv> env;
};

bool prepare(Setup& s, int clusters, int latencyMs, int inFlight) {
    if (!s.kube.start()) {
        out << "test server: " << s.kube.errorString() << '\n';
        return false;
    }
    s.env = std::make_unique<fd::test::RegistryEnv>();
    if (!s.env->error.isEmpty()) {
        out << "registry: " << s.env->error << '\n';
        return false;
    }
    // All virtual clusters live on one host:port here; real fleets spread over many hosts, so
    // the per-host connection limit is raised to the in-flight cap for a fair picture.
    if (qApp->arguments().contains(QLatin1String("--legacy-tls")))
        s.env->http->setLegacyTlsForBenchmark(true);
    s.env->http->setMaxConnectionsPerHost(inFlight);
    s.env->http->setMaxRequestsInFlight(inFlight);
    s.env->registry->setMaxRequestsInFlight(inFlight);
    QElapsedTimer t;
    t.start();
    if (!importAll(*s.env, s.kube, clusters))
        return false;
    out << "imported " << clusters << " clusters in " << t.elapsed() << " ms\n";
    // Warm the virtual clusters (created on first use) without latency, then set it.
    s.env->registry->setRefreshInterval(0);
    QEventLoop warm;
    QObject::connect(s.env->registry.get(), &ClusterRegistry::refreshFinished, &warm,
                     &QEventLoop::quit);
    s.env->registry->refreshNow();
    warm.exec();
    s.kube.setKnobs(
        {{QStringLiteral("latencyMs"), latencyMs}, {QStringLiteral("allClusters"), true}});
    out.flush();
    return true;
}

int runTest(const QStringList& args) {
    const int n = option(args, QStringLiteral("--clusters"), 500);
    const int latency = option(args, QStringLiteral("--latency"), 50);
    const int inFlight = option(args, QStringLiteral("--in-flight"), 256);
    const int sample = option(args, QStringLiteral("--kubectl-sample"), 20);
    Setup s;
    if (!prepare(s, n, latency, inFlight))
        return 1;

    QElapsedTimer t;
    t.start();
    const qint64 cpuBefore = threadCpuNs();
    const double serverCpuBefore =
        s.kube.fixture(QStringLiteral("stats"), {}).value(QStringLiteral("cpuSeconds")).toDouble();
    t.restart(); // the fixture call above is not part of the test
    QEventLoop loop;
    int pending = n;
    int ok = 0;
    for (const auto& r : s.env->registry->clusters())
        s.env->registry->testCluster(r.id, &loop, [&](ConnectionReport report) {
            ok += report.ok ? 1 : 0;
            if (--pending == 0)
                loop.quit();
        });
    loop.exec();
    const double fleetdeckMs = double(t.nsecsElapsed()) / 1e6;
    const double cpuMs = double(threadCpuNs() - cpuBefore) / 1e6;
    const fd::net::HttpClient::Stats stats = s.env->http->stats();
    const double serverCpuMs = (s.kube.fixture(QStringLiteral("stats"), {})
                                    .value(QStringLiteral("cpuSeconds"))
                                    .toDouble() -
                                serverCpuBefore) *
                               1000.0;
    out << QStringLiteral(
               "fleetdeck: connection test of %1 clusters (%2 ms latency, %3 in flight): "
               "%4 ms wall, %5 ok; main thread on CPU %6 ms; since start %7 requests on %8 new "
               "connections (%9 TLS sessions resumed); test server on CPU %10 ms\n")
               .arg(n)
               .arg(latency)
               .arg(inFlight)
               .arg(fleetdeckMs, 0, 'f', 0)
               .arg(ok)
               .arg(cpuMs, 0, 'f', 0)
               .arg(stats.requests)
               .arg(stats.connectionsOpened)
               .arg(stats.tlsSessionsResumed)
               .arg(serverCpuMs, 0, 'f', 0);
    out.flush();

    // The baseline is part of the figure: without kubectl (or a sample) the run fails.
    QString noKubectl;
    const QString kubectl = fd::test::findKubectl(&noKubectl);
    if (kubectl.isEmpty()) {
        out << "kubectl: " << noKubectl << '\n';
        return 1;
    }
    if (sample <= 0) {
        out << "--kubectl-sample must be at least 1: the baseline is kubectl\n";
        return 2;
    }
    double kubectlMs = 0;
    const int runs = std::min(sample, n);
    for (int i = 0; i < runs; ++i) {
        const QString kc = s.env->dir.filePath(QStringLiteral("kc-%1.yaml").arg(i));
        s.kube.writeKubeconfig(kc, QStringLiteral("admin"),
                               fd::test::KubeTestServer::AuthKind::Token, vcName(i));
        QElapsedTimer k;
        k.start();
        QProcess p;
        p.start(kubectl, {QStringLiteral("--kubeconfig"), kc, QStringLiteral("get"),
                          QStringLiteral("nodes")});
        p.waitForFinished(60000);
        kubectlMs += double(k.nsecsElapsed()) / 1e6;
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            out << "kubectl failed: " << p.readAllStandardError() << '\n';
            return 1; // a failed baseline is no figure
        }
    }
    const double perCluster = kubectlMs / runs;
    const double extrapolated = perCluster * n;
    out << QStringLiteral("kubectl get nodes, one cluster after another: %1 ms per cluster "
                          "(sample of %2), extrapolated to %3 clusters: %4 ms\n")
               .arg(perCluster, 0, 'f', 1)
               .arg(runs)
               .arg(n)
               .arg(extrapolated, 0, 'f', 0);
    out << QStringLiteral("ratio (kubectl sequential / fleetdeck): %1x\n")
               .arg(extrapolated / fleetdeckMs, 0, 'f', 1);
    out << QStringLiteral("peak RSS: %1 MB\n").arg(peakRssMb(), 0, 'f', 1);
    out.flush();
    return 0;
}

int runRefresh(const QStringList& args) {
    const int n = option(args, QStringLiteral("--clusters"), 2000);
    const int latency = option(args, QStringLiteral("--latency"), 50);
    const int inFlight = option(args, QStringLiteral("--in-flight"), 256);
    Setup s;
    if (!prepare(s, n, latency, inFlight))
        return 1;
    const double rssBefore = peakRssMb();

    // The probe: a 5 ms timer; any lateness beyond its period is time the event loop was busy
    // — or, on a shared machine, time this process was not scheduled (the Python test server
    // and other builds compete for the cores). The main thread's CPU time during each gap
    // tells the two apart: the busy part is what Fleetdeck's own work blocked the loop.
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 lastCpu = threadCpuNs();
    double worstStallMs = 0;
    double worstStallCpuMs = 0;
    double worstBusyMs = 0;
    QList<double> lateness;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const double late = std::max(0.0, double(now - last) / 1e6 - 5.0);
        const double busy = double(cpu - lastCpu) / 1e6;
        lateness << late;
        if (late > worstStallMs) {
            worstStallMs = late;
            worstStallCpuMs = busy;
        }
        worstBusyMs = std::max(worstBusyMs, std::min(late, busy));
        last = now;
        lastCpu = cpu;
    });
    int signals = 0;
    int updated = 0;
    QObject::connect(s.env->registry.get(), &ClusterRegistry::healthChanged,
                     [&](const QList<qint64>& ids) {
                         ++signals;
                         updated += int(ids.size());
                     });
    QEventLoop loop;
    QObject::connect(s.env->registry.get(), &ClusterRegistry::refreshFinished, &loop,
                     &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    last = clock.nsecsElapsed();
    probe.start();
    s.env->registry->refreshNow();
    loop.exec();
    probe.stop();
    out << QStringLiteral("fleetdeck: health refresh of %1 clusters (%2 ms latency, %3 in flight): "
                          "%4 ms wall; %5 healthChanged signals for %6 updates\n")
               .arg(n)
               .arg(latency)
               .arg(inFlight)
               .arg(t.elapsed())
               .arg(signals)
               .arg(updated);
    std::sort(lateness.begin(), lateness.end());
    const double p99 =
        lateness.isEmpty() ? 0 : lateness.at(int(double(lateness.size() - 1) * 0.99));
    out << QStringLiteral("longest event-loop stall (5 ms probe): %1 ms (main thread on CPU %2 ms "
                          "of it); longest stall spent on CPU: %3 ms; p99 lateness %4 ms "
                          "(target < 50 ms)\n")
               .arg(worstStallMs, 0, 'f', 1)
               .arg(worstStallCpuMs, 0, 'f', 1)
               .arg(worstBusyMs, 0, 'f', 1)
               .arg(p99, 0, 'f', 1);
    out << QStringLiteral("peak RSS: %1 MB (%2 MB before the refresh)\n")
               .arg(peakRssMb(), 0, 'f', 1)
               .arg(rssBefore, 0, 'f', 1);
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    // Per-request debug lines would be part of what is measured.
    QLoggingCategory::setFilterRules(QStringLiteral("fd.*.debug=false"));
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("test"))
        return runTest(args);
    if (args.value(0) == QLatin1String("refresh"))
        return runRefresh(args);
    std::fprintf(stderr, "usage: bench_registry test|refresh [--clusters N] [--latency MS] "
                         "[--in-flight N] [--kubectl-sample N]\n");
    return 2;
}
