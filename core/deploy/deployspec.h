#pragma once

// What the admin chose for one model deployment: the wizard and `deploy create|render` fill it,
// the manifest builder turns it into Kubernetes objects, and the store keeps it as spec_json.

#include "deploy/runtime.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace fd::deploy {

// Where the model weights live between restarts.
enum class StorageKind {
    NewPvc,      // a PersistentVolumeClaim created with the deployment (the default)
    ExistingPvc, // a claim that already exists (shared, or pre-filled on an air-gapped site)
    Nfs,         // an NFS export mounted directly
    HostPath,    // a directory on the node (single-node labs, pre-copied models)
    EmptyDir,    // scratch space: every restart downloads the model again (explicit choice only)
};

QString storageKindName(StorageKind kind); // new-pvc, existing-pvc, nfs, host-path, empty-dir
std::optional<StorageKind> parseStorageKind(const QString& name);
QList<StorageKind> allStorageKinds();

struct ModelStore {
    StorageKind kind = StorageKind::NewPvc;
    QString size;          // NewPvc: a quantity ("60Gi"); empty: from the model's file size
    QString storageClass;  // NewPvc: empty uses the cluster's default class
    QString claimName;     // ExistingPvc
    QString nfsServer;     // Nfs
    QString nfsPath;       // Nfs: absolute export path
    QString hostPath;      // HostPath: absolute directory on the node
    QString subPath;       // optional directory inside the volume
    bool readOnly = false; // a store that already holds the model (nothing is downloaded)
};

struct ResourceRequests {
    QString cpu;         // request; empty: 4
    QString memory;      // request; empty: from the model's size (8 Gi … 64 Gi)
    QString cpuLimit;    // empty: none (a CPU limit throttles tokenisation)
    QString memoryLimit; // empty: twice the memory request
};

enum class TargetKind { Cluster, Karmada };

struct DeployTarget {
    TargetKind kind = TargetKind::Cluster;
    QString cluster;           // Cluster: the registry's cluster name (for records and messages)
    QString placementStrategy; // Karmada: placement strategy (PropagationPolicy) name
    QString resourceProfile;   // Karmada: resource profile (OverridePolicy) name, optional
};

struct DeploySpec {
    QString name;          // empty: made from the model, unique among the names already taken
    QString namespaceName; // empty: "default"
    QString runtimeId;
    ModelPreset model; // a catalog preset (copied) or a custom model with its sizes
    int replicas = 1;
    int gpus = -1;      // -1: the preset's count, else the runtime's; 0: CPU only
    QString migProfile; // "1g.10gb": one MIG slice per replica instead of whole GPUs
    QString gpuModel;   // GPU product label value or a known model ("H100"); empty: any
    ResourceRequests resources;
    ModelStore store;
    QMap<QString, QString> settings; // overrides of the runtime's typed settings (key -> text)
    QString image;                   // replaces the runtime's image; empty: the catalog's
    QString registryMirror;          // host[:port][/path]: every image is pulled through it
    QString imagePullSecret;         // Secret with registry credentials (Harbor robot account)
    int nodePort = 0;                // 0: the cluster picks one
    int startupBudgetSeconds = 0;    // 0: from the model's size (see manifest.h)
    DeployTarget target;
    // Karmada: why the auto-placement rules chose target.placementStrategy; empty when the admin
    // picked it (placementchoice.h). Kept here, not in DeployTarget, so that struct's aggregate
    // initialisations stay complete.
    QString strategyReason;

    QJsonObject toJson() const;
    static std::optional<DeploySpec> fromJson(const QJsonObject& json);
};

} // namespace fd::deploy
