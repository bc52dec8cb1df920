#pragma once

// Live status of a recorded deployment, from watches (no polling): on each cluster that runs it
// (the cluster itself, or every Karmada member), its Deployment, its pods (by the
// fleetdeck.io/deployment label), the events of the namespace that concern it, its Service and
// the nodes (for the endpoints). The watches are ClusterConnections::sharedWatch streams, shared
// by every monitor of the cluster (five per namespace, whatever the number of deployments), and
// survive a changed cluster record or a vault lock. Changes are summarised by summarizeInstance()
// (instancestatus.h) and coalesced into one changed() per 50 ms.

#include "deploy/deployrecord.h"
#include "deploy/instancestatus.h"
#include "kube/kubeclient.h"
#include "kube/kubeerror.h"
#include "kube/kubetypes.h"

#include <QMap>
#include <QObject>
#include <QStringDecoder>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace fd::registry {
class ClusterConnections;
}

namespace fd::deploy {

// One deployment on one cluster.
class InstanceMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceMonitor)

public:
    InstanceMonitor(fd::registry::ClusterConnections& connections, qint64 clusterId,
                    QString namespaceName, QString name, HealthSpec health,
                    QObject* parent = nullptr);

    qint64 clusterId() const { return m_clusterId; }
    // Every watch delivered its first list (status() is then what the cluster says).
    bool listed() const { return m_listed == kWatches; }
    InstanceStatus status() const;
    QList<QUrl> endpoints() const;
    QList<fd::kube::Pod> pods() const { return m_pods.values(); }
    QList<fd::kube::Event> events() const;    // newest first
    QString error() const { return m_error; } // a watch that stopped, in one sentence

Q_SIGNALS:
    void changed();

private:
    template <typename T> void watch(QMap<QString, T>& into, const fd::kube::ListOptions& options);
    void touch();

    static constexpr int kWatches = 5;
    fd::registry::ClusterConnections& m_connections;
    qint64 m_clusterId;
    QString m_namespace;
    QString m_name;
    HealthSpec m_health;
    QMap<QString, fd::kube::Deployment> m_deployments;
    QMap<QString, fd::kube::Pod> m_pods;
    QMap<QString, fd::kube::Event> m_events;
    QMap<QString, fd::kube::Service> m_services;
    QMap<QString, fd::kube::Node> m_nodes;
    int m_listed = 0;
    QString m_error;
    bool m_locked = false;
    QTimer m_coalesce;
};

// A deployment on all the clusters that run it, with one combined status.
class DeploymentWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentWatch)

public:
    DeploymentWatch(fd::registry::ClusterConnections& connections, DeploymentRecord record,
                    QList<qint64> clusters, HealthSpec health, QObject* parent = nullptr);

    const DeploymentRecord& record() const { return m_record; }
    QList<InstanceMonitor*> monitors() const { return m_monitors; }
    bool listed() const;
    // Replicas added up, the state of the member furthest from serving (a member's message is
    // prefixed with its cluster when there are several).
    InstanceStatus status() const;
    QList<QUrl> endpoints() const; // every member's

Q_SIGNALS:
    void changed();

private:
    DeploymentRecord m_record;
    QList<InstanceMonitor*> m_monitors;
};

// Combines member statuses (pure; see DeploymentWatch::status).
InstanceStatus combineStatuses(const QList<InstanceStatus>& statuses);

// Follows a pod's log (`follow=true`) in the HTTP core's stream lane; text arrives as it is
// written (model download progress shows there). Destroying the follower ends the stream.
class PodLogFollower final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodLogFollower)

public:
    PodLogFollower(fd::registry::ClusterConnections& connections, qint64 clusterId,
                   QString namespaceName, QString pod, QString container = {}, int tailLines = 500,
                   QObject* parent = nullptr);

Q_SIGNALS:
    void text(const QString& text);
    // The stream ended: empty when the server closed it (pod gone), else why.
    void finished(const QString& error);

private:
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace fd::deploy
