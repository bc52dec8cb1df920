#pragma once

// The test prompt: sends one chat request to a deployed model and streams the answer token by
// token, over fd::net::HttpClient (no thread, no blocking). Measures time to first token and
// tokens per second; turns a stall (nothing arrives for idleTimeoutMs), a connection that breaks
// mid-answer, a chunk that is not what the protocol allows, an error the server reports in the
// stream and an HTTP error status into one sentence each — keeping the text that arrived.
//
//   fd::deploy::ChatClient chat(http);
//   chat.send(endpoint, request, {}, this,
//             [this](const QString& piece, const ChatStats&) { append(piece); },
//             [this](ChatOutcome outcome) { showResult(outcome); });
//
// onDelta runs on the client's thread for every piece while the context lives (no queueing: a
// token reaches the view within the same event-loop turn it arrived in), so the context must live
// on the thread of the client and its HttpClient (the UI thread in the console); the HttpClient
// must outlive the ChatClient. `done` runs exactly
// once, queued on the context's thread, and is dropped when the context is gone; destroying the
// context also aborts the transfer.

#include "deploy/chatrequest.h"
#include "net/request.h"
#include "net/response.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <unordered_map>

namespace fd::net {
class HttpClient;
}

namespace fd::deploy {

struct ChatEndpoint {
    QUrl baseUrl; // http://<node>:<nodePort>
    ChatApi api = ChatApi::OpenAi;
    QString chatPath;         // empty: /v1/chat/completions or /api/chat
    fd::net::Headers headers; // e.g. Authorization for a server started with an API key; SECRET
    fd::net::TlsOptions tls;
    QString proxyUrl;
};

struct ChatLimits {
    int connectTimeoutMs = 10000;
    // Until the first byte of the answer: a model that loads on its first request (Ollama) or a
    // long prompt can take minutes.
    int firstByteTimeoutMs = 300000;
    int idleTimeoutMs = 30000; // between chunks once the answer flows
    qint64 maxAnswerBytes = qint64(16) << 20;
};

enum class ChatErrorKind {
    None,
    Network, // never connected or no answer (DNS, refused, TLS …)
    HttpStatus,
    Stall,     // the server stopped sending
    Reset,     // the connection broke in the middle of the answer
    Truncated, // the stream ended cleanly but without its end marker
    Malformed, // a chunk that is not valid for the protocol
    Server,    // the server reported an error inside the stream
    TooLarge,
    Cancelled,
};

QString chatErrorKindName(ChatErrorKind kind); // "stall", "reset" … for JSON and logs

struct ChatStats {
    double ttftMs = -1;         // request sent -> first piece of text; -1 until then
    int tokens = 0;             // the server's count when it gave one, else the pieces received
    int pieces = 0;             // text events received
    double tokensPerSecond = 0; // decode rate after the first token: (tokens-1) / (last-first)
    double totalMs = 0;
    int promptTokens = -1;
    bool serverCounted = false;
};

struct ChatOutcome {
    QString text;         // everything that arrived, also after an error
    QString finishReason; // stop, length …
    ChatStats stats;
    ChatErrorKind error = ChatErrorKind::None;
    QString message; // one sentence for the user when error != None
    QString detail;  // technical detail for logs (never the prompt or the answer)
    int httpStatus = 0;

    bool ok() const { return error == ChatErrorKind::None; }
    // {ttftMs, tokens, tokensPerSecond, text, finishReason, [error, message]} for --json.
    QJsonObject toJson() const;
};

class ChatClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatClient)

public:
    using DeltaHandler = std::function<void(const QString& piece, const ChatStats& soFar)>;
    using DoneHandler = std::function<void(ChatOutcome)>;

    explicit ChatClient(fd::net::HttpClient& http, QObject* parent = nullptr);
    ~ChatClient() override; // running prompts end without callbacks

    quint64 send(const ChatEndpoint& endpoint, const ChatRequest& request, const ChatLimits& limits,
                 QObject* context, DeltaHandler onDelta, DoneHandler done);
    // Stops a prompt; its `done` gets Cancelled with the text so far. False if unknown/finished.
    bool cancel(quint64 id);
    int activeCount() const { return int(m_streams.size()); }

private:
    struct Stream;
    void onChunk(quint64 id, QByteArrayView chunk);
    void onReply(quint64 id, const fd::net::Reply& reply);
    void onTimeout(quint64 id);
    void finish(quint64 id, ChatErrorKind kind, const QString& message, const QString& detail);
    void abandon(quint64 id);

    fd::net::HttpClient& m_http;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Stream>> m_streams;
};

} // namespace fd::deploy
