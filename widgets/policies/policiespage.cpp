#include "policiespage.h"

#include "common/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

PoliciesPage::PoliciesPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_empty(new EmptyState(iconPath(), this)) {
    setObjectName(pageId());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    retranslate();
}

QString PoliciesPage::displayTitle() {
    return tr("Policies");
}

void PoliciesPage::retranslate() {
    m_empty->setTitle(tr("No policies yet"));
    m_empty->setDescription(
        tr("Placement strategies, resource profiles and failover policies decide where "
           "models run and how they recover. Start from a sensible default set."));
    m_empty->setActionText(tr("Create the default set"));
    m_empty->setUnavailableNote(tr("Arrives with the policy editor."));
}

} // namespace fd::widgets
