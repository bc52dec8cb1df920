#pragma once

// Who uses the GPUs: per pod and per namespace, from dcgm-exporter's pod labels (Kubernetes
// mode), and allocation vs use — the GPUs pods request (from the cluster API, given as input)
// against what the metrics measure, naming pods that hold GPUs without using them. Pure.
//
// GPU-equivalents: a whole GPU counts 1, a MIG instance its compute slices over the board's
// (a 3g.40gb instance on an A100 counts 3/7). "Busy" GPU-equivalents weigh that by utilisation.

#include "metrics/gpuidentity.h"
#include "metrics/promtypes.h"

#include <QJsonObject>

#include <optional>

namespace fd::metrics {

struct PodUsage {
    QString namespaceName;
    QString pod;
    double gpus = 0;                      // GPU-equivalents held
    double busyGpus = 0;                  // GPU-equivalents × utilisation
    std::optional<double> utilizationPct; // busyGpus / gpus, when utilisation was measured
    std::optional<double> memoryUsedMiB;  // summed over its GPUs
    QStringList gpuKeys;                  // node/gpu[/instance]
};

struct NamespaceUsage {
    QString namespaceName;
    int pods = 0;
    double gpus = 0;
    double busyGpus = 0;
    std::optional<double> utilizationPct;
    std::optional<double> memoryUsedMiB;
};

// GPU-equivalents of one GPU or MIG instance.
double gpuEquivalent(const GpuIdentity& id);

// From instant vectors: utilisation in percent per GPU/instance (e.g. avg_over_time over the
// range, MIG-correct: gpuMetricExpr(Utilization, Avg, …)) and frame buffer used in MiB (may be
// empty). GPUs without pod labels are not attributed. Sorted by busy GPU-equivalents, highest
// first.
QList<PodUsage> usageByPod(const QList<Sample>& utilization, const QList<Sample>& memoryUsed);
QList<NamespaceUsage> usageByNamespace(const QList<PodUsage>& pods);

// What a pod asked the scheduler for: nvidia.com/gpu or a MIG resource (nvidia.com/mig-1g.10gb).
struct PodGpuRequest {
    QString namespaceName;
    QString pod;
    QString node;
    QString resource = QStringLiteral("nvidia.com/gpu");
    double count = 0;
};

// GPU-equivalents of a request (a MIG resource counts its slices over 7).
double requestedGpuEquivalent(const PodGpuRequest& request);

struct AllocationRow {
    QString namespaceName;
    QString pod;
    QString node;
    double requestedGpus = 0; // GPU-equivalents
    double measuredGpus = 0;  // GPU-equivalents the metrics attribute to the pod
    double busyGpus = 0;
    std::optional<double> utilizationPct;
    bool idle = false;       // holds GPUs but used less than the idle threshold
    bool unmeasured = false; // requested GPUs but no metrics name the pod (exporter not in
                             // Kubernetes mode, or no DCGM on that node)
    QStringList gpuKeys;
};

// One row per requesting pod, idle ones first, then by wasted GPU-equivalents.
QList<AllocationRow> allocationVsUse(const QList<PodGpuRequest>& requests,
                                     const QList<PodUsage>& usage, double idleBelowPct = 5.0);

QJsonObject allocationJson(const QList<AllocationRow>& rows);

} // namespace fd::metrics
