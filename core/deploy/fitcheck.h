#pragma once

// The GPU fit check before a deployment: is there a node with enough free GPUs of the wanted
// model, and does the model fit their memory? Pure, over the typed nodes and pods the API client
// decodes (fd::kube::decodeList); the caller lists nodes and pods (a field selector
// status.phase!=Succeeded,status.phase!=Failed keeps the pod list small).
//
// Per node: only Ready, schedulable nodes whose taints the pod tolerates (NoSchedule and
// NoExecute block; the pod tolerates nvidia.com/gpu); free = allocatable − the requests of the
// pods bound to the node that have not finished; the GPU model from nvidia.com/gpu.product;
// memory per GPU from nvidia.com/gpu.memory (MIG: nvidia.com/mig-<profile>.memory), else from the
// product's known size. Memory per replica: memoryestimate.h.

#include "deploy/manifest.h"
#include "deploy/memoryestimate.h"
#include "kube/kubetypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fd::deploy {

struct FitRequest {
    int gpus = 1;                                           // per replica
    QString gpuResource = QStringLiteral("nvidia.com/gpu"); // or nvidia.com/mig-<profile>
    QString gpuProduct; // wanted nvidia.com/gpu.product; empty: any
    int replicas = 1;
    qint64 requiredBytes = 0;       // GPU memory one replica needs; 0: count GPUs only
    double memoryUtilization = 1.0; // fraction of each GPU's memory the runtime may use
    QStringList toleratedTaints{QStringLiteral("nvidia.com/gpu")}; // keys tolerated (Exists)
};

struct NodeFit {
    QString node;
    QString product;
    bool ready = false;
    bool schedulable = true; // not cordoned
    QString blockingTaint;   // "key=value:Effect" of the first taint the pod does not tolerate
    qint64 allocatable = 0;  // of the wanted resource
    qint64 requested = 0;    // by pods bound to the node
    qint64 free = 0;
    qint64 memoryPerGpuBytes = 0; // 0 when unknown
    bool productMatches = true;

    bool usable() const { return ready && schedulable && blockingTaint.isEmpty(); }
};

struct FitResult {
    bool fits = false;
    QString bestNode;     // the node that fits best, or the closest one; empty: none
    QList<NodeFit> nodes; // nodes offering the resource, best first
    qint64 requiredBytes = 0;
    qint64 offeredBytes = 0; // GPU memory the best node's GPUs give one replica
    int placeableReplicas = 0;
    QString message; // one sentence: the fit, or a warning naming the best node
};

FitResult checkFit(const QList<fd::kube::Node>& nodes, const QList<fd::kube::Pod>& pods,
                   const FitRequest& request);

// The request for a built manifest (its GPUs, resource and product) and a memory estimate.
FitRequest fitRequestFor(const Manifest& manifest, const MemoryEstimate& estimate, int replicas);

// Memory of one unit of `resource` on `node` in bytes, 0 when unknown.
qint64 gpuMemoryBytes(const fd::kube::Node& node, const QString& resource);

} // namespace fd::deploy
