#pragma once

#include "policy/policytypes.h"

namespace fd::policy {

// The set "Create the default set" and `policy defaults` make: 3 placement strategies
// (general = the default, large-models, small-models), 3 resource profiles (standard,
// high-performance, shared-gpu) and 1 failover policy (standard, Karmada's defaults).
// docs/policies.md lists every value; tst_policy checks the two agree and that the set validates
// without errors.
PolicySet defaultPolicySet();

} // namespace fd::policy
