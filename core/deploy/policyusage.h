#pragma once

// Which model deployments use a placement strategy or a resource profile: what PolicyService
// asks (setDeploymentsUsing) before a strategy or profile may be deleted, in the Policies page and
// in `fleetdeck-cli policy delete` alike.

#include "deploy/deployrecord.h"
#include "policy/policytypes.h"

#include <QStringList>

namespace fd::deploy {

// The names of the deployments in `records` that use the policy `name` of `kind` (failover
// policies are used through strategies, never directly: always empty for them).
QStringList deploymentsUsingPolicy(const QList<DeploymentRecord>& records,
                                   fd::policy::PolicyKind kind, const QString& name);

} // namespace fd::deploy
