#pragma once

#include "policy/policysync.h"

#include <QAbstractTableModel>

namespace fd::widgets {

// The objects of one sync or check as they are handled: Karmada object, Fleetdeck policy, what
// happened (created, updated, in sync, drifted, failed, external, …) and the details (the
// drifted fields, the server's message). External objects follow Fleetdeck's own.
class SyncResultModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncResultModel)

public:
    enum Column { ObjectColumn, PolicyColumn, ResultColumn, DetailsColumn, ColumnCount };
    enum Role { ItemRole = Qt::UserRole + 1 }; // the SyncItem (raw data)

    explicit SyncResultModel(QObject* parent = nullptr);
    void clear();
    // Adds the item, or replaces the row of the same object (a check's row after the sync).
    void addItem(const fd::policy::SyncItem& item);
    const fd::policy::SyncItem& item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString actionText(fd::policy::SyncAction action);

private:
    QList<fd::policy::SyncItem> m_items;
};

} // namespace fd::widgets
