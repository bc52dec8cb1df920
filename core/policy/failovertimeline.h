#pragma once

// The failover timeline: what happens, and when, after a member cluster or an application fails
// under a failover policy (the model `policy timeline NAME --json` prints and the timeline
// widget draws), and the failovers that actually happened, decoded from a ResourceBinding.
//
// Model (times in seconds after the failure; docs/policies.md explains it with an example):
//   failure        [0, 0]        the application or its cluster stops being healthy
//   detection      [0, T]        T = tolerationSeconds: Karmada waits this long before acting
//   eviction       [T, T+E]      a graceful-eviction task moves the replicas off the cluster
//   rescheduling   [T+E, T+E+R]  the scheduler picks other clusters; the new replicas start
//   gracePeriod    [T, T+G]      Gracefully only: the old replicas stay until the new ones are
//                                healthy, at most G = gracePeriodSeconds after the eviction task
//   purge          Directly: [T, T+P] right away; Gracefully: [T+G, T+G+P]; Never: absent
//                  (the old replicas are kept: suppressDeletion)
// E, R and P are assumptions (Karmada does not bound them): E = 5 s, R = 30 s, P = 5 s. The
// grace period ends earlier when the new replicas become healthy sooner; the model shows the
// longest case. A disabled policy has the failure only.

#include "common/result.h"
#include "policy/policytypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fd::policy {

struct TimelinePhase {
    QString name; // failure | detection | eviction | rescheduling | gracePeriod | purge
    int startSeconds = 0;
    int endSeconds = 0;
    friend bool operator==(const TimelinePhase&, const TimelinePhase&) = default;
};

struct TimelineAssumptions {
    int evictionSeconds = 5;
    int reschedulingSeconds = 30;
    int purgeSeconds = 5;
};

QList<TimelinePhase> failoverTimeline(const FailoverPolicy& policy,
                                      const TimelineAssumptions& assumptions = {});
// {"phases":[{"name","startSeconds","endSeconds"}...]}
QJsonObject timelineJson(const QList<TimelinePhase>& phases);
// The translated label of a phase name ("Detection (toleration)", …).
QString phaseLabel(const QString& name);
// "45 s", "5 min", "1 min 30 s", "2 h" — whichever reads best (translated units).
QString formatDuration(int seconds);

// ---- what happened: a ResourceBinding (work.karmada.io/v1alpha2) ----

struct BindingCondition {
    QString type; // Scheduled | FullyApplied
    QString status;
    QString reason;
    QString message;
    QDateTime lastTransitionTime; // UTC
};

struct ClusterHealth {
    QString cluster;
    QString health; // Healthy | Unhealthy | Unknown
    bool applied = false;
};

// One spec.gracefulEvictionTasks entry: a failover that moved replicas off `fromCluster`.
struct ObservedEviction {
    QString fromCluster;
    QString reason;   // ApplicationFailure | TaintUntolerated | …
    QString producer; // which controller evicted
    QString message;
    QString purgeMode;             // as written (any spelling); empty when absent (≤ v1.10)
    int gracePeriodSeconds = -1;   // -1: not set
    bool suppressDeletion = false; // the old replicas are kept (purge mode Never)
    int replicas = -1;
    QDateTime created; // creationTimestamp, UTC; invalid when absent
    QStringList clustersBeforeFailover;
    // When the old replicas go at the latest: created + grace period (invalid if unknown or
    // never, see suppressDeletion).
    QDateTime purgeDeadline() const;
};

struct BindingFailovers {
    QString name;
    QString namespace_;
    QStringList clusters;              // spec.clusters[].name: where the workload is scheduled now
    QList<ObservedEviction> evictions; // oldest first
    QList<BindingCondition> conditions;
    QList<ClusterHealth> health;
    QDateTime lastScheduledTime;     // status.lastScheduledTime
    QDateTime rescheduleTriggeredAt; // spec.rescheduleTriggeredAt
};

// Lenient per field (a missing or mistyped field stays empty), strict on the shape: anything
// that is not a ResourceBinding or ClusterResourceBinding object fails with InvalidInput.
fd::Result<BindingFailovers> decodeBindingFailovers(const QJsonObject& binding);

// The phases of one observed eviction on the same axis as the model, in seconds after its
// creationTimestamp: eviction [0, 0], rescheduling [0, s] when the binding was scheduled again
// after it (s from lastScheduledTime or the Scheduled condition), gracePeriod [0, G] when set,
// purge at G (or never). `now` bounds open phases.
QList<TimelinePhase> observedTimeline(const ObservedEviction& eviction,
                                      const BindingFailovers& binding, const QDateTime& now);

} // namespace fd::policy
