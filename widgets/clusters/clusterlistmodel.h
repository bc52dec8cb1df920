#pragma once

#include "registry/clusterrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace fd::registry {
class ClusterCatalog;
}

namespace fd::widgets {

// The registered clusters as a table, one row per record. Rows follow the registry: records
// added or removed become row inserts/removals, and the registry's coalesced healthChanged
// becomes dataChanged over contiguous row ranges — never a reset, so a 2,000-row view keeps its
// selection and scroll position while the background refresh runs.
class ClusterListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListModel)

public:
    enum Column { Status, Name, DataCenter, Zone, Version, Nodes, Gpus, LastCheck, ColumnCount };
    enum Role {
        // The value to sort and filter by: an enum as int, a count, a QDateTime or plain text.
        RawDataRole = Qt::UserRole + 1,
        IdRole,           // ClusterId of the row
        DataCenterIdRole, // the stable data-center id, for grouping
        DataCenterLabelRole,
        SearchTextRole, // everything a search may match, lowercase
    };

    explicit ClusterListModel(fd::registry::ClusterCatalog* catalog, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Re-reads the record list from the registry, turning differences into inserts, removals
    // and dataChanged.
    void syncRecords();
    int rowOf(fd::registry::ClusterId id) const;
    const fd::registry::ClusterRecord* recordAt(int row) const;

    static QString statusText(fd::registry::ClusterStatus status);
    static QColor statusColor(fd::registry::ClusterStatus status);
    // "Locked": the cluster's credentials wait for the vault to be unlocked.
    static QString lockedText();

private:
    void onHealthChanged(const QList<qint64>& ids);
    void reindex();
    QVariant displayData(const fd::registry::ClusterRecord& record, int column) const;
    QVariant rawData(const fd::registry::ClusterRecord& record, int column) const;
    QString toolTip(const fd::registry::ClusterRecord& record, int column) const;

    bool locked(const fd::registry::ClusterRecord& record) const;

    QPointer<fd::registry::ClusterCatalog> m_registry;
    QList<fd::registry::ClusterRecord> m_rows;
    QHash<fd::registry::ClusterId, int> m_rowById;
};

} // namespace fd::widgets
