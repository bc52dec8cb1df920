#include "registry/healthsummary.h"

#include "kube/quantity.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <map>

namespace fd::registry {

namespace {

const QLatin1String kGpuResource("nvidia.com/gpu");
const QLatin1String kGpuProductLabel("nvidia.com/gpu.product");
const QLatin1String kMigPrefix("nvidia.com/mig-");
const QLatin1String kUnknownModel("unknown");

qint64 quantityOf(const QJsonObject& resources, const QString& key) {
    const QJsonValue v = resources.value(key);
    if (v.isString())
        return parseCountQuantity(v.toString());
    if (v.isDouble())
        return qint64(v.toDouble());
    return 0;
}

fd::Result<QJsonArray> itemsOf(const QByteArray& json, const char* what) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fd::makeError(
            fd::ErrorKind::Remote,
            QCoreApplication::translate("fd::registry", "The server's %1 list is not valid JSON.")
                .arg(QLatin1String(what)),
            err.errorString());
    const QJsonValue items = doc.object().value(QLatin1String("items"));
    if (!items.isArray() && !items.isNull() && !items.isUndefined())
        return fd::makeError(
            fd::ErrorKind::Remote,
            QCoreApplication::translate("fd::registry", "The server's %1 list has no items array.")
                .arg(QLatin1String(what)));
    return items.toArray();
}

bool isReady(const QJsonObject& node) {
    const QJsonArray conditions =
        node.value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray();
    for (const auto& c : conditions) {
        const QJsonObject cond = c.toObject();
        if (cond.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            return cond.value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    return false;
}

// Per container: requests, or limits where requests omit the resource (the API server copies
// limits into requests for extended resources, but be lenient with hand-written objects).
qint64 podRequest(const QJsonObject& pod, const QString& resource) {
    qint64 total = 0;
    const QJsonArray containers =
        pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    for (const auto& c : containers) {
        const QJsonObject res = c.toObject().value(QLatin1String("resources")).toObject();
        const QJsonObject requests = res.value(QLatin1String("requests")).toObject();
        if (requests.contains(resource))
            total += quantityOf(requests, resource);
        else
            total += quantityOf(res.value(QLatin1String("limits")).toObject(), resource);
    }
    return total;
}

} // namespace

qint64 parseCountQuantity(const QString& quantity) {
    const auto q = fd::kube::Quantity::parse(quantity.trimmed());
    if (!q || q->milliValue() < 0)
        return 0;
    return q->milliValue() / 1000; // whole devices: a fraction of one is none
}

fd::Result<HealthSummary> summarizeHealth(const QByteArray& nodeListJson,
                                          const QByteArray& podListJson) {
    auto nodes = itemsOf(nodeListJson, "node");
    if (!nodes)
        return nodes.error();

    HealthSummary out;
    std::map<QString, GpuModelUsage> gpus;   // ordered by model
    std::map<QString, MigResourceUsage> mig; // ordered by resource
    QHash<QString, QString> modelOfNode;     // node name -> GPU model (GPU nodes only)

    for (const auto& n : *nodes) {
        const QJsonObject node = n.toObject();
        const QJsonObject meta = node.value(QLatin1String("metadata")).toObject();
        const QJsonObject status = node.value(QLatin1String("status")).toObject();
        const QJsonObject capacity = status.value(QLatin1String("capacity")).toObject();
        const QJsonObject allocatable = status.value(QLatin1String("allocatable")).toObject();
        ++out.nodesTotal;
        if (isReady(node))
            ++out.nodesReady;

        const qint64 gpuCapacity = quantityOf(capacity, kGpuResource);
        const QString product =
            meta.value(QLatin1String("labels")).toObject().value(kGpuProductLabel).toString();
        if (gpuCapacity > 0 || !product.isEmpty()) {
            const QString model = product.isEmpty() ? QString(kUnknownModel) : product;
            auto& usage = gpus[model];
            usage.model = model;
            usage.capacity += int(gpuCapacity);
            usage.allocatable += int(quantityOf(allocatable, kGpuResource));
            modelOfNode.insert(meta.value(QLatin1String("name")).toString(), model);
        }
        for (auto it = capacity.begin(); it != capacity.end(); ++it) {
            if (!it.key().startsWith(kMigPrefix))
                continue;
            auto& usage = mig[it.key()];
            usage.resource = it.key();
            usage.capacity += quantityOf(capacity, it.key());
            usage.allocatable += quantityOf(allocatable, it.key());
        }
    }

    if (!podListJson.isEmpty()) {
        auto pods = itemsOf(podListJson, "pod");
        if (!pods)
            return pods.error();
        for (const auto& p : *pods) {
            const QJsonObject pod = p.toObject();
            if (pod.value(QLatin1String("status"))
                    .toObject()
                    .value(QLatin1String("phase"))
                    .toString() != QLatin1String("Running"))
                continue;
            const QString nodeName = pod.value(QLatin1String("spec"))
                                         .toObject()
                                         .value(QLatin1String("nodeName"))
                                         .toString();
            const auto model = modelOfNode.constFind(nodeName);
            if (model != modelOfNode.constEnd())
                gpus[*model].used += int(podRequest(pod, kGpuResource));
            for (auto& [resource, usage] : mig)
                usage.used += podRequest(pod, resource);
        }
    }

    for (auto& [model, usage] : gpus)
        out.gpus.append(usage);
    for (auto& [resource, usage] : mig)
        out.mig.append(usage);
    return out;
}

} // namespace fd::registry
