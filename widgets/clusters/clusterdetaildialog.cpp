#include "clusterdetaildialog.h"

#include "clusterformat.h"
#include "clusterlistmodel.h"
#include "common/backgroundtask.h"
#include "common/usagebardelegate.h"
#include "eventsmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcDetail, "fd.widgets.detail")

namespace fd::widgets {

namespace {
constexpr int MaxReconnects = 5;
const QString NodesPath = QStringLiteral("/api/v1/nodes");
const QString PodsPath = QStringLiteral("/api/v1/pods?fieldSelector=status.phase%3DRunning");
const QString EventsPath = QStringLiteral("/api/v1/events?limit=500");

QTableWidgetItem* item(const QString& text) {
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}
} // namespace

struct ClusterDetailDialog::Fetched {
    QByteArray nodes, pods, events;
    int pending = 3;
    QString error;
};

ClusterDetailDialog::ClusterDetailDialog(fd::registry::ClusterRegistry* registry,
                                         fd::registry::ClusterId id, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_id(id)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_state(new QLabel)
    , m_retry(new QPushButton)
    , m_tabs(new QTabWidget)
    , m_resources(new QTableWidget(0, 4))
    , m_overviewNote(new QLabel)
    , m_nodes(new QTableWidget(0, 8))
    , m_labels(new QTreeWidget)
    , m_events(new EventsModel(this))
    , m_eventsView(new QTableView)
    , m_liveLabel(new QLabel)
    , m_poll(new QTimer(this)) {
    setObjectName(QStringLiteral("clusterDetailDialog"));
    resize(1100, 700);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("hint"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("detailState"));
    m_state->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();

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

    m_nodes->setObjectName(QStringLiteral("nodesTable"));
    m_nodes->verticalHeader()->hide();
    m_nodes->horizontalHeader()->setStretchLastSection(true);
    m_nodes->setSortingEnabled(true);
    m_nodes->setWordWrap(false);

    m_labels->setObjectName(QStringLiteral("labelsTree"));
    m_labels->setColumnCount(2);
    m_labels->setColumnWidth(0, 380);

    m_eventsView->setObjectName(QStringLiteral("eventsView"));
    m_eventsView->setModel(m_events);
    m_eventsView->verticalHeader()->hide();
    m_eventsView->horizontalHeader()->setStretchLastSection(false);
    m_eventsView->horizontalHeader()->setSectionResizeMode(EventsModel::Message,
                                                           QHeaderView::Stretch);
    m_eventsView->setColumnWidth(EventsModel::Time, 175);
    m_eventsView->setColumnWidth(EventsModel::Type, 80);
    m_eventsView->setColumnWidth(EventsModel::Reason, 140);
    m_eventsView->setColumnWidth(EventsModel::Object, 200);
    m_eventsView->setColumnWidth(EventsModel::Count, 60);
    m_eventsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsView->setWordWrap(false);
    m_liveLabel->setObjectName(QStringLiteral("hint"));
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, &ClusterDetailDialog::pollEvents);
    auto* events = new QWidget;
    auto* eventsLayout = new QVBoxLayout(events);
    eventsLayout->addWidget(m_liveLabel);
    eventsLayout->addWidget(m_eventsView, 1);

    m_tabs->addTab(overview, QString());
    m_tabs->addTab(m_nodes, QString());
    m_tabs->addTab(m_labels, QString());
    m_tabs->addTab(events, QString());

    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(stateRow);
    layout->addWidget(m_tabs, 1);

    connect(m_retry, &QPushButton::clicked, this, &ClusterDetailDialog::reload);
    if (m_registry)
        connect(m_registry, &fd::registry::ClusterRegistry::healthChanged, this,
                [this](const QList<qint64>& ids) {
                    if (ids.contains(m_id))
                        fillHeader();
                });
    retranslate();
    reload();
}

ClusterDetailDialog::~ClusterDetailDialog() {
    stopWatch();
}

void ClusterDetailDialog::done(int result) {
    stopWatch(); // the watch stops when the detail closes, not when it is deleted later
    QDialog::done(result);
}

void ClusterDetailDialog::reload() {
    stopWatch();
    m_loaded = false;
    m_retry->hide();
    m_state->setText(tr("Loading nodes, pods and events…"));
    m_state->setStyleSheet({});
    fillHeader();
    if (!m_registry)
        return;
    const quint64 generation = ++m_generation;
    auto fetched = std::make_shared<Fetched>();
    const auto finish = [this, fetched, generation] {
        if (--fetched->pending > 0 || generation != m_generation)
            return;
        if (!fetched->error.isEmpty()) {
            showError(fetched->error);
            return;
        }
        // Decoding thousands of nodes or events is not for the UI thread.
        runOffThread<fd::Result<ClusterDetailData>>(
            this,
            [fetched]() -> fd::Result<ClusterDetailData> {
                ClusterDetailData data;
                auto nodes = parseNodeList(fetched->nodes);
                if (!nodes)
                    return nodes.error();
                data.nodes = *nodes;
                auto pods = parsePodRequests(fetched->pods);
                if (!pods)
                    return pods.error();
                data.resources = summarizeResources(data.nodes, *pods);
                auto events = parseEventList(fetched->events, &data.eventsResourceVersion);
                if (!events)
                    return events.error();
                data.events = *events;
                return data;
            },
            [this, generation](fd::Result<ClusterDetailData> result) {
                if (generation != m_generation)
                    return;
                if (!result) {
                    showError(result.error().message);
                    return;
                }
                applyData(*result);
            });
    };
    const auto fetch = [this, fetched, finish](const QString& path, QByteArray Fetched::*slot) {
        m_registry->fetch(m_id, path, this, [fetched, finish, slot](fd::Result<QByteArray> body) {
            if (body)
                fetched.get()->*slot = *body;
            else if (fetched->error.isEmpty())
                fetched->error = body.error().message;
            finish();
        });
    };
    fetch(NodesPath, &Fetched::nodes);
    fetch(PodsPath, &Fetched::pods);
    fetch(EventsPath, &Fetched::events);
}

void ClusterDetailDialog::showError(const QString& message) {
    m_state->setText(tr("The cluster could not be read: %1").arg(message));
    m_state->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_retry->show();
}

void ClusterDetailDialog::applyData(const ClusterDetailData& data) {
    m_data = data;
    m_state->clear();
    m_state->setStyleSheet({});
    fillHeader();
    fillOverview(data);
    fillNodes(data);
    fillLabels(data);
    m_events->setEvents(data.events);
    m_loaded = true;
    m_reconnects = 0;
    startWatch(data.eventsResourceVersion);
    Q_EMIT dataLoaded();
}

void ClusterDetailDialog::fillHeader() {
    const auto record = m_registry ? m_registry->cluster(m_id) : std::nullopt;
    if (!record) {
        m_title->setText(tr("Cluster not found"));
        return;
    }
    setWindowTitle(tr("Cluster %1").arg(record->name));
    m_title->setText(record->name + ClusterFormat::roleBadge(*record));
    QStringList parts{ClusterListModel::statusText(record->health.status), record->server};
    if (!record->health.version.isEmpty())
        parts << tr("Kubernetes %1").arg(record->health.version);
    if (!record->datacenter.id.isEmpty())
        parts << (record->datacenter.label.isEmpty() ? record->datacenter.id
                                                     : record->datacenter.label);
    m_subtitle->setText(parts.join(QStringLiteral("  ·  ")));
}

void ClusterDetailDialog::fillOverview(const ClusterDetailData& data) {
    m_resources->setRowCount(0);
    for (const ResourceUsage& u : data.resources) {
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
    int ready = 0;
    for (const NodeDetail& n : data.nodes)
        ready += n.ready ? 1 : 0;
    m_overviewNote->setText(tr("%1 of %2 nodes ready. Requested = the resource requests of the "
                               "running pods.")
                                .arg(ready)
                                .arg(data.nodes.size()));
}

void ClusterDetailDialog::fillNodes(const ClusterDetailData& data) {
    m_nodes->setSortingEnabled(false);
    m_nodes->setRowCount(0);
    for (const NodeDetail& n : data.nodes) {
        const int row = m_nodes->rowCount();
        m_nodes->insertRow(row);
        m_nodes->setItem(row, 0, item(n.name));
        auto* ready = item(n.ready ? tr("Ready") : tr("Not ready"));
        ready->setForeground(n.ready ? QColor(0x1e, 0x8e, 0x3e) : QColor(0xc6, 0x28, 0x28));
        m_nodes->setItem(row, 1, ready);
        m_nodes->setItem(row, 2, item(n.roles.join(QStringLiteral(", "))));
        m_nodes->setItem(row, 3, item(n.gpuProduct));
        auto* gpus = new QTableWidgetItem;
        gpus->setData(Qt::DisplayRole, n.gpuCount);
        gpus->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_nodes->setItem(row, 4, gpus);
        m_nodes->setItem(row, 5, item(n.migConfig));
        auto* taints = item(n.taints.join(QStringLiteral(", ")));
        taints->setToolTip(n.taints.join(QLatin1Char('\n')));
        m_nodes->setItem(row, 6, taints);
        // Conditions that need attention first; all of them in the tooltip.
        QStringList attention;
        QStringList all;
        for (const NodeCondition& c : n.conditions) {
            all << QStringLiteral("%1=%2 %3").arg(c.type, c.status, c.message).trimmed();
            const bool bad = c.type == QLatin1String("Ready") ? c.status != QLatin1String("True")
                                                              : c.status == QLatin1String("True");
            if (bad)
                attention << QStringLiteral("%1=%2").arg(c.type, c.status);
        }
        auto* conditions = item(attention.isEmpty() ? tr("OK") : attention.join(", "));
        conditions->setToolTip(all.join(QLatin1Char('\n')));
        m_nodes->setItem(row, 7, conditions);
    }
    m_nodes->setSortingEnabled(true);
    m_nodes->resizeColumnsToContents();
}

void ClusterDetailDialog::fillLabels(const ClusterDetailData& data) {
    m_labels->clear();
    const auto bolden = [](QTreeWidgetItem* item) {
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
    };
    // First what the admin recorded in Fleetdeck for the cluster (set on import, used for
    // search), then each node's labels and taints as the cluster reports them.
    if (const auto record = m_registry ? m_registry->cluster(m_id) : std::nullopt) {
        auto* cluster = new QTreeWidgetItem(m_labels, {tr("This cluster in Fleetdeck")});
        bolden(cluster);
        const fd::registry::DataCenter& dc = record->datacenter;
        new QTreeWidgetItem(
            cluster, {tr("Data center"), dc.id.isEmpty() ? tr("(none)")
                                         : dc.label.isEmpty() || dc.label == dc.id
                                             ? dc.id
                                             : QStringLiteral("%1 (%2)").arg(dc.label, dc.id)});
        new QTreeWidgetItem(cluster,
                            {tr("GPU models"), record->cpuOnly ? tr("CPU only")
                                               : record->gpuModels.isEmpty()
                                                   ? tr("(not stated)")
                                                   : record->gpuModels.join(QStringLiteral(", "))});
        auto* labels = new QTreeWidgetItem(cluster, {tr("Labels (%1)").arg(record->labels.size())});
        for (auto it = record->labels.cbegin(); it != record->labels.cend(); ++it)
            new QTreeWidgetItem(labels, {it.key(), it.value()});
        cluster->setExpanded(true);
        labels->setExpanded(true);
    }
    for (const NodeDetail& n : data.nodes) {
        auto* node = new QTreeWidgetItem(m_labels, {n.name});
        bolden(node);
        auto* labels = new QTreeWidgetItem(node, {tr("Labels (%1)").arg(n.labels.size())});
        for (auto it = n.labels.cbegin(); it != n.labels.cend(); ++it)
            new QTreeWidgetItem(labels, {it.key(), it.value()});
        auto* taints = new QTreeWidgetItem(node, {tr("Taints (%1)").arg(n.taints.size())});
        for (const QString& taint : n.taints)
            new QTreeWidgetItem(taints, {taint});
        node->setExpanded(true);
        taints->setExpanded(true);
    }
}

void ClusterDetailDialog::startWatch(const QString& resourceVersion) {
    if (!m_registry)
        return;
    m_resourceVersion = resourceVersion;
    QString path = QStringLiteral("/api/v1/events?watch=1&allowWatchBookmarks=true");
    if (!resourceVersion.isEmpty())
        path += QStringLiteral("&resourceVersion=") + resourceVersion;
    m_liveLabel->setText(tr("Live: new events appear at the top."));
    m_watch = m_registry->watch(
        m_id, path, this,
        [this](const QByteArray& line) {
            auto event = parseEventWatchLine(line);
            if (!event) {
                qCWarning(lcDetail) << "ignoring a malformed watch line";
                return;
            }
            if (!event->resourceVersion.isEmpty())
                m_resourceVersion = event->resourceVersion;
            if (event->type == QLatin1String("ERROR")) {
                // Most often 410 Gone: the version is too old; list again.
                reload();
                return;
            }
            if (event->type == QLatin1String("BOOKMARK"))
                return;
            m_events->apply(event->type, event->event);
            Q_EMIT eventsUpdated();
        },
        [this](const fd::Status& status) {
            m_watch = 0;
            if (!status && status.error().kind == fd::ErrorKind::Unsupported) {
                startPolling(); // no streaming reads: list again every few seconds
                return;
            }
            if (status && m_reconnects++ < MaxReconnects) {
                startWatch(m_resourceVersion); // server closed the stream (timeout): resume
                return;
            }
            m_liveLabel->setText(status
                                     ? tr("Live updates stopped.")
                                     : tr("Live updates stopped: %1").arg(status.error().message));
        });
}

void ClusterDetailDialog::stopWatch() {
    if (m_watch != 0 && m_registry)
        m_registry->stopWatch(m_watch);
    m_watch = 0;
    m_poll->stop();
}

bool ClusterDetailDialog::isPolling() const {
    return m_poll->isActive();
}

void ClusterDetailDialog::setPollInterval(int ms) {
    m_poll->setInterval(ms);
}

void ClusterDetailDialog::startPolling() {
    m_liveLabel->setText(tr("Live: the events are read again every few seconds; new ones "
                            "appear at the top."));
    m_poll->start();
}

void ClusterDetailDialog::pollEvents() {
    if (!m_registry || m_pollRunning)
        return;
    m_pollRunning = true;
    const quint64 generation = m_generation;
    m_registry->fetch(m_id, EventsPath, this, [this, generation](fd::Result<QByteArray> body) {
        m_pollRunning = false;
        if (!body || generation != m_generation || !m_poll->isActive())
            return;
        runOffThread<fd::Result<QList<EventDetail>>>(
            this, [bytes = *body] { return parseEventList(bytes, nullptr); },
            [this, generation](fd::Result<QList<EventDetail>> events) {
                if (!events || generation != m_generation || !m_poll->isActive())
                    return;
                bool changed = false;
                for (const EventDetail& e : *events) {
                    const int row = m_events->rowOf(e.uid);
                    if (row >= 0 && m_events->events()[row].count == e.count &&
                        m_events->events()[row].time == e.time)
                        continue;
                    m_events->apply(row >= 0 ? QStringLiteral("MODIFIED") : QStringLiteral("ADDED"),
                                    e);
                    changed = true;
                }
                if (changed)
                    Q_EMIT eventsUpdated();
            });
    });
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
    m_nodes->setHorizontalHeaderLabels({tr("Node"), tr("Status"), tr("Roles"), tr("GPU product"),
                                        tr("GPUs"), tr("MIG config"), tr("Taints"),
                                        tr("Conditions")});
    m_labels->setHeaderLabels({tr("Key"), tr("Value")});
    m_retry->setText(tr("Retry"));
    fillHeader();
}

} // namespace fd::widgets
