#pragma once

#include "common/result.h"
#include "registry/clusterrecord.h"

#include <QByteArray>
#include <QList>

namespace fd::registry {

// What a cluster's node and pod lists say about its health and GPUs.
struct HealthSummary {
    int nodesReady = 0;
    int nodesTotal = 0;
    QList<GpuModelUsage> gpus;   // by nvidia.com/gpu.product, ordered by model
    QList<MigResourceUsage> mig; // nvidia.com/mig-* resources, ordered by name
};

// Decodes a v1 NodeList (JSON) and, optionally, a v1 PodList of running pods, and sums GPUs by
// model (label nvidia.com/gpu.product; "unknown" for GPU nodes without it) and MIG resources.
// "used" counts the nvidia.com/gpu (and mig) requests of pods in phase Running
// (fd::kube::Pod::requested: limits count where a container states only limits). Runs on any
// thread; a body that is not a Kubernetes list comes back as ErrorKind::Remote.
fd::Result<HealthSummary> summarizeHealth(const QByteArray& nodeListJson,
                                          const QByteArray& podListJson = {});

} // namespace fd::registry
