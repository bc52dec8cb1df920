#pragma once

// Which GPU (or MIG GPU instance) a DCGM series belongs to, from its labels. dcgm-exporter
// labels: gpu, UUID, device, modelName, pci_bus_id (newer), GPU_I_PROFILE/GPU_I_ID (MIG),
// Hostname (released exporters) or hostname (newer), container/namespace/pod (Kubernetes mode);
// Prometheus adds instance and job (and kube-prometheus setups often a node label). Behind a
// ServiceMonitor without honorLabels the workload's pod labels arrive as exported_* and the
// plain ones name the exporter's own pod, which is not a workload.

#include "metrics/promtypes.h"

namespace fd::metrics {

struct GpuIdentity {
    QString node;        // Hostname | hostname | node | kubernetes_node | instance's host
    QString gpu;         // the physical GPU's index on the node ("0")
    QString uuid;        // the physical GPU's UUID (the same for its MIG instances)
    QString model;       // modelName
    QString migProfile;  // GPU_I_PROFILE ("3g.40gb"), empty when not a MIG instance
    QString migInstance; // GPU_I_ID, empty when not a MIG instance
    QString device;      // "nvidia0"
    QString pciBusId;
    QString namespaceName;
    QString pod;
    QString container;
    QString instance;  // Prometheus's scrape target
    QString hostLabel; // which label named the node ("Hostname", "hostname", …)

    bool isMig() const { return !migInstance.isEmpty(); }
    // Enough to place the series: a node and a GPU index or UUID.
    bool isValid() const { return !node.isEmpty() && (!gpu.isEmpty() || !uuid.isEmpty()); }
    // Stable per GPU or MIG instance across metrics: "node/gpu" or "node/gpu/mig".
    QString key() const;
    // The physical GPU: "node/gpu".
    QString gpuKey() const;
};

GpuIdentity gpuIdentity(const Labels& labels);

} // namespace fd::metrics
