#include "vcenterpage.h"

#include "common/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

VCenterPage::VCenterPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_empty(new EmptyState(iconPath(), this)) {
    setObjectName(pageId());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    retranslate();
}

QString VCenterPage::displayTitle() {
    return tr("vCenter");
}

void VCenterPage::retranslate() {
    m_empty->setTitle(tr("No vCenter connection"));
    m_empty->setDescription(
        tr("Connect a VMware vCenter to browse virtual machines, templates, hosts and "
           "datastores, and to power or clone VMs."));
    m_empty->setActionText(tr("Add vCenter connection"));
    m_empty->setUnavailableNote(tr("Arrives with vCenter support."));
}

} // namespace fd::widgets
