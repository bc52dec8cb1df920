#pragma once

// Policies → Karmada objects: pure, deterministic, golden-tested (tests/data/policy/golden).
// docs/policies.md describes the mapping field by field.
//
//  * a placement strategy → ClusterPropagationPolicy fleetdeck-<name> selecting the Deployments
//    and Services labelled fleetdeck.io/placement-strategy=<name>, with its failover policy
//    written in (failover.application + placement.clusterTolerations);
//  * a resource profile → ClusterOverridePolicy fleetdeck-<name> selecting the Deployments
//    labelled fleetdeck.io/resource-profile=<name>, one override rule per enabled zone;
//  * a failover policy has no object of its own.
//
// Every object carries the label fleetdeck.io/managed-by=fleetdeck and the annotation
// fleetdeck.io/applied-hash=sha256:<hex> over the object without that annotation (compact JSON,
// sorted keys), so sync can tell whether what is on the server is what Fleetdeck last applied.
// The renderer writes only what the control plane's schema declares; what it had to leave out
// is returned as warnings naming the Fleetdeck setting.

#include "policy/karmadaschema.h"
#include "policy/policytypes.h"
#include "policy/validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fd::policy {

inline const QString kKarmadaPolicyApiVersion = QStringLiteral("policy.karmada.io/v1alpha1");

struct RenderedObject {
    PolicyKind source = PolicyKind::Placement;
    QString policy;     // the Fleetdeck policy it comes from
    QString kind;       // ClusterPropagationPolicy | ClusterOverridePolicy
    QString name;       // fleetdeck-<policy>
    QJsonObject object; // the whole object, hash annotation included
    QString hash;       // the annotation's value, "sha256:<64 hex>"
};

struct RenderResult {
    QList<RenderedObject> objects;
    // Settings the schema cannot express (Severity::Warning, code "not-expressible"): the
    // object was rendered without them.
    QList<Finding> notExpressed;
};

// The object name for a policy: fleetdeck-<name>.
QString karmadaObjectName(const QString& policyName);

// `context` supplies the failover policy a strategy names. A strategy whose failover policy is
// missing or disabled gets no failover block.
RenderResult renderStrategy(const PlacementStrategy& strategy, const PolicySet& context,
                            const KarmadaCapabilities& caps);
RenderResult renderProfile(const ResourceProfile& profile, const KarmadaCapabilities& caps);
// Strategies, then profiles, each in name order.
RenderResult renderAll(const PolicySet& set, const KarmadaCapabilities& caps);

// The multi-document YAML that `policy render` prints and sync applies.
QByteArray toYaml(const QList<RenderedObject>& objects);

// sha256 over the compact JSON of `object` with the hash annotation removed.
QString appliedHash(const QJsonObject& object);

// JSON Pointer escaping for an override path segment ("nvidia.com/gpu" → "nvidia.com~1gpu").
QString jsonPointerSegment(const QString& key);

} // namespace fd::policy
