#include "pathlabel.h"

#include <QDir>
#include <QEvent>
#include <QFontMetrics>

#include <algorithm>

namespace fd::widgets {

QString homeRelativePath(const QString& path) {
    const QString clean = QDir::cleanPath(path);
    const QString home = QDir::cleanPath(QDir::homePath());
    if (!home.isEmpty() && home != QLatin1String("/")) {
        if (clean == home)
            return QStringLiteral("~");
        if (clean.startsWith(home + QLatin1Char('/')))
            return QStringLiteral("~") + QDir::separator() +
                   QDir::toNativeSeparators(clean.mid(home.size() + 1));
    }
    return QDir::toNativeSeparators(clean);
}

PathLabel::PathLabel(QWidget* parent)
    : QLabel(parent) {
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
}

void PathLabel::setPath(const QString& path, const QString& format) {
    m_path = path;
    m_format = format;
    setToolTip(QDir::toNativeSeparators(path));
    updateText();
    updateGeometry();
}

QString PathLabel::fullText() const {
    return m_format.arg(homeRelativePath(m_path));
}

int PathLabel::horizontalChrome() const {
    // Margins, and a space's width to spare: glyphs may draw past their advance (the last one
    // was clipped without it).
    const QMargins m = contentsMargins();
    return m.left() + m.right() + 2 * margin() + fontMetrics().horizontalAdvance(QLatin1Char(' '));
}

QSize PathLabel::sizeHint() const {
    return {fontMetrics().horizontalAdvance(fullText()) + horizontalChrome(),
            QLabel::sizeHint().height()};
}

QSize PathLabel::minimumSizeHint() const {
    // Room for the format's own words and a few characters of each end of the path.
    const int ends = fontMetrics().horizontalAdvance(QStringLiteral("~/…/Fleetdeck"));
    const int words = fontMetrics().horizontalAdvance(m_format.arg(QString()));
    return {std::min(sizeHint().width(), words + ends + horizontalChrome()),
            QLabel::minimumSizeHint().height()};
}

void PathLabel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    updateText();
}

void PathLabel::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateText();
}

void PathLabel::updateText() {
    const QFontMetrics fm = fontMetrics();
    const int room = width() - horizontalChrome();
    const QString shown = homeRelativePath(m_path);
    const int forPath = room - fm.horizontalAdvance(m_format.arg(QString()));
    QString text = m_format.arg(fm.horizontalAdvance(shown) <= forPath
                                    ? shown
                                    : fm.elidedText(shown, Qt::ElideMiddle, std::max(0, forPath)));
    if (text != QLabel::text())
        setText(text);
}

} // namespace fd::widgets
