#pragma once

// Auto-placement: which strategy a new deployment gets. The deploy form calls chooseStrategy()
// with what it knows about the deployment; the user may still pick another strategy.

#include "policy/policytypes.h"

#include <QString>

#include <optional>

namespace fd::policy {

struct DeploymentFacts {
    std::optional<double> modelSizeBillions; // e.g. 70 for a 70B model; unknown = nullopt
    QString gpuType;                         // GPU model asked for, e.g. "NVIDIA-A100-SXM4-80GB"
    QString runtime;                         // ollama | vllm | tgi | llamacpp
};

// A rule about a fact the deployment does not state never matches (whatever its operator), so
// an unknown model size cannot slip into a "not equal" rule. Text compares without case, GPU
// types after the label sanitiser ("NVIDIA A100" equals "nvidia-a100").
bool ruleMatches(const PlacementRule& rule, const DeploymentFacts& facts);
// True when the strategy has rules and all of them match.
bool rulesMatch(const PlacementStrategy& strategy, const DeploymentFacts& facts);

struct StrategyChoice {
    QString strategy;       // empty: no rule matched and there is no default strategy
    bool byDefault = false; // chosen because nothing else matched
};

// Strategies whose rules all match compete: the one with the most rules (the most specific)
// wins, ties go to the first in name order. Without a match, the default strategy.
StrategyChoice chooseStrategy(const PolicySet& set, const DeploymentFacts& facts);

} // namespace fd::policy
