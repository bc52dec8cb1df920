#include "nodelabelsmodel.h"

#include <QFont>

namespace fd::widgets {

namespace {
// Top row 0 is the Fleetdeck record; node N is top row N + 1.
enum RecordGroup { RecordDataCenter, RecordGpus, RecordLabels, RecordGroupCount };
enum NodeGroup { NodeLabels, NodeTaints, NodeGroupCount };
} // namespace

NodeLabelsModel::NodeLabelsModel(NodesModel* nodes, QObject* parent)
    : QAbstractItemModel(parent)
    , m_nodes(nodes) {
    // Nodes added or removed change the tree's shape: one reset after the nodes model applied
    // its batch (it coalesces already). Changed nodes only refresh their own rows, so what the
    // user expanded stays expanded while heartbeats stream in.
    const auto reshape = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(nodes, &NodesModel::relisted, this, reshape);
    connect(nodes, &NodesModel::batchApplied, this,
            [this, reshape](int removed, int, int inserted) {
                if (removed > 0 || inserted > 0)
                    reshape();
            });
    connect(nodes, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                if (first.row() + 1 < rowCount())
                    Q_EMIT dataChanged(index(first.row() + 1, 0),
                                       index(std::min(last.row() + 1, rowCount() - 1), 1));
            });
}

void NodeLabelsModel::setRecord(const fd::registry::ClusterRecord& record) {
    beginResetModel();
    m_record = record;
    endResetModel();
}

void NodeLabelsModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 1));
}

int NodeLabelsModel::groupCount(int top) const {
    return top == 0 ? int(RecordGroupCount) : int(NodeGroupCount);
}

int NodeLabelsModel::leafCount(int top, int group) const {
    if (top == 0)
        return group == RecordLabels ? int(m_record.labels.size()) : 0;
    if (!m_nodes || top < 1 || top - 1 >= m_nodes->rowCount())
        return 0;
    const fd::kube::Node& n = m_nodes->at(top - 1);
    return group == NodeLabels ? int(n.metadata.labels.size()) : int(n.taints.size());
}

QModelIndex NodeLabelsModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column > 1)
        return {};
    if (!parent.isValid())
        return row < rowCount() ? createIndex(row, column, id(0, row, 0)) : QModelIndex();
    const quintptr pid = parent.internalId();
    if (levelOf(pid) == 0)
        return row < groupCount(parent.row()) ? createIndex(row, column, id(1, parent.row(), 0))
                                              : QModelIndex();
    if (levelOf(pid) == 1)
        return row < leafCount(topOf(pid), parent.row())
                   ? createIndex(row, column, id(2, topOf(pid), parent.row()))
                   : QModelIndex();
    return {};
}

QModelIndex NodeLabelsModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const quintptr cid = child.internalId();
    if (levelOf(cid) == 1)
        return createIndex(topOf(cid), 0, id(0, topOf(cid), 0));
    if (levelOf(cid) == 2)
        return createIndex(groupOf(cid), 0, id(1, topOf(cid), 0));
    return {};
}

int NodeLabelsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return 1 + (m_nodes ? m_nodes->rowCount() : 0);
    if (parent.column() != 0)
        return 0;
    const quintptr pid = parent.internalId();
    if (levelOf(pid) == 0)
        return groupCount(parent.row());
    if (levelOf(pid) == 1)
        return leafCount(topOf(pid), parent.row());
    return 0;
}

int NodeLabelsModel::columnCount(const QModelIndex&) const {
    return 2;
}

QVariant NodeLabelsModel::topData(int top, int column) const {
    if (column != 0)
        return {};
    if (top == 0)
        return tr("This cluster in Fleetdeck");
    return m_nodes && top - 1 < m_nodes->rowCount() ? m_nodes->at(top - 1).metadata.name
                                                    : QVariant();
}

QVariant NodeLabelsModel::groupData(int top, int group, int column) const {
    if (top == 0) {
        const fd::registry::DataCenter& dc = m_record.datacenter;
        switch (group) {
        case RecordDataCenter:
            if (column == 0)
                return tr("Data center");
            return dc.id.isEmpty() ? tr("(none)")
                   : dc.label.isEmpty() || dc.label == dc.id
                       ? dc.id
                       : QStringLiteral("%1 (%2)").arg(dc.label, dc.id);
        case RecordGpus:
            if (column == 0)
                return tr("GPU models");
            return m_record.cpuOnly               ? tr("CPU only")
                   : m_record.gpuModels.isEmpty() ? tr("(not stated)")
                                                  : m_record.gpuModels.join(QStringLiteral(", "));
        case RecordLabels:
            return column == 0 ? QVariant(tr("Labels (%1)").arg(m_record.labels.size()))
                               : QVariant();
        }
        return {};
    }
    if (column != 0)
        return {};
    const int n = leafCount(top, group);
    return group == NodeLabels ? tr("Labels (%1)").arg(n) : tr("Taints (%1)").arg(n);
}

QVariant NodeLabelsModel::leafData(int top, int group, int row, int column) const {
    if (row < 0 || row >= leafCount(top, group))
        return {}; // a node changed shape since the view asked
    if (top == 0) {
        const auto key = std::next(m_record.labels.cbegin(), row);
        return column == 0 ? key.key() : key.value();
    }
    const fd::kube::Node& node = m_nodes->at(top - 1);
    if (group == NodeLabels) {
        const auto it = std::next(node.metadata.labels.cbegin(), row);
        return column == 0 ? it.key() : it.value();
    }
    return column == 0 ? QVariant(taintText(node.taints.at(row))) : QVariant();
}

QVariant NodeLabelsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const quintptr iid = index.internalId();
    if (role == Qt::FontRole && levelOf(iid) == 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (levelOf(iid)) {
    case 0:
        return topData(index.row(), index.column());
    case 1:
        return groupData(topOf(iid), index.row(), index.column());
    case 2:
        return leafData(topOf(iid), groupOf(iid), index.row(), index.column());
    }
    return {};
}

QVariant NodeLabelsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Key") : tr("Value");
}

} // namespace fd::widgets
