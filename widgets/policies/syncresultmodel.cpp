#include "syncresultmodel.h"

#include <QBrush>
#include <QColor>

namespace fd::widgets {

using fd::policy::SyncAction;
using fd::policy::SyncItem;

SyncResultModel::SyncResultModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SyncResultModel::clear() {
    beginResetModel();
    m_items.clear();
    endResetModel();
}

void SyncResultModel::addItem(const SyncItem& item) {
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items[row].objectKind == item.objectKind &&
            m_items[row].objectName == item.objectName) {
            m_items[row] = item;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(item);
    endInsertRows();
}

int SyncResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int SyncResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncResultModel::actionText(SyncAction action) {
    switch (action) {
    case SyncAction::Created:
        return tr("Created");
    case SyncAction::Updated:
        return tr("Updated");
    case SyncAction::Unchanged:
        return tr("In sync");
    case SyncAction::Deleted:
        return tr("Deleted");
    case SyncAction::Pending:
        return tr("Not synced");
    case SyncAction::Drifted:
        return tr("Drifted");
    case SyncAction::Failed:
        return tr("Failed");
    case SyncAction::External:
        return tr("External");
    case SyncAction::Adopted:
        return tr("Adopted");
    }
    return {};
}

QVariant SyncResultModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const SyncItem& i = m_items[index.row()];
    if (role == ItemRole)
        return QVariant::fromValue(i);
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        switch (i.action) {
        case SyncAction::Failed:
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        case SyncAction::Drifted:
        case SyncAction::Pending:
            return QBrush(QColor(0xb9, 0x77, 0x0e));
        case SyncAction::External:
        case SyncAction::Adopted:
            return QBrush(QColor(0x6a, 0x76, 0x86));
        default:
            return QBrush(QColor(0x1e, 0x84, 0x49));
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ObjectColumn:
        return QString(i.objectKind + u'/' + i.objectName);
    case PolicyColumn:
        if (i.action == SyncAction::External || i.action == SyncAction::Adopted)
            return QStringLiteral("—");
        return i.policy;
    case ResultColumn:
        return actionText(i.action);
    case DetailsColumn: {
        QStringList parts;
        if (!i.message.isEmpty())
            parts << i.message;
        if (!i.driftedFields.isEmpty())
            parts << tr("Fields: %1").arg(i.driftedFields.join(QStringLiteral(", ")));
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(" "));
    }
    default:
        return {};
    }
}

QVariant SyncResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectColumn:
        return tr("Karmada object");
    case PolicyColumn:
        return tr("Policy");
    case ResultColumn:
        return tr("Result");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace fd::widgets
