#include "metrics/downsample.h"

#include <cmath>
#include <limits>

namespace fd::metrics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Gap-free runs [begin, end) of finite points.
struct Run {
    size_t begin;
    size_t end;
};

std::vector<Run> runsOf(const std::vector<Point>& pts) {
    std::vector<Run> runs;
    size_t i = 0;
    while (i < pts.size()) {
        while (i < pts.size() && isGapMarker(pts[i]))
            ++i;
        const size_t begin = i;
        while (i < pts.size() && !isGapMarker(pts[i]))
            ++i;
        if (i > begin)
            runs.push_back({begin, i});
    }
    return runs;
}

void appendMarker(std::vector<Point>& out, qint64 t) {
    if (!out.empty() && !isGapMarker(out.back()))
        out.push_back({t, kNaN});
}

void lttbRun(const std::vector<Point>& pts, Run run, size_t threshold, std::vector<Point>& out) {
    const size_t n = run.end - run.begin;
    if (threshold >= n || n <= 2) {
        out.insert(out.end(), pts.begin() + qsizetype(run.begin), pts.begin() + qsizetype(run.end));
        return;
    }
    if (threshold < 2)
        threshold = 2;
    const Point* data = pts.data() + run.begin;
    const double every = double(n - 2) / double(threshold - 2);
    size_t a = 0;
    out.push_back(data[0]);
    for (size_t i = 0; i < threshold - 2; ++i) {
        // The average of the next bucket is the third corner of the triangle.
        size_t avgStart = size_t(std::floor(double(i + 1) * every)) + 1;
        size_t avgEnd = qMin(size_t(std::floor(double(i + 2) * every)) + 1, n);
        if (avgStart >= avgEnd)
            avgStart = avgEnd - 1;
        double avgX = 0, avgY = 0;
        for (size_t j = avgStart; j < avgEnd; ++j) {
            avgX += double(data[j].timeMs);
            avgY += data[j].value;
        }
        const double len = double(avgEnd - avgStart);
        avgX /= len;
        avgY /= len;
        const size_t rangeStart = size_t(std::floor(double(i) * every)) + 1;
        const size_t rangeEnd = qMin(size_t(std::floor(double(i + 1) * every)) + 1, n - 1);
        const double ax = double(data[a].timeMs), ay = data[a].value;
        double maxArea = -1;
        size_t chosen = rangeStart;
        for (size_t j = rangeStart; j < rangeEnd; ++j) {
            const double area = std::abs((ax - avgX) * (data[j].value - ay) -
                                         (ax - double(data[j].timeMs)) * (avgY - ay));
            if (area > maxArea) {
                maxArea = area;
                chosen = j;
            }
        }
        out.push_back(data[chosen]);
        a = chosen;
    }
    out.push_back(data[n - 1]);
}

} // namespace

std::vector<Point> markGaps(const std::vector<Point>& points, qint64 stepMs) {
    std::vector<Point> out;
    out.reserve(points.size() + 8);
    const qint64 limit = stepMs > 0 ? stepMs + stepMs / 2 : std::numeric_limits<qint64>::max();
    for (size_t i = 0; i < points.size(); ++i) {
        const Point& p = points[i];
        if (isGapMarker(p)) {
            appendMarker(out, p.timeMs);
            continue;
        }
        if (i > 0 && !isGapMarker(points[i - 1]) && p.timeMs - points[i - 1].timeMs > limit)
            appendMarker(out, points[i - 1].timeMs + stepMs);
        out.push_back(p);
    }
    return out;
}

std::vector<Point> lttb(const std::vector<Point>& gapMarked, int threshold) {
    const std::vector<Run> runs = runsOf(gapMarked);
    size_t finite = 0;
    for (const Run& r : runs)
        finite += r.end - r.begin;
    if (threshold <= 0 || finite <= size_t(threshold))
        return gapMarked;
    if (runs.size() * 2 > size_t(threshold)) {
        const qint64 t0 = gapMarked.front().timeMs, t1 = gapMarked.back().timeMs;
        return minMaxBuckets(gapMarked, t0, t1, qMax(1, threshold / 2));
    }
    std::vector<Point> out;
    out.reserve(size_t(threshold) + runs.size());
    size_t budgetLeft = size_t(threshold);
    size_t pointsLeft = finite;
    for (size_t i = 0; i < runs.size(); ++i) {
        const size_t n = runs[i].end - runs[i].begin;
        // Proportional share, at least 2 (a segment keeps both ends), what is left for the last.
        size_t share =
            i + 1 == runs.size()
                ? budgetLeft
                : size_t(std::floor(double(budgetLeft) * double(n) / double(pointsLeft)));
        share = qMax<size_t>(share, qMin<size_t>(n, 2));
        if (i > 0)
            appendMarker(out, gapMarked[runs[i].begin - 1].timeMs);
        lttbRun(gapMarked, runs[i], share, out);
        budgetLeft = budgetLeft > share ? budgetLeft - share : 0;
        pointsLeft -= n;
    }
    return out;
}

std::vector<Point> minMaxBuckets(const std::vector<Point>& gapMarked, qint64 t0Ms, qint64 t1Ms,
                                 int buckets) {
    std::vector<Point> out;
    if (gapMarked.empty() || buckets <= 0)
        return out;
    if (t1Ms <= t0Ms)
        t1Ms = t0Ms + 1;
    const double width = double(t1Ms - t0Ms) / double(buckets);
    auto bucketOf = [&](qint64 t) {
        const double b = std::floor(double(t - t0Ms) / width);
        return qBound(qint64(0), qint64(b), qint64(buckets - 1));
    };
    out.reserve(size_t(buckets) * 2 + 8);
    size_t i = 0;
    while (i < gapMarked.size()) {
        if (isGapMarker(gapMarked[i])) {
            appendMarker(out, gapMarked[i].timeMs);
            ++i;
            continue;
        }
        // One gap-free run inside one bucket.
        const qint64 bucket = bucketOf(gapMarked[i].timeMs);
        size_t lo = i, hi = i;
        size_t j = i;
        while (j < gapMarked.size() && !isGapMarker(gapMarked[j]) &&
               bucketOf(gapMarked[j].timeMs) == bucket) {
            if (gapMarked[j].value < gapMarked[lo].value)
                lo = j;
            if (gapMarked[j].value > gapMarked[hi].value)
                hi = j;
            ++j;
        }
        if (lo == hi) {
            out.push_back(gapMarked[lo]);
        } else {
            out.push_back(gapMarked[qMin(lo, hi)]);
            out.push_back(gapMarked[qMax(lo, hi)]);
        }
        i = j;
    }
    return out;
}

std::vector<Point> downsampleForWidth(const std::vector<Point>& points, qint64 stepMs, qint64 t0Ms,
                                      qint64 t1Ms, int widthPx, DownsampleMethod method) {
    const std::vector<Point> marked = markGaps(points, stepMs);
    const int width = qMax(1, widthPx);
    if (method == DownsampleMethod::MinMax)
        return minMaxBuckets(marked, t0Ms, t1Ms, width);
    return lttb(marked, 2 * width);
}

} // namespace fd::metrics
