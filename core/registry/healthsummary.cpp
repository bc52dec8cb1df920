#include "registry/healthsummary.h"

#include "kube/kubedecode.h"

#include <QCoreApplication>
#include <QHash>

#include <map>

namespace fd::registry {

namespace {

const QString kGpuResource = QStringLiteral("nvidia.com/gpu");
const QLatin1String kMigPrefix("nvidia.com/mig-");
const QLatin1String kUnknownModel("unknown");

fd::Error listError(const char* what, const fd::kube::KubeError& error) {
    return fd::makeError(
        fd::ErrorKind::Remote,
        QCoreApplication::translate(
            "fd::registry",
            "The server's %1 list is not a Kubernetes list (not JSON, or no items).")
            .arg(QLatin1String(what)),
        error.detail.isEmpty() ? error.message : error.detail);
}

} // namespace

fd::Result<HealthSummary> summarizeHealth(const QByteArray& nodeListJson,
                                          const QByteArray& podListJson) {
    // The same decoder as the API client (typed, lenient per field, strict on the envelope).
    auto nodes = fd::kube::decodeList<fd::kube::Node>(nodeListJson);
    if (!nodes)
        return listError("node", nodes.error());

    HealthSummary out;
    std::map<QString, GpuModelUsage> gpus;   // ordered by model
    std::map<QString, MigResourceUsage> mig; // ordered by resource
    QHash<QString, QString> modelOfNode;     // node name -> GPU model (GPU nodes only)

    for (const fd::kube::Node& node : std::as_const(nodes->items)) {
        ++out.nodesTotal;
        if (node.isReady())
            ++out.nodesReady;
        const qint64 gpuCapacity = node.gpuCapacity();
        const QString product = node.gpuProduct();
        if (gpuCapacity > 0 || !product.isEmpty()) {
            const QString model = product.isEmpty() ? QString(kUnknownModel) : product;
            auto& usage = gpus[model];
            usage.model = model;
            usage.capacity += int(gpuCapacity);
            usage.allocatable += int(node.gpuAllocatable());
            modelOfNode.insert(node.metadata.name, model);
        }
        for (auto it = node.capacity.values.cbegin(); it != node.capacity.values.cend(); ++it) {
            if (!it.key().startsWith(kMigPrefix))
                continue;
            auto& usage = mig[it.key()];
            usage.resource = it.key();
            usage.capacity += node.capacity.value(it.key());
            usage.allocatable += node.allocatable.value(it.key());
        }
    }

    if (!podListJson.isEmpty()) {
        auto pods = fd::kube::decodeList<fd::kube::Pod>(podListJson);
        if (!pods)
            return listError("pod", pods.error());
        for (const fd::kube::Pod& pod : std::as_const(pods->items)) {
            if (pod.phase != QLatin1String("Running"))
                continue;
            const auto model = modelOfNode.constFind(pod.nodeName);
            if (model != modelOfNode.constEnd())
                gpus[*model].used += int(pod.requested(kGpuResource));
            for (auto& [resource, usage] : mig)
                usage.used += pod.requested(resource);
        }
    }

    for (auto& [model, usage] : gpus)
        out.gpus.append(usage);
    for (auto& [resource, usage] : mig)
        out.mig.append(usage);
    return out;
}

} // namespace fd::registry
