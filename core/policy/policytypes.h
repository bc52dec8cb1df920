#pragma once

// The three kinds of policy Fleetdeck manages, in the admin's terms. Karmada's names appear only
// where a value is written into a Karmada object (karmadarender.h). docs/policies.md is the
// user-facing description of every field and of the mapping.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd::policy {

enum class PolicyKind { Placement, Resource, Failover };

// ---- Placement strategy (→ ClusterPropagationPolicy) -------------------------------------

enum class PlacementMode {
    Auto,   // Karmada picks among the matching clusters: Divided, dynamic weight by free replicas
    Manual, // exactly the named clusters: every replica everywhere, or static weights
};
enum class TargetBy { Labels, Names };
enum class ReplicaSpread {
    Duplicated,    // manual: every target cluster runs all replicas
    StaticWeights, // manual: replicas divided by the weights
};
enum class ConflictResolution { Abort, Overwrite };

// Auto-placement rules: facts about a deployment the deploy form knows before it is created.
enum class RuleField {
    ModelSize, // billions of parameters (number)
    GpuType,   // the GPU model the deployment asks for, e.g. "NVIDIA-A100-SXM4-80GB" (text)
    Runtime,   // ollama | vllm | tgi | llamacpp (text)
};
enum class RuleOperator {
    Equals,
    NotEquals,
    LessThan,
    AtMost,
    GreaterThan,
    AtLeast,
    In,       // one of values
    NotIn,    // none of values
    Contains, // text contains the value (case-insensitive), e.g. GPU type contains "A100"
};

struct PlacementRule {
    RuleField field = RuleField::ModelSize;
    RuleOperator op = RuleOperator::AtLeast;
    QStringList values; // one value, or several for In / NotIn
    friend bool operator==(const PlacementRule&, const PlacementRule&) = default;
};

struct PlacementStrategy {
    QString name; // DNS-1123 label; the object is fleetdeck-<name>
    QString description;
    bool isDefault = false;
    PlacementMode mode = PlacementMode::Auto;
    TargetBy targetBy = TargetBy::Labels;
    QMap<QString, QString> targetLabels;              // TargetBy::Labels: every label must match
    QStringList targetClusters;                       // TargetBy::Names: Karmada cluster names
    ReplicaSpread spread = ReplicaSpread::Duplicated; // Manual only
    QMap<QString, int> weights;                       // Manual + StaticWeights: cluster → weight
    ConflictResolution conflictResolution = ConflictResolution::Abort;
    bool keepResourcesOnDeletion = false;
    QString resourceProfile; // name of the linked default resource profile, or empty
    QString failoverPolicy;  // name of the attached failover policy, or empty
    QList<PlacementRule> rules;
    friend bool operator==(const PlacementStrategy&, const PlacementStrategy&) = default;
};

// ---- Resource profile (→ ClusterOverridePolicy, one rule per zone) -----------------------

enum class QosClass { LSE, LSR, LS, BE }; // Koordinator's koordinator.sh/qosClass

// Zone A "high performance": whole GPUs (or MIG slices), Guaranteed resources.
struct ZoneA {
    bool enabled = true;
    int gpus = 1;
    int memoryGiB = 32;
    int cpuMillis = 8000;
    bool topologyAware = false; // whole CPUs + nodes labelled fleetdeck.io/topology-aware=true
    bool nvlink = false;        // nodes labelled fleetdeck.io/nvlink=true
    bool mig = false;
    QString migProfile; // e.g. "1g.10gb" → nvidia.com/mig-1g.10gb (MIG only)
    int migCount = 1;   // MIG only
    friend bool operator==(const ZoneA&, const ZoneA&) = default;
};

// Zone B "general purpose": Koordinator clusters (QoS classes, GPU sharing, gang, colocation).
struct ZoneB {
    bool enabled = true;
    int gpus = 1;
    int memoryGiB = 16;
    int cpuMillis = 4000;
    QosClass qosClass = QosClass::LS;
    bool gpuSharing = false;
    int gpuSharePercent = 50; // GPU sharing only: share of each GPU's memory and compute
    bool gangScheduling = false;
    int gangMinMembers = 2; // gang only
    bool overcommit = false;
    friend bool operator==(const ZoneB&, const ZoneB&) = default;
};

struct ResourceProfile {
    QString name;
    QString description;
    ZoneA zoneA;
    ZoneB zoneB;
    friend bool operator==(const ResourceProfile&, const ResourceProfile&) = default;
};

// ---- Failover policy (→ failover.application + clusterTolerations of a strategy) ---------

// Fleetdeck always speaks the current spelling; karmadarender.h writes the old one
// (Immediately/Graciously) only for control planes that accept nothing else.
enum class PurgeMode { Directly, Gracefully, Never };

struct FailoverPolicy {
    QString name;
    QString description;
    bool enabled = true;
    int tolerationSeconds = 300; // Karmada's default
    PurgeMode purgeMode = PurgeMode::Gracefully;
    int gracePeriodSeconds = 600; // Gracefully only; Karmada's default
    friend bool operator==(const FailoverPolicy&, const FailoverPolicy&) = default;
};

// Everything Fleetdeck holds at once; validation and rendering look across kinds.
struct PolicySet {
    QList<PlacementStrategy> strategies;
    QList<ResourceProfile> profiles;
    QList<FailoverPolicy> failoverPolicies;

    const PlacementStrategy* strategy(const QString& name) const;
    const ResourceProfile* profile(const QString& name) const;
    const FailoverPolicy* failoverPolicy(const QString& name) const;
    const PlacementStrategy* defaultStrategy() const; // the first marked default, or nullptr
    bool isEmpty() const;
    friend bool operator==(const PolicySet&, const PolicySet&) = default;
};

// The set with `policy` in it, as an editor or a save validates it: appended when `isNew` (so a
// name that is already taken shows as a duplicate), otherwise in place of the policy of the same
// name (names are a policy's identity and do not change once saved).
PolicySet withPolicy(PolicySet set, const PlacementStrategy& strategy, bool isNew);
PolicySet withPolicy(PolicySet set, const ResourceProfile& profile, bool isNew);
PolicySet withPolicy(PolicySet set, const FailoverPolicy& policy, bool isNew);

// Stable identifiers (store columns, YAML, JSON, CLI). fromString returns nullopt for unknown text.
QString toString(PolicyKind kind); // "placement", "resource", "failover" (the store's kinds)
QString cliName(PolicyKind kind);  // "strategy", "profile", "failover" (the CLI's KIND)
std::optional<PolicyKind> policyKindFromString(const QString& text); // accepts both spellings
QString toString(PlacementMode mode);                                // "auto", "manual"
std::optional<PlacementMode> placementModeFromString(const QString& text);
QString toString(ReplicaSpread spread); // "duplicated", "staticWeights"
std::optional<ReplicaSpread> replicaSpreadFromString(const QString& text);
QString toString(ConflictResolution c); // "Abort", "Overwrite" (Karmada's words)
std::optional<ConflictResolution> conflictResolutionFromString(const QString& text);
QString toString(RuleField field); // "modelSize", "gpuType", "runtime"
std::optional<RuleField> ruleFieldFromString(const QString& text);
QString toString(RuleOperator op); // "equals", "notEquals", "lessThan", "atMost", ...
std::optional<RuleOperator> ruleOperatorFromString(const QString& text);
QString toString(QosClass qos); // "LSE", "LSR", "LS", "BE"
std::optional<QosClass> qosClassFromString(const QString& text);
QString toString(PurgeMode mode); // "Directly", "Gracefully", "Never"
// Also accepts the deprecated Karmada spellings ("Immediately", "Graciously").
std::optional<PurgeMode> purgeModeFromString(const QString& text);

// CPU as Kubernetes writes it: whole cores as "8", the rest in millicores ("500m").
QString cpuQuantity(int millis);

} // namespace fd::policy
