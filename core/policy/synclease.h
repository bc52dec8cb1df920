#pragma once

// The guard that keeps two policy syncs off one control plane at once (issue 10: GUI twice, or
// GUI and CLI).
//
// - In this process: SyncGuard::tryEnter refuses a second sync for the same control plane (of
//   the same ClusterConnections) while one runs.
// - Across processes and machines: a coordination.k8s.io/v1 Lease `fleetdeck-policy-sync` on the
//   control plane, in `karmada-system` (where Karmada's own components hold their leader
//   leases), or in `kube-system` when the control plane has no karmada-system namespace.
//   holderIdentity is "user@host pid N"; leaseDurationSeconds is short (15 s) and the holder
//   renews it every 5 s while it syncs; it is released (holder cleared) at the end. A lease
//   whose renewTime is older than its duration is stale (its holder crashed) and is taken
//   over, counting leaseTransitions as client-go does. Every write carries the resourceVersion
//   read, so of two processes racing for a free lease exactly one wins (409 for the other).
//   Staleness does not trust this machine's clock alone: as client-go's leader election does,
//   a lease held by someone else is expired only once the same record (its resourceVersion)
//   has been observed unchanged for leaseDurationSeconds of local monotonic time. A lease that
//   looks stale by its renewTime is watched for that long before it is taken over (a live
//   holder renews it meanwhile, and is then refused); one that looks live is refused at once,
//   and taken on a later attempt in the same process once it has been seen unchanged for its
//   duration (a clock behind the holder's no longer keeps a dead lease for ever).
// - While a sync runs, a renewal that fails because someone else changed or removed the lease,
//   or no renewal succeeding for two thirds of the duration (client-go's renew deadline), loses
//   the lease: lost() is emitted and the sync stops with that message.

#include "common/result.h"
#include "kube/resourcetype.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace fd::registry {
class ClusterConnections;
}

namespace fd::policy {

inline const QString kSyncLeaseName = QStringLiteral("fleetdeck-policy-sync");
inline const QString kSyncLeaseNamespace = QStringLiteral("karmada-system");
inline const QString kSyncLeaseFallbackNamespace = QStringLiteral("kube-system");
constexpr int kSyncLeaseSeconds = 15;

inline fd::kube::ResourceType leaseType() {
    return {QStringLiteral("coordination.k8s.io"), QStringLiteral("v1"), QStringLiteral("leases"),
            QStringLiteral("Lease"), true};
}

// "user@host pid N": who holds the lease, for the message the other side sees.
QString syncHolderIdentity();

// Pure parts of the lease (tests use them directly).
struct LeaseState {
    QString holder;     // spec.holderIdentity; empty: free (released)
    QDateTime acquired; // spec.acquireTime
    QDateTime renewed;  // spec.renewTime
    int durationSeconds = 0;
    int transitions = 0; // spec.leaseTransitions
    QString resourceVersion;
};
LeaseState decodeLease(const QJsonObject& lease);
// Free, ours, or stale at `now` (renewed + duration has passed; a lease without a renewTime or
// duration is stale).
bool leaseTakeable(const LeaseState& lease, const QString& me, const QDateTime& now);
// The same record seen since `sinceMs` on the local monotonic clock (QElapsedTimer's reference).
struct LeaseObservation {
    QString resourceVersion;
    qint64 sinceMs = 0;
};
// What this process has observed of other holders' leases (client-go's observedRecord /
// observedTime), keyed per (connections, control plane, namespace), so a later attempt can judge
// expiry by local time. It must not grow with every control plane ever synced: an entry goes
// once its lease is taken or released here, and one not looked at for kMaxIdleMs is dropped on
// the next lookup (forgetting only makes a later attempt watch the lease afresh, the safe side).
// Used from the thread of the connections.
class LeaseObservations final {
public:
    static constexpr qint64 kMaxIdleMs = 10 * 60 * 1000;
    static LeaseObservations& process(); // the process's table
    static QString key(const void* connections, qint64 controlPlaneId,
                       const QString& controlPlaneName, const QString& namespaceName);
    // The entry for `key` (a fresh one when absent), after dropping entries idle too long.
    LeaseObservation& at(const QString& key, qint64 nowMs);
    void forget(const QString& key);
    bool contains(const QString& key) const { return m_entries.contains(key); }
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry {
        LeaseObservation observation;
        qint64 usedMs = 0;
    };
    QHash<QString, Entry> m_entries;
};
// What acquire does with a lease read at wall-clock `now` and monotonic `nowMs`, given what was
// observed of it before (`seen`, updated here when the record changed).
struct LeaseDecision {
    enum Action { Take, Wait, Refuse } action = Refuse;
    qint64 waitMs = 0; // Wait: how long until the observation is long enough
};
LeaseDecision decideLease(const LeaseState& lease, const QString& me, const QDateTime& now,
                          qint64 nowMs, LeaseObservation* seen);
// The spec that makes `me` the holder at `now` (a new holder counts one more transition).
QJsonObject leaseSpecFor(const LeaseState& current, const QString& me, const QDateTime& now,
                         int durationSeconds = kSyncLeaseSeconds);
// Kubernetes MicroTime: "2026-12-05T18:00:00.123000Z".
QString microTime(const QDateTime& t);
// What the lease is taken for: the refusal says what to do again (sync, or adopt).
enum class LeasePurpose { Sync, Adoption };
// The sentence a refused sync (or adoption) shows.
QString leaseHeldMessage(const QString& controlPlane, const LeaseState& lease,
                         LeasePurpose purpose = LeasePurpose::Sync);

// The in-process half: one sync per (connections, control plane) at a time.
class SyncGuard final {
public:
    // What holds a control plane: a sync (or check), or an adoption (PolicySync::adopt).
    enum class Activity { Sync, Adoption };
    // False when a sync or an adoption for the control plane runs; otherwise marks it running.
    static bool tryEnter(const void* connections, qint64 controlPlaneId,
                         Activity activity = Activity::Sync);
    static void leave(const void* connections, qint64 controlPlaneId);
    // What runs for the control plane now, if anything (for the refusal's wording).
    static std::optional<Activity> running(const void* connections, qint64 controlPlaneId);
};

// One holder's lease on one control plane. acquire() once, release() once at the end.
class SyncLease final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLease)

public:
    SyncLease(fd::registry::ClusterConnections& connections, qint64 controlPlaneId,
              QString controlPlaneName, QString identity = syncHolderIdentity(),
              QObject* parent = nullptr);
    ~SyncLease() override;

    // Takes the lease (creating it when absent, taking over a free or stale one) and starts
    // renewing it. Fails with ErrorKind::Remote and leaseHeldMessage() when another holder has
    // it, or with the control plane's error.
    void acquire(std::function<void(fd::Status)> done);
    // Clears the holder (best effort) and stops renewing; `done` runs when the server answered.
    void release(std::function<void()> done);

    bool held() const { return m_held; }
    // acquire() failed because another holder has the lease (not because of an error).
    bool heldByOther() const { return m_heldByOther; }
    // The lease as last read or written.
    LeaseState lastSeen() const { return m_last; }
    QString namespaceName() const { return m_namespace; }
    int renewals() const { return m_renewals; }
    // What the lease is for (the wording of a refusal); Sync unless set before acquire().
    void setPurpose(LeasePurpose purpose) { m_purpose = purpose; }
    // Tests: renew more often than every 5 s.
    void setRenewIntervalMs(int ms) { m_renew.setInterval(ms); }

Q_SIGNALS:
    // The lease was lost while held: a renewal found it changed or removed by someone else, or
    // none succeeded within the renew deadline. One user sentence; renewing has stopped.
    void lost(const QString& message);

private:
    void tryIn(const QString& namespaceName, bool fallbackAllowed,
               std::function<void(fd::Status)> done);
    void take(const LeaseState& current, bool exists, bool fallbackAllowed,
              std::function<void(fd::Status)> done);
    void renew();
    void lose(const QString& reason);
    QString observationKey() const;
    void clear(const QString& resourceVersion, bool retry, std::function<void()> done);

    fd::registry::ClusterConnections& m_connections;
    qint64 m_cp;
    QString m_cpName;
    QString m_identity;
    QString m_namespace;
    QString m_resourceVersion;
    LeaseState m_last;
    QTimer m_renew;
    bool m_held = false;
    bool m_heldByOther = false;
    LeasePurpose m_purpose = LeasePurpose::Sync;
    int m_renewals = 0;
    QElapsedTimer m_sinceRenewed; // monotonic time since the last successful take or renewal
};

} // namespace fd::policy
