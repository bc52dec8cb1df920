#pragma once

#include "common/result.h"
#include "kube/kubetypes.h"
#include "kube/selectors.h"
#include "registry/clusterrecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <map>

namespace fd::registry {

// What a cluster's nodes say, added up node by node (one page of a list at a time, so a
// cluster of any size is summarised in the memory of one page).
struct NodeTally {
    int nodesReady = 0;
    int nodesTotal = 0;
    std::map<QString, GpuModelUsage> gpus;   // by nvidia.com/gpu.product ("unknown" if unset)
    std::map<QString, MigResourceUsage> mig; // nvidia.com/mig-* resources
    QHash<QString, QString> modelOfNode;     // GPU nodes: node name -> GPU model
    std::map<QString, qint64> capacityMilli; // every resource, milli-units
    std::map<QString, qint64> allocatableMilli;

    void add(const fd::kube::Node& node);
};

// What the pods that hold resources request: pods bound to a node and not terminated (Pending
// on a node, Running, Unknown), as `kubectl describe node` counts "Allocated resources". A
// container that states only a limit requests that much (the API server's defaulting).
struct PodRequests {
    QHash<QString, qint64> gpusByNode;    // nvidia.com/gpu per node name
    std::map<QString, qint64> totalMilli; // every resource, milli-units

    void add(const fd::kube::Pod& pod);
};

// The pods that can hold resources, as a field selector for the API:
// "status.phase!=Succeeded,status.phase!=Failed".
fd::kube::FieldSelector nonTerminatedPods();

// What the list and the health snapshot show.
struct HealthSummary {
    int nodesReady = 0;
    int nodesTotal = 0;
    QList<GpuModelUsage> gpus;   // ordered by model
    QList<MigResourceUsage> mig; // ordered by name
};
// `pods` may be null (not allowed to list pods): nothing counts as used then.
HealthSummary summarize(const NodeTally& nodes, const PodRequests* pods);

// One row of a cluster's capacity overview: cpu (cores), memory (bytes), nvidia.com/gpu, then
// the MIG resources by name.
struct ResourceUsage {
    QString resource;
    double capacity = 0;
    double allocatable = 0;
    double requested = 0;
};
QList<ResourceUsage> resourceUsage(const NodeTally& nodes, const PodRequests& pods);

// The same from whole JSON lists (tests, and callers that have the bodies).
fd::Result<HealthSummary> summarizeHealth(const QByteArray& nodeListJson,
                                          const QByteArray& podListJson = {});

} // namespace fd::registry
