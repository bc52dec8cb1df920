#pragma once

#include "policy/policyrepository.h"

#include <QAbstractTableModel>

namespace fd::widgets {

// A policy's version history, newest first: version, when, who, what happened and which fields
// changed (from → to in the tooltip).
class PolicyHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyHistoryModel)

public:
    enum Column {
        VersionColumn,
        TimeColumn,
        AuthorColumn,
        ActionColumn,
        ChangesColumn,
        ColumnCount
    };
    enum Role { VersionRole = Qt::UserRole + 1 }; // the PolicyVersion (raw data)

    explicit PolicyHistoryModel(QObject* parent = nullptr);
    void setVersions(const QList<fd::policy::repository::PolicyVersion>& versions);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<fd::policy::repository::PolicyVersion> m_versions;
};

} // namespace fd::widgets
