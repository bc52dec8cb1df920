#pragma once

#include "metrics/gpumetrics.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace fd::metrics {
class AlertmanagerClient;
class PromClient;
} // namespace fd::metrics

namespace fd::registry {
class ClusterConnections;
}

namespace fd::widgets {

class AlertsView;
class AllocationView;
class AttributionView;
class FleetHeatMap;
class GpuChart;
class GpuFleetModel;
class HealthEventModel;
class PromAlertModel;
class PromConsole;

// The GPU dashboards of one Prometheus endpoint: the fleet heat map with its table, one node's
// charts (utilisation, frame buffer used and free, temperature, power, SM clock), the health
// events, who uses the GPUs (per namespace and pod) and allocation vs use (the GPUs pods
// requested from the cluster API against what they used), over a time range from 15 minutes to 30
// days, refreshed on demand or every 30 s. Queries run through GpuMetrics (decoded and downsampled
// on the thread pool); an answer older than the last request is dropped, so a range change never
// shows a stale view.
class GpuDashboard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuDashboard)

public:
    enum Tab { FleetTab, NodeTab, HealthTab, AttributionTab, AllocationTab, AlertsTab, ConsoleTab };

    explicit GpuDashboard(QWidget* parent = nullptr);
    ~GpuDashboard() override;

    // Not owned; must outlive this widget or be cleared first. Null shows nothing.
    void setClient(fd::metrics::PromClient* client);
    // The endpoint's Alertmanager for the Alerts tab (not owned; null: none configured). Call
    // before setClient(); refreshed with the rest.
    void setAlertmanager(fd::metrics::AlertmanagerClient* client);
    // Where allocation vs use reads the pods: the cluster the endpoint is linked to, through its
    // one connection. No cluster: that tab says how to link one. Call before setClient().
    void setCluster(fd::registry::ClusterConnections* connections, std::optional<qint64> clusterId,
                    const QString& clusterName);
    void refresh();
    // The vault was unlocked: refreshes at once when the last refresh waited for it (allocation
    // vs use said "Vault locked", or a query failed, e.g. on a locked token), instead of showing
    // that until the next refresh.
    void vaultUnlocked();

    qint64 rangeMs() const;
    void setRangeIndex(int index);
    void showNode(const QString& node);

    // Export of what the current tab shows: a PNG of it, or CSV — the fleet, health or pod table in
    // its sort order, or the node's series (metric, GPU, time, value; a gap is an empty value,
    // never interpolated). Written on the thread pool; `exported(path, error)` follows.
    void exportPng(const QString& path);
    void exportCsv(const QString& path);

    // For tests and screenshots.
    int requestsStarted() const { return m_requests; }
    QComboBox* rangeBox() const { return m_range; }
    QComboBox* nodeBox() const { return m_node; }
    QTabWidget* tabs() const { return m_tabs; }
    FleetHeatMap* heatMap() const { return m_heatMap; }
    GpuFleetModel* fleetModel() const { return m_fleetModel; }
    HealthEventModel* healthModel() const { return m_healthModel; }
    AttributionView* attribution() const { return m_attribution; }
    AllocationView* allocation() const { return m_allocation; }
    PromConsole* console() const { return m_console; }
    PromAlertModel* alertModel() const { return m_alertModel; }
    AlertsView* alertsView() const { return m_alertsView; }
    GpuChart* chart(fd::metrics::GpuMetric metric) const;
    QLabel* statusLabel() const { return m_status; }
    // False while a refresh is in flight.
    bool refreshButtonEnabled() const;
    QPushButton* refreshButton() const { return m_refresh; }

Q_SIGNALS:
    // Every request of the last refresh has answered (or failed).
    void loaded();
    // An export finished; `error` is empty on success.
    void exported(const QString& path, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct NodeLoad;
    void refreshNode();
    bool nodeChartsEmpty() const;
    bool isCurrent(const NodeLoad& load) const;
    void fillNext(const std::shared_ptr<NodeLoad>& load);
    void settle(const QString& error);
    void refreshAllocation(quint64 generation);
    void showAllocation();
    QString rangePhrase() const;
    void retranslate();
    void updateAlertsTab();
    void askExport(bool png);
    void writeFile(const QString& path, std::function<QByteArray()> make);

    QPointer<fd::metrics::PromClient> m_client;
    std::unique_ptr<fd::metrics::GpuMetrics> m_metrics;
    QComboBox* m_range;
    QComboBox* m_node;
    QCheckBox* m_auto;
    QPushButton* m_refresh;
    QLabel* m_status;
    QTabWidget* m_tabs;
    FleetHeatMap* m_heatMap;
    GpuFleetModel* m_fleetModel;
    QTableView* m_fleetTable;
    HealthEventModel* m_healthModel;
    QTableView* m_healthTable;
    AttributionView* m_attribution;
    AllocationView* m_allocation;
    PromConsole* m_console;
    PromAlertModel* m_alertModel;
    AlertsView* m_alertsView;
    QPointer<fd::registry::ClusterConnections> m_connections;
    std::optional<qint64> m_clusterId;
    QString m_clusterName;
    // The two halves of allocation vs use of the current refresh, combined when both are in.
    std::optional<QList<fd::metrics::PodUsage>> m_allocUsage;
    std::optional<QList<fd::metrics::PodGpuRequest>> m_allocRequests;
    QList<GpuChart*> m_charts;
    // What each node chart shows (what the CSV export writes), and by which load: node and range.
    QList<fd::metrics::MetricSeries> m_shown;
    QStringList m_shownKeys;
    // The node page's latest load; the answers of older ones are dropped.
    std::shared_ptr<NodeLoad> m_nodeLoad;
    QPushButton* m_exportPng;
    QPushButton* m_exportCsv;
    QTimer* m_timer;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_requests = 0;
    QStringList m_errors;
    QStringList m_nodeErrors; // the node page's last load's
};

} // namespace fd::widgets
