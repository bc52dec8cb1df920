#include "metrics/dcgmcatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace fd::metrics {

namespace {

// Generated from dcgm-exporter's etc/default-counters.csv and etc/dcp-metrics-included.csv (help
// texts verbatim, `inDefaultSet` = not commented out in default-counters.csv) and the 1.x names
// of etc/1.x-compatibility-metrics.csv, then the fields seen in real scrapes that the lists
// leave out (FB_TOTAL … VGPU_PER_PROCESS_UTILIZATION). tst_metrics_core checks this table
// against the CSVs in tests/data/dcgm. The 1.x profiling metrics were percentages; the current
// DCGM_FI_PROF_* are 0–1 ratios.
const QList<DcgmMetric> kMetrics = {
    {"DCGM_FI_DEV_SM_CLOCK", MetricType::Gauge, Unit::MHz, MetricGroup::Clocks,
     MigSupport::BoardValue, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "SM clock frequency (in MHz)."),
     "dcgm_sm_clock"},
    {"DCGM_FI_DEV_MEM_CLOCK", MetricType::Gauge, Unit::MHz, MetricGroup::Clocks,
     MigSupport::BoardValue, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Memory clock frequency (in MHz)."),
     "dcgm_memory_clock"},
    {"DCGM_FI_DEV_MEMORY_TEMP", MetricType::Gauge, Unit::Celsius, MetricGroup::Temperature,
     MigSupport::BoardValue, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Memory temperature (in C)."),
     "dcgm_memory_temp"},
    {"DCGM_FI_DEV_GPU_TEMP", MetricType::Gauge, Unit::Celsius, MetricGroup::Temperature,
     MigSupport::BoardValue, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "GPU temperature (in C)."), "dcgm_gpu_temp"},
    {"DCGM_FI_DEV_POWER_USAGE", MetricType::Gauge, Unit::Watts, MetricGroup::Power,
     MigSupport::BoardValue, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Power draw (in W)."), "dcgm_power_usage"},
    {"DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION", MetricType::Counter, Unit::MilliJoules,
     MetricGroup::Power, MigSupport::BoardValue, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Total energy consumption since boot (in mJ)."),
     "dcgm_total_energy_consumption"},
    {"DCGM_FI_PROF_PCIE_TX_BYTES", MetricType::Gauge, Unit::BytesPerSecond, MetricGroup::Pcie,
     MigSupport::NotReported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "The rate of data transmitted over the PCIe bus - including both protocol "
                       "headers and data payloads - in bytes per second."),
     "dcgm_fi_prof_pcie_tx_bytes"},
    {"DCGM_FI_PROF_PCIE_RX_BYTES", MetricType::Gauge, Unit::BytesPerSecond, MetricGroup::Pcie,
     MigSupport::NotReported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "The rate of data received over the PCIe bus - including both protocol "
                       "headers and data payloads - in bytes per second."),
     "dcgm_fi_prof_pcie_rx_bytes"},
    {"DCGM_FI_DEV_PCIE_REPLAY_COUNTER", MetricType::Counter, Unit::Count, MetricGroup::Pcie,
     MigSupport::Reported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Total number of PCIe retries."),
     "dcgm_pcie_replay_counter"},
    {"DCGM_FI_DEV_GPU_UTIL", MetricType::Gauge, Unit::Percent, MetricGroup::Utilization,
     MigSupport::NotReported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "GPU utilization (in %)."),
     "dcgm_gpu_utilization"},
    {"DCGM_FI_DEV_MEM_COPY_UTIL", MetricType::Gauge, Unit::Percent, MetricGroup::Utilization,
     MigSupport::NotReported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Memory utilization (in %)."),
     "dcgm_mem_copy_utilization"},
    {"DCGM_FI_DEV_ENC_UTIL", MetricType::Gauge, Unit::Percent, MetricGroup::Utilization,
     MigSupport::NotReported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Encoder utilization (in %)."),
     "dcgm_enc_utilization"},
    {"DCGM_FI_DEV_DEC_UTIL", MetricType::Gauge, Unit::Percent, MetricGroup::Utilization,
     MigSupport::NotReported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Decoder utilization (in %)."),
     "dcgm_dec_utilization"},
    {"DCGM_FI_DEV_XID_ERRORS", MetricType::Gauge, Unit::XidCode, MetricGroup::Errors,
     MigSupport::Reported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Value of the last XID error encountered."),
     "dcgm_xid_errors"},
    {"DCGM_FI_DEV_POWER_VIOLATION", MetricType::Counter, Unit::Nanoseconds, MetricGroup::Errors,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Throttling duration due to power constraints (in ns)."),
     "dcgm_power_violation"},
    {"DCGM_FI_DEV_THERMAL_VIOLATION", MetricType::Counter, Unit::Nanoseconds, MetricGroup::Errors,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Throttling duration due to thermal constraints (in ns)."),
     "dcgm_thermal_violation"},
    {"DCGM_FI_DEV_SYNC_BOOST_VIOLATION", MetricType::Counter, Unit::Nanoseconds,
     MetricGroup::Errors, MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Throttling duration due to sync-boost constraints (in ns)."),
     "dcgm_sync_boost_violation"},
    {"DCGM_FI_DEV_BOARD_LIMIT_VIOLATION", MetricType::Counter, Unit::Nanoseconds,
     MetricGroup::Errors, MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Throttling duration due to board limit constraints (in ns)."),
     "dcgm_board_limit_violation"},
    {"DCGM_FI_DEV_LOW_UTIL_VIOLATION", MetricType::Counter, Unit::Nanoseconds, MetricGroup::Errors,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Throttling duration due to low utilization (in ns)."),
     "dcgm_low_util_violation"},
    {"DCGM_FI_DEV_RELIABILITY_VIOLATION", MetricType::Counter, Unit::Nanoseconds,
     MetricGroup::Errors, MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Throttling duration due to reliability constraints (in ns)."),
     "dcgm_reliability_violation"},
    {"DCGM_EXP_CLOCK_EVENTS_COUNT", MetricType::Counter, Unit::Count, MetricGroup::Exporter,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "reported clock events"), nullptr},
    {"DCGM_EXP_XID_ERRORS_COUNT", MetricType::Counter, Unit::XidCode, MetricGroup::Exporter,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "reported XIDs during last window"), nullptr},
    {"DCGM_EXP_GPU_HEALTH_STATUS", MetricType::Counter, Unit::State, MetricGroup::Exporter,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "DCGM reported health status"), nullptr},
    {"DCGM_EXP_P2P_STATUS", MetricType::Counter, Unit::State, MetricGroup::Exporter,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "P2P NvLink status"), nullptr},
    {"DCGM_FI_DEV_FB_FREE", MetricType::Gauge, Unit::MiB, MetricGroup::Memory,
     MigSupport::MayBeMissing, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Framebuffer memory free (in MiB)."),
     "dcgm_fb_free"},
    {"DCGM_FI_DEV_FB_USED", MetricType::Gauge, Unit::MiB, MetricGroup::Memory,
     MigSupport::MayBeMissing, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Framebuffer memory used (in MiB)."),
     "dcgm_fb_used"},
    {"DCGM_FI_DEV_FB_RESERVED", MetricType::Gauge, Unit::MiB, MetricGroup::Memory,
     MigSupport::MayBeMissing, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Framebuffer memory reserved (in MiB)."),
     nullptr},
    {"DCGM_FI_DEV_ECC_SBE_VOL_TOTAL", MetricType::Counter, Unit::Count, MetricGroup::Ecc,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Total number of single-bit volatile ECC errors."),
     "dcgm_ecc_sbe_volatile_total"},
    {"DCGM_FI_DEV_ECC_DBE_VOL_TOTAL", MetricType::Counter, Unit::Count, MetricGroup::Ecc,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Total number of double-bit volatile ECC errors."),
     "dcgm_ecc_dbe_volatile_total"},
    {"DCGM_FI_DEV_ECC_SBE_AGG_TOTAL", MetricType::Counter, Unit::Count, MetricGroup::Ecc,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Total number of single-bit persistent ECC errors."),
     "dcgm_ecc_sbe_aggregate_total"},
    {"DCGM_FI_DEV_ECC_DBE_AGG_TOTAL", MetricType::Counter, Unit::Count, MetricGroup::Ecc,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Total number of double-bit persistent ECC errors."),
     "dcgm_ecc_dbe_aggregate_total"},
    {"DCGM_FI_DEV_RETIRED_SBE", MetricType::Counter, Unit::Count, MetricGroup::RetiredPages,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Total number of retired pages due to single-bit errors."),
     "dcgm_retired_pages_sbe"},
    {"DCGM_FI_DEV_RETIRED_DBE", MetricType::Counter, Unit::Count, MetricGroup::RetiredPages,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Total number of retired pages due to double-bit errors."),
     "dcgm_retired_pages_dbe"},
    {"DCGM_FI_DEV_RETIRED_PENDING", MetricType::Counter, Unit::Count, MetricGroup::RetiredPages,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Total number of pages pending retirement."),
     "dcgm_retired_pages_pending"},
    {"DCGM_FI_DEV_NVLINK_CRC_FLIT_ERROR_COUNT_TOTAL", MetricType::Counter, Unit::Count,
     MetricGroup::NvLink, MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Total number of NVLink flow-control CRC errors."),
     "dcgm_nvlink_flit_crc_error_count_total"},
    {"DCGM_FI_DEV_NVLINK_CRC_DATA_ERROR_COUNT_TOTAL", MetricType::Counter, Unit::Count,
     MetricGroup::NvLink, MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Total number of NVLink data CRC errors."),
     "dcgm_nvlink_data_crc_error_count_total"},
    {"DCGM_FI_DEV_NVLINK_REPLAY_ERROR_COUNT_TOTAL", MetricType::Counter, Unit::Count,
     MetricGroup::NvLink, MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Total number of NVLink retries."),
     "dcgm_nvlink_replay_error_count_total"},
    {"DCGM_FI_DEV_NVLINK_RECOVERY_ERROR_COUNT_TOTAL", MetricType::Counter, Unit::Count,
     MetricGroup::NvLink, MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Total number of NVLink recovery errors."),
     "dcgm_nvlink_recovery_error_count_total"},
    {"DCGM_FI_DEV_NVLINK_BANDWIDTH_TOTAL", MetricType::Counter, Unit::Count, MetricGroup::NvLink,
     MigSupport::Reported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Total number of NVLink bandwidth counters for all lanes."),
     "dcgm_nvlink_bandwidth_total"},
    {"DCGM_FI_DEV_NVLINK_BANDWIDTH_L0", MetricType::Counter, Unit::Bytes, MetricGroup::NvLink,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP(
         "fd::metrics::DcgmCatalog",
         "The number of bytes of active NVLink rx or tx data including both header and payload."),
     nullptr},
    {"DCGM_FI_DEV_VGPU_LICENSE_STATUS", MetricType::Gauge, Unit::State, MetricGroup::Vgpu,
     MigSupport::Reported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "vGPU License status"), nullptr},
    {"DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS", MetricType::Counter, Unit::Count,
     MetricGroup::RemappedRows, MigSupport::NotReported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Number of remapped rows for uncorrectable errors"),
     nullptr},
    {"DCGM_FI_DEV_CORRECTABLE_REMAPPED_ROWS", MetricType::Counter, Unit::Count,
     MetricGroup::RemappedRows, MigSupport::NotReported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Number of remapped rows for correctable errors"),
     nullptr},
    {"DCGM_FI_DEV_ROW_REMAP_FAILURE", MetricType::Gauge, Unit::Boolean, MetricGroup::RemappedRows,
     MigSupport::NotReported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Whether remapping of rows has failed"),
     nullptr},
    {"DCGM_FI_DRIVER_VERSION", MetricType::Label, Unit::None, MetricGroup::StaticInfo,
     MigSupport::Reported, true, QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Driver Version"),
     nullptr},
    {"DCGM_FI_NVML_VERSION", MetricType::Label, Unit::None, MetricGroup::StaticInfo,
     MigSupport::Reported, false, QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "NVML Version"),
     nullptr},
    {"DCGM_FI_DEV_BRAND", MetricType::Label, Unit::None, MetricGroup::StaticInfo,
     MigSupport::Reported, false, QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Device Brand"),
     nullptr},
    {"DCGM_FI_DEV_SERIAL", MetricType::Label, Unit::None, MetricGroup::StaticInfo,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Device Serial Number"), nullptr},
    {"DCGM_FI_DEV_OEM_INFOROM_VER", MetricType::Label, Unit::None, MetricGroup::StaticInfo,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "OEM inforom version"), nullptr},
    {"DCGM_FI_DEV_ECC_INFOROM_VER", MetricType::Label, Unit::None, MetricGroup::StaticInfo,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "ECC inforom version"), nullptr},
    {"DCGM_FI_DEV_POWER_INFOROM_VER", MetricType::Label, Unit::None, MetricGroup::StaticInfo,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Power management object inforom version"),
     nullptr},
    {"DCGM_FI_DEV_INFOROM_IMAGE_VER", MetricType::Label, Unit::None, MetricGroup::StaticInfo,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Inforom image version"), nullptr},
    {"DCGM_FI_DEV_VBIOS_VERSION", MetricType::Label, Unit::None, MetricGroup::StaticInfo,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "VBIOS version of the device"), nullptr},
    {"DCGM_FI_PROF_GR_ENGINE_ACTIVE", MetricType::Gauge, Unit::Ratio, MetricGroup::Profiling,
     MigSupport::Reported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Ratio of time the graphics engine is active."),
     "dcgm_fi_prof_gr_engine_active"},
    {"DCGM_FI_PROF_SM_ACTIVE", MetricType::Gauge, Unit::Ratio, MetricGroup::Profiling,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "The ratio of cycles an SM has at least 1 warp assigned."),
     "dcgm_fi_prof_sm_active"},
    {"DCGM_FI_PROF_SM_OCCUPANCY", MetricType::Gauge, Unit::Ratio, MetricGroup::Profiling,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "The ratio of number of warps resident on an SM."),
     "dcgm_fi_prof_sm_occupancy"},
    {"DCGM_FI_PROF_PIPE_TENSOR_ACTIVE", MetricType::Gauge, Unit::Ratio, MetricGroup::Profiling,
     MigSupport::Reported, true,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Ratio of cycles the tensor (HMMA) pipe is active."),
     "dcgm_fi_prof_pipe_tensor_active"},
    {"DCGM_FI_PROF_DRAM_ACTIVE", MetricType::Gauge, Unit::Ratio, MetricGroup::Profiling,
     MigSupport::Reported, true,
     QT_TRANSLATE_NOOP(
         "fd::metrics::DcgmCatalog",
         "Ratio of cycles the device memory interface is active sending or receiving data."),
     "dcgm_fi_prof_dram_active"},
    {"DCGM_FI_PROF_PIPE_FP64_ACTIVE", MetricType::Gauge, Unit::Ratio, MetricGroup::Profiling,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Ratio of cycles the fp64 pipes are active."),
     nullptr},
    {"DCGM_FI_PROF_PIPE_FP32_ACTIVE", MetricType::Gauge, Unit::Ratio, MetricGroup::Profiling,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Ratio of cycles the fp32 pipes are active."),
     nullptr},
    {"DCGM_FI_PROF_PIPE_FP16_ACTIVE", MetricType::Gauge, Unit::Ratio, MetricGroup::Profiling,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Ratio of cycles the fp16 pipes are active."),
     nullptr},
    {"DCGM_FI_DEV_FB_TOTAL", MetricType::Gauge, Unit::MiB, MetricGroup::Memory,
     MigSupport::MayBeMissing, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Framebuffer memory total (in MiB)."), nullptr},
    {"DCGM_FI_DEV_FB_USED_PERCENT", MetricType::Gauge, Unit::Ratio, MetricGroup::Memory,
     MigSupport::MayBeMissing, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Share of the framebuffer in use: used / (total - reserved), 0 to 1."),
     nullptr},
    {"DCGM_FI_DEV_COUNT", MetricType::Gauge, Unit::Count, MetricGroup::Other, MigSupport::Reported,
     false, QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Number of GPUs on the node."), nullptr},
    {"DCGM_FI_DEV_SLOWDOWN_TEMP", MetricType::Gauge, Unit::Celsius, MetricGroup::Temperature,
     MigSupport::BoardValue, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Temperature at which the GPU slows down (in C)."),
     nullptr},
    {"DCGM_FI_DEV_POWER_MGMT_LIMIT", MetricType::Gauge, Unit::Watts, MetricGroup::Power,
     MigSupport::BoardValue, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Current power limit (in W)."), nullptr},
    {"DCGM_FI_DEV_PSTATE", MetricType::Gauge, Unit::State, MetricGroup::Power, MigSupport::Reported,
     false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "Performance state: 0 is the highest, 15 the lowest."),
     nullptr},
    {"DCGM_FI_DEV_CLOCK_THROTTLE_REASONS", MetricType::Gauge, Unit::Bitmask, MetricGroup::Errors,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP(
         "fd::metrics::DcgmCatalog",
         "Why the clocks are held down (bitmask; renamed DCGM_FI_DEV_CLOCKS_EVENT_REASONS)."),
     nullptr},
    {"DCGM_FI_DEV_CLOCKS_EVENT_REASONS", MetricType::Gauge, Unit::Bitmask, MetricGroup::Errors,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Why the clocks are held down (bitmask)."),
     nullptr},
    {"DCGM_FI_DEV_FAN_SPEED", MetricType::Gauge, Unit::Percent, MetricGroup::Other,
     MigSupport::BoardValue, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Fan speed (in %)."), nullptr},
    {"DCGM_FI_DEV_ACCOUNTING_DATA", MetricType::Gauge, Unit::None, MetricGroup::Other,
     MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog", "Process accounting statistics."), nullptr},
    {"DCGM_FI_DEV_VGPU_PER_PROCESS_UTILIZATION", MetricType::Gauge, Unit::Percent,
     MetricGroup::Utilization, MigSupport::Reported, false,
     QT_TRANSLATE_NOOP("fd::metrics::DcgmCatalog",
                       "vGPU utilization per process (often not a number)."),
     nullptr},
};

} // namespace

const QList<DcgmMetric>& dcgmMetrics() {
    return kMetrics;
}

const DcgmMetric* findDcgmMetric(QStringView name) {
    for (const DcgmMetric& m : kMetrics)
        if (name == QLatin1StringView(m.name) ||
            (m.legacyName && name == QLatin1StringView(m.legacyName)))
            return &m;
    return nullptr;
}

QString meaning(const DcgmMetric& metric) {
    return QCoreApplication::translate("fd::metrics::DcgmCatalog", metric.help);
}

QString unitSymbol(Unit unit) {
    switch (unit) {
    case Unit::Percent:
        return QStringLiteral("%");
    case Unit::MHz:
        return QStringLiteral("MHz");
    case Unit::Celsius:
        return QStringLiteral("\u00B0C");
    case Unit::Watts:
        return QStringLiteral("W");
    case Unit::MilliJoules:
        return QStringLiteral("mJ");
    case Unit::MiB:
        return QStringLiteral("MiB");
    case Unit::Nanoseconds:
        return QStringLiteral("ns");
    case Unit::BytesPerSecond:
        return QStringLiteral("B/s");
    case Unit::Bytes:
        return QStringLiteral("B");
    default:
        return {};
    }
}

QString metricTypeName(MetricType type) {
    switch (type) {
    case MetricType::Gauge:
        return QStringLiteral("gauge");
    case MetricType::Counter:
        return QStringLiteral("counter");
    case MetricType::Label:
        return QStringLiteral("label");
    }
    return {};
}

bool isBlankValue(double value) {
    if (!std::isfinite(value))
        return true;
    // DCGM_INT64_BLANK (0x7ffffff0) and DCGM_INT64_NOT_FOUND … _NOT_PERMISSIONED
    // (0x7ffffffffffffff0 …), and their 32-bit forms, as dcgm-exporter prints them.
    return value >= 9223372036854775000.0 || (value >= 2147483632.0 && value <= 2147483647.0);
}

int migSlicesOfBoard(const QString& modelName) {
    return modelName.contains(QLatin1String("A30")) ? 4 : 7;
}

int migSlicesOfProfile(const QString& profile) {
    // "1g.10gb", "2g.20gb", "1g.10gb+me", "1c.3g.40gb" (compute instance in a GPU instance)
    static const QRegularExpression re(QStringLiteral("(?:^|\\.)(\\d+)g\\."));
    const QRegularExpressionMatch m = re.match(profile);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

double boardPowerWatts(const QString& modelName) {
    struct Board {
        const char* pattern;
        double watts;
    };
    // Most specific first.
    static const Board boards[] = {
        {"H100 NVL", 400},
        {"H100 PCIe", 350},
        {"H100", 700},
        {"H200 NVL", 600},
        {"H200", 700},
        {"H800 PCIe", 350},
        {"H800", 700},
        {"H20", 500},
        {"B200", 1000},
        {"A100-PCIE-40GB", 250},
        {"A100-PCIE", 300},
        {"A100 80GB PCIe", 300},
        {"A100", 400},
        {"A800-PCIE", 300},
        {"A800", 400},
        {"A30", 165},
        {"A40", 300},
        {"A10G", 300},
        {"A10", 150},
        {"A16", 250},
        {"A2", 60},
        {"L40S", 350},
        {"L40", 300},
        {"L20", 275},
        {"L4", 72},
        {"V100S", 250},
        {"V100-SXM2", 300},
        {"V100-PCIE", 250},
        {"V100", 300},
        {"T4", 70},
        {"RTX 6000 Ada", 300},
        {"RTX A6000", 300},
    };
    for (const Board& b : boards)
        if (modelName.contains(QLatin1StringView(b.pattern), Qt::CaseInsensitive))
            return b.watts;
    return 0;
}

} // namespace fd::metrics
