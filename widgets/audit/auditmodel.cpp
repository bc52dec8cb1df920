#include "auditmodel.h"

#include <QLocale>

namespace fd::widgets {

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int AuditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fd::store::AuditEntry& e = m_entries.at(index.row());
    if (role == RawDataRole) {
        switch (index.column()) {
        case Time:
            return e.time;
        case Action:
            return e.action;
        case Target:
            return e.target;
        case Result:
            return e.result;
        case Detail:
            return e.detail;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        if (index.column() == Time)
            return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return data(index, RawDataRole);
    }
    if (role == Qt::ToolTipRole && index.column() == Detail && !e.detail.isEmpty())
        return e.detail;
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Result:
        return tr("Result");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

void AuditModel::setEntries(QList<fd::store::AuditEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

} // namespace fd::widgets
