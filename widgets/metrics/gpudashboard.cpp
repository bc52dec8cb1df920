#include "metrics/gpudashboard.h"

#include "metrics/alertsview.h"
#include "metrics/allocationview.h"
#include "metrics/attributionview.h"
#include "metrics/fleetheatmap.h"
#include "metrics/gpuchart.h"
#include "metrics/gpufleetmodel.h"
#include "metrics/metricstable.h"
#include "metrics/podgpurequests.h"
#include "metrics/promalertmodel.h"
#include "metrics/promclient.h"
#include "metrics/promconsole.h"
#include "registry/clusterconnections.h"

#include "common/handoff.h"
#include <QBuffer>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace fd::widgets {

namespace {

constexpr qint64 kMinute = 60 * 1000;
const qint64 kRanges[] = {15 * kMinute,      60 * kMinute,          6 * 60 * kMinute,
                          24 * 60 * kMinute, 7 * 24 * 60 * kMinute, 30 * 24 * 60 * kMinute};
constexpr int kDefaultRange = 1; // 1 hour
constexpr int kAutoRefreshMs = 30000;

const fd::metrics::GpuMetric kNodeMetrics[] = {
    fd::metrics::GpuMetric::Utilization, fd::metrics::GpuMetric::MemoryUsed,
    fd::metrics::GpuMetric::MemoryFree,  fd::metrics::GpuMetric::Temperature,
    fd::metrics::GpuMetric::Power,       fd::metrics::GpuMetric::SmClock};

} // namespace

// One load of the node page: a query per chart, all sent at once; each chart is drawn as soon
// as its answer is in (one chart at a time: drawing takes the UI thread a few milliseconds), and
// the load settles once, after its last chart, or when a newer load of the same refresh takes
// over.
struct GpuDashboard::NodeLoad {
    quint64 generation = 0;
    QString key; // node and range
    int unanswered = 0;
    QList<std::pair<int, fd::metrics::MetricSeries>> ready; // answered, not drawn yet
    fd::metrics::TimeWindow window;
    bool drawing = false;
    bool settled = false;
    QStringList errors;
    QMetaObject::Connection waiting; // for the chart being drawn to be complete

    // Replaced, or its refresh is: nothing more of it is drawn or kept.
    void drop() {
        ready.clear();
        QObject::disconnect(waiting);
    }
};

GpuDashboard::GpuDashboard(QWidget* parent)
    : QWidget(parent)
    , m_range(new QComboBox(this))
    , m_node(new QComboBox(this))
    , m_auto(new QCheckBox(this))
    , m_refresh(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_heatMap(new FleetHeatMap(this))
    , m_fleetModel(new GpuFleetModel(this))
    , m_fleetTable(nullptr)
    , m_healthModel(new HealthEventModel(this))
    , m_healthTable(nullptr)
    , m_attribution(new AttributionView(this))
    , m_allocation(new AllocationView(this))
    , m_console(new PromConsole(this))
    , m_alertModel(new PromAlertModel(this))
    , m_alertsView(new AlertsView(m_alertModel, this))
    , m_exportPng(new QPushButton(this))
    , m_exportCsv(new QPushButton(this))
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("gpuDashboard"));
    m_range->setObjectName(QStringLiteral("gpuRange"));
    m_node->setObjectName(QStringLiteral("gpuNode"));
    m_status->setObjectName(QStringLiteral("gpuStatus"));
    m_status->setWordWrap(true);
    m_fleetTable =
        makeMetricsTable(m_fleetModel, new QSortFilterProxyModel(this), Qt::UserRole + 1, this);
    m_healthTable =
        makeMetricsTable(m_healthModel, new QSortFilterProxyModel(this), Qt::UserRole + 1, this);
    m_fleetTable->sortByColumn(GpuFleetModel::Node, Qt::AscendingOrder);
    m_healthTable->sortByColumn(HealthEventModel::Start, Qt::DescendingOrder); // newest first
    for (int c = HealthEventModel::Start; c < HealthEventModel::Meaning; ++c)
        m_healthTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_fleetTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fleetTable->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_range);
    bar->addWidget(m_auto);
    bar->addWidget(m_refresh);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_exportPng);
    bar->addWidget(m_exportCsv);

    // Fleet: the heat map over its table.
    auto* fleet = new QSplitter(Qt::Vertical, this);
    auto* scroll = new QScrollArea(fleet);
    scroll->setWidget(m_heatMap);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    fleet->addWidget(scroll);
    fleet->addWidget(m_fleetTable);
    fleet->setStretchFactor(0, 1);
    fleet->setStretchFactor(1, 1);

    // Node: six charts in a grid.
    auto* node = new QWidget(this);
    auto* nodeLayout = new QVBoxLayout(node);
    nodeLayout->addWidget(m_node, 0, Qt::AlignLeft);
    auto* grid = new QGridLayout;
    int i = 0;
    for (fd::metrics::GpuMetric metric : kNodeMetrics) {
        Q_UNUSED(metric);
        auto* chart = new GpuChart(QString(), QString(), node);
        m_charts << chart;
        m_shown << fd::metrics::MetricSeries{};
        m_shownKeys << QString();
        grid->addWidget(chart, i / 2, i % 2);
        ++i;
    }
    nodeLayout->addLayout(grid, 1);

    // Six charts of at least 200 px each would make the whole window at least ~900 px tall
    // (taller than a 1366x768 screen, or 1920x1080 at 200 %): in a short window they scroll.
    auto* nodeScroll = new QScrollArea(this);
    nodeScroll->setWidget(node);
    nodeScroll->setWidgetResizable(true);
    nodeScroll->setFrameShape(QFrame::NoFrame);

    m_tabs->addTab(fleet, QString());
    m_tabs->addTab(nodeScroll, QString());
    m_tabs->addTab(m_healthTable, QString());
    m_tabs->addTab(m_attribution, QString());
    m_tabs->addTab(m_allocation, QString());
    m_tabs->addTab(m_alertsView, QString());
    m_tabs->addTab(m_console, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    for (int r = 0; r < int(std::size(kRanges)); ++r)
        m_range->addItem(QString(), kRanges[r]);
    m_range->setCurrentIndex(kDefaultRange);
    retranslate();

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_console->setRangeMs(rangeMs(), m_range->currentText());
        refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_node, &QComboBox::activated, this, [this] { refreshNode(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == NodeTab && nodeChartsEmpty())
            refreshNode();
    });
    connect(m_heatMap, &FleetHeatMap::nodeActivated, this, &GpuDashboard::showNode);
    connect(m_exportPng, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { askExport(false); });
    m_timer->setInterval(kAutoRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_auto, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_timer->start();
        else
            m_timer->stop();
    });
}

GpuDashboard::~GpuDashboard() = default;

void GpuDashboard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GpuDashboard::retranslate() {
    const QStringList names{tr("Last 15 minutes"), tr("Last hour"),   tr("Last 6 hours"),
                            tr("Last 24 hours"),   tr("Last 7 days"), tr("Last 30 days")};
    for (int r = 0; r < names.size(); ++r)
        m_range->setItemText(r, names.at(r));
    m_auto->setText(tr("Refresh every 30 s"));
    m_refresh->setText(tr("Refresh"));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_tabs->setTabText(FleetTab, tr("Fleet"));
    m_tabs->setTabText(NodeTab, tr("Node"));
    m_tabs->setTabText(HealthTab, tr("Health"));
    m_tabs->setTabText(AttributionTab, tr("Namespaces and pods"));
    m_tabs->setTabText(AllocationTab, tr("Allocation vs use"));
    m_tabs->setTabText(ConsoleTab, tr("PromQL"));
    updateAlertsTab();
    m_console->setRangeMs(rangeMs(), m_range->currentText());
    const QStringList titles{
        tr("Utilisation"), tr("Frame buffer used"), tr("Frame buffer free"), tr("Temperature"),
        tr("Power"),       tr("SM clock")};
    const QStringList units{QStringLiteral("%"),  QStringLiteral("MiB"), QStringLiteral("MiB"),
                            QStringLiteral("°C"), QStringLiteral("W"),   QStringLiteral("MHz")};
    for (int c = 0; c < m_charts.size(); ++c)
        m_charts.at(c)->chart()->setTitle(titles.at(c) + QStringLiteral(" (") + units.at(c) +
                                          QLatin1Char(')'));
}

void GpuDashboard::updateAlertsTab() {
    const int firing = m_alertModel->firingCount();
    m_tabs->setTabText(AlertsTab, firing > 0 ? tr("Alerts (%1 firing)").arg(firing) : tr("Alerts"));
}

void GpuDashboard::setClient(fd::metrics::PromClient* client) {
    m_client = client;
    m_metrics.reset(client ? new fd::metrics::GpuMetrics(client) : nullptr);
    m_console->setClient(client);
    ++m_generation;
    m_fleetModel->setFleet({});
    m_heatMap->setFleet({});
    m_healthModel->setEvents({});
    m_alertModel->setAlerts({});
    updateAlertsTab();
    m_attribution->clear();
    m_allocUsage.reset();
    m_allocRequests.reset();
    m_allocation->setState(m_connections && m_clusterId ? AllocationView::State::Loading
                                                        : AllocationView::State::NoCluster);
    for (GpuChart* c : m_charts)
        c->clear();
    m_shown.fill({});
    m_shownKeys.fill({});
    if (m_nodeLoad)
        m_nodeLoad->drop();
    m_nodeLoad.reset();
    m_node->clear();
    if (client) {
        refresh();
    } else {
        // Nothing is loading any more: answers of the old client are dropped (generation).
        m_pending = 0;
        m_errors.clear();
        m_nodeErrors.clear();
        m_refresh->setEnabled(true);
        m_status->clear();
        m_status->setProperty("error", false);
    }
}

void GpuDashboard::setAlertmanager(fd::metrics::AlertmanagerClient* client) {
    m_alertsView->setAlertmanager(client);
}

void GpuDashboard::setCluster(fd::registry::ClusterConnections* connections,
                              std::optional<qint64> clusterId, const QString& clusterName) {
    m_connections = connections;
    m_clusterId = clusterId;
    m_clusterName = clusterName;
}

QString GpuDashboard::rangePhrase() const {
    const QStringList phrases{tr("the last 15 minutes"), tr("the last hour"),
                              tr("the last 6 hours"),    tr("the last 24 hours"),
                              tr("the last 7 days"),     tr("the last 30 days")};
    return phrases.value(m_range->currentIndex());
}

void GpuDashboard::refreshAllocation(quint64 generation) {
    m_allocUsage.reset();
    m_allocRequests.reset();
    if (!m_connections || !m_clusterId) {
        m_allocation->setState(AllocationView::State::NoCluster);
        return;
    }
    if (m_allocation->state() != AllocationView::State::Shown)
        m_allocation->setState(AllocationView::State::Loading);
    ++m_pending;
    ++m_requests;
    // Running pods of every namespace (only they hold devices; the server filters, so a large
    // cluster's finished jobs are not sent every refresh); decoded off the UI thread.
    fd::kube::ListOptions running;
    running.fieldSelector.equals(QStringLiteral("status.phase"), QStringLiteral("Running"));
    m_connections->list<fd::kube::Pod>(
        *m_clusterId, running, this,
        [this, generation](fd::kube::KubeResult<fd::kube::ObjectList<fd::kube::Pod>> r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                // A locked vault is a state to leave, not a failure of the cluster.
                if (r.error().category == fd::kube::KubeErrorCategory::VaultLocked)
                    m_allocation->setState(AllocationView::State::Locked);
                else
                    m_allocation->setState(AllocationView::State::Failed, r.error().message);
            } else {
                m_allocRequests = fd::metrics::podGpuRequests(r->items);
                showAllocation();
            }
            settle(QString()); // the tab itself says what went wrong
        });
}

void GpuDashboard::showAllocation() {
    if (!m_allocUsage || !m_allocRequests)
        return;
    m_allocation->setRows(fd::metrics::allocationVsUse(*m_allocRequests, *m_allocUsage),
                          rangePhrase(), m_clusterName);
}

bool GpuDashboard::refreshButtonEnabled() const {
    return m_refresh->isEnabled();
}

qint64 GpuDashboard::rangeMs() const {
    return m_range->currentData().toLongLong();
}

void GpuDashboard::setRangeIndex(int index) {
    m_range->setCurrentIndex(index);
}

GpuChart* GpuDashboard::chart(fd::metrics::GpuMetric metric) const {
    for (int i = 0; i < int(std::size(kNodeMetrics)); ++i)
        if (kNodeMetrics[i] == metric)
            return m_charts.at(i);
    return nullptr;
}

void GpuDashboard::settle(const QString& error) {
    if (!error.isEmpty())
        m_errors << error;
    if (--m_pending > 0)
        return;
    m_refresh->setEnabled(true);
    QStringList errors = m_errors + m_nodeErrors;
    errors.removeDuplicates();
    m_status->setText(
        errors.isEmpty()
            ? tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
            : errors.join(QLatin1Char(' ')));
    m_status->setProperty("error", !errors.isEmpty());
    Q_EMIT loaded();
}

void GpuDashboard::vaultUnlocked() {
    // A refresh still running was started while the vault was locked: its answers would say
    // "locked" again, so it is replaced too.
    if (m_metrics && (m_allocation->state() == AllocationView::State::Locked ||
                      !m_errors.isEmpty() || !m_nodeErrors.isEmpty() || m_pending > 0))
        refresh();
}

void GpuDashboard::refresh() {
    if (!m_metrics)
        return;
    const quint64 generation = ++m_generation;
    if (m_nodeLoad)
        m_nodeLoad->drop(); // its answers are dropped (generation): their series need not wait
    m_errors.clear();
    m_nodeErrors.clear();
    m_pending = 4;
    m_requests += 4;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Loading…"));
    m_metrics->fleet(this, [this, generation](fd::metrics::PromResult<fd::metrics::Fleet> r) {
        if (generation != m_generation)
            return;
        if (r.ok()) {
            m_fleetModel->setFleet(*r);
            m_heatMap->setFleet(*r);
            m_attribution->setGpusReported(!r->nodes.isEmpty());
            const QString current = m_node->currentText();
            m_node->clear();
            for (const auto& n : r->nodes)
                m_node->addItem(n.node);
            if (!current.isEmpty() && m_node->findText(current) >= 0)
                m_node->setCurrentText(current);
        }
        // The node load is counted before this answer settles: were it the refresh's last, the
        // refresh would look finished (loaded(), the button back) with the node still loading.
        if (r.ok() && m_tabs->currentIndex() == NodeTab)
            refreshNode();
        settle(r.ok() ? QString() : r.error().message);
    });
    fd::metrics::HealthRequest health;
    health.rangeMs = rangeMs();
    m_metrics->health(health, this,
                      [this, generation](fd::metrics::PromResult<fd::metrics::HealthReport> r) {
                          if (generation != m_generation)
                              return;
                          if (r.ok())
                              m_healthModel->setEvents(r->events);
                          settle(r.ok() ? QString() : r.error().message);
                      });
    refreshAllocation(generation);
    // Prometheus's active alerts (its rules, evaluated by the server), and the Alertmanager's.
    m_alertsView->setPrometheusLoading();
    m_alertsView->refreshAlertmanager();
    m_client->alerts(this,
                     [this, generation](fd::metrics::PromResult<QList<fd::metrics::PromAlert>> r) {
                         if (generation != m_generation)
                             return;
                         if (r.ok()) {
                             m_alertModel->setAlerts(*r);
                             updateAlertsTab();
                         }
                         m_alertsView->setPrometheusDone(r.ok() ? QString() : r.error().message);
                         settle(r.ok() ? QString() : r.error().message);
                     });
    m_metrics->usage(
        rangeMs(), this,
        [this, generation](fd::metrics::PromResult<QList<fd::metrics::PodUsage>> r) {
            if (generation != m_generation)
                return;
            if (r.ok()) {
                m_attribution->setUsage(*r);
                m_allocUsage = *r;
                showAllocation();
            } else if (m_clusterId && m_allocation->state() != AllocationView::State::Locked) {
                // A locked vault (said by the pods' half) stays the reason shown:
                // through the API server the usage fails on it too.
                m_allocation->setState(AllocationView::State::Failed, r.error().message);
            }
            settle(r.ok() ? QString() : r.error().message);
        });
}

void GpuDashboard::showNode(const QString& node) {
    const int i = m_node->findText(node);
    if (i < 0)
        return;
    m_node->setCurrentIndex(i);
    // Showing the tab loads its node when the charts are empty; ask here only otherwise, so one
    // click costs Prometheus one set of queries, not two.
    const bool loadsOnShow = m_tabs->currentIndex() != NodeTab && nodeChartsEmpty();
    m_tabs->setCurrentIndex(NodeTab);
    if (!loadsOnShow)
        refreshNode();
}

bool GpuDashboard::nodeChartsEmpty() const {
    return m_charts.first()->lineCount() == 0;
}

bool GpuDashboard::isCurrent(const NodeLoad& load) const {
    return &load == m_nodeLoad.get() && load.generation == m_generation && !load.settled;
}

void GpuDashboard::fillNext(const std::shared_ptr<NodeLoad>& load) {
    if (!isCurrent(*load) || load->drawing)
        return;
    if (load->ready.isEmpty()) {
        if (load->unanswered == 0) {
            load->settled = true;
            m_nodeErrors = load->errors; // this node's, not an earlier one's
            settle(QString());
        }
        return;
    }
    auto [index, series] = load->ready.takeFirst();
    GpuChart* const chart = m_charts.at(index);
    load->drawing = true;
    chart->setSeries(series, load->window);
    m_shown[index] = std::move(series);
    m_shownKeys[index] = load->key;
    // The next chart on a later turn, once this one has all its lines (a large chart adds them
    // over a few turns).
    const auto next = [this, load] {
        QTimer::singleShot(0, this, [this, load] {
            load->drawing = false;
            fillNext(load);
        });
    };
    if (chart->isFilling())
        load->waiting = connect(chart, &GpuChart::filled, this, next, Qt::SingleShotConnection);
    else
        next();
}

namespace {

// A spreadsheet runs a cell starting with one of these as a formula; an apostrophe keeps it text.
QString csvCell(QString cell) {
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return cell;
}

// The raw value, exactly: the shortest text that reads back as the same double, without an
// exponent unless the number is tiny or huge.
QString csvNumber(double v) {
    if (!std::isfinite(v))
        return {};
    const double magnitude = std::abs(v);
    const bool plain = v == 0 || (magnitude >= 1e-4 && magnitude < 1e15);
    return QString::number(v, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
}

// The table as the user sees it (sort order), with raw numbers instead of formatted ones.
QByteArray tableCsv(const QAbstractItemModel* view) {
    QStringList lines;
    QStringList header;
    for (int c = 0; c < view->columnCount(); ++c)
        header << csvCell(view->headerData(c, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < view->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < view->columnCount(); ++c) {
            const QVariant raw = view->index(r, c).data(Qt::UserRole + 1);
            if (raw.typeId() == QMetaType::Double)
                cells << csvNumber(raw.toDouble());
            else
                cells << csvCell(view->index(r, c).data(Qt::DisplayRole).toString());
        }
        lines << cells.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QString csvMetricName(fd::metrics::GpuMetric m) {
    switch (m) {
    case fd::metrics::GpuMetric::Utilization:
        return QStringLiteral("utilization_percent");
    case fd::metrics::GpuMetric::MemoryUsed:
        return QStringLiteral("memory_used_mib");
    case fd::metrics::GpuMetric::MemoryFree:
        return QStringLiteral("memory_free_mib");
    case fd::metrics::GpuMetric::Temperature:
        return QStringLiteral("temperature_c");
    case fd::metrics::GpuMetric::Power:
        return QStringLiteral("power_w");
    case fd::metrics::GpuMetric::SmClock:
        return QStringLiteral("sm_clock_mhz");
    }
    return {};
}

} // namespace

void GpuDashboard::askExport(bool png) {
    auto* dialog = new QFileDialog(this, png ? tr("Export PNG") : tr("Export CSV"));
    dialog->setObjectName(QStringLiteral("gpuExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(png ? QStringLiteral("png") : QStringLiteral("csv"));
    dialog->setDirectory(QDir::homePath());
    const int tab = m_tabs->currentIndex();
    const QString what = tab == FleetTab         ? QStringLiteral("fleet")
                         : tab == NodeTab        ? QStringLiteral("node")
                         : tab == HealthTab      ? QStringLiteral("health")
                         : tab == AttributionTab ? QStringLiteral("pods")
                         : tab == ConsoleTab     ? QStringLiteral("promql")
                         : tab == AlertsTab      ? QStringLiteral("alerts")
                                                 : QStringLiteral("allocation");
    dialog->selectFile(QStringLiteral("fleetdeck-gpu-%1-%2.%3")
                           .arg(what, QDate::currentDate().toString(Qt::ISODate),
                                png ? QStringLiteral("png") : QStringLiteral("csv")));
    connect(dialog, &QFileDialog::fileSelected, this, [this, png](const QString& path) {
        if (png)
            exportPng(path);
        else
            exportCsv(path);
    });
    dialog->open();
}

void GpuDashboard::writeFile(const QString& path, std::function<QByteArray()> make) {
    fd::runOnPool<QString>(
        this,
        [path, make = std::move(make)]() -> QString {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(make()) < 0 || !file.commit())
                return file.errorString().isEmpty() ? QStringLiteral("write failed")
                                                    : file.errorString();
            return {};
        },
        [this, path](QString error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export failed"),
                                     tr("%1 could not be written (%2). Choose another folder or "
                                        "file name and export again.")
                                         .arg(QDir::toNativeSeparators(path), error));
            Q_EMIT exported(path, error);
        });
}

void GpuDashboard::exportPng(const QString& path) {
    // The grab happens here (widgets live on this thread); encoding and writing on the pool.
    QWidget* shown = m_tabs->currentWidget();
    // The node charts scroll in a short window: export all of them, not the part in view.
    if (auto* scroll = qobject_cast<QScrollArea*>(shown))
        shown = scroll->widget();
    const QImage image = shown->grab().toImage();
    writeFile(path, [image] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    });
}

void GpuDashboard::exportCsv(const QString& path) {
    if (m_tabs->currentIndex() == NodeTab) {
        const QList<fd::metrics::MetricSeries> shown = m_shown;
        writeFile(path, [shown] {
            QByteArray out = "metric,node,gpu,mig_instance,time,value\r\n";
            for (const fd::metrics::MetricSeries& ms : shown)
                for (const fd::metrics::GpuSeries& g : ms.series)
                    for (const fd::metrics::Point& p : g.points)
                        out += (QStringList{csvMetricName(ms.metric), csvCell(g.id.node),
                                            csvCell(g.id.gpu), csvCell(g.id.migInstance),
                                            QDateTime::fromMSecsSinceEpoch(p.timeMs, Qt::UTC)
                                                .toString(Qt::ISODate),
                                            csvNumber(p.value)}
                                    .join(QLatin1Char(',')) +
                                QStringLiteral("\r\n"))
                                   .toUtf8();
            return out;
        });
        return;
    }
    // Attribution: the pods as listed (the selected namespace's, or all), top consumers first.
    const QAbstractItemModel* table =
        m_tabs->currentIndex() == FleetTab         ? m_fleetTable->model()
        : m_tabs->currentIndex() == HealthTab      ? m_healthTable->model()
        : m_tabs->currentIndex() == AttributionTab ? m_attribution->podTable()->model()
        : m_tabs->currentIndex() == ConsoleTab     ? m_console->table()->model()
                                                   : m_allocation->table()->model();
    const QByteArray csv = tableCsv(table);
    writeFile(path, [csv] { return csv; });
}

void GpuDashboard::refreshNode() {
    if (!m_metrics || m_node->currentText().isEmpty())
        return;
    const std::shared_ptr<NodeLoad> previous = m_nodeLoad;
    if (previous)
        previous->drop();
    auto load = std::make_shared<NodeLoad>();
    load->generation = m_generation;
    load->key = m_node->currentText() + QLatin1Char('/') + QString::number(rangeMs());
    load->unanswered = int(m_charts.size());
    m_nodeLoad = load;
    ++m_pending;
    ++m_requests;
    // The load this one replaces settles now (after the count above, so the refresh does not
    // look finished in between); its answers are dropped.
    if (previous && previous->generation == m_generation && !previous->settled) {
        previous->settled = true;
        settle(QString());
    }
    // A chart showing another node or range is emptied now: until its own answer comes (late,
    // or never when its query fails) it must not stand for this one. The same view stays.
    for (int i = 0; i < int(m_charts.size()); ++i)
        if (!m_shownKeys.at(i).isEmpty() && m_shownKeys.at(i) != load->key) {
            m_charts.at(i)->clear();
            m_shown[i] = {};
            m_shownKeys[i].clear();
        }
    fd::metrics::SeriesRequest request;
    request.node = m_node->currentText();
    request.rangeMs = rangeMs();
    request.endMs = QDateTime::currentMSecsSinceEpoch(); // one window for every chart
    request.widthPx = std::max(200, m_charts.first()->width());
    // A query per chart rather than one answer for all: the first answers are drawn while
    // Prometheus still works on the others.
    for (int i = 0; i < int(m_charts.size()); ++i) {
        request.metrics = {kNodeMetrics[i]};
        const auto answer = [this, load, i](fd::metrics::PromResult<fd::metrics::SeriesSet> r) {
            if (!isCurrent(*load))
                return;
            --load->unanswered;
            if (r.ok() && !r->metrics.isEmpty()) {
                load->window = r->window;
                load->ready.append({i, std::move(r->metrics.first())});
            } else if (!r.ok()) {
                load->errors << r.error().message; // the chart keeps the same view's lines
            }
            fillNext(load);
        };
        m_metrics->series(request, this, answer);
    }
}

} // namespace fd::widgets
