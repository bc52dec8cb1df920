#include "usagebardelegate.h"

#include <QPainter>

namespace fd::widgets {

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
    // Calm blue while there is headroom, amber above 80 %, red when fully requested.
    const QColor fill = ratio >= 0.999 ? QColor(0xc6, 0x28, 0x28)
                        : ratio >= 0.8 ? QColor(0xc2, 0x7c, 0x0e)
                                       : QColor(0x2f, 0x5d, 0x9a);
    painter->setBrush(fill);
    QRect bar = track;
    bar.setWidth(int(track.width() * ratio));
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, 4, 4);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(option.rect.adjusted(track.width() + 14, 0, -4, 0),
                      Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

} // namespace fd::widgets
