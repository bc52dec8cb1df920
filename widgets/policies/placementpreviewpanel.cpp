#include "placementpreviewpanel.h"

#include "policycard.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fd::widgets {

using namespace fd::policy;

PlacementPreviewPanel::PlacementPreviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_view(new QTreeWidget) {
    setObjectName(QStringLiteral("placementPreviewPanel"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setRootIsDecorated(false);
    m_view->setHeaderLabels({tr("Cluster"), tr("Selected"), tr("Why")});
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

void PlacementPreviewPanel::setPreview(const PlacementStrategy& strategy,
                                       const QList<ClusterFacts>& clusters) {
    const PlacementPreview preview = previewPlacement(strategy, clusters);
    const QStringList matching = preview.matching();
    const QString name = strategy.name.isEmpty() ? tr("This strategy") : strategy.name;
    if (clusters.isEmpty())
        m_summary->setText(tr("No member clusters are registered: import clusters and join "
                              "them to the control plane to place models on them."));
    else
        m_summary->setText(tr("%1 selects %2 of %3 registered clusters right now (%4).")
                               .arg(name)
                               .arg(matching.size())
                               .arg(clusters.size())
                               .arg(StrategyCard::targetsText(strategy)));
    m_view->clear();
    for (const ClusterPreview& c : preview.clusters) {
        QStringList why;
        for (const PreviewMismatch& m : c.reasons)
            why << m.message;
        auto* item = new QTreeWidgetItem(
            {c.cluster, c.matches ? tr("Yes") : tr("No"),
             c.matches ? tr("Matches every target") : why.join(QStringLiteral(" "))});
        item->setForeground(1, c.matches ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b));
        item->setToolTip(2, item->text(2)); // the whole reason where the column elides it
        m_view->addTopLevelItem(item);
    }
    for (const QString& unknown : preview.unknownTargets) {
        auto* item = new QTreeWidgetItem(
            {unknown, tr("No"), tr("Named by the strategy but not a registered cluster.")});
        item->setForeground(1, QColor(0xc0, 0x39, 0x2b));
        m_view->addTopLevelItem(item);
    }
}

} // namespace fd::widgets
