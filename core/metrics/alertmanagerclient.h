#pragma once

// Asynchronous Alertmanager API v2 client: alerts (with their silenced/inhibited state),
// silences (list, create, expire), status and readiness. Same delivery rule as PromClient.

#include "metrics/promclient.h"

namespace fd::metrics {

struct AmAlertFilter {
    bool active = true;
    bool silenced = true;
    bool inhibited = true;
    bool unprocessed = true;
    QStringList matchers; // Alertmanager filter strings: `alertname="GpuTooHot"`
    QString receiver;     // regex
};

class AlertmanagerClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertmanagerClient)

public:
    AlertmanagerClient(fd::net::Endpoint endpoint, AuthProvider auth, fd::net::HttpClient* http,
                       QObject* parent = nullptr);
    ~AlertmanagerClient() override;

    QString serverName() const { return m_transport->serverName(); }
    void setServerName(const QString& name) { m_transport->setServerName(name); }

    quint64 alerts(const AmAlertFilter& filter, QObject* context,
                   PromCallback<QList<AmAlert>> done);
    quint64 silences(QObject* context, PromCallback<QList<Silence>> done);
    // Creates (or, with an id, updates) a silence; the answer is its id.
    quint64 createSilence(const Silence& silence, QObject* context, PromCallback<QString> done);
    quint64 expireSilence(const QString& id, QObject* context, PromCallback<bool> done);
    quint64 status(QObject* context, PromCallback<AmStatus> done);
    quint64 ready(QObject* context, PromCallback<bool> done);

    bool cancel(quint64 handle) { return m_transport->cancel(handle); }

private:
    PromTransport* m_transport;
};

} // namespace fd::metrics
