#include "deploy/chatstream.h"

#include "deploy/deploytext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::deploy {

namespace {

QString errorText(const QJsonObject& o) {
    const QJsonValue error = o.value(QStringLiteral("error"));
    if (error.isString())
        return error.toString();
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QString message = e.value(QStringLiteral("message")).toString();
        return message.isEmpty() ? e.value(QStringLiteral("type")).toString() : message;
    }
    if (o.value(QStringLiteral("object")).toString() == QLatin1String("error"))
        return o.value(QStringLiteral("message")).toString();
    const QJsonValue detail = o.value(QStringLiteral("detail"));
    if (detail.isString())
        return detail.toString();
    return {};
}

bool hasError(const QJsonObject& o) {
    const QJsonValue error = o.value(QStringLiteral("error"));
    return (error.isString() || error.isObject()) ||
           o.value(QStringLiteral("object")).toString() == QLatin1String("error");
}

int intOr(const QJsonValue& v, int fallback) {
    return v.isDouble() ? v.toInt() : fallback;
}

} // namespace

QString serverErrorMessage(QByteArrayView body) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray().trimmed(), &err);
    if (!doc.isObject())
        return {};
    return errorText(doc.object());
}

ChatStreamDecoder::ChatStreamDecoder(ChatApi api)
    : m_api(api) {}

void ChatStreamDecoder::malformed(const QString& what, QList<ChatEvent>& out) {
    if (m_failed)
        return;
    m_failed = true;
    ChatEvent e;
    e.kind = ChatEvent::Kind::Malformed;
    e.text = what;
    out.append(e);
}

void ChatStreamDecoder::feed(QByteArrayView bytes, QList<ChatEvent>& out) {
    if (m_failed)
        return;
    if (m_api == ChatApi::Ollama) {
        m_lines.clear();
        const bool ok = m_ndjson.feed(bytes, m_lines);
        for (const QByteArray& line : std::as_const(m_lines)) {
            ndjsonLine(line, out);
            if (m_failed)
                return;
        }
        if (!ok)
            malformed(Text::tr("a line of the answer is longer than 4 MiB"), out);
        return;
    }
    m_events.clear();
    const bool ok = m_sse.feed(bytes, m_events);
    for (const SseEvent& event : std::as_const(m_events)) {
        sseData(event.data, out);
        if (m_failed)
            return;
    }
    if (!ok)
        malformed(Text::tr("an event of the answer is longer than 4 MiB"), out);
}

bool ChatStreamDecoder::finish(QList<ChatEvent>& out) {
    if (!m_failed && m_api == ChatApi::Ollama && m_ndjson.hasPendingLine())
        ndjsonLine(m_ndjson.takePending(), out);
    return m_done || m_finished;
}

void ChatStreamDecoder::sseData(const QByteArray& data, QList<ChatEvent>& out) {
    if (m_done)
        return; // nothing counts after [DONE]
    if (data.trimmed() == "[DONE]") {
        m_done = true;
        out.append(ChatEvent{ChatEvent::Kind::Done, {}, {}, -1, -1, 0});
        return;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (!doc.isObject()) {
        malformed(Text::tr("an event is not a JSON object (%1 at byte %2)")
                      .arg(err.errorString())
                      .arg(err.offset),
                  out);
        return;
    }
    const QJsonObject o = doc.object();
    if (hasError(o)) {
        ChatEvent e;
        e.kind = ChatEvent::Kind::Error;
        e.text = errorText(o);
        out.append(e);
        return;
    }
    // TGI's /generate_stream: one token per event; the last carries generated_text.
    if (o.value(QStringLiteral("token")).isObject()) {
        const QJsonObject token = o.value(QStringLiteral("token")).toObject();
        if (!token.value(QStringLiteral("special")).toBool()) {
            const QString text = token.value(QStringLiteral("text")).toString();
            if (!text.isEmpty())
                out.append(ChatEvent{ChatEvent::Kind::Text, text, {}, -1, -1, 0});
        }
        if (o.value(QStringLiteral("generated_text")).isString()) {
            const QJsonObject details = o.value(QStringLiteral("details")).toObject();
            ChatEvent fin;
            fin.kind = ChatEvent::Kind::Finish;
            fin.finishReason = details.value(QStringLiteral("finish_reason")).toString();
            fin.completionTokens = intOr(details.value(QStringLiteral("generated_tokens")), -1);
            m_finished = true;
            out.append(fin);
            m_done = true;
            out.append(ChatEvent{ChatEvent::Kind::Done, {}, {}, -1, -1, 0});
        }
        return;
    }
    const QJsonValue choices = o.value(QStringLiteral("choices"));
    if (choices.isArray() && !choices.toArray().isEmpty()) {
        const QJsonObject choice = choices.toArray().first().toObject();
        const QJsonValue delta = choice.value(QStringLiteral("delta"));
        QString text = delta.isObject()
                           ? delta.toObject().value(QStringLiteral("content")).toString()
                           : choice.value(QStringLiteral("text")).toString(); // completions
        if (!text.isEmpty())
            out.append(ChatEvent{ChatEvent::Kind::Text, text, {}, -1, -1, 0});
        const QJsonValue reason = choice.value(QStringLiteral("finish_reason"));
        if (reason.isString() && !reason.toString().isEmpty()) {
            m_finished = true;
            ChatEvent fin;
            fin.kind = ChatEvent::Kind::Finish;
            fin.finishReason = reason.toString();
            out.append(fin);
        }
    }
    const QJsonValue usage = o.value(QStringLiteral("usage"));
    if (usage.isObject()) {
        const QJsonObject u = usage.toObject();
        ChatEvent e;
        e.kind = ChatEvent::Kind::Usage;
        e.completionTokens = intOr(u.value(QStringLiteral("completion_tokens")), -1);
        e.promptTokens = intOr(u.value(QStringLiteral("prompt_tokens")), -1);
        out.append(e);
    }
}

void ChatStreamDecoder::ndjsonLine(const QByteArray& line, QList<ChatEvent>& out) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (!doc.isObject()) {
        malformed(Text::tr("a line is not a JSON object (%1 at byte %2)")
                      .arg(err.errorString())
                      .arg(err.offset),
                  out);
        return;
    }
    if (m_done)
        return;
    const QJsonObject o = doc.object();
    if (hasError(o)) {
        ChatEvent e;
        e.kind = ChatEvent::Kind::Error;
        e.text = errorText(o);
        out.append(e);
        return;
    }
    const QJsonValue message = o.value(QStringLiteral("message"));
    const QString text = message.isObject()
                             ? message.toObject().value(QStringLiteral("content")).toString()
                             : o.value(QStringLiteral("response")).toString();
    if (!text.isEmpty())
        out.append(ChatEvent{ChatEvent::Kind::Text, text, {}, -1, -1, 0});
    if (o.value(QStringLiteral("done")).toBool()) {
        const QString reason = o.value(QStringLiteral("done_reason")).toString();
        ChatEvent fin;
        fin.kind = ChatEvent::Kind::Finish;
        fin.finishReason = reason.isEmpty() ? QStringLiteral("stop") : reason;
        out.append(fin);
        m_finished = true;
        const int evalCount = intOr(o.value(QStringLiteral("eval_count")), -1);
        const int promptCount = intOr(o.value(QStringLiteral("prompt_eval_count")), -1);
        if (evalCount >= 0 || promptCount >= 0) {
            ChatEvent usage;
            usage.kind = ChatEvent::Kind::Usage;
            usage.completionTokens = evalCount;
            usage.promptTokens = promptCount;
            usage.evalDurationNs = qint64(o.value(QStringLiteral("eval_duration")).toDouble());
            out.append(usage);
        }
        m_done = true;
        out.append(ChatEvent{ChatEvent::Kind::Done, {}, {}, -1, -1, 0});
    }
}

} // namespace fd::deploy
