#include "metrics/gpuchart.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
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
    , m_view(new QChartView(m_chart, this)) {
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
    QChart* const target = freshChart();
    auto* x = new QDateTimeAxis;
    const qint64 span = window.endMs - window.startMs;
    x->setFormat(span > 2 * 86400 * 1000LL ? QStringLiteral("MM-dd") : QStringLiteral("HH:mm"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(window.startMs),
                QDateTime::fromMSecsSinceEpoch(window.endMs));
    x->setTickCount(6);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(m_unit);
    target->addAxis(x, Qt::AlignBottom);
    target->addAxis(y, Qt::AlignLeft);
    double lo = 0;
    double hi = 1;
    int index = 0;
    for (const fd::metrics::GpuSeries& gpu : series.series) {
        const QColor color = lineColor(index++);
        const QString key = gpu.id.key();
        QList<QPointF> run;
        bool first = true;
        const auto flush = [&] {
            if (run.isEmpty())
                return;
            auto* line = new QLineSeries;
            line->setName(gpuLabel(gpu.id));
            QPen pen(color);
            pen.setWidthF(1.5);
            line->setPen(pen);
            line->replace(run);
            line->setPointsVisible(run.size() == 1); // a lone sample between two gaps
            target->addSeries(line);
            // Which GPU a line is, under the pointer (the legend only fits a few GPUs).
            const QString label = gpuLabel(gpu.id);
            connect(line, &QLineSeries::hovered, this,
                    [this, label](const QPointF& point, bool state) {
                        if (state)
                            QToolTip::showText(QCursor::pos(),
                                               QStringLiteral("%1: %2 %3")
                                                   .arg(label)
                                                   .arg(point.y(), 0, 'f', 0)
                                                   .arg(m_unit),
                                               m_view);
                        else
                            QToolTip::hideText();
                    });
            line->attachAxis(x);
            line->attachAxis(y);
            // One legend entry per GPU, however many segments its gaps cut it into.
            if (!first)
                for (QLegendMarker* marker : target->legend()->markers(line))
                    marker->setVisible(false);
            first = false;
            ++m_segments[key];
            run.clear();
        };
        for (const fd::metrics::Point& p : gpu.points) {
            if (!std::isfinite(p.value)) {
                flush();
                continue;
            }
            hi = std::max(hi, p.value);
            lo = std::min(lo, p.value);
            run.append(QPointF(double(p.timeMs), p.value));
        }
        flush();
    }
    y->setRange(lo, hi * 1.05);
    // A tall legend squeezes the axes out of a small chart: beyond a few GPUs, the tooltip names
    // the line instead.
    target->legend()->setVisible(series.series.size() <= 4);
    // Antialiased lines cost several times more to paint: only for light charts, so a week of
    // eight GPUs does not hold the UI thread.
    qsizetype points = 0;
    for (const fd::metrics::GpuSeries& gpu : series.series)
        points += qsizetype(gpu.points.size());
    m_view->setRenderHint(QPainter::Antialiasing, points <= 4000);
    install(target);
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
