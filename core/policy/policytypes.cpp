#include "policy/policytypes.h"

#include <array>
#include <utility>

namespace fd::policy {

namespace {

template <typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value) {
    for (const auto& [e, s] : table)
        if (e == value)
            return QString::fromLatin1(s);
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table,
                         const QString& text) {
    for (const auto& [e, s] : table)
        if (text == QLatin1String(s))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<PolicyKind, const char*>, 3> kKinds{{
    {PolicyKind::Placement, "placement"},
    {PolicyKind::Resource, "resource"},
    {PolicyKind::Failover, "failover"},
}};
constexpr std::array<std::pair<PolicyKind, const char*>, 3> kCliKinds{{
    {PolicyKind::Placement, "strategy"},
    {PolicyKind::Resource, "profile"},
    {PolicyKind::Failover, "failover"},
}};
constexpr std::array<std::pair<PlacementMode, const char*>, 2> kModes{{
    {PlacementMode::Auto, "auto"},
    {PlacementMode::Manual, "manual"},
}};
constexpr std::array<std::pair<ReplicaSpread, const char*>, 2> kSpreads{{
    {ReplicaSpread::Duplicated, "duplicated"},
    {ReplicaSpread::StaticWeights, "staticWeights"},
}};
constexpr std::array<std::pair<ConflictResolution, const char*>, 2> kConflicts{{
    {ConflictResolution::Abort, "Abort"},
    {ConflictResolution::Overwrite, "Overwrite"},
}};
constexpr std::array<std::pair<RuleField, const char*>, 3> kFields{{
    {RuleField::ModelSize, "modelSize"},
    {RuleField::GpuType, "gpuType"},
    {RuleField::Runtime, "runtime"},
}};
constexpr std::array<std::pair<RuleOperator, const char*>, 9> kOperators{{
    {RuleOperator::Equals, "equals"},
    {RuleOperator::NotEquals, "notEquals"},
    {RuleOperator::LessThan, "lessThan"},
    {RuleOperator::AtMost, "atMost"},
    {RuleOperator::GreaterThan, "greaterThan"},
    {RuleOperator::AtLeast, "atLeast"},
    {RuleOperator::In, "in"},
    {RuleOperator::NotIn, "notIn"},
    {RuleOperator::Contains, "contains"},
}};
constexpr std::array<std::pair<QosClass, const char*>, 4> kQos{{
    {QosClass::LSE, "LSE"},
    {QosClass::LSR, "LSR"},
    {QosClass::LS, "LS"},
    {QosClass::BE, "BE"},
}};
constexpr std::array<std::pair<PurgeMode, const char*>, 5> kPurge{{
    {PurgeMode::Directly, "Directly"},
    {PurgeMode::Gracefully, "Gracefully"},
    {PurgeMode::Never, "Never"},
    {PurgeMode::Directly, "Immediately"}, // deprecated spellings, read only
    {PurgeMode::Gracefully, "Graciously"},
}};

template <typename T> const T* findByName(const QList<T>& list, const QString& name) {
    for (const T& item : list)
        if (item.name.compare(name, Qt::CaseInsensitive) == 0)
            return &item;
    return nullptr;
}

} // namespace

const PlacementStrategy* PolicySet::strategy(const QString& name) const {
    return findByName(strategies, name);
}
const ResourceProfile* PolicySet::profile(const QString& name) const {
    return findByName(profiles, name);
}
const FailoverPolicy* PolicySet::failoverPolicy(const QString& name) const {
    return findByName(failoverPolicies, name);
}
const PlacementStrategy* PolicySet::defaultStrategy() const {
    for (const PlacementStrategy& s : strategies)
        if (s.isDefault)
            return &s;
    return nullptr;
}
bool PolicySet::isEmpty() const {
    return strategies.isEmpty() && profiles.isEmpty() && failoverPolicies.isEmpty();
}

namespace {
template <typename T> void putPolicy(QList<T>& list, const T& policy, bool isNew) {
    if (!isNew)
        for (T& existing : list)
            if (existing.name.compare(policy.name, Qt::CaseInsensitive) == 0) {
                existing = policy;
                return;
            }
    list.append(policy);
}
} // namespace

PolicySet withPolicy(PolicySet set, const PlacementStrategy& strategy, bool isNew) {
    putPolicy(set.strategies, strategy, isNew);
    return set;
}
PolicySet withPolicy(PolicySet set, const ResourceProfile& profile, bool isNew) {
    putPolicy(set.profiles, profile, isNew);
    return set;
}
PolicySet withPolicy(PolicySet set, const FailoverPolicy& policy, bool isNew) {
    putPolicy(set.failoverPolicies, policy, isNew);
    return set;
}

QString toString(PolicyKind kind) {
    return nameOf(kKinds, kind);
}
QString cliName(PolicyKind kind) {
    return nameOf(kCliKinds, kind);
}
std::optional<PolicyKind> policyKindFromString(const QString& text) {
    if (auto k = valueOf(kKinds, text))
        return k;
    return valueOf(kCliKinds, text);
}
QString toString(PlacementMode mode) {
    return nameOf(kModes, mode);
}
std::optional<PlacementMode> placementModeFromString(const QString& text) {
    return valueOf(kModes, text);
}
QString toString(ReplicaSpread spread) {
    return nameOf(kSpreads, spread);
}
std::optional<ReplicaSpread> replicaSpreadFromString(const QString& text) {
    return valueOf(kSpreads, text);
}
QString toString(ConflictResolution c) {
    return nameOf(kConflicts, c);
}
std::optional<ConflictResolution> conflictResolutionFromString(const QString& text) {
    return valueOf(kConflicts, text);
}
QString toString(RuleField field) {
    return nameOf(kFields, field);
}
std::optional<RuleField> ruleFieldFromString(const QString& text) {
    return valueOf(kFields, text);
}
QString toString(RuleOperator op) {
    return nameOf(kOperators, op);
}
std::optional<RuleOperator> ruleOperatorFromString(const QString& text) {
    return valueOf(kOperators, text);
}
QString toString(QosClass qos) {
    return nameOf(kQos, qos);
}
std::optional<QosClass> qosClassFromString(const QString& text) {
    return valueOf(kQos, text);
}
QString toString(PurgeMode mode) {
    return nameOf(kPurge, mode);
}
std::optional<PurgeMode> purgeModeFromString(const QString& text) {
    return valueOf(kPurge, text);
}

QString cpuQuantity(int millis) {
    if (millis % 1000 == 0)
        return QString::number(millis / 1000);
    return QString::number(millis) + u'm';
}

} // namespace fd::policy
