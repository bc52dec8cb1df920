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
    const QRect track = option.rect.adjusted(6, option.rect.height() / 2 - 5, -70,
                                             -(option.rect.height() / 2 - 5));
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe6, 0xea, 0xf0));
    painter->drawRoundedRect(track, 4, 4);
    // Calm blue while there is headroom, amber above 80 %, red when fully requested.
    const QColor fill = ratio >= 0.999  ? QColor(0xc6, 0x28, 0x28)
                        : ratio >= 0.8 ? QColor(0xc2, 0x7c, 0x0e)
                                       : QColor(0x2f, 0x5d, 0x9a);
    painter->setBrush(fill);
    QRect bar = track;
    bar.setWidth(int(track.width() * ratio));
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, 4, 4);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(option.rect.adjusted(track.width() + 12, 0, -4, 0),
                      Qt::AlignVCenter | Qt::AlignLeft, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace fd::widgets
