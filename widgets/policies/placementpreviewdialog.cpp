#include "placementpreviewdialog.h"

#include "placementpreviewpanel.h"

#include "registry/clusterrecord.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

using namespace fd::policy;

QList<ClusterFacts>
PlacementPreviewDialog::factsFrom(const QList<fd::registry::ClusterRecord>& records) {
    QList<ClusterFacts> out;
    for (const fd::registry::ClusterRecord& r : records) {
        if (r.karmadaRole == fd::registry::KarmadaRole::ControlPlane)
            continue;
        ClusterFacts f;
        f.name = r.karmadaClusterName.isEmpty() ? r.name : r.karmadaClusterName;
        f.labels = r.labels;
        f.zone = r.zone; // the registry's field, not a free-form label
        f.dataCenter = r.datacenter.id;
        f.gpuModels = r.gpuModels;
        f.ready = r.health.status == fd::registry::ClusterStatus::Ready;
        out << f;
    }
    return out;
}

PlacementPreviewDialog::PlacementPreviewDialog(const PlacementStrategy& strategy,
                                               const QList<ClusterFacts>& clusters, QWidget* parent)
    : QDialog(parent)
    , m_panel(new PlacementPreviewPanel) {
    setObjectName(QStringLiteral("placementPreviewDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Placement of %1").arg(strategy.name));
    m_panel->setPreview(strategy, clusters);
    auto* close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addLayout(buttons);
    resize(760, 360);
}

QTreeWidget* PlacementPreviewDialog::view() const {
    return m_panel->view();
}

QLabel* PlacementPreviewDialog::summary() const {
    return m_panel->summary();
}

} // namespace fd::widgets
