#pragma once

#include "policy/failovertimeline.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace fd::policy {
class DeploymentFailovers;
}

namespace fd::widgets {

class FailoverTimelineWidget;

// The failovers of a Karmada deployment as they happened, live: the timeline of each
// graceful-eviction task of its ResourceBinding (drawn under the model of its strategy's
// failover policy, when it has one, on the same axis), where Karmada runs it now, and the
// states a reader needs — loading, "No failover observed since <creation>", the ResourceBinding
// API not served, "Vault locked", any other failure (with "Try again", which watches anew: an
// unlocked vault or a newly installed Karmada restarts nothing by itself). Fed by a
// DeploymentFailovers watch it owns.
class DeploymentFailoversPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentFailoversPanel)

public:
    using Factory = std::function<fd::policy::DeploymentFailovers*()>;
    // `makeWatch` starts the binding's watch (now, and again on "Try again"); the panel owns
    // what it returns. `created`: when the deployment was made (the empty state says since
    // when nothing happened). `model`: the expected phases (empty: none).
    DeploymentFailoversPanel(Factory makeWatch, QDateTime created,
                             QList<fd::policy::TimelinePhase> model, QWidget* parent = nullptr);

    QLabel* stateLabel() const { return m_state; }
    QLabel* clustersLabel() const { return m_clusters; }
    // Shown in the error states (vault locked, API not served, failed): watch again.
    QPushButton* retryButton() const { return m_retry; }
    FailoverTimelineWidget* timeline() const { return m_timeline; }
    fd::policy::DeploymentFailovers* failovers() const { return m_failovers; }

Q_SIGNALS:
    // After every update from the watch (tests wait on it).
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void restart();

    Factory m_make;
    fd::policy::DeploymentFailovers* m_failovers = nullptr;
    QDateTime m_created;
    QList<fd::policy::TimelinePhase> m_model;
    QLabel* m_state;
    QLabel* m_clusters;
    QPushButton* m_retry;
    FailoverTimelineWidget* m_timeline;
};

} // namespace fd::widgets
