// Benchmark: list and decode N nodes (default 5,000) from the test API server through
// KubeClient, against a baseline in the same run: the same GET through fd::net without any
// decoding (transfer only). Prints wall times (median of --runs), the split into transfer and
// decode, and the peak RSS growth of this process. Not a timed test: figures only.
//
//   bench_kubelist [--nodes 5000] [--runs 5] [--smoke]

#include "kube/kubeclient.h"
#include "kube/kubedecode.h"
#include "kubeawait.h"
#include "kubetestserver.h"
#include "net/httpclient.h"
#include "net/synchttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace fd::kube;

namespace {

// Peak resident set (VmHWM) in KiB; Linux only (0 elsewhere).
qint64 peakRssKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

qint64 currentRssKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so each measurement has its own peak.
bool resetPeak() {
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// CPU time of this process (all threads), ms; the machine may be busy, wall time is not enough.
double cpuMs() {
#ifdef Q_OS_LINUX
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
#else
    return 0;
#endif
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int nodes = 5000;
    int runs = 5;
    bool smoke = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--nodes") && i + 1 < args.size())
            nodes = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--smoke"))
            smoke = true;
    }

    fd::test::KubeTestServer server;
    if (!server.start() || !server.scale(nodes, 0)) {
        std::fprintf(stderr, "cannot start the test API server: %s\n",
                     qPrintable(server.errorString()));
        return 1;
    }
    ClusterConnection conn;
    conn.endpoint.url = server.url();
    conn.endpoint.tls.caPem = server.caPem();
    conn.auth = ClusterConnection::Auth::Token;
    conn.token = server.token().toUtf8();
    KubeClient client(conn);
    client.setRequestTimeoutMs(120000);
    fd::net::HttpClient http;

    auto rawGet = [&]() -> QByteArray {
        fd::net::Request r;
        r.url = QUrl(server.url() + QStringLiteral("/api/v1/nodes"));
        r.tls.caPem = conn.endpoint.tls.caPem;
        r.headers.append({"Authorization", "Bearer " + conn.token});
        r.headers.append({"Accept", "application/json"});
        r.totalTimeoutMs = 120000;
        fd::net::Reply reply = fd::net::sendAndWait(http, std::move(r));
        return reply.ok() ? reply.response.body : QByteArray();
    };

    // Warm-up: TLS session, server-side caches, thread pool.
    const QByteArray body = rawGet();
    if (body.isEmpty()) {
        std::fprintf(stderr, "raw GET failed\n");
        return 1;
    }
    QThreadPool::globalInstance()->setExpiryTimeout(-1);
    auto warm =
        fd::test::await<VersionInfo>([&](QObject* c, auto done) { client.version(c, done); });
    if (!warm || !warm->ok())
        return 1;

    QList<double> clientMs, rawMs, decodeMs, clientCpu, rawCpu, decodeCpu;
    qint64 peakGrowthKb = 0;
    qint64 retainedKb = 0; // the decoded list itself
    qsizetype count = 0;
    for (int i = 0; i < runs; ++i) {
        resetPeak();
        const qint64 before = currentRssKb();
        QElapsedTimer t;
        double cpu = cpuMs();
        t.start();
        auto list = fd::test::await<ObjectList<Node>>(
            [&](QObject* c, auto done) { client.list<Node>({}, c, std::move(done)); }, 120000);
        clientMs << t.nsecsElapsed() / 1e6;
        clientCpu << cpuMs() - cpu;
        if (!list || !list->ok()) {
            std::fprintf(stderr, "list failed: %s\n",
                         list ? qPrintable(list->error().userMessage()) : "timeout");
            return 1;
        }
        count = (*list)->items.size();
        peakGrowthKb = std::max(peakGrowthKb, peakRssKb() - before);
        retainedKb = std::max(retainedKb, currentRssKb() - before);
        list.reset();

        cpu = cpuMs();
        t.restart();
        const QByteArray bytes = rawGet();
        rawMs << t.nsecsElapsed() / 1e6;
        rawCpu << cpuMs() - cpu;

        cpu = cpuMs();
        t.restart();
        auto decoded = decodeList<Node>(bytes);
        decodeMs << t.nsecsElapsed() / 1e6;
        decodeCpu << cpuMs() - cpu;
        if (!decoded)
            return 1;
    }

    const double c = median(clientMs);
    const double r = median(rawMs);
    std::printf("kube list benchmark: %lld nodes, %.1f MB JSON, %d runs (median), %d cores\n",
                qint64(count), body.size() / 1e6, runs, QThread::idealThreadCount());
    std::printf("client list+decode: %.1f ms wall, %.1f ms cpu (target < 300 ms)\n", c,
                median(clientCpu));
    std::printf("baseline raw GET (no decoding): %.1f ms wall, %.1f ms cpu\n", r, median(rawCpu));
    std::printf("decode only (same body, this thread + pool): %.1f ms wall, %.1f ms cpu\n",
                median(decodeMs), median(decodeCpu));
    std::printf("load average while running: %s\n", qPrintable(loadAverage()));
    std::printf("list ratio: %.2fx of raw GET\n", r > 0 ? c / r : 0.0);
    std::printf("peak rss growth: %+.1f MB (target < 50 MB)\n", peakGrowthKb / 1024.0);
    std::printf("rss held by the decoded list: %+.1f MB\n", retainedKb / 1024.0);
    if (smoke)
        std::printf("smoke run: figures are not meaningful at this size\n");
    server.stop();
    return 0;
}
