#pragma once

#include "registry/clusterregistry.h"
#include "registry/credentialvault.h"
#include "registry/healthrefresher.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace fd::registry {

class ApiSession;
class ConnectionTest;
class KarmadaOperation;

// The real ClusterRegistry (see clusterregistry.h for the contract).
class ClusterRegistryImpl final : public ClusterRegistry {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterRegistryImpl)

public:
    ClusterRegistryImpl(fd::store::Store& store, fd::secrets::SecretStore& secrets,
                        fd::net::HttpClient& http, QObject* parent = nullptr);
    ~ClusterRegistryImpl() override;

    fd::Status load() override;

    QList<ClusterRecord> clusters() const override;
    std::optional<ClusterRecord> cluster(ClusterId id) const override;
    std::optional<ClusterRecord> clusterByName(const QString& name) const override;
    bool isNameTaken(const QString& name, ClusterId ignore = 0) const override;
    QString suggestName(const QString& wanted, const QStringList& reserved = {},
                        ClusterId ignore = 0) const override;
    std::optional<ClusterRecord> findSameIdentity(const ImportCandidate& candidate) const override;
    void importClusters(QList<ImportCandidate> candidates, QObject* context,
                        std::function<void(QList<ImportOutcome>)> done) override;
    void updateCluster(const ClusterRecord& record, std::optional<ClusterCredentials> credentials,
                       QObject* context, std::function<void(fd::Status)> done) override;
    CleanupPlan cleanupPlan(ClusterId id) const override;
    void removeCluster(ClusterId id, QObject* context,
                       std::function<void(RemoveReport)> done) override;

    QList<DataCenter> dataCenters() const override;
    fd::Status addDataCenter(const DataCenter& dataCenter) override;

    TestId testConnection(const ImportCandidate& candidate, QObject* context,
                          std::function<void(ConnectionReport)> done) override;
    TestId testCluster(ClusterId id, QObject* context,
                       std::function<void(ConnectionReport)> done) override;
    void cancelTest(TestId id) override;
    void trustCa(ClusterId id, const QByteArray& caPem, QObject* context,
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
    // Reads on a saved cluster for the detail view (clusterregistryfetch.cpp).
    void fetch(ClusterId id, const QString& path, QObject* context,
               std::function<void(fd::Result<QByteArray>)> done) override;
    WatchId watch(ClusterId id, const QString& path, QObject* context,
                  std::function<void(QByteArray)> onLine,
                  std::function<void(fd::Status)> onEnd) override;
    void stopWatch(WatchId id) override;

    // For tests and benchmarks: coalescing window of healthChanged (default 100 ms) and the
    // per-test budget (default 15 s).
    void setCoalesceMs(int ms);
    void setTestBudgetMs(int ms);

private:
    struct Import;
    void importNext(std::shared_ptr<Import> job);
    ApiSession* makeSession(ClusterId id, ConnectionReport* failure);
    ApiSession* makeSession(const ClusterRecord& record, ClusterCredentials credentials);
    fd::Result<ClusterCredentials> credentialsFor(const ClusterRecord& record);
    void storeOidcTokens(ClusterId id, const QByteArray& idToken, const QByteArray& refreshToken);
    void applyHealth(const HealthRefresher::Batch& batch);
    void persistRecord(const ClusterRecord& record, QObject* context,
                       std::function<void(fd::Status)> done);
    void audit(const QString& action, const QString& target, const QString& result,
               const QString& detail = {});
    void finishUnjoin(ClusterId member, JoinReport report, const QPointer<QObject>& context,
                      bool hadContext, std::function<void(JoinReport)> done);
    void applyReconcile(ClusterId controlPlane, const QByteArray& clusterList);
    QString redactedExecArgs(const QStringList& args) const;

    fd::store::Store& m_store;
    fd::net::HttpClient& m_http;
    CredentialVault m_vault;
    QMap<ClusterId, ClusterRecord> m_records;
    QList<DataCenter> m_dataCenters;
    QHash<ClusterId, ClusterCredentials> m_credentialCache; // session cache, memory only
    QHash<TestId, QPointer<ConnectionTest>> m_tests;
    QHash<WatchId, QPointer<QObject>> m_watches; // the KubeClient of each detail-view watch
    WatchId m_nextWatch = 1;
    TestId m_nextTest = 1;
    int m_testBudgetMs = 15000;
    HealthRefresher* m_refresher = nullptr;
    QTimer m_reconcileTimer;
    int m_reconcileSeconds = 0;
};

} // namespace fd::registry
