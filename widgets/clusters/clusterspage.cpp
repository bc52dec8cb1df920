#include "clusterspage.h"

#include "common/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

ClustersPage::ClustersPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_empty(new EmptyState(iconPath(), this)) {
    setObjectName(pageId());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    connect(m_empty, &EmptyState::actionTriggered, this, &ClustersPage::importKubeconfigRequested);
    retranslate();
}

QString ClustersPage::displayTitle() {
    return tr("Clusters");
}

void ClustersPage::retranslate() {
    m_empty->setTitle(tr("No clusters yet"));
    m_empty->setDescription(
        tr("Register your Kubernetes clusters to see their health, nodes and GPUs in one place. "
           "Tokens and keys from the kubeconfig are kept in the secret store, "
           "never in plain text."));
    m_empty->setActionText(tr("Import kubeconfig…"));
}

} // namespace fd::widgets
