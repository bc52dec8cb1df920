#include "metrics/gpufleet.h"

#include "metrics/dcgmcatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace fd::metrics {

namespace {

struct Raw {
    GpuIdentity id;
    QHash<QString, double> values; // metric → value (first seen wins)
};

std::optional<double> get(const Raw& r, QLatin1StringView metric) {
    const auto it = r.values.constFind(QString(metric));
    if (it == r.values.constEnd())
        return std::nullopt;
    return *it;
}

GpuReading readingOf(const Raw& r) {
    GpuReading g;
    g.id = r.id;
    if (const auto u = get(r, dcgm::GpuUtil)) {
        g.utilizationPct = *u;
        g.utilizationSource = dcgm::GpuUtil;
    } else if (const auto a = get(r, dcgm::GrEngineActive)) {
        g.utilizationPct = *a * 100.0;
        g.utilizationSource = dcgm::GrEngineActive;
    }
    const auto used = get(r, dcgm::FbUsed);
    const auto free = get(r, dcgm::FbFree);
    const auto reserved = get(r, dcgm::FbReserved);
    const auto total = get(r, dcgm::FbTotal);
    g.memoryUsedMiB = used;
    if (total)
        g.memoryTotalMiB = total;
    else if (used && free)
        g.memoryTotalMiB = *used + *free + reserved.value_or(0);
    g.temperatureC = get(r, dcgm::GpuTemp);
    g.powerW = get(r, dcgm::PowerUsage);
    g.smClockMHz = get(r, dcgm::SmClock);
    return g;
}

template <typename T> std::optional<T> maxOf(std::optional<T> a, std::optional<T> b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return std::max(*a, *b);
}

// A GPU in MIG mode from its instances: busy share weighted by compute slices, memory summed,
// board values (temperature, power, clock) as any instance reports them.
GpuReading parentFromInstances(const QList<GpuReading>& instances) {
    GpuReading p;
    p.id = instances.first().id;
    p.id.migInstance.clear();
    p.id.migProfile.clear();
    QString pod = instances.first().id.pod, ns = instances.first().id.namespaceName;
    double busySlices = 0;
    int knownSlices = 0;
    bool anyUtil = false;
    double used = 0, total = 0;
    bool allUsed = true, allTotal = true;
    for (const GpuReading& i : instances) {
        if (i.id.pod != pod || i.id.namespaceName != ns)
            pod.clear(), ns.clear();
        const int slices = std::max(1, migSlicesOfProfile(i.id.migProfile));
        if (i.utilizationPct) {
            anyUtil = true;
            busySlices += *i.utilizationPct * slices;
            knownSlices += slices;
        }
        if (i.memoryUsedMiB)
            used += *i.memoryUsedMiB;
        else
            allUsed = false;
        if (i.memoryTotalMiB)
            total += *i.memoryTotalMiB;
        else
            allTotal = false;
        p.temperatureC = maxOf(p.temperatureC, i.temperatureC);
        p.powerW = maxOf(p.powerW, i.powerW);
        p.smClockMHz = maxOf(p.smClockMHz, i.smClockMHz);
    }
    p.id.pod = pod;
    p.id.namespaceName = ns;
    if (pod.isEmpty())
        p.id.container.clear();
    if (anyUtil) {
        // Slices without an instance are idle; the board's share is over all of its slices.
        const int board = std::max(knownSlices, migSlicesOfBoard(p.id.model));
        p.utilizationPct = busySlices / board;
        p.utilizationSource = instances.first().utilizationSource;
    }
    if (allUsed)
        p.memoryUsedMiB = used;
    if (allTotal)
        p.memoryTotalMiB = total;
    return p;
}

} // namespace

bool gpuIndexLess(const QString& a, const QString& b) {
    bool okA = false, okB = false;
    const int ia = a.toInt(&okA), ib = b.toInt(&okB);
    if (okA && okB)
        return ia < ib;
    if (okA != okB)
        return okA;
    return a < b;
}

int Fleet::gpuCount() const {
    int n = 0;
    for (const FleetNode& node : nodes)
        n += int(node.gpus.size());
    return n;
}

int Fleet::migInstanceCount() const {
    int n = 0;
    for (const FleetNode& node : nodes)
        for (const FleetGpu& g : node.gpus)
            n += int(g.migInstances.size());
    return n;
}

QList<GpuReading> readingsFromSamples(const QList<Sample>& samples, int* skipped, int* blanks) {
    QHash<QString, qsizetype> index;
    QList<Raw> raws;
    int skip = 0, blank = 0;
    for (const Sample& s : samples) {
        const GpuIdentity id = gpuIdentity(s.labels);
        if (!id.isValid()) {
            ++skip;
            continue;
        }
        const QString key = id.key();
        qsizetype at = index.value(key, -1);
        if (at < 0) {
            at = raws.size();
            index.insert(key, at);
            raws.append(Raw{id, {}});
        } else if (raws[at].id.pod.isEmpty() && !id.pod.isEmpty()) {
            raws[at].id = id; // a series with the pod labels names the holder
        }
        if (isBlankValue(s.point.value)) {
            ++blank;
            continue;
        }
        const QString metric = s.labels.metricName();
        if (!raws[at].values.contains(metric))
            raws[at].values.insert(metric, s.point.value);
    }
    if (skipped)
        *skipped = skip;
    if (blanks)
        *blanks = blank;
    QList<GpuReading> out;
    out.reserve(raws.size());
    for (const Raw& r : raws)
        out.append(readingOf(r));
    return out;
}

Fleet buildFleet(const QList<GpuReading>& readings) {
    // node → gpu index → (own reading?, instances)
    struct Slot {
        std::optional<GpuReading> own;
        QList<GpuReading> instances;
    };
    QMap<QString, QHash<QString, Slot>> byNode;
    for (const GpuReading& r : readings) {
        Slot& slot = byNode[r.id.node][r.id.gpu.isEmpty() ? r.id.uuid : r.id.gpu];
        if (r.id.isMig())
            slot.instances.append(r);
        else if (!slot.own)
            slot.own = r;
    }
    Fleet fleet;
    for (auto n = byNode.begin(); n != byNode.end(); ++n) {
        FleetNode node;
        node.node = n.key();
        QStringList gpus = n.value().keys();
        std::sort(gpus.begin(), gpus.end(), gpuIndexLess);
        for (const QString& gpu : gpus) {
            Slot slot = n.value().value(gpu);
            std::sort(slot.instances.begin(), slot.instances.end(),
                      [](const GpuReading& a, const GpuReading& b) {
                          return gpuIndexLess(a.id.migInstance, b.id.migInstance);
                      });
            FleetGpu g;
            g.migInstances = slot.instances;
            if (slot.own) {
                g.gpu = *slot.own;
            } else {
                g.gpu = parentFromInstances(slot.instances);
                g.synthesized = true;
            }
            node.gpus.append(std::move(g));
        }
        fleet.nodes.append(std::move(node));
    }
    return fleet;
}

QList<GpuReading> gpuListRows(const Fleet& fleet) {
    QList<GpuReading> rows;
    for (const FleetNode& node : fleet.nodes)
        for (const FleetGpu& g : node.gpus) {
            rows.append(g.gpu);
            rows.append(g.migInstances);
        }
    return rows;
}

QJsonObject gpuListJson(const QList<GpuReading>& rows) {
    auto number = [](const std::optional<double>& v, int decimals) -> QJsonValue {
        if (!v || !std::isfinite(*v))
            return QJsonValue::Null;
        const double scale = std::pow(10.0, decimals);
        return std::round(*v * scale) / scale;
    };
    auto text = [](const QString& s) -> QJsonValue {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    auto index = [](const QString& s) -> QJsonValue {
        if (s.isEmpty())
            return QJsonValue::Null;
        bool ok = false;
        const int i = s.toInt(&ok);
        return ok ? QJsonValue(i) : QJsonValue(s);
    };
    QJsonArray gpus;
    for (const GpuReading& r : rows) {
        gpus.append(QJsonObject{
            {QStringLiteral("node"), text(r.id.node)},
            {QStringLiteral("gpu"), index(r.id.gpu)},
            {QStringLiteral("uuid"), text(r.id.uuid)},
            {QStringLiteral("model"), text(r.id.model)},
            {QStringLiteral("migProfile"), text(r.id.migProfile)},
            {QStringLiteral("migInstance"), index(r.id.migInstance)},
            {QStringLiteral("utilization"), number(r.utilizationPct, 1)},
            {QStringLiteral("memoryUsedMiB"), number(r.memoryUsedMiB, 0)},
            {QStringLiteral("memoryTotalMiB"), number(r.memoryTotalMiB, 0)},
            {QStringLiteral("temperatureC"), number(r.temperatureC, 1)},
            {QStringLiteral("powerW"), number(r.powerW, 1)},
            {QStringLiteral("namespace"), text(r.id.namespaceName)},
            {QStringLiteral("pod"), text(r.id.pod)},
        });
    }
    return QJsonObject{{QStringLiteral("gpus"), gpus}};
}

} // namespace fd::metrics
