#pragma once

// Health events over a time range, from range queries read "over each step": XID errors with
// their meaning, temperature and power outliers, and throttling. Pure.
//
// Times bracket the event within one step: the condition held somewhere in
// (start, end] — `start` is the beginning of the first window in which it was seen and `end` the
// end of the last one; no end means it was still going at the end of the range.
//
// Outliers: a temperature at or above `temperatureC`, or `temperaturePeerDeltaC` above the median
// of the same model's GPUs under a similar load at that moment (utilisation within
// `peerLoadTolerancePct`; at least `temperaturePeerFloorC`) — a busy GPU is hotter than an idle
// one, a GPU hotter than its equally busy peers has a cooling problem; a power draw above the
// board limit (DCGM_FI_DEV_POWER_MGMT_LIMIT when exported, else the model's rated power from the
// catalog), or — when no limit is known — far above equally busy GPUs of the same model.
// Temperature, power and throttling are board values: MIG instances of one GPU give one event.

#include "metrics/gpuidentity.h"
#include "metrics/promtypes.h"

#include <QJsonObject>

#include <optional>

namespace fd::metrics {

struct HealthEvent {
    GpuIdentity id;
    QString kind; // "xid", "temperature", "power", "thermal-throttling", "power-throttling"
    std::optional<int> code; // the XID
    QString meaning;         // translated
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    double peak = 0; // °C, W, throttled share; the code for XIDs
};

struct HealthOptions {
    double temperatureC = 85.0;
    double temperaturePeerDeltaC = 20.0;
    double temperaturePeerFloorC = 70.0;
    double powerOverLimitRatio = 1.0;
    double powerPeerRatio = 1.5;
    double powerPeerDeltaW = 100.0;
    double peerLoadTolerancePct = 15.0; // "similar load": utilisation within this many points
    int minPeers = 3;                   // peer rules need this many comparable GPUs of the model
};

struct HealthInputs {
    qint64 windowMs = 0;       // the rollup window of the queries (≥ step)
    QueryResult xid;           // max_over_time(DCGM_FI_DEV_XID_ERRORS[w])
    QueryResult temperature;   // max_over_time(DCGM_FI_DEV_GPU_TEMP[w])
    QueryResult power;         // max_over_time(DCGM_FI_DEV_POWER_USAGE[w])
    QueryResult thermal;       // increase(DCGM_FI_DEV_THERMAL_VIOLATION[w])
    QueryResult powerCapped;   // increase(DCGM_FI_DEV_POWER_VIOLATION[w])
    QueryResult utilization;   // avg_over_time of the MIG-correct utilisation (peer comparison)
    QList<Sample> powerLimits; // DCGM_FI_DEV_POWER_MGMT_LIMIT now (often not exported)
};

QList<HealthEvent> findHealthEvents(const HealthInputs& in, const HealthOptions& options = {});

QString isoTime(qint64 ms); // "2026-12-05T08:00:00Z"

// {"events":[{"node","gpu","migInstance","kind","code","meaning","start","end"}]}: ISO 8601
// times, end null while the event is still going, code null except for XIDs.
QJsonObject healthEventsJson(const QList<HealthEvent>& events);

} // namespace fd::metrics
