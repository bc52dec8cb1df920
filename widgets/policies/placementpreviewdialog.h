#pragma once

#include "policy/placementpreview.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace fd::registry {
struct ClusterRecord;
}

namespace fd::widgets {

class PlacementPreviewPanel;

// Which registered clusters a placement strategy selects right now, and for every other one why
// not (not named, a label missing or different, not Ready), from the registry's records.
class PlacementPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementPreviewDialog)

public:
    PlacementPreviewDialog(const fd::policy::PlacementStrategy& strategy,
                           const QList<fd::policy::ClusterFacts>& clusters,
                           QWidget* parent = nullptr);

    QTreeWidget* view() const;
    QLabel* summary() const;

    // The facts the preview needs about the registered member clusters (control planes are not
    // placement targets).
    static QList<fd::policy::ClusterFacts>
    factsFrom(const QList<fd::registry::ClusterRecord>& records);

private:
    PlacementPreviewPanel* m_panel;
};

} // namespace fd::widgets
