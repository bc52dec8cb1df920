#include "deploy/instancemonitor.h"

#include "deploy/deploytext.h"
#include "deploy/manifest.h"
#include "deploy/names.h"
#include "kube/kubeclient.h"
#include "registry/clusterconnections.h"

#include <QPointer>

#include <algorithm>

namespace fd::deploy {

using fd::kube::KubeError;
using fd::kube::ListOptions;

namespace {

template <typename T> QString keyOf(const T& object) {
    return object.metadata.name;
}

int rank(InstanceState state) {
    switch (state) {
    case InstanceState::Failing:
        return 8;
    case InstanceState::WaitingForGpus:
        return 7;
    case InstanceState::Unschedulable:
        return 6;
    case InstanceState::PullingImage:
        return 5;
    case InstanceState::Pending:
        return 4;
    case InstanceState::Starting:
        return 3;
    case InstanceState::Degraded:
        return 2;
    case InstanceState::Ready:
        return 1;
    case InstanceState::ScaledDown:
        return 0;
    }
    return 0;
}

} // namespace

InstanceMonitor::InstanceMonitor(fd::registry::ClusterConnections& connections, qint64 clusterId,
                                 QString namespaceName, QString name, HealthSpec health,
                                 QObject* parent)
    : QObject(parent)
    , m_connections(connections)
    , m_clusterId(clusterId)
    , m_namespace(std::move(namespaceName))
    , m_name(std::move(name))
    , m_health(std::move(health)) {
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, &InstanceMonitor::changed);

    // The watches are shared (ClusterConnections::sharedWatch): every deployment Fleetdeck made
    // in a namespace of a cluster is seen by the same five streams (nodes: one per cluster),
    // and each monitor keeps what concerns it. A new deployment joins the running streams.
    ListOptions made;
    made.namespaceName = m_namespace;
    made.labelSelector.exists(QLatin1String(labels::kDeployment));
    ListOptions inNamespace;
    inNamespace.namespaceName = m_namespace;
    watch(m_deployments, made);
    watch(m_pods, made);
    watch(m_events, inNamespace);
    watch(m_services, made);
    watch(m_nodes, ListOptions{});
}

template <typename T>
void InstanceMonitor::watch(QMap<QString, T>& into, const ListOptions& options) {
    fd::kube::WatchHandlers<T> h;
    QPointer<InstanceMonitor> self(this);
    auto* map = &into;
    auto first = std::make_shared<bool>(true);
    auto keep = [name = m_name](const T& object) {
        if constexpr (std::is_same_v<T, fd::kube::Event>) // its own, its ReplicaSets' and pods'
            return isObjectOfDeployment(object.involvedObject.kind, object.involvedObject.name,
                                        name);
        else if constexpr (std::is_same_v<T, fd::kube::Pod>)
            return object.metadata.labels.value(QLatin1String(labels::kDeployment)) == name;
        else if constexpr (std::is_same_v<T, fd::kube::Node>)
            return true;
        else // its Deployment and Service carry its name
            return object.metadata.name == name;
    };
    h.onRelisted = [self, map, first, keep](fd::kube::ObjectList<T>&& list) {
        if (!self)
            return;
        map->clear();
        for (T& item : list.items)
            if (keep(item))
                map->insert(keyOf(item), std::move(item));
        if (*first) {
            *first = false;
            ++self->m_listed;
        }
        self->m_error.clear(); // listed again: the cluster answers
        self->m_locked = false;
        self->touch();
    };
    h.onDeltas = [self, map, keep](QList<fd::kube::WatchDelta<T>>&& deltas) {
        if (!self)
            return;
        bool mine = false;
        for (auto& d : deltas) {
            // An object that stopped being ours (a label changed) leaves like a deleted one.
            if (d.type == fd::kube::WatchDelta<T>::Type::Deleted || !keep(d.object))
                mine |= map->remove(keyOf(d.object)) > 0;
            else {
                map->insert(keyOf(d.object), std::move(d.object));
                mine = true;
            }
        }
        if (mine)
            self->touch();
    };
    h.onError = [self](const KubeError& e, bool fatal) {
        if (!self || !fatal)
            return;
        self->m_error = e.userMessage();
        self->m_locked = e.category == fd::kube::KubeErrorCategory::VaultLocked;
        self->touch();
    };
    m_connections.sharedWatch<T>(m_clusterId, options, this, std::move(h));
}

void InstanceMonitor::touch() {
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

InstanceStatus InstanceMonitor::status() const {
    // A locked vault is a state of the workstation, not of the cluster: say so, whatever was
    // seen before.
    if (m_locked || (!m_error.isEmpty() && m_listed < kWatches)) {
        InstanceStatus s;
        s.state = InstanceState::Pending;
        s.reason = m_locked ? QStringLiteral("Locked") : QStringLiteral("Unreachable");
        s.message = m_error;
        return s;
    }
    if (m_deployments.isEmpty()) {
        InstanceStatus s;
        if (m_listed < kWatches) {
            s.message = Text::tr("Reading the status from the cluster…");
            return s;
        }
        s.state = InstanceState::Failing;
        s.reason = QStringLiteral("NotFound");
        s.message = Text::tr("The Deployment %1 is not on the cluster; it was removed there, or "
                             "Karmada has not placed it yet.")
                        .arg(m_name);
        return s;
    }
    return summarizeInstance(m_deployments.first(), m_pods.values(), m_events.values(), m_health);
}

QList<QUrl> InstanceMonitor::endpoints() const {
    if (m_services.isEmpty())
        return {};
    return serviceEndpoints(m_nodes.values(), m_services.first());
}

QList<fd::kube::Event> InstanceMonitor::events() const {
    QList<fd::kube::Event> out = m_events.values();
    std::sort(out.begin(), out.end(), [](const fd::kube::Event& a, const fd::kube::Event& b) {
        return a.lastSeen() > b.lastSeen();
    });
    return out;
}

// ---- DeploymentWatch ---------------------------------------------------------------------------

DeploymentWatch::DeploymentWatch(fd::registry::ClusterConnections& connections,
                                 DeploymentRecord record, QList<qint64> clusters, HealthSpec health,
                                 QObject* parent)
    : QObject(parent)
    , m_record(std::move(record)) {
    for (qint64 id : clusters) {
        auto* m = new InstanceMonitor(connections, id, m_record.namespaceName, m_record.name,
                                      health, this);
        connect(m, &InstanceMonitor::changed, this, &DeploymentWatch::changed);
        m_monitors.append(m);
    }
}

bool DeploymentWatch::listed() const {
    return std::all_of(m_monitors.begin(), m_monitors.end(), [](const InstanceMonitor* m) {
        return m->listed() || !m->error().isEmpty();
    });
}

InstanceStatus DeploymentWatch::status() const {
    if (m_monitors.isEmpty()) {
        InstanceStatus s;
        s.reason = QStringLiteral("NoMembers");
        s.message = Text::tr("No member cluster of the control plane is registered in Fleetdeck, "
                             "so its status cannot be read; import the member clusters.");
        return s;
    }
    QList<InstanceStatus> all;
    for (const InstanceMonitor* m : m_monitors)
        all.append(m->status());
    return combineStatuses(all);
}

QList<QUrl> DeploymentWatch::endpoints() const {
    QList<QUrl> out;
    for (const InstanceMonitor* m : m_monitors)
        out.append(m->endpoints());
    return out;
}

InstanceStatus combineStatuses(const QList<InstanceStatus>& statuses) {
    if (statuses.isEmpty())
        return {};
    if (statuses.size() == 1)
        return statuses.first();
    InstanceStatus out = statuses.first();
    int worst = -1;
    int desired = 0, ready = 0, restarts = 0;
    for (const InstanceStatus& s : statuses) {
        desired += s.desired;
        ready += s.ready;
        restarts += s.restarts;
        if (rank(s.state) > worst) {
            worst = rank(s.state);
            out = s;
        }
        if (s.latestEventTime > out.latestEventTime && !s.latestEvent.isEmpty()) {
            out.latestEvent = s.latestEvent;
            out.latestEventTime = s.latestEventTime;
        }
    }
    out.desired = desired;
    out.ready = ready;
    out.restarts = restarts;
    return out;
}

// ---- PodLogFollower ----------------------------------------------------------------------------

PodLogFollower::PodLogFollower(fd::registry::ClusterConnections& connections, qint64 clusterId,
                               QString namespaceName, QString pod, QString container, int tailLines,
                               QObject* parent)
    : QObject(parent) {
    fd::kube::ApiRequest request;
    request.path = fd::kube::KindTraits<fd::kube::Pod>::type().objectPath(namespaceName, pod) +
                   QStringLiteral("/log");
    request.query.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
    request.query.addQueryItem(QStringLiteral("tailLines"), QString::number(tailLines));
    if (!container.isEmpty())
        request.query.addQueryItem(QStringLiteral("container"), container);
    request.accept = "*/*";
    request.totalTimeoutMs = 0;
    request.stream = true;
    QPointer<PodLogFollower> self(this);
    request.onData = [self](QByteArrayView chunk) {
        if (!self)
            return;
        const QString t = self->m_decoder.decode(chunk);
        if (!t.isEmpty())
            Q_EMIT self->text(t);
    };
    connections.with(
        clusterId, this,
        [this, request](fd::kube::KubeClient& client) {
            client.send(request, this, [this](fd::kube::KubeResult<fd::kube::ApiResponse> r) {
                Q_EMIT finished(r ? QString() : r.error().userMessage());
            });
        },
        [this](const KubeError& e) { Q_EMIT finished(e.userMessage()); });
}

} // namespace fd::deploy
