#pragma once

// Internal: the parts of a manifest, shared by manifestbuilder.cpp (validation, the Deployment)
// and manifestparts.cpp (model store, probes, Service, ConfigMap).

#include "deploy/manifest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fd::deploy::detail {

// Everything resolved and validated before any object is written.
struct Plan {
    const DeploySpec* spec = nullptr;
    const RuntimeSpec* runtime = nullptr;
    QString name;
    QString namespaceName;
    QString image;
    int gpus = 0;
    QString gpuResource;
    QString gpuProduct;
    QMap<QString, QVariant> settings;
    QString storeSize; // NewPvc / EmptyDir size limit
    QString cpu;
    QString memory;
    QString cpuLimit;
    QString memoryLimit;
    int startupBudgetSeconds = 0;
    QJsonObject labels;      // on every object and the pod template
    QJsonObject selector;    // Deployment selector and Service selector
    QJsonObject annotations; // on the Deployment and the pod template
    QStringList warnings;
};

// Validates the spec and resolves every default.
fd::Result<Plan> makePlan(const DeploySpec& spec, const RuntimeSpec& runtime,
                          const QSet<QString>& takenNames);

QJsonObject objectMeta(const Plan& plan, const QString& name, bool withAnnotations);

QString pvcName(const Plan& plan);
QString configMapName(const Plan& plan);

// The model-store volume and its mount.
QJsonObject storeVolume(const Plan& plan);
QJsonObject storeMount(const Plan& plan);

QJsonObject startupProbe(const Plan& plan);
QJsonObject readinessProbe(const Plan& plan);
QJsonObject livenessProbe(const Plan& plan);

ManifestObject persistentVolumeClaim(const Plan& plan);
ManifestObject configMap(const Plan& plan);
ManifestObject service(const Plan& plan);

} // namespace fd::deploy::detail
