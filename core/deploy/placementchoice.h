#pragma once

// Auto-placement for a Karmada deployment: when the admin names no placement strategy, the
// policies' auto-placement rules (policy/autoplacement.h) choose one from what the spec says
// about the deployment, and the chosen strategy's default resource profile applies unless the
// admin named a profile. Pure: the deploy wizard shows the choice, DeployService applies it.

#include "common/result.h"
#include "deploy/deployspec.h"
#include "policy/autoplacement.h"
#include "policy/policytypes.h"

namespace fd::deploy {

struct PlacementChoice {
    QString strategy;
    QString resourceProfile; // the strategy's default profile; empty when it links none
    bool byDefault = false;  // no strategy's rules matched: the default strategy
    QList<fd::policy::PlacementRule> rules; // the winning strategy's rules (all matched)
    QString reason; // one translated sentence: "Chosen by rule: model size ≥ 30B." …
};

// What the rules look at: the model's size in billions of parameters (unknown when the spec
// has no parameter count), the GPU product asked for (a known model's product label), runtime.
fd::policy::DeploymentFacts deploymentFacts(const DeploySpec& spec);

// One rule as the reason shows it: "model size ≥ 30B", "runtime is one of ollama, llamacpp".
QString ruleDescription(const fd::policy::PlacementRule& rule);

// The strategy the rules choose for the spec; InvalidInput (one sentence saying what to do)
// when no strategy's rules match and no strategy is the default.
fd::Result<PlacementChoice> choosePlacement(const fd::policy::PolicySet& policies,
                                            const DeploySpec& spec);

// The spec with the choice applied: the strategy, the profile when the spec names none, and
// spec.strategyReason recording why. A spec that is not a Karmada target or already names a
// strategy comes back unchanged.
fd::Result<DeploySpec> withAutoPlacement(const fd::policy::PolicySet& policies, DeploySpec spec);

} // namespace fd::deploy
