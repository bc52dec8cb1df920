#include "metrics/allocationmodel.h"

#include "common/usagebardelegate.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>
#include <limits>

namespace fd::widgets {

QString gpuCountText(double gpus) {
    if (std::abs(gpus - std::round(gpus)) < 1e-6)
        return QLocale().toString(qint64(std::llround(gpus)));
    return QLocale().toString(gpus, 'f', 2);
}

AllocationModel::AllocationModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AllocationModel::setRows(const QList<fd::metrics::AllocationRow>& rows, const QString& range) {
    beginResetModel();
    m_rows = rows;
    m_range = range;
    endResetModel();
}

AllocationModel::State AllocationModel::stateOf(const fd::metrics::AllocationRow& row) {
    if (row.unmeasured)
        return Unmeasured;
    if (row.idle)
        return Idle;
    return row.utilizationPct ? InUse : NoUtilization;
}

QString AllocationModel::verdict(const fd::metrics::AllocationRow& r) const {
    const QString pct =
        r.utilizationPct ? QLocale().toString(*r.utilizationPct, 'f', 0) : QString();
    const bool whole = std::abs(r.requestedGpus - std::round(r.requestedGpus)) < 1e-6;
    switch (stateOf(r)) {
    case Idle:
        return whole ? tr("Idle: holds %n GPU(s), used %1 % over %2", nullptr,
                          int(std::llround(r.requestedGpus)))
                           .arg(pct, m_range)
                     : tr("Idle: holds %1 of a GPU (MIG), used %2 % over %3")
                           .arg(gpuCountText(r.requestedGpus), pct, m_range);
    case InUse:
        return tr("In use: %1 % over %2").arg(pct, m_range);
    case Unmeasured:
        return tr("Not measured: no GPU metric names this pod");
    case NoUtilization:
        return tr("Its GPUs report no utilisation over %1").arg(m_range);
    }
    return {};
}

int AllocationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const fd::metrics::AllocationRow& r = m_rows.at(index.row());
    const State state = stateOf(r);
    if (role == StateRole)
        return int(state);
    if (role == UsageBarDelegate::RatioRole && index.column() == Utilization)
        return r.utilizationPct ? QVariant(qBound(0.0, *r.utilizationPct / 100.0, 1.0))
                                : QVariant();
    if (role == Qt::TextAlignmentRole && index.column() >= Requested &&
        index.column() <= Utilization)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Verdict) {
        if (state == Idle)
            return QColor(0xb2, 0x3b, 0x1e); // the row to act on
        if (state == Unmeasured || state == NoUtilization)
            return QColor(0x6b, 0x72, 0x80);
    }
    if (role == Qt::FontRole && index.column() == Verdict && state == Idle) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && (index.column() == Verdict || index.column() == Pod)) {
        QString tip = verdict(r);
        if (state == Unmeasured)
            tip += QLatin1Char('\n') +
                   tr("dcgm-exporter names pods only in Kubernetes mode; check that it runs so "
                      "on %1, and that Prometheus scrapes it.")
                       .arg(r.node.isEmpty() ? tr("the pod's node") : r.node);
        if (!r.gpuKeys.isEmpty())
            tip += QLatin1Char('\n') + tr("GPUs: %1").arg(r.gpuKeys.join(QStringLiteral(", ")));
        return tip;
    }
    if (role != Qt::DisplayRole && role != RawDataRole)
        return {};
    const bool raw = role == RawDataRole;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    switch (index.column()) {
    case Pod:
        return QString(r.namespaceName + QLatin1Char('/') + r.pod);
    case Node:
        return r.node;
    case Requested:
        return raw ? QVariant(r.requestedGpus) : QVariant(gpuCountText(r.requestedGpus));
    case Busy:
        if (r.unmeasured)
            return raw ? QVariant(nan) : QVariant(QStringLiteral("—"));
        return raw ? QVariant(r.busyGpus) : QVariant(QLocale().toString(r.busyGpus, 'f', 2));
    case Utilization:
        if (!r.utilizationPct)
            return raw ? QVariant(nan) : QVariant(QStringLiteral("—"));
        return raw ? QVariant(*r.utilizationPct)
                   : QVariant(QLocale().toString(*r.utilizationPct, 'f', 0) + QStringLiteral(" %"));
    case Verdict:
        // Sorting by the verdict groups the states in allocationVsUse's order: idle first.
        return raw ? QVariant(int(state)) : QVariant(verdict(r));
    default:
        return {};
    }
}

QVariant AllocationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pod:
        return tr("Pod");
    case Node:
        return tr("Node");
    case Requested:
        return tr("GPUs requested");
    case Busy:
        return tr("GPUs busy");
    case Utilization:
        return tr("Utilisation");
    case Verdict:
        return tr("Allocation vs use");
    default:
        return {};
    }
}

} // namespace fd::widgets
