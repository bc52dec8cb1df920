#pragma once

#include "detailmodels.h"
#include "registry/clusterrecord.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace fd::widgets {

// "Labels & Taints" of the cluster detail as a tree, built from the live nodes model without
// copying it: first what the admin recorded in Fleetdeck (data center, GPU models, labels), then
// every node with its labels and taints. Items are made on demand, so 5,000 nodes cost nothing
// until expanded; the tree follows the nodes model's coalesced batches.
class NodeLabelsModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeLabelsModel)

public:
    NodeLabelsModel(NodesModel* nodes, QObject* parent = nullptr);

    void setRecord(const fd::registry::ClusterRecord& record);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    // internalId: level (bits 0-1: 0 top, 1 group, 2 leaf), group (bits 2-3), top row (rest).
    static quintptr id(int level, int top, int group) {
        return quintptr(level) | (quintptr(group) << 2) | (quintptr(top) << 4);
    }
    static int levelOf(quintptr id) { return int(id & 3); }
    static int groupOf(quintptr id) { return int((id >> 2) & 3); }
    static int topOf(quintptr id) { return int(id >> 4); }
    int groupCount(int top) const;
    int leafCount(int top, int group) const;
    QVariant topData(int top, int column) const;
    QVariant groupData(int top, int group, int column) const;
    QVariant leafData(int top, int group, int row, int column) const;

    QPointer<NodesModel> m_nodes;
    fd::registry::ClusterRecord m_record;
};

} // namespace fd::widgets
