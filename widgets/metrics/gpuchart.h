#pragma once

#include "metrics/gpumetrics.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace fd::widgets {

// One GPU metric over time, one line per GPU (or MIG instance). Samples arrive downsampled to
// about two per pixel (GpuMetrics::series); a missing step is a gap and is drawn as one: each
// run of samples between gaps is its own line segment, never joined across the gap. Drag to
// zoom into a time span, right-click to zoom out.
class GpuChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuChart)

public:
    GpuChart(const QString& title, const QString& unit, QWidget* parent = nullptr);

    void setSeries(const fd::metrics::MetricSeries& series, const fd::metrics::TimeWindow& window);
    void clear();

    // For tests: the drawn line segments of GPU `key` (GpuIdentity::key()).
    int segmentCount(const QString& key) const;
    int lineCount() const; // drawn segments over all GPUs
    QChartView* view() const { return m_view; }
    QChart* chart() const { return m_chart; }

private:
    QChart* freshChart() const;
    void install(QChart* chart);

    QString m_unit;
    QChart* m_chart;
    QChartView* m_view;
    QHash<QString, int> m_segments;
};

} // namespace fd::widgets
