#include "placementpreviewdialog.h"

#include "policycard.h"

#include "registry/clusterrecord.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
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
    , m_summary(new QLabel)
    , m_view(new QTreeWidget) {
    setObjectName(QStringLiteral("placementPreviewDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Placement of %1").arg(strategy.name));
    const PlacementPreview preview = previewPlacement(strategy, clusters);
    const QStringList matching = preview.matching();
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    if (clusters.isEmpty())
        m_summary->setText(tr("No member clusters are registered: import clusters and join "
                              "them to the control plane to place models on them."));
    else
        m_summary->setText(tr("%1 selects %2 of %3 registered clusters right now (%4).")
                               .arg(strategy.name)
                               .arg(matching.size())
                               .arg(clusters.size())
                               .arg(StrategyCard::targetsText(strategy)));
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setRootIsDecorated(false);
    m_view->setHeaderLabels({tr("Cluster"), tr("Selected"), tr("Why")});
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    for (const ClusterPreview& c : preview.clusters) {
        QStringList why;
        for (const PreviewMismatch& m : c.reasons)
            why << m.message;
        auto* item = new QTreeWidgetItem(
            {c.cluster, c.matches ? tr("Yes") : tr("No"),
             c.matches ? tr("Matches every target") : why.join(QStringLiteral(" "))});
        item->setForeground(1, c.matches ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b));
        m_view->addTopLevelItem(item);
    }
    for (const QString& unknown : preview.unknownTargets) {
        auto* item = new QTreeWidgetItem(
            {unknown, tr("No"), tr("Named by the strategy but not a registered cluster.")});
        item->setForeground(1, QColor(0xc0, 0x39, 0x2b));
        m_view->addTopLevelItem(item);
    }
    auto* close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    resize(760, 360);
}

} // namespace fd::widgets
