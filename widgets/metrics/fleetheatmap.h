#pragma once

#include "metrics/gpufleet.h"

#include <QColor>
#include <QRect>
#include <QWidget>

#include <optional>

namespace fd::widgets {

// The fleet at a glance: one row per node, one cell per GPU, MIG instances as sub-cells of their
// GPU; the colour is the utilisation (light when idle, red when busy, hatched grey when not
// reported); the tooltip names the model, memory and pod. Custom painted: a chart library has
// no cell grid with sub-cells.
class FleetHeatMap final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetHeatMap)

public:
    struct Cell {
        int node = -1;
        int gpu = -1;
        int mig = -1; // -1: the GPU itself (no MIG instances)
        friend bool operator==(const Cell&, const Cell&) = default;
    };

    explicit FleetHeatMap(QWidget* parent = nullptr);

    void setFleet(const fd::metrics::Fleet& fleet);
    const fd::metrics::Fleet& fleet() const { return m_fleet; }

    // Layout and colours, for tests and for the tooltip.
    std::optional<Cell> cellAt(const QPoint& pos) const;
    QRect cellRect(const Cell& cell) const;
    const fd::metrics::GpuReading* readingAt(const Cell& cell) const;
    // The fill of a cell: the colour scale for a utilisation, invalid when not reported.
    QColor cellColor(const Cell& cell) const;
    static QColor colorForUtilization(double percent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void nodeActivated(const QString& node);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRect gpuRect(int node, int gpu) const;

    fd::metrics::Fleet m_fleet;
};

} // namespace fd::widgets
