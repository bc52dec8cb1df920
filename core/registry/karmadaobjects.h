#pragma once

#include "registry/clusterrecord.h"
#include "registry/karmadatypes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace fd::registry::karmada {

// The objects a push-mode join creates, shaped as karmadactl join makes them (names from
// joinObjectNames(), label karmada.io/system=true on everything) — except the member-side
// ClusterRole, which is least privilege unless full access is chosen (then the binding points at
// the built-in cluster-admin and no ClusterRole is created).

inline const QString kClusterNamespace = QStringLiteral("karmada-cluster");
inline const QString kSystemLabel = QStringLiteral("karmada.io/system");
inline const QString kManagedByLabel = QStringLiteral("app.kubernetes.io/managed-by");
inline const QString kManagedByValue = QStringLiteral("fleetdeck");

// A name valid as a Kubernetes object name (DNS-1123 subdomain, at most 48 characters so the
// derived names stay within limits): lowercased, other characters → '-', trimmed. Empty input
// gives "cluster".
QString sanitizeClusterName(const QString& name);

QJsonObject memberNamespace(const JoinObjectNames& names);
QJsonObject serviceAccount(const JoinObjectNames& names);
// What Karmada's push-mode controllers need on a member for the kinds Fleetdeck deploys:
// execution (create/update/delete of Namespaces, Deployments, Services, PVCs, ConfigMaps),
// work status (get/list/watch of those), cluster status (list nodes and pods; GET /readyz,
// /healthz, /livez, /version and discovery).
QJsonArray leastPrivilegeRules();
QJsonObject clusterRole(const JoinObjectNames& names);
QJsonObject clusterRoleBinding(const JoinObjectNames& names, bool fullAccess);
// A kubernetes.io/service-account-token Secret; the token controller fills data.token.
QJsonObject tokenSecret(const JoinObjectNames& names);
// On the control plane: data.token and data.caBundle (base64 in JSON, as the API wants).
QJsonObject controlPlaneSecret(const JoinObjectNames& names, const QByteArray& token,
                               const QByteArray& caBundle);
QJsonObject controlPlaneNamespace(const JoinObjectNames& names);
// cluster.karmada.io/v1alpha1 Cluster with syncMode Push.
QJsonObject cluster(const JoinObjectNames& names, const QString& apiEndpoint, bool insecure,
                    const QString& proxyUrl);

// What Karmada placement selects a member by, as fd::policy::karmadaClusterLabels() computes it
// (the one place; the placement preview uses it too): the user's labels, fleetdeck.io/zone (A/B,
// absent for none), fleetdeck.io/datacenter and gpu.fleetdeck.io/<model>: "true" (sanitised; raw
// GPU model names are not valid label values). Pairs the API server would refuse are left out.
// spec.region is the data-center id.
QMap<QString, QString> placementLabels(const ClusterRecord& record);
// The annotation listing the label keys Fleetdeck pushed last (comma-separated), so a label the
// user removed locally is removed on the control plane too — and no one else's label is.
inline const QString kPushedLabelsAnnotation = QStringLiteral("fleetdeck.io/pushed-labels");
// `clusterObject` (as cluster() makes it) with the placement labels, the annotation and region.
QJsonObject withPlacement(QJsonObject clusterObject, const ClusterRecord& record);
// The JSON merge patch that brings a Cluster whose metadata is `currentMetadata` to the record:
// its labels set, the keys Fleetdeck pushed before (or its own zone, data-center and GPU keys)
// that it no longer wants removed (null), the annotation rewritten, spec.region set (removed
// without a data center). Labels of others are left alone.
QJsonObject placementPatch(const ClusterRecord& record, const QJsonObject& currentMetadata);

} // namespace fd::registry::karmada
