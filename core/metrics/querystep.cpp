#include "metrics/querystep.h"

#include "metrics/promclient.h"

#include <cmath>

namespace fd::metrics {

namespace {
constexpr qint64 kS = 1000;
constexpr qint64 kM = 60 * kS;
constexpr qint64 kH = 60 * kM;
constexpr qint64 kD = 24 * kH;
constexpr qint64 kNice[] = {kS,     2 * kS, 5 * kS,  10 * kS, 15 * kS, 30 * kS, kM,
                            2 * kM, 5 * kM, 10 * kM, 15 * kM, 30 * kM, kH,      2 * kH,
                            3 * kH, 6 * kH, 12 * kH, kD,      2 * kD,  7 * kD};
} // namespace

qint64 niceStep(qint64 ms) {
    if (ms <= kS)
        return kS;
    for (qint64 nice : kNice)
        if (nice >= ms)
            return nice;
    const qint64 week = 7 * kD;
    return ((ms + week - 1) / week) * week;
}

qint64 minimumStep(qint64 rangeMs) {
    if (rangeMs <= 0)
        return kS;
    const qint64 raw = (rangeMs + kMaxPointsPerSeries - 2) / (kMaxPointsPerSeries - 1);
    return qMax<qint64>(kS, ((raw + kS - 1) / kS) * kS);
}

qint64 stepForWidth(qint64 rangeMs, int widthPx, double pointsPerPixel, qint64 minStepMs) {
    const double points = qMax(1.0, double(qMax(1, widthPx)) * qMax(0.01, pointsPerPixel));
    const qint64 raw = qint64(std::ceil(double(qMax<qint64>(rangeMs, 1)) / points));
    qint64 step = niceStep(qMax(raw, qMax<qint64>(minStepMs, kS)));
    // The grid alignment may add one point; keep the whole window within the limit.
    while (rangeMs / step + 2 > kMaxPointsPerSeries)
        step = niceStep(step + 1);
    return step;
}

TimeWindow alignedWindow(qint64 endMs, qint64 rangeMs, qint64 stepMs) {
    TimeWindow w;
    w.stepMs = qMax<qint64>(1, stepMs);
    w.endMs = endMs - ((endMs % w.stepMs) + w.stepMs) % w.stepMs;
    const qint64 from = endMs - rangeMs;
    const qint64 rem = ((from % w.stepMs) + w.stepMs) % w.stepMs;
    w.startMs = rem == 0 ? from : from + (w.stepMs - rem);
    if (w.startMs > w.endMs)
        w.startMs = w.endMs;
    return w;
}

qint64 rollupWindow(qint64 stepMs, qint64 scrapeIntervalMs) {
    return qMax(stepMs, 2 * qMax<qint64>(scrapeIntervalMs, kS));
}

} // namespace fd::metrics
