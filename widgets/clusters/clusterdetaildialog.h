#pragma once

#include "clusterdetaildata.h"
#include "registry/clusterregistry.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QTimer;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;

namespace fd::widgets {

class EventsModel;

// Cluster detail: Overview (capacity / allocatable / requested for CPU, memory, nvidia.com/gpu
// and MIG resources, as a table with bars), Nodes, Labels & Taints, and Events (newest first,
// warnings highlighted, kept live through a watch that stops when the dialog closes).
class ClusterDetailDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterDetailDialog)

public:
    ClusterDetailDialog(fd::registry::ClusterRegistry* registry, fd::registry::ClusterId id,
                        QWidget* parent = nullptr);
    ~ClusterDetailDialog() override;

    fd::registry::ClusterId clusterId() const { return m_id; }
    // Fetches nodes, pods and events again and restarts the event watch.
    void reload();

    bool isLoaded() const { return m_loaded; }
    bool isWatching() const { return m_watch != 0; }
    bool isPolling() const;
    // Milliseconds between event re-reads when no watch is available (default 5,000).
    void setPollInterval(int ms);
    QLabel* liveLabel() const { return m_liveLabel; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* resourcesTable() const { return m_resources; }
    QTableWidget* nodesTable() const { return m_nodes; }
    QTreeWidget* labelsTree() const { return m_labels; }
    QTableView* eventsView() const { return m_eventsView; }
    EventsModel* eventsModel() const { return m_events; }
    QLabel* stateLabel() const { return m_state; }

Q_SIGNALS:
    void dataLoaded();
    void eventsUpdated();

protected:
    void changeEvent(QEvent* event) override;
    void done(int result) override;

private:
    struct Fetched;
    void applyData(const ClusterDetailData& data);
    void fillHeader();
    void fillOverview(const ClusterDetailData& data);
    void fillNodes(const ClusterDetailData& data);
    void fillLabels(const ClusterDetailData& data);
    void startWatch(const QString& resourceVersion);
    void stopWatch();
    void startPolling();
    void pollEvents();
    void showError(const QString& message);
    void retranslate();

    QPointer<fd::registry::ClusterRegistry> m_registry;
    fd::registry::ClusterId m_id;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_state;
    QPushButton* m_retry;
    QTabWidget* m_tabs;
    QTableWidget* m_resources;
    QLabel* m_overviewNote;
    QTableWidget* m_nodes;
    QTreeWidget* m_labels;
    EventsModel* m_events;
    QTableView* m_eventsView;
    QLabel* m_liveLabel;
    fd::registry::WatchId m_watch = 0;
    QTimer* m_poll; // re-lists events when the registry cannot stream a watch
    bool m_pollRunning = false;
    QString m_resourceVersion;
    ClusterDetailData m_data;
    int m_reconnects = 0;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

} // namespace fd::widgets
