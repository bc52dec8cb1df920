#include "deploy/chatrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fd::deploy {

QByteArray chatRequestBody(const ChatRequest& r) {
    QJsonArray messages;
    for (const ChatMessage& m : r.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    QJsonObject body{{QStringLiteral("model"), r.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), true}};
    if (r.api == ChatApi::Ollama) {
        QJsonObject options = r.options;
        if (r.maxTokens > 0)
            options.insert(QStringLiteral("num_predict"), r.maxTokens);
        if (r.temperature)
            options.insert(QStringLiteral("temperature"), *r.temperature);
        if (!options.isEmpty())
            body.insert(QStringLiteral("options"), options);
    } else {
        if (r.maxTokens > 0)
            body.insert(QStringLiteral("max_tokens"), r.maxTokens);
        if (r.temperature)
            body.insert(QStringLiteral("temperature"), *r.temperature);
        if (r.includeUsage)
            body.insert(QStringLiteral("stream_options"),
                        QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray chatAcceptHeader(ChatApi api) {
    return api == ChatApi::Ollama ? QByteArrayLiteral("application/x-ndjson")
                                  : QByteArrayLiteral("text/event-stream");
}

} // namespace fd::deploy
