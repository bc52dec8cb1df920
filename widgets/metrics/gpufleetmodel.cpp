#include "metrics/gpufleetmodel.h"

#include <QDateTime>
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

QString timeText(qint64 ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

GpuFleetModel::GpuFleetModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void GpuFleetModel::setFleet(const fd::metrics::Fleet& fleet) {
    beginResetModel();
    m_fleet = fleet;
    m_rows = fd::metrics::gpuListRows(fleet);
    endResetModel();
}

int GpuFleetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GpuFleetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GpuFleetModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const fd::metrics::GpuReading& r = m_rows.at(index.row());
    if (role == KeyRole)
        return r.id.key();
    if (role == Qt::TextAlignmentRole && index.column() >= Utilization && index.column() <= Power)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Utilization && !r.utilizationSource.isEmpty())
        return r.utilizationSource;
    if (role != Qt::DisplayRole && role != RawDataRole)
        return {};
    const bool raw = role == RawDataRole;
    switch (index.column()) {
    case Node:
        return r.id.node;
    case Gpu:
        return raw ? QVariant(r.id.gpu.toInt()) : QVariant(r.id.gpu);
    case Mig:
        return r.id.isMig() ? QStringLiteral("%1 (%2)").arg(r.id.migProfile, r.id.migInstance)
                            : QString();
    case Model:
        return r.id.model;
    case Utilization:
        return raw ? number(r.utilizationPct)
                   : QVariant(shown(r.utilizationPct, 0, QStringLiteral(" %")));
    case MemoryUsed:
        return raw ? number(r.memoryUsedMiB)
                   : QVariant(shown(r.memoryUsedMiB, 0, QStringLiteral(" MiB")));
    case MemoryTotal:
        return raw ? number(r.memoryTotalMiB)
                   : QVariant(shown(r.memoryTotalMiB, 0, QStringLiteral(" MiB")));
    case Temperature:
        return raw ? number(r.temperatureC)
                   : QVariant(shown(r.temperatureC, 0, QStringLiteral(" °C")));
    case Power:
        return raw ? number(r.powerW) : QVariant(shown(r.powerW, 0, QStringLiteral(" W")));
    case Pod:
        return r.id.pod.isEmpty() ? QString() : r.id.namespaceName + QLatin1Char('/') + r.id.pod;
    default:
        return {};
    }
}

QVariant GpuFleetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Node:
        return tr("Node");
    case Gpu:
        return tr("GPU");
    case Mig:
        return tr("MIG instance");
    case Model:
        return tr("Model");
    case Utilization:
        return tr("Utilisation");
    case MemoryUsed:
        return tr("Memory used");
    case MemoryTotal:
        return tr("Memory total");
    case Temperature:
        return tr("Temperature");
    case Power:
        return tr("Power");
    case Pod:
        return tr("Pod");
    default:
        return {};
    }
}

HealthEventModel::HealthEventModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void HealthEventModel::setEvents(QList<fd::metrics::HealthEvent> events) {
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int HealthEventModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int HealthEventModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthEventModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const fd::metrics::HealthEvent& e = m_events.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Meaning)
        return e.meaning;
    if (role != Qt::DisplayRole && role != RawDataRole)
        return {};
    const bool raw = role == RawDataRole;
    switch (index.column()) {
    case Start:
        return raw ? QVariant(e.startMs) : QVariant(timeText(e.startMs));
    case End:
        if (!e.endMs)
            return raw ? QVariant() : QVariant(tr("ongoing"));
        return raw ? QVariant(*e.endMs) : QVariant(timeText(*e.endMs));
    case Node:
        return e.id.node;
    case Gpu:
        return e.id.isMig() ? QStringLiteral("%1 / MIG %2").arg(e.id.gpu, e.id.migInstance)
                            : e.id.gpu;
    case Kind:
        return e.kind == QLatin1String("xid")                  ? tr("XID")
               : e.kind == QLatin1String("temperature")        ? tr("Temperature")
               : e.kind == QLatin1String("power")              ? tr("Power")
               : e.kind == QLatin1String("thermal-throttling") ? tr("Thermal throttling")
               : e.kind == QLatin1String("power-throttling")   ? tr("Power throttling")
                                                               : e.kind;
    case Code:
        return e.code ? QVariant(*e.code) : QVariant();
    case Meaning:
        return e.meaning;
    default:
        return {};
    }
}

QVariant HealthEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Node:
        return tr("Node");
    case Gpu:
        return tr("GPU");
    case Kind:
        return tr("Kind");
    case Code:
        return tr("Code");
    case Meaning:
        return tr("Meaning and action");
    default:
        return {};
    }
}

} // namespace fd::widgets
