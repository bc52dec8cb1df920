#pragma once

// The policy service: every placement strategy, resource profile and failover policy, in memory,
// for the Policies page, the deploy form and `fleetdeck-cli policy`. The store is the truth:
// every change runs as one job on the store's writer thread (read the stored set, check, write,
// read back, all in one transaction), and only when it committed do memory, the signals and the
// caller's callback follow. A failed write changes nothing and reaches the caller as its error.
//
// Every change appends a version (who, when, which fields changed; policyrepository.h) and an
// audit entry ("policy.create|update|delete|default|defaults|apply", target "<kind>/<name>",
// the changed field paths as detail; policies hold no secrets).
//
// Async calls take (context, done): done runs exactly once, queued on the context's thread, and
// is dropped when the context died first (core/common/handoff.h). Use the service from the thread
// that created it (the UI thread in the GUI).
//
// Names are a policy's identity (its Karmada object is fleetdeck-<name>): they do not change once
// saved. Syncing to a control plane (B2) writes its records through saveSyncRecord(); the
// capabilities of the control plane's schema, once read, go to setCapabilities().

#include "common/result.h"
#include "policy/karmadaschema.h"
#include "policy/policyrepository.h"
#include "policy/policytypes.h"
#include "policy/validation.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd::store {
class Store;
}

namespace fd::policy {

enum class SaveMode {
    Create,  // fails when a policy of that kind and name exists
    Replace, // creates or updates
};

struct SaveOutcome {
    int version = 0;                        // the policy's version now current
    bool created = false;                   // it did not exist before
    QList<repository::FieldChange> changes; // empty when created or unchanged
};

// `policy apply` and the default set report per policy what happened ("strategy/general").
struct ApplyOutcome {
    QStringList created;
    QStringList updated;
    QStringList unchanged;
};

struct DefaultSetOutcome {
    QStringList created;           // "strategy/general", …
    QStringList skipped;           // a policy of that name already existed and was left as it is
    bool generalIsDefault = false; // false when another strategy already was the default
};

// Who uses a policy.
struct PolicyUsage {
    QStringList deployments; // deployments labelled with the strategy or profile
    QStringList strategies;  // strategies linking the profile or attaching the failover policy
    bool isEmpty() const { return deployments.isEmpty() && strategies.isEmpty(); }
};

enum class DeleteVerdict {
    Allowed,
    AllowedButDefault, // the default strategy: deployments no rule matches lose their strategy
    Blocked,           // in use; `message` says by whom and what to do
};

struct DeleteCheck {
    DeleteVerdict verdict = DeleteVerdict::Allowed;
    PolicyUsage usage;
    QString message; // Blocked and AllowedButDefault: one translated sentence
};

// Everything the service holds, as read from the store in one go.
struct PolicySnapshot {
    PolicySet set;
    QList<repository::SyncRecord> syncRecords;
};

// What the sync badge shows for one policy: the worst state over the control planes.
struct SyncSummary {
    repository::SyncState state = repository::SyncState::NotSynced;
    QList<repository::SyncRecord> records; // one per control plane
};

class PolicyService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyService)

public:
    // Which deployments use a placement strategy or resource profile (by name). The deployments
    // feature provides it; without it no policy counts as used by deployments.
    using DeploymentsUsing = std::function<QStringList(PolicyKind kind, const QString& name)>;

    // The store must outlive the service.
    explicit PolicyService(fd::store::Store& store, QObject* parent = nullptr);
    ~PolicyService() override;

    // ---- Loading -------------------------------------------------------------------------
    // Reads policies and sync records on a worker thread, then fills memory and emits
    // policiesChanged() and syncStateChanged(). A stored row that does not decode fails the
    // load (ErrorKind::Corrupt, naming it) and leaves memory empty.
    void load(QObject* context, std::function<void(fd::Status)> done);
    // The same on the calling thread (the CLI, tests).
    fd::Status loadNow();
    bool isLoaded() const { return m_loaded; }
    // Why the last load failed (empty when it did not).
    QString loadError() const { return m_loadError; }

    // ---- Reading -------------------------------------------------------------------------
    const PolicySet& policies() const { return m_set; }
    QList<repository::SyncRecord> syncRecords() const { return m_syncRecords; }
    SyncSummary syncSummary(PolicyKind kind, const QString& name) const;
    // Policy objects on a control plane that Fleetdeck did not create (sync finds them).
    QList<repository::SyncRecord> externalObjects() const;

    // The version history of one policy, newest first (kept after the policy was deleted).
    void history(PolicyKind kind, const QString& name, QObject* context,
                 std::function<void(fd::Result<QList<repository::PolicyVersion>>)> done) const;

    // ---- Who and what uses a policy ------------------------------------------------------
    void setDeploymentsUsing(DeploymentsUsing deploymentsUsing);
    bool tracksDeployments() const { return bool(m_deploymentsUsing); }
    PolicyUsage usage(PolicyKind kind, const QString& name) const;
    // Whether a delete may go ahead: a strategy or profile used by deployments, and a profile or
    // failover policy that strategies refer to, is blocked; the default strategy is allowed
    // with a stronger warning.
    DeleteCheck checkDelete(PolicyKind kind, const QString& name) const;

    // ---- Karmada schema ------------------------------------------------------------------
    // The control plane's capabilities once its schema was read; until then the newest
    // generation's (KarmadaCapabilities::assumed(Unknown)) and capabilitiesKnown() is false.
    KarmadaCapabilities capabilities() const { return m_capabilities; }
    bool capabilitiesKnown() const { return m_capabilitiesKnown; }
    void setCapabilities(const KarmadaCapabilities& capabilities);

    // ---- Changing ------------------------------------------------------------------------
    // Recorded as the author of versions (default: the OS user name).
    QString author() const { return m_author; }
    void setAuthor(const QString& author) { m_author = author; }
    static QString defaultAuthor();

    // Validates the policy within the stored set (errors fail with InvalidInput: the first
    // error's sentence as message, all of them as detail) and saves it. A strategy saved as the
    // default becomes the only default.
    void save(const PlacementStrategy& strategy, SaveMode mode, QObject* context,
              std::function<void(fd::Result<SaveOutcome>)> done);
    void save(const ResourceProfile& profile, SaveMode mode, QObject* context,
              std::function<void(fd::Result<SaveOutcome>)> done);
    void save(const FailoverPolicy& policy, SaveMode mode, QObject* context,
              std::function<void(fd::Result<SaveOutcome>)> done);

    // Creates or updates every policy of `incoming` in one transaction, after validating the
    // stored set with them in it (any error stops it all). A default strategy among them becomes
    // the only default.
    void apply(const PolicySet& incoming, QObject* context,
               std::function<void(fd::Result<ApplyOutcome>)> done);

    // Adds the default set (defaults.h); names that exist are skipped, and "general" is made the
    // default only when no strategy is.
    void createDefaultSet(QObject* context,
                          std::function<void(fd::Result<DefaultSetOutcome>)> done);

    // Deletes a policy unless checkDelete() blocks it (InvalidInput with its message). Its
    // history stays; its sync records become "deleting" (sync removes the objects).
    void remove(PolicyKind kind, const QString& name, QObject* context,
                std::function<void(fd::Status)> done);

    // Makes `name` the only default strategy.
    void setDefaultStrategy(const QString& name, QObject* context,
                            std::function<void(fd::Status)> done);

    // Records what sync did for one policy on one control plane.
    void saveSyncRecord(const repository::SyncRecord& record, QObject* context,
                        std::function<void(fd::Status)> done);
    // Replaces every sync record of one control plane with `records` in one transaction (what a
    // sync or check found: one per policy object, the external objects, deletions still due).
    void replaceSyncRecords(qint64 controlPlaneId, const QList<repository::SyncRecord>& records,
                            QObject* context, std::function<void(fd::Status)> done);

    // An audit entry in the policy area (sync and check write "policy.sync" / "policy.check").
    void recordAudit(const QString& action, const QString& target, const fd::Status& result,
                     const QString& detail) {
        audit(action, target, result, detail);
    }

Q_SIGNALS:
    // After every load, successful or not (see loadError()).
    void loadFinished();
    void policiesChanged();
    void syncStateChanged();
    void capabilitiesChanged();

private:
    using Job = std::function<fd::Status(sqlite3* db)>;
    // Runs `job` on the writer thread, reads the set and sync records back in the same
    // transaction, puts them in memory (with the signals) when it committed, then calls `finish`
    // here. A failed job rolls back and leaves memory as it was.
    void runJob(Job job, std::function<void(const fd::Status&)> finish);
    void applySnapshot(const PolicySnapshot& snapshot);
    void audit(const QString& action, const QString& target, const fd::Status& result,
               const QString& detail);
    template <typename Policy>
    void saveOne(const Policy& policy, SaveMode mode, QObject* context,
                 std::function<void(fd::Result<SaveOutcome>)> done);

    fd::store::Store& m_store;
    PolicySet m_set;
    QList<repository::SyncRecord> m_syncRecords;
    bool m_loaded = false;
    QString m_loadError;
    quint64 m_writes = 0; // completed writes: a load that started before one is stale
    DeploymentsUsing m_deploymentsUsing;
    KarmadaCapabilities m_capabilities;
    bool m_capabilitiesKnown = false;
    QString m_author;
};

// "strategy/general": how the audit log and the CLI name a policy.
QString policyTarget(PolicyKind kind, const QString& name);

} // namespace fd::policy
