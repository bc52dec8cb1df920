#pragma once

#include "registry/importsession.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace fd::widgets {

using fd::registry::ImportEntry;

// The contexts of an import session, each with a checkbox in the first column. The session owns
// the entries; the model follows its signals and writes the checkboxes back to it.
class ImportContextsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportContextsModel)

public:
    enum Column { Context, Server, Auth, Namespace, Warnings, Test, ColumnCount };

    explicit ImportContextsModel(fd::registry::ImportSession* session, QObject* parent = nullptr);

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
    const QList<ImportEntry>& entries() const;

    QPointer<fd::registry::ImportSession> m_session;
};

} // namespace fd::widgets
