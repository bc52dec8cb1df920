#include "instancesmodel.h"

#include "deploy/deployservice.h"
#include "deploy/instancemonitor.h"

#include <QBrush>
#include <QColor>
#include <QScopeGuard>
#include <QSet>

namespace fd::widgets {

using fd::deploy::DeploymentWatch;
using fd::deploy::InstanceState;

namespace {

QString stateText(InstanceState state) {
    switch (state) {
    case InstanceState::ScaledDown:
        return InstancesModel::tr("Scaled down");
    case InstanceState::Pending:
        return InstancesModel::tr("Pending");
    case InstanceState::WaitingForGpus:
        return InstancesModel::tr("Waiting for GPUs");
    case InstanceState::Unschedulable:
        return InstancesModel::tr("Unschedulable");
    case InstanceState::PullingImage:
        return InstancesModel::tr("Pulling image");
    case InstanceState::Starting:
        return InstancesModel::tr("Loading model");
    case InstanceState::Ready:
        return InstancesModel::tr("Ready");
    case InstanceState::Degraded:
        return InstancesModel::tr("Degraded");
    case InstanceState::Failing:
        return InstancesModel::tr("Failing");
    }
    return {};
}

QColor stateColor(InstanceState state) {
    switch (state) {
    case InstanceState::Ready:
        return QColor(0x1b, 0x7f, 0x3b);
    case InstanceState::Failing:
    case InstanceState::WaitingForGpus:
    case InstanceState::Unschedulable:
        return QColor(0xb0, 0x24, 0x1d);
    case InstanceState::Degraded:
        return QColor(0xa3, 0x5f, 0x00);
    default:
        return QColor(0x44, 0x55, 0x66);
    }
}

} // namespace

InstancesModel::InstancesModel(fd::deploy::DeployService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service) {
    connect(&m_service, &fd::deploy::DeployService::deploymentsChanged, this,
            &InstancesModel::follow);
    // The runtimes' health checks are part of each watch.
    connect(&m_service, &fd::deploy::DeployService::catalogChanged, this, &InstancesModel::reload);
    follow();
}

InstancesModel::~InstancesModel() = default;

int InstancesModel::rowOfId(qint64 id) const {
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == id)
            return i;
    return -1;
}

DeploymentWatch* InstancesModel::makeWatch(const fd::deploy::DeploymentRecord& r) {
    const auto* runtime = m_service.catalog().runtime(r.runtimeId);
    const QList<qint64> clusters = m_service.statusClusters(r);
    auto* w = new DeploymentWatch(m_service.connections(), r, clusters,
                                  runtime ? runtime->health : fd::deploy::HealthSpec{}, this);
    m_watchedClusters[r.id] = clusters;
    const qint64 id = r.id;
    connect(w, &DeploymentWatch::changed, this, [this, w, id] {
        const int at = rowOfId(id);
        const auto current = m_watches.find(id);
        if (at < 0 || current == m_watches.end() || current->second != w)
            return; // a watch being replaced
        // Remembered in the store for lists without watches; it changes no row of the list
        // (the service emits nothing for it), only this row's cells below.
        if (w->listed())
            m_service.noteStatus(m_records.at(at).name,
                                 fd::deploy::instanceStateName(w->status().state));
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    });
    return w;
}

void InstancesModel::follow() {
    const QList<fd::deploy::DeploymentRecord> next = m_service.deployments();
    if (m_records.isEmpty() && !next.isEmpty()) { // the first load: one insert
        beginInsertRows({}, 0, int(next.size()) - 1);
        m_records = next;
        for (const auto& r : next)
            m_watches.emplace(r.id, makeWatch(r));
        endInsertRows();
        return;
    }
    QSet<qint64> nextIds;
    for (const auto& r : next)
        nextIds.insert(r.id);
    // Removed rows, from the end.
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {
        const qint64 id = m_records.at(row).id;
        if (nextIds.contains(id))
            continue;
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        delete m_watches.at(id);
        m_watches.erase(id);
        m_watchedClusters.erase(id);
        endRemoveRows();
    }
    // The rest keep their order (the service appends and removes; a load reads them in the
    // store's order): walk the new list, inserting what is new where it belongs.
    for (int row = 0; row < next.size(); ++row) {
        const auto& r = next.at(row);
        const int at = rowOfId(r.id);
        if (at < 0) {
            beginInsertRows({}, row, row);
            m_records.insert(row, r);
            m_watches.emplace(r.id, makeWatch(r));
            endInsertRows();
            continue;
        }
        if (at != row) {
            // Moved (another order from the store): one row move, watch kept.
            beginMoveRows({}, at, at, {}, row > at ? row + 1 : row);
            m_records.move(at, row);
            endMoveRows();
        }
        // The same deployment: the watch stays unless where its status comes from changed
        // (a Karmada control plane's members).
        if (m_service.statusClusters(r) != m_watchedClusters[r.id]) {
            auto* old = m_watches.at(r.id);
            m_watches[r.id] = makeWatch(r);
            delete old; // after the new one: the shared streams carry on
        }
        const bool changed = m_records.at(row).status != r.status ||
                             m_records.at(row).updated != r.updated ||
                             m_records.at(row).name != r.name;
        m_records[row] = r;
        if (changed)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void InstancesModel::reload() {
    // The old watches go after the new ones are made: the streams they share
    // (ClusterConnections::sharedWatch) carry on, and the new rows start from their state
    // instead of a new list and watch per row.
    auto old = std::move(m_watches);
    m_watches.clear();
    const auto dropOld = qScopeGuard([&old] {
        for (auto& [id, watch] : old)
            delete watch;
    });
    for (const auto& r : std::as_const(m_records))
        m_watches.emplace(r.id, makeWatch(r));
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InstancesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int InstancesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const fd::deploy::DeploymentRecord& InstancesModel::record(int row) const {
    return m_records.at(row);
}

DeploymentWatch* InstancesModel::watch(int row) const {
    return m_watches.at(m_records.at(row).id);
}

int InstancesModel::rowOf(const QString& name) const {
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).name == name)
            return i;
    return -1;
}

QVariant InstancesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const auto& r = m_records.at(index.row());
    const DeploymentWatch* w = watch(index.row());
    const auto status = w->status();
    const bool live = w->listed();
    const QString cluster = m_service.clusterName(r.clusterId);
    if (role == RawDataRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Cluster:
            return cluster;
        case Runtime:
            return r.runtimeId;
        case Model:
            return r.model;
        case Ready:
            return status.ready;
        case Status:
            return fd::deploy::instanceStateName(status.state);
        case Restarts:
            return status.restarts;
        case LatestEvent:
            return status.latestEvent;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Cluster:
            return r.targetKind == fd::deploy::TargetKind::Karmada
                       ? tr("%1 (Karmada: %2)").arg(cluster, r.placementStrategy)
                       : cluster;
        case Runtime: {
            const auto* runtime = m_service.catalog().runtime(r.runtimeId);
            return runtime ? runtime->name.text() : r.runtimeId;
        }
        case Model:
            return r.model;
        case Ready:
            return live ? QStringLiteral("%1/%2").arg(status.ready).arg(status.desired)
                        : QStringLiteral("–");
        case Status:
            if (status.reason == QLatin1String("Locked"))
                return tr("Vault locked");
            return live ? stateText(status.state) : tr("Connecting…");
        case Restarts:
            return live ? QVariant(status.restarts) : QVariant();
        case LatestEvent:
            return status.latestEvent;
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Status || index.column() == LatestEvent))
        return status.message;
    if (role == Qt::ForegroundRole && index.column() == Status && live)
        return QBrush(stateColor(status.state));
    return {};
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Cluster:
        return tr("Cluster");
    case Runtime:
        return tr("Runtime");
    case Model:
        return tr("Model");
    case Ready:
        return tr("Ready");
    case Status:
        return tr("Status");
    case Restarts:
        return tr("Restarts");
    case LatestEvent:
        return tr("Latest event");
    }
    return {};
}

void InstancesModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

InstancesFilterProxy::InstancesFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(InstancesModel::RawDataRole);
}

void InstancesFilterProxy::setSearch(const QString& text) {
    m_search = text.trimmed();
    invalidateFilter();
}

void InstancesFilterProxy::setCluster(const QString& cluster) {
    m_cluster = cluster;
    invalidateFilter();
}

void InstancesFilterProxy::setRuntime(const QString& runtime) {
    m_runtime = runtime;
    invalidateFilter();
}

void InstancesFilterProxy::setStatus(const QString& state) {
    m_status = state;
    invalidateFilter();
}

bool InstancesFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& parent) const {
    const auto raw = [&](int column) {
        return sourceModel()
            ->index(sourceRow, column, parent)
            .data(InstancesModel::RawDataRole)
            .toString();
    };
    if (!m_cluster.isEmpty() && raw(InstancesModel::Cluster) != m_cluster)
        return false;
    if (!m_runtime.isEmpty() && raw(InstancesModel::Runtime) != m_runtime)
        return false;
    if (!m_status.isEmpty() && raw(InstancesModel::Status) != m_status)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : {InstancesModel::Name, InstancesModel::Model, InstancesModel::Cluster})
        if (raw(column).contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace fd::widgets
