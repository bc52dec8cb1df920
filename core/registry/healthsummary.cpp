#include "registry/healthsummary.h"

#include "kube/kubedecode.h"
#include "registry/registrytext.h"

namespace fd::registry {

namespace {

const QString kGpuResource = QStringLiteral("nvidia.com/gpu");
const QLatin1String kMigPrefix("nvidia.com/mig-");
const QLatin1String kUnknownModel("unknown");

qint64 milli(const fd::kube::ResourceList& list, const QString& resource) {
    const auto q = list.quantity(resource);
    return q ? q->milliValue() : 0;
}

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

fd::kube::FieldSelector nonTerminatedPods() {
    fd::kube::FieldSelector selector;
    selector.notEquals(QStringLiteral("status.phase"), QStringLiteral("Succeeded"))
        .notEquals(QStringLiteral("status.phase"), QStringLiteral("Failed"));
    return selector;
}

void NodeTally::add(const fd::kube::Node& node) {
    ++nodesTotal;
    if (node.isReady())
        ++nodesReady;
    const qint64 gpuCapacity = node.gpuCapacity();
    const QString product = node.gpuProduct();
    if (gpuCapacity > 0 || !product.isEmpty()) {
        const QString model = product.isEmpty() ? QString(kUnknownModel) : product;
        GpuModelUsage& usage = gpus[model];
        usage.model = model;
        usage.capacity += int(gpuCapacity);
        usage.allocatable += int(node.gpuAllocatable());
        modelOfNode.insert(node.metadata.name, model);
    }
    for (auto it = node.capacity.values.cbegin(); it != node.capacity.values.cend(); ++it) {
        capacityMilli[it.key()] += milli(node.capacity, it.key());
        if (!it.key().startsWith(kMigPrefix))
            continue;
        MigResourceUsage& usage = mig[it.key()];
        usage.resource = it.key();
        usage.capacity += node.capacity.value(it.key());
        usage.allocatable += node.allocatable.value(it.key());
    }
    for (auto it = node.allocatable.values.cbegin(); it != node.allocatable.values.cend(); ++it)
        allocatableMilli[it.key()] += milli(node.allocatable, it.key());
}

void PodRequests::add(const fd::kube::Pod& pod) {
    if (pod.nodeName.isEmpty() || pod.phase == QLatin1String("Succeeded") ||
        pod.phase == QLatin1String("Failed"))
        return;
    for (const fd::kube::ContainerSpec& c : pod.containers) {
        for (auto it = c.requests.values.cbegin(); it != c.requests.values.cend(); ++it)
            totalMilli[it.key()] += milli(c.requests, it.key());
        for (auto it = c.limits.values.cbegin(); it != c.limits.values.cend(); ++it)
            if (!c.requests.values.contains(it.key()))
                totalMilli[it.key()] += milli(c.limits, it.key());
    }
    if (const qint64 gpus = pod.requested(kGpuResource); gpus > 0)
        gpusByNode[pod.nodeName] += gpus;
}

HealthSummary summarize(const NodeTally& nodes, const PodRequests* pods) {
    HealthSummary out;
    out.nodesReady = nodes.nodesReady;
    out.nodesTotal = nodes.nodesTotal;
    std::map<QString, GpuModelUsage> gpus = nodes.gpus;
    std::map<QString, MigResourceUsage> mig = nodes.mig;
    if (pods) {
        for (auto it = pods->gpusByNode.cbegin(); it != pods->gpusByNode.cend(); ++it) {
            const auto model = nodes.modelOfNode.constFind(it.key());
            if (model != nodes.modelOfNode.constEnd())
                gpus[*model].used += int(it.value());
        }
        for (auto& [resource, usage] : mig) {
            const auto requested = pods->totalMilli.find(resource);
            if (requested != pods->totalMilli.end())
                usage.used += (requested->second + 999) / 1000;
        }
    }
    for (auto& [model, usage] : gpus)
        out.gpus.append(usage);
    for (auto& [resource, usage] : mig)
        out.mig.append(usage);
    return out;
}

QList<ResourceUsage> resourceUsage(const NodeTally& nodes, const PodRequests& pods) {
    QStringList names{QStringLiteral("cpu"), QStringLiteral("memory"), kGpuResource};
    for (const auto& [resource, value] : nodes.capacityMilli)
        if (resource.startsWith(kMigPrefix))
            names << resource;
    QList<ResourceUsage> out;
    for (const QString& name : names) {
        const auto value = [&name](const std::map<QString, qint64>& m) {
            const auto it = m.find(name);
            return it == m.end() ? 0.0 : double(it->second) / 1000.0;
        };
        out.append({name, value(nodes.capacityMilli), value(nodes.allocatableMilli),
                    value(pods.totalMilli)});
    }
    return out;
}

fd::Result<HealthSummary> summarizeHealth(const QByteArray& nodeListJson,
                                          const QByteArray& podListJson) {
    auto nodes = fd::kube::decodeList<fd::kube::Node>(nodeListJson);
    if (!nodes)
        return listError("node", nodes.error());
    NodeTally tally;
    for (const fd::kube::Node& node : std::as_const(nodes->items))
        tally.add(node);
    if (podListJson.isEmpty())
        return summarize(tally, nullptr);
    auto pods = fd::kube::decodeList<fd::kube::Pod>(podListJson);
    if (!pods)
        return listError("pod", pods.error());
    PodRequests requests;
    for (const fd::kube::Pod& pod : std::as_const(pods->items))
        requests.add(pod);
    return summarize(tally, &requests);
}

} // namespace fd::registry
