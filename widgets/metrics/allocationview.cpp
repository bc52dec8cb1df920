#include "metrics/allocationview.h"

#include "common/emptystate.h"
#include "common/usagebardelegate.h"
#include "metrics/allocationmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::widgets {

AllocationView::AllocationView(QWidget* parent)
    : QWidget(parent)
    , m_model(new AllocationModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral(":/icons/gpu.svg"), this)) {
    setObjectName(QStringLiteral("gpuAllocation"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(AllocationModel::RawDataRole);
    m_table->setObjectName(QStringLiteral("gpuAllocationTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(
        AllocationModel::Utilization,
        new UsageBarDelegate(UsageBarDelegate::Scheme::Utilization, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AllocationModel::Utilization,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(AllocationModel::Utilization, 180);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // allocationVsUse's order (idle first, then by GPUs held but not used) until the user sorts.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_summary->setObjectName(QStringLiteral("gpuAllocationSummary"));
    m_summary->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("gpuAllocationEmpty"));
    m_empty->actionButton()->hide();

    auto* shown = new QWidget(this);
    auto* shownLayout = new QVBoxLayout(shown);
    shownLayout->setContentsMargins(0, 4, 0, 0);
    shownLayout->addWidget(m_summary);
    shownLayout->addWidget(m_table, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(shown);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updateTexts();
}

void AllocationView::setState(State state, const QString& error) {
    m_state = state;
    m_error = error;
    if (state != State::Shown)
        m_model->setRows({}, {});
    updateTexts();
}

void AllocationView::setRows(const QList<fd::metrics::AllocationRow>& rows, const QString& range,
                             const QString& cluster) {
    m_state = State::Shown;
    m_error.clear();
    m_cluster = cluster;
    m_model->setRows(rows, range);
    updateTexts();
}

void AllocationView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void AllocationView::updateTexts() {
    const QList<fd::metrics::AllocationRow>& rows = m_model->rows();
    const bool table = m_state == State::Shown && !rows.isEmpty();
    m_stack->setCurrentIndex(table ? 1 : 0);
    switch (m_state) {
    case State::NoCluster:
        m_empty->setTitle(tr("This endpoint is not linked to a cluster"));
        m_empty->setDescription(
            tr("Allocation vs use compares the GPUs pods requested from a cluster's API with what "
               "Prometheus measured, so it needs to know which cluster this Prometheus watches. "
               "Add the endpoint again with its cluster: fleetdeck-cli metrics add NAME --url "
               "URL --cluster CLUSTER, or through the cluster's API server with --cluster "
               "CLUSTER --via-api-server."));
        return;
    case State::Loading:
        m_empty->setTitle(tr("Reading the pods' GPU requests…"));
        m_empty->setDescription(QString());
        return;
    case State::Locked:
        m_empty->setTitle(tr("Vault locked"));
        m_empty->setDescription(tr("The cluster's credentials are in the vault. Unlock it to "
                                   "read which GPUs the pods requested."));
        return;
    case State::Failed:
        m_empty->setTitle(tr("The cluster's pods could not be read"));
        m_empty->setDescription(m_error);
        return;
    case State::Shown:
        break;
    }
    if (rows.isEmpty()) {
        m_empty->setTitle(tr("No running pod requests GPUs"));
        m_empty->setDescription(
            tr("No running pod on %1 requests nvidia.com/gpu or a MIG resource, so no GPU is "
               "allocated to a pod.")
                .arg(m_cluster));
        return;
    }
    int idle = 0, unmeasured = 0;
    double requested = 0, busy = 0;
    for (const auto& r : rows) {
        idle += r.idle ? 1 : 0;
        unmeasured += r.unmeasured ? 1 : 0;
        requested += r.requestedGpus;
        busy += r.busyGpus;
    }
    m_summary->setText(tr("Cluster %1 · running pods with GPUs: %2 · GPUs requested: %3, busy: "
                          "%4 · idle but allocated: %5 · not measured: %6. Idle pods first; hover "
                          "a row for its GPUs.")
                           .arg(m_cluster, QLocale().toString(int(rows.size())),
                                gpuCountText(requested), QLocale().toString(busy, 'f', 2),
                                QLocale().toString(idle), QLocale().toString(unmeasured)));
}

} // namespace fd::widgets
