#pragma once

#include "common/emptystatepage.h"

namespace fd::widgets {

// GPU utilisation and health from Prometheus endpoints scraping dcgm-exporter.
class GpuMetricsPage final : public EmptyStatePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuMetricsPage)

public:
    explicit GpuMetricsPage(const AppServices& services, QWidget* parent = nullptr);

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("gpu-metrics"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/gpu.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }

protected:
    void retranslate() override;
};

} // namespace fd::widgets
