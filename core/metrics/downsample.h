#pragma once

// Downsampling for charts: at most ~2 points per horizontal pixel per series, so a 30-day view
// of 64 GPUs draws a few thousand points per line instead of hundreds of thousands. Pure.
//
// Gaps stay gaps. A series is first put in "gap-marked" form: points in time order where a
// non-finite value (NaN) marks a gap — a step Prometheus did not return, or a NaN/±Inf sample.
// Both methods work segment by segment between markers and keep one marker between segments,
// so a line is never drawn across missing data.
//
// Which is used where:
//  - LTTB (largest-triangle-three-buckets): line charts of one GPU's utilisation, memory,
//    temperature, power and clocks. It keeps the visual shape with the fewest points.
//  - min/max buckets: the fleet overview and anything where extremes matter (a temperature
//    peak, a utilisation dip, event series): per pixel column the lowest and the highest point
//    survive, so no spike can disappear between two kept points.

#include "metrics/promtypes.h"

#include <vector>

namespace fd::metrics {

enum class DownsampleMethod { Lttb, MinMax };

// Inserts a NaN marker wherever consecutive points are more than 1.5 steps apart, and turns
// NaN/±Inf samples into markers (at most one in a row). stepMs <= 0: no gap detection by time.
std::vector<Point> markGaps(const std::vector<Point>& points, qint64 stepMs);

// LTTB to at most `threshold` finite points (plus markers), per gap-free segment with the
// budget shared in proportion to segment length. Falls back to min/max buckets when there are
// more segments than the budget allows.
std::vector<Point> lttb(const std::vector<Point>& gapMarked, int threshold);

// Per bucket of (t1 - t0) / buckets: the minimum and maximum point of each gap-free run in it, in
// time order, and the markers between runs.
std::vector<Point> minMaxBuckets(const std::vector<Point>& gapMarked, qint64 t0Ms, qint64 t1Ms,
                                 int buckets);

// markGaps + the method, for a plot `widthPx` wide showing [t0, t1]: at most 2 finite points
// per pixel.
std::vector<Point> downsampleForWidth(const std::vector<Point>& points, qint64 stepMs, qint64 t0Ms,
                                      qint64 t1Ms, int widthPx, DownsampleMethod method);

inline bool isGapMarker(const Point& p) {
    return !(p.value == p.value) || p.value - p.value != 0; // NaN or ±Inf
}

} // namespace fd::metrics
