#pragma once

// What NVIDIA dcgm-exporter reports, as data: metric names, Prometheus type, unit, meaning and
// whether a MIG GPU instance reports it. Built from dcgm-exporter's own counter lists
// (etc/default-counters.csv, etc/dcp-metrics-included.csv, etc/1.x-compatibility-metrics.csv;
// copies in tests/data/dcgm) plus the fields seen in real scrapes that those lists leave out.
//
// MIG rules (dcgm-exporter issues #50 and #430, and the A800 scrape in tests/data/dcgm):
//  - DCGM_FI_DEV_GPU_UTIL (and the other DCGM_FI_DEV_*_UTIL) is not reported for MIG instances:
//    use DCGM_FI_PROF_GR_ENGINE_ACTIVE (a 0–1 ratio) for their utilisation;
//  - frame-buffer metrics (DCGM_FI_DEV_FB_*) may be missing for a GPU instance;
//  - temperature, power and clocks of a GPU instance are the whole board's.
// Values can be non-numeric (`ERROR - FAILED TO CONVERT TO STRING`) or DCGM's "blank"
// sentinels (9223372036854775794 and neighbours): both mean "not reported".

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace fd::metrics {

enum class MetricType { Gauge, Counter, Label };

enum class Unit {
    None,
    Percent, // 0–100
    Ratio,   // 0–1 (profiling metrics)
    MHz,
    Celsius,
    Watts,
    MilliJoules,
    MiB,
    Count,
    Nanoseconds,
    BytesPerSecond,
    Bytes,
    XidCode, // the value is an XID number (see xid.h), 0 when none
    Bitmask, // clock event / throttle reasons
    Boolean,
    State, // an enumeration (license status, P-state, health)
};

enum class MetricGroup {
    Clocks,
    Temperature,
    Power,
    Pcie,
    Utilization,
    Errors,
    Memory,
    Ecc,
    RetiredPages,
    NvLink,
    Vgpu,
    RemappedRows,
    StaticInfo,
    Profiling,
    Exporter,
    Other,
};

// Whether a MIG GPU instance reports the metric.
enum class MigSupport { Reported, NotReported, MayBeMissing, BoardValue };

struct DcgmMetric {
    const char* name;
    MetricType type;
    Unit unit;
    MetricGroup group;
    MigSupport mig;
    bool inDefaultSet;      // enabled in dcgm-exporter's default-counters.csv
    const char* help;       // English meaning (translated through meaning())
    const char* legacyName; // the dcgm-exporter 1.x name, or nullptr
};

// Every metric in the catalog, in the CSVs' order.
const QList<DcgmMetric>& dcgmMetrics();
// A metric by current or 1.x name (nullptr when unknown).
const DcgmMetric* findDcgmMetric(QStringView name);
inline const DcgmMetric* findDcgmMetric(QLatin1StringView name) {
    return findDcgmMetric(QStringView(QString(name)));
}
// The meaning in the user's language.
QString meaning(const DcgmMetric& metric);
// "%", "MHz", "°C", "W", "MiB"… (empty for plain numbers).
QString unitSymbol(Unit unit);
QString metricTypeName(MetricType type); // "gauge", "counter", "label"

// DCGM's "blank" sentinels (a field that has no value) and non-finite values: not reported.
bool isBlankValue(double value);

// The number of compute slices of a MIG-capable board (7 for A100/H100/H200/B200, 4 for A30)
// and of a MIG profile ("3g.40gb" → 3; 0 when the profile does not say).
int migSlicesOfBoard(const QString& modelName);
int migSlicesOfProfile(const QString& profile);

// The board power limit in watts of common data-centre GPU models, from NVIDIA's product
// specifications (0 when unknown). Used when DCGM_FI_DEV_POWER_MGMT_LIMIT is not exported.
double boardPowerWatts(const QString& modelName);

// Metric names Fleetdeck queries.
namespace dcgm {
inline constexpr QLatin1StringView GpuUtil{"DCGM_FI_DEV_GPU_UTIL"};
inline constexpr QLatin1StringView GrEngineActive{"DCGM_FI_PROF_GR_ENGINE_ACTIVE"};
inline constexpr QLatin1StringView FbUsed{"DCGM_FI_DEV_FB_USED"};
inline constexpr QLatin1StringView FbFree{"DCGM_FI_DEV_FB_FREE"};
inline constexpr QLatin1StringView FbReserved{"DCGM_FI_DEV_FB_RESERVED"};
inline constexpr QLatin1StringView FbTotal{"DCGM_FI_DEV_FB_TOTAL"};
inline constexpr QLatin1StringView GpuTemp{"DCGM_FI_DEV_GPU_TEMP"};
inline constexpr QLatin1StringView PowerUsage{"DCGM_FI_DEV_POWER_USAGE"};
inline constexpr QLatin1StringView PowerLimit{"DCGM_FI_DEV_POWER_MGMT_LIMIT"};
inline constexpr QLatin1StringView SmClock{"DCGM_FI_DEV_SM_CLOCK"};
inline constexpr QLatin1StringView XidErrors{"DCGM_FI_DEV_XID_ERRORS"};
inline constexpr QLatin1StringView ThermalViolation{"DCGM_FI_DEV_THERMAL_VIOLATION"};
inline constexpr QLatin1StringView PowerViolation{"DCGM_FI_DEV_POWER_VIOLATION"};
} // namespace dcgm

} // namespace fd::metrics
