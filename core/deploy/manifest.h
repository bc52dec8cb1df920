#pragma once

// The manifest builder: a DeploySpec and its runtime become the Kubernetes objects of one model
// deployment, in apply order — [ConfigMap (Ollama's start-up script)], [PersistentVolumeClaim
// (a new model store)], Deployment, Service (NodePort). Pure: no I/O, same input, same bytes
// (golden-tested; every object validates against the Kubernetes OpenAPI schema).
//
// Decisions worth knowing:
// - Names: the deployment, its Service and its pods' label are one DNS-1035 name (names.h),
//   made from the model when none is given and kept distinct from `takenNames`.
// - Labels on every object: app.kubernetes.io/{name,instance,component,managed-by,version},
//   fleetdeck.io/deployment, fleetdeck.io/runtime; for a Karmada target also
//   fleetdeck.io/placement-strategy and fleetdeck.io/resource-profile, which the policies'
//   PropagationPolicy/OverridePolicy select on. The raw model name goes in the annotation
//   fleetdeck.io/model (labels cannot hold "/" or ":" in values).
// - GPUs: limits and requests of nvidia.com/gpu, or nvidia.com/mig-<profile> (one slice per
//   replica: CUDA sees one MIG device per process); a toleration for the usual nvidia.com/gpu
//   NoSchedule taint; a node selector on nvidia.com/gpu.product when a GPU model is chosen.
// - Probes: a startupProbe gives the server time to download and load the model; until it
//   succeeds Kubernetes runs neither readiness nor liveness, so a loading vLLM is never killed.
//   Its budget is max(30 min, download at 20 MB/s + 10 min to load) — a 40 GB model gets 43 min
//   (override: DeploySpec::startupBudgetSeconds). Ollama's server answers at once (its pull
//   happens afterwards, gated by readiness), so its startup budget is 10 min. Then readiness
//   every 10 s on the health path (or the runtime's readiness command) and liveness every 20 s,
//   6 failures (2 min) before a restart.
// - Rollouts are Recreate: a rolling update would need a second set of free GPUs (and a
//   ReadWriteOnce model store cannot be mounted by two pods on two nodes).
// - Model store: a new PVC sized from the model (1.5 × file size, at least 10 Gi), ReadWriteOnce
//   for one replica and ReadWriteMany for more (with a warning: the storage class must support
//   it); an existing PVC, NFS or hostPath as given; emptyDir only when chosen, with a warning.
// - enableServiceLinks is off: a Service named "vllm" would otherwise inject VLLM_PORT=tcp://…,
//   which vLLM reads as its own port setting and fails on.

#include "common/result.h"
#include "deploy/deployspec.h"
#include "deploy/runtime.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fd::deploy {

struct ManifestObject {
    QString apiVersion;
    QString kind;
    QString name;
    QJsonObject json;
};

struct Manifest {
    QString name; // the deployment's (and Service's) name
    QString namespaceName;
    QString image;                    // after mirror rewriting
    int gpus = 0;                     // per replica (whole GPUs, or 1 for a MIG slice)
    QString gpuResource;              // nvidia.com/gpu or nvidia.com/mig-<profile>; empty: CPU only
    QString gpuProduct;               // node selector value; empty: any
    QMap<QString, QVariant> settings; // resolved settings (defaults + overrides)
    QJsonObject requestOptions;       // Ollama request options for prompts (num_gpu …)
    int startupBudgetSeconds = 0;
    QList<ManifestObject> objects; // apply order
    QStringList warnings;          // one translated sentence each

    const ManifestObject* find(const QString& kind) const;
    QList<QJsonObject> jsonObjects() const;
    QString yaml() const; // what `deploy render` prints
};

// Builds the objects, or fails with one sentence saying what to change.
fd::Result<Manifest> buildManifest(const DeploySpec& spec, const RuntimeSpec& runtime,
                                   const QSet<QString>& takenNames = {});

// The name buildManifest will use: spec.name, or one made from the model and kept unique.
QString deploymentNameFor(const DeploySpec& spec, const QSet<QString>& takenNames);

// Seconds the startup probe allows for download and load of a model of this size.
int startupBudgetFor(qint64 modelFileBytes);

// Labels (deployment identity) and well-known keys.
namespace labels {
inline constexpr char kName[] = "app.kubernetes.io/name";
inline constexpr char kInstance[] = "app.kubernetes.io/instance";
inline constexpr char kComponent[] = "app.kubernetes.io/component";
inline constexpr char kManagedBy[] = "app.kubernetes.io/managed-by";
inline constexpr char kVersion[] = "app.kubernetes.io/version";
inline constexpr char kDeployment[] = "fleetdeck.io/deployment";
inline constexpr char kRuntime[] = "fleetdeck.io/runtime";
inline constexpr char kPlacementStrategy[] = "fleetdeck.io/placement-strategy";
inline constexpr char kResourceProfile[] = "fleetdeck.io/resource-profile";
inline constexpr char kModelAnnotation[] = "fleetdeck.io/model";
inline constexpr char kGpuProduct[] = "nvidia.com/gpu.product";
} // namespace labels

} // namespace fd::deploy
