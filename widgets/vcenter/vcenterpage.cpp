#include "vcenterpage.h"

#include "common/emptystate.h"

namespace fd::widgets {

VCenterPage::VCenterPage(const AppServices& services, QWidget* parent)
    : EmptyStatePage(services, id(), icon(), parent) {
    retranslate();
}

QString VCenterPage::displayTitle() {
    return tr("vCenter");
}

void VCenterPage::retranslate() {
    emptyState()->setTitle(tr("No vCenter connection"));
    emptyState()->setDescription(
        tr("Connect a VMware vCenter to browse virtual machines, templates, hosts and "
           "datastores, and to power or clone VMs."));
    emptyState()->setActionText(tr("Add vCenter connection"));
    emptyState()->setUnavailableNote(tr("Arrives with vCenter support."));
}

} // namespace fd::widgets
