#include "gpumetricspage.h"

#include "common/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

GpuMetricsPage::GpuMetricsPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_empty(new EmptyState(iconPath(), this)) {
    setObjectName(pageId());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    retranslate();
}

QString GpuMetricsPage::displayTitle() {
    return tr("GPU metrics");
}

void GpuMetricsPage::retranslate() {
    m_empty->setTitle(tr("No Prometheus endpoint"));
    m_empty->setDescription(
        tr("Connect the Prometheus that scrapes NVIDIA dcgm-exporter to see GPU utilisation, "
           "memory, temperature and health across the fleet."));
    m_empty->setActionText(tr("Add Prometheus endpoint"));
    m_empty->setUnavailableNote(tr("Arrives with GPU metrics."));
}

} // namespace fd::widgets
