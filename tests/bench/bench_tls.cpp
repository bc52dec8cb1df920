// Benchmark: the client-thread CPU cost of new HTTPS connections in fd::net::HttpClient, with
// the TLS set-up before connection pools (setLegacyTlsForBenchmark: libcurl parses the CA — or
// re-reads the whole system bundle — for every connection, no TLS session resumption) as the
// baseline, in the same run against the same loopback server (Python, TLS 1.3, P-256 keys).
// Every request goes to /close, so each one needs a new connection. Figures only, not a timed
// test.
//
//   bench_tls [--connections 300] [--parallel 1] [--smoke] [--only before|after]
// (--only: one side, for profiling with perf; the other side's figures are then zero.)
//
// Scenarios: "CA in memory" (a cluster's CA from its kubeconfig), "system store" (no CA given:
// the server is unknown to the system store, so each handshake fails at verification after the
// store was loaded — the cost a publicly signed endpoint pays), "pinned" (trust this
// certificate), and requests on one kept-alive connection for comparison.

#include "net/httpclient.h"
#include "serverprocess.h"
#include "testpki.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

#include <cstdio>
#include <ctime>

using namespace fd::net;

namespace {

int option(const QStringList& args, const QString& name, int fallback) {
    const int i = args.indexOf(name);
    return (i >= 0 && i + 1 < args.size()) ? args.at(i + 1).toInt() : fallback;
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

struct Figures {
    double cpuMsPerRequest = 0;
    double wallMs = 0;
    int ok = 0;
    int failed = 0;
    HttpClient::Stats stats;
};

QString g_only;

// `count` requests made from `make`, `parallel` at a time, on a fresh client.
Figures run(bool legacy, int count, int parallel, const std::function<Request()>& make) {
    if ((legacy && g_only == QLatin1String("after")) ||
        (!legacy && g_only == QLatin1String("before")))
        return {};
    HttpClient client;
    client.setLegacyTlsForBenchmark(legacy);
    client.setMaxRequestsInFlight(qMax(1, parallel));
    client.setMaxConnectionsPerHost(qMax(1, parallel));
    Figures f;
    QEventLoop loop;
    int started = 0, finished = 0;
    QElapsedTimer clock;
    clock.start();
    const double cpu = threadCpuMs();
    std::function<void()> next = [&] {
        if (started == count)
            return;
        ++started;
        client.send(make(), &loop, [&](Reply r) {
            (r.ok() ? f.ok : f.failed) += 1;
            if (++finished == count)
                loop.quit();
            else
                next();
        });
    };
    for (int i = 0; i < qMax(1, parallel); ++i)
        next();
    loop.exec();
    f.cpuMsPerRequest = (threadCpuMs() - cpu) / count;
    f.wallMs = double(clock.nsecsElapsed()) / 1e6;
    f.stats = client.stats();
    return f;
}

void print(const char* scenario, const Figures& before, const Figures& after) {
    std::printf("%s: before %.3f ms CPU per request (%d ok, %d failed, %llu connections, %llu "
                "TLS resumed, %.0f ms wall); after %.3f ms (%d ok, %d failed, %llu connections, "
                "%llu TLS resumed, %.0f ms wall); ratio %.2fx\n",
                scenario, before.cpuMsPerRequest, before.ok, before.failed,
                (unsigned long long)before.stats.connectionsOpened,
                (unsigned long long)before.stats.tlsSessionsResumed, before.wallMs,
                after.cpuMsPerRequest, after.ok, after.failed,
                (unsigned long long)after.stats.connectionsOpened,
                (unsigned long long)after.stats.tlsSessionsResumed, after.wallMs,
                before.cpuMsPerRequest / qMax(0.0001, after.cpuMsPerRequest));
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments().mid(1);
    const bool smoke = args.contains(QLatin1String("--smoke"));
    const int n = option(args, QStringLiteral("--connections"), smoke ? 20 : 300);
    const int parallel = option(args, QStringLiteral("--parallel"), 1);
    if (const int i = args.indexOf(QStringLiteral("--only")); i >= 0)
        g_only = args.value(i + 1);

    fd::test::TestPki pki;
    QString error;
    if (!pki.generate(&error)) {
        std::printf("pki: %s\n", qPrintable(error));
        return 1;
    }
    fd::test::ServerProcess server;
    if (!server.startPython(QStringLiteral("net_http_server.py"),
                            {QStringLiteral("--cert"), pki.path(QStringLiteral("server.pem")),
                             QStringLiteral("--key"), pki.path(QStringLiteral("server.key"))},
                            &error)) {
        std::printf("server: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray ca = pki.cert(QStringLiteral("ca"));
    const QString pin = pki.sha256Fingerprint(QStringLiteral("server"));
    auto request = [&](const QString& path) {
        Request r;
        r.url = QUrl(server.baseUrl(QStringLiteral("https")) + path);
        r.totalTimeoutMs = 30000;
        return r;
    };
    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    std::printf("%d requests per scenario, %d at a time, each on a new connection unless said\n", n,
                parallel);

    auto withCa = [&] {
        Request r = request(QStringLiteral("/close"));
        r.tls.caPem = ca;
        return r;
    };
    run(false, 4, 1, withCa); // warm up both code paths (libraries, server threads)
    run(true, 4, 1, withCa);
    print("new connection, CA in memory", run(true, n, parallel, withCa),
          run(false, n, parallel, withCa));

    auto system = [&] { return request(QStringLiteral("/close")); };
    const int fewer = qMax(4, n / 5); // the baseline takes ~25 ms each
    print("new connection, system store (handshake fails at verification)",
          run(true, fewer, parallel, system), run(false, fewer, parallel, system));

    auto pinned = [&] {
        Request r = request(QStringLiteral("/close"));
        r.tls.pinnedSha256 = pin;
        return r;
    };
    // The baseline cannot pin: it trusts the CA instead, the closest equivalent.
    print("new connection, pinned certificate (baseline: CA)", run(true, n, parallel, withCa),
          run(false, n, parallel, pinned));

    auto kept = [&] {
        Request r = request(QStringLiteral("/hello"));
        r.tls.caPem = ca;
        return r;
    };
    print("kept-alive connection, CA in memory", run(true, n, parallel, kept),
          run(false, n, parallel, kept));
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
