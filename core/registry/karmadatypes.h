#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace fd::registry {

// Options for "Join to Karmada" (push mode, as `karmadactl join` does).
struct JoinOptions {
    // Least privilege by default: a ClusterRole with the rules Karmada's controllers need for
    // the kinds Fleetdeck deploys. true: bind cluster-admin instead (the UI must say so).
    bool fullAccess = false;
    // Name of the cluster.karmada.io Cluster object; empty = the record's name made DNS-1123.
    QString clusterName;
};

// Names of what a join creates, derived from the Karmada cluster name as karmadactl does.
struct JoinObjectNames {
    QString clusterName;           // cluster.karmada.io/v1alpha1 Cluster (cluster-scoped)
    QString memberNamespace;       // "karmada-cluster" on the member
    QString serviceAccount;        // "karmada-<cluster>" in memberNamespace
    QString clusterRole;           // "karmada-controller-manager:karmada-<cluster>"
    QString clusterRoleBinding;    // same as clusterRole
    QString tokenSecret;           // "karmada-<cluster>" (type kubernetes.io/service-account-token)
    QString controlPlaneNamespace; // "karmada-cluster" on the control plane
    QString controlPlaneSecret;    // "<cluster>" with data.token and data.caBundle
};
JoinObjectNames joinObjectNames(const QString& clusterName);

// The outcome of join, unjoin or remove: what was done and what could not be undone.
struct CleanupReport {
    bool ok = false;        // the operation as a whole succeeded
    fd::Error error;        // when !ok: the first failure, one sentence + next step
    QStringList done;       // e.g. "member: ServiceAccount karmada-cluster/karmada-gpu-a"
    QStringList leftBehind; // best-effort steps that failed, each with the reason
    QStringList warnings;   // things the user should know although nothing failed
};
using JoinReport = CleanupReport;
using RemoveReport = CleanupReport;

// What removing a cluster will clean up, for the confirmation dialog (translated lines).
struct CleanupPlan {
    QStringList items; // "The local record of gpu-a", "Its credentials in the vault", ...
};

} // namespace fd::registry
