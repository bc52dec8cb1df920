#pragma once

// Steps and time windows for range queries. A chart asks for about `pointsPerPixel` points per
// horizontal pixel: the step is the range divided by that many points, rounded up to a readable
// step (15s, 1m, 5m, 1h…), never below the scrape interval (finer steps only repeat samples) and
// never so small that a series would have more than 11,000 points (Prometheus refuses those).
// Start and end are aligned to multiples of the step so successive refreshes land on the same
// grid and a missing step is a gap at a known time.

#include <QtGlobal>

namespace fd::metrics {

struct TimeWindow {
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 stepMs = 0;
    qint64 points() const { return stepMs > 0 ? (endMs - startMs) / stepMs + 1 : 0; }
};

// The smallest "nice" step that is >= ms (1s 2s 5s 10s 15s 30s 1m 2m 5m 10m 15m 30m 1h 2h 3h 6h
// 12h 1d 2d 7d, then whole weeks).
qint64 niceStep(qint64 ms);

// The smallest step (ms, a whole second) that keeps a range within 11,000 points per series.
qint64 minimumStep(qint64 rangeMs);

// The step for a chart `widthPx` wide over `rangeMs`.
qint64 stepForWidth(qint64 rangeMs, int widthPx, double pointsPerPixel = 2.0,
                    qint64 minStepMs = 15000);

// [end - range, end] on the step grid: end rounded down to a multiple of the step, start the
// first grid point at or after end - range.
TimeWindow alignedWindow(qint64 endMs, qint64 rangeMs, qint64 stepMs);

// The PromQL range for "over each step" functions (max_over_time(x[w]), changes(x[w])): the step
// itself, but at least two scrape intervals so no window falls between two samples.
qint64 rollupWindow(qint64 stepMs, qint64 scrapeIntervalMs);

} // namespace fd::metrics
