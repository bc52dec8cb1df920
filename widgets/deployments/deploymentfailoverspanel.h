#pragma once

#include "policy/failovertimeline.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace fd::policy {
class DeploymentFailovers;
}

namespace fd::widgets {

class FailoverTimelineWidget;

// The failovers of a Karmada deployment as they happened, live: the timeline of each
// graceful-eviction task of its ResourceBinding (drawn under the model of its strategy's
// failover policy, when it has one, on the same axis), where Karmada runs it now, and the
// states a reader needs — loading, "No failover observed since <creation>", the ResourceBinding
// API not served, "Vault locked", any other failure. Fed by a DeploymentFailovers watch it
// owns.
class DeploymentFailoversPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentFailoversPanel)

public:
    // `failovers` becomes a child of the panel. `created`: when the deployment was made (the
    // empty state says since when nothing happened). `model`: the expected phases (empty: none).
    DeploymentFailoversPanel(fd::policy::DeploymentFailovers* failovers, QDateTime created,
                             QList<fd::policy::TimelinePhase> model, QWidget* parent = nullptr);

    QLabel* stateLabel() const { return m_state; }
    QLabel* clustersLabel() const { return m_clusters; }
    FailoverTimelineWidget* timeline() const { return m_timeline; }
    fd::policy::DeploymentFailovers* failovers() const { return m_failovers; }

Q_SIGNALS:
    // After every update from the watch (tests wait on it).
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    fd::policy::DeploymentFailovers* m_failovers;
    QDateTime m_created;
    QList<fd::policy::TimelinePhase> m_model;
    QLabel* m_state;
    QLabel* m_clusters;
    FailoverTimelineWidget* m_timeline;
};

} // namespace fd::widgets
