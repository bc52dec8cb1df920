#include "deploy/placementchoice.h"

#include "deploy/deploytext.h"
#include "deploy/gpumodels.h"

namespace fd::deploy {

using fd::policy::PlacementRule;
using fd::policy::PlacementStrategy;
using fd::policy::RuleField;
using fd::policy::RuleOperator;

fd::policy::DeploymentFacts deploymentFacts(const DeploySpec& spec) {
    fd::policy::DeploymentFacts facts;
    if (spec.model.parameters > 0)
        facts.modelSizeBillions = spec.model.parameters / 1e9;
    // A known model ("H100") compares as its product label, as the node selector uses it.
    facts.gpuType = gpuProductFor(spec.gpuModel).value_or(spec.gpuModel.trimmed());
    facts.runtime = spec.runtimeId;
    return facts;
}

QString ruleDescription(const PlacementRule& rule) {
    QString field;
    switch (rule.field) {
    case RuleField::ModelSize:
        field = Text::tr("model size");
        break;
    case RuleField::GpuType:
        field = Text::tr("GPU type");
        break;
    case RuleField::Runtime:
        field = Text::tr("runtime");
        break;
    }
    QString op;
    switch (rule.op) {
    case RuleOperator::Equals:
        op = QStringLiteral("=");
        break;
    case RuleOperator::NotEquals:
        op = QStringLiteral("≠");
        break;
    case RuleOperator::LessThan:
        op = QStringLiteral("<");
        break;
    case RuleOperator::AtMost:
        op = QStringLiteral("≤");
        break;
    case RuleOperator::GreaterThan:
        op = QStringLiteral(">");
        break;
    case RuleOperator::AtLeast:
        op = QStringLiteral("≥");
        break;
    case RuleOperator::In:
        op = Text::tr("is one of");
        break;
    case RuleOperator::NotIn:
        op = Text::tr("is none of");
        break;
    case RuleOperator::Contains:
        op = Text::tr("contains");
        break;
    }
    QStringList values = rule.values;
    if (rule.field == RuleField::ModelSize) // billions of parameters, as models are named
        for (QString& v : values)
            v += u'B';
    return QStringLiteral("%1 %2 %3").arg(field, op, values.join(QStringLiteral(", ")));
}

fd::Result<PlacementChoice> choosePlacement(const fd::policy::PolicySet& policies,
                                            const DeploySpec& spec) {
    const fd::policy::StrategyChoice choice =
        fd::policy::chooseStrategy(policies, deploymentFacts(spec));
    if (choice.strategy.isEmpty())
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             Text::tr("No placement strategy's rules match this deployment and "
                                      "no strategy is the default; pick a strategy or make one "
                                      "the default on the Policies page."));
    PlacementChoice out;
    out.strategy = choice.strategy;
    out.byDefault = choice.byDefault;
    for (const PlacementStrategy& s : policies.strategies)
        if (s.name == choice.strategy) {
            out.resourceProfile = s.resourceProfile;
            if (!choice.byDefault)
                out.rules = s.rules;
        }
    if (out.byDefault) {
        out.reason = Text::tr("The default strategy: no strategy's rules match this deployment.");
    } else {
        QStringList rules;
        for (const PlacementRule& r : out.rules)
            rules << ruleDescription(r);
        out.reason = Text::tr("Chosen by rule: %1.").arg(rules.join(Text::tr(" and ")));
    }
    return out;
}

fd::Result<DeploySpec> withAutoPlacement(const fd::policy::PolicySet& policies, DeploySpec spec) {
    if (spec.target.kind != TargetKind::Karmada || !spec.target.placementStrategy.isEmpty())
        return spec;
    auto choice = choosePlacement(policies, spec);
    if (!choice)
        return choice.error();
    spec.target.placementStrategy = choice->strategy;
    if (spec.target.resourceProfile.isEmpty())
        spec.target.resourceProfile = choice->resourceProfile;
    spec.strategyReason = choice->reason;
    return spec;
}

} // namespace fd::deploy
