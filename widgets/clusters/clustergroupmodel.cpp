#include "clustergroupmodel.h"

#include "clusterlistmodel.h"

#include <QFont>
#include <QMap>

namespace fd::widgets {

namespace {
// internalId of a data-center row; a cluster row stores its group index + 1.
constexpr quintptr GroupRowId = 0;
} // namespace

ClusterGroupModel::ClusterGroupModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void ClusterGroupModel::setSourceModel(QAbstractItemModel* source) {
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelReset, this, &ClusterGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &ClusterGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &ClusterGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &ClusterGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsMoved, this, &ClusterGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::dataChanged, this,
                &ClusterGroupModel::onSourceDataChanged);
    }
    rebuild();
}

void ClusterGroupModel::rebuild() {
    beginResetModel();
    m_groups.clear();
    m_position.clear();
    if (m_source) {
        QMap<QString, int> byKey; // sort key -> group
        QList<Group> groups;
        for (int row = 0; row < m_source->rowCount(); ++row) {
            const QModelIndex idx = m_source->index(row, 0);
            const QString id = idx.data(ClusterListModel::DataCenterIdRole).toString();
            QString label = idx.data(ClusterListModel::DataCenterLabelRole).toString();
            // Clusters without a data center come last.
            const QString key = id.isEmpty() ? QStringLiteral("\xff") : label.toLower() + id;
            auto it = byKey.find(key);
            if (it == byKey.end()) {
                it = byKey.insert(key, int(groups.size()));
                groups.append(Group{id, label, {}});
            }
            groups[*it].sourceRows << row;
        }
        for (int g : byKey)
            m_groups << groups[g];
        for (int g = 0; g < m_groups.size(); ++g)
            for (int c = 0; c < m_groups[g].sourceRows.size(); ++c)
                m_position.insert(m_groups[g].sourceRows[c], {g, c});
    }
    endResetModel();
}

void ClusterGroupModel::onSourceDataChanged(const QModelIndex& topLeft,
                                            const QModelIndex& bottomRight) {
    // A changed data center moves the row to another group; anything else updates in place.
    QHash<int, QPair<int, int>> spans; // group -> (first child, last child)
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const auto pos = m_position.value(row, {-1, -1});
        if (pos.first < 0 ||
            m_source->index(row, 0).data(ClusterListModel::DataCenterIdRole).toString() !=
                m_groups[pos.first].id) {
            rebuild();
            return;
        }
        auto it = spans.find(pos.first);
        if (it == spans.end())
            spans.insert(pos.first, {pos.second, pos.second});
        else
            *it = {qMin(it->first, pos.second), qMax(it->second, pos.second)};
    }
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        const QModelIndex parentIndex = index(it.key(), 0);
        Q_EMIT dataChanged(index(it->first, topLeft.column(), parentIndex),
                           index(it->second, bottomRight.column(), parentIndex));
        Q_EMIT dataChanged(parentIndex, index(it.key(), columnCount() - 1));
    }
}

QModelIndex ClusterGroupModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups[parent.row()].sourceRows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ClusterGroupModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int ClusterGroupModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupRowId && parent.column() == 0)
        return int(m_groups[parent.row()].sourceRows.size());
    return 0;
}

int ClusterGroupModel::columnCount(const QModelIndex&) const {
    return m_source ? m_source->columnCount() : ClusterListModel::ColumnCount;
}

bool ClusterGroupModel::isGroup(const QModelIndex& index) const {
    return index.isValid() && index.internalId() == GroupRowId;
}

QModelIndex ClusterGroupModel::mapToSource(const QModelIndex& index) const {
    if (!index.isValid() || isGroup(index) || !m_source)
        return {};
    const Group& g = m_groups[int(index.internalId() - 1)];
    return m_source->index(g.sourceRows[index.row()], index.column());
}

QVariant ClusterGroupModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (!isGroup(index))
        return mapToSource(index).data(role);
    const Group& g = m_groups[index.row()];
    if (role == Qt::DisplayRole && index.column() == 0) {
        const QString label = g.id.isEmpty() ? tr("No data center") : g.label;
        return tr("%1 — %n cluster(s)", nullptr, int(g.sourceRows.size())).arg(label);
    }
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == ClusterListModel::DataCenterIdRole)
        return g.id;
    return {};
}

QVariant ClusterGroupModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags ClusterGroupModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isGroup(index))
        return Qt::ItemIsEnabled;
    return mapToSource(index).flags();
}

void ClusterGroupModel::sort(int column, Qt::SortOrder order) {
    if (m_source)
        m_source->sort(column, order);
}

} // namespace fd::widgets
