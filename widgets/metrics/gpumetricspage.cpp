#include "gpumetricspage.h"

#include "common/emptystate.h"

namespace fd::widgets {

GpuMetricsPage::GpuMetricsPage(const AppServices& services, QWidget* parent)
    : EmptyStatePage(services, id(), icon(), parent) {
    retranslate();
}

QString GpuMetricsPage::displayTitle() {
    return tr("GPU metrics");
}

void GpuMetricsPage::retranslate() {
    emptyState()->setTitle(tr("No Prometheus endpoint"));
    emptyState()->setDescription(
        tr("Connect the Prometheus that scrapes NVIDIA dcgm-exporter to see GPU utilisation, "
           "memory, temperature and health across the fleet."));
    emptyState()->setActionText(tr("Add Prometheus endpoint"));
    emptyState()->setUnavailableNote(tr("Arrives with GPU metrics."));
}

} // namespace fd::widgets
