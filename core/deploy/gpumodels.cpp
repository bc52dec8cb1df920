#include "deploy/gpumodels.h"

#include "deploy/names.h"

#include <QRegularExpression>

namespace fd::deploy {

const QList<GpuModel>& knownGpuModels() {
    // Memory as the GPU Operator reports it (nvidia.com/gpu.memory, MiB) where known.
    static const QList<GpuModel> models{
        {QStringLiteral("h100-80gb-hbm3"),
         QStringLiteral("NVIDIA H100 80GB HBM3"),
         QStringLiteral("NVIDIA-H100-80GB-HBM3"),
         81559,
         {QStringLiteral("h100")}},
        {QStringLiteral("h100-pcie"),
         QStringLiteral("NVIDIA H100 PCIe"),
         QStringLiteral("NVIDIA-H100-PCIe"),
         81559,
         {}},
        {QStringLiteral("h100-nvl"),
         QStringLiteral("NVIDIA H100 NVL"),
         QStringLiteral("NVIDIA-H100-NVL"),
         95830,
         {}},
        {QStringLiteral("h200"),
         QStringLiteral("NVIDIA H200"),
         QStringLiteral("NVIDIA-H200"),
         143771,
         {}},
        {QStringLiteral("a100-sxm4-80gb"),
         QStringLiteral("NVIDIA A100-SXM4-80GB"),
         QStringLiteral("NVIDIA-A100-SXM4-80GB"),
         81920,
         {QStringLiteral("a100"), QStringLiteral("a100-80gb")}},
        {QStringLiteral("a100-sxm4-40gb"),
         QStringLiteral("NVIDIA A100-SXM4-40GB"),
         QStringLiteral("NVIDIA-A100-SXM4-40GB"),
         40960,
         {QStringLiteral("a100-40gb")}},
        {QStringLiteral("a100-pcie-80gb"),
         QStringLiteral("NVIDIA A100 80GB PCIe"),
         QStringLiteral("NVIDIA-A100-80GB-PCIe"),
         81920,
         {}},
        {QStringLiteral("a100-pcie-40gb"),
         QStringLiteral("NVIDIA A100-PCIE-40GB"),
         QStringLiteral("NVIDIA-A100-PCIE-40GB"),
         40960,
         {}},
        {QStringLiteral("l40s"),
         QStringLiteral("NVIDIA L40S"),
         QStringLiteral("NVIDIA-L40S"),
         46068,
         {}},
        {QStringLiteral("l40"),
         QStringLiteral("NVIDIA L40"),
         QStringLiteral("NVIDIA-L40"),
         46068,
         {}},
        {QStringLiteral("l4"), QStringLiteral("NVIDIA L4"), QStringLiteral("NVIDIA-L4"), 23034, {}},
        {QStringLiteral("a10"),
         QStringLiteral("NVIDIA A10"),
         QStringLiteral("NVIDIA-A10"),
         23028,
         {}},
        {QStringLiteral("a30"),
         QStringLiteral("NVIDIA A30"),
         QStringLiteral("NVIDIA-A30"),
         24576,
         {}},
        {QStringLiteral("t4"), QStringLiteral("Tesla T4"), QStringLiteral("Tesla-T4"), 15360, {}},
        {QStringLiteral("rtx-a6000"),
         QStringLiteral("NVIDIA RTX A6000"),
         QStringLiteral("NVIDIA-RTX-A6000"),
         49140,
         {}},
    };
    return models;
}

std::optional<QString> gpuProductFor(const QString& choice) {
    const QString c = choice.trimmed();
    if (c.isEmpty())
        return std::nullopt;
    for (const GpuModel& m : knownGpuModels()) {
        if (c.compare(m.product, Qt::CaseInsensitive) == 0 ||
            c.compare(m.id, Qt::CaseInsensitive) == 0 ||
            c.compare(m.name, Qt::CaseInsensitive) == 0)
            return m.product;
        for (const QString& alias : m.aliases)
            if (c.compare(alias, Qt::CaseInsensitive) == 0)
                return m.product;
    }
    // Unknown products (a new GPU, a vGPU profile) are taken as label values when they are one.
    if (isLabelValue(c))
        return c;
    return std::nullopt;
}

qint64 gpuMemoryMiBForProduct(const QString& product) {
    for (const GpuModel& m : knownGpuModels())
        if (product.compare(m.product, Qt::CaseInsensitive) == 0)
            return m.memoryMiB;
    static const QRegularExpression gb(QStringLiteral("(?:^|[-_])(\\d{1,3})GB(?:$|[-_])"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto match = gb.match(product);
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : 0;
}

} // namespace fd::deploy
