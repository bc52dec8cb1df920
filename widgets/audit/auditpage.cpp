#include "auditpage.h"

#include "common/emptystate.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fd::widgets {

AuditPage::AuditPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(iconPath(), m_stack)) {
    setObjectName(pageId());
    m_empty->actionButton()->hide();
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslate();
}

QString AuditPage::displayTitle() {
    return tr("Audit log");
}

void AuditPage::retranslate() {
    m_empty->setTitle(tr("No audit entries yet"));
    m_empty->setDescription(tr("Every change Fleetdeck makes — importing a cluster, applying a "
                               "policy, deploying a model — is recorded here with its time, "
                               "target and result."));
}

} // namespace fd::widgets
