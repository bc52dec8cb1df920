#include "metrics/fleetheatmap.h"

#include "common/usagebardelegate.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fd::widgets {

namespace {

constexpr int kLabelWidth = 130;
constexpr int kCell = 56;
constexpr int kGap = 6;
constexpr int kRow = 50;
constexpr int kTop = 8;
constexpr int kLegend = 28;

QString value(const std::optional<double>& v, int decimals, const QString& unit) {
    if (!v || !std::isfinite(*v))
        return FleetHeatMap::tr("not reported");
    return QLocale().toString(*v, 'f', decimals) + unit;
}

} // namespace

FleetHeatMap::FleetHeatMap(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("fleetHeatMap"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FleetHeatMap::setFleet(const fd::metrics::Fleet& fleet) {
    m_fleet = fleet;
    updateGeometry();
    update();
}

QColor FleetHeatMap::colorForUtilization(double percent) {
    // The GPU views' one scale (the bars of the attribution and allocation tables too): idle is
    // pale, busier is deeper.
    return UsageBarDelegate::utilizationColor(percent);
}

QRect FleetHeatMap::gpuRect(int node, int gpu) const {
    return QRect(kLabelWidth + gpu * (kCell + kGap), kTop + node * (kRow + kGap), kCell, kRow);
}

QRect FleetHeatMap::cellRect(const Cell& cell) const {
    const QRect g = gpuRect(cell.node, cell.gpu);
    if (cell.mig < 0)
        return g;
    const int n = int(m_fleet.nodes.at(cell.node).gpus.at(cell.gpu).migInstances.size());
    const int h = g.height() / std::max(1, n);
    return QRect(g.left(), g.top() + cell.mig * h, g.width(),
                 cell.mig == n - 1 ? g.height() - cell.mig * h : h);
}

std::optional<FleetHeatMap::Cell> FleetHeatMap::cellAt(const QPoint& pos) const {
    for (int n = 0; n < m_fleet.nodes.size(); ++n) {
        const auto& node = m_fleet.nodes.at(n);
        for (int g = 0; g < node.gpus.size(); ++g) {
            if (!gpuRect(n, g).contains(pos))
                continue;
            const int migs = int(node.gpus.at(g).migInstances.size());
            if (migs == 0)
                return Cell{n, g, -1};
            for (int m = 0; m < migs; ++m)
                if (cellRect({n, g, m}).contains(pos))
                    return Cell{n, g, m};
        }
    }
    return std::nullopt;
}

const fd::metrics::GpuReading* FleetHeatMap::readingAt(const Cell& cell) const {
    if (cell.node < 0 || cell.node >= m_fleet.nodes.size())
        return nullptr;
    const auto& node = m_fleet.nodes.at(cell.node);
    if (cell.gpu < 0 || cell.gpu >= node.gpus.size())
        return nullptr;
    const auto& gpu = node.gpus.at(cell.gpu);
    if (cell.mig < 0)
        return &gpu.gpu;
    return cell.mig < gpu.migInstances.size() ? &gpu.migInstances.at(cell.mig) : nullptr;
}

QColor FleetHeatMap::cellColor(const Cell& cell) const {
    const fd::metrics::GpuReading* r = readingAt(cell);
    if (!r || !r->utilizationPct || !std::isfinite(*r->utilizationPct))
        return {};
    return colorForUtilization(*r->utilizationPct);
}

QSize FleetHeatMap::sizeHint() const {
    int gpus = 1;
    for (const auto& n : m_fleet.nodes)
        gpus = std::max(gpus, int(n.gpus.size()));
    const int rows = std::max<int>(1, int(m_fleet.nodes.size()));
    return QSize(kLabelWidth + gpus * (kCell + kGap) + 8, kTop + rows * (kRow + kGap) + kLegend);
}

QSize FleetHeatMap::minimumSizeHint() const {
    return sizeHint();
}

void FleetHeatMap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1));
    for (int n = 0; n < m_fleet.nodes.size(); ++n) {
        const auto& node = m_fleet.nodes.at(n);
        const QRect label(4, kTop + n * (kRow + kGap), kLabelWidth - 10, kRow);
        p.setPen(pal.color(QPalette::WindowText));
        p.setFont(font());
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(node.node, Qt::ElideMiddle, label.width()));
        for (int g = 0; g < node.gpus.size(); ++g) {
            const auto& gpu = node.gpus.at(g);
            const int migs = int(gpu.migInstances.size());
            for (int m = migs == 0 ? -1 : 0; m < migs; ++m) {
                const Cell cell{n, g, m};
                const QRect r = cellRect(cell);
                const QColor fill = cellColor(cell);
                if (fill.isValid()) {
                    p.fillRect(r, fill);
                } else {
                    p.fillRect(r, QColor(0xee, 0xee, 0xee));
                    p.fillRect(r, QBrush(QColor(0xb0, 0xb0, 0xb0), Qt::BDiagPattern));
                }
                p.setPen(QColor(0xff, 0xff, 0xff));
                p.drawRect(r.adjusted(0, 0, -1, -1));
                const fd::metrics::GpuReading* reading = readingAt(cell);
                if (reading && reading->utilizationPct &&
                    *reading->utilizationPct < UsageBarDelegate::kIdleBelowPct) {
                    // Idle, as the bars mark it.
                    p.setPen(QPen(UsageBarDelegate::idleMarkColor(), 2));
                    p.drawRect(r.adjusted(2, 2, -2, -2));
                }
                const bool dark = fill.isValid() && fill.lightnessF() < 0.55;
                p.setPen(dark ? QColor(Qt::white) : QColor(0x20, 0x21, 0x24));
                p.setFont(small);
                QString text;
                if (m < 0)
                    text = QStringLiteral("%1\n%2").arg(
                        gpu.gpu.id.gpu, reading && reading->utilizationPct
                                            ? QLocale().toString(*reading->utilizationPct, 'f', 0) +
                                                  QStringLiteral("%")
                                            : QStringLiteral("—"));
                else if (r.height() >= p.fontMetrics().height())
                    text = reading ? reading->id.migProfile : QString();
                p.drawText(r.adjusted(2, 0, -2, 0), Qt::AlignCenter, text);
            }
            if (migs > 0) {
                // The physical GPU around its instances.
                p.setPen(QPen(pal.color(QPalette::Mid), 1));
                p.drawRect(gpuRect(n, g).adjusted(0, 0, -1, -1));
            }
        }
    }
    // Colour scale.
    const int y = kTop + std::max<int>(1, int(m_fleet.nodes.size())) * (kRow + kGap) + 6;
    p.setFont(small);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(4, y, kLabelWidth - 10, 14), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Utilisation"));
    for (int i = 0; i <= 10; ++i) {
        const QRect r(kLabelWidth + i * 22, y, 22, 12);
        p.fillRect(r, colorForUtilization(i * 10.0));
    }
    p.drawText(QRect(kLabelWidth + 11 * 22 + 4, y - 1, 120, 14), Qt::AlignLeft | Qt::AlignVCenter,
               tr("0–100 %"));
    const QRect idle(kLabelWidth + 11 * 22 + 130, y, 22, 12);
    p.fillRect(idle, colorForUtilization(0));
    p.setPen(QPen(UsageBarDelegate::idleMarkColor(), 2));
    p.drawRect(idle.adjusted(1, 1, -1, -1));
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(idle.right() + 6, y - 1, 200, 14), Qt::AlignLeft | Qt::AlignVCenter,
               tr("idle (under %1 %)").arg(QLocale().toString(UsageBarDelegate::kIdleBelowPct)));
}

bool FleetHeatMap::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const auto cell = cellAt(help->pos());
        const fd::metrics::GpuReading* r = cell ? readingAt(*cell) : nullptr;
        if (!r) {
            QToolTip::hideText();
            e->ignore();
            return true;
        }
        QString text = QStringLiteral("<b>%1</b> · GPU %2")
                           .arg(r->id.node.toHtmlEscaped(), r->id.gpu.toHtmlEscaped());
        if (r->id.isMig())
            text += QStringLiteral(" · MIG %1 (%2)")
                        .arg(r->id.migInstance.toHtmlEscaped(), r->id.migProfile.toHtmlEscaped());
        text += QStringLiteral("<br>") + r->id.model.toHtmlEscaped();
        text += QStringLiteral("<br>") +
                tr("Utilisation: %1").arg(value(r->utilizationPct, 0, QStringLiteral(" %")));
        text +=
            QStringLiteral("<br>") + tr("Memory: %1 of %2")
                                         .arg(value(r->memoryUsedMiB, 0, QStringLiteral(" MiB")),
                                              value(r->memoryTotalMiB, 0, QStringLiteral(" MiB")));
        text += QStringLiteral("<br>") + tr("Temperature: %1, power: %2")
                                             .arg(value(r->temperatureC, 0, QStringLiteral(" °C")),
                                                  value(r->powerW, 0, QStringLiteral(" W")));
        if (!r->id.pod.isEmpty())
            text +=
                QStringLiteral("<br>") +
                tr("Pod: %1").arg(
                    QString(r->id.namespaceName + QLatin1Char('/') + r->id.pod).toHtmlEscaped());
        QToolTip::showText(help->globalPos(), text, this, cellRect(*cell));
        return true;
    }
    return QWidget::event(e);
}

void FleetHeatMap::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton)
        if (const auto cell = cellAt(e->position().toPoint()))
            Q_EMIT nodeActivated(m_fleet.nodes.at(cell->node).node);
    QWidget::mouseReleaseEvent(e);
}

} // namespace fd::widgets
