#pragma once

#include "detailmodels.h"
#include "registry/clusterregistry.h"
#include "registry/healthsummary.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeView;

namespace fd::widgets {

class NodeLabelsModel;
class ZoneCombo;

// Cluster detail: the zone (editable), Overview (capacity / allocatable / requested for CPU,
// memory, nvidia.com/gpu and MIG resources, as a table with bars), Nodes, Labels & Taints, and
// Events (newest first, warnings highlighted). Nodes and events are live tables fed by typed
// watches through the cluster's connection (decoded off the UI thread, coalesced); the pods'
// requests are added up page by page on the thread pool and read again every 30 s. Everything stops
// when the dialog closes.
class ClusterDetailDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterDetailDialog)

public:
    ClusterDetailDialog(fd::registry::ClusterRegistry* registry, fd::registry::ClusterId id,
                        QWidget* parent = nullptr);
    ~ClusterDetailDialog() override;

    fd::registry::ClusterId clusterId() const { return m_id; }
    // Starts the watches and the pod count again (Retry).
    void reload();

    // Nodes listed and pods counted (the Overview is complete).
    bool isLoaded() const { return m_loaded; }
    bool isWatching() const;
    void setPodsInterval(int ms) { m_podsTimer.setInterval(ms); }
    QLabel* liveLabel() const { return m_liveLabel; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* resourcesTable() const { return m_resources; }
    QTableView* nodesView() const { return m_nodesView; }
    NodesModel* nodesModel() const { return m_nodes; }
    QTreeView* labelsView() const { return m_labelsView; }
    QTableView* eventsView() const { return m_eventsView; }
    EventsModel* eventsModel() const { return m_events; }
    QLabel* stateLabel() const { return m_state; }
    // The zone, saved (and pushed to Karmada for a joined member) when the user picks another.
    ZoneCombo* zoneCombo() const { return m_zone; }
    QLabel* zoneNote() const { return m_zoneNote; }

Q_SIGNALS:
    void dataLoaded();
    void eventsUpdated();

protected:
    void changeEvent(QEvent* event) override;
    void done(int result) override;

private:
    void startWatches();
    void stopWatches();
    void countPods();
    void recomputeOverview();
    void maybeLoaded();
    void fillHeader();
    void fillOverview(const QList<fd::registry::ResourceUsage>& usage, int ready, int total);
    void updateLiveLabel();
    void showError(const QString& message);
    void retranslate();
    void saveZone();

    QPointer<fd::registry::ClusterRegistry> m_registry;
    fd::registry::ClusterId m_id;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_state;
    QLabel* m_zoneLabel;
    ZoneCombo* m_zone;
    QLabel* m_zoneNote;
    QPushButton* m_retry;
    QTabWidget* m_tabs;
    QTableWidget* m_resources;
    QLabel* m_overviewNote;
    NodesModel* m_nodes;
    QSortFilterProxyModel* m_nodesSorted;
    QTableView* m_nodesView;
    NodeLabelsModel* m_labels;
    QTreeView* m_labelsView;
    EventsModel* m_events;
    QSortFilterProxyModel* m_eventsSorted;
    QTableView* m_eventsView;
    QLabel* m_liveLabel;
    QObject* m_watchContext = nullptr; // parent of this load's watches and requests
    QTimer m_podsTimer;
    QTimer m_overviewLater; // coalesces node changes into one overview recomputation
    fd::registry::PodRequests m_pods;
    bool m_podsCounted = false;
    bool m_overviewRunning = false;
    bool m_loaded = false;
    bool m_overviewShown = false; // the overview was filled with the pods' requests
};

} // namespace fd::widgets
