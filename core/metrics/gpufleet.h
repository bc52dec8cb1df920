#pragma once

// The fleet as the heat map and `gpu list` show it: node × GPU with MIG instances as
// sub-entries, each with its latest utilisation, frame buffer, temperature, power and clock.
// Built in core from one instant query (latestValuesQuery()); pure.

#include "metrics/gpuidentity.h"
#include "metrics/promtypes.h"

#include <QJsonObject>

#include <optional>

namespace fd::metrics {

struct GpuReading {
    GpuIdentity id;
    std::optional<double> utilizationPct; // 0–100
    QString utilizationSource;            // the DCGM metric it came from
    std::optional<double> memoryUsedMiB;
    std::optional<double> memoryTotalMiB;
    std::optional<double> temperatureC;
    std::optional<double> powerW;
    std::optional<double> smClockMHz;
};

struct FleetGpu {
    GpuReading gpu; // for a GPU in MIG mode: built from its instances unless reported itself
    QList<GpuReading> migInstances;
    bool synthesized = false; // the GPU itself had no series (usual in MIG mode)
};

struct FleetNode {
    QString node;
    QList<FleetGpu> gpus; // by GPU index
};

struct Fleet {
    QList<FleetNode> nodes; // by node name
    int skippedSeries = 0;  // series without a node or GPU label
    int blankValues = 0;    // NaN/±Inf/DCGM blank values (shown as not reported)
    qint64 atMs = 0;

    int gpuCount() const;
    int migInstanceCount() const;
};

// One reading per GPU or MIG instance from an instant vector of DCGM series.
QList<GpuReading> readingsFromSamples(const QList<Sample>& samples, int* skipped = nullptr,
                                      int* blanks = nullptr);

Fleet buildFleet(const QList<GpuReading>& readings);

// `gpu list`: every GPU, then its MIG instances, node by node.
QList<GpuReading> gpuListRows(const Fleet& fleet);

// {"gpus":[{"node","gpu","uuid","model","migProfile","migInstance","utilization",
// "memoryUsedMiB","memoryTotalMiB","temperatureC","powerW","namespace","pod"}]}, null where not
// reported. gpu and migInstance are numbers when they are numeric labels (as dcgm-exporter
// writes them).
QJsonObject gpuListJson(const QList<GpuReading>& rows);

// Orders GPU index labels numerically ("2" before "10").
bool gpuIndexLess(const QString& a, const QString& b);

} // namespace fd::metrics
