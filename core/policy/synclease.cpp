#include "policy/synclease.h"

#include "kube/kubeclient.h"
#include "policy/policylog.h"
#include "registry/clusterconnections.h"

namespace fd::policy {

using fd::kube::KubeClient;
using fd::kube::KubeErrorCategory;

SyncLease::SyncLease(fd::registry::ClusterConnections& connections, qint64 controlPlaneId,
                     QString controlPlaneName, QString identity, QObject* parent)
    : QObject(parent)
    , m_connections(connections)
    , m_cp(controlPlaneId)
    , m_cpName(std::move(controlPlaneName))
    , m_identity(std::move(identity)) {
    m_renew.setInterval(kSyncLeaseSeconds * 1000 / 3);
    connect(&m_renew, &QTimer::timeout, this, &SyncLease::renew);
}

SyncLease::~SyncLease() = default;

void SyncLease::acquire(std::function<void(fd::Status)> done) {
    tryIn(kSyncLeaseNamespace, true, std::move(done));
}

void SyncLease::tryIn(const QString& namespaceName, bool fallbackAllowed,
                      std::function<void(fd::Status)> done) {
    m_namespace = namespaceName;
    m_connections.with(
        m_cp, this,
        [this, fallbackAllowed, done](KubeClient& client) {
            client.getRaw(leaseType(), m_namespace, kSyncLeaseName, this,
                          [this, fallbackAllowed, done](fd::kube::KubeResult<QJsonObject> got) {
                              if (got) {
                                  take(decodeLease(*got), true, fallbackAllowed, done);
                              } else if (got.error().category == KubeErrorCategory::NotFound) {
                                  take({}, false, fallbackAllowed, done);
                              } else {
                                  done(got.error().toError());
                              }
                          });
        },
        [done](const fd::kube::KubeError& e) { done(e.toError()); });
}

void SyncLease::take(const LeaseState& current, bool exists, bool fallbackAllowed,
                     std::function<void(fd::Status)> done) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (exists && !leaseTakeable(current, m_identity, now)) {
        m_last = current;
        m_heldByOther = true;
        done(fd::makeError(fd::ErrorKind::Remote, leaseHeldMessage(m_cpName, current)));
        return;
    }
    QJsonObject metadata{{QStringLiteral("name"), kSyncLeaseName},
                         {QStringLiteral("namespace"), m_namespace}};
    if (exists)
        metadata.insert(QStringLiteral("resourceVersion"), current.resourceVersion);
    const QJsonObject spec = leaseSpecFor(current, m_identity, now);
    const auto answered = [this, fallbackAllowed, done](fd::kube::KubeResult<QJsonObject> r) {
        if (r) {
            m_last = decodeLease(*r);
            m_held = true;
            m_renew.start();
            qCInfo(lcPolicy) << "policy sync lease on" << m_cpName << "taken by" << m_identity;
            done({});
            return;
        }
        const auto& e = r.error();
        if (e.category == KubeErrorCategory::Conflict ||
            e.category == KubeErrorCategory::AlreadyExists) {
            // Someone else wrote it between our read and our write: read again (they hold it,
            // or it is free once more).
            tryIn(m_namespace, false, done);
            return;
        }
        if (e.category == KubeErrorCategory::NotFound && fallbackAllowed &&
            m_namespace == kSyncLeaseNamespace) {
            // No karmada-system namespace on this control plane.
            tryIn(kSyncLeaseFallbackNamespace, false, done);
            return;
        }
        done(e.toError());
    };
    m_connections.with(
        m_cp, this,
        [this, exists, metadata, spec, answered](KubeClient& client) {
            if (exists) {
                client.mergePatch(leaseType(), m_namespace, kSyncLeaseName,
                                  QJsonObject{{QStringLiteral("metadata"), metadata},
                                              {QStringLiteral("spec"), spec}},
                                  {}, this, answered);
            } else {
                client.create(leaseType(),
                              QJsonObject{{QStringLiteral("apiVersion"),
                                           QStringLiteral("coordination.k8s.io/v1")},
                                          {QStringLiteral("kind"), QStringLiteral("Lease")},
                                          {QStringLiteral("metadata"), metadata},
                                          {QStringLiteral("spec"), spec}},
                              {}, this, answered);
            }
        },
        [done](const fd::kube::KubeError& e) { done(e.toError()); });
}

void SyncLease::renew() {
    if (!m_held)
        return;
    const QJsonObject patch{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("resourceVersion"), m_last.resourceVersion}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("renewTime"), microTime(QDateTime::currentDateTimeUtc())}}}};
    m_connections.with(
        m_cp, this,
        [this, patch](KubeClient& client) {
            client.mergePatch(leaseType(), m_namespace, kSyncLeaseName, patch, {}, this,
                              [this](fd::kube::KubeResult<QJsonObject> r) {
                                  if (r) {
                                      m_last = decodeLease(*r);
                                      ++m_renewals;
                                  } else {
                                      qCWarning(lcPolicy) << "policy sync lease on" << m_cpName
                                                          << "not renewed:" << r.error().message;
                                  }
                              });
        },
        [this](const fd::kube::KubeError& e) {
            qCWarning(lcPolicy) << "policy sync lease on" << m_cpName
                                << "not renewed:" << e.message;
        });
}

void SyncLease::release(std::function<void()> done) {
    m_renew.stop();
    if (!m_held) {
        done();
        return;
    }
    m_held = false;
    clear(m_last.resourceVersion, true, std::move(done));
}

void SyncLease::clear(const QString& resourceVersion, bool retry, std::function<void()> done) {
    // The holder cleared (as client-go releases): the next sync takes it at once.
    const QJsonObject patch{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("resourceVersion"), resourceVersion}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("holderIdentity"), QJsonValue()},
                     {QStringLiteral("leaseDurationSeconds"), 1},
                     {QStringLiteral("renewTime"), microTime(QDateTime::currentDateTimeUtc())}}}};
    m_connections.with(
        m_cp, this,
        [this, patch, retry, done](KubeClient& client) {
            QPointer<KubeClient> c(&client);
            client.mergePatch(
                leaseType(), m_namespace, kSyncLeaseName, patch, {}, this,
                [this, c, retry, done](fd::kube::KubeResult<QJsonObject> r) {
                    if (r || !retry || !c || r.error().category != KubeErrorCategory::Conflict) {
                        if (!r)
                            qCWarning(lcPolicy) << "policy sync lease on" << m_cpName
                                                << "not released:" << r.error().message;
                        done();
                        return;
                    }
                    // A renewal crossed the release: clear it again if it is still ours.
                    c->getRaw(leaseType(), m_namespace, kSyncLeaseName, this,
                              [this, done](fd::kube::KubeResult<QJsonObject> got) {
                                  const LeaseState now = got ? decodeLease(*got) : LeaseState{};
                                  if (!got || now.holder != m_identity) {
                                      done();
                                      return;
                                  }
                                  clear(now.resourceVersion, false, done);
                              });
                });
        },
        [done](const fd::kube::KubeError&) { done(); });
}

} // namespace fd::policy
