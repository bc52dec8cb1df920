// The streaming test prompt: the SSE and NDJSON parsers on the reference bytes of the runtimes
// (tests/data/deploy/inference) split at every offset, and the chat client against the loopback
// runtime stand-in (tests/servers/inference/server.py) for each runtime: a normal answer, one
// byte per chunk, a stall, a reset, a malformed chunk, an error inside the stream, an early end,
// an unknown model, a cancel and a context that goes away.

#include "deploy/catalog.h"
#include "deploy/chatclient.h"
#include "deploy/chatrequest.h"
#include "deploy/chatstream.h"
#include "inferencetestserver.h"
#include "kubeawait.h"
#include "net/httpclient.h"
#include "serverprocess.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <map>
#include <memory>

using namespace fd::deploy;

namespace {

QByteArray readData(const QString& name) {
    QFile f(fd::test::testsPath(QStringLiteral("data/deploy/inference/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Events as comparable text.
QStringList describe(const QList<ChatEvent>& events) {
    QStringList out;
    for (const ChatEvent& e : events)
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(int(e.kind))
                   .arg(e.text, e.finishReason)
                   .arg(e.completionTokens)
                   .arg(e.promptTokens);
    return out;
}

QList<ChatEvent> decodeWhole(ChatApi api, const QByteArray& bytes, bool* complete = nullptr) {
    ChatStreamDecoder d(api);
    QList<ChatEvent> out;
    d.feed(bytes, out);
    const bool c = d.finish(out);
    if (complete)
        *complete = c;
    return out;
}

QString textOf(const QList<ChatEvent>& events) {
    QString t;
    for (const ChatEvent& e : events)
        if (e.kind == ChatEvent::Kind::Text)
            t += e.text;
    return t;
}

// Feeds the bytes split at every offset (two chunks), then one byte at a time, and checks that
// the events are always those of the whole stream.
void checkEveryOffset(ChatApi api, const QByteArray& bytes) {
    const QStringList whole = describe(decodeWhole(api, bytes));
    QVERIFY(!whole.isEmpty());
    for (qsizetype k = 0; k <= bytes.size(); ++k) {
        ChatStreamDecoder d(api);
        QList<ChatEvent> out;
        d.feed(QByteArrayView(bytes).first(k), out);
        d.feed(QByteArrayView(bytes).sliced(k), out);
        d.finish(out);
        if (describe(out) != whole)
            QFAIL(qPrintable(QStringLiteral("split at %1 decodes differently").arg(k)));
    }
    ChatStreamDecoder d(api);
    QList<ChatEvent> out;
    for (qsizetype k = 0; k < bytes.size(); ++k)
        d.feed(QByteArrayView(bytes).sliced(k, 1), out);
    d.finish(out);
    QCOMPARE(describe(out), whole);
}

// TGI's 39 raw chunks as the router writes them: "data: <json>\n\n" ... "data: [DONE]\n\n".
QByteArray tgiWire(const QByteArray& separator = "\n", const QByteArray& prefix = "data: ") {
    const QJsonArray chunks =
        QJsonDocument::fromJson(
            readData(
                QStringLiteral("tgi_v1-chat-completions_stream_raw-json-chunks.snapshot.json")))
            .array();
    QByteArray wire;
    for (const QJsonValue& c : chunks)
        wire += prefix + compact(c.toObject()) + separator + separator;
    wire += prefix + "[DONE]" + separator + separator;
    return wire;
}

QString tgiText() {
    QString text;
    for (const QJsonValue& c :
         QJsonDocument::fromJson(
             readData(
                 QStringLiteral("tgi_v1-chat-completions_stream_raw-json-chunks.snapshot.json")))
             .array())
        text += c.toObject()
                    .value(QLatin1String("choices"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("delta"))
                    .toObject()
                    .value(QLatin1String("content"))
                    .toString();
    return text;
}

const char kAnswer[] =
    "The sky is blue because air molecules scatter blue sunlight more than red light.";

struct Run {
    ChatOutcome outcome;
    QStringList pieces;
    int doneCalls = 0;
};

} // namespace

class TestDeployStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // Parsers.
    void tgiChunksAtEveryOffset();
    void sseLineEndingsAndPrefixes_data();
    void sseLineEndingsAndPrefixes();
    void sseFraming();
    void tgiUsageChunk();
    void tgiGenerateStreamDocLine();
    void ollamaGenerateAtEveryOffset();
    void ollamaMidStreamErrorAtEveryOffset();
    void ollamaChatFinalObject();
    void malformedChunkStopsTheDecoder();
    void truncatedStream();
    void oversizedEvent();
    void errorBodies_data();
    void errorBodies();
    void requestBodies();

    // Client against the loopback runtimes.
    void normalAnswer_data();
    void normalAnswer();
    void oneBytePerChunk_data();
    void oneBytePerChunk();
    void stall_data();
    void stall();
    void nothingArrives();
    void reset_data();
    void reset();
    void malformedChunk_data();
    void malformedChunk();
    void errorInTheStream_data();
    void errorInTheStream();
    void endsEarly_data();
    void endsEarly();
    void unknownModel_data();
    void unknownModel();
    void referenceStreams();
    void cancel();
    void contextGoesAway();
    void refused();
    void notAnHttpUrl();

private:
    void addRuntimes();
    ChatEndpoint endpoint(const QString& runtime) const;
    ChatRequest request(const QString& runtime) const;
    Run run(const QString& runtime, const QJsonObject& knobs, ChatLimits limits = {},
            std::function<void(quint64, ChatClient&)> onFirstPiece = {});

    std::unique_ptr<fd::net::HttpClient> m_http;
    std::unique_ptr<ChatClient> m_chat;
    std::map<QString, std::unique_ptr<fd::test::InferenceTestServer>> m_servers;
    Catalog m_catalog;
};

void TestDeployStream::initTestCase() {
    m_catalog = Catalog::load({Catalog::builtinDir()});
    m_http = std::make_unique<fd::net::HttpClient>();
    m_chat = std::make_unique<ChatClient>(*m_http);
    for (const QString id : {"ollama", "vllm", "tgi", "llamacpp"}) {
        auto server = std::make_unique<fd::test::InferenceTestServer>();
        QVERIFY2(server->start(id), qPrintable(server->errorString()));
        m_servers[id] = std::move(server);
    }
}

void TestDeployStream::cleanupTestCase() {
    m_chat.reset();
    m_http.reset();
    m_servers.clear();
}

void TestDeployStream::addRuntimes() {
    QTest::addColumn<QString>("runtime");
    for (const char* id : {"ollama", "vllm", "tgi", "llamacpp"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

ChatEndpoint TestDeployStream::endpoint(const QString& runtime) const {
    const RuntimeSpec* rt = m_catalog.runtime(runtime);
    ChatEndpoint e;
    e.baseUrl = m_servers.at(runtime)->url();
    e.api = rt->api;
    e.chatPath = rt->chatPath;
    return e;
}

ChatRequest TestDeployStream::request(const QString& runtime) const {
    ChatRequest r;
    r.api = m_catalog.runtime(runtime)->api;
    r.model = runtime == QLatin1String("ollama")
                  ? QStringLiteral("llama3.2:1b")
                  : QStringLiteral("meta-llama/Llama-3.1-8B-Instruct");
    r.messages = {
        {QStringLiteral("user"), QStringLiteral("Why is the sky blue? 하늘은 왜 파란가요?")}};
    r.maxTokens = 256;
    return r;
}

Run TestDeployStream::run(const QString& runtime, const QJsonObject& knobs, ChatLimits limits,
                          std::function<void(quint64, ChatClient&)> onFirstPiece) {
    Run result;
    if (!m_servers.at(runtime)->setKnobs(knobs))
        qFatal("knobs not set: %s", qPrintable(m_servers.at(runtime)->errorString()));
    QObject context;
    quint64 id = 0;
    id = m_chat->send(
        endpoint(runtime), request(runtime), limits, &context,
        [&](const QString& piece, const ChatStats& soFar) {
            if (soFar.pieces != result.pieces.size() + 1)
                qFatal("stats out of step with the pieces");
            result.pieces << piece;
            if (result.pieces.size() == 1 && onFirstPiece)
                onFirstPiece(id, *m_chat);
        },
        [&](ChatOutcome o) {
            result.outcome = std::move(o);
            ++result.doneCalls;
        });
    fd::test::waitUntil([&] { return result.doneCalls > 0; }, 90000);
    fd::test::waitUntil([] { return false; }, 100); // a second `done` would arrive by now
    return result;
}

// --- parsers --------------------------------------------------------------------------------

void TestDeployStream::tgiChunksAtEveryOffset() {
    const QByteArray wire = tgiWire();
    bool complete = false;
    const QList<ChatEvent> events = decodeWhole(ChatApi::OpenAi, wire, &complete);
    QVERIFY(complete);
    QCOMPARE(textOf(events), tgiText());
    QCOMPARE(events.last().kind, ChatEvent::Kind::Done);
    QCOMPARE(events[events.size() - 2].kind, ChatEvent::Kind::Finish);
    QCOMPARE(events[events.size() - 2].finishReason, QStringLiteral("stop"));
    checkEveryOffset(ChatApi::OpenAi, wire);
}

void TestDeployStream::sseLineEndingsAndPrefixes_data() {
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("crlf") << tgiWire("\r\n");
    QTest::newRow("cr") << tgiWire("\r");
    QTest::newRow("no space after data:") << tgiWire("\n", "data:");
    QByteArray withComments = tgiWire();
    withComments.replace("\n\ndata: ", "\n\n: keep-alive\n\ndata: ");
    QTest::newRow("comments") << withComments;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF") + tgiWire();
}

void TestDeployStream::sseLineEndingsAndPrefixes() {
    QFETCH(QByteArray, wire);
    QCOMPARE(describe(decodeWhole(ChatApi::OpenAi, wire)),
             describe(decodeWhole(ChatApi::OpenAi, tgiWire())));
    checkEveryOffset(ChatApi::OpenAi, wire);
}

void TestDeployStream::sseFraming() {
    SseParser p;
    QList<SseEvent> out;
    QVERIFY(p.feed("event: token\nid: 7\ndata: line one\ndata:line two\nretry: 10\nunknown\n\n"
                   "data\n\ndata: \n\n: only a comment\n\n",
                   out));
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[0].event, QByteArray("token"));
    QCOMPARE(out[0].id, QByteArray("7"));
    QCOMPARE(out[0].data, QByteArray("line one\nline two"));
    QCOMPARE(out[1].data, QByteArray()); // "data" alone is an empty data line
    QCOMPARE(out[2].data, QByteArray());
    QVERIFY(!p.hasPendingEvent());
    out.clear();
    QVERIFY(p.feed("data: {\"a\":1}\n", out));
    QVERIFY(out.isEmpty());
    QVERIFY(p.hasPendingEvent()); // no blank line yet
    QVERIFY(p.feed("\n", out));
    QCOMPARE(out.size(), 1);
    // A BOM split over three chunks, then a byte that is not one.
    SseParser q;
    out.clear();
    QVERIFY(q.feed("\xEF", out) && q.feed("\xBB", out) &&
            q.feed("\xBF"
                   "data: x\n\n",
                   out));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].data, QByteArray("x"));
    SseParser r;
    out.clear();
    QVERIFY(r.feed("\xEF", out) && r.feed("data: y\n\n", out));
    QCOMPARE(out.size(), 0); // "\xEFdata" is not a field this parser knows
}

void TestDeployStream::tgiUsageChunk() {
    // With stream_options.include_usage the last chunk has no choices and the counts.
    const QJsonArray chunks =
        QJsonDocument::fromJson(
            readData(
                QStringLiteral("tgi_v1-chat-completions_stream_usage.snapshot-hfhub-client.json")))
            .array();
    QByteArray wire;
    for (const QJsonValue& c : chunks)
        wire += "data: " + compact(c.toObject()) + "\n\n";
    wire += "data: [DONE]\n\n";
    const QList<ChatEvent> events = decodeWhole(ChatApi::OpenAi, wire);
    QCOMPARE(textOf(events), QStringLiteral("OK!"));
    bool usage = false;
    for (const ChatEvent& e : events)
        if (e.kind == ChatEvent::Kind::Usage) {
            usage = true;
            QCOMPARE(e.completionTokens, 3);
            QCOMPARE(e.promptTokens, 39);
        }
    QVERIFY(usage);
    checkEveryOffset(ChatApi::OpenAi, wire);
}

void TestDeployStream::tgiGenerateStreamDocLine() {
    // The docs show it after a shell comment marker and with no space after "data:".
    QByteArray line =
        readData(QStringLiteral("tgi_generate_stream_sse-line.doc-comment.txt")).trimmed();
    QVERIFY(line.startsWith("# data:{"));
    line = line.mid(2) + "\n\n";
    bool complete = false;
    const QList<ChatEvent> events = decodeWhole(ChatApi::OpenAi, line, &complete);
    QVERIFY(complete); // generated_text marks the last event; /generate_stream sends no [DONE]
    QCOMPARE(textOf(events), QStringLiteral("."));
    QCOMPARE(events.last().kind, ChatEvent::Kind::Done);
}

void TestDeployStream::ollamaGenerateAtEveryOffset() {
    const QByteArray wire = readData(QStringLiteral("ollama_api-generate_stream.ndjson.txt"));
    bool complete = false;
    const QList<ChatEvent> events = decodeWhole(ChatApi::Ollama, wire, &complete);
    QVERIFY(complete);
    QCOMPARE(textOf(events), QStringLiteral("That's a fantastic question!"));
    QCOMPARE(events.last().kind, ChatEvent::Kind::Done);
    checkEveryOffset(ChatApi::Ollama, wire);
    // Without the final newline the last line still counts.
    QCOMPARE(describe(decodeWhole(ChatApi::Ollama, wire.trimmed())), describe(events));
}

void TestDeployStream::ollamaMidStreamErrorAtEveryOffset() {
    const QByteArray wire =
        readData(QStringLiteral("ollama_api-generate_stream_midstream-error.ndjson.txt"));
    const QList<ChatEvent> events = decodeWhole(ChatApi::Ollama, wire);
    QCOMPARE(textOf(events), QStringLiteral(" Yes.Ican"));
    QCOMPARE(events.last().kind, ChatEvent::Kind::Error);
    QCOMPARE(events.last().text,
             QStringLiteral("an error was encountered while running the model"));
    checkEveryOffset(ChatApi::Ollama, wire);
}

void TestDeployStream::ollamaChatFinalObject() {
    // The docs pretty-print; the server writes one object per line.
    const QByteArray wire =
        compact(QJsonDocument::fromJson(
                    readData(QStringLiteral("ollama_api-chat_stream_chunk.pretty.json")))
                    .object()) +
        "\n" +
        compact(QJsonDocument::fromJson(
                    readData(QStringLiteral("ollama_api-chat_stream_final.pretty.json")))
                    .object()) +
        "\n";
    const QList<ChatEvent> events = decodeWhole(ChatApi::Ollama, wire);
    QCOMPARE(textOf(events), QStringLiteral("The"));
    bool usage = false;
    for (const ChatEvent& e : events)
        if (e.kind == ChatEvent::Kind::Usage) {
            usage = true;
            QCOMPARE(e.completionTokens, 282);
            QCOMPARE(e.promptTokens, 26);
            QCOMPARE(e.evalDurationNs, qint64(4535599000));
        }
    QVERIFY(usage);
    checkEveryOffset(ChatApi::Ollama, wire);
}

void TestDeployStream::malformedChunkStopsTheDecoder() {
    const QByteArray wire = "data: {\"choices\":[{\"delta\":{\"content\":\"Hello\"}}]}\n\n"
                            "data: {\"choices\":[{\"delta\":{\"content\":\"oo\n\n"
                            "data: {\"choices\":[{\"delta\":{\"content\":\" world\"}}]}\n\n"
                            "data: [DONE]\n\n";
    ChatStreamDecoder d(ChatApi::OpenAi);
    QList<ChatEvent> out;
    d.feed(wire, out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].text, QStringLiteral("Hello"));
    QCOMPARE(out[1].kind, ChatEvent::Kind::Malformed);
    QVERIFY(d.failed());
    d.feed("data: [DONE]\n\n", out);
    QCOMPARE(out.size(), 2); // nothing after it counts
    QVERIFY(!d.finish(out));
    ChatStreamDecoder n(ChatApi::Ollama);
    out.clear();
    n.feed("{\"response\":\"a\",\"done\":false}\n[1,2]\n", out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[1].kind, ChatEvent::Kind::Malformed);
}

void TestDeployStream::truncatedStream() {
    QList<ChatEvent> out;
    ChatStreamDecoder d(ChatApi::OpenAi);
    d.feed("data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n",
           out);
    QVERIFY(!d.finish(out));
    ChatStreamDecoder e(ChatApi::OpenAi); // a finish reason without [DONE] is complete enough
    e.feed("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"length\"}]}\n\n", out);
    QVERIFY(e.finish(out));
    ChatStreamDecoder o(ChatApi::Ollama);
    o.feed("{\"response\":\"a\",\"done\":false}\n", out);
    QVERIFY(!o.finish(out));
}

void TestDeployStream::oversizedEvent() {
    SseParser p;
    p.setMaxEventBytes(1024);
    QList<SseEvent> out;
    QVERIFY(!p.feed(QByteArray("data: ").append(2048, 'x'), out));
    QVERIFY(p.overflowed());
    QVERIFY(!p.feed("\n\n", out));
    NdjsonParser n;
    n.setMaxLineBytes(16);
    QList<QByteArray> lines;
    QVERIFY(!n.feed(QByteArray(17, 'y'), lines));
    ChatStreamDecoder d(ChatApi::OpenAi);
    QList<ChatEvent> events;
    d.feed(QByteArray("data: ").append(5 * 1024 * 1024, 'z'), events);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, ChatEvent::Kind::Malformed);
}

void TestDeployStream::errorBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("ollama docs") << readData(QStringLiteral("ollama_error-body.json"))
                                 << "the model failed to generate a response";
    QTest::newRow("ollama 404") << QByteArray("{\"error\":\"model 'x' not found\"}")
                                << "model 'x' not found";
    QTest::newRow("llama.cpp loading")
        << readData(QStringLiteral("llamacpp_health_503_loading.readme-body.json"))
        << "Loading model";
    QTest::newRow("tgi health") << QByteArray(
                                       "{\"error\":\"unhealthy\",\"error_type\":\"healthcheck\"}")
                                << "unhealthy";
    QTest::newRow("vllm nested")
        << QByteArray("{\"error\":{\"message\":\"The model `x` does not "
                      "exist.\",\"type\":\"NotFoundError\",\"param\":null,\"code\":404}}")
        << "The model `x` does not exist.";
    QTest::newRow("vllm flat")
        << QByteArray("{\"object\":\"error\",\"message\":\"The model `x` does not "
                      "exist.\",\"type\":\"NotFoundError\",\"param\":null,\"code\":404}")
        << "The model `x` does not exist.";
    QTest::newRow("fastapi") << QByteArray("{\"detail\":\"Not Found\"}") << "Not Found";
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << "";
    QTest::newRow("llama ok") << readData(QStringLiteral("llamacpp_health_200_ok.readme-body.json"))
                              << "";
}

void TestDeployStream::errorBodies() {
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(serverErrorMessage(body), message);
}

void TestDeployStream::requestBodies() {
    ChatRequest r;
    r.api = ChatApi::OpenAi;
    r.model = QStringLiteral("m");
    r.messages = {{QStringLiteral("user"), QStringLiteral("hi")}};
    r.maxTokens = 64;
    r.temperature = 0.2;
    QJsonObject o = QJsonDocument::fromJson(chatRequestBody(r)).object();
    QCOMPARE(o.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("max_tokens")).toInt(), 64);
    QCOMPARE(o.value(QLatin1String("stream_options"))
                 .toObject()
                 .value(QLatin1String("include_usage"))
                 .toBool(),
             true);
    QCOMPARE(o.value(QLatin1String("messages"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("content"))
                 .toString(),
             QStringLiteral("hi"));
    r.api = ChatApi::Ollama;
    r.options = QJsonObject{{QStringLiteral("num_gpu"), 20}};
    o = QJsonDocument::fromJson(chatRequestBody(r)).object();
    QCOMPARE(o.value(QLatin1String("stream")).toBool(), true);
    QVERIFY(!o.contains(QLatin1String("max_tokens")));
    QCOMPARE(o.value(QLatin1String("options")).toObject(),
             (QJsonObject{{QStringLiteral("num_gpu"), 20},
                          {QStringLiteral("num_predict"), 64},
                          {QStringLiteral("temperature"), 0.2}}));
    QCOMPARE(chatAcceptHeader(ChatApi::Ollama), QByteArray("application/x-ndjson"));
}

// --- client ---------------------------------------------------------------------------------

void TestDeployStream::normalAnswer_data() {
    addRuntimes();
}

void TestDeployStream::normalAnswer() {
    QFETCH(QString, runtime);
    const Run r = run(runtime, {});
    QVERIFY2(r.outcome.ok(), qPrintable(r.outcome.message));
    QCOMPARE(r.doneCalls, 1);
    QCOMPARE(r.outcome.text, QString::fromUtf8(kAnswer));
    QCOMPARE(r.pieces.join(QString()), r.outcome.text);
    QCOMPARE(r.pieces.size(), 14);
    QCOMPARE(r.outcome.finishReason, QStringLiteral("stop"));
    QCOMPARE(r.outcome.stats.tokens, 14);   // the server's own count where it sends one
    QVERIFY(r.outcome.stats.serverCounted); // usage chunk / eval_count
    QVERIFY(r.outcome.stats.ttftMs >= 0);
    QVERIFY(r.outcome.stats.totalMs >= r.outcome.stats.ttftMs);
    QVERIFY(r.outcome.stats.tokensPerSecond > 0);
    // What went over the wire.
    const QJsonObject last = m_servers.at(runtime)->lastRequest();
    QCOMPARE(last.value(QLatin1String("path")).toString(), m_catalog.runtime(runtime)->chatPath);
    const QJsonObject headers = last.value(QLatin1String("headers")).toObject();
    QCOMPARE(headers.value(QLatin1String("Content-Type")).toString(),
             QStringLiteral("application/json"));
    const QJsonObject body =
        QJsonDocument::fromJson(last.value(QLatin1String("body")).toString().toUtf8()).object();
    QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("model")).toString(), request(runtime).model);
    QCOMPARE(body.value(QLatin1String("messages"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("content"))
                 .toString(),
             request(runtime).messages.first().content);
    const QJsonObject json = r.outcome.toJson();
    for (const char* key : {"ttftMs", "tokens", "tokensPerSecond", "text"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QVERIFY(!json.contains(QLatin1String("error")));
}

void TestDeployStream::oneBytePerChunk_data() {
    addRuntimes();
}

void TestDeployStream::oneBytePerChunk() {
    QFETCH(QString, runtime);
    const Run r = run(runtime, {{QStringLiteral("splitWrites"), true}});
    QVERIFY2(r.outcome.ok(), qPrintable(r.outcome.message));
    QCOMPARE(r.outcome.text, QString::fromUtf8(kAnswer));
}

void TestDeployStream::stall_data() {
    addRuntimes();
}

void TestDeployStream::stall() {
    QFETCH(QString, runtime);
    ChatLimits limits;
    limits.idleTimeoutMs = 500;
    const Run r = run(
        runtime, {{QStringLiteral("stallAfter"), 3}, {QStringLiteral("stallSeconds"), 20}}, limits);
    QCOMPARE(r.outcome.error, ChatErrorKind::Stall);
    QCOMPARE(r.doneCalls, 1);
    QCOMPARE(r.outcome.text, QStringLiteral("The sky is"));
    QVERIFY2(r.outcome.message.contains(QLatin1String("stopped sending for 0.5 s")) &&
                 r.outcome.message.contains(QLatin1String("kept")),
             qPrintable(r.outcome.message));
    QCOMPARE(m_chat->activeCount(), 0);
}

void TestDeployStream::nothingArrives() {
    ChatLimits limits;
    limits.firstByteTimeoutMs = 500;
    const Run r =
        run(QStringLiteral("vllm"),
            {{QStringLiteral("stallAfter"), 0}, {QStringLiteral("stallSeconds"), 20}}, limits);
    QCOMPARE(r.outcome.error, ChatErrorKind::Stall);
    QVERIFY(r.outcome.text.isEmpty());
    // The response head came, no body byte: still "nothing", the model may be loading.
    QVERIFY2(r.outcome.message.contains(QLatin1String("sent nothing for 0.5 s")),
             qPrintable(r.outcome.message));
}

void TestDeployStream::reset_data() {
    addRuntimes();
}

void TestDeployStream::reset() {
    QFETCH(QString, runtime);
    const Run r = run(runtime, {{QStringLiteral("resetAfter"), 4}});
    QCOMPARE(r.outcome.error, ChatErrorKind::Reset);
    QCOMPARE(r.doneCalls, 1);
    QCOMPARE(r.outcome.text, QStringLiteral("The sky is blue"));
    QVERIFY2(r.outcome.message.contains(QLatin1String("broke in the middle of the answer")),
             qPrintable(r.outcome.message));
    QVERIFY(!r.outcome.detail.isEmpty()); // libcurl's words, for the log
    QCOMPARE(r.outcome.toJson().value(QLatin1String("error")).toString(), QStringLiteral("reset"));
}

void TestDeployStream::malformedChunk_data() {
    addRuntimes();
}

void TestDeployStream::malformedChunk() {
    QFETCH(QString, runtime);
    const Run r = run(runtime, {{QStringLiteral("malformedAfter"), 3}});
    QCOMPARE(r.outcome.error, ChatErrorKind::Malformed);
    QCOMPARE(r.doneCalls, 1);
    QCOMPARE(r.outcome.text, QStringLiteral("The sky is"));
    QVERIFY2(r.outcome.message.contains(QLatin1String("not valid for its protocol")),
             qPrintable(r.outcome.message));
    QVERIFY2(r.outcome.detail.contains(QLatin1String("not a JSON object")),
             qPrintable(r.outcome.detail));
}

void TestDeployStream::errorInTheStream_data() {
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("serverText");
    QTest::newRow("ollama") << "ollama"
                            << "an error was encountered while running the model";
    QTest::newRow("vllm") << "vllm"
                          << "EngineCore encountered an issue.";
    QTest::newRow("tgi") << "tgi"
                         << "CUDA out of memory";
    QTest::newRow("llamacpp") << "llamacpp"
                              << "failed to decode the batch";
}

void TestDeployStream::errorInTheStream() {
    QFETCH(QString, runtime);
    QFETCH(QString, serverText);
    const Run r = run(runtime, {{QStringLiteral("errorAfter"), 2}});
    QCOMPARE(r.outcome.error, ChatErrorKind::Server);
    QCOMPARE(r.outcome.text, QStringLiteral("The sky"));
    QVERIFY2(r.outcome.message.contains(serverText), qPrintable(r.outcome.message));
}

void TestDeployStream::endsEarly_data() {
    addRuntimes();
}

void TestDeployStream::endsEarly() {
    QFETCH(QString, runtime);
    const Run r = run(runtime, {{QStringLiteral("truncateAfter"), 2}});
    QCOMPARE(r.outcome.error, ChatErrorKind::Truncated);
    QCOMPARE(r.outcome.text, QStringLiteral("The sky"));
    QVERIFY2(r.outcome.message.contains(QLatin1String("before saying it was complete")),
             qPrintable(r.outcome.message));
}

void TestDeployStream::unknownModel_data() {
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("serverText");
    QTest::newRow("ollama") << "ollama" << 404 << "model 'llama3.2:1b' not found";
    QTest::newRow("vllm") << "vllm" << 404 << "does not exist";
    QTest::newRow("tgi") << "tgi" << 422 << "not found";
    QTest::newRow("llamacpp") << "llamacpp" << 404 << "not found";
}

void TestDeployStream::unknownModel() {
    QFETCH(QString, runtime);
    QFETCH(int, status);
    QFETCH(QString, serverText);
    const Run r =
        run(runtime, {{QStringLiteral("knownModels"), QJsonArray{QStringLiteral("other")}}});
    QCOMPARE(r.outcome.error, ChatErrorKind::HttpStatus);
    QCOMPARE(r.outcome.httpStatus, status);
    QVERIFY2(r.outcome.message.contains(QStringLiteral("HTTP %1").arg(status)) &&
                 r.outcome.message.contains(serverText),
             qPrintable(r.outcome.message));
    QVERIFY(r.outcome.text.isEmpty());
}

void TestDeployStream::referenceStreams() {
    // Ollama's documented chat chunk and final object: the server's token count wins.
    Run r = run(QStringLiteral("ollama"), {{QStringLiteral("reference"), true}});
    QVERIFY2(r.outcome.ok(), qPrintable(r.outcome.message));
    QCOMPARE(r.outcome.text, QStringLiteral("The"));
    QCOMPARE(r.outcome.stats.tokens, 282);
    QVERIFY(r.outcome.stats.serverCounted);
    QCOMPARE(r.outcome.stats.promptTokens, 26);
    // TGI's 39 captured chunks, replayed.
    r = run(QStringLiteral("tgi"), {{QStringLiteral("reference"), true}});
    QVERIFY2(r.outcome.ok(), qPrintable(r.outcome.message));
    QCOMPARE(r.outcome.text, tgiText());
    QCOMPARE(r.outcome.stats.tokens, r.pieces.size());
    QVERIFY(!r.outcome.stats.serverCounted);
}

void TestDeployStream::cancel() {
    const Run r = run(QStringLiteral("vllm"),
                      {{QStringLiteral("tokensPerSecond"), 20}, {QStringLiteral("tokens"), 200}},
                      {}, [](quint64 id, ChatClient& chat) { QVERIFY(chat.cancel(id)); });
    QCOMPARE(r.outcome.error, ChatErrorKind::Cancelled);
    QCOMPARE(r.doneCalls, 1);
    QCOMPARE(r.outcome.text, QStringLiteral("The"));
    QCOMPARE(m_chat->activeCount(), 0);
    QVERIFY(!m_chat->cancel(12345));
}

void TestDeployStream::contextGoesAway() {
    QVERIFY(
        m_servers.at(QStringLiteral("ollama"))
            ->setKnobs({{QStringLiteral("tokensPerSecond"), 20}, {QStringLiteral("tokens"), 200}}));
    auto context = std::make_unique<QObject>();
    int pieces = 0;
    int done = 0;
    m_chat->send(
        endpoint(QStringLiteral("ollama")), request(QStringLiteral("ollama")), {}, context.get(),
        [&](const QString&, const ChatStats&) { ++pieces; }, [&](ChatOutcome) { ++done; });
    QVERIFY(fd::test::waitUntil([&] { return pieces >= 2; }, 60000));
    context.reset();
    QCOMPARE(m_chat->activeCount(), 0); // the transfer is aborted at once
    const int seen = pieces;
    fd::test::waitUntil([] { return false; }, 500);
    QCOMPARE(done, 0);
    QCOMPARE(pieces, seen);
}

void TestDeployStream::refused() {
    ChatEndpoint e = endpoint(QStringLiteral("vllm"));
    e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fd::test::freeTcpPort()));
    QObject context;
    std::optional<ChatOutcome> outcome;
    m_chat->send(e, request(QStringLiteral("vllm")), {}, &context, {},
                 [&](ChatOutcome o) { outcome = std::move(o); });
    QVERIFY(fd::test::waitUntil([&] { return outcome.has_value(); }, 30000));
    QCOMPARE(outcome->error, ChatErrorKind::Network);
    QVERIFY2(outcome->message.contains(QLatin1String("Could not connect")),
             qPrintable(outcome->message));
}

void TestDeployStream::notAnHttpUrl() {
    ChatEndpoint e = endpoint(QStringLiteral("vllm"));
    e.baseUrl = QUrl(QStringLiteral("ftp://127.0.0.1/"));
    QObject context;
    std::optional<ChatOutcome> outcome;
    m_chat->send(e, request(QStringLiteral("vllm")), {}, &context, {},
                 [&](ChatOutcome o) { outcome = std::move(o); });
    QVERIFY(!outcome); // never synchronously
    QVERIFY(fd::test::waitUntil([&] { return outcome.has_value(); }, 5000));
    QCOMPARE(outcome->error, ChatErrorKind::Network);
}

QTEST_GUILESS_MAIN(TestDeployStream)
#include "tst_deploy_stream.moc"
