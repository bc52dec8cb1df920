#include "deploymentspage.h"

#include "common/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

DeploymentsPage::DeploymentsPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_empty(new EmptyState(iconPath(), this)) {
    setObjectName(pageId());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    retranslate();
}

QString DeploymentsPage::displayTitle() {
    return tr("Deployments");
}

void DeploymentsPage::retranslate() {
    m_empty->setTitle(tr("No model deployments yet"));
    m_empty->setDescription(
        tr("Deploy LLM serving runtimes such as Ollama, vLLM, TGI or llama.cpp onto your GPU "
           "clusters and follow their status here."));
    m_empty->setActionText(tr("New deployment"));
    m_empty->setUnavailableNote(tr("Arrives with model deployments."));
}

} // namespace fd::widgets
