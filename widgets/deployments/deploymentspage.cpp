#include "deploymentspage.h"

#include "common/emptystate.h"

namespace fd::widgets {

DeploymentsPage::DeploymentsPage(const AppServices& services, QWidget* parent)
    : EmptyStatePage(services, id(), icon(), parent) {
    retranslate();
}

QString DeploymentsPage::displayTitle() {
    return tr("Deployments");
}

void DeploymentsPage::retranslate() {
    emptyState()->setTitle(tr("No model deployments yet"));
    emptyState()->setDescription(
        tr("Deploy LLM serving runtimes such as Ollama, vLLM, TGI or llama.cpp onto your GPU "
           "clusters and follow their status here."));
    emptyState()->setActionText(tr("New deployment"));
    emptyState()->setUnavailableNote(tr("Arrives with model deployments."));
}

} // namespace fd::widgets
