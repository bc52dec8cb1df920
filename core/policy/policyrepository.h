#pragma once

// Policies in the local store: SQL over the connections Store::read() and Store::write() hand out
// (write functions run on the writer thread inside its transaction; several calls in one job
// commit together). Tables: policies (schema step 1), policy_versions and policy_sync (step 6).
//
// Every save appends a version (when, who, what changed as field paths, the spec) unless nothing
// changed; a delete appends a "deleted" version, so the history outlives the policy.

#include "common/result.h"
#include "policy/policytypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace fd::policy::repository {

struct FieldChange {
    QString path; // "zoneA.gpus", "targets.labels.fleetdeck.io/zone", "rules"
    QJsonValue from;
    QJsonValue to;
    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

enum class VersionAction { Created, Updated, Deleted };

struct PolicyVersion {
    PolicyKind kind = PolicyKind::Placement;
    QString name;
    int version = 0;
    VersionAction action = VersionAction::Created;
    QDateTime changedAt; // UTC
    QString changedBy;
    QList<FieldChange> changes; // empty for created/deleted
    QJsonObject spec;           // the policy as saved (empty for deleted)
};

// The state sync keeps per policy and control plane (policies.sync_state holds the worst of them).
enum class SyncState {
    NotSynced, // "unsynced": never applied, or changed since
    InSync,    // "synced": the server has what Fleetdeck applied
    Drifted,   // "drifted": someone changed the object behind Fleetdeck's back
    Failed,    // "failed": the last apply or check failed; lastError has the server's message
    Deleting,  // "deleting": deleted in Fleetdeck, its object still to be removed
    External,  // "external": an object on the control plane that Fleetdeck did not create
};
QString toString(SyncState state);
SyncState syncStateFromString(const QString& text);

struct SyncRecord {
    PolicyKind kind = PolicyKind::Placement;
    QString name;
    qint64 controlPlaneId = 0; // clusters.id of the control plane
    QString controlPlaneName;  // clusters.name, read only (empty if the cluster row is gone)
    SyncState state = SyncState::NotSynced;
    QString objectKind; // ClusterPropagationPolicy | ClusterOverridePolicy
    QString objectName; // fleetdeck-<name>
    QString appliedHash;
    int appliedVersion = 0; // the policy version that was applied
    QDateTime appliedAt;
    QDateTime checkedAt;
    QString generation; // toString(KarmadaGeneration) rendered against
    QString lastError;
    QStringList driftedFields;
    friend bool operator==(const SyncRecord&, const SyncRecord&) = default;
};

// Everything stored, decoded. A row that does not decode is reported as Corrupt, naming it.
fd::Result<PolicySet> loadPolicies(sqlite3* db);

// Insert or update by (kind, name); appends a version unless the spec is unchanged. The spec is
// stored normalized (policyformat.h). Returns the version number now current.
fd::Result<int> savePolicy(sqlite3* db, const PlacementStrategy& strategy, const QString& who,
                           const QDateTime& when);
fd::Result<int> savePolicy(sqlite3* db, const ResourceProfile& profile, const QString& who,
                           const QDateTime& when);
fd::Result<int> savePolicy(sqlite3* db, const FailoverPolicy& policy, const QString& who,
                           const QDateTime& when);
// Makes `name` the only default strategy (each strategy whose flag changes gets a version).
fd::Status setDefaultStrategy(sqlite3* db, const QString& name, const QString& who,
                              const QDateTime& when);
// NotFound when there is no such policy. Sync rows of the policy become "deleting".
fd::Status deletePolicy(sqlite3* db, PolicyKind kind, const QString& name, const QString& who,
                        const QDateTime& when);

fd::Result<QList<PolicyVersion>> history(sqlite3* db, PolicyKind kind, const QString& name);

// controlPlaneId 0 = every control plane.
fd::Result<QList<SyncRecord>> syncRecords(sqlite3* db, qint64 controlPlaneId = 0);
// Upsert; also refreshes policies.sync_state of that policy.
fd::Status saveSyncRecord(sqlite3* db, const SyncRecord& record);
fd::Status removeSyncRecord(sqlite3* db, PolicyKind kind, const QString& name,
                            qint64 controlPlaneId);

// The fields that differ between two specs (flattened to dotted paths; lists compared whole).
QList<FieldChange> diffSpecs(const QJsonObject& before, const QJsonObject& after);

} // namespace fd::policy::repository
