#pragma once

#include "kube/kubeerror.h"
#include "net/failure.h"
#include "registry/clusterrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fd::registry {

// One category per failure, as PRODUCT.md §1 lists them (Ok when the test passed): the HTTP
// core's categories, shared by every endpoint.
using ConnectionCategory = fd::net::FailureCategory;

// The outcome of a connection test (GET /version + an authenticated node list + running pods'
// GPU requests). All user-facing strings are translated (context "fd::registry").
struct ConnectionReport {
    bool ok = false;
    ConnectionCategory category = ConnectionCategory::Other;
    QString message;  // one sentence: what happened (for the category)
    QString nextStep; // one sentence: what to do next
    QString detail;   // technical detail for "Details…" (never a secret)

    // TlsUnknownCa / TlsNameMismatch: the SHA-256 of the DER form of the certificate the server
    // presented ("AB:CD:…", as browsers show it): shown in the message, pinned by "Trust this
    // certificate" (TlsPolicy::pinnedSha256) and written to the audit log — the same value.
    QString certSha256;
    // Forbidden: the missing permission as the API server phrased it, e.g.
    // `list resource "nodes" in API group "" at the cluster scope` (from the Status message).
    QString missingPermission;
    // Credential plugin failures: the command that was looked up and the kubeconfig's install hint.
    QString execCommand;
    QString execInstallHint;
    int httpStatus = 0; // Unauthorized / Forbidden / HttpStatus

    // Filled when ok (version also when only the node list failed).
    QString version;  // gitVersion
    QString platform; // e.g. "linux/amd64"
    int nodesReady = 0;
    int nodesTotal = 0;
    QList<GpuModelUsage> gpus;
    QList<MigResourceUsage> mig;
    int latencyMs = -1;  // GET /version round trip
    QDateTime checkedAt; // UTC
    // Why GPUs in use are not counted although the test passed (pods may not be listed, or the
    // pod list was larger than accepted); empty when they are.
    QString gpuUseNote;

    // The status the list shows for this result (Ready / NotReady / Unreachable / Unknown).
    ClusterStatus clusterStatus() const;
    // message + " " + nextStep, for a single line of text.
    QString sentence() const;
};

// Fills report.message and report.nextStep for report.category (fd::net::describe).
void describeFailure(ConnectionReport& report);

// The report for a request of a cluster's client that failed: the category from the network
// kind or the API's status, the presented certificate's fingerprint, the missing permission of a
// 403, the credential plugin of `connection` when it failed — and the sentence.
ConnectionReport reportFromError(const fd::kube::KubeError& error,
                                 const fd::kube::ClusterConnection& connection);

// From a Forbidden Status message ('nodes is forbidden: User "x" cannot list resource "nodes"
// in API group "" at the cluster scope') the part naming the permission
// ('list resource "nodes" in API group "" at the cluster scope'); empty when not recognisable.
QString missingPermissionFromStatus(const QString& statusMessage);

} // namespace fd::registry
