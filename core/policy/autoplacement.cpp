#include "policy/autoplacement.h"

#include "policy/clusterlabels.h"

namespace fd::policy {

namespace {

QString normalized(RuleField field, const QString& text) {
    if (field == RuleField::GpuType)
        return sanitizeLabelValue(text);
    return text.trimmed().toLower();
}

bool compareNumber(RuleOperator op, double fact, const QStringList& values) {
    QList<double> numbers;
    for (const QString& v : values) {
        bool ok = false;
        const double d = v.trimmed().toDouble(&ok);
        if (!ok)
            return false;
        numbers.append(d);
    }
    if (numbers.isEmpty())
        return false;
    const double v = numbers.front();
    switch (op) {
    case RuleOperator::Equals:
        return fact == v;
    case RuleOperator::NotEquals:
        return fact != v;
    case RuleOperator::LessThan:
        return fact < v;
    case RuleOperator::AtMost:
        return fact <= v;
    case RuleOperator::GreaterThan:
        return fact > v;
    case RuleOperator::AtLeast:
        return fact >= v;
    case RuleOperator::In:
        return numbers.contains(fact);
    case RuleOperator::NotIn:
        return !numbers.contains(fact);
    case RuleOperator::Contains:
        return false;
    }
    return false;
}

bool compareText(RuleField field, RuleOperator op, const QString& fact, const QStringList& values) {
    const QString f = normalized(field, fact);
    QStringList vs;
    for (const QString& v : values)
        vs.append(normalized(field, v));
    if (vs.isEmpty())
        return false;
    switch (op) {
    case RuleOperator::Equals:
        return f == vs.front();
    case RuleOperator::NotEquals:
        return f != vs.front();
    case RuleOperator::In:
        return vs.contains(f);
    case RuleOperator::NotIn:
        return !vs.contains(f);
    case RuleOperator::Contains:
        return !vs.front().isEmpty() && f.contains(vs.front());
    case RuleOperator::LessThan:
    case RuleOperator::AtMost:
    case RuleOperator::GreaterThan:
    case RuleOperator::AtLeast:
        return false;
    }
    return false;
}

} // namespace

bool ruleMatches(const PlacementRule& rule, const DeploymentFacts& facts) {
    switch (rule.field) {
    case RuleField::ModelSize:
        return facts.modelSizeBillions &&
               compareNumber(rule.op, *facts.modelSizeBillions, rule.values);
    case RuleField::GpuType:
        return !facts.gpuType.trimmed().isEmpty() &&
               compareText(rule.field, rule.op, facts.gpuType, rule.values);
    case RuleField::Runtime:
        return !facts.runtime.trimmed().isEmpty() &&
               compareText(rule.field, rule.op, facts.runtime, rule.values);
    }
    return false;
}

bool rulesMatch(const PlacementStrategy& strategy, const DeploymentFacts& facts) {
    if (strategy.rules.isEmpty())
        return false;
    for (const PlacementRule& r : strategy.rules)
        if (!ruleMatches(r, facts))
            return false;
    return true;
}

StrategyChoice chooseStrategy(const PolicySet& set, const DeploymentFacts& facts) {
    const PlacementStrategy* best = nullptr;
    for (const PlacementStrategy& s : set.strategies) {
        if (!rulesMatch(s, facts))
            continue;
        if (!best || s.rules.size() > best->rules.size() ||
            (s.rules.size() == best->rules.size() && s.name < best->name))
            best = &s;
    }
    if (best)
        return StrategyChoice{best->name, false};
    if (const PlacementStrategy* d = set.defaultStrategy())
        return StrategyChoice{d->name, true};
    return {};
}

} // namespace fd::policy
