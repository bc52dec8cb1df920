#pragma once

// Policy sync: puts the stored policies on a Karmada control plane (a registered cluster marked as
// control plane) and reports, per object, what is there. Everything goes through the control
// plane's one long-lived client (fd::registry::ClusterConnections); nothing here builds a client.
//
// A sync (or a check, which writes nothing on the control plane):
//  1. reads what the control plane accepts from its own schema: /openapi/v3 for
//     policy.karmada.io/v1alpha1, or the CustomResourceDefinitions when that is not served
//     (karmadaschema.h); the service's capabilities follow it, so editors offer only what the
//     control plane accepts;
//  2. renders every strategy and profile for those capabilities (karmadarender.h: only fields
//     the schema declares; what it cannot express is reported, never sent);
//  3. lists the ClusterPropagationPolicies and ClusterOverridePolicies on the control plane (and
//     the namespaced PropagationPolicies and OverridePolicies, which are always external) and
//     compares: an object labelled fleetdeck.io/managed-by=fleetdeck whose annotation
//     fleetdeck.io/applied-hash is what Fleetdeck renders now and whose fields still hold what
//     Fleetdeck wrote is in sync; same hash but other values (or fields other managers own) is
//     drifted, with the differing fields; another hash means the policy changed in Fleetdeck
//     since; a managed object with no policy any more is deleted; an object without the label is
//     external (listed, never changed, unless the user adopts it);
//  4. sync only: applies with server-side apply (field manager "fleetdeck"; forced on
//     Fleetdeck's own objects, so a drift is overwritten), then removes the spec fields only
//     other managers set on them (removeForeign: a forced apply leaves those), and deletes what
//     is due;
//  5. stores one record per object for that control plane (PolicyService::replaceSyncRecords).
// A control plane that cannot be reached, or refuses an object, leaves the policies in the store;
// their records say failed with the server's message.

#include "common/result.h"
#include "kube/resourcetype.h"
#include "policy/clusterlabels.h"
#include "policy/karmadarender.h"
#include "policy/karmadaschema.h"
#include "policy/policyrepository.h"
#include "policy/policytypes.h"
#include "policy/validation.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fd::registry {
class ClusterConnections;
}

namespace fd::policy {

class PolicyService;

// kManagedByLabel and kAppliedHashAnnotation: clusterlabels.h.
inline const QString kAdoptedAsAnnotation = QStringLiteral("fleetdeck.io/adopted-as");

enum class SyncAction {
    Created,   // applied; it was not there
    Updated,   // applied over an older or drifted object
    Unchanged, // in sync; nothing sent
    Deleted,   // a managed object whose policy is gone
    Pending,   // check only: would be created, updated or deleted by a sync
    Drifted,   // check only: changed on the server behind Fleetdeck's back
    Failed,    // the server refused it (message), or it is not Fleetdeck's to change
    External,  // not made by Fleetdeck: listed, never changed
    Adopted,   // not made by Fleetdeck, adopted into a policy: left as it is
};
QString toString(SyncAction action); // "created", "updated", ... (the CLI's JSON)

struct SyncItem {
    PolicyKind kind = PolicyKind::Placement;
    QString policy;     // the Fleetdeck policy (external: the object's name)
    QString objectKind; // ClusterPropagationPolicy | ClusterOverridePolicy (| the namespaced two,
                        // external only)
    QString objectName; // qualifiedObjectName: "<namespace>/<name>" for a namespaced object
    SyncAction action = SyncAction::Unchanged;
    repository::SyncState state = repository::SyncState::NotSynced;
    QStringList driftedFields; // Drifted, and Updated when the update overwrote a drift
    // Updated: spec fields only other field managers had set, which Fleetdeck does not set,
    // removed after the forced apply (foreignOnlyFields) so the object is what Fleetdeck
    // declares.
    QStringList removedFields;
    QString message; // Failed: the server's message; otherwise a note or empty
};

struct SyncReport {
    qint64 controlPlaneId = 0;
    QString controlPlaneName;
    bool checkOnly = false;
    KarmadaCapabilities capabilities;
    QList<Finding> notExpressed; // settings the control plane's schema cannot take
    QList<SyncItem> items;       // Fleetdeck's objects (and deletions), in the order handled
    QList<SyncItem> external;    // objects not made by Fleetdeck (External or Adopted)
    // What was left out of the comparison, one user sentence each (namespaced policies this
    // user may not list across namespaces); the rest was compared as usual.
    QStringList notCompared;
    // Set when nothing could be compared: the control plane could not be reached, its vault is
    // locked, or it serves no Karmada policy API; or when the sync stopped (`stopped`). One
    // user sentence.
    std::optional<fd::Error> failure;
    // The failure is that another sync with this control plane runs (here, or elsewhere and
    // holds its lease): nothing was compared, written or stored.
    bool busy = false;
    // The failure is that the sync lost its lease part way (another sync may have taken the
    // control plane over): the items list what was done, the writes not made are failed with
    // that message, and they are recorded so.
    bool stopped = false;
    bool ok() const;
    int count(SyncAction action) const;
};

struct SyncOptions {
    bool checkOnly = false; // compare and record, write nothing on the control plane
};

// What adopt() made of an external object.
struct AdoptOutcome {
    QStringList created;    // "strategy/gpu-train", "failover/gpu-train"
    QStringList notCarried; // settings of the object Fleetdeck's model does not hold
};

// Pure parts (tests use them directly).
// The fields of `applied` (spec, labels, annotations; dotted paths, list items as [i]) whose
// value differs on `server`, plus the spec fields other field managers than "fleetdeck" own
// there (metadata.managedFields).
QStringList driftedFields(const QJsonObject& applied, const QJsonObject& server);
// A spec field to remove: `path` dotted as driftedFields writes it ("spec.priority"), `pointer`
// its JSON pointer ("/spec/priority"; "~" and "/" in keys escaped).
struct ForeignField {
    QString path;
    QString pointer;
    bool operator==(const ForeignField&) const = default;
};
// The spec fields of `server` (a Fleetdeck-managed object after Fleetdeck's forced apply of
// `rendered`) that other field managers set (metadata.managedFields) and Fleetdeck neither
// renders nor owns: a forced apply never removes them, so the object would stay drifted. Each
// is the outermost part of the field that `rendered` does not hold (kubectl's
// spec.suspension.dispatching removes spec.suspension when Fleetdeck renders no suspension), so
// no empty parent stays behind; only fields `server` has; fields no manager owns (defaulted by
// the server) are never listed. Sorted by path.
QList<ForeignField> foreignOnlyFields(const QJsonObject& rendered, const QJsonObject& server);
// The JSON patch that removes `fields` only from the object at `resourceVersion`: a "test" op on
// /metadata/resourceVersion, then one "remove" per field. A write in between fails the test
// (422 from the API server) instead of removing from an object Fleetdeck has not seen.
QJsonArray removalPatch(const QString& resourceVersion, const QList<ForeignField>& fields);
// A ClusterPropagationPolicy as a Fleetdeck placement strategy (with its failover policy, when
// it has failover.application), named `name`.
struct AdoptedPolicies {
    PlacementStrategy strategy;
    std::optional<FailoverPolicy> failover;
    QStringList notCarried;
};
fd::Result<AdoptedPolicies> adoptPropagationPolicy(const QJsonObject& object, const QString& name);
// A ClusterOverridePolicy as a Fleetdeck resource profile named `name`: the inverse of
// renderProfile (karmadarender.h) for what it writes — one rule per zone selected by the
// cluster label fleetdeck.io/zone=A|B, plaintext "add" overriders on the paths docs/policies.md
// lists. Anything else (another overrider, a second rule for a zone, a value Fleetdeck would not
// write, a missing part) fails with InvalidInput: ONE message naming the first such field
// (error.detail holds its path), and nothing is adopted. resourceSelectors are not carried:
// the profile selects by Fleetdeck's label.
fd::Result<ResourceProfile> adoptOverridePolicy(const QJsonObject& object, const QString& name);
// The policy name an adopted object gets: its name without a "fleetdeck-" prefix.
QString adoptedPolicyName(const QString& objectName);
// The key (policy_sync.name) of an external object's record: "external/<object name>", where a
// namespaced object's name is qualified ("external/<namespace>/<name>"). A '/' is never in a
// policy name, so an external object named like a Fleetdeck policy of the same kind gets its
// own record instead of being dropped. Displays show objectName.
QString externalRecordName(const QString& objectName);
// `text` from an object (a name, a key, a path) with control characters and line separators
// replaced by U+FFFD, so a message quoting it stays one line.
QString printableText(const QString& text);
// PropagationPolicy and OverridePolicy (namespaced; Fleetdeck lists them as external and never
// writes them).
bool isNamespacedPolicyKind(const QString& objectKind);
// How Fleetdeck names an object everywhere it shows or takes one (SyncItem::objectName,
// SyncRecord::objectName, `policy adopt`): "<namespace>/<name>" for a namespaced object (a
// Kubernetes name never holds a '/'), the plain name for a cluster-scoped one.
QString qualifiedObjectName(const QString& namespaceName, const QString& name);
// Set for a namespaced PropagationPolicy or OverridePolicy: Fleetdeck's strategies and profiles
// have no namespace scope, so adopting one would widen it. One sentence naming the namespace;
// detail "metadata.namespace". adoptPropagationPolicy and adoptOverridePolicy return it.
std::optional<fd::Error> namespacedAdoptionRefusal(const QJsonObject& object);

class PolicySync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicySync)

public:
    // Both must outlive this object; use it from their thread.
    PolicySync(PolicyService& service, fd::registry::ClusterConnections& connections,
               QObject* parent = nullptr);
    ~PolicySync() override;

    // Who this process is in the control plane's sync lease (default: syncHolderIdentity()).
    void setLeaseIdentity(const QString& identity) { m_leaseIdentity = identity; }
    QString leaseIdentity() const { return m_leaseIdentity; }
    // Tests: how often a sync's lease is renewed (default every 5 s).
    void setLeaseRenewIntervalMs(int ms) { m_leaseRenewMs = ms; }

    // What the control plane's schema accepts (also handed to the service).
    void readCapabilities(qint64 controlPlaneId, QObject* context,
                          std::function<void(fd::Result<KarmadaCapabilities>)> done);

    // Renders every policy against the control plane's schema (`policy render --control-plane`).
    void render(qint64 controlPlaneId, QObject* context,
                std::function<void(fd::Result<std::pair<KarmadaCapabilities, RenderResult>>)> done);

    // Sync (or check) with one control plane; `progress` gets each item as it is done (may be
    // empty). `done` runs once, after the records are stored. Only one sync or check per
    // control plane runs at a time in a process, and a sync holds the control plane's lease
    // (synclease.h) while it runs: a second one ends at once with report.failure saying who
    // holds it, storing nothing.
    void sync(qint64 controlPlaneId, const QString& controlPlaneName, SyncOptions options,
              QObject* context, std::function<void(const SyncItem&)> progress,
              std::function<void(SyncReport)> done);

    // Adopts an external ClusterPropagationPolicy (its settings become a placement strategy and
    // a failover policy) or ClusterOverridePolicy (a resource profile, only when every rule is
    // one Fleetdeck writes: adoptOverridePolicy) in Fleetdeck, whose own object
    // fleetdeck-<name> the next sync applies. The original is left as it is, annotated
    // fleetdeck.io/adopted-as, so it is no longer listed as external; delete it once the
    // workloads carry Fleetdeck's label. Other kinds, and profiles that cannot be represented,
    // fail with InvalidInput saying so (and the object is not touched).
    void adopt(qint64 controlPlaneId, const QString& objectKind, const QString& objectName,
               QObject* context, std::function<void(fd::Result<AdoptOutcome>)> done);

private:
    struct Run;
    void startRun(const std::shared_ptr<Run>& run);
    void compare(const std::shared_ptr<Run>& run);
    void next(const std::shared_ptr<Run>& run);
    void listKinds(const std::shared_ptr<Run>& run, int index);
    void finish(const std::shared_ptr<Run>& run);
    // After a forced apply answered `server`: removes the spec fields only other managers set
    // (foreignOnlyFields) with a JSON patch tested against its resourceVersion; a 409/422 reads
    // the object again and tries once more (`retried`), else the item fails with the server's
    // message. Nothing is written once the run's lease is lost (the item fails with that
    // sentence). Settles the item and calls `next`.
    void removeForeign(const std::weak_ptr<Run>& run, qint64 cp, const fd::kube::ResourceType& type,
                       const QJsonObject& rendered, const QJsonObject& server, SyncItem item,
                       bool retried, std::function<void(SyncItem, bool)> settle,
                       std::function<void()> next);
    void failEarly(const std::shared_ptr<Run>& run, const fd::Error& error);
    // Releases the lease and this process's guard, then hands the report back.
    void endRun(const std::shared_ptr<Run>& run);
    void adoptObject(qint64 controlPlaneId, const fd::kube::ResourceType& type,
                     const QJsonObject& object, const QString& name,
                     std::function<void(fd::Result<AdoptOutcome>)> deliver);

    // Runs `body` holding the control plane as a sync does (SyncGuard here, its lease across
    // processes); `body` answers through the function it is given, which lets go first.
    void holdForAdopt(qint64 controlPlaneId, std::function<void(fd::Result<AdoptOutcome>)> deliver,
                      std::function<void(std::function<void(fd::Result<AdoptOutcome>)>)> body);
    void forgetExternal(qint64 controlPlaneId, const QString& objectName,
                        const AdoptOutcome& outcome,
                        std::function<void(fd::Result<AdoptOutcome>)> deliver);

    PolicyService& m_service;
    fd::registry::ClusterConnections& m_connections;
    QString m_leaseIdentity;
    int m_leaseRenewMs = 0; // 0: SyncLease's own interval
    QSet<qint64> m_running; // control planes this object holds SyncGuard for
};

} // namespace fd::policy
