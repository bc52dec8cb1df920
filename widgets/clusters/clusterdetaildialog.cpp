#include "clusterdetaildialog.h"

#include "clusterformat.h"
#include "clusterlistmodel.h"
#include "common/handoff.h"
#include "common/usagebardelegate.h"
#include "nodelabelsmodel.h"
#include "registry/clusterconnections.h"
#include "zonecombo.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {

QTableWidgetItem* item(const QString& text) {
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

QSortFilterProxyModel* sorted(QAbstractItemModel* source, QObject* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setDynamicSortFilter(true);
    return proxy;
}

void setUpTable(QTableView* view) {
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    // Column widths are measured on the first rows only: with thousands of rows, measuring all
    // of them would stall the window.
    view->horizontalHeader()->setResizeContentsPrecision(100);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

struct Overview {
    QList<fd::registry::ResourceUsage> usage;
    int ready = 0;
    int total = 0;
};

} // namespace

ClusterDetailDialog::ClusterDetailDialog(fd::registry::ClusterRegistry* registry,
                                         fd::registry::ClusterId id, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_id(id)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_state(new QLabel)
    , m_zoneLabel(new QLabel)
    , m_zone(new ZoneCombo)
    , m_zoneNote(new QLabel)
    , m_retry(new QPushButton)
    , m_tabs(new QTabWidget)
    , m_resources(new QTableWidget(0, 4))
    , m_overviewNote(new QLabel)
    , m_nodes(makeNodesModel(this))
    , m_nodesSorted(sorted(m_nodes, this))
    , m_nodesView(new QTableView)
    , m_labels(new NodeLabelsModel(m_nodes, this))
    , m_labelsView(new QTreeView)
    , m_events(makeEventsModel(this))
    , m_eventsSorted(sorted(m_events, this))
    , m_eventsView(new QTableView)
    , m_liveLabel(new QLabel) {
    setObjectName(QStringLiteral("clusterDetailDialog"));
    resize(1100, 700);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("hint"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("detailState"));
    m_state->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    m_zoneNote->setObjectName(QStringLiteral("zoneNote"));
    m_zoneNote->setWordWrap(true);
    if (const auto record = m_registry ? m_registry->cluster(m_id) : std::nullopt)
        m_zone->setZone(record->zone);
    m_zone->setEnabled(m_registry != nullptr);

    m_resources->setObjectName(QStringLiteral("resourcesTable"));
    m_resources->verticalHeader()->hide();
    m_resources->horizontalHeader()->setStretchLastSection(true);
    m_resources->setColumnWidth(0, 220);
    m_resources->setColumnWidth(1, 130);
    m_resources->setColumnWidth(2, 130);
    m_resources->setItemDelegateForColumn(3, new UsageBarDelegate(m_resources));
    m_overviewNote->setObjectName(QStringLiteral("hint"));
    m_overviewNote->setWordWrap(true);
    auto* overview = new QWidget;
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_resources, 1);
    overviewLayout->addWidget(m_overviewNote);

    m_nodesView->setObjectName(QStringLiteral("nodesView"));
    m_nodesView->setModel(m_nodesSorted);
    setUpTable(m_nodesView);
    m_nodesView->horizontalHeader()->setStretchLastSection(true);
    m_nodesView->sortByColumn(NodeName, Qt::AscendingOrder);
    m_nodesView->setColumnWidth(NodeName, 200);
    m_nodesView->setColumnWidth(NodeGpuProduct, 190);

    m_labelsView->setObjectName(QStringLiteral("labelsView"));
    m_labelsView->setModel(m_labels);
    m_labelsView->setUniformRowHeights(true);
    m_labelsView->setColumnWidth(0, 380);

    m_eventsView->setObjectName(QStringLiteral("eventsView"));
    m_eventsView->setModel(m_eventsSorted);
    setUpTable(m_eventsView);
    m_eventsView->horizontalHeader()->setStretchLastSection(false);
    m_eventsView->horizontalHeader()->setSectionResizeMode(EventMessage, QHeaderView::Stretch);
    m_eventsView->setColumnWidth(EventTime, 175);
    m_eventsView->setColumnWidth(EventType, 80);
    m_eventsView->setColumnWidth(EventReason, 140);
    m_eventsView->setColumnWidth(EventObject, 200);
    m_eventsView->setColumnWidth(EventCount, 60);
    m_eventsView->sortByColumn(EventTime, Qt::DescendingOrder); // newest first
    m_liveLabel->setObjectName(QStringLiteral("hint"));
    auto* events = new QWidget;
    auto* eventsLayout = new QVBoxLayout(events);
    eventsLayout->addWidget(m_liveLabel);
    eventsLayout->addWidget(m_eventsView, 1);

    m_tabs->addTab(overview, QString());
    m_tabs->addTab(m_nodesView, QString());
    m_tabs->addTab(m_labelsView, QString());
    m_tabs->addTab(events, QString());

    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_retry);
    auto* zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zoneLabel);
    zoneRow->addWidget(m_zone);
    zoneRow->addWidget(m_zoneNote, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(zoneRow);
    layout->addLayout(stateRow);
    layout->addWidget(m_tabs, 1);

    m_podsTimer.setInterval(30000);
    connect(&m_podsTimer, &QTimer::timeout, this, &ClusterDetailDialog::countPods);
    m_overviewLater.setSingleShot(true);
    m_overviewLater.setInterval(250);
    connect(&m_overviewLater, &QTimer::timeout, this, &ClusterDetailDialog::recomputeOverview);
    connect(m_nodes, &NodesModel::relisted, this, [this] {
        recomputeOverview();
        maybeLoaded();
    });
    connect(m_nodes, &NodesModel::batchApplied, &m_overviewLater, qOverload<>(&QTimer::start));
    connect(m_nodes, &NodesModel::stateChanged, this, [this] {
        if (m_nodes->state() == NodesModel::State::Failed)
            showError(m_nodes->error().userMessage());
    });
    connect(m_events, &EventsModel::batchApplied, this, &ClusterDetailDialog::eventsUpdated);
    connect(m_events, &EventsModel::relisted, this, &ClusterDetailDialog::eventsUpdated);
    connect(m_events, &EventsModel::stateChanged, this, &ClusterDetailDialog::updateLiveLabel);
    connect(m_retry, &QPushButton::clicked, this, &ClusterDetailDialog::reload);
    connect(m_zone, &QComboBox::activated, this, &ClusterDetailDialog::saveZone);
    if (m_registry)
        connect(m_registry, &fd::registry::ClusterCatalog::healthChanged, this,
                [this](const QList<qint64>& ids) {
                    if (ids.contains(m_id))
                        fillHeader();
                });
    retranslate();
    reload();
}

ClusterDetailDialog::~ClusterDetailDialog() {
    stopWatches();
}

void ClusterDetailDialog::done(int result) {
    stopWatches(); // the watches stop when the detail closes, not when it is deleted later
    QDialog::done(result);
}

bool ClusterDetailDialog::isWatching() const {
    return m_watchContext && m_events->state() == EventsModel::State::Live;
}

void ClusterDetailDialog::stopWatches() {
    delete m_watchContext; // ends the watches and cancels the requests it is the context of
    m_watchContext = nullptr;
    m_podsTimer.stop();
}

void ClusterDetailDialog::reload() {
    stopWatches();
    m_loaded = false;
    m_podsCounted = false;
    m_overviewShown = false;
    m_retry->hide();
    m_state->setText(tr("Loading nodes, pods and events…"));
    m_state->setStyleSheet({});
    fillHeader();
    if (const auto record = m_registry ? m_registry->cluster(m_id) : std::nullopt)
        m_labels->setRecord(*record);
    if (!m_registry)
        return;
    startWatches();
}

void ClusterDetailDialog::startWatches() {
    m_watchContext = new QObject(this);
    fd::registry::ClusterConnections& connections = m_registry->connections();
    m_nodes->beginLoading();
    m_events->beginLoading();
    connections.watch<fd::kube::Node>(m_id, {}, {}, m_watchContext, m_nodes->handlers());
    fd::kube::ListOptions events;
    events.limit = 500;
    connections.watch<fd::kube::Event>(m_id, events, {}, m_watchContext, m_events->handlers());
    countPods();
    m_podsTimer.start();
    updateLiveLabel();
}

void ClusterDetailDialog::countPods() {
    if (!m_registry || !m_watchContext)
        return;
    fd::kube::ListOptions options;
    options.resourceVersion = QStringLiteral("0");
    options.limit = 500;
    options.fieldSelector = fd::registry::nonTerminatedPods();
    QPointer<ClusterDetailDialog> self(this);
    QObject* context = m_watchContext;
    m_registry->connections().with(
        m_id, context,
        [self, options, context](fd::kube::KubeClient& client) {
            client.listFold<fd::kube::Pod, fd::registry::PodRequests>(
                options, {}, [](fd::registry::PodRequests& t, const fd::kube::Pod& p) { t.add(p); },
                context,
                [self](
                    fd::kube::KubeResult<std::pair<fd::registry::PodRequests, fd::kube::ListMeta>>
                        r) {
                    if (!self)
                        return;
                    if (!r) {
                        if (!self->m_podsCounted)
                            self->showError(r.error().userMessage());
                        return;
                    }
                    self->m_pods = std::move(r->first);
                    self->m_podsCounted = true;
                    self->recomputeOverview();
                    self->maybeLoaded();
                });
        },
        [self](const fd::kube::KubeError& e) {
            if (self)
                self->showError(e.userMessage());
        });
}

void ClusterDetailDialog::recomputeOverview() {
    if (m_overviewRunning) {
        m_overviewLater.start(); // one at a time; the latest state follows
        return;
    }
    m_overviewRunning = true;
    // Thousands of nodes are added up on the pool; the list is shared, not copied.
    const QList<fd::kube::Node> nodes = m_nodes->items();
    const fd::registry::PodRequests pods = m_pods;
    const bool withPods = m_podsCounted;
    fd::runOnPool<Overview>(
        this,
        [nodes, pods] {
            fd::registry::NodeTally tally;
            for (const fd::kube::Node& n : nodes)
                tally.add(n);
            return Overview{fd::registry::resourceUsage(tally, pods), tally.nodesReady,
                            tally.nodesTotal};
        },
        [this, withPods](Overview o) {
            m_overviewRunning = false;
            fillOverview(o.usage, o.ready, o.total);
            // Loaded once the overview shows the nodes with the pods' requests, not before.
            if (withPods) {
                m_overviewShown = true;
                maybeLoaded();
            }
        });
}

void ClusterDetailDialog::maybeLoaded() {
    if (m_loaded || !m_podsCounted || !m_overviewShown ||
        m_nodes->state() != NodesModel::State::Live)
        return;
    m_loaded = true;
    m_state->clear();
    m_state->setStyleSheet({});
    Q_EMIT dataLoaded();
}

void ClusterDetailDialog::showError(const QString& message) {
    m_state->setText(tr("The cluster could not be read: %1").arg(message));
    m_state->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_retry->show();
}

void ClusterDetailDialog::fillHeader() {
    const auto record = m_registry ? m_registry->cluster(m_id) : std::nullopt;
    if (!record) {
        m_title->setText(tr("Cluster not found"));
        return;
    }
    setWindowTitle(tr("Cluster %1").arg(record->name));
    m_title->setText(record->name + ClusterFormat::roleBadge(*record));
    QStringList parts{ClusterListModel::statusText(record->health.status), record->server()};
    if (!record->health.version.isEmpty())
        parts << tr("Kubernetes %1").arg(record->health.version);
    if (!record->datacenter.id.isEmpty())
        parts << (record->datacenter.label.isEmpty() ? record->datacenter.id
                                                     : record->datacenter.label);
    m_subtitle->setText(parts.join(QStringLiteral("  ·  ")));
}

void ClusterDetailDialog::saveZone() {
    auto record = m_registry ? m_registry->cluster(m_id) : std::nullopt;
    if (!record || record->zone == m_zone->zone())
        return;
    record->zone = m_zone->zone();
    m_zone->setEnabled(false);
    m_zoneNote->setText(record->joined ? tr("Saving and updating Karmada…") : tr("Saving…"));
    QPointer<ClusterDetailDialog> self(this);
    m_registry->updateCluster(*record, std::nullopt, this, [self](fd::Status st) {
        if (!self)
            return;
        self->m_zone->setEnabled(true);
        const auto saved = self->m_registry ? self->m_registry->cluster(self->m_id) : std::nullopt;
        if (saved)
            self->m_zone->setZone(saved->zone); // what the store holds, also after a failure
        self->m_zoneNote->setText(st ? tr("Saved.") : st.error().message);
    });
}

void ClusterDetailDialog::fillOverview(const QList<fd::registry::ResourceUsage>& usage, int ready,
                                       int total) {
    m_resources->setRowCount(0);
    for (const fd::registry::ResourceUsage& u : usage) {
        const int row = m_resources->rowCount();
        m_resources->insertRow(row);
        m_resources->setItem(row, 0, item(u.resource));
        m_resources->setItem(row, 1, item(formatAmount(u.resource, u.capacity)));
        m_resources->setItem(row, 2, item(formatAmount(u.resource, u.allocatable)));
        auto* requested =
            item(tr("%1 requested (%2 %)")
                     .arg(formatAmount(u.resource, u.requested))
                     .arg(u.allocatable > 0 ? qRound(100.0 * u.requested / u.allocatable) : 0));
        requested->setData(UsageBarDelegate::RatioRole,
                           u.allocatable > 0 ? u.requested / u.allocatable : 0.0);
        m_resources->setItem(row, 3, requested);
    }
    m_overviewNote->setText(tr("%1 of %2 nodes ready. Requested = the resource requests of the "
                               "pods placed on nodes and not finished.")
                                .arg(ready)
                                .arg(total));
}

void ClusterDetailDialog::updateLiveLabel() {
    switch (m_events->state()) {
    case EventsModel::State::Idle:
    case EventsModel::State::Loading:
        m_liveLabel->setText(tr("Loading events…"));
        break;
    case EventsModel::State::Live:
        m_liveLabel->setText(tr("Live: new events appear at the top."));
        break;
    case EventsModel::State::Reconnecting:
        m_liveLabel->setText(tr("Reconnecting to the event stream…"));
        break;
    case EventsModel::State::Failed:
        m_liveLabel->setText(tr("Live updates stopped: %1").arg(m_events->error().userMessage()));
        break;
    }
}

void ClusterDetailDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ClusterDetailDialog::retranslate() {
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Nodes"));
    m_tabs->setTabText(2, tr("Labels && Taints"));
    m_tabs->setTabText(3, tr("Events"));
    m_resources->setHorizontalHeaderLabels(
        {tr("Resource"), tr("Capacity"), tr("Allocatable"), tr("Requested")});
    m_nodes->retranslate();
    m_events->retranslate();
    m_labels->retranslate();
    m_retry->setText(tr("Retry"));
    m_zoneLabel->setText(tr("Zone"));
    updateLiveLabel();
    fillHeader();
}

} // namespace fd::widgets
