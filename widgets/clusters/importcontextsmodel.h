#pragma once

#include "importentry.h"

#include <QAbstractTableModel>

namespace fd::widgets {

// The contexts of the loaded kubeconfig(s), each with a checkbox in the first column. Edits go
// through the dialog (entries()), which calls entryChanged(row) afterwards.
class ImportContextsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportContextsModel)

public:
    enum Column { Context, Server, Auth, Namespace, Warnings, Test, ColumnCount };

    explicit ImportContextsModel(QObject* parent = nullptr);

    void setEntries(QList<ImportEntry> entries);
    QList<ImportEntry>& entries() { return m_entries; }
    const QList<ImportEntry>& entries() const { return m_entries; }
    void entryChanged(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QString testText(const ImportEntry& entry) const;
    QList<ImportEntry> m_entries;
};

} // namespace fd::widgets
