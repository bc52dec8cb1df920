#pragma once

// Fleetdeck's own policy file (what `policy apply FILE` reads and `policy show` prints) and the
// JSON the store keeps in policies.spec_json: one format, documented in docs/policies.md.
//
//   apiVersion: fleetdeck.io/v1alpha1
//   kind: PolicySet
//   strategies: [...]        # PlacementStrategy items
//   profiles: [...]          # ResourceProfile items
//   failoverPolicies: [...]  # FailoverPolicy items
//
// Reading is strict: an unknown key, a value of the wrong type or an unknown enum word stops
// the read with ONE message that names the line (and the allowed keys or values). Ranges and
// cross-field rules are validation's business (validation.h), not the reader's.
// Writing leaves out fields that do not apply (MIG fields without MIG, weights outside manual
// static weights, …), so write → read gives back normalized(policy).

#include "common/result.h"
#include "policy/policytypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace fd::policy {

inline const QString kPolicyApiVersion = QStringLiteral("fleetdeck.io/v1alpha1");
inline const QString kPolicySetKind = QStringLiteral("PolicySet");

fd::Result<PolicySet> readPolicyYaml(const QByteArray& bytes);
QByteArray writePolicyYaml(const PolicySet& set);

// One policy as a JSON object (the items of the file; the store's spec_json).
QJsonObject toJson(const PlacementStrategy& strategy);
QJsonObject toJson(const ResourceProfile& profile);
QJsonObject toJson(const FailoverPolicy& policy);
QJsonObject toJson(const PolicySet& set); // the whole file as JSON (CLI --json)
// ErrorKind::InvalidInput with the same sentences as the YAML reader (without line numbers).
fd::Result<PlacementStrategy> strategyFromJson(const QJsonObject& json);
fd::Result<ResourceProfile> profileFromJson(const QJsonObject& json);
fd::Result<FailoverPolicy> failoverFromJson(const QJsonObject& json);

// The policy with every field that does not apply reset to its default (what the writer
// leaves out). Editors keep hidden values while the user toggles; storage does not.
PlacementStrategy normalized(PlacementStrategy strategy);
ResourceProfile normalized(ResourceProfile profile);
FailoverPolicy normalized(FailoverPolicy policy);
PolicySet normalized(PolicySet set);

} // namespace fd::policy
