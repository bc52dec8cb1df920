#pragma once

#include "metrics/promtypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fd::metrics {
class AlertmanagerClient;
}

namespace fd::widgets {

class AmAlertModel;
class PromAlertModel;
class SilenceDialog;
class SilenceModel;

// The dashboard's Alerts tab: Prometheus's own alerts (fed by the dashboard into the
// PromAlertModel) and, when the endpoint has an Alertmanager, its alerts (active or suppressed,
// with the silences or alerts that suppress them) and its silences, with "Silence…" on an alert
// and "Expire" on a silence. Every call goes through the AlertmanagerClient (asynchronous,
// decoded on the pool); an answer older than the last refresh is dropped. Each list explains
// itself when empty (loading, nothing firing, no Alertmanager configured, or the error).
class AlertsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsView)

public:
    AlertsView(PromAlertModel* prometheusAlerts, QWidget* parent = nullptr);
    ~AlertsView() override;

    // Prometheus's list: loading until the dashboard's answer, then its rows or the error.
    void setPrometheusLoading();
    void setPrometheusDone(const QString& error);

    // Not owned; must outlive this view or be cleared first. Null: no Alertmanager configured.
    void setAlertmanager(fd::metrics::AlertmanagerClient* client);
    bool hasAlertmanager() const { return !m_client.isNull(); }
    // Reads the Alertmanager's alerts and silences again (nothing without one).
    void refreshAlertmanager();

    // The silence dialog for the selected Alertmanager alert; the confirmation for expiring the
    // selected silence. Both are opened window-modal and not waited for.
    void silenceSelected();
    void expireSelected();

    // For tests and screenshots.
    AmAlertModel* alertmanagerAlerts() const { return m_amModel; }
    SilenceModel* silences() const { return m_silenceModel; }
    QTableView* prometheusTable() const { return m_promTable; }
    QTableView* alertmanagerTable() const { return m_amTable; }
    QTableView* silenceTable() const { return m_silenceTable; }
    QPushButton* silenceButton() const { return m_silence; }
    QPushButton* expireButton() const { return m_expire; }
    QLabel* prometheusNote() const { return m_promNote; }
    QLabel* alertmanagerNote() const { return m_amNote; }
    QLabel* silencesNote() const { return m_silenceNote; }
    QLabel* actionStatus() const { return m_status; }
    SilenceDialog* silenceDialog() const;
    QMessageBox* expireConfirmation() const;
    bool isAlertmanagerLoading() const { return m_amPending > 0; }

Q_SIGNALS:
    // Both Alertmanager answers of the last refresh are in (or failed).
    void alertmanagerLoaded();
    // A silence was created, or expired; `error` is empty on success.
    void silenceCreated(const QString& id, const QString& error);
    void silenceExpired(const QString& id, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateStates();
    void updateButtons();
    void amSettled();
    int selectedRow(QTableView* table) const; // in the source model, -1 when none
    static void selectSourceRow(QTableView* table, int row);
    void showAlerts(QList<fd::metrics::AmAlert> alerts);
    void showSilences(QList<fd::metrics::Silence> silences);

    PromAlertModel* m_promModel;
    AmAlertModel* m_amModel;
    SilenceModel* m_silenceModel;
    QPointer<fd::metrics::AlertmanagerClient> m_client;
    QLabel* m_promTitle;
    QLabel* m_amTitle;
    QLabel* m_silenceTitle;
    QStackedWidget* m_promStack;
    QStackedWidget* m_amStack;
    QStackedWidget* m_silenceStack;
    QTableView* m_promTable;
    QTableView* m_amTable;
    QTableView* m_silenceTable;
    QLabel* m_promNote;
    QLabel* m_amNote;
    QLabel* m_silenceNote;
    QWidget* m_amSection;
    QWidget* m_silenceSection;
    QLabel* m_status;
    QPushButton* m_silence;
    QPushButton* m_expire;
    QPointer<SilenceDialog> m_dialog;
    QPointer<QMessageBox> m_confirm;
    bool m_promLoading = false;
    QString m_promError;
    QString m_amError;
    int m_amPending = 0;
    bool m_amLoaded = false;
    quint64 m_generation = 0;
    quint64 m_endpointGeneration = 0; // bumped by setAlertmanager only
};

} // namespace fd::widgets
