#include "emptystatepage.h"

#include "common/emptystate.h"

#include <QVBoxLayout>

namespace fd::widgets {

EmptyStatePage::EmptyStatePage(const AppServices& services, const QString& pageId,
                               const QString& iconPath, QWidget* parent)
    : Page(services, parent)
    , m_empty(new EmptyState(iconPath, this)) {
    setObjectName(pageId);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
}

} // namespace fd::widgets
