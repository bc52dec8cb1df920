#include "inferencetestserver.h"

#include "net/synchttp.h"

#include <QJsonDocument>

namespace fd::test {

bool InferenceTestServer::start(const QString& runtime, const QJsonObject& knobs) {
    stop();
    m_error.clear();
    return m_process.startPython(
        QStringLiteral("inference/server.py"),
        {QStringLiteral("--runtime"), runtime, QStringLiteral("--knobs"),
         QString::fromUtf8(QJsonDocument(knobs).toJson(QJsonDocument::Compact))},
        &m_error);
}

bool InferenceTestServer::setKnobs(const QJsonObject& knobs) {
    fd::net::Request req;
    req.method = "POST";
    req.url = QUrl(m_process.baseUrl() + QStringLiteral("/_knobs"));
    req.body = QJsonDocument(knobs).toJson(QJsonDocument::Compact);
    const fd::net::Reply reply = fd::net::sendAndWait(std::move(req));
    if (!reply.ok())
        m_error = reply.error.message;
    return reply.ok();
}

QJsonObject InferenceTestServer::lastRequest() {
    fd::net::Request req;
    req.url = QUrl(m_process.baseUrl() + QStringLiteral("/_last"));
    const fd::net::Reply reply = fd::net::sendAndWait(std::move(req));
    return QJsonDocument::fromJson(reply.response.body).object();
}

} // namespace fd::test
