#include "registry/clusterregistryimpl.h"

#include "common/handoff.h"
#include "registry/clustercatalogimpl.h"
#include "registry/clusterconnections.h"
#include "registry/credentialvault.h"
#include "registry/healthmonitor.h"
#include "registry/karmadaobjects.h"
#include "registry/karmadaservice.h"
#include "registry/registrytext.h"
#include "secrets/secretstore.h"

#include <QHash>
#include <QPointer>

#include <algorithm>

namespace fd::registry {

std::unique_ptr<ClusterRegistry> ClusterRegistry::create(fd::store::Store& store,
                                                         fd::secrets::SecretStore& secrets,
                                                         fd::net::HttpClient& http,
                                                         QObject* parent) {
    return std::make_unique<ClusterRegistryImpl>(store, secrets, http, parent);
}

ClusterRegistryImpl::ClusterRegistryImpl(fd::store::Store& store, fd::secrets::SecretStore& secrets,
                                         fd::net::HttpClient& http, QObject* parent)
    : ClusterRegistry(parent)
    , m_vault(std::make_unique<CredentialVault>(secrets)) {
    m_catalog = new ClusterCatalogImpl(store, *m_vault, this);
    m_connections = new ClusterConnections([this](ClusterId id) { return m_catalog->find(id); },
                                           *m_vault, http, this);
    m_health = new HealthMonitor(*m_catalog, *m_connections, *m_vault, http, this);
    m_karmada = new KarmadaService(*m_catalog, *m_connections, *m_health, this);

    connect(m_catalog, &ClusterCatalogImpl::clustersChanged, this,
            &ClusterCatalog::clustersChanged);
    connect(m_catalog, &ClusterCatalogImpl::healthChanged, this, &ClusterCatalog::healthChanged);
    connect(m_catalog, &ClusterCatalogImpl::dataCentersChanged, this,
            &ClusterCatalog::dataCentersChanged);
    // A changed or removed record must not be reached through a client made from its old
    // settings.
    connect(m_catalog, &ClusterCatalogImpl::connectionChanged, this, [this](qint64 id) {
        m_connections->drop(id);
        if (!m_catalog->find(id))
            m_health->forget(id);
    });
    connect(m_health, &HealthMonitor::refreshStarted, this, &ClusterCatalog::refreshStarted);
    connect(m_health, &HealthMonitor::refreshFinished, this, &ClusterCatalog::refreshFinished);
    connect(&secrets, &fd::secrets::SecretStore::lockedChanged, this, [this](bool locked) {
        if (locked)
            onVaultLocked();
        else
            Q_EMIT healthChanged(m_catalog->records().keys()); // "Locked" goes from the list
    });
}

ClusterRegistryImpl::~ClusterRegistryImpl() {
    // The parts go before the vault they use.
    delete m_karmada;
    delete m_health;
    delete m_connections;
    delete m_catalog;
}

void ClusterRegistryImpl::onVaultLocked() {
    // Every decrypted credential goes: the clients that hold them, and cached exec credentials.
    m_connections->dropAll();
    QList<qint64> locked;
    for (const auto& r : m_catalog->records())
        if (!r.secrets.isEmpty())
            locked << r.id;
    if (!locked.isEmpty())
        Q_EMIT healthChanged(locked);
}

fd::Status ClusterRegistryImpl::load() {
    return m_catalog->load();
}

void ClusterRegistryImpl::load(QObject* context, std::function<void(fd::Status)> done) {
    m_catalog->load(context, std::move(done));
}

QList<ClusterRecord> ClusterRegistryImpl::clusters() const {
    QList<ClusterRecord> out = m_catalog->records().values();
    std::sort(out.begin(), out.end(), [](const ClusterRecord& a, const ClusterRecord& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::optional<ClusterRecord> ClusterRegistryImpl::cluster(ClusterId id) const {
    return m_catalog->find(id);
}
std::optional<ClusterRecord> ClusterRegistryImpl::clusterByName(const QString& name) const {
    return m_catalog->findByName(name);
}
bool ClusterRegistryImpl::isNameTaken(const QString& name, ClusterId ignore) const {
    return m_catalog->isNameTaken(name, ignore);
}
QString ClusterRegistryImpl::suggestName(const QString& wanted, const QStringList& reserved,
                                         ClusterId ignore) const {
    return m_catalog->suggestName(wanted, reserved, ignore);
}
QList<DataCenter> ClusterRegistryImpl::dataCenters() const {
    return m_catalog->dataCenters();
}
bool ClusterRegistryImpl::needsUnlock(ClusterId id) const {
    return m_health->needsUnlock(id);
}

void ClusterRegistryImpl::matchIdentities(
    const QList<ImportCandidate>& candidates, QObject* context,
    std::function<void(fd::Result<QList<std::optional<ClusterId>>>)> done) {
    m_catalog->matchIdentities(candidates, context, std::move(done));
}

void ClusterRegistryImpl::importClusters(QList<ImportCandidate> candidates, QObject* context,
                                         std::function<void(QList<ImportOutcome>)> done) {
    // A re-import may change a joined member's zone, data center or labels: once saved, its
    // Karmada Cluster follows (one push at a time; a failed push becomes a warning).
    auto before = std::make_shared<QHash<ClusterId, ClusterRecord>>();
    for (const ClusterRecord& r : clusters())
        if (r.joined)
            before->insert(r.id, r);
    if (before->isEmpty()) {
        m_catalog->importClusters(std::move(candidates), context, std::move(done));
        return;
    }
    QPointer<ClusterRegistryImpl> self(this);
    QPointer<QObject> ctx(context);
    m_catalog->importClusters(
        std::move(candidates), this, [self, ctx, before, done](QList<ImportOutcome> outcomes) {
            if (!ctx)
                return;
            auto results = std::make_shared<QList<ImportOutcome>>(std::move(outcomes));
            auto next = std::make_shared<std::function<void(int)>>();
            *next = [self, ctx, before, done, results, next](int i) {
                for (; self && i < results->size(); ++i) {
                    const ImportOutcome& o = (*results)[i];
                    const auto now = self->cluster(o.id);
                    const auto was = before->value(o.id);
                    if (o.action != ImportOutcome::Action::Updated || !now || !now->joined ||
                        !before->contains(o.id) ||
                        (was.zone == now->zone && was.datacenter.id == now->datacenter.id &&
                         was.gpuModels == now->gpuModels && was.labels == now->labels))
                        continue;
                    self->m_karmada->pushPlacement(
                        o.id, self.data(), [results, next, i](fd::Status st) {
                            if (!st)
                                (*results)[i].warnings << st.error().message;
                            (*next)(i + 1);
                        });
                    return;
                }
                // Copies first: clearing `next` destroys this lambda's captures (and breaks the
                // cycle the function holds on itself).
                const QPointer<QObject> target = ctx;
                const auto finish = done;
                const auto all = results;
                *next = nullptr;
                if (target && finish)
                    finish(*all);
            };
            (*next)(0);
        });
}

void ClusterRegistryImpl::updateCluster(const ClusterRecord& record,
                                        std::optional<ClusterCredentials> credentials,
                                        QObject* context, std::function<void(fd::Status)> done) {
    const auto before = cluster(record.id);
    const bool placementChanged =
        before && before->joined &&
        (before->zone != record.zone || before->datacenter.id != record.datacenter.id ||
         before->gpuModels != record.gpuModels);
    if (!placementChanged) {
        m_catalog->updateCluster(record, std::move(credentials), context, std::move(done));
        return;
    }
    // Store first; the control plane follows only once the record is saved. A failed push is
    // the caller's to show (the record stays saved, and the next change pushes again).
    QPointer<ClusterRegistryImpl> self(this);
    QPointer<QObject> ctx(context);
    const ClusterId id = record.id;
    m_catalog->updateCluster(record, std::move(credentials), this,
                             [self, ctx, id, done](fd::Status st) {
                                 if (!ctx)
                                     return;
                                 if (!st || !self) {
                                     if (done)
                                         done(st);
                                     return;
                                 }
                                 self->m_karmada->pushPlacement(id, ctx.data(), done);
                             });
}

CleanupPlan ClusterRegistryImpl::cleanupPlan(ClusterId id) const {
    CleanupPlan plan;
    const auto r = cluster(id);
    if (!r)
        return plan;
    plan.items
        << Text::tr("The local record of \"%1\" (settings, labels, health history).").arg(r->name);
    if (!r->secrets.isEmpty())
        plan.items << Text::tr("Its credentials in the secret vault.");
    if (r->joined) {
        const JoinObjectNames n = joinObjectNames(r->karmadaClusterName);
        plan.items << Text::tr(
                          "On the member cluster: the ServiceAccount %1/%2, the ClusterRole and "
                          "ClusterRoleBinding %3 and the token Secret %1/%4.")
                          .arg(n.memberNamespace, n.serviceAccount, n.clusterRole, n.tokenSecret);
        QString cp = Text::tr("the control plane");
        if (const auto c = cluster(r->controlPlaneId))
            cp = c->name;
        plan.items << Text::tr("On %1: the Karmada Cluster %2 and the Secret %3/%4.")
                          .arg(cp, n.clusterName, n.controlPlaneNamespace, n.controlPlaneSecret);
    } else if (r->origin == ClusterOrigin::DiscoveredFromKarmada) {
        plan.items << Text::tr(
            "Nothing in Karmada: the cluster was registered there by other means and "
            "will be found again by the next reconcile unless it is unregistered "
            "there.");
    }
    return plan;
}

void ClusterRegistryImpl::removeCluster(ClusterId id, QObject* context,
                                        std::function<void(RemoveReport)> done) {
    const auto record = cluster(id);
    if (!record) {
        RemoveReport report;
        report.error = notRegistered();
        fd::post(context, [done, report] { done(report); });
        return;
    }
    m_health->forget(id);
    if (!record->joined) {
        m_catalog->removeLocal(id, {}, context, std::move(done));
        return;
    }
    QPointer<ClusterRegistryImpl> self(this);
    QPointer<QObject> ctx(context);
    m_karmada->unjoin(id, this, [self, id, ctx, done](JoinReport unjoined) mutable {
        if (!self || !ctx)
            return;
        RemoveReport report;
        report.done = unjoined.done;
        report.leftBehind = unjoined.leftBehind;
        if (!unjoined.ok && unjoined.leftBehind.isEmpty())
            report.leftBehind << unjoined.error.message;
        self->m_catalog->removeLocal(id, report, ctx, std::move(done));
    });
}

void ClusterRegistryImpl::addDataCenter(const DataCenter& dataCenter, QObject* context,
                                        std::function<void(fd::Status)> done) {
    m_catalog->addDataCenter(dataCenter, context, std::move(done));
}

TestId ClusterRegistryImpl::testConnection(const ImportCandidate& candidate, QObject* context,
                                           std::function<void(ConnectionReport)> done) {
    return m_health->testConnection(candidate, context, std::move(done));
}

TestId ClusterRegistryImpl::testCluster(ClusterId id, QObject* context,
                                        std::function<void(ConnectionReport)> done) {
    return m_health->testCluster(id, context, std::move(done));
}

void ClusterRegistryImpl::cancelTest(TestId id) {
    m_health->cancelTest(id);
}

void ClusterRegistryImpl::trustCertificate(ClusterId id, const QString& sha256, QObject* context,
                                           std::function<void(fd::Status)> done) {
    auto record = cluster(id);
    if (!record) {
        fd::post(context, [done] { done(notRegistered()); });
        return;
    }
    record->connection.endpoint.tls.pinnedSha256 = sha256;
    record->connection.endpoint.tls.insecure = false;
    // The audit names the certificate exactly as the message showed it and the pin holds it.
    m_catalog->saveRecord(*record, QStringLiteral("cluster.trustCertificate"),
                          QStringLiteral("sha256 %1").arg(sha256), context, std::move(done));
}

void ClusterRegistryImpl::setRefreshInterval(int seconds) {
    m_health->setRefreshInterval(seconds);
}
int ClusterRegistryImpl::refreshInterval() const {
    return m_health->refreshInterval();
}
void ClusterRegistryImpl::setMaxRequestsInFlight(int requests) {
    m_health->setMaxRequestsInFlight(requests);
}
void ClusterRegistryImpl::refreshNow(const QList<ClusterId>& ids) {
    m_health->refreshNow(ids);
}
bool ClusterRegistryImpl::isRefreshing() const {
    return m_health->isRefreshing();
}

void ClusterRegistryImpl::setControlPlane(ClusterId id, bool controlPlane, QObject* context,
                                          std::function<void(fd::Status)> done) {
    m_karmada->setControlPlane(id, controlPlane, context, std::move(done));
}
void ClusterRegistryImpl::join(ClusterId member, ClusterId controlPlane, const JoinOptions& options,
                               QObject* context, std::function<void(JoinReport)> done) {
    m_karmada->join(member, controlPlane, options, context, std::move(done));
}
void ClusterRegistryImpl::unjoin(ClusterId member, QObject* context,
                                 std::function<void(JoinReport)> done) {
    m_karmada->unjoin(member, context, std::move(done));
}
void ClusterRegistryImpl::setReconcileInterval(int seconds) {
    m_karmada->setReconcileInterval(seconds);
}
int ClusterRegistryImpl::reconcileInterval() const {
    return m_karmada->reconcileInterval();
}
void ClusterRegistryImpl::reconcileNow(QObject* context, std::function<void(fd::Status)> done) {
    m_karmada->reconcileNow(context, std::move(done));
}

ClusterConnections& ClusterRegistryImpl::connections() {
    return *m_connections;
}

void ClusterRegistryImpl::setCoalesceMs(int ms) {
    m_health->setCoalesceMs(ms);
}
void ClusterRegistryImpl::setTestBudgetMs(int ms) {
    m_health->setTestBudgetMs(ms);
}

} // namespace fd::registry
