#pragma once

// The GPU views' data service over one PromClient: each call sends the PromQL of
// dcgmqueries.h (in parallel where it needs several), builds the model of gpufleet.h,
// gpuranking.h, healthevents.h or attribution.h on the thread pool, and delivers it once to the
// caller's context (dropped, and the queries aborted, when the context goes away). The same
// calls serve the dashboards and `fleetdeck-cli gpu …`.

#include "metrics/attribution.h"
#include "metrics/dcgmqueries.h"
#include "metrics/downsample.h"
#include "metrics/gpufleet.h"
#include "metrics/gpuranking.h"
#include "metrics/healthevents.h"
#include "metrics/promclient.h"
#include "metrics/querystep.h"

#include <QObject>
#include <QPointer>

namespace fd::metrics {

enum class Resolution {
    Chart, // ~2 points per pixel, each the average over its step (what a chart can show)
    Full,  // the finest step the range allows (≤ 11,000 points, ≥ the scrape interval),
           // downsampled here to ~2 points per pixel (zoom without re-query, exports)
};

struct SeriesRequest {
    QList<GpuMetric> metrics{GpuMetric::Utilization};
    QString node; // empty: every GPU
    qint64 rangeMs = 3600 * 1000;
    qint64 endMs = 0; // 0: now
    int widthPx = 1200;
    Resolution resolution = Resolution::Chart;
    DownsampleMethod method = DownsampleMethod::Lttb;
};

struct GpuSeries {
    GpuIdentity id;
    std::vector<Point> points; // gap-marked (NaN = gap), at most ~2 per pixel
    QString name;              // for a series that is not one GPU (the PromQL console), else empty
};

struct MetricSeries {
    GpuMetric metric = GpuMetric::Utilization;
    QList<GpuSeries> series;
};

struct SeriesSet {
    TimeWindow window; // the query grid
    qint64 rollupWindowMs = 0;
    QList<MetricSeries> metrics; // in the order asked for
    qint64 receivedPoints = 0;
    qint64 keptPoints = 0;
    int invalidValues = 0;
    QStringList warnings;
};

struct HealthRequest {
    qint64 rangeMs = 24 * 3600 * 1000;
    qint64 endMs = 0;  // 0: now
    qint64 stepMs = 0; // 0: about 720 steps over the range
    HealthOptions options;
};

struct HealthReport {
    TimeWindow window;
    qint64 rollupWindowMs = 0;
    QList<HealthEvent> events;
};

class GpuMetrics final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuMetrics)

public:
    // `client` must outlive this object and live on its thread.
    explicit GpuMetrics(PromClient* client, QObject* parent = nullptr);

    // Extra label matchers for every selector (e.g. `job="gpu-metrics"`), empty by default.
    void setMatchers(const QString& matchers) { m_matchers = matchers; }
    // The exporter's scrape interval (default 30 s, dcgm-exporter's collect interval): the
    // finest step worth asking for and the shortest rollup window.
    void setScrapeIntervalMs(qint64 ms) { m_scrapeMs = qMax<qint64>(1000, ms); }
    qint64 scrapeIntervalMs() const { return m_scrapeMs; }

    // Latest values of every GPU and MIG instance (heat map, `gpu list`). atMs 0: now.
    void fleet(QObject* context, PromCallback<Fleet> done, qint64 atMs = 0);
    // The `limit` highest GPUs over the range (`gpu top`).
    void top(RankBy by, qint64 rangeMs, int limit, QObject* context,
             PromCallback<QList<RankedGpu>> done, qint64 endMs = 0);
    // XID, temperature, power and throttling events over the range (`gpu health`).
    void health(const HealthRequest& request, QObject* context, PromCallback<HealthReport> done);
    // Per-pod use over the range (attribution, allocation vs use).
    void usage(qint64 rangeMs, QObject* context, PromCallback<QList<PodUsage>> done,
               qint64 endMs = 0);
    // Time series of GPU metrics for charts, downsampled for the plot width.
    void series(const SeriesRequest& request, QObject* context, PromCallback<SeriesSet> done);

    // The step series() uses (for tests and the UI's "step" readout).
    qint64 stepFor(const SeriesRequest& request) const;

private:
    qint64 now(qint64 endMs) const;

    QPointer<PromClient> m_client;
    QString m_matchers;
    qint64 m_scrapeMs = 30000;
};

} // namespace fd::metrics
