#pragma once

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

} // namespace fd::registry::karmada
