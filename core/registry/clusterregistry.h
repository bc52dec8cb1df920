#pragma once

#include "common/result.h"
#include "registry/clusterrecord.h"
#include "registry/connectionreport.h"
#include "registry/importcandidate.h"
#include "registry/karmadatypes.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace fd::store {
class Store;
}
namespace fd::secrets {
class SecretStore;
}
namespace fd::net {
class HttpClient;
}

namespace fd::registry {

// Handle of a running connection test, for cancelTest(). 0 is never used.
using TestId = quint64;
// Handle of a running watch stream, for stopWatch(). 0 is never used.
using WatchId = quint64;

// The cluster registry service: records in the store, secrets in the vault, connection tests,
// the background health refresh and Karmada join/unjoin/reconcile. No widgets; the GUI and the
// CLI use the same object. Lives on (and must be used from) the thread that created it, normally
// the UI thread: nothing here blocks it — network I/O runs on the shared HttpClient, store writes
// on the store's writer thread, JSON decoding of big answers on a worker.
//
// Every async call takes a `context`: the callback runs on the context's thread and is dropped if
// the context is destroyed first (a closed dialog never receives a late reply). Every mutating
// call appends an audit entry (time, action, target, result, detail without secrets).
//
// Abstract so widgets can be tested against a fake; create() makes the real one.
class ClusterRegistry : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterRegistry)

public:
    // The store, vault and HTTP client must outlive the registry. Call load() before use.
    static std::unique_ptr<ClusterRegistry> create(fd::store::Store& store,
                                                   fd::secrets::SecretStore& secrets,
                                                   fd::net::HttpClient& http,
                                                   QObject* parent = nullptr);
    ~ClusterRegistry() override = default;

    // Reads records and data centers from the store (one read, at start-up).
    virtual fd::Status load() = 0;

    // ---- Records -------------------------------------------------------------------------
    virtual QList<ClusterRecord> clusters() const = 0; // ordered by name (case-insensitive)
    virtual std::optional<ClusterRecord> cluster(ClusterId id) const = 0;
    virtual std::optional<ClusterRecord> clusterByName(const QString& name) const = 0;

    // Display names are unique case-insensitively. `ignore` is the record being renamed.
    virtual bool isNameTaken(const QString& name, ClusterId ignore = 0) const = 0;
    // "gpu-a" → "gpu-a" when free, else "gpu-a-2", "gpu-a-3", … (also avoids `reserved`, the
    // names other candidates of the same import already use).
    virtual QString suggestName(const QString& wanted, const QStringList& reserved = {},
                                ClusterId ignore = 0) const = 0;

    // The record that has the same server and user identity as `candidate`, if any: importing
    // the candidate will update that record instead of creating a duplicate.
    virtual std::optional<ClusterRecord>
    findSameIdentity(const ImportCandidate& candidate) const = 0;

    // Saves candidates: metadata to the store, secrets to the vault, one audit entry each.
    // A candidate whose identity matches an existing record updates it (keeping its id; the
    // candidate's name is applied if free). A name clash with another record fails that
    // candidate with ErrorKind::InvalidInput and a message naming suggestName()'s fix.
    virtual void importClusters(QList<ImportCandidate> candidates, QObject* context,
                                std::function<void(QList<ImportOutcome>)> done) = 0;

    // Saves edited metadata/connection settings of an existing record (not its health).
    // `credentials` (optional) replaces the stored secrets.
    virtual void updateCluster(const ClusterRecord& record,
                               std::optional<ClusterCredentials> credentials, QObject* context,
                               std::function<void(fd::Status)> done) = 0;

    // What removeCluster() will clean up (local record, secrets, and for joined members the
    // member-side objects and the control-plane Cluster and Secret).
    virtual CleanupPlan cleanupPlan(ClusterId id) const = 0;
    // Removes the record and its secrets; for a joined member first unjoins (best effort). The
    // report lists what was cleaned and anything left behind.
    virtual void removeCluster(ClusterId id, QObject* context,
                               std::function<void(RemoveReport)> done) = 0;

    // ---- Data centers --------------------------------------------------------------------
    virtual QList<DataCenter> dataCenters() const = 0; // defaults + user-added, by label
    virtual fd::Status addDataCenter(const DataCenter& dataCenter) = 0; // id must be new

    // ---- Connection tests ----------------------------------------------------------------
    // Tests an unsaved candidate: GET /version, then an authenticated node list and the running
    // pods' GPU requests; 15 s budget, cancellable. Tests run in parallel.
    virtual TestId testConnection(const ImportCandidate& candidate, QObject* context,
                                  std::function<void(ConnectionReport)> done) = 0;
    // Tests a saved cluster (secrets from the vault) and stores the result as its health.
    virtual TestId testCluster(ClusterId id, QObject* context,
                               std::function<void(ConnectionReport)> done) = 0;
    // The callback receives a report with category Cancelled.
    virtual void cancelTest(TestId id) = 0;
    // Pins the CA that a TlsUnknownCa report presented: sets the record's caPem (and audits).
    virtual void trustCa(ClusterId id, const QByteArray& caPem, QObject* context,
                         std::function<void(fd::Status)> done) = 0;

    // ---- Health refresh ------------------------------------------------------------------
    // Interval of the background refresh of all clusters (setting `health/interval`, default
    // 60 s; the app reads settings.ini and calls this). 0 stops it.
    virtual void setRefreshInterval(int seconds) = 0;
    virtual int refreshInterval() const = 0;
    // Cap on health requests in flight across all clusters (default 64).
    virtual void setMaxRequestsInFlight(int requests) = 0;
    // Refreshes now (all clusters when `ids` is empty). Results arrive via healthChanged().
    virtual void refreshNow(const QList<ClusterId>& ids = {}) = 0;
    virtual bool isRefreshing() const = 0;

    // ---- Karmada ---------------------------------------------------------------------------
    // Marks (or unmarks) a cluster as the Karmada control plane (the karmada-apiserver).
    virtual void setControlPlane(ClusterId id, bool controlPlane, QObject* context,
                                 std::function<void(fd::Status)> done) = 0;
    // Push-mode join of `member` into the control plane `controlPlane`: on the member a
    // namespace, ServiceAccount, ClusterRole (least privilege, or cluster-admin with
    // options.fullAccess), ClusterRoleBinding and token Secret (waits for the token); on the
    // control plane a Secret {token, caBundle} and a cluster.karmada.io/v1alpha1 Cluster with
    // syncMode Push. On failure what was created is rolled back (best effort, reported).
    virtual void join(ClusterId member, ClusterId controlPlane, const JoinOptions& options,
                      QObject* context, std::function<void(JoinReport)> done) = 0;
    // Reverses join (best effort; the report lists what was left behind).
    virtual void unjoin(ClusterId member, QObject* context,
                        std::function<void(JoinReport)> done) = 0;
    // Interval of the reconcile with the control plane(s) (setting `karmada/reconcileInterval`,
    // default 60 s). 0 stops it. Clusters found there but not registered appear as records with
    // origin DiscoveredFromKarmada.
    virtual void setReconcileInterval(int seconds) = 0;
    virtual int reconcileInterval() const = 0;
    virtual void reconcileNow(QObject* context, std::function<void(fd::Status)> done) = 0;

    // ---- Reads for the cluster detail view -------------------------------------------------
    // Added by the registry GUI work; not pure so implementations without it still build.
    // GET `path` (e.g. "/api/v1/nodes") on a saved cluster with its stored credential and the
    // connection-test budget. `done` gets the body of a 2xx answer, otherwise an Error whose
    // message is the connection report's sentence. The base implementation fails with
    // ErrorKind::Unsupported.
    virtual void fetch(ClusterId id, const QString& path, QObject* context,
                       std::function<void(fd::Result<QByteArray>)> done);
    // Streams a watch request (`path` including `watch=1`): `onLine` gets each complete line
    // (one JSON watch event), `onEnd` once when the stream ends, fails or is stopped (not after
    // stopWatch()). Both are dropped when `context` is destroyed. The base implementation calls
    // onEnd with ErrorKind::Unsupported and returns 0.
    virtual WatchId watch(ClusterId id, const QString& path, QObject* context,
                          std::function<void(QByteArray)> onLine,
                          std::function<void(fd::Status)> onEnd);
    virtual void stopWatch(WatchId id);

Q_SIGNALS:
    // Records were added, removed or their metadata changed (not emitted for health alone).
    void clustersChanged();
    // Health snapshots of these clusters changed; coalesced to at most one emission per ~100 ms.
    void healthChanged(const QList<qint64>& ids);
    void refreshStarted();
    void refreshFinished();
    void dataCentersChanged();

protected:
    explicit ClusterRegistry(QObject* parent = nullptr)
        : QObject(parent) {}
};

} // namespace fd::registry
