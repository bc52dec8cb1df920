#pragma once

// GPU models as the NVIDIA GPU Feature Discovery labels them (`nvidia.com/gpu.product`, the
// NVML name with spaces as "-"), with memory for when a node lacks `nvidia.com/gpu.memory`.
// The wizard offers the products found on the cluster's nodes first; this table resolves what an
// admin types ("H100", "a100-40gb") to the label value the node selector needs.

#include <QList>
#include <QString>

#include <optional>

namespace fd::deploy {

struct GpuModel {
    QString id;      // "h100-80gb-hbm3"
    QString name;    // "NVIDIA H100 80GB HBM3"
    QString product; // label value: "NVIDIA-H100-80GB-HBM3"
    qint64 memoryMiB = 0;
    QStringList aliases; // short names ("h100")
};

const QList<GpuModel>& knownGpuModels();

// The product label value for a choice: a label value as GFD writes it (kept as is, known or
// not), or a known id or alias (case-insensitive). nullopt for an empty or unusable choice.
std::optional<QString> gpuProductFor(const QString& choice);

// Memory of one GPU of this product in MiB from the table, or from a "<n>GB" part of the name
// ("NVIDIA-A100-SXM4-40GB" -> 40960); 0 when unknown.
qint64 gpuMemoryMiBForProduct(const QString& product);

} // namespace fd::deploy
