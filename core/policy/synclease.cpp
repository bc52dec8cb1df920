#include "policy/synclease.h"

#include "kube/kubeclient.h"
#include "policy/policylog.h"
#include "policy/policytext.h"
#include "registry/clusterconnections.h"

#include <QHash>

#include <chrono>

namespace fd::policy {

using fd::kube::KubeClient;
using fd::kube::KubeErrorCategory;

namespace {

// The local monotonic clock, in milliseconds.
qint64 monotonicMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

LeaseObservations& LeaseObservations::process() {
    static LeaseObservations table;
    return table;
}

QString LeaseObservations::key(const void* connections, qint64 controlPlaneId,
                               const QString& controlPlaneName, const QString& namespaceName) {
    return QStringLiteral("%1|%2|%3|%4")
        .arg(quintptr(connections))
        .arg(controlPlaneId)
        .arg(controlPlaneName, namespaceName);
}

LeaseObservation& LeaseObservations::at(const QString& key, qint64 nowMs) {
    // The entry looked up stays whatever its age: what this process saw of that lease, on its
    // own monotonic clock, is still true (a lease longer than the bound must not be watched
    // afresh at every look).
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it.key() != key && nowMs - it->usedMs > kMaxIdleMs ? m_entries.erase(it)
                                                                : std::next(it);
    Entry& e = m_entries[key];
    e.usedMs = nowMs;
    return e.observation;
}

void LeaseObservations::forget(const QString& key) {
    m_entries.remove(key);
}

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

QString SyncLease::observationKey() const {
    return LeaseObservations::key(&m_connections, m_cp, m_cpName, m_namespace);
}

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
    if (exists) {
        const qint64 nowMs = monotonicMs();
        LeaseObservation& seen = LeaseObservations::process().at(observationKey(), nowMs);
        const LeaseDecision decision = decideLease(current, m_identity, now, nowMs, &seen);
        if (decision.action == LeaseDecision::Refuse) {
            m_last = current;
            m_heldByOther = true;
            done(fd::makeError(fd::ErrorKind::Remote,
                               leaseHeldMessage(m_cpName, current, m_purpose)));
            return;
        }
        if (decision.action == LeaseDecision::Wait) {
            // Looks stale by its renewTime; read it again once it has been watched for its
            // duration (a live holder renews it meanwhile).
            qCInfo(lcPolicy) << "policy sync lease on" << m_cpName << "held by" << current.holder
                             << "looks stale; watching it for" << decision.waitMs << "ms";
            QTimer::singleShot(decision.waitMs, this,
                               [this, done] { tryIn(m_namespace, false, done); });
            return;
        }
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
            // Ours now: what was observed of the previous holder is of no further use.
            LeaseObservations::process().forget(observationKey());
            m_sinceRenewed.start();
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
    // client-go's renew deadline: two thirds of the duration without a renewal and the lease is
    // given up, before others may take it over.
    if (m_sinceRenewed.isValid() &&
        m_sinceRenewed.elapsed() >= qint64(kSyncLeaseSeconds) * 2000 / 3) {
        lose(Text::tr("it could not be renewed in time"));
        return;
    }
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
                                  if (!m_held)
                                      return;
                                  if (r) {
                                      m_last = decodeLease(*r);
                                      if (m_last.holder != m_identity) {
                                          lose(Text::tr("%1 holds it now").arg(m_last.holder));
                                          return;
                                      }
                                      ++m_renewals;
                                      m_sinceRenewed.start();
                                      return;
                                  }
                                  const auto& e = r.error();
                                  qCWarning(lcPolicy) << "policy sync lease on" << m_cpName
                                                      << "not renewed:" << e.message;
                                  // Written or removed by someone else since: it is not ours any
                                  // more.
                                  if (e.category == KubeErrorCategory::Conflict)
                                      lose(Text::tr("someone else changed it"));
                                  else if (e.category == KubeErrorCategory::NotFound)
                                      lose(Text::tr("someone removed it"));
                                  // Otherwise the next tick tries again, until the renew deadline.
                              });
        },
        [this](const fd::kube::KubeError& e) {
            qCWarning(lcPolicy) << "policy sync lease on" << m_cpName
                                << "not renewed:" << e.message;
        });
}

void SyncLease::lose(const QString& reason) {
    m_renew.stop();
    m_held = false;
    qCWarning(lcPolicy) << "policy sync lease on" << m_cpName << "lost:" << reason;
    Q_EMIT lost(Text::tr("The policy sync with %1 stopped because its lease was lost (%2); "
                         "changes not yet made were not made, so sync again.")
                    .arg(m_cpName, reason));
}

void SyncLease::release(std::function<void()> done) {
    m_renew.stop();
    if (!m_held) {
        done();
        return;
    }
    m_held = false;
    LeaseObservations::process().forget(observationKey());
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
