#pragma once

// The PromQL Fleetdeck sends for DCGM data, in one place. MIG-correct: utilisation is
// DCGM_FI_DEV_GPU_UTIL where a GPU reports it and DCGM_FI_PROF_GR_ENGINE_ACTIVE × 100 otherwise
// (MIG instances). A node is matched by either spelling of the host label (Hostname in released
// dcgm-exporters, hostname in newer ones). Event-like series are read "over each step"
// (max_over_time, increase) so an event shorter than the step is not lost between two samples.

#include <QLatin1StringView>
#include <QString>

namespace fd::metrics {

enum class Rollup {
    None, // the value at each step (the latest sample within the lookback)
    Avg,  // avg_over_time over the step: every sample counts
    Max,  // max_over_time over the step: peaks and short events survive
    Min,
};

enum class GpuMetric { Utilization, MemoryUsed, MemoryFree, Temperature, Power, SmClock };

// Escapes a label value for a PromQL string literal.
QString promQuote(const QString& value);

// `{__name__=~"…"}` for every metric the latest-values table needs, with `matchers` (extra
// label matchers such as `job="dcgm-exporter"`, may be empty).
QString latestValuesQuery(const QString& matchers = {});

// One GPU metric as a range-query expression over `windowMs` (ignored for Rollup::None), for all
// GPUs or only those of `node`.
QString gpuMetricExpr(GpuMetric metric, Rollup rollup, qint64 windowMs,
                      const QString& matchers = {}, const QString& node = {});

// A raw metric with a rollup, for event and ranking queries.
QString rollupExpr(QLatin1StringView metric, Rollup rollup, qint64 windowMs,
                   const QString& matchers = {}, const QString& node = {});

// increase(metric[window]): throttle counters, per step.
QString increaseExpr(QLatin1StringView metric, qint64 windowMs, const QString& matchers = {});

QLatin1StringView metricName(GpuMetric metric); // DCGM name (Utilization: GPU_UTIL)
QString gpuMetricName(GpuMetric metric);        // "utilization", "memoryUsed", …

} // namespace fd::metrics
