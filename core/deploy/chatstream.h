#pragma once

// Decodes a streamed chat answer into events, incrementally (any chunk boundaries):
//  - OpenAI SSE (vLLM, TGI, llama.cpp, Ollama's /v1): `data: {chat.completion.chunk}` with
//    choices[0].delta.content, finish_reason, an optional final usage chunk (choices: []), and
//    `data: [DONE]`; errors as `data: {"error":{"message":…}}` (vLLM ≥ 0.10.1, llama.cpp,
//    Ollama), `{"object":"error","message":…}` (vLLM ≤ 0.10.0) or `{"error":"…","error_type":…}`
//    (TGI); TGI's /generate_stream tokens (`{"token":{"text":…},"generated_text":…}`, no [DONE]).
//  - Ollama NDJSON (/api/chat, /api/generate): message.content or response per line, a final
//    `"done":true` object with eval_count and durations, and `{"error":"…"}` mid-stream.
// A chunk that is not JSON is reported once as Malformed and the decoder stops; everything
// decoded before it is kept by the caller.

#include "deploy/runtime.h"
#include "deploy/sseparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace fd::deploy {

struct ChatEvent {
    enum class Kind {
        Text,      // text: the next piece of the answer
        Finish,    // finishReason (the model stopped; more events such as usage may follow)
        Usage,     // completionTokens / promptTokens as the server counted them
        Done,      // the stream says it is complete ([DONE], done:true, generated_text)
        Error,     // the server reported an error inside the stream: text
        Malformed, // a chunk that is not what the protocol allows: text = what was wrong
    };
    Kind kind = Kind::Text;
    QString text;
    QString finishReason;
    int completionTokens = -1;
    int promptTokens = -1;
    qint64 evalDurationNs = 0; // Ollama: time the server spent generating
};

class ChatStreamDecoder final {
public:
    explicit ChatStreamDecoder(ChatApi api);

    // Appends the events `bytes` completes. After a Malformed event further input is ignored.
    void feed(QByteArrayView bytes, QList<ChatEvent>& out);
    // The stream's end: decodes a last NDJSON line without its newline. Returns whether the
    // stream said it was complete (Done, or at least a finish reason).
    bool finish(QList<ChatEvent>& out);

    bool isDone() const { return m_done; }
    bool sawFinish() const { return m_finished; }
    bool failed() const { return m_failed; }

private:
    void sseData(const QByteArray& data, QList<ChatEvent>& out);
    void ndjsonLine(const QByteArray& line, QList<ChatEvent>& out);
    void malformed(const QString& what, QList<ChatEvent>& out);

    ChatApi m_api;
    SseParser m_sse;
    NdjsonParser m_ndjson;
    QList<SseEvent> m_events;
    QList<QByteArray> m_lines;
    bool m_done = false;
    bool m_finished = false;
    bool m_failed = false;
};

// The message inside an error body of any of the runtimes (HTTP status >= 400, or an in-stream
// error object): {"error":"…"} (Ollama, TGI + error_type), {"error":{"message":…}} (OpenAI
// style), {"object":"error","message":…} (old vLLM), {"detail":…} (FastAPI). Empty when the
// body has none; never the raw body.
QString serverErrorMessage(QByteArrayView body);

} // namespace fd::deploy
