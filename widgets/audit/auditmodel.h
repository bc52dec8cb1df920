#pragma once

#include "store/store.h"

#include <QAbstractTableModel>
#include <QList>

namespace fd::widgets {

// The audit log as a table: one row per AuditEntry, newest first as the store returns them.
class AuditModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { Time, Action, Target, Result, Detail, ColumnCount };
    enum Role {
        // The unformatted value: QDateTime (UTC) for Time, QString otherwise. Sorting and
        // filtering use it, never the display text.
        RawDataRole = Qt::UserRole + 1,
    };

    explicit AuditModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEntries(QList<fd::store::AuditEntry> entries);
    const fd::store::AuditEntry& entry(int row) const { return m_entries.at(row); }
    const QList<fd::store::AuditEntry>& entries() const { return m_entries; }

private:
    QList<fd::store::AuditEntry> m_entries;
};

} // namespace fd::widgets
