#pragma once

// Top-N GPUs over a time range: utilisation and power by their average, memory and temperature
// by their peak (a GPU that ran out of memory once matters more than its mean). The query is
// one instant query at the end of the range; ranking happens here.

#include "metrics/gpuidentity.h"
#include "metrics/promtypes.h"

#include <QJsonObject>

#include <optional>

namespace fd::metrics {

enum class RankBy { Utilization, Memory, Temperature, Power };

std::optional<RankBy> parseRankBy(QStringView text); // "utilization" | "memory" | …
QString rankByName(RankBy by);

// The instant query for ranking over `rangeMs` (e.g. avg_over_time(…[7d])).
QString rankQuery(RankBy by, qint64 rangeMs, const QString& matchers = {});

struct RankedGpu {
    GpuIdentity id;
    double value = 0; // percent, MiB, °C or W
};

// Highest first; NaN/blank values and series without GPU labels are left out; ties by
// node/GPU. limit <= 0: all.
QList<RankedGpu> rankGpus(const QList<Sample>& samples, int limit);

// {"by": "...", "range": "7d", "gpus":[{"node","gpu","uuid","model","migProfile","migInstance",
// "namespace","pod","value"}]}
QJsonObject rankingJson(RankBy by, qint64 rangeMs, const QList<RankedGpu>& ranked);

} // namespace fd::metrics
