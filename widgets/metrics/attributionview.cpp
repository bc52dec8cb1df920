#include "metrics/attributionview.h"

#include "common/emptystate.h"
#include "common/usagebardelegate.h"
#include "metrics/attributionmodels.h"
#include "metrics/metricstable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {

QTableView* makeTable(QAbstractItemModel* source, QSortFilterProxyModel* proxy, int utilColumn,
                      int sortColumn, QWidget* parent) {
    QTableView* view = makeMetricsTable(source, proxy, Qt::UserRole + 1, parent);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setItemDelegateForColumn(
        utilColumn, new UsageBarDelegate(UsageBarDelegate::Scheme::Utilization, view));
    // Text columns fit their contents; the usage bar takes the rest of the width. (A stretched
    // last text column was cut short in a narrow window.)
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(utilColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setStretchLastSection(false);
    view->sortByColumn(sortColumn, Qt::DescendingOrder); // top consumers first
    return view;
}

} // namespace

AttributionView::AttributionView(QWidget* parent)
    : QWidget(parent)
    , m_nsModel(new NamespaceUsageModel(this))
    , m_podModel(new PodUsageModel(this))
    , m_podProxy(new QSortFilterProxyModel(this))
    , m_nsTable(nullptr)
    , m_podTable(nullptr)
    , m_summary(new QLabel(this))
    , m_podTitle(new QLabel(this))
    , m_all(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral(":/icons/gpu.svg"), this)) {
    setObjectName(QStringLiteral("gpuAttribution"));
    m_nsTable = makeTable(m_nsModel, new QSortFilterProxyModel(this),
                          NamespaceUsageModel::Utilization, NamespaceUsageModel::BusyGpus, this);
    m_podTable = makeTable(m_podModel, m_podProxy, PodUsageModel::Utilization,
                           PodUsageModel::BusyGpus, this);
    m_nsTable->setObjectName(QStringLiteral("gpuNamespaceTable"));
    m_podTable->setObjectName(QStringLiteral("gpuPodTable"));
    m_podProxy->setFilterKeyColumn(PodUsageModel::Namespace);
    m_summary->setObjectName(QStringLiteral("gpuAttributionSummary"));
    m_summary->setWordWrap(true);
    m_all->setObjectName(QStringLiteral("gpuAllNamespaces"));
    m_empty->setObjectName(QStringLiteral("gpuAttributionEmpty"));
    m_empty->actionButton()->hide(); // nothing to do here: the text says what to change

    auto* tables = new QWidget(this);
    auto* tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 4, 0, 0);
    tablesLayout->addWidget(m_summary);
    auto* split = new QSplitter(Qt::Vertical, tables);
    split->setChildrenCollapsible(false);
    split->addWidget(m_nsTable);
    auto* pods = new QWidget(split);
    auto* podsLayout = new QVBoxLayout(pods);
    podsLayout->setContentsMargins(0, 6, 0, 0);
    auto* podBar = new QHBoxLayout;
    podBar->addWidget(m_podTitle, 1);
    podBar->addWidget(m_all);
    podsLayout->addLayout(podBar);
    podsLayout->addWidget(m_podTable, 1);
    split->addWidget(pods);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    tablesLayout->addWidget(split, 1);

    m_stack->addWidget(tables);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Selection, not the current index: a table taking the focus makes its first row current
    // without selecting it, which must not narrow the pods to that namespace.
    connect(m_nsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows =
            m_nsTable->selectionModel()->selectedRows(NamespaceUsageModel::Namespace);
        if (!rows.isEmpty())
            showNamespace(rows.first().data(NamespaceUsageModel::RawDataRole).toString());
    });
    connect(m_all, &QPushButton::clicked, this, [this] {
        m_nsTable->selectionModel()->clear();
        showNamespace(QString());
    });
    retranslate();
}

bool AttributionView::isEmptyShown() const {
    return m_stack->currentIndex() == 1;
}

void AttributionView::setUsage(const QList<fd::metrics::PodUsage>& pods) {
    m_loaded = true;
    m_podModel->setUsage(pods);
    m_nsModel->setUsage(fd::metrics::usageByNamespace(pods));
    // The chosen namespace stays chosen across refreshes while it still holds GPUs.
    bool still = false;
    for (const auto& n : m_nsModel->usage())
        still = still || n.namespaceName == m_namespace;
    showNamespace(still ? m_namespace : QString());
    updateTexts();
}

void AttributionView::setGpusReported(bool reported) {
    m_gpusReported = reported;
    updateTexts();
}

void AttributionView::clear() {
    m_loaded = false;
    m_gpusReported = false;
    m_podModel->setUsage({});
    m_nsModel->setUsage({});
    showNamespace(QString());
    updateTexts();
}

void AttributionView::showNamespace(const QString& namespaceName) {
    m_namespace = namespaceName;
    m_podProxy->setFilterRegularExpression(
        namespaceName.isEmpty() ? QRegularExpression()
                                : QRegularExpression(QRegularExpression::anchoredPattern(
                                      QRegularExpression::escape(namespaceName))));
    m_all->setEnabled(!namespaceName.isEmpty());
    // The table shows which namespace is listed (also when chosen in code, or after a refresh).
    const QModelIndexList selected =
        m_nsTable->selectionModel()->selectedRows(NamespaceUsageModel::Namespace);
    if (!namespaceName.isEmpty() &&
        (selected.isEmpty() || selected.first().data().toString() != namespaceName))
        for (int r = 0; r < m_nsTable->model()->rowCount(); ++r)
            if (m_nsTable->model()->index(r, NamespaceUsageModel::Namespace).data() ==
                namespaceName)
                m_nsTable->selectRow(r);
    updateTexts();
}

void AttributionView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttributionView::retranslate() {
    m_all->setText(tr("Show all namespaces"));
    updateTexts();
}

void AttributionView::updateTexts() {
    const QList<fd::metrics::PodUsage>& pods = m_podModel->usage();
    m_stack->setCurrentIndex(pods.isEmpty() ? 1 : 0);
    if (pods.isEmpty()) {
        if (!m_loaded) {
            m_empty->setTitle(tr("Loading GPU use by pod…"));
            m_empty->setDescription(QString());
        } else if (m_gpusReported) {
            m_empty->setTitle(tr("No GPU is attributed to a pod"));
            m_empty->setDescription(
                tr("The GPUs report metrics, but none of them names a pod or namespace. "
                   "dcgm-exporter adds those labels only in Kubernetes mode "
                   "(DCGM_EXPORTER_KUBERNETES=true, with the kubelet's pod-resources socket "
                   "mounted, as the GPU operator deploys it). Turn it on to see who uses the "
                   "GPUs; GPUs that no pod holds are never attributed."));
        } else {
            m_empty->setTitle(tr("No GPU reported in this range"));
            m_empty->setDescription(
                tr("This Prometheus has no dcgm-exporter samples for the chosen time range. "
                   "Choose a longer range, or check that Prometheus scrapes dcgm-exporter."));
        }
        return;
    }
    double held = 0, busy = 0;
    for (const auto& p : pods) {
        held += p.gpus;
        busy += p.busyGpus;
    }
    m_summary->setText(
        tr("Pods: %1 · namespaces: %2 · GPU-equivalents held: %3, busy: %4 (%5 %). Top "
           "consumers first; select a namespace to list its pods.")
            .arg(QLocale().toString(int(pods.size())), QLocale().toString(m_nsModel->rowCount()),
                 gpuEquivalentText(held), gpuEquivalentText(busy),
                 QLocale().toString(held > 0 ? 100.0 * busy / held : 0.0, 'f', 0)));
    m_podTitle->setText(m_namespace.isEmpty() ? tr("Pods in all namespaces")
                                              : tr("Pods in namespace %1").arg(m_namespace));
}

} // namespace fd::widgets
