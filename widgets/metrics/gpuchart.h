#pragma once

#include "metrics/gpumetrics.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTimer;

namespace fd::widgets {

// One GPU metric over time, one line per GPU (or MIG instance). Samples arrive downsampled to
// about two per pixel (GpuMetrics::series); a missing step is a gap and is drawn as one: each
// run of samples between gaps is its own line segment, never joined across the gap. Drag to
// zoom into a time span, right-click to zoom out.
//
// setSeries() shows the axes at once and adds the lines over the next turns of the event loop, a
// few thousand points per turn (QtCharts lays out and strokes every line it is given in one go:
// a week of a node with many MIG instances in one turn would hold the UI thread for tens of
// milliseconds); filled() follows the last line.
class GpuChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuChart)

public:
    GpuChart(const QString& title, const QString& unit, QWidget* parent = nullptr);

    void setSeries(const fd::metrics::MetricSeries& series, const fd::metrics::TimeWindow& window);
    void clear();

    // The line segments of GPU `key` (GpuIdentity::key()) the last setSeries() draws.
    int segmentCount(const QString& key) const;
    int lineCount() const; // segments over all GPUs
    // True while lines of the last setSeries() are still to be added to the chart.
    bool isFilling() const { return !m_pending.isEmpty(); }
    // Points per turn of the event loop while filling (about 5 ms of the UI thread each here).
    static constexpr int kPointsPerTurn = 6000;
    QChartView* view() const { return m_view; }
    QChart* chart() const { return m_chart; }

Q_SIGNALS:
    // Every line of the last setSeries() is in the chart.
    void filled();

private:
    // One gap-free run of one GPU's samples: one QLineSeries.
    struct Segment {
        QList<QPointF> points;
        QString label;
        QColor color;
        bool legend = false; // the GPU's first segment carries its legend entry
    };

    QChart* freshChart() const;
    void install(QChart* chart);
    void feed();

    QString m_unit;
    QChart* m_chart;
    QChartView* m_view;
    QHash<QString, int> m_segments;
    QList<Segment> m_pending;     // not yet in the chart, in drawing order
    QChart* m_building = nullptr; // the chart being built, before it is installed
    QTimer* m_feeder;
};

} // namespace fd::widgets
