#include "metrics/gpuchart.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fd::widgets {

namespace {

QColor lineColor(int i) {
    static const QList<QColor> colors{QColor(0x1a, 0x73, 0xe8), QColor(0xd9, 0x30, 0x25),
                                      QColor(0x18, 0x80, 0x38), QColor(0xf9, 0xab, 0x00),
                                      QColor(0x8e, 0x24, 0xaa), QColor(0x00, 0x89, 0x7b),
                                      QColor(0xe8, 0x71, 0x0a), QColor(0x5f, 0x63, 0x68)};
    return colors.at(i % colors.size());
}

QString gpuLabel(const fd::metrics::GpuIdentity& id) {
    QString s = QStringLiteral("GPU %1").arg(id.gpu);
    if (id.isMig())
        s += QStringLiteral(" MIG %1").arg(id.migInstance);
    return s;
}

} // namespace

GpuChart::GpuChart(const QString& title, const QString& unit, QWidget* parent)
    : QWidget(parent)
    , m_unit(unit)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_feeder(new QTimer(this)) {
    // A timer, not a posted call: timers and paints of other widgets get their turn in between.
    m_feeder->setSingleShot(true);
    m_feeder->setInterval(0);
    connect(m_feeder, &QTimer::timeout, this, [this] {
        feed();
        if (m_pending.isEmpty())
            Q_EMIT filled();
        else
            m_feeder->start();
    });
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::HorizontalRubberBand);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(200);
}

void GpuChart::clear() {
    m_segments.clear();
    m_pending.clear();
    m_feeder->stop();
    install(freshChart());
}

QChart* GpuChart::freshChart() const {
    // A fresh chart each time, filled before the view shows it: QChart does not make room for
    // axes added to a chart that is already on screen, nor after others were removed.
    auto* chart = new QChart;
    chart->setTitle(m_chart->title());
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void GpuChart::install(QChart* chart) {
    QChart* old = m_chart;
    m_chart = chart;
    m_view->setChart(chart);
    delete old;
}

void GpuChart::setSeries(const fd::metrics::MetricSeries& series,
                         const fd::metrics::TimeWindow& window) {
    m_segments.clear();
    m_pending.clear();
    m_feeder->stop();
    // Cut the lines at the gaps and find the value range first (plain lists, cheap), so the axes
    // are final before the first line goes in and never move while the rest arrives.
    double lo = 0;
    double hi = 1;
    qsizetype points = 0;
    int index = 0;
    for (const fd::metrics::GpuSeries& gpu : series.series) {
        const QColor color = lineColor(index++);
        const QString key = gpu.name.isEmpty() ? gpu.id.key() : gpu.name;
        const QString label = gpu.name.isEmpty() ? gpuLabel(gpu.id) : gpu.name;
        Segment run{{}, label, color, true};
        const auto flush = [&] {
            if (run.points.isEmpty())
                return;
            m_pending << run;
            ++m_segments[key];
            run.points.clear();
            run.legend = false;
        };
        run.points.reserve(qsizetype(gpu.points.size()));
        for (const fd::metrics::Point& p : gpu.points) {
            if (!std::isfinite(p.value)) {
                flush();
                continue;
            }
            hi = std::max(hi, p.value);
            lo = std::min(lo, p.value);
            run.points.append(QPointF(double(p.timeMs), p.value));
        }
        flush();
        points += qsizetype(gpu.points.size());
    }

    QChart* const target = freshChart();
    auto* x = new QDateTimeAxis;
    const qint64 span = window.endMs - window.startMs;
    x->setFormat(span > 2 * 86400 * 1000LL ? QStringLiteral("MM-dd") : QStringLiteral("HH:mm"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(window.startMs),
                QDateTime::fromMSecsSinceEpoch(window.endMs));
    x->setTickCount(6);
    auto* y = new QValueAxis;
    // Whole numbers for the GPU metrics; decimals when the range is small (a ratio in the console).
    y->setLabelFormat(hi * 1.05 - lo < 10 ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    y->setTitleText(m_unit);
    y->setRange(lo, hi * 1.05);
    target->addAxis(x, Qt::AlignBottom);
    target->addAxis(y, Qt::AlignLeft);
    // A tall legend squeezes the axes out of a small chart: beyond a few GPUs, the tooltip names
    // the line instead.
    target->legend()->setVisible(series.series.size() <= 4);
    // Antialiased lines cost several times more to paint: only for light charts, so a week of
    // eight GPUs does not hold the UI thread.
    m_view->setRenderHint(QPainter::Antialiasing, points <= 4000);
    // The first lines go in before the chart is shown (no layout of an empty plot first); the
    // rest follow on the next turns.
    m_building = target;
    feed();
    m_building = nullptr;
    install(target);
    if (m_pending.isEmpty())
        Q_EMIT filled();
    else
        m_feeder->start();
}

void GpuChart::feed() {
    QChart* const chart = m_building ? m_building : m_chart;
    QAbstractAxis* x = chart->axes(Qt::Horizontal).value(0);
    QAbstractAxis* y = chart->axes(Qt::Vertical).value(0);
    qsizetype budget = kPointsPerTurn;
    while (!m_pending.isEmpty() && budget > 0) {
        const Segment segment = m_pending.takeFirst();
        budget -= segment.points.size();
        auto* line = new QLineSeries;
        line->setName(segment.label);
        QPen pen(segment.color);
        // Without antialiasing a 1.5 px pen is filled as an outline; a 1 px one is drawn by
        // the rasteriser's fast line path (at a device pixel ratio of 1; on a 2× screen it is
        // outlined again), several times cheaper on a week of eight GPUs.
        pen.setWidthF(m_view->renderHints().testFlag(QPainter::Antialiasing) ? 1.5 : 1.0);
        line->setPen(pen);
        line->setPointsVisible(segment.points.size() == 1); // a lone sample between two gaps
        chart->addSeries(line);
        // Which GPU a line is, under the pointer (the legend only fits a few GPUs).
        const QString label = segment.label;
        connect(line, &QLineSeries::hovered, this, [this, label](const QPointF& point, bool state) {
            if (state)
                QToolTip::showText(
                    QCursor::pos(),
                    QStringLiteral("%1: %2 %3").arg(label).arg(point.y(), 0, 'f', 0).arg(m_unit),
                    m_view);
            else
                QToolTip::hideText();
        });
        line->attachAxis(x);
        line->attachAxis(y);
        // The points go in last: QtCharts recomputes a line's geometry (and strokes its hover
        // shape) when its domain changes, so points given before the axes were processed
        // again for each axis (measured: adding a week of eight GPUs took 2.5× as long).
        line->replace(segment.points);
        // One legend entry per GPU, however many segments its gaps cut it into.
        if (!segment.legend)
            for (QLegendMarker* marker : chart->legend()->markers(line))
                marker->setVisible(false);
    }
}

int GpuChart::segmentCount(const QString& key) const {
    return m_segments.value(key);
}

int GpuChart::lineCount() const {
    int n = 0;
    for (int v : m_segments)
        n += v;
    return n;
}

} // namespace fd::widgets
