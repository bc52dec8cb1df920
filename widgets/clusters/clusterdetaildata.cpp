#include "clusterdetaildata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fd::widgets {

namespace {

const QString GpuResource = QStringLiteral("nvidia.com/gpu");

fd::Error malformed(const QString& what, const QString& detail) {
    return fd::Error{fd::ErrorKind::InvalidInput,
                     QStringLiteral("The server's %1 answer is not valid JSON.").arg(what), detail};
}

fd::Result<QJsonArray> items(const QByteArray& json, const QString& what) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(what, error.errorString());
    return doc.object().value(QLatin1String("items")).toArray();
}

QMap<QString, QString> stringMap(const QJsonObject& object) {
    QMap<QString, QString> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().isString() ? it.value().toString()
                                                   : QString::number(it.value().toDouble()));
    return out;
}

QDateTime timeOf(const QJsonValue& value) {
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.toUTC();
}

EventDetail eventFrom(const QJsonObject& o) {
    EventDetail e;
    const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    e.uid = meta.value(QLatin1String("uid")).toString();
    e.namespaceName = meta.value(QLatin1String("namespace")).toString();
    e.type = o.value(QLatin1String("type")).toString();
    e.reason = o.value(QLatin1String("reason")).toString();
    e.message = o.value(QLatin1String("message")).toString();
    e.count = qMax(1, o.value(QLatin1String("count")).toInt(1));
    const QJsonObject involved = o.value(QLatin1String("involvedObject")).toObject();
    e.object = involved.value(QLatin1String("kind")).toString() + QLatin1Char('/') +
               involved.value(QLatin1String("name")).toString();
    for (const char* key : {"lastTimestamp", "eventTime", "firstTimestamp"}) {
        e.time = timeOf(o.value(QLatin1String(key)));
        if (e.time.isValid())
            break;
    }
    if (!e.time.isValid())
        e.time = timeOf(meta.value(QLatin1String("creationTimestamp")));
    return e;
}

} // namespace

double parseQuantity(const QString& text) {
    static const QRegularExpression re(QStringLiteral(
        "^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$"));
    const auto match = re.match(text.trimmed());
    if (!match.hasMatch())
        return 0;
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok)
        return 0;
    const QString suffix = match.captured(2);
    static const QMap<QString, double> factors{{QStringLiteral("n"), 1e-9},
                                               {QStringLiteral("u"), 1e-6},
                                               {QStringLiteral("m"), 1e-3},
                                               {QStringLiteral("k"), 1e3},
                                               {QStringLiteral("M"), 1e6},
                                               {QStringLiteral("G"), 1e9},
                                               {QStringLiteral("T"), 1e12},
                                               {QStringLiteral("P"), 1e15},
                                               {QStringLiteral("E"), 1e18},
                                               {QStringLiteral("Ki"), 1024.0},
                                               {QStringLiteral("Mi"), std::pow(1024.0, 2)},
                                               {QStringLiteral("Gi"), std::pow(1024.0, 3)},
                                               {QStringLiteral("Ti"), std::pow(1024.0, 4)},
                                               {QStringLiteral("Pi"), std::pow(1024.0, 5)},
                                               {QStringLiteral("Ei"), std::pow(1024.0, 6)}};
    return suffix.isEmpty() ? number : number * factors.value(suffix, 1.0);
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
    auto array = items(json, QStringLiteral("node list"));
    if (!array)
        return array.error();
    QList<NodeDetail> nodes;
    for (const QJsonValue& value : *array) {
        const QJsonObject o = value.toObject();
        const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
        const QJsonObject spec = o.value(QLatin1String("spec")).toObject();
        const QJsonObject status = o.value(QLatin1String("status")).toObject();
        NodeDetail n;
        n.name = meta.value(QLatin1String("name")).toString();
        n.labels = stringMap(meta.value(QLatin1String("labels")).toObject());
        for (auto it = n.labels.cbegin(); it != n.labels.cend(); ++it)
            if (it.key().startsWith(QLatin1String("node-role.kubernetes.io/")))
                n.roles << it.key().mid(24);
        n.gpuProduct = n.labels.value(QStringLiteral("nvidia.com/gpu.product"));
        n.migConfig = n.labels.value(QStringLiteral("nvidia.com/mig.config"));
        const QString strategy = n.labels.value(QStringLiteral("nvidia.com/mig.strategy"));
        if (!strategy.isEmpty())
            n.migConfig = n.migConfig.isEmpty()
                              ? strategy
                              : QStringLiteral("%1 (%2)").arg(n.migConfig, strategy);
        for (const QJsonValue& t : spec.value(QLatin1String("taints")).toArray()) {
            const QJsonObject taint = t.toObject();
            QString text = taint.value(QLatin1String("key")).toString();
            const QString v = taint.value(QLatin1String("value")).toString();
            if (!v.isEmpty())
                text += QLatin1Char('=') + v;
            n.taints << text + QLatin1Char(':') + taint.value(QLatin1String("effect")).toString();
        }
        for (const QJsonValue& c : status.value(QLatin1String("conditions")).toArray()) {
            const QJsonObject cond = c.toObject();
            NodeCondition nc{cond.value(QLatin1String("type")).toString(),
                             cond.value(QLatin1String("status")).toString(),
                             cond.value(QLatin1String("reason")).toString(),
                             cond.value(QLatin1String("message")).toString()};
            if (nc.type == QLatin1String("Ready"))
                n.ready = nc.status == QLatin1String("True");
            n.conditions << nc;
        }
        n.capacity = stringMap(status.value(QLatin1String("capacity")).toObject());
        n.allocatable = stringMap(status.value(QLatin1String("allocatable")).toObject());
        n.gpuCount = int(parseQuantity(n.capacity.value(GpuResource)));
        n.kubeletVersion = status.value(QLatin1String("nodeInfo"))
                               .toObject()
                               .value(QLatin1String("kubeletVersion"))
                               .toString();
        nodes << n;
    }
    std::sort(nodes.begin(), nodes.end(),
              [](const NodeDetail& a, const NodeDetail& b) { return a.name < b.name; });
    return nodes;
}

fd::Result<QList<EventDetail>> parseEventList(const QByteArray& json, QString* resourceVersion) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("event list"), error.errorString());
    if (resourceVersion)
        *resourceVersion = doc.object()
                               .value(QLatin1String("metadata"))
                               .toObject()
                               .value(QLatin1String("resourceVersion"))
                               .toString();
    QList<EventDetail> events;
    for (const QJsonValue& value : doc.object().value(QLatin1String("items")).toArray())
        events << eventFrom(value.toObject());
    sortNewestFirst(events);
    return events;
}

fd::Result<QMap<QString, double>> parsePodRequests(const QByteArray& json) {
    auto array = items(json, QStringLiteral("pod list"));
    if (!array)
        return array.error();
    QMap<QString, double> sums;
    for (const QJsonValue& value : *array) {
        const QJsonObject o = value.toObject();
        const QString phase =
            o.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
        const QJsonObject spec = o.value(QLatin1String("spec")).toObject();
        if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed") ||
            spec.value(QLatin1String("nodeName")).toString().isEmpty())
            continue;
        for (const QJsonValue& c : spec.value(QLatin1String("containers")).toArray()) {
            const QJsonObject requests = c.toObject()
                                             .value(QLatin1String("resources"))
                                             .toObject()
                                             .value(QLatin1String("requests"))
                                             .toObject();
            for (auto it = requests.begin(); it != requests.end(); ++it)
                sums[it.key()] += parseQuantity(it.value().toString());
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
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("watch"), error.errorString());
    WatchEvent w;
    w.type = doc.object().value(QLatin1String("type")).toString();
    const QJsonObject object = doc.object().value(QLatin1String("object")).toObject();
    w.resourceVersion = object.value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("resourceVersion"))
                            .toString();
    if (w.type != QLatin1String("BOOKMARK") && w.type != QLatin1String("ERROR"))
        w.event = eventFrom(object);
    return w;
}

void sortNewestFirst(QList<EventDetail>& events) {
    std::stable_sort(events.begin(), events.end(),
                     [](const EventDetail& a, const EventDetail& b) { return a.time > b.time; });
}

} // namespace fd::widgets
