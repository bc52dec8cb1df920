#pragma once

// Starts the loopback LLM runtime stand-in (tests/servers/inference/server.py) for one test: one
// runtime's wire format (ollama, vllm, tgi, llamacpp) on 127.0.0.1 with a free port, stopped by
// its PID when this object goes away. Knobs (pace, stall, reset, malformed chunk …) are listed
// in the script's docstring.
//
//   fd::test::InferenceTestServer server;
//   QVERIFY2(server.start(QStringLiteral("vllm"), {{"tokensPerSecond", 200}}),
//            qPrintable(server.errorString()));
//   endpoint.baseUrl = server.url();

#include "serverprocess.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace fd::test {

class InferenceTestServer final {
public:
    InferenceTestServer() = default;
    ~InferenceTestServer() { stop(); }
    InferenceTestServer(const InferenceTestServer&) = delete;
    InferenceTestServer& operator=(const InferenceTestServer&) = delete;

    bool start(const QString& runtime, const QJsonObject& knobs = {});
    void stop() { m_process.stop(); }
    QString errorString() const { return m_error; }

    QUrl url() const { return QUrl(m_process.baseUrl()); }
    quint16 port() const { return m_process.port(); }

    // Replaces the knobs for the following requests (blocking; tests only).
    bool setKnobs(const QJsonObject& knobs);
    // The last request the server received: {method, path, headers, body}.
    QJsonObject lastRequest();

private:
    ServerProcess m_process;
    QString m_error;
};

} // namespace fd::test
