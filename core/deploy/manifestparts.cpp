#include "deploy/manifest_p.h"

#include "deploy/template.h"

namespace fd::deploy::detail {

namespace {

constexpr int kProbePeriod = 10;
const QString kHttpPort = QStringLiteral("http");

QJsonObject httpGet(const QString& path) {
    return QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("port"), kHttpPort}};
}

} // namespace

QJsonObject objectMeta(const Plan& plan, const QString& name, bool withAnnotations) {
    QJsonObject meta{{QStringLiteral("name"), name},
                     {QStringLiteral("namespace"), plan.namespaceName},
                     {QStringLiteral("labels"), plan.labels}};
    if (withAnnotations)
        meta.insert(QStringLiteral("annotations"), plan.annotations);
    return meta;
}

QString pvcName(const Plan& plan) {
    return plan.name + QStringLiteral("-models");
}

QString configMapName(const Plan& plan) {
    return plan.name + QStringLiteral("-startup");
}

QJsonObject storeVolume(const Plan& plan) {
    const ModelStore& s = plan.spec->store;
    QJsonObject volume{{QStringLiteral("name"), QStringLiteral("model-store")}};
    switch (s.kind) {
    case StorageKind::NewPvc:
        volume.insert(QStringLiteral("persistentVolumeClaim"),
                      QJsonObject{{QStringLiteral("claimName"), pvcName(plan)}});
        break;
    case StorageKind::ExistingPvc: {
        QJsonObject claim{{QStringLiteral("claimName"), s.claimName}};
        if (s.readOnly)
            claim.insert(QStringLiteral("readOnly"), true);
        volume.insert(QStringLiteral("persistentVolumeClaim"), claim);
        break;
    }
    case StorageKind::Nfs: {
        QJsonObject nfs{{QStringLiteral("server"), s.nfsServer},
                        {QStringLiteral("path"), s.nfsPath}};
        if (s.readOnly)
            nfs.insert(QStringLiteral("readOnly"), true);
        volume.insert(QStringLiteral("nfs"), nfs);
        break;
    }
    case StorageKind::HostPath:
        // A read-only store must already exist; a writable one is created on first use.
        volume.insert(QStringLiteral("hostPath"),
                      QJsonObject{{QStringLiteral("path"), s.hostPath},
                                  {QStringLiteral("type"),
                                   s.readOnly ? QStringLiteral("Directory")
                                              : QStringLiteral("DirectoryOrCreate")}});
        break;
    case StorageKind::EmptyDir: {
        QJsonObject dir;
        if (!plan.storeSize.isEmpty())
            dir.insert(QStringLiteral("sizeLimit"), plan.storeSize);
        volume.insert(QStringLiteral("emptyDir"), dir);
        break;
    }
    }
    return volume;
}

QJsonObject storeMount(const Plan& plan) {
    QJsonObject mount{{QStringLiteral("name"), QStringLiteral("model-store")},
                      {QStringLiteral("mountPath"), plan.runtime->modelStorePath}};
    if (!plan.spec->store.subPath.isEmpty())
        mount.insert(QStringLiteral("subPath"), plan.spec->store.subPath);
    if (plan.spec->store.readOnly)
        mount.insert(QStringLiteral("readOnly"), true);
    return mount;
}

QJsonObject startupProbe(const Plan& plan) {
    const int failures = (plan.startupBudgetSeconds + kProbePeriod - 1) / kProbePeriod;
    return QJsonObject{{QStringLiteral("httpGet"), httpGet(plan.runtime->health.path)},
                       {QStringLiteral("periodSeconds"), kProbePeriod},
                       {QStringLiteral("timeoutSeconds"), 5},
                       {QStringLiteral("failureThreshold"), qMax(1, failures)}};
}

QJsonObject readinessProbe(const Plan& plan) {
    const HealthSpec& h = plan.runtime->health;
    QJsonObject probe{{QStringLiteral("periodSeconds"), kProbePeriod},
                      {QStringLiteral("timeoutSeconds"), 5},
                      {QStringLiteral("failureThreshold"), 3}};
    if (!h.readyExec.isEmpty())
        probe.insert(
            QStringLiteral("exec"),
            QJsonObject{{QStringLiteral("command"), QJsonArray::fromStringList(h.readyExec)}});
    else
        probe.insert(QStringLiteral("httpGet"),
                     httpGet(h.readyPath.isEmpty() ? h.path : h.readyPath));
    return probe;
}

QJsonObject livenessProbe(const Plan& plan) {
    // Only runs after the startup probe succeeded; generous, because a server busy with long
    // generations answers its health path slowly rather than not at all.
    return QJsonObject{{QStringLiteral("httpGet"), httpGet(plan.runtime->health.path)},
                       {QStringLiteral("periodSeconds"), 20},
                       {QStringLiteral("timeoutSeconds"), 10},
                       {QStringLiteral("failureThreshold"), 6}};
}

ManifestObject persistentVolumeClaim(const Plan& plan) {
    const ModelStore& s = plan.spec->store;
    // More than one replica mounts the same claim, possibly from several nodes.
    const QString mode =
        plan.spec->replicas > 1 ? QStringLiteral("ReadWriteMany") : QStringLiteral("ReadWriteOnce");
    QJsonObject spec{{QStringLiteral("accessModes"), QJsonArray{mode}},
                     {QStringLiteral("resources"),
                      QJsonObject{{QStringLiteral("requests"),
                                   QJsonObject{{QStringLiteral("storage"), plan.storeSize}}}}},
                     {QStringLiteral("volumeMode"), QStringLiteral("Filesystem")}};
    if (!s.storageClass.isEmpty())
        spec.insert(QStringLiteral("storageClassName"), s.storageClass);
    const QString name = pvcName(plan);
    return {QStringLiteral("v1"), QStringLiteral("PersistentVolumeClaim"), name,
            QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                        {QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim")},
                        {QStringLiteral("metadata"), objectMeta(plan, name, false)},
                        {QStringLiteral("spec"), spec}}};
}

ManifestObject configMap(const Plan& plan) {
    const QMap<QString, QString> values{
        {QStringLiteral("port"), QString::number(plan.runtime->port)},
        {QStringLiteral("modelStore"), plan.runtime->modelStorePath}};
    const QString name = configMapName(plan);
    return {QStringLiteral("v1"), QStringLiteral("ConfigMap"), name,
            QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                        {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                        {QStringLiteral("metadata"), objectMeta(plan, name, false)},
                        {QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("start.sh"),
                                      expandTemplate(plan.runtime->startupScript, values)}}}}};
}

ManifestObject service(const Plan& plan) {
    QJsonObject port{{QStringLiteral("name"), kHttpPort},
                     {QStringLiteral("port"), plan.runtime->port},
                     {QStringLiteral("protocol"), QStringLiteral("TCP")},
                     {QStringLiteral("targetPort"), kHttpPort}};
    if (plan.spec->nodePort > 0)
        port.insert(QStringLiteral("nodePort"), plan.spec->nodePort);
    const QJsonObject spec{{QStringLiteral("type"), QStringLiteral("NodePort")},
                           {QStringLiteral("selector"), plan.selector},
                           {QStringLiteral("ports"), QJsonArray{port}}};
    return {QStringLiteral("v1"), QStringLiteral("Service"), plan.name,
            QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                        {QStringLiteral("kind"), QStringLiteral("Service")},
                        {QStringLiteral("metadata"), objectMeta(plan, plan.name, false)},
                        {QStringLiteral("spec"), spec}}};
}

} // namespace fd::deploy::detail
