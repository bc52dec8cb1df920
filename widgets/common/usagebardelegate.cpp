#include "usagebardelegate.h"

#include <QPainter>

#include <algorithm>

namespace fd::widgets {

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

UsageBarDelegate::UsageBarDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

UsageBarDelegate::UsageBarDelegate(Scheme scheme, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_scheme(scheme) {}

QColor UsageBarDelegate::utilizationColor(double percent) {
    // Pale to the application's accent (#2f5d9a) at 70 %, deeper to 100 %: darker means busier,
    // on one hue, so nothing busy reads as a warning.
    static const QColor idle(0xe3, 0xee, 0xfa);
    static const QColor accent(0x2f, 0x5d, 0x9a);
    static const QColor full(0x17, 0x33, 0x5c);
    const double t = std::clamp(percent, 0.0, 100.0) / 100.0;
    return t < 0.7 ? mix(idle, accent, t / 0.7) : mix(accent, full, (t - 0.7) / 0.3);
}

QColor UsageBarDelegate::fillColor(Scheme scheme, double ratio) {
    ratio = std::clamp(ratio, 0.0, 1.0);
    if (scheme == Scheme::Utilization)
        return utilizationColor(ratio * 100.0);
    // Calm blue while there is headroom, amber above 80 %, red when fully requested.
    return ratio >= 0.999 ? QColor(0xc6, 0x28, 0x28)
           : ratio >= 0.8 ? QColor(0xc2, 0x7c, 0x0e)
                          : QColor(0x2f, 0x5d, 0x9a);
}

void UsageBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    const QVariant ratioValue = index.data(RatioRole);
    if (!ratioValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double ratio = qBound(0.0, ratioValue.toDouble(), 1.0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The text ("2 requested (10 %)") is never cut: the bar takes what is left, up to 260 px.
    const QString text = index.data(Qt::DisplayRole).toString();
    const int textWidth = option.fontMetrics.horizontalAdvance(text);
    const int trackWidth = qBound(40, option.rect.width() - textWidth - 24, 260);
    const QRect track(option.rect.left() + 6, option.rect.center().y() - 4, trackWidth, 9);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe6, 0xea, 0xf0));
    painter->drawRoundedRect(track, 4, 4);
    painter->setBrush(fillColor(m_scheme, ratio));
    QRect bar = track;
    bar.setWidth(int(track.width() * ratio));
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, 4, 4);
    if (m_scheme == Scheme::Utilization && ratio * 100.0 < kIdleBelowPct) {
        // Idle: the empty track outlined, so the waste stands out instead of vanishing.
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(idleMarkColor(), 1.5));
        painter->drawRoundedRect(QRectF(track).adjusted(0.75, 0.75, -0.75, -0.75), 4, 4);
    }
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(option.rect.adjusted(track.width() + 14, 0, -4, 0),
                      Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

} // namespace fd::widgets
