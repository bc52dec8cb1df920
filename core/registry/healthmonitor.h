#pragma once

#include "registry/clusterregistry.h"
#include "registry/connectiontest.h"
#include "registry/healthrefresher.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace fd::net {
class HttpClient;
}

namespace fd::registry {

class ClusterCatalogImpl;
class ClusterConnections;
class CredentialVault;

// Connection tests and the background health refresh. A saved cluster is tested through its
// connection (ClusterConnections), an unsaved candidate through a client of its own; results go
// to the catalog as health snapshots. A cluster whose credentials wait for a locked vault is not
// tested at all: it is reported as locked and its stored health stays as it was.
class HealthMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthMonitor)

public:
    HealthMonitor(ClusterCatalogImpl& catalog, ClusterConnections& connections,
                  CredentialVault& vault, fd::net::HttpClient& http, QObject* parent = nullptr);
    ~HealthMonitor() override;

    TestId testConnection(const ImportCandidate& candidate, QObject* context,
                          std::function<void(ConnectionReport)> done);
    TestId testCluster(ClusterId id, QObject* context, std::function<void(ConnectionReport)> done);
    void cancelTest(TestId id);

    void setRefreshInterval(int seconds);
    int refreshInterval() const;
    void setMaxRequestsInFlight(int requests);
    void refreshNow(const QList<ClusterId>& ids);
    bool isRefreshing() const;
    // A removed cluster: its queued or running check goes.
    void forget(ClusterId id);

    bool needsUnlock(ClusterId id) const;

    // For tests and benchmarks: the coalescing window of results (default 100 ms) and the
    // budget of one test (default 15 s).
    void setCoalesceMs(int ms);
    void setTestBudgetMs(int ms);

Q_SIGNALS:
    void refreshStarted();
    void refreshFinished();

private:
    void run(ClusterId id, ConnectionTest* test);
    TestId track(ConnectionTest* test);

    ClusterCatalogImpl& m_catalog;
    int m_batchesApplying = 0;
    bool m_finishPending = false;
    ClusterConnections& m_connections;
    CredentialVault& m_vault;
    fd::net::HttpClient& m_http;
    HealthRefresher* m_refresher = nullptr;
    QHash<TestId, QPointer<ConnectionTest>> m_tests;
    TestId m_nextTest = 1;
    int m_budgetMs = 15000;
};

} // namespace fd::registry
