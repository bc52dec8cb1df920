#include "toggleswitch.h"

#include <QPainter>
#include <QStyleOptionFocusRect>

namespace fd::widgets {

namespace {
constexpr int TrackWidth = 36;
constexpr int TrackHeight = 20;
constexpr int Gap = 8;
} // namespace

ToggleSwitch::ToggleSwitch(QWidget* parent)
    : QAbstractButton(parent) {
    setCheckable(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ToggleSwitch::sizeHint() const {
    const QFontMetrics fm(font());
    const int textWidth = text().isEmpty() ? 0 : Gap + fm.horizontalAdvance(text());
    return QSize(TrackWidth + textWidth + 4, std::max(TrackHeight, fm.height()) + 4);
}

bool ToggleSwitch::hitButton(const QPoint& pos) const {
    return rect().contains(pos);
}

void ToggleSwitch::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track(1.5, (height() - TrackHeight) / 2.0, TrackWidth, TrackHeight);
    const bool on = isChecked();
    QColor fill = on ? QColor(0x2f, 0x5d, 0x9a) : QColor(0xc5, 0xcc, 0xd6);
    if (!isEnabled())
        fill = fill.lighter(130);
    p.setPen(hasFocus() ? QPen(QColor(0x17, 0x42, 0x7a), 1.5) : Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(track, TrackHeight / 2.0, TrackHeight / 2.0);
    const double d = TrackHeight - 4;
    const double x = on ? track.right() - d - 2 : track.left() + 2;
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(QRectF(x, track.top() + 2, d, d));
    if (!text().isEmpty()) {
        p.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled,
                                 QPalette::WindowText));
        p.drawText(QRectF(track.right() + Gap, 0, width() - track.right() - Gap, height()),
                   Qt::AlignVCenter | Qt::AlignLeft, text());
    }
}

} // namespace fd::widgets
