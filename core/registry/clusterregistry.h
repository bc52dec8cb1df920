#pragma once

#include "common/result.h"
#include "registry/clustercatalog.h"
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

class ClusterConnections;

// Handle of a running connection test, for cancelTest(). 0 is never used.
using TestId = quint64;

// The cluster registry service the pages and `fleetdeck-cli cluster …` use: records in the store,
// secrets in the vault, connection tests, the background health refresh, Karmada join/unjoin/
// reconcile, and the per-cluster connections everything else talks through. No widgets. Lives
// on (and must be used from) the thread that created it, normally the UI thread: nothing here
// blocks it — network I/O runs on the shared HttpClient, store writes on the store's writer
// thread, secrets on the secret store's thread, decoding on the thread pool.
//
// Every asynchronous call takes a `context` and delivers its callback exactly once, on a later
// turn of the context's event loop, never after the context was destroyed (core/common/
// handoff.h). Changes are written to the store first; memory and signals follow only once the
// write succeeded, and a failed write reaches the caller. Every mutating call appends an audit
// entry (time, action, target, result, detail without secrets).
//
// The implementation is split by responsibility (clusterregistryimpl.h): the catalog of
// records, the connections, the health monitor and the Karmada service.
class ClusterRegistry : public ClusterCatalog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterRegistry)

public:
    // The store, secret store and HTTP client must outlive the registry. Call load() first.
    static std::unique_ptr<ClusterRegistry> create(fd::store::Store& store,
                                                   fd::secrets::SecretStore& secrets,
                                                   fd::net::HttpClient& http,
                                                   QObject* parent = nullptr);
    ~ClusterRegistry() override = default;

    // Reads records and data centers from the store, blocking (the CLI and tests only).
    virtual fd::Status load() = 0;
    // The same read on the store's reader thread (Store::readAsync); the GUI uses this one.
    // done runs exactly once on the context's thread, after memory and the signals changed.
    virtual void load(QObject* context, std::function<void(fd::Status)> done) = 0;

    // ---- Records -------------------------------------------------------------------------
    // For each candidate, the registered cluster with the same server and user identity (an
    // import updates it instead of adding a duplicate), or nullopt. Identities are keyed with a
    // secret kept in the vault: a locked vault fails with ErrorKind::Locked — ask for the
    // passphrase and call again; never guess.
    virtual void
    matchIdentities(const QList<ImportCandidate>& candidates, QObject* context,
                    std::function<void(fd::Result<QList<std::optional<ClusterId>>>)> done) = 0;
    // Saves candidates: metadata to the store, secrets to the vault, one audit entry each. A
    // candidate whose identity matches an existing record updates it (keeping its id; the
    // candidate's name is applied if free). A name clash with another record fails that
    // candidate with ErrorKind::InvalidInput naming suggestName()'s fix. With the vault locked
    // every candidate fails with ErrorKind::Locked and nothing is written.
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
    // Adds a data center (the id must be new and of lowercase letters, digits and '-').
    virtual void addDataCenter(const DataCenter& dataCenter, QObject* context,
                               std::function<void(fd::Status)> done) = 0;

    // ---- Connection tests ----------------------------------------------------------------
    // Tests an unsaved candidate: GET /version, then the nodes and the pods holding resources;
    // 15 s budget, cancellable. Tests run in parallel.
    virtual TestId testConnection(const ImportCandidate& candidate, QObject* context,
                                  std::function<void(ConnectionReport)> done) = 0;
    // Tests a saved cluster through its connection and stores the result as its health (a
    // locked vault reports VaultLocked and leaves the stored health as it was).
    virtual TestId testCluster(ClusterId id, QObject* context,
                               std::function<void(ConnectionReport)> done) = 0;
    // The callback receives a report with category Cancelled.
    virtual void cancelTest(TestId id) = 0;
    // "Trust this certificate": pins the certificate whose SHA-256 (of its DER form) a test
    // reported (ConnectionReport::certSha256) in the cluster's TLS policy, and audits the same
    // value.
    virtual void trustCertificate(ClusterId id, const QString& sha256, QObject* context,
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
    // Push-mode join of `member` into the control plane `controlPlane` (see KarmadaService).
    virtual void join(ClusterId member, ClusterId controlPlane, const JoinOptions& options,
                      QObject* context, std::function<void(JoinReport)> done) = 0;
    // Reverses join (best effort; the report lists what was left behind).
    virtual void unjoin(ClusterId member, QObject* context,
                        std::function<void(JoinReport)> done) = 0;
    // Interval of the reconcile with the control plane(s) (setting `karmada/reconcileInterval`,
    // default 60 s). 0 stops it.
    virtual void setReconcileInterval(int seconds) = 0;
    virtual int reconcileInterval() const = 0;
    virtual void reconcileNow(QObject* context, std::function<void(fd::Status)> done) = 0;

    // ---- Talking to a cluster ----------------------------------------------------------------
    // The one client per cluster that every view and service uses for typed reads, watches and
    // writes (ClusterConnections::with / list / watch).
    virtual ClusterConnections& connections() = 0;

protected:
    explicit ClusterRegistry(QObject* parent = nullptr)
        : ClusterCatalog(parent) {}
};

} // namespace fd::registry
