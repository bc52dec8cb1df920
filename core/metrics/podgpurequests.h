#pragma once

// What running pods asked the scheduler for in GPUs, read from Pod objects of the cluster API:
// the input of allocationVsUse(). Pure.

#include "kube/kubetypes.h"
#include "metrics/attribution.h"

namespace fd::metrics {

// nvidia.com/gpu, or a MIG resource of the device plugin's mixed strategy
// (nvidia.com/mig-1g.10gb, …).
bool isGpuResource(const QString& resource);

// One request per running pod and GPU resource, with the pod's node. Only pods in phase Running
// hold devices: a Pending pod has none yet, a Succeeded or Failed one gave them back. Each
// container counts its request, or its limit when it states only a limit (as the API server
// defaults extended resources).
QList<PodGpuRequest> podGpuRequests(const QList<fd::kube::Pod>& pods);

} // namespace fd::metrics
