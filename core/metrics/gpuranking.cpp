#include "metrics/gpuranking.h"

#include "metrics/dcgmcatalog.h"
#include "metrics/dcgmqueries.h"
#include "metrics/duration.h"
#include "metrics/gpufleet.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace fd::metrics {

std::optional<RankBy> parseRankBy(QStringView text) {
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("utilization") || t == QLatin1String("util"))
        return RankBy::Utilization;
    if (t == QLatin1String("memory") || t == QLatin1String("mem"))
        return RankBy::Memory;
    if (t == QLatin1String("temperature") || t == QLatin1String("temp"))
        return RankBy::Temperature;
    if (t == QLatin1String("power"))
        return RankBy::Power;
    return std::nullopt;
}

QString rankByName(RankBy by) {
    switch (by) {
    case RankBy::Utilization:
        return QStringLiteral("utilization");
    case RankBy::Memory:
        return QStringLiteral("memory");
    case RankBy::Temperature:
        return QStringLiteral("temperature");
    case RankBy::Power:
        return QStringLiteral("power");
    }
    return {};
}

QString rankQuery(RankBy by, qint64 rangeMs, const QString& matchers) {
    switch (by) {
    case RankBy::Utilization:
        return gpuMetricExpr(GpuMetric::Utilization, Rollup::Avg, rangeMs, matchers);
    case RankBy::Memory:
        return rollupExpr(dcgm::FbUsed, Rollup::Max, rangeMs, matchers);
    case RankBy::Temperature:
        return rollupExpr(dcgm::GpuTemp, Rollup::Max, rangeMs, matchers);
    case RankBy::Power:
        return rollupExpr(dcgm::PowerUsage, Rollup::Avg, rangeMs, matchers);
    }
    return {};
}

QList<RankedGpu> rankGpus(const QList<Sample>& samples, int limit) {
    QList<RankedGpu> out;
    QHash<QString, qsizetype> seen; // one entry per GPU / MIG instance (pod changes split series)
    for (const Sample& s : samples) {
        if (isBlankValue(s.point.value))
            continue;
        const GpuIdentity id = gpuIdentity(s.labels);
        if (!id.isValid())
            continue;
        const qsizetype at = seen.value(id.key(), -1);
        if (at < 0) {
            seen.insert(id.key(), out.size());
            out.append(RankedGpu{id, s.point.value});
        } else if (s.point.value > out[at].value) {
            out[at] = RankedGpu{id, s.point.value};
        }
    }
    std::sort(out.begin(), out.end(), [](const RankedGpu& a, const RankedGpu& b) {
        if (a.value != b.value)
            return a.value > b.value;
        if (a.id.node != b.id.node)
            return a.id.node < b.id.node;
        if (a.id.gpu != b.id.gpu)
            return gpuIndexLess(a.id.gpu, b.id.gpu);
        return gpuIndexLess(a.id.migInstance, b.id.migInstance);
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

QJsonObject rankingJson(RankBy by, qint64 rangeMs, const QList<RankedGpu>& ranked) {
    auto text = [](const QString& s) -> QJsonValue {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    auto index = [](const QString& s) -> QJsonValue {
        bool ok = false;
        const int i = s.toInt(&ok);
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : ok ? QJsonValue(i) : QJsonValue(s);
    };
    QJsonArray gpus;
    for (const RankedGpu& r : ranked)
        gpus.append(QJsonObject{{QStringLiteral("node"), text(r.id.node)},
                                {QStringLiteral("gpu"), index(r.id.gpu)},
                                {QStringLiteral("uuid"), text(r.id.uuid)},
                                {QStringLiteral("model"), text(r.id.model)},
                                {QStringLiteral("migProfile"), text(r.id.migProfile)},
                                {QStringLiteral("migInstance"), index(r.id.migInstance)},
                                {QStringLiteral("namespace"), text(r.id.namespaceName)},
                                {QStringLiteral("pod"), text(r.id.pod)},
                                {QStringLiteral("value"), std::round(r.value * 10.0) / 10.0}});
    return QJsonObject{{QStringLiteral("by"), rankByName(by)},
                       {QStringLiteral("range"), formatDuration(rangeMs)},
                       {QStringLiteral("gpus"), gpus}};
}

} // namespace fd::metrics
