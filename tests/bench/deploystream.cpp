// Benchmark: streaming overhead of the test prompt. The loopback runtime stand-in streams N tokens
// at 200 tokens/s, each token being the CLOCK_MONOTONIC time (ns) taken just before the server
// writes its chunk to the socket — so a reader on this host knows how long ago the chunk was on
// the wire. Measured for each format (vLLM's SSE, Ollama's NDJSON):
//   fleetdeck  fd::net::HttpClient + fd::deploy::ChatClient (libcurl multi in the Qt event loop,
//              incremental parser) — latency until the piece reaches the onDelta consumer;
//   baseline   a plain `curl -sN` of the same request — latency until its stdout line reaches us
//              (curl's own write to a pipe plus our read of it).
//   on screen  the console's own path: the deployment detail dialog's test prompt (Send clicked,
//              ChatClient → the answer view), shown in a window; a token is on screen when the
//              window's repaint that first contains it has finished (backing store flushed to
//              the platform: X11 under Xvfb, an image on the offscreen platform).
// Prints p50/p99 latency, CPU per 1,000 tokens (fleetdeck: this process during its run; curl:
// the child's CPU) and the ratios. Not a timed test: figures only. Run it under Xvfb
// (`xvfb-run -a bench_deploystream`) for a real window system; the smoke test uses offscreen.
//
//   bench_deploystream [--tokens 1000] [--rate 200] [--runs 3] [--runtime vllm|ollama|all]
//   [--smoke]

#include "deploy/catalog.h"
#include "deploy/chatclient.h"
#include "deploy/deployservice.h"
#include "deployments/deploymentdetaildialog.h"
#include "inferencetestserver.h"
#include "net/httpclient.h"
#include "registry/clusterregistryimpl.h"
#include "registrytesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
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

// Times the end of each repaint of a top-level window: the UpdateRequest that repaints and flushes
// it is handled inside this filter (sent again, passed through), so the time taken after it is
// when the pixels reached the platform.
class RepaintClock final : public QObject {
public:
    RepaintClock(QWidget* window, std::function<void(qint64 endNs)> painted)
        : m_window(window)
        , m_painted(std::move(painted)) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched != m_window || event->type() != QEvent::UpdateRequest || m_inside)
            return false;
        m_inside = true;
        QCoreApplication::sendEvent(m_window, event);
        m_inside = false;
        m_painted(monotonicNs());
        return true;
    }

private:
    QWidget* m_window;
    std::function<void(qint64)> m_painted;
    bool m_inside = false;
};

// The console's path: the detail dialog of a recorded deployment of the runtime, its prompt sent
// by clicking Send, the stamps read back from the answer view after each finished repaint (each
// chunk carries whole tokens, so whatever the view holds then is on screen).
Figures runOnScreen(fd::widgets::DeploymentDetailDialog& dialog, const QUrl& base) {
    Figures f;
    QPlainTextEdit* answer = dialog.answerText();
    qsizetype seen = 0; // characters of the answer already timed
    bool allSeen = false;
    RepaintClock clock(&dialog, [&](qint64 endNs) {
        const QString text = answer->toPlainText();
        for (const QStringView stamp :
             QStringView(text).mid(seen).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (const qint64 ns = stamp.toLongLong(); ns > 0)
                f.latencyUs << double(endNs - ns) / 1000.0;
        seen = text.size();
        allSeen = true;
    });
    dialog.promptEndpoint()->setEditText(base.toString());
    dialog.promptInput()->setText(QStringLiteral("Count for me."));
    bool done = false;
    const auto connection = QObject::connect(
        &dialog, &fd::widgets::DeploymentDetailDialog::promptFinished, &dialog, [&](bool ok) {
            f.ok = ok;
            done = true;
        });
    const double cpu0 = cpuMs(RUSAGE_SELF);
    dialog.sendButton()->click();
    waitFor(done);
    // The last chunk and the end of the stream may come in one turn: one more repaint.
    allSeen = false;
    answer->viewport()->update();
    waitFor(allSeen);
    f.cpuMs = cpuMs(RUSAGE_SELF) - cpu0;
    f.tokens = int(f.latencyUs.size());
    QObject::disconnect(connection);
    return f;
}

void add(Figures& into, const Figures& run) {
    into.latencyUs += run.latencyUs;
    into.cpuMs += run.cpuMs;
    into.tokens += run.tokens;
    into.ok &= run.ok;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
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
    std::printf("streaming %d tokens at %d tokens/s, %d run(s) each; load average %s; "
                "platform %s\n",
                tokens, rate, runs, load.readAll().trimmed().constData(),
                qPrintable(QGuiApplication::platformName()));

    // The console's services for the detail dialog: a store, the registry and the catalog. The
    // deployment is recorded on no cluster: only its prompt is used here.
    fd::test::RegistryEnv env;
    if (!env.error.isEmpty()) {
        std::printf("store: %s\n", qPrintable(env.error));
        return 1;
    }
    fd::deploy::DeployService service(*env.store, *env.registry);
    service.setCatalog(fd::deploy::Catalog::loadDefault(env.dataDir));

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
        fd::deploy::DeploymentRecord record;
        record.name = QStringLiteral("bench-") + runtime;
        record.runtimeId = runtime;
        record.model = QStringLiteral("bench-model");
        fd::widgets::DeploymentDetailDialog dialog(service, &http, record);
        dialog.resize(900, 640);
        for (int t = 0; t < dialog.tabs()->count(); ++t)
            if (dialog.tabs()->widget(t)->isAncestorOf(dialog.answerText()))
                dialog.tabs()->setCurrentIndex(t);
        dialog.show();
        // One warm-up of each (connections, page cache, the server's first request, fonts).
        runFleetdeck(http, server.url(), api);
        runCurl(curl, server.url(), api);
        runOnScreen(dialog, server.url());
        Figures fleet;
        Figures screen;
        Figures base;
        for (int i = 0; i < runs; ++i) {
            add(fleet, runFleetdeck(http, server.url(), api));
            add(screen, runOnScreen(dialog, server.url()));
            add(base, runCurl(curl, server.url(), api));
        }
        if (!fleet.ok || !screen.ok || !base.ok || fleet.tokens != tokens * runs ||
            screen.tokens != tokens * runs || base.tokens != tokens * runs) {
            std::printf("%s: incomplete runs (fleetdeck %d, on screen %d, curl %d tokens of %d)\n",
                        qPrintable(runtime), fleet.tokens, screen.tokens, base.tokens,
                        tokens * runs);
            status = 1;
            continue;
        }
        const auto cpuPer1000 = [](const Figures& f) { return f.cpuMs * 1000.0 / f.tokens; };
        const double baseP50 = percentile(base.latencyUs, 0.5);
        const double baseP99 = percentile(base.latencyUs, 0.99);
        std::printf("%s (%s): chunk on the wire -> consumer / -> on screen\n", qPrintable(runtime),
                    api == ChatApi::Ollama ? "NDJSON" : "SSE");
        for (const auto& [label, f] :
             {std::pair{"fleetdeck: ", &fleet}, std::pair{"on screen: ", &screen},
              std::pair{"curl -N:   ", &base}})
            std::printf("  %s p50 %.0f us, p99 %.0f us; cpu %.1f ms per 1,000 tokens\n", label,
                        percentile(f->latencyUs, 0.5), percentile(f->latencyUs, 0.99),
                        cpuPer1000(*f));
        std::printf("  latency ratio: %.2fx (p50), %.2fx (p99); cpu ratio: %.2fx\n",
                    percentile(fleet.latencyUs, 0.5) / qMax(1.0, baseP50),
                    percentile(fleet.latencyUs, 0.99) / qMax(1.0, baseP99),
                    cpuPer1000(fleet) / qMax(0.001, cpuPer1000(base)));
        std::printf("  on screen vs curl -N: %.2fx (p50), %.2fx (p99); cpu ratio: %.2fx\n",
                    percentile(screen.latencyUs, 0.5) / qMax(1.0, baseP50),
                    percentile(screen.latencyUs, 0.99) / qMax(1.0, baseP99),
                    cpuPer1000(screen) / qMax(0.001, cpuPer1000(base)));
    }
    if (smoke)
        std::printf("smoke run: figures above are not meaningful at this size\n");
    return status;
}
