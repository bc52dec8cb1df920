#include "instancesmodel.h"

#include "deploy/deployservice.h"
#include "deploy/instancemonitor.h"

#include <QBrush>
#include <QColor>
#include <QScopeGuard>

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
            &InstancesModel::reload);
    connect(&m_service, &fd::deploy::DeployService::catalogChanged, this, &InstancesModel::reload);
    reload();
}

InstancesModel::~InstancesModel() = default;

void InstancesModel::reload() {
    beginResetModel();
    // The old watches go after the new ones are made: the streams they share
    // (ClusterConnections::sharedWatch) carry on, and the new rows start from their state
    // instead of a new list and watch per row.
    auto old = std::move(m_watches);
    m_watches.clear();
    const auto dropOld = qScopeGuard([&old] {
        for (auto& [id, watch] : old)
            delete watch;
    });
    m_records = m_service.deployments();
    for (int row = 0; row < m_records.size(); ++row) {
        const auto& r = m_records.at(row);
        const auto* runtime = m_service.catalog().runtime(r.runtimeId);
        auto* w = new DeploymentWatch(m_service.connections(), r, m_service.statusClusters(r),
                                      runtime ? runtime->health : fd::deploy::HealthSpec{}, this);
        const qint64 id = r.id;
        connect(w, &DeploymentWatch::changed, this, [this, id] {
            const int at = [&] {
                for (int i = 0; i < m_records.size(); ++i)
                    if (m_records.at(i).id == id)
                        return i;
                return -1;
            }();
            if (at < 0)
                return;
            const auto status = m_watches.at(id)->status();
            if (m_watches.at(id)->listed())
                m_service.noteStatus(m_records.at(at).name,
                                     fd::deploy::instanceStateName(status.state));
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        });
        m_watches.emplace(id, w);
    }
    endResetModel();
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
