#pragma once

#include "common/page.h"

namespace fd::widgets {

class EmptyState;

// GPU utilisation and health from Prometheus endpoints scraping dcgm-exporter.
class GpuMetricsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuMetricsPage)

public:
    explicit GpuMetricsPage(const AppServices& services, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("gpu-metrics"); }
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/gpu.svg"); }
    EmptyState* emptyState() const { return m_empty; }

protected:
    void retranslate() override;

private:
    EmptyState* m_empty;
};

} // namespace fd::widgets
