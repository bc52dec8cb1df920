#include "deploy/deployspec.h"

namespace fd::deploy {

namespace {

struct KindName {
    StorageKind kind;
    const char* name;
};
constexpr KindName kKinds[] = {
    {StorageKind::NewPvc, "new-pvc"},
    {StorageKind::ExistingPvc, "existing-pvc"},
    {StorageKind::Nfs, "nfs"},
    {StorageKind::HostPath, "host-path"},
    {StorageKind::EmptyDir, "empty-dir"},
};

void put(QJsonObject& o, const char* key, const QString& value) {
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString storageKindName(StorageKind kind) {
    for (const KindName& k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

std::optional<StorageKind> parseStorageKind(const QString& name) {
    for (const KindName& k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QList<StorageKind> allStorageKinds() {
    QList<StorageKind> out;
    for (const KindName& k : kKinds)
        out << k.kind;
    return out;
}

QJsonObject DeploySpec::toJson() const {
    QJsonObject o;
    put(o, "name", name);
    put(o, "namespace", namespaceName);
    o.insert(QStringLiteral("runtime"), runtimeId);
    QJsonObject m;
    m.insert(QStringLiteral("model"), model.model);
    put(m, "preset", model.id);
    if (model.parameters > 0)
        m.insert(QStringLiteral("parameters"), model.parameters);
    if (model.fileSizeBytes > 0)
        m.insert(QStringLiteral("fileSizeBytes"), double(model.fileSizeBytes));
    put(m, "dtype", model.dtype);
    if (model.contextLength > 0)
        m.insert(QStringLiteral("contextLength"), model.contextLength);
    if (model.gpus > 0)
        m.insert(QStringLiteral("gpus"), model.gpus);
    if (model.layers > 0) {
        m.insert(QStringLiteral("layers"), model.layers);
        m.insert(QStringLiteral("kvHeads"), model.kvHeads);
        m.insert(QStringLiteral("headDim"), model.headDim);
    }
    o.insert(QStringLiteral("model"), m);
    o.insert(QStringLiteral("replicas"), replicas);
    o.insert(QStringLiteral("gpus"), gpus);
    put(o, "migProfile", migProfile);
    put(o, "gpuModel", gpuModel);
    QJsonObject r;
    put(r, "cpu", resources.cpu);
    put(r, "memory", resources.memory);
    put(r, "cpuLimit", resources.cpuLimit);
    put(r, "memoryLimit", resources.memoryLimit);
    if (!r.isEmpty())
        o.insert(QStringLiteral("resources"), r);
    QJsonObject s;
    s.insert(QStringLiteral("kind"), storageKindName(store.kind));
    put(s, "size", store.size);
    put(s, "storageClass", store.storageClass);
    put(s, "claimName", store.claimName);
    put(s, "nfsServer", store.nfsServer);
    put(s, "nfsPath", store.nfsPath);
    put(s, "hostPath", store.hostPath);
    put(s, "subPath", store.subPath);
    if (store.readOnly)
        s.insert(QStringLiteral("readOnly"), true);
    o.insert(QStringLiteral("store"), s);
    if (!settings.isEmpty()) {
        QJsonObject set;
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            set.insert(it.key(), it.value());
        o.insert(QStringLiteral("settings"), set);
    }
    put(o, "image", image);
    put(o, "registryMirror", registryMirror);
    put(o, "imagePullSecret", imagePullSecret);
    if (nodePort > 0)
        o.insert(QStringLiteral("nodePort"), nodePort);
    if (startupBudgetSeconds > 0)
        o.insert(QStringLiteral("startupBudgetSeconds"), startupBudgetSeconds);
    QJsonObject t;
    t.insert(QStringLiteral("kind"), target.kind == TargetKind::Karmada
                                         ? QStringLiteral("karmada")
                                         : QStringLiteral("cluster"));
    put(t, "cluster", target.cluster);
    put(t, "placementStrategy", target.placementStrategy);
    put(t, "resourceProfile", target.resourceProfile);
    put(t, "strategyReason", strategyReason);
    o.insert(QStringLiteral("target"), t);
    return o;
}

std::optional<DeploySpec> DeploySpec::fromJson(const QJsonObject& o) {
    DeploySpec d;
    d.runtimeId = str(o, "runtime");
    const QJsonObject m = o.value(QStringLiteral("model")).toObject();
    d.model.model = str(m, "model");
    if (d.runtimeId.isEmpty() || d.model.model.isEmpty())
        return std::nullopt;
    d.name = str(o, "name");
    d.namespaceName = str(o, "namespace");
    d.model.id = str(m, "preset");
    d.model.parameters = m.value(QStringLiteral("parameters")).toDouble();
    d.model.fileSizeBytes = qint64(m.value(QStringLiteral("fileSizeBytes")).toDouble());
    d.model.dtype = str(m, "dtype");
    d.model.contextLength = m.value(QStringLiteral("contextLength")).toInt();
    d.model.gpus = m.value(QStringLiteral("gpus")).toInt();
    d.model.layers = m.value(QStringLiteral("layers")).toInt();
    d.model.kvHeads = m.value(QStringLiteral("kvHeads")).toInt();
    d.model.headDim = m.value(QStringLiteral("headDim")).toInt();
    d.replicas = o.value(QStringLiteral("replicas")).toInt(1);
    d.gpus = o.value(QStringLiteral("gpus")).toInt(-1);
    d.migProfile = str(o, "migProfile");
    d.gpuModel = str(o, "gpuModel");
    const QJsonObject r = o.value(QStringLiteral("resources")).toObject();
    d.resources = {str(r, "cpu"), str(r, "memory"), str(r, "cpuLimit"), str(r, "memoryLimit")};
    const QJsonObject s = o.value(QStringLiteral("store")).toObject();
    d.store.kind = parseStorageKind(str(s, "kind")).value_or(StorageKind::NewPvc);
    d.store.size = str(s, "size");
    d.store.storageClass = str(s, "storageClass");
    d.store.claimName = str(s, "claimName");
    d.store.nfsServer = str(s, "nfsServer");
    d.store.nfsPath = str(s, "nfsPath");
    d.store.hostPath = str(s, "hostPath");
    d.store.subPath = str(s, "subPath");
    d.store.readOnly = s.value(QStringLiteral("readOnly")).toBool();
    const QJsonObject set = o.value(QStringLiteral("settings")).toObject();
    for (auto it = set.constBegin(); it != set.constEnd(); ++it)
        d.settings.insert(it.key(), it.value().toString());
    d.image = str(o, "image");
    d.registryMirror = str(o, "registryMirror");
    d.imagePullSecret = str(o, "imagePullSecret");
    d.nodePort = o.value(QStringLiteral("nodePort")).toInt();
    d.startupBudgetSeconds = o.value(QStringLiteral("startupBudgetSeconds")).toInt();
    const QJsonObject t = o.value(QStringLiteral("target")).toObject();
    d.target.kind =
        str(t, "kind") == QLatin1String("karmada") ? TargetKind::Karmada : TargetKind::Cluster;
    d.target.cluster = str(t, "cluster");
    d.target.placementStrategy = str(t, "placementStrategy");
    d.target.resourceProfile = str(t, "resourceProfile");
    d.strategyReason = str(t, "strategyReason");
    return d;
}

} // namespace fd::deploy
