// Benchmark: streaming overhead of the test prompt. The loopback runtime stand-in streams N tokens
// at 200 tokens/s, each token being the CLOCK_MONOTONIC time (ns) taken just before the server
// writes its chunk to the socket — so a reader on this host knows how long ago the chunk was on
// the wire. Measured for each format (vLLM's SSE, Ollama's NDJSON):
//   fleetdeck  fd::net::HttpClient + fd::deploy::ChatClient (libcurl multi in the Qt event loop,
//              incremental parser) — latency until the piece reaches the onDelta consumer;
//   baseline   a plain `curl -sN` of the same request — latency until its stdout line reaches us
//              (curl's own write to a pipe plus our read of it).
// Prints p50/p99 latency, CPU per 1,000 tokens (fleetdeck: this process during its run; curl:
// the child's CPU) and the ratios. Not a timed test: figures only (the on-screen part comes with
// the GUI).
//
//   bench_deploystream [--tokens 1000] [--rate 200] [--runs 3] [--runtime vllm|ollama|all]
//   [--smoke]

#include "deploy/chatclient.h"
#include "inferencetestserver.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace fd::deploy;

namespace {

qint64 monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double cpuMs(int who) {
    rusage u{};
    getrusage(who, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double percentile(QList<double> v, double p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5))];
}

// Runs the event loop until `flag` turns true (checked after every event; no polling timer,
// whose wake-ups would count as the client's CPU).
void waitFor(const bool& flag) {
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(600000);
    while (!flag && timeout.isActive())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
}

struct Figures {
    QList<double> latencyUs;
    double cpuMs = 0;
    int tokens = 0;
    bool ok = true;
};

ChatRequest chatRequest(ChatApi api) {
    ChatRequest r;
    r.api = api;
    r.model = QStringLiteral("bench-model");
    r.messages = {{QStringLiteral("user"), QStringLiteral("Count for me.")}};
    return r;
}

Figures runFleetdeck(fd::net::HttpClient& http, const QUrl& base, ChatApi api) {
    Figures f;
    ChatClient chat(http);
    ChatEndpoint endpoint;
    endpoint.baseUrl = base;
    endpoint.api = api;
    QObject context;
    bool done = false;
    const double cpu0 = cpuMs(RUSAGE_SELF);
    chat.send(
        endpoint, chatRequest(api), {}, &context,
        [&](const QString& piece, const ChatStats&) {
            const qint64 now = monotonicNs();
            const qint64 stamp = QStringView(piece).trimmed().toLongLong();
            if (stamp > 0)
                f.latencyUs << double(now - stamp) / 1000.0;
        },
        [&](ChatOutcome outcome) {
            f.ok = outcome.ok();
            if (!f.ok)
                std::fprintf(stderr, "fleetdeck run failed: %s\n", qPrintable(outcome.message));
            done = true;
        });
    if (!done)
        waitFor(done);
    f.cpuMs = cpuMs(RUSAGE_SELF) - cpu0;
    f.tokens = int(f.latencyUs.size());
    return f;
}

Figures runCurl(const QString& curl, const QUrl& base, ChatApi api) {
    Figures f;
    const QString path = api == ChatApi::Ollama ? QStringLiteral("/api/chat")
                                                : QStringLiteral("/v1/chat/completions");
    QProcess p;
    QByteArray buffer;
    static const QRegularExpression stamp(QStringLiteral("\"content\":\" (\\d+)\""));
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [&] {
        const qint64 now = monotonicNs();
        buffer += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            const auto m = stamp.match(QString::fromLatin1(line));
            if (m.hasMatch())
                f.latencyUs << double(now - m.captured(1).toLongLong()) / 1000.0;
        }
    });
    const double cpu0 = cpuMs(RUSAGE_CHILDREN);
    p.start(curl, {QStringLiteral("-sN"), QStringLiteral("-X"), QStringLiteral("POST"),
                   QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                   QStringLiteral("--data-binary"),
                   QString::fromUtf8(chatRequestBody(chatRequest(api))), base.toString() + path});
    bool finished = false;
    QObject::connect(&p, &QProcess::finished, &p, [&] { finished = true; });
    waitFor(finished);
    f.cpuMs = cpuMs(RUSAGE_CHILDREN) - cpu0;
    f.ok = p.exitCode() == 0;
    f.tokens = int(f.latencyUs.size());
    return f;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const char* name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int tokens = value("--tokens", 1000);
    const int rate = value("--rate", 200);
    const int runs = value("--runs", 3);
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    QString which = QStringLiteral("all");
    if (const qsizetype i = args.indexOf(QStringLiteral("--runtime"));
        i >= 0 && i + 1 < args.size())
        which = args[i + 1];
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        std::printf("curl: not found (the baseline needs it; install curl)\n");
        return 1;
    }
    QFile load(QStringLiteral("/proc/loadavg"));
    load.open(QIODevice::ReadOnly);
    std::printf("streaming %d tokens at %d tokens/s, %d run(s) each; load average %s\n", tokens,
                rate, runs, load.readAll().trimmed().constData());

    fd::net::HttpClient http;
    int status = 0;
    for (const QString runtime : {"vllm", "ollama"}) {
        if (which != QLatin1String("all") && which != runtime)
            continue;
        fd::test::InferenceTestServer server;
        if (!server.start(runtime, {{QStringLiteral("stampTokens"), true},
                                    {QStringLiteral("tokens"), tokens},
                                    {QStringLiteral("tokensPerSecond"), rate}})) {
            std::printf("server: %s\n", qPrintable(server.errorString()));
            return 1;
        }
        const ChatApi api = runtime == QLatin1String("ollama") ? ChatApi::Ollama : ChatApi::OpenAi;
        // One warm-up of each (connections, page cache, the server's first request).
        runFleetdeck(http, server.url(), api);
        runCurl(curl, server.url(), api);
        Figures fleet;
        Figures base;
        for (int i = 0; i < runs; ++i) {
            const Figures a = runFleetdeck(http, server.url(), api);
            const Figures b = runCurl(curl, server.url(), api);
            fleet.latencyUs += a.latencyUs;
            fleet.cpuMs += a.cpuMs;
            fleet.tokens += a.tokens;
            fleet.ok &= a.ok;
            base.latencyUs += b.latencyUs;
            base.cpuMs += b.cpuMs;
            base.tokens += b.tokens;
            base.ok &= b.ok;
        }
        if (!fleet.ok || !base.ok || fleet.tokens != tokens * runs ||
            base.tokens != tokens * runs) {
            std::printf("%s: incomplete runs (fleetdeck %d, curl %d tokens of %d)\n",
                        qPrintable(runtime), fleet.tokens, base.tokens, tokens * runs);
            status = 1;
            continue;
        }
        const double fleetP50 = percentile(fleet.latencyUs, 0.5);
        const double fleetP99 = percentile(fleet.latencyUs, 0.99);
        const double baseP50 = percentile(base.latencyUs, 0.5);
        const double baseP99 = percentile(base.latencyUs, 0.99);
        const double fleetCpu = fleet.cpuMs * 1000.0 / fleet.tokens;
        const double baseCpu = base.cpuMs * 1000.0 / base.tokens;
        std::printf("%s (%s): chunk on the wire -> consumer\n", qPrintable(runtime),
                    api == ChatApi::Ollama ? "NDJSON" : "SSE");
        std::printf("  fleetdeck: p50 %.0f us, p99 %.0f us; cpu %.1f ms per 1,000 tokens\n",
                    fleetP50, fleetP99, fleetCpu);
        std::printf("  curl -N:   p50 %.0f us, p99 %.0f us; cpu %.1f ms per 1,000 tokens\n",
                    baseP50, baseP99, baseCpu);
        std::printf("  latency ratio: %.2fx (p50), %.2fx (p99); cpu ratio: %.2fx\n",
                    fleetP50 / qMax(1.0, baseP50), fleetP99 / qMax(1.0, baseP99),
                    fleetCpu / qMax(0.001, baseCpu));
    }
    if (smoke)
        std::printf("smoke run: figures above are not meaningful at this size\n");
    return status;
}
