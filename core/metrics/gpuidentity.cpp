#include "metrics/gpuidentity.h"

namespace fd::metrics {

namespace {

QString first(const Labels& labels, std::initializer_list<const char*> names, QString* which) {
    for (const char* name : names) {
        const QString v = labels.value(QString::fromLatin1(name));
        if (!v.isEmpty()) {
            if (which)
                *which = QLatin1StringView(name);
            return v;
        }
    }
    return {};
}

QString hostOfInstance(const QString& instance) {
    if (instance.startsWith(QLatin1Char('['))) // [::1]:9400
        return instance.mid(1, instance.indexOf(QLatin1Char(']')) - 1);
    const qsizetype colon = instance.lastIndexOf(QLatin1Char(':'));
    return colon > 0 && instance.count(QLatin1Char(':')) == 1 ? instance.left(colon) : instance;
}

} // namespace

QString GpuIdentity::gpuKey() const {
    return node + QLatin1Char('/') + (gpu.isEmpty() ? uuid : gpu);
}

QString GpuIdentity::key() const {
    return isMig() ? gpuKey() + QLatin1Char('/') + migInstance : gpuKey();
}

GpuIdentity gpuIdentity(const Labels& labels) {
    GpuIdentity id;
    id.node = first(labels, {"Hostname", "hostname", "node", "kubernetes_node", "nodename"},
                    &id.hostLabel);
    id.instance = labels.value(u"instance");
    if (id.node.isEmpty() && !id.instance.isEmpty()) {
        id.node = hostOfInstance(id.instance);
        id.hostLabel = QStringLiteral("instance");
    }
    id.gpu = labels.value(u"gpu");
    id.uuid = first(labels, {"UUID", "gpu_uuid", "uuid"}, nullptr);
    id.model = first(labels, {"modelName", "model_name"}, nullptr);
    id.migProfile = labels.value(u"GPU_I_PROFILE");
    id.migInstance = labels.value(u"GPU_I_ID");
    id.device = labels.value(u"device");
    id.pciBusId = labels.value(u"pci_bus_id");
    // A ServiceMonitor without honorLabels renames the exporter's pod labels to exported_* and
    // puts the exporter's own pod in namespace/pod/container: the workload is in exported_*.
    if (labels.contains(u"exported_pod")) {
        id.namespaceName = labels.value(u"exported_namespace");
        id.pod = labels.value(u"exported_pod");
        id.container = labels.value(u"exported_container");
    } else {
        id.namespaceName = labels.value(u"namespace");
        id.pod = labels.value(u"pod");
        id.container = labels.value(u"container");
        const bool exporterItself = id.container.contains(QLatin1String("dcgm-exporter")) ||
                                    id.pod.startsWith(QLatin1String("nvidia-dcgm-exporter")) ||
                                    id.pod.startsWith(QLatin1String("dcgm-exporter"));
        if (exporterItself) { // no workload holds this GPU: these name the exporter
            id.namespaceName.clear();
            id.pod.clear();
            id.container.clear();
        }
    }
    return id;
}

} // namespace fd::metrics
