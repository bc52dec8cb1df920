#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace fd::widgets {

// "Group by data center": a two-level view over the (searched and sorted) cluster list. Top
// rows are data centers ("HQ IDC — 12 clusters"), their children the clusters in the source's
// order. Health updates of the source become dataChanged on the children; only changes in the
// set of rows or their order (search, sort, import, remove) rebuild the groups.
class ClusterGroupModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterGroupModel)

public:
    explicit ClusterGroupModel(QObject* parent = nullptr);

    // The flat cluster model (normally the ClusterFilterProxy); its column 0..N are reused.
    void setSourceModel(QAbstractItemModel* source);
    QAbstractItemModel* sourceModel() const { return m_source; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The source index of a cluster row; invalid for a data-center row.
    QModelIndex mapToSource(const QModelIndex& index) const;
    bool isGroup(const QModelIndex& index) const;

private:
    struct Group {
        QString id;
        QString label;
        QList<int> sourceRows;
    };
    void rebuild();
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    QPointer<QAbstractItemModel> m_source;
    QList<Group> m_groups;
    QHash<int, QPair<int, int>> m_position; // source row -> (group, child)
};

} // namespace fd::widgets
