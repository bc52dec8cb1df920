#include "policy/defaults.h"

#include "policy/clusterlabels.h"

#include <QCoreApplication>

namespace fd::policy {

namespace {

// The descriptions are created in the language the user works in (they are editable data).
QString translated(const char* text) {
    return QCoreApplication::translate("fd::policy", text);
}

PlacementRule rule(RuleField field, RuleOperator op, QStringList values) {
    return PlacementRule{field, op, std::move(values)};
}

} // namespace

PolicySet defaultPolicySet() {
    PolicySet set;

    FailoverPolicy failover;
    failover.name = QStringLiteral("standard");
    failover.description = translated(
        QT_TRANSLATE_NOOP("fd::policy", "Move a failed model server after 5 minutes; keep the old "
                                        "replicas up to 10 minutes while the new ones start."));
    set.failoverPolicies.append(failover);

    ResourceProfile standard;
    standard.name = QStringLiteral("standard");
    standard.description =
        translated(QT_TRANSLATE_NOOP("fd::policy", "One whole GPU for a 7B-13B model."));
    standard.zoneA = ZoneA{true, 1, 64, 8000, false, false, false, {}, 1};
    standard.zoneB = ZoneB{true, 1, 32, 8000, QosClass::LS, false, 50, false, 2, false};

    ResourceProfile high;
    high.name = QStringLiteral("high-performance");
    high.description = translated(
        QT_TRANSLATE_NOOP("fd::policy", "Four NVLinked GPUs for 30B-70B models served with tensor "
                                        "parallelism."));
    high.zoneA = ZoneA{true, 4, 256, 32000, true, true, false, {}, 1};
    high.zoneB = ZoneB{true, 2, 128, 16000, QosClass::LSR, false, 50, false, 2, false};

    ResourceProfile shared;
    shared.name = QStringLiteral("shared-gpu");
    shared.description = translated(QT_TRANSLATE_NOOP(
        "fd::policy", "A slice of a GPU for small models, tests and batch jobs."));
    shared.zoneA = ZoneA{true, 1, 16, 4000, false, false, true, QStringLiteral("1g.10gb"), 1};
    shared.zoneB = ZoneB{true, 1, 16, 4000, QosClass::BE, true, 50, false, 2, true};

    set.profiles = {standard, high, shared};

    PlacementStrategy general;
    general.name = QStringLiteral("general");
    general.description =
        translated(QT_TRANSLATE_NOOP("fd::policy", "Everything no other strategy claims: any ready "
                                                   "general-purpose (zone B) cluster."));
    general.isDefault = true;
    general.mode = PlacementMode::Auto;
    general.targetBy = TargetBy::Labels;
    general.targetLabels = {{kZoneLabel, QStringLiteral("B")}};
    general.resourceProfile = standard.name;
    general.failoverPolicy = failover.name;

    PlacementStrategy large;
    large.name = QStringLiteral("large-models");
    large.description = translated(
        QT_TRANSLATE_NOOP("fd::policy", "Models of 30B parameters and more on high-performance "
                                        "(zone A) clusters."));
    large.mode = PlacementMode::Auto;
    large.targetBy = TargetBy::Labels;
    large.targetLabels = {{kZoneLabel, QStringLiteral("A")}};
    large.resourceProfile = high.name;
    large.failoverPolicy = failover.name;
    large.rules = {rule(RuleField::ModelSize, RuleOperator::AtLeast, {QStringLiteral("30")})};

    PlacementStrategy small;
    small.name = QStringLiteral("small-models");
    small.description = translated(
        QT_TRANSLATE_NOOP("fd::policy", "Models under 8B parameters on Ollama or llama.cpp, on "
                                        "shared GPUs in zone B."));
    small.mode = PlacementMode::Auto;
    small.targetBy = TargetBy::Labels;
    small.targetLabels = {{kZoneLabel, QStringLiteral("B")}};
    small.resourceProfile = shared.name;
    small.failoverPolicy = failover.name;
    small.rules = {
        rule(RuleField::ModelSize, RuleOperator::LessThan, {QStringLiteral("8")}),
        rule(RuleField::Runtime, RuleOperator::In,
             {QStringLiteral("ollama"), QStringLiteral("llamacpp")}),
    };

    set.strategies = {general, large, small};
    return set;
}

} // namespace fd::policy
