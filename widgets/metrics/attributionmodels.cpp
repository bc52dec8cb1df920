#include "metrics/attributionmodels.h"

#include "common/usagebardelegate.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace fd::widgets {

namespace {

QVariant number(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? QVariant(*v)
                                  : QVariant(std::numeric_limits<double>::quiet_NaN());
}

QString shown(const std::optional<double>& v, int decimals, const QString& unit) {
    if (!v || !std::isfinite(*v))
        return QStringLiteral("—");
    return QLocale().toString(*v, 'f', decimals) + unit;
}

// The bar of the utilisation column: busy over held, absent (plain text) when not measured.
QVariant ratio(const std::optional<double>& pct) {
    if (!pct || !std::isfinite(*pct))
        return {};
    return qBound(0.0, *pct / 100.0, 1.0);
}

bool isNumeric(int column, int first, int last) {
    return column >= first && column <= last;
}

} // namespace

QString gpuEquivalentText(double value) {
    return QLocale().toString(value, 'f', 2);
}

NamespaceUsageModel::NamespaceUsageModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void NamespaceUsageModel::setUsage(const QList<fd::metrics::NamespaceUsage>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int NamespaceUsageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NamespaceUsageModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NamespaceUsageModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const fd::metrics::NamespaceUsage& n = m_rows.at(index.row());
    if (role == UsageBarDelegate::RatioRole && index.column() == Utilization)
        return ratio(n.utilizationPct);
    if (role == Qt::TextAlignmentRole && isNumeric(index.column(), Pods, BusyGpus))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::TextAlignmentRole && index.column() == MemoryUsed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawDataRole)
        return {};
    const bool raw = role == RawDataRole;
    switch (index.column()) {
    case Namespace:
        return n.namespaceName;
    case Pods:
        return n.pods;
    case Gpus:
        return raw ? QVariant(n.gpus) : QVariant(gpuEquivalentText(n.gpus));
    case BusyGpus:
        return raw ? QVariant(n.busyGpus) : QVariant(gpuEquivalentText(n.busyGpus));
    case Utilization:
        return raw ? number(n.utilizationPct)
                   : QVariant(shown(n.utilizationPct, 0, QStringLiteral(" %")));
    case MemoryUsed:
        return raw ? number(n.memoryUsedMiB)
                   : QVariant(shown(n.memoryUsedMiB, 0, QStringLiteral(" MiB")));
    default:
        return {};
    }
}

QVariant NamespaceUsageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == Gpus || section == BusyGpus))
        return tr("A whole GPU counts 1, a MIG instance its share of the board (3g.40gb on an "
                  "A100 counts 3/7); busy weighs that by the measured utilisation.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Namespace:
        return tr("Namespace");
    case Pods:
        return tr("Pods");
    case Gpus:
        return tr("GPUs held");
    case BusyGpus:
        return tr("GPUs busy");
    case Utilization:
        return tr("Utilisation");
    case MemoryUsed:
        return tr("Peak memory used");
    default:
        return {};
    }
}

PodUsageModel::PodUsageModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PodUsageModel::setUsage(const QList<fd::metrics::PodUsage>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PodUsageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PodUsageModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodUsageModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const fd::metrics::PodUsage& p = m_rows.at(index.row());
    if (role == UsageBarDelegate::RatioRole && index.column() == Utilization)
        return ratio(p.utilizationPct);
    if (role == Qt::TextAlignmentRole &&
        (isNumeric(index.column(), Gpus, BusyGpus) || index.column() == MemoryUsed))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == GpuList)
        return p.gpuKeys.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole && role != RawDataRole)
        return {};
    const bool raw = role == RawDataRole;
    switch (index.column()) {
    case Namespace:
        return p.namespaceName;
    case Pod:
        return p.pod;
    case Gpus:
        return raw ? QVariant(p.gpus) : QVariant(gpuEquivalentText(p.gpus));
    case BusyGpus:
        return raw ? QVariant(p.busyGpus) : QVariant(gpuEquivalentText(p.busyGpus));
    case Utilization:
        return raw ? number(p.utilizationPct)
                   : QVariant(shown(p.utilizationPct, 0, QStringLiteral(" %")));
    case MemoryUsed:
        return raw ? number(p.memoryUsedMiB)
                   : QVariant(shown(p.memoryUsedMiB, 0, QStringLiteral(" MiB")));
    case GpuList:
        return p.gpuKeys.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant PodUsageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == Gpus || section == BusyGpus))
        return tr("A whole GPU counts 1, a MIG instance its share of the board (3g.40gb on an "
                  "A100 counts 3/7); busy weighs that by the measured utilisation.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Namespace:
        return tr("Namespace");
    case Pod:
        return tr("Pod");
    case Gpus:
        return tr("GPUs held");
    case BusyGpus:
        return tr("GPUs busy");
    case Utilization:
        return tr("Utilisation");
    case MemoryUsed:
        return tr("Peak memory used");
    case GpuList:
        return tr("GPUs (node/GPU/instance)");
    default:
        return {};
    }
}

} // namespace fd::widgets
