#include "page.h"

#include <QEvent>

namespace fd::widgets {

Page::Page(const AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services) {}

void Page::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace fd::widgets
