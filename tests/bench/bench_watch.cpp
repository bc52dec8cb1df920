// Benchmark: ordinary GETs next to many open watch streams on ONE test API server, through one
// fd::net::HttpClient with its default caps (64 requests in flight, 6 connections per host).
// Baseline in the same run: the same GETs with no watch open. Prints GET latency p50/p99 in both
// phases, the time and client-thread CPU to open the watches, and the client thread's CPU while
// they are open. Before streams had their own lane, the 65th watch waited forever and so did
// every GET to that server. Not a timed test: figures only.
//
//   bench_watch [--watches 1000] [--gets 300] [--parallel 8] [--bookmarks] [--smoke]

#include "kubetestserver.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

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

double percentile(QList<double> v, double p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, int(double(v.size() - 1) * p + 0.5)));
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

// One watch per stream may need one descriptor each on both ends.
void raiseDescriptorLimit() {
    rlimit l{};
    if (getrlimit(RLIMIT_NOFILE, &l) == 0 && l.rlim_cur < l.rlim_max) {
        l.rlim_cur = l.rlim_max;
        setrlimit(RLIMIT_NOFILE, &l);
    }
}

struct Bench {
    fd::test::KubeTestServer kube;
    HttpClient client;
    QByteArray authorization;

    Request request(const QString& pathAndQuery) const {
        Endpoint ep;
        ep.url = kube.url();
        ep.tls.caPem = kube.caPem();
        Request r = Request::to(ep, pathAndQuery);
        r.headers.append({"Authorization", authorization});
        r.headers.append({"Accept", "application/json"});
        return r;
    }

    struct GetFigures {
        QList<double> latencyMs;
        double cpuMs = 0;
        int failed = 0;
    };

    // `count` GETs of the default namespace's pods, `parallel` at a time; latency measured
    // from send() to the answer.
    GetFigures runGets(int count, int parallel) {
        GetFigures f;
        QEventLoop loop;
        int started = 0, finished = 0;
        QElapsedTimer clock;
        clock.start();
        const double cpuBefore = threadCpuMs();
        std::function<void()> next = [&] {
            if (started == count)
                return;
            ++started;
            const qint64 at = clock.nsecsElapsed();
            client.send(request(QStringLiteral("/api/v1/namespaces/default/pods")), &loop,
                        [&, at](Reply r) {
                            f.latencyMs << double(clock.nsecsElapsed() - at) / 1e6;
                            f.failed += r.ok() ? 0 : 1;
                            if (++finished == count)
                                loop.quit();
                            else
                                next();
                        });
        };
        for (int i = 0; i < parallel; ++i)
            next();
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        f.cpuMs = threadCpuMs() - cpuBefore;
        f.failed += count - finished;
        return f;
    }
};

void printGets(const char* label, const Bench::GetFigures& f) {
    std::printf("%s: %lld GETs, p50 %.1f ms, p99 %.1f ms, max %.1f ms, client thread CPU "
                "%.2f ms per GET, %d failed\n",
                label, qint64(f.latencyMs.size()), percentile(f.latencyMs, 0.5),
                percentile(f.latencyMs, 0.99), percentile(f.latencyMs, 1.0),
                f.latencyMs.isEmpty() ? 0.0 : f.cpuMs / double(f.latencyMs.size()), f.failed);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    raiseDescriptorLimit();
    const QStringList args = app.arguments().mid(1);
    const bool smoke = args.contains(QLatin1String("--smoke"));
    const int watches = option(args, QStringLiteral("--watches"), smoke ? 100 : 1000);
    const int gets = option(args, QStringLiteral("--gets"), smoke ? 40 : 300);
    const int parallel = option(args, QStringLiteral("--parallel"), 8);
    const bool bookmarks = args.contains(QLatin1String("--bookmarks"));

    Bench b;
    fd::test::KubeTestServer::Options options;
    options.seed = QStringLiteral("default");
    if (!b.kube.start(options)) {
        std::printf("test server: %s\n", qPrintable(b.kube.errorString()));
        return 1;
    }
    b.authorization = "Bearer " + b.kube.token(QStringLiteral("admin")).toUtf8();
    std::printf("load average before: %s\n", qPrintable(loadAverage()));

    b.runGets(parallel * 2, parallel); // warm the connections and the server
    const Bench::GetFigures idle = b.runGets(gets, parallel);
    printGets("0 watches", idle);

    // The list's resourceVersion: the watches start from now, as KubeWatch's do after a list.
    QString rv;
    {
        QEventLoop loop;
        b.client.send(b.request(QStringLiteral("/api/v1/namespaces/default/pods")), &loop,
                      [&](Reply r) {
                          rv = QJsonDocument::fromJson(r.response.body)
                                   .object()
                                   .value(QStringLiteral("metadata"))
                                   .toObject()
                                   .value(QStringLiteral("resourceVersion"))
                                   .toString();
                          loop.quit();
                      });
        loop.exec();
    }

    // Open the watches (raw streams, as KubeWatch makes them) and wait until every head is in.
    int heads = 0, ended = 0;
    qint64 streamed = 0;
    QList<RequestId> ids;
    QElapsedTimer clock;
    clock.start();
    double cpu = threadCpuMs();
    const quint64 connsBefore = b.client.stats().connectionsOpened;
    QEventLoop opened;
    for (int i = 0; i < watches; ++i) {
        Request r =
            b.request(QStringLiteral("/api/v1/namespaces/default/pods?watch=1&resourceVersion=%1"
                                     "&timeoutSeconds=3600")
                          .arg(rv) +
                      (bookmarks ? QStringLiteral("&allowWatchBookmarks=true") : QString()));
        r.totalTimeoutMs = 0;
        r.onHeaders = [&](const Response& head) {
            if (head.status != 200)
                return;
            ++heads;
            if (heads * 10 % watches == 0 && heads * 10 / watches >= 1)
                std::printf("  %d watches open after %.0f ms\n", heads,
                            double(clock.nsecsElapsed()) / 1e6);
            if (heads + ended >= watches)
                opened.quit();
        };
        r.onData = [&](QByteArrayView chunk) { streamed += chunk.size(); };
        ids << b.client.send(std::move(r), &app, [&](Reply) {
            ++ended;
            if (heads + ended >= watches)
                opened.quit();
        });
    }
    QTimer::singleShot(300000, &opened, &QEventLoop::quit);
    opened.exec();
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    const double openCpu = threadCpuMs() - cpu;
    std::printf("opened %d of %d watches in %.0f ms (%llu new connections, %llu TLS sessions "
                "resumed), client thread CPU %.0f ms (%.2f ms per watch); %d ended early\n",
                heads, watches, openMs,
                (unsigned long long)(b.client.stats().connectionsOpened - connsBefore),
                (unsigned long long)b.client.stats().tlsSessionsResumed, openCpu,
                watches ? openCpu / watches : 0.0, ended);

    // Quiet period: what the open watches cost the client thread by themselves.
    cpu = threadCpuMs();
    QEventLoop quiet;
    QTimer::singleShot(2000, &quiet, &QEventLoop::quit);
    quiet.exec();
    std::printf("with %d watches open: client thread CPU %.1f ms per second idle, %lld bytes "
                "streamed so far\n",
                heads, (threadCpuMs() - cpu) / 2.0, streamed);

    const Bench::GetFigures busy = b.runGets(gets, parallel);
    char label[64];
    std::snprintf(label, sizeof label, "%d watches", heads);
    printGets(label, busy);
    std::printf("p99 ratio (%d watches / 0 watches): %.2fx; open streams %d, requests in flight "
                "cap %d\n",
                heads,
                percentile(busy.latencyMs, 0.99) / qMax(0.001, percentile(idle.latencyMs, 0.99)),
                b.client.streamCount(), 64);

    clock.restart();
    for (RequestId id : std::as_const(ids))
        b.client.cancel(id);
    QEventLoop drained;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (b.client.streamCount() == 0)
            drained.quit();
    });
    poll.start(10);
    drained.exec();
    std::printf("cancelled %d watches in %.0f ms; load average after: %s\n", heads,
                double(clock.nsecsElapsed()) / 1e6, qPrintable(loadAverage()));
    return heads == watches && busy.failed == 0 && idle.failed == 0 ? 0 : 1;
}
