#include "metrics/promalertmodel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace fd::widgets {

namespace {

int stateRank(const QString& state) {
    return state == QLatin1String("firing") ? 0 : state == QLatin1String("pending") ? 1 : 2;
}

QString otherLabels(const fd::metrics::Labels& labels) {
    QStringList parts;
    for (const auto& [name, value] : labels.items())
        if (name != QLatin1String("alertname") && name != QLatin1String("severity"))
            parts << name + QLatin1Char('=') + value;
    return parts.join(QStringLiteral(", "));
}

} // namespace

PromAlertModel::PromAlertModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PromAlertModel::setAlerts(QList<fd::metrics::PromAlert> alerts) {
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const fd::metrics::PromAlert& a, const fd::metrics::PromAlert& b) {
                         const int ra = stateRank(a.state);
                         const int rb = stateRank(b.state);
                         if (ra != rb)
                             return ra < rb;
                         return a.activeAt < b.activeAt;
                     });
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

int PromAlertModel::firingCount() const {
    return int(std::count_if(m_alerts.begin(), m_alerts.end(),
                             [](const auto& a) { return a.state == QLatin1String("firing"); }));
}

int PromAlertModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int PromAlertModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromAlertModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const fd::metrics::PromAlert& a = m_alerts.at(index.row());
    switch (index.column()) {
    case State:
        if (role == Qt::DisplayRole)
            return a.state == QLatin1String("firing")    ? tr("Firing")
                   : a.state == QLatin1String("pending") ? tr("Pending")
                                                         : a.state;
        if (role == RawRole)
            return stateRank(a.state);
        if (role == Qt::ForegroundRole && a.state == QLatin1String("firing"))
            return QColor(0xc5, 0x22, 0x1f);
        return {};
    case Alert:
        return role == Qt::DisplayRole || role == RawRole ? a.labels.value(u"alertname")
                                                          : QVariant();
    case Severity:
        return role == Qt::DisplayRole || role == RawRole ? a.labels.value(u"severity")
                                                          : QVariant();
    case Labels:
        return role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole
                   ? otherLabels(a.labels)
                   : QVariant();
    case Since:
        if (role == Qt::DisplayRole)
            return a.activeAt.isValid()
                       ? QLocale().toString(a.activeAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        if (role == RawRole)
            return a.activeAt.isValid() ? double(a.activeAt.toMSecsSinceEpoch()) : 0.0;
        return {};
    case Value:
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DisplayRole || role == RawRole) {
            // Prometheus sends the value as "9.699949602350252e-01": four digits read better.
            bool ok = false;
            const double v = a.value.toDouble(&ok);
            if (!ok)
                return a.value;
            return role == RawRole ? QVariant(v) : QVariant(QLocale().toString(v, 'g', 4));
        }
        if (role == Qt::ToolTipRole)
            return a.value;
        return {};
    case Summary:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole) {
            const QString summary = a.annotations.value(u"summary");
            return summary.isEmpty() ? a.annotations.value(u"description") : summary;
        }
        return {};
    default:
        return {};
    }
}

QVariant PromAlertModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Alert:
        return tr("Alert");
    case Severity:
        return tr("Severity");
    case Labels:
        return tr("Labels");
    case Since:
        return tr("Active since");
    case Value:
        return tr("Value");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace fd::widgets
