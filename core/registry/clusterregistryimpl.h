#pragma once

#include "registry/clusterregistry.h"

#include <memory>

namespace fd::registry {

class ClusterCatalogImpl;
class ClusterConnections;
class CredentialVault;
class HealthMonitor;
class KarmadaService;

// The real ClusterRegistry (see clusterregistry.h for the contract), split by responsibility:
//   ClusterCatalogImpl — the records, the store and the vault (import, update, remove, data
//                        centers, health snapshots);
//   ClusterConnections — one long-lived API client per cluster;
//   HealthMonitor      — connection tests and the background refresh;
//   KarmadaService     — control planes, join/unjoin, reconcile.
// This class wires them together and answers the pages' interface.
class ClusterRegistryImpl final : public ClusterRegistry {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterRegistryImpl)

public:
    ClusterRegistryImpl(fd::store::Store& store, fd::secrets::SecretStore& secrets,
                        fd::net::HttpClient& http, QObject* parent = nullptr);
    ~ClusterRegistryImpl() override;

    fd::Status load() override;
    void load(QObject* context, std::function<void(fd::Status)> done) override;

    QList<ClusterRecord> clusters() const override;
    std::optional<ClusterRecord> cluster(ClusterId id) const override;
    std::optional<ClusterRecord> clusterByName(const QString& name) const override;
    bool isNameTaken(const QString& name, ClusterId ignore = 0) const override;
    QString suggestName(const QString& wanted, const QStringList& reserved = {},
                        ClusterId ignore = 0) const override;
    QList<DataCenter> dataCenters() const override;
    bool needsUnlock(ClusterId id) const override;

    void
    matchIdentities(const QList<ImportCandidate>& candidates, QObject* context,
                    std::function<void(fd::Result<QList<std::optional<ClusterId>>>)> done) override;
    void importClusters(QList<ImportCandidate> candidates, QObject* context,
                        std::function<void(QList<ImportOutcome>)> done) override;
    void updateCluster(const ClusterRecord& record, std::optional<ClusterCredentials> credentials,
                       QObject* context, std::function<void(fd::Status)> done) override;
    CleanupPlan cleanupPlan(ClusterId id) const override;
    void removeCluster(ClusterId id, QObject* context,
                       std::function<void(RemoveReport)> done) override;
    void addDataCenter(const DataCenter& dataCenter, QObject* context,
                       std::function<void(fd::Status)> done) override;

    TestId testConnection(const ImportCandidate& candidate, QObject* context,
                          std::function<void(ConnectionReport)> done) override;
    TestId testCluster(ClusterId id, QObject* context,
                       std::function<void(ConnectionReport)> done) override;
    void cancelTest(TestId id) override;
    void trustCertificate(ClusterId id, const QString& sha256, QObject* context,
                          std::function<void(fd::Status)> done) override;

    void setRefreshInterval(int seconds) override;
    int refreshInterval() const override;
    void setMaxRequestsInFlight(int requests) override;
    void refreshNow(const QList<ClusterId>& ids = {}) override;
    bool isRefreshing() const override;

    void setControlPlane(ClusterId id, bool controlPlane, QObject* context,
                         std::function<void(fd::Status)> done) override;
    void join(ClusterId member, ClusterId controlPlane, const JoinOptions& options,
              QObject* context, std::function<void(JoinReport)> done) override;
    void unjoin(ClusterId member, QObject* context, std::function<void(JoinReport)> done) override;
    void setReconcileInterval(int seconds) override;
    int reconcileInterval() const override;
    void reconcileNow(QObject* context, std::function<void(fd::Status)> done) override;

    ClusterConnections& connections() override;

    // For tests and benchmarks: coalescing window of health results (default 100 ms) and the
    // per-test budget (default 15 s).
    void setCoalesceMs(int ms);
    void setTestBudgetMs(int ms);

private:
    void onVaultLocked();

    std::unique_ptr<CredentialVault> m_vault;
    ClusterCatalogImpl* m_catalog = nullptr;     // child
    ClusterConnections* m_connections = nullptr; // child
    HealthMonitor* m_health = nullptr;           // child
    KarmadaService* m_karmada = nullptr;         // child
};

} // namespace fd::registry
