#pragma once

// The deployments service: what the deploy wizard, the Instances page and `fleetdeck-cli deploy`
// run on. Everything that talks to a cluster goes through the registry's ClusterConnections (one
// client per cluster); nothing here builds a client of its own.
//
// - create: the manifest (manifest.h) is applied with server-side apply, first every object with
//   dryRun=All (nothing is stored unless the whole set validates), then for real, in apply order;
//   a failure part-way removes what was applied (best effort) and says which object failed. On
//   success the record goes to the store first (unique name), then memory and the signal, then
//   one audit entry. A Karmada target applies the objects to the control plane (the strategy and
//   profile labels let the policies place them); its status is read from the member clusters.
//   A Karmada spec without a strategy gets the one the policies' auto-placement rules choose
//   (placementchoice.h), with that strategy's default profile unless one is named; the reason
//   is recorded in the spec (strategyReason) and the audit entry.
// - remove: Deployment (cascading to its ReplicaSets and pods), Service, ConfigMap, and the
//   PersistentVolumeClaim only when asked; an object already gone counts as removed. The record
//   goes when nothing failed; an audit entry either way.
// - fit: nodes and the pods holding resources listed through the connection, checked on the pool.
//
// Lives on the thread of the registry (the UI thread); every callback follows the handoff rule
// (once, later, on the context's thread, dropped with the context).

#include "common/result.h"
#include "deploy/catalog.h"
#include "deploy/deployrecord.h"
#include "deploy/fitcheck.h"
#include "deploy/manifest.h"
#include "deploy/placementchoice.h"
#include "kube/resourcetype.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace fd::store {
class Store;
}
namespace fd::policy {
class PolicyService;
}
namespace fd::registry {
class ClusterRegistry;
class ClusterConnections;
} // namespace fd::registry

namespace fd::deploy {

struct CreateOptions {
    bool dryRunOnly = false; // validate with dryRun=All and stop (nothing stored, no record)
};

struct CreateReport {
    DeploymentRecord record; // id 0 after a dry run
    Manifest manifest;
    bool dryRun = false;
};

struct RemoveReport {
    QStringList removed;     // "Deployment/x" …
    QStringList alreadyGone; // not found on the cluster
    QStringList failed;      // "Service/x: <sentence>"
    bool ok() const { return failed.isEmpty(); }
};

// The API resource of a kind the manifest builder emits (ConfigMap, PersistentVolumeClaim,
// Deployment, Service).
std::optional<fd::kube::ResourceType> resourceTypeForKind(const QString& kind);

class DeployService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployService)

public:
    // The store and the registry must outlive the service. Call load() first.
    DeployService(fd::store::Store& store, fd::registry::ClusterRegistry& clusters,
                  QObject* parent = nullptr);
    ~DeployService() override;

    // Reads the records on the store's reader thread (Store::readAsync), then replaces
    // deployments(), emits deploymentsChanged() and calls done (exactly once, on the context's
    // thread). A change this service made while the read ran triggers another read
    // (store/currentread.h). A failed read keeps the old records (loadError() says why).
    void load(QObject* context, std::function<void(fd::Status)> done);
    // Whether a load() finished (successfully or not): the page shows "reading" until then.
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    void setCatalog(Catalog catalog);
    const Catalog& catalog() const { return m_catalog; }

    QList<DeploymentRecord> deployments() const { return m_records; }
    std::optional<DeploymentRecord> find(const QString& name) const; // case-insensitive
    QString clusterName(qint64 clusterId) const;
    fd::registry::ClusterRegistry& clusters() { return m_clusters; }
    fd::registry::ClusterConnections& connections();

    // The policies whose auto-placement rules choose a Karmada deployment's strategy when the
    // spec names none (the GUI wires the one PolicyService; held weakly). Without them a
    // Karmada spec must name its strategy.
    void setPolicies(fd::policy::PolicyService* policies);
    fd::policy::PolicyService* policies() const;
    // The strategy the rules choose for the spec (its strategy field ignored), or why none.
    fd::Result<PlacementChoice> choosePlacement(const DeploySpec& spec) const;
    // The spec as it will be deployed: a Karmada spec without a strategy gets the chosen one
    // (withAutoPlacement); anything else comes back unchanged.
    fd::Result<DeploySpec> placed(DeploySpec spec) const;

    // Where the spec goes: the cluster (or control plane) id, or why not (unknown cluster, a
    // Karmada target without a strategy or without a control plane).
    fd::Result<qint64> resolveTarget(const DeploySpec& spec) const;
    // The objects `create` would apply (auto placement applied), named uniquely among the
    // recorded deployments.
    fd::Result<Manifest> render(const DeploySpec& spec) const;
    void create(DeploySpec spec, CreateOptions options, QObject* context,
                std::function<void(fd::Result<CreateReport>)> done);

    // What remove() deletes, for the confirmation ("Deployment/x", "Service/x" …).
    QList<ObjectRef> deletionPlan(const DeploymentRecord& record, bool withVolume) const;
    void remove(const QString& name, bool withVolume, QObject* context,
                std::function<void(fd::Result<RemoveReport>)> done);

    // The clusters whose watches tell the status: the cluster itself, or a Karmada control
    // plane's member clusters (Fleetdeck holds their credentials).
    QList<qint64> statusClusters(const DeploymentRecord& record) const;

    // The GPU fit check of the spec on one cluster (or, for a Karmada control plane, its best
    // member), with the memory estimate.
    void fit(qint64 clusterId, const DeploySpec& spec, QObject* context,
             std::function<void(fd::Result<FitResult>)> done);

    // Remembers the last state seen (for lists before their watches are live); store first.
    void noteStatus(const QString& name, const QString& state);

Q_SIGNALS:
    void deploymentsChanged();
    void catalogChanged();

private:
    void applyAll(qint64 clusterId, Manifest manifest, bool dryRun, QObject* context,
                  std::function<void(fd::Status, QList<ObjectRef> applied)> done);
    void rollback(qint64 clusterId, const QString& namespaceName, QList<ObjectRef> applied);
    void record(DeploySpec spec, qint64 clusterId, Manifest manifest, QObject* context,
                std::function<void(fd::Result<CreateReport>)> done);
    void audit(const QString& action, const QString& target, bool ok, const QString& detail);

    fd::store::Store& m_store;
    fd::registry::ClusterRegistry& m_clusters;
    QPointer<QObject> m_policies; // a PolicyService (QObject: the header needs no include)
    Catalog m_catalog;
    QList<DeploymentRecord> m_records;
    bool m_loaded = false;
    QString m_loadError;
    quint64 m_changes = 0; // changes to m_records by writes: a read that started before is stale
};

} // namespace fd::deploy
