#include "metrics/attribution.h"

#include "metrics/dcgmcatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fd::metrics {

namespace {

struct GpuUse {
    GpuIdentity id;
    std::optional<double> util;
    std::optional<double> memory;
};

QString podKey(const QString& ns, const QString& pod) {
    return ns + QLatin1Char('/') + pod;
}

} // namespace

double gpuEquivalent(const GpuIdentity& id) {
    if (!id.isMig())
        return 1.0;
    const int slices = migSlicesOfProfile(id.migProfile);
    const int board = migSlicesOfBoard(id.model);
    return slices > 0 ? double(slices) / double(board) : 1.0 / double(board);
}

QList<PodUsage> usageByPod(const QList<Sample>& utilization, const QList<Sample>& memoryUsed) {
    QHash<QString, GpuUse> gpus; // by GPU key
    QStringList order;
    auto slot = [&](const Sample& s) -> GpuUse* {
        const GpuIdentity id = gpuIdentity(s.labels);
        if (!id.isValid() || id.pod.isEmpty())
            return nullptr;
        // One GPU held by several pods over the range (one after the other) has one series per
        // pod: key by GPU and pod.
        const QString key = id.key() + QLatin1Char('|') + podKey(id.namespaceName, id.pod);
        auto it = gpus.find(key);
        if (it == gpus.end()) {
            it = gpus.insert(key, GpuUse{id, {}, {}});
            order << key;
        }
        return &*it;
    };
    for (const Sample& s : utilization)
        if (GpuUse* g = slot(s); g && !isBlankValue(s.point.value))
            g->util = qBound(0.0, s.point.value, 100.0);
    for (const Sample& s : memoryUsed)
        if (GpuUse* g = slot(s); g && !isBlankValue(s.point.value))
            g->memory = g->memory.value_or(0) + s.point.value;

    QMap<QString, PodUsage> pods;
    for (const QString& key : order) {
        const GpuUse& g = gpus[key];
        PodUsage& p = pods[podKey(g.id.namespaceName, g.id.pod)];
        p.namespaceName = g.id.namespaceName;
        p.pod = g.id.pod;
        const double eq = gpuEquivalent(g.id);
        p.gpus += eq;
        if (g.util) {
            p.busyGpus += eq * *g.util / 100.0;
            p.utilizationPct = p.utilizationPct.value_or(0); // measured
        }
        if (g.memory)
            p.memoryUsedMiB = p.memoryUsedMiB.value_or(0) + *g.memory;
        if (!p.gpuKeys.contains(g.id.key()))
            p.gpuKeys << g.id.key();
    }
    QList<PodUsage> out;
    for (PodUsage& p : pods) {
        if (p.utilizationPct && p.gpus > 0)
            p.utilizationPct = 100.0 * p.busyGpus / p.gpus;
        out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const PodUsage& a, const PodUsage& b) {
        if (a.busyGpus != b.busyGpus)
            return a.busyGpus > b.busyGpus;
        return podKey(a.namespaceName, a.pod) < podKey(b.namespaceName, b.pod);
    });
    return out;
}

QList<NamespaceUsage> usageByNamespace(const QList<PodUsage>& pods) {
    QMap<QString, NamespaceUsage> byNs;
    for (const PodUsage& p : pods) {
        NamespaceUsage& n = byNs[p.namespaceName];
        n.namespaceName = p.namespaceName;
        ++n.pods;
        n.gpus += p.gpus;
        n.busyGpus += p.busyGpus;
        if (p.utilizationPct)
            n.utilizationPct = 0;
        if (p.memoryUsedMiB)
            n.memoryUsedMiB = n.memoryUsedMiB.value_or(0) + *p.memoryUsedMiB;
    }
    QList<NamespaceUsage> out;
    for (NamespaceUsage& n : byNs) {
        if (n.utilizationPct && n.gpus > 0)
            n.utilizationPct = 100.0 * n.busyGpus / n.gpus;
        out.append(n);
    }
    std::sort(out.begin(), out.end(), [](const NamespaceUsage& a, const NamespaceUsage& b) {
        if (a.busyGpus != b.busyGpus)
            return a.busyGpus > b.busyGpus;
        return a.namespaceName < b.namespaceName;
    });
    return out;
}

double requestedGpuEquivalent(const PodGpuRequest& request) {
    static const QRegularExpression mig(QStringLiteral("^nvidia\\.com/mig-(\\d+)g\\."));
    const QRegularExpressionMatch m = mig.match(request.resource);
    if (m.hasMatch())
        return request.count * m.captured(1).toDouble() / 7.0;
    return request.count;
}

QList<AllocationRow> allocationVsUse(const QList<PodGpuRequest>& requests,
                                     const QList<PodUsage>& usage, double idleBelowPct) {
    QHash<QString, const PodUsage*> byPod;
    for (const PodUsage& u : usage)
        byPod.insert(podKey(u.namespaceName, u.pod), &u);
    QMap<QString, AllocationRow> rows;
    for (const PodGpuRequest& r : requests) {
        AllocationRow& row = rows[podKey(r.namespaceName, r.pod)];
        row.namespaceName = r.namespaceName;
        row.pod = r.pod;
        if (row.node.isEmpty())
            row.node = r.node;
        row.requestedGpus += requestedGpuEquivalent(r);
    }
    QList<AllocationRow> out;
    for (AllocationRow& row : rows) {
        if (row.requestedGpus <= 0)
            continue;
        if (const PodUsage* u = byPod.value(podKey(row.namespaceName, row.pod))) {
            row.measuredGpus = u->gpus;
            row.busyGpus = u->busyGpus;
            row.utilizationPct = u->utilizationPct;
            row.gpuKeys = u->gpuKeys;
            row.idle = u->utilizationPct && *u->utilizationPct < idleBelowPct;
        } else {
            row.unmeasured = true;
        }
        out.append(row);
    }
    std::sort(out.begin(), out.end(), [](const AllocationRow& a, const AllocationRow& b) {
        if (a.idle != b.idle)
            return a.idle;
        const double wasteA = a.requestedGpus - a.busyGpus, wasteB = b.requestedGpus - b.busyGpus;
        if (wasteA != wasteB)
            return wasteA > wasteB;
        return podKey(a.namespaceName, a.pod) < podKey(b.namespaceName, b.pod);
    });
    return out;
}

QJsonObject allocationJson(const QList<AllocationRow>& rows) {
    auto num = [](const std::optional<double>& v) -> QJsonValue {
        return v ? QJsonValue(std::round(*v * 10.0) / 10.0) : QJsonValue(QJsonValue::Null);
    };
    auto eq = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    QJsonArray out;
    for (const AllocationRow& r : rows)
        out.append(QJsonObject{{QStringLiteral("namespace"), r.namespaceName},
                               {QStringLiteral("pod"), r.pod},
                               {QStringLiteral("node"), r.node},
                               {QStringLiteral("requestedGpus"), eq(r.requestedGpus)},
                               {QStringLiteral("measuredGpus"), eq(r.measuredGpus)},
                               {QStringLiteral("busyGpus"), eq(r.busyGpus)},
                               {QStringLiteral("utilization"), num(r.utilizationPct)},
                               {QStringLiteral("idle"), r.idle},
                               {QStringLiteral("unmeasured"), r.unmeasured},
                               {QStringLiteral("gpus"), QJsonArray::fromStringList(r.gpuKeys)}});
    return QJsonObject{{QStringLiteral("pods"), out}};
}

} // namespace fd::metrics
