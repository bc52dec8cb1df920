#include "policiespage.h"

#include "common/emptystate.h"

namespace fd::widgets {

PoliciesPage::PoliciesPage(const AppServices& services, QWidget* parent)
    : EmptyStatePage(services, id(), icon(), parent) {
    retranslate();
}

QString PoliciesPage::displayTitle() {
    return tr("Policies");
}

void PoliciesPage::retranslate() {
    emptyState()->setTitle(tr("No policies yet"));
    emptyState()->setDescription(
        tr("Placement strategies, resource profiles and failover policies decide where "
           "models run and how they recover. Start from a sensible default set."));
    emptyState()->setActionText(tr("Create the default set"));
    emptyState()->setUnavailableNote(tr("Arrives with the policy editor."));
}

} // namespace fd::widgets
