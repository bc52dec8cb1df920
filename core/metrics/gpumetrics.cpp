#include "metrics/gpumetrics.h"

#include "metrics/dcgmcatalog.h"

#include <QDateTime>

#include <memory>
#include <mutex>

namespace fd::metrics {

namespace {

// Collects the results of parallel queries; the first error wins, and `complete` runs once all
// arrived. Callbacks arrive on the caller's context thread, one at a time.
template <typename Out> struct Gather {
    explicit Gather(int n)
        : pending(n) {}
    int pending;
    bool done = false;
    std::vector<QueryResult> results;
    std::function<void(PromResult<Out>)> deliver;
    std::function<Out(std::vector<QueryResult>&)> compute;

    std::function<void(PromResult<QueryResult>)> slot(std::shared_ptr<Gather> self, size_t i) {
        return [self, i](PromResult<QueryResult> r) {
            if (self->done)
                return;
            if (!r) {
                self->done = true;
                self->deliver(r.error());
                return;
            }
            self->results[i] = std::move(r.value());
            if (--self->pending == 0) {
                self->done = true;
                // The model is built off the caller's thread too.
                auto work = [self] { return PromResult<Out>(self->compute(self->results)); };
                QThreadPool::globalInstance()->start([self, work] { self->deliver(work()); });
            }
        };
    }
};

template <typename Out>
std::shared_ptr<Gather<Out>> makeGather(int n, QObject* context,
                                        std::function<void(PromResult<Out>)> done,
                                        std::function<Out(std::vector<QueryResult>&)> compute) {
    auto g = std::make_shared<Gather<Out>>(n);
    g->results.resize(size_t(n));
    g->deliver = fd::handoff<PromResult<Out>>(context, std::move(done));
    g->compute = std::move(compute);
    return g;
}

QList<Sample> vectorOf(const QueryResult& r) {
    return r.type == ResultType::Vector ? r.vector : QList<Sample>{};
}

} // namespace

GpuMetrics::GpuMetrics(PromClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

qint64 GpuMetrics::now(qint64 endMs) const {
    return endMs > 0 ? endMs : QDateTime::currentMSecsSinceEpoch();
}

void GpuMetrics::fleet(QObject* context, PromCallback<Fleet> done, qint64 atMs) {
    const qint64 at = now(atMs);
    auto g = makeGather<Fleet>(1, context, std::move(done), [at](std::vector<QueryResult>& r) {
        Fleet f;
        const QList<GpuReading> readings =
            readingsFromSamples(vectorOf(r[0]), &f.skippedSeries, &f.blankValues);
        const int skipped = f.skippedSeries, blanks = f.blankValues;
        f = buildFleet(readings);
        f.skippedSeries = skipped;
        f.blankValues = blanks;
        f.atMs = at;
        return f;
    });
    if (!m_client)
        return;
    m_client->query(InstantQuery{latestValuesQuery(m_matchers), at}, context, g->slot(g, 0));
}

void GpuMetrics::top(RankBy by, qint64 rangeMs, int limit, QObject* context,
                     PromCallback<QList<RankedGpu>> done, qint64 endMs) {
    auto g = makeGather<QList<RankedGpu>>(
        1, context, std::move(done),
        [limit](std::vector<QueryResult>& r) { return rankGpus(vectorOf(r[0]), limit); });
    if (!m_client)
        return;
    m_client->query(InstantQuery{rankQuery(by, rangeMs, m_matchers), now(endMs)}, context,
                    g->slot(g, 0));
}

void GpuMetrics::health(const HealthRequest& request, QObject* context,
                        PromCallback<HealthReport> done) {
    const qint64 step =
        request.stepMs > 0 ? request.stepMs : stepForWidth(request.rangeMs, 720, 1.0, m_scrapeMs);
    const TimeWindow w = alignedWindow(now(request.endMs), request.rangeMs, step);
    const qint64 window = rollupWindow(step, m_scrapeMs);
    const HealthOptions options = request.options;
    auto g = makeGather<HealthReport>(7, context, std::move(done),
                                      [w, window, options](std::vector<QueryResult>& r) {
                                          HealthInputs in;
                                          in.windowMs = window;
                                          in.xid = std::move(r[0]);
                                          in.temperature = std::move(r[1]);
                                          in.power = std::move(r[2]);
                                          in.thermal = std::move(r[3]);
                                          in.powerCapped = std::move(r[4]);
                                          in.powerLimits = vectorOf(r[5]);
                                          in.utilization = std::move(r[6]);
                                          HealthReport report;
                                          report.window = w;
                                          report.rollupWindowMs = window;
                                          report.events = findHealthEvents(in, options);
                                          return report;
                                      });
    if (!m_client)
        return;
    auto range = [&](const QString& expr, size_t slot) {
        m_client->queryRange(RangeQuery{expr, w.startMs, w.endMs, w.stepMs}, context,
                             g->slot(g, slot));
    };
    range(rollupExpr(dcgm::XidErrors, Rollup::Max, window, m_matchers), 0);
    range(rollupExpr(dcgm::GpuTemp, Rollup::Max, window, m_matchers), 1);
    range(rollupExpr(dcgm::PowerUsage, Rollup::Max, window, m_matchers), 2);
    range(increaseExpr(dcgm::ThermalViolation, window, m_matchers), 3);
    range(increaseExpr(dcgm::PowerViolation, window, m_matchers), 4);
    m_client->query(
        InstantQuery{rollupExpr(dcgm::PowerLimit, Rollup::None, 0, m_matchers), w.endMs}, context,
        g->slot(g, 5));
    range(gpuMetricExpr(GpuMetric::Utilization, Rollup::Avg, window, m_matchers), 6);
}

void GpuMetrics::usage(qint64 rangeMs, QObject* context, PromCallback<QList<PodUsage>> done,
                       qint64 endMs) {
    auto g =
        makeGather<QList<PodUsage>>(2, context, std::move(done), [](std::vector<QueryResult>& r) {
            return usageByPod(vectorOf(r[0]), vectorOf(r[1]));
        });
    if (!m_client)
        return;
    const qint64 at = now(endMs);
    m_client->query(
        InstantQuery{gpuMetricExpr(GpuMetric::Utilization, Rollup::Avg, rangeMs, m_matchers), at},
        context, g->slot(g, 0));
    m_client->query(InstantQuery{rollupExpr(dcgm::FbUsed, Rollup::Max, rangeMs, m_matchers), at},
                    context, g->slot(g, 1));
}

qint64 GpuMetrics::stepFor(const SeriesRequest& request) const {
    if (request.resolution == Resolution::Full)
        return qMax(minimumStep(request.rangeMs), m_scrapeMs);
    return stepForWidth(request.rangeMs, request.widthPx, 2.0, m_scrapeMs);
}

void GpuMetrics::series(const SeriesRequest& request, QObject* context,
                        PromCallback<SeriesSet> done) {
    const qint64 step = stepFor(request);
    const TimeWindow w = alignedWindow(now(request.endMs), request.rangeMs, step);
    const qint64 window = rollupWindow(step, m_scrapeMs);
    const QList<GpuMetric> metrics = request.metrics;
    const int width = request.widthPx;
    const DownsampleMethod method = request.method;
    auto g = makeGather<SeriesSet>(
        int(metrics.size()), context, std::move(done),
        [w, window, metrics, width, method](std::vector<QueryResult>& results) {
            SeriesSet set;
            set.window = w;
            set.rollupWindowMs = window;
            for (qsizetype m = 0; m < metrics.size(); ++m) {
                QueryResult& r = results[size_t(m)];
                set.invalidValues += r.invalidValues;
                set.warnings += r.warnings;
                MetricSeries ms;
                ms.metric = metrics[m];
                for (Series& s : r.matrix) {
                    GpuIdentity id = gpuIdentity(s.labels);
                    if (!id.isValid())
                        continue;
                    set.receivedPoints += qint64(s.points.size());
                    GpuSeries gs{
                        std::move(id),
                        downsampleForWidth(s.points, w.stepMs, w.startMs, w.endMs, width, method),
                        {}};
                    set.keptPoints += qint64(gs.points.size());
                    ms.series.append(std::move(gs));
                }
                std::sort(ms.series.begin(), ms.series.end(),
                          [](const GpuSeries& a, const GpuSeries& b) {
                              if (a.id.node != b.id.node)
                                  return a.id.node < b.id.node;
                              if (a.id.gpu != b.id.gpu)
                                  return gpuIndexLess(a.id.gpu, b.id.gpu);
                              return gpuIndexLess(a.id.migInstance, b.id.migInstance);
                          });
                set.metrics.append(std::move(ms));
            }
            return set;
        });
    if (!m_client)
        return;
    for (qsizetype m = 0; m < metrics.size(); ++m)
        m_client->queryRange(
            RangeQuery{gpuMetricExpr(metrics[m], Rollup::Avg, window, m_matchers, request.node),
                       w.startMs, w.endMs, w.stepMs},
            context, g->slot(g, size_t(m)));
}

} // namespace fd::metrics
