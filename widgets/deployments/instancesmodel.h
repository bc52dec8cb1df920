#pragma once

#include "deploy/deployrecord.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <map>
#include <memory>

namespace fd::deploy {
class DeployService;
class DeploymentWatch;
} // namespace fd::deploy

namespace fd::widgets {

// The Instances table: one row per recorded deployment with its live status. Each row owns a
// DeploymentWatch (watches on the cluster, or on every Karmada member), so nothing polls; rows
// follow the service's deploymentsChanged() as row inserts, removals and dataChanged — never a
// reset, so the view keeps its selection and scroll position, and an unchanged row keeps its
// watch.
class InstancesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesModel)

public:
    enum Column {
        Name,
        Cluster,
        Runtime,
        Model,
        Ready,
        Status,
        Restarts,
        LatestEvent,
        ColumnCount
    };
    // data(index, RawDataRole): the raw value (name, cluster name, runtime id, state name …).
    static constexpr int RawDataRole = Qt::UserRole + 1;

    explicit InstancesModel(fd::deploy::DeployService& service, QObject* parent = nullptr);
    ~InstancesModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const fd::deploy::DeploymentRecord& record(int row) const;
    fd::deploy::DeploymentWatch* watch(int row) const;
    int rowOf(const QString& name) const;
    void retranslate();
    // Starts every row's watches again (after the vault was unlocked, or the catalog's health
    // checks changed); the rows stay.
    void reload();

private:
    // Brings the rows to the service's deployments(): removed rows go, new ones are inserted
    // where the service has them, the others are updated in place.
    void follow();
    fd::deploy::DeploymentWatch* makeWatch(const fd::deploy::DeploymentRecord& record);
    int rowOfId(qint64 id) const;

    fd::deploy::DeployService& m_service;
    QList<fd::deploy::DeploymentRecord> m_records;
    std::map<qint64, fd::deploy::DeploymentWatch*> m_watches; // record id -> watch (children)
    std::map<qint64, QList<qint64>> m_watchedClusters;        // record id -> its watch's clusters
};

// Search (name, model, cluster) and filters by cluster, runtime and status.
class InstancesFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesFilterProxy)

public:
    explicit InstancesFilterProxy(QObject* parent = nullptr);
    void setSearch(const QString& text);
    void setCluster(const QString& cluster); // empty: any
    void setRuntime(const QString& runtime);
    void setStatus(const QString& state); // instanceStateName; empty: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search, m_cluster, m_runtime, m_status;
};

} // namespace fd::widgets
