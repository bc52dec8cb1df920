#pragma once

// Request bodies for the test prompt: OpenAI's /v1/chat/completions with `stream: true` (vLLM,
// TGI, llama.cpp) and Ollama's /api/chat (streams NDJSON by default; `stream: true` is sent
// anyway so a proxy or a changed default cannot turn it into one JSON answer).

#include "deploy/runtime.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fd::deploy {

struct ChatMessage {
    QString role; // system, user, assistant
    QString content;
};

struct ChatRequest {
    ChatApi api = ChatApi::OpenAi;
    QString model; // as the server knows it (vLLM/TGI: the model id; Ollama: the tag)
    QList<ChatMessage> messages;
    int maxTokens = 0; // 0: the server's default
    std::optional<double> temperature;
    QJsonObject options;      // Ollama request options (num_gpu …) from the settings
    bool includeUsage = true; // OpenAI: ask for a final usage chunk
};

QByteArray chatRequestBody(const ChatRequest& request);

// The Accept header each protocol streams with.
QByteArray chatAcceptHeader(ChatApi api);

} // namespace fd::deploy
