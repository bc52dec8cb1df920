#include "registry/healthmonitor.h"

#include "common/handoff.h"
#include "kube/kubeclient.h"
#include "registry/clustercatalogimpl.h"
#include "registry/clusterconnections.h"
#include "registry/credentialvault.h"
#include "registry/registrytext.h"

#include <memory>

namespace fd::registry {

namespace {

fd::kube::KubeError lockedError() {
    return fd::kube::makeKubeError(
        fd::kube::KubeErrorCategory::VaultLocked,
        QCoreApplication::translate("fd::registry",
                                    "The cluster's credentials are in the vault, which is "
                                    "locked; unlock it to check the cluster."));
}

} // namespace

HealthMonitor::HealthMonitor(ClusterCatalogImpl& catalog, ClusterConnections& connections,
                             CredentialVault& vault, fd::net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_connections(connections)
    , m_vault(vault)
    , m_http(http) {
    m_refresher =
        new HealthRefresher([this](ClusterId id, ConnectionTest* test) { run(id, test); },
                            [this] {
                                QList<ClusterId> ids;
                                for (const auto& r : m_catalog.records()) {
                                    // Clusters known only from Karmada have no credentials here;
                                    // their health comes from the control plane's Cluster status
                                    // during reconcile.
                                    if (r.origin == ClusterOrigin::DiscoveredFromKarmada &&
                                        r.authKind() == AuthKind::None)
                                        continue;
                                    ids.append(r.id);
                                }
                                return ids;
                            },
                            this);
    // A refresh is finished for its listeners once its last batch is stored and shown.
    connect(m_refresher, &HealthRefresher::batchReady, this,
            [this](const HealthRefresher::Batch& batch) {
                ++m_batchesApplying;
                m_catalog.applyHealth(batch, [self = QPointer<HealthMonitor>(this)] {
                    if (self && --self->m_batchesApplying == 0 && self->m_finishPending) {
                        self->m_finishPending = false;
                        Q_EMIT self->refreshFinished();
                    }
                });
            });
    connect(m_refresher, &HealthRefresher::started, this, &HealthMonitor::refreshStarted);
    connect(m_refresher, &HealthRefresher::finished, this, [this] {
        if (m_batchesApplying == 0)
            Q_EMIT refreshFinished();
        else
            m_finishPending = true;
    });
}

HealthMonitor::~HealthMonitor() {
    delete m_refresher;
    m_refresher = nullptr;
}

bool HealthMonitor::needsUnlock(ClusterId id) const {
    const auto record = m_catalog.find(id);
    return record && !record->secrets.isEmpty() && !m_vault.isUnlocked();
}

void HealthMonitor::run(ClusterId id, ConnectionTest* test) {
    if (needsUnlock(id)) {
        test->failWith(lockedError()); // nothing is asked of the vault or the cluster
        return;
    }
    QPointer<ConnectionTest> t(test);
    m_connections.with(
        id, test,
        [t](fd::kube::KubeClient& client) {
            if (t && !t->isFinished())
                t->start(client);
        },
        [t](const fd::kube::KubeError& e) {
            if (t)
                t->failWith(e);
        });
}

TestId HealthMonitor::track(ConnectionTest* test) {
    const TestId id = m_nextTest++;
    m_tests.insert(id, test);
    return id;
}

TestId HealthMonitor::testConnection(const ImportCandidate& candidate, QObject* context,
                                     std::function<void(ConnectionReport)> done) {
    auto handle = std::make_shared<TestId>(0);
    auto deliver = fd::handoff<ConnectionReport>(context, std::move(done));
    auto* test = new ConnectionTest(
        m_budgetMs,
        [this, handle, deliver](ConnectionReport report) {
            if (const auto t = m_tests.take(*handle))
                t->deleteLater();
            deliver(std::move(report));
        },
        this);
    *handle = track(test);
    // An unsaved candidate has no connection of its own yet: a client for this test only,
    // which goes with the test (its requests are cancelled then).
    ClusterRecord record = candidate.record;
    fd::kube::ClusterConnection connection = withSecrets(record.connection, candidate.credentials);
    connection.cacheKey.clear();
    auto* client = new fd::kube::KubeClient(std::move(connection), test, &m_http);
    client->setRequestTimeoutMs(m_budgetMs);
    client->setExecTimeoutMs(m_budgetMs);
    client->setMaxRetries(0); // a test must not sit in Retry-After waits beyond its budget
    test->start(*client);
    return *handle;
}

TestId HealthMonitor::testCluster(ClusterId clusterId, QObject* context,
                                  std::function<void(ConnectionReport)> done) {
    auto handle = std::make_shared<TestId>(0);
    auto deliver = fd::handoff<ConnectionReport>(context, std::move(done));
    auto* test = new ConnectionTest(
        m_budgetMs,
        [this, handle, clusterId, deliver](ConnectionReport report) {
            if (const auto t = m_tests.take(*handle))
                t->deleteLater();
            // The caller hears the result once the cluster's health shows it.
            m_catalog.applyHealth({{clusterId, report}}, [deliver, report] { deliver(report); });
        },
        this);
    *handle = track(test);
    run(clusterId, test);
    return *handle;
}

void HealthMonitor::cancelTest(TestId id) {
    if (const auto test = m_tests.value(id))
        test->cancel();
}

void HealthMonitor::setRefreshInterval(int seconds) {
    m_refresher->setInterval(seconds);
}
int HealthMonitor::refreshInterval() const {
    return m_refresher->interval();
}
void HealthMonitor::setMaxRequestsInFlight(int requests) {
    m_refresher->setMaxRequestsInFlight(requests);
}
void HealthMonitor::refreshNow(const QList<ClusterId>& ids) {
    m_refresher->refresh(ids);
}
bool HealthMonitor::isRefreshing() const {
    return m_refresher->isRefreshing();
}
void HealthMonitor::forget(ClusterId id) {
    m_refresher->forget(id);
}
void HealthMonitor::setCoalesceMs(int ms) {
    m_refresher->setCoalesceMs(ms);
}
void HealthMonitor::setTestBudgetMs(int ms) {
    m_budgetMs = ms;
    m_refresher->setBudgetMs(ms);
}

} // namespace fd::registry
