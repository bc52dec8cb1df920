#include "metrics/alertmanagerclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::metrics {

namespace {

QString boolText(bool b) {
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QString rfc3339(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AlertmanagerClient::AlertmanagerClient(fd::net::Endpoint endpoint, AuthProvider auth,
                                       fd::net::HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_transport(new PromTransport(std::move(endpoint), std::move(auth), http,
                                    Service::Alertmanager, this)) {}

AlertmanagerClient::~AlertmanagerClient() = default;

quint64 AlertmanagerClient::alerts(const AmAlertFilter& filter, QObject* context,
                                   PromCallback<QList<AmAlert>> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v2/alerts");
    call.query.addQueryItem(QStringLiteral("active"), boolText(filter.active));
    call.query.addQueryItem(QStringLiteral("silenced"), boolText(filter.silenced));
    call.query.addQueryItem(QStringLiteral("inhibited"), boolText(filter.inhibited));
    call.query.addQueryItem(QStringLiteral("unprocessed"), boolText(filter.unprocessed));
    for (const QString& m : filter.matchers)
        call.query.addQueryItem(QStringLiteral("filter"), m);
    if (!filter.receiver.isEmpty())
        call.query.addQueryItem(QStringLiteral("receiver"), filter.receiver);
    return m_transport->send<QList<AmAlert>>(std::move(call), decodeAmAlerts, context,
                                             std::move(done));
}

quint64 AlertmanagerClient::silences(QObject* context, PromCallback<QList<Silence>> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v2/silences");
    return m_transport->send<QList<Silence>>(std::move(call), decodeSilences, context,
                                             std::move(done));
}

quint64 AlertmanagerClient::createSilence(const Silence& silence, QObject* context,
                                          PromCallback<QString> done) {
    QJsonArray matchers;
    for (const Matcher& m : silence.matchers)
        matchers.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("value"), m.value},
                                    {QStringLiteral("isRegex"), m.isRegex},
                                    {QStringLiteral("isEqual"), m.isEqual}});
    QJsonObject body{{QStringLiteral("matchers"), matchers},
                     {QStringLiteral("startsAt"), rfc3339(silence.startsAt)},
                     {QStringLiteral("endsAt"), rfc3339(silence.endsAt)},
                     {QStringLiteral("createdBy"), silence.createdBy},
                     {QStringLiteral("comment"), silence.comment}};
    if (!silence.id.isEmpty())
        body.insert(QStringLiteral("id"), silence.id);
    ApiCall call;
    call.method = "POST";
    call.path = QStringLiteral("/api/v2/silences");
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.contentType = "application/json";
    return m_transport->send<QString>(std::move(call), decodeSilenceId, context, std::move(done));
}

quint64 AlertmanagerClient::expireSilence(const QString& id, QObject* context,
                                          PromCallback<bool> done) {
    ApiCall call;
    call.method = "DELETE";
    call.path =
        QStringLiteral("/api/v2/silence/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return m_transport->send<bool>(
        std::move(call), [](QByteArrayView, const QString&) { return PromResult<bool>(true); },
        context, std::move(done));
}

quint64 AlertmanagerClient::status(QObject* context, PromCallback<AmStatus> done) {
    ApiCall call;
    call.path = QStringLiteral("/api/v2/status");
    return m_transport->send<AmStatus>(std::move(call), decodeAmStatus, context, std::move(done));
}

quint64 AlertmanagerClient::ready(QObject* context, PromCallback<bool> done) {
    ApiCall call;
    call.path = QStringLiteral("/-/ready");
    call.timeoutMs = 15000;
    return m_transport->send<bool>(
        std::move(call), [](QByteArrayView, const QString&) { return PromResult<bool>(true); },
        context, std::move(done));
}

} // namespace fd::metrics
