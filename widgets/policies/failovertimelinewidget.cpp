#include "failovertimelinewidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fd::widgets {

namespace {

using fd::policy::formatDuration;
using fd::policy::phaseLabel;
using fd::policy::TimelinePhase;

constexpr double kMargin = 4;
constexpr double kLane = 6;    // a compact or observed lane
constexpr double kLaneGap = 3; // between compact lanes
constexpr double kObservedGap = 2;
constexpr int kFullMinWidth = 320;
constexpr int kCompactMinWidth = 120;

QColor phaseColor(const QString& name) {
    if (name == u"failure")
        return QColor(0xc0, 0x39, 0x2b);
    if (name == u"detection")
        return QColor(0xe0, 0x9a, 0x2b);
    if (name == u"eviction")
        return QColor(0xd3, 0x65, 0x1c);
    if (name == u"rescheduling")
        return QColor(0x2f, 0x7e, 0xd8);
    if (name == u"gracePeriod")
        return QColor(0x3a, 0x9e, 0x7a);
    if (name == u"purge")
        return QColor(0x5b, 0x66, 0x75);
    return QColor(0x8a, 0x94, 0xa3);
}

const QColor kText(0x1f, 0x2d, 0x3d);
const QColor kMuted(0x6a, 0x76, 0x86);
const QColor kGrid(0xe6, 0xea, 0xf0);
const QColor kAxis(0xb8, 0xc1, 0xcc);

// A step that gives at most `maxTicks` intervals up to `seconds`.
int tickStep(int seconds, int maxTicks) {
    static const int steps[] = {1,   2,    5,    10,   15,   30,    60,    120,   180,   300,   600,
                                900, 1200, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800};
    maxTicks = std::max(1, maxTicks);
    for (int s : steps)
        if ((seconds + s - 1) / s <= maxTicks)
            return s;
    return steps[std::size(steps) - 1];
}

QString spanText(const TimelinePhase& p) {
    if (p.startSeconds == p.endSeconds)
        return FailoverTimelineWidget::tr("%1 at %2")
            .arg(phaseLabel(p.name), formatDuration(p.startSeconds));
    return FailoverTimelineWidget::tr("%1 from %2 to %3 (%4)")
        .arg(phaseLabel(p.name), formatDuration(p.startSeconds), formatDuration(p.endSeconds),
             formatDuration(p.endSeconds - p.startSeconds));
}

QFont smallFont(const QFont& base) {
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.88);
    else
        f.setPixelSize(std::max(9, int(f.pixelSize() * 0.88)));
    return f;
}

} // namespace

FailoverTimelineWidget::FailoverTimelineWidget(Variant variant, QWidget* parent)
    : QWidget(parent)
    , m_variant(variant) {
    setObjectName(variant == Variant::Full ? QStringLiteral("failoverTimelineFull")
                                           : QStringLiteral("failoverTimelineCompact"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setPolicy(fd::policy::FailoverPolicy{});
}

void FailoverTimelineWidget::setPolicy(const fd::policy::FailoverPolicy& policy) {
    m_enabled = policy.enabled;
    setPhases(fd::policy::failoverTimeline(policy));
}

void FailoverTimelineWidget::setPhases(const QList<TimelinePhase>& phases) {
    const int before = rowCount();
    m_phases = phases;
    m_enabled = phases.size() > 1;
    if (rowCount() != before)
        updateGeometry();
    updateTexts();
    update();
}

void FailoverTimelineWidget::setObserved(const QList<ObservedRow>& rows) {
    m_observed = rows;
    updateGeometry();
    updateTexts();
    update();
}

QList<FailoverTimelineWidget::ObservedRow>
FailoverTimelineWidget::observedRows(const fd::policy::BindingFailovers& binding,
                                     const QDateTime& now) {
    QList<ObservedRow> rows;
    for (const fd::policy::ObservedEviction& e : binding.evictions) {
        QStringList parts{tr("From %1").arg(e.fromCluster)};
        if (!e.reason.isEmpty())
            parts << e.reason;
        if (e.created.isValid())
            parts << QLocale().toString(e.created.toLocalTime(), QLocale::ShortFormat);
        rows.append(ObservedRow{parts.join(QStringLiteral(" · ")),
                                fd::policy::observedTimeline(e, binding, now)});
    }
    return rows;
}

int FailoverTimelineWidget::rowCount() const {
    int n = int(m_phases.size());
    for (const ObservedRow& r : m_observed)
        n += int(r.phases.size()) + 1;
    return n;
}

double FailoverTimelineWidget::snap(double x) const {
    const double dpr = devicePixelRatioF();
    return std::round(x * dpr) / dpr;
}

FailoverTimelineWidget::Layout FailoverTimelineWidget::computeLayout() const {
    Layout l;
    const QFontMetricsF fm(font());
    const QFontMetricsF small(smallFont(font()));
    const bool full = m_variant == Variant::Full;
    if (full) {
        for (const TimelinePhase& p : m_phases)
            l.labelWidth = std::max(l.labelWidth, fm.horizontalAdvance(phaseLabel(p.name)));
        l.labelWidth = std::min(l.labelWidth + 14, width() * 0.4);
    }
    l.rowHeight = full ? std::max(24.0, fm.height() + 10) : kLane + kLaneGap;

    int maxEnd = 1;
    for (const TimelinePhase& p : m_phases)
        maxEnd = std::max(maxEnd, p.endSeconds);
    for (const ObservedRow& r : m_observed)
        for (const TimelinePhase& p : r.phases)
            maxEnd = std::max(maxEnd, p.endSeconds);

    // The last axis label is centred on the plot's end: leave half of it as a right margin.
    const double endLabel = small.horizontalAdvance(formatDuration(maxEnd)) / 2 + 2;
    const double left = kMargin + l.labelWidth;
    const double right = width() - kMargin - (full ? endLabel : 0);
    const double plotWidth = std::max(10.0, right - left);
    const int maxTicks = full ? std::max(2, int(plotWidth / 72)) : 4;
    l.tickSeconds = tickStep(maxEnd, maxTicks);
    l.axisSeconds = ((maxEnd + l.tickSeconds - 1) / l.tickSeconds) * l.tickSeconds;
    if (!full)
        l.axisSeconds = std::max(l.axisSeconds, 1);

    double y = kMargin;
    const double modelTop = y;
    y += l.rowHeight * m_phases.size();
    if (!m_observed.isEmpty()) {
        y += full ? 8 : 4;
        l.observedTop = y;
        if (full)
            y += fm.height() + 4;
        for (const ObservedRow& r : m_observed) {
            if (full)
                y += small.height() + 2;
            y += (kLane + kObservedGap) * r.phases.size() + 4;
        }
    }
    l.plot = QRectF(left, modelTop, plotWidth, y - modelTop);
    return l;
}

double FailoverTimelineWidget::rowTop(const Layout& l, int observedRow, int phaseIndex) const {
    if (observedRow < 0) {
        const double inset = m_variant == Variant::Full ? 5 : 0;
        return l.plot.top() + l.rowHeight * phaseIndex + inset;
    }
    const QFontMetricsF fm(font());
    const QFontMetricsF small(smallFont(font()));
    const bool full = m_variant == Variant::Full;
    double y = l.observedTop + (full ? fm.height() + 4 : 0);
    for (int i = 0; i < observedRow; ++i)
        y += (full ? small.height() + 2 : 0) +
             (kLane + kObservedGap) * m_observed[i].phases.size() + 4;
    if (full)
        y += small.height() + 2;
    return y + (kLane + kObservedGap) * phaseIndex;
}

QRectF FailoverTimelineWidget::barIn(const Layout& l, const TimelinePhase& p, double top) const {
    const double scale = l.plot.width() / std::max(1, l.axisSeconds);
    const double x0 = snap(l.plot.left() + p.startSeconds * scale);
    const double x1 = snap(l.plot.left() + p.endSeconds * scale);
    const double h = m_variant == Variant::Full ? l.rowHeight - 10 : kLane;
    return QRectF(x0, snap(top), x1 - x0, h);
}

QRectF FailoverTimelineWidget::barRect(const QString& phase, int observedRow) const {
    const Layout l = computeLayout();
    if (observedRow < 0) {
        for (int i = 0; i < m_phases.size(); ++i)
            if (m_phases[i].name == phase)
                return barIn(l, m_phases[i], rowTop(l, -1, i));
        return {};
    }
    if (observedRow >= m_observed.size())
        return {};
    const auto& phases = m_observed[observedRow].phases;
    for (int i = 0; i < phases.size(); ++i)
        if (phases[i].name == phase) {
            QRectF r = barIn(l, phases[i], rowTop(l, observedRow, i));
            r.setHeight(kLane);
            return r;
        }
    return {};
}

int FailoverTimelineWidget::axisSeconds() const {
    return computeLayout().axisSeconds;
}

double FailoverTimelineWidget::xForSeconds(double seconds) const {
    const Layout l = computeLayout();
    return l.plot.left() + seconds * l.plot.width() / std::max(1, l.axisSeconds);
}

QSize FailoverTimelineWidget::sizeHint() const {
    const QFontMetricsF small(smallFont(font()));
    const Layout l = computeLayout();
    // Compact: the axis's two labels, then a one-line legend (the lanes carry no labels).
    const double axis = m_variant == Variant::Full ? small.height() + 10 : 2 * small.height() + 12;
    const int h = int(std::ceil(l.plot.bottom() + axis + kMargin));
    return QSize(m_variant == Variant::Full ? 560 : 260, h);
}

QSize FailoverTimelineWidget::minimumSizeHint() const {
    return QSize(m_variant == Variant::Full ? kFullMinWidth : kCompactMinWidth,
                 sizeHint().height());
}

QString FailoverTimelineWidget::summaryText() const {
    QStringList parts;
    if (m_phases.isEmpty()) {
        // Observed failovers only: there is no model to describe.
    } else if (!m_enabled)
        parts << tr("Failover is off: replicas stay on a failed cluster until it recovers.");
    else
        for (const TimelinePhase& p : m_phases)
            parts << spanText(p);
    if (!m_observed.isEmpty()) {
        parts << tr("What happened:");
        for (const ObservedRow& r : m_observed) {
            QStringList spans;
            for (const TimelinePhase& p : r.phases)
                spans << spanText(p);
            parts << r.label + QStringLiteral(": ") + spans.join(QStringLiteral("; "));
        }
    }
    return parts.join(QStringLiteral(". ")) + u'.';
}

void FailoverTimelineWidget::updateTexts() {
    setAccessibleName(tr("Failover timeline"));
    setAccessibleDescription(summaryText());
}

void FailoverTimelineWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateTexts();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

bool FailoverTimelineWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Layout l = computeLayout();
        const auto hit = [&](const QRectF& r) {
            return r.adjusted(-3, -2, 3, 2).contains(help->pos());
        };
        QString text;
        for (int i = 0; i < m_phases.size() && text.isEmpty(); ++i)
            if (hit(barIn(l, m_phases[i], rowTop(l, -1, i))))
                text = spanText(m_phases[i]);
        for (int o = 0; o < m_observed.size() && text.isEmpty(); ++o)
            for (int i = 0; i < m_observed[o].phases.size() && text.isEmpty(); ++i) {
                QRectF r = barIn(l, m_observed[o].phases[i], rowTop(l, o, i));
                r.setHeight(kLane);
                if (hit(r))
                    text = m_observed[o].label + QStringLiteral(": ") +
                           spanText(m_observed[o].phases[i]);
            }
        QToolTip::showText(help->globalPos(), text.isEmpty() ? summaryText() : text, this);
        return true;
    }
    return QWidget::event(event);
}

void FailoverTimelineWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const Layout l = computeLayout();
    const bool full = m_variant == Variant::Full;
    const QFont base = font();
    const QFont small = smallFont(base);
    const QFontMetricsF fm(base);
    const QFontMetricsF sfm(small);
    const double scale = l.plot.width() / std::max(1, l.axisSeconds);
    const double plotBottom = l.plot.bottom();

    // Grid lines at the ticks (full), behind everything.
    if (full) {
        p.setPen(QPen(kGrid, 1));
        for (int t = l.tickSeconds; t <= l.axisSeconds; t += l.tickSeconds) {
            const double x = snap(l.plot.left() + t * scale) + 0.5 / devicePixelRatioF();
            p.drawLine(QPointF(x, l.plot.top()), QPointF(x, plotBottom));
        }
    }

    const auto drawBar = [&](const QRectF& r, const TimelinePhase& phase, bool withText) {
        const QColor c = phaseColor(phase.name);
        if (phase.startSeconds == phase.endSeconds) {
            // An instant: a marker line with a small diamond on top.
            const double x = r.left();
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRect(QRectF(x - 1, r.top() - 1, 2, r.height() + 2));
            if (full) {
                QPainterPath d;
                const double cy = r.center().y();
                d.moveTo(x, cy - 5);
                d.lineTo(x + 5, cy);
                d.lineTo(x, cy + 5);
                d.lineTo(x - 5, cy);
                d.closeSubpath();
                p.drawPath(d);
            }
        } else {
            QRectF shown = r;
            if (shown.width() < 2) // visible even when the axis is long
                shown.setWidth(2);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRoundedRect(shown, full ? 3 : 2, full ? 3 : 2);
        }
        if (!withText)
            return;
        const QString text = phase.startSeconds == phase.endSeconds
                                 ? formatDuration(phase.startSeconds)
                                 : formatDuration(phase.endSeconds - phase.startSeconds);
        p.setFont(small);
        const double tw = sfm.horizontalAdvance(text);
        const bool instant = phase.startSeconds == phase.endSeconds;
        QRectF textRect;
        if (!instant && tw + 10 <= r.width()) {
            p.setPen(Qt::white);
            textRect = r;
        } else {
            p.setPen(kText);
            const double after = r.right() + (instant ? 9 : 6);
            if (after + tw <= width() - kMargin)
                textRect = QRectF(after, r.top(), tw + 2, r.height());
            else
                textRect = QRectF(r.left() - 6 - tw - 2, r.top(), tw + 2, r.height());
        }
        p.drawText(textRect, Qt::AlignCenter, text);
        p.setFont(base);
    };

    // The model.
    if (!m_enabled && full && !m_phases.isEmpty()) {
        p.setPen(kMuted);
        QFont italic = base;
        italic.setItalic(true);
        p.setFont(italic);
        const QRectF row(l.plot.left() + 14, rowTop(l, -1, 0) - 5, l.plot.width() - 14,
                         l.rowHeight);
        p.drawText(row, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                   tr("Failover is off: replicas stay on a failed cluster until it recovers."));
        p.setFont(base);
    }
    for (int i = 0; i < m_phases.size(); ++i) {
        const TimelinePhase& phase = m_phases[i];
        const QRectF r = barIn(l, phase, rowTop(l, -1, i));
        if (full) {
            p.setPen(kText);
            const QRectF label(kMargin, r.top() - 5, l.labelWidth - 8, l.rowHeight);
            p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(phaseLabel(phase.name), Qt::ElideRight, label.width()));
        }
        drawBar(r, phase, full);
    }

    // What happened.
    if (!m_observed.isEmpty()) {
        p.setPen(QPen(kAxis, 1));
        const double sepY = snap(l.observedTop - (full ? 4 : 2)) + 0.5 / devicePixelRatioF();
        p.drawLine(QPointF(kMargin, sepY), QPointF(width() - kMargin, sepY));
        if (full) {
            QFont bold = base;
            bold.setBold(true);
            p.setFont(bold);
            p.setPen(kText);
            p.drawText(QRectF(kMargin, l.observedTop, width() - 2 * kMargin, fm.height() + 2),
                       Qt::AlignLeft | Qt::AlignVCenter, tr("What happened"));
            p.setFont(base);
        }
        for (int o = 0; o < m_observed.size(); ++o) {
            const ObservedRow& row = m_observed[o];
            if (full && !row.phases.isEmpty()) {
                p.setFont(small);
                p.setPen(kMuted);
                const double top = rowTop(l, o, 0) - sfm.height() - 2;
                p.drawText(QRectF(kMargin, top, width() - 2 * kMargin, sfm.height()),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           sfm.elidedText(row.label, Qt::ElideRight, width() - 2 * kMargin));
                p.setFont(base);
            }
            for (int i = 0; i < row.phases.size(); ++i) {
                QRectF r = barIn(l, row.phases[i], rowTop(l, o, i));
                r.setHeight(kLane);
                drawBar(r, row.phases[i], false);
            }
        }
    }

    // The axis.
    p.setFont(small);
    const double axisY = snap(plotBottom + 2) + 0.5 / devicePixelRatioF();
    p.setPen(QPen(kAxis, 1));
    p.drawLine(QPointF(l.plot.left(), axisY), QPointF(l.plot.right(), axisY));
    p.setPen(kMuted);
    if (full) {
        for (int t = 0; t <= l.axisSeconds; t += l.tickSeconds) {
            const double x = snap(l.plot.left() + t * scale);
            p.setPen(QPen(kAxis, 1));
            p.drawLine(QPointF(x + 0.5 / devicePixelRatioF(), axisY),
                       QPointF(x + 0.5 / devicePixelRatioF(), axisY + 4));
            p.setPen(kMuted);
            const QString text = formatDuration(t);
            const double tw = sfm.horizontalAdvance(text);
            const double tx = t == 0 ? x : x - tw / 2;
            p.drawText(QRectF(tx, axisY + 5, tw + 1, sfm.height()), Qt::AlignLeft, text);
        }
    } else {
        const double ty = axisY + 2;
        p.drawText(QRectF(l.plot.left(), ty, l.plot.width(), sfm.height()), Qt::AlignLeft,
                   formatDuration(0));
        p.drawText(QRectF(l.plot.left(), ty, l.plot.width(), sfm.height()), Qt::AlignRight,
                   formatDuration(l.axisSeconds));
        if (!m_enabled) {
            p.drawText(QRectF(l.plot.left(), ty, l.plot.width(), sfm.height()), Qt::AlignHCenter,
                       tr("Failover off"));
        }
        // The legend: as many phases as fit on one line.
        double x = l.plot.left();
        const double ly = ty + sfm.height() + 6;
        for (const TimelinePhase& phase : std::as_const(m_phases)) {
            const QString label = phaseLabel(phase.name);
            const double need = 8 + 4 + sfm.horizontalAdvance(label) + 12;
            if (x + need - 12 > width() - kMargin)
                break;
            p.setPen(Qt::NoPen);
            p.setBrush(phaseColor(phase.name));
            p.drawRoundedRect(QRectF(x, ly + (sfm.height() - 8) / 2, 8, 8), 2, 2);
            p.setPen(kMuted);
            p.drawText(QRectF(x + 12, ly, need - 12, sfm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, label);
            x += need;
        }
    }
}

} // namespace fd::widgets
