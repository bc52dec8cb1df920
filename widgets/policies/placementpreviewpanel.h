#pragma once

#include "policy/placementpreview.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace fd::widgets {

// Which clusters a placement strategy selects right now, and for every other one why not (not
// named, a label missing or different, not Ready): a summary line over a table. Used by the
// placement preview dialog and, live while the form changes, by the strategy editor.
class PlacementPreviewPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementPreviewPanel)

public:
    explicit PlacementPreviewPanel(QWidget* parent = nullptr);

    // Shows `strategy` over `clusters` (the registered member clusters).
    void setPreview(const fd::policy::PlacementStrategy& strategy,
                    const QList<fd::policy::ClusterFacts>& clusters);

    QTreeWidget* view() const { return m_view; }
    QLabel* summary() const { return m_summary; }

private:
    QLabel* m_summary;
    QTreeWidget* m_view;
};

} // namespace fd::widgets
