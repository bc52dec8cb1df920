#include "deploy/policyusage.h"

namespace fd::deploy {

QStringList deploymentsUsingPolicy(const QList<DeploymentRecord>& records,
                                   fd::policy::PolicyKind kind, const QString& name) {
    QStringList names;
    for (const DeploymentRecord& r : records) {
        const bool uses =
            (kind == fd::policy::PolicyKind::Placement && r.targetKind == TargetKind::Karmada &&
             r.placementStrategy == name) ||
            (kind == fd::policy::PolicyKind::Resource && r.targetKind == TargetKind::Karmada &&
             r.spec.target.resourceProfile == name);
        if (uses)
            names.append(r.name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace fd::deploy
