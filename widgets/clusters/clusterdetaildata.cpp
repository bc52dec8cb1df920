#include "clusterdetaildata.h"

#include "kube/kubedecode.h"
#include "kube/quantity.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace fd::widgets {

// Decoding goes through core's Kubernetes decoder (fd::kube::decodeList, the same code the API
// client uses); this file only turns the typed objects into what the detail shows.

namespace {

const QString GpuResource = QStringLiteral("nvidia.com/gpu");

fd::Error toError(const fd::kube::KubeError& error) {
    return fd::Error{fd::ErrorKind::Remote, error.userMessage(), error.detail};
}

EventDetail eventFrom(const fd::kube::Event& e) {
    EventDetail out;
    out.uid = e.metadata.uid;
    out.namespaceName = e.metadata.namespaceName;
    out.type = e.type;
    out.reason = e.reason;
    out.message = e.message;
    out.count = qMax(1, e.count);
    out.object = e.involvedObject.kind + QLatin1Char('/') + e.involvedObject.name;
    out.time = e.lastSeen();
    return out;
}

} // namespace

double parseQuantity(const QString& text) {
    const auto q = fd::kube::Quantity::parse(text.trimmed());
    return q ? q->toDouble() : 0;
}

QString formatAmount(const QString& resource, double value) {
    const QLocale locale;
    if (resource == QLatin1String("memory") || resource.startsWith(QLatin1String("ephemeral")))
        return QStringLiteral("%1 GiB").arg(locale.toString(value / std::pow(1024.0, 3), 'f', 1));
    if (resource == QLatin1String("cpu"))
        return locale.toString(value, 'g', 4);
    return locale.toString(qRound64(value));
}

fd::Result<QList<NodeDetail>> parseNodeList(const QByteArray& json) {
    auto list = fd::kube::decodeList<fd::kube::Node>(json);
    if (!list)
        return toError(list.error());
    QList<NodeDetail> nodes;
    nodes.reserve(list->items.size());
    for (const fd::kube::Node& node : std::as_const(list->items)) {
        NodeDetail n;
        n.name = node.metadata.name;
        n.ready = node.isReady();
        n.roles = node.roles();
        n.kubeletVersion = node.kubeletVersion;
        n.labels = node.metadata.labels;
        n.gpuProduct = node.gpuProduct();
        n.gpuCount = int(node.gpuCapacity());
        const QString config = node.migConfig();
        const QString strategy = node.migStrategy();
        n.migConfig = strategy.isEmpty() ? config
                      : config.isEmpty() ? strategy
                                         : QStringLiteral("%1 (%2)").arg(config, strategy);
        for (const fd::kube::Taint& t : node.taints)
            n.taints << (t.value.isEmpty() ? t.key : t.key + QLatin1Char('=') + t.value) +
                            QLatin1Char(':') + t.effect;
        for (const fd::kube::Condition& c : node.conditions)
            n.conditions << NodeCondition{c.type, c.status, c.reason, c.message};
        n.capacity = node.capacity.values;
        n.allocatable = node.allocatable.values;
        nodes << n;
    }
    std::sort(nodes.begin(), nodes.end(),
              [](const NodeDetail& a, const NodeDetail& b) { return a.name < b.name; });
    return nodes;
}

fd::Result<QList<EventDetail>> parseEventList(const QByteArray& json, QString* resourceVersion) {
    auto list = fd::kube::decodeList<fd::kube::Event>(json);
    if (!list)
        return toError(list.error());
    if (resourceVersion)
        *resourceVersion = list->metadata.resourceVersion;
    QList<EventDetail> events;
    events.reserve(list->items.size());
    for (const fd::kube::Event& e : std::as_const(list->items))
        events << eventFrom(e);
    sortNewestFirst(events);
    return events;
}

fd::Result<QMap<QString, double>> parsePodRequests(const QByteArray& json) {
    auto list = fd::kube::decodeList<fd::kube::Pod>(json);
    if (!list)
        return toError(list.error());
    QMap<QString, double> sums;
    for (const fd::kube::Pod& pod : std::as_const(list->items)) {
        if (pod.phase == QLatin1String("Succeeded") || pod.phase == QLatin1String("Failed") ||
            pod.nodeName.isEmpty())
            continue;
        for (const fd::kube::ContainerSpec& c : pod.containers) {
            for (auto it = c.requests.values.cbegin(); it != c.requests.values.cend(); ++it)
                sums[it.key()] += parseQuantity(it.value());
            // A limit without a request requests that much (the API server's defaulting).
            for (auto it = c.limits.values.cbegin(); it != c.limits.values.cend(); ++it)
                if (!c.requests.values.contains(it.key()))
                    sums[it.key()] += parseQuantity(it.value());
        }
    }
    return sums;
}

QList<ResourceUsage> summarizeResources(const QList<NodeDetail>& nodes,
                                        const QMap<QString, double>& requested) {
    QStringList names{QStringLiteral("cpu"), QStringLiteral("memory"), GpuResource};
    for (const NodeDetail& n : nodes)
        for (auto it = n.capacity.cbegin(); it != n.capacity.cend(); ++it)
            if (it.key().startsWith(QLatin1String("nvidia.com/mig-")) && !names.contains(it.key()))
                names << it.key();
    std::sort(names.begin() + 3, names.end());
    QList<ResourceUsage> out;
    for (const QString& name : names) {
        ResourceUsage u;
        u.resource = name;
        for (const NodeDetail& n : nodes) {
            u.capacity += parseQuantity(n.capacity.value(name));
            u.allocatable += parseQuantity(n.allocatable.value(name));
        }
        u.requested = requested.value(name);
        out << u;
    }
    return out;
}

fd::Result<WatchEvent> parseEventWatchLine(const QByteArray& line) {
    auto json = fd::kube::parseObject(line);
    if (!json)
        return toError(json.error());
    WatchEvent w;
    w.type = json->value(QLatin1String("type")).toString();
    const QJsonObject object = json->value(QLatin1String("object")).toObject();
    w.resourceVersion = object.value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("resourceVersion"))
                            .toString();
    if (w.type != QLatin1String("BOOKMARK") && w.type != QLatin1String("ERROR")) {
        fd::kube::Event event;
        fd::kube::decode(object, event);
        w.event = eventFrom(event);
    }
    return w;
}

void sortNewestFirst(QList<EventDetail>& events) {
    std::stable_sort(events.begin(), events.end(),
                     [](const EventDetail& a, const EventDetail& b) { return a.time > b.time; });
}

} // namespace fd::widgets
