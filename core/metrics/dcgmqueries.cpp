#include "metrics/dcgmqueries.h"

#include "metrics/dcgmcatalog.h"
#include "metrics/duration.h"

#include <QStringList>

namespace fd::metrics {

namespace {

QString joinMatchers(const QString& a, const QString& b) {
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(',') + b;
}

QString selector(QLatin1StringView metric, const QString& matchers) {
    return QString(metric) + QLatin1Char('{') + matchers + QLatin1Char('}');
}

QString applyRollup(const QString& sel, Rollup rollup, qint64 windowMs) {
    const QString range = QLatin1Char('[') + formatDuration(windowMs) + QLatin1Char(']');
    switch (rollup) {
    case Rollup::None:
        return sel;
    case Rollup::Avg:
        return QStringLiteral("avg_over_time(") + sel + range + QLatin1Char(')');
    case Rollup::Max:
        return QStringLiteral("max_over_time(") + sel + range + QLatin1Char(')');
    case Rollup::Min:
        return QStringLiteral("min_over_time(") + sel + range + QLatin1Char(')');
    }
    return sel;
}

// Builds `build(matchers)` once, or once per host-label spelling joined with `or`.
template <typename Build>
QString perNode(const QString& matchers, const QString& node, Build build) {
    if (node.isEmpty())
        return build(matchers);
    const QString quoted = promQuote(node);
    return QLatin1Char('(') + build(joinMatchers(matchers, QStringLiteral("Hostname=") + quoted)) +
           QStringLiteral(") or (") +
           build(joinMatchers(matchers, QStringLiteral("hostname=") + quoted)) + QLatin1Char(')');
}

} // namespace

QString promQuote(const QString& value) {
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString latestValuesQuery(const QString& matchers) {
    const QStringList names{dcgm::GpuUtil, dcgm::GrEngineActive, dcgm::FbUsed,
                            dcgm::FbFree,  dcgm::FbReserved,     dcgm::FbTotal,
                            dcgm::GpuTemp, dcgm::PowerUsage,     dcgm::SmClock};
    return QStringLiteral("{__name__=~\"") + names.join(QLatin1Char('|')) + QLatin1Char('"') +
           (matchers.isEmpty() ? QString() : QLatin1Char(',') + matchers) + QLatin1Char('}');
}

QLatin1StringView metricName(GpuMetric metric) {
    switch (metric) {
    case GpuMetric::Utilization:
        return dcgm::GpuUtil;
    case GpuMetric::MemoryUsed:
        return dcgm::FbUsed;
    case GpuMetric::MemoryFree:
        return dcgm::FbFree;
    case GpuMetric::Temperature:
        return dcgm::GpuTemp;
    case GpuMetric::Power:
        return dcgm::PowerUsage;
    case GpuMetric::SmClock:
        return dcgm::SmClock;
    }
    return dcgm::GpuUtil;
}

QString gpuMetricName(GpuMetric metric) {
    switch (metric) {
    case GpuMetric::Utilization:
        return QStringLiteral("utilization");
    case GpuMetric::MemoryUsed:
        return QStringLiteral("memoryUsed");
    case GpuMetric::MemoryFree:
        return QStringLiteral("memoryFree");
    case GpuMetric::Temperature:
        return QStringLiteral("temperature");
    case GpuMetric::Power:
        return QStringLiteral("power");
    case GpuMetric::SmClock:
        return QStringLiteral("smClock");
    }
    return {};
}

QString rollupExpr(QLatin1StringView metric, Rollup rollup, qint64 windowMs,
                   const QString& matchers, const QString& node) {
    return perNode(matchers, node, [&](const QString& m) -> QString {
        return applyRollup(selector(metric, m), rollup, windowMs);
    });
}

QString gpuMetricExpr(GpuMetric metric, Rollup rollup, qint64 windowMs, const QString& matchers,
                      const QString& node) {
    if (metric != GpuMetric::Utilization)
        return rollupExpr(metricName(metric), rollup, windowMs, matchers, node);
    // `or` matches label sets without the metric name: a GPU that reports GPU_UTIL keeps it,
    // a MIG instance (no GPU_UTIL) gets its graphics-engine activity in percent.
    return perNode(matchers, node, [&](const QString& m) -> QString {
        return QLatin1Char('(') + applyRollup(selector(dcgm::GpuUtil, m), rollup, windowMs) +
               QStringLiteral(") or (") +
               applyRollup(selector(dcgm::GrEngineActive, m), rollup, windowMs) +
               QStringLiteral(" * 100)");
    });
}

QString increaseExpr(QLatin1StringView metric, qint64 windowMs, const QString& matchers) {
    return QStringLiteral("increase(") + selector(metric, matchers) + QLatin1Char('[') +
           formatDuration(windowMs) + QStringLiteral("])");
}

} // namespace fd::metrics
