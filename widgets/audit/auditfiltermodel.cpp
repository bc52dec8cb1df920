#include "auditfiltermodel.h"

#include "auditmodel.h"

namespace fd::widgets {

AuditFilterModel::AuditFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(AuditModel::RawDataRole);
}

void AuditFilterModel::setText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void AuditFilterModel::setTimeRange(const QDateTime& from, const QDateTime& to) {
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* src = sourceModel();
    if (m_from.isValid() || m_to.isValid()) {
        const QDateTime time = src->index(sourceRow, AuditModel::Time, sourceParent)
                                   .data(AuditModel::RawDataRole)
                                   .toDateTime();
        if (m_from.isValid() && time < m_from)
            return false;
        if (m_to.isValid() && time >= m_to)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column :
         {AuditModel::Action, AuditModel::Target, AuditModel::Result, AuditModel::Detail}) {
        const QString value =
            src->index(sourceRow, column, sourceParent).data(AuditModel::RawDataRole).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool AuditFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (left.column() == AuditModel::Time)
        return left.data(AuditModel::RawDataRole).toDateTime() <
               right.data(AuditModel::RawDataRole).toDateTime();
    return QString::localeAwareCompare(left.data(AuditModel::RawDataRole).toString(),
                                       right.data(AuditModel::RawDataRole).toString()) < 0;
}

} // namespace fd::widgets
