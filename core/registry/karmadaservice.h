#pragma once

#include "registry/clusterrecord.h"
#include "registry/karmadatypes.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace fd::registry {

class ClusterCatalogImpl;
class ClusterConnections;
class HealthMonitor;

// Karmada: marking control planes, push-mode join and unjoin (as karmadactl does, with an undo
// list), and the periodic reconcile that mirrors clusters registered on a control plane by other
// means. Talks to clusters only through their connections.
class KarmadaService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KarmadaService)

public:
    KarmadaService(ClusterCatalogImpl& catalog, ClusterConnections& connections,
                   HealthMonitor& health, QObject* parent = nullptr);
    ~KarmadaService() override;

    void setControlPlane(ClusterId id, bool controlPlane, QObject* context,
                         std::function<void(fd::Status)> done);
    void join(ClusterId member, ClusterId controlPlane, const JoinOptions& options,
              QObject* context, std::function<void(JoinReport)> done);
    void unjoin(ClusterId member, QObject* context, std::function<void(JoinReport)> done);
    // Brings the member's Karmada Cluster object to its zone, data center and labels
    // (karmada::placementLabels(): fleetdeck.io/zone, fleetdeck.io/datacenter, GPU presence and
    // the user's labels; spec.region). Succeeds at once for
    // a cluster that is not joined. Join sets the same on the object it creates.
    void pushPlacement(ClusterId member, QObject* context, std::function<void(fd::Status)> done);
    void setReconcileInterval(int seconds);
    int reconcileInterval() const { return m_reconcileSeconds; }
    void reconcileNow(QObject* context, std::function<void(fd::Status)> done);

private:
    void finishUnjoin(ClusterId member, JoinReport report, QObject* context,
                      std::function<void(JoinReport)> done);
    void applyReconcile(ClusterId controlPlane, const QList<QJsonObject>& clusters,
                        std::function<void()> applied);

    ClusterCatalogImpl& m_catalog;
    ClusterConnections& m_connections;
    HealthMonitor& m_health;
    QTimer m_reconcileTimer;
    int m_reconcileSeconds = 0;
};

// What the user should know before joining `member` to `controlPlane`: an API endpoint on a
// loopback address (127.0.0.1, ::1, localhost) names the control plane's own machine, not the
// member, so Karmada could never reach it. Translated sentences; empty when nothing is amiss.
QStringList joinWarnings(const ClusterRecord& member);

} // namespace fd::registry
