#include "deploymentfailoverspanel.h"

#include "policies/failovertimelinewidget.h"
#include "policy/deploymentfailovers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fd::widgets {

using State = fd::policy::DeploymentFailovers::State;

DeploymentFailoversPanel::DeploymentFailoversPanel(Factory makeWatch, QDateTime created,
                                                   QList<fd::policy::TimelinePhase> model,
                                                   QWidget* parent)
    : QWidget(parent)
    , m_make(std::move(makeWatch))
    , m_created(std::move(created))
    , m_model(std::move(model)) {
    auto* v = new QVBoxLayout(this);
    auto* stateRow = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("failoversState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stateRow->addWidget(m_state, 1);
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->setObjectName(QStringLiteral("failoversRetry"));
    stateRow->addWidget(m_retry, 0, Qt::AlignTop);
    v->addLayout(stateRow);
    connect(m_retry, &QPushButton::clicked, this, &DeploymentFailoversPanel::restart);
    m_clusters = new QLabel(this);
    m_clusters->setObjectName(QStringLiteral("failoversClusters"));
    m_clusters->setWordWrap(true);
    v->addWidget(m_clusters);
    // Many failovers make a tall timeline: it scrolls, the labels above stay.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    m_timeline = new FailoverTimelineWidget(FailoverTimelineWidget::Variant::Full, inner);
    m_timeline->setObjectName(QStringLiteral("deploymentFailoverTimeline"));
    innerLayout->addWidget(m_timeline);
    innerLayout->addStretch(1);
    scroll->setWidget(inner);
    v->addWidget(scroll, 1);
    restart();
}

void DeploymentFailoversPanel::restart() {
    delete m_failovers; // ends the previous watch
    m_failovers = m_make();
    m_failovers->setParent(this);
    connect(m_failovers, &fd::policy::DeploymentFailovers::changed, this,
            &DeploymentFailoversPanel::refresh);
    refresh();
}

void DeploymentFailoversPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void DeploymentFailoversPanel::refresh() {
    const auto binding = m_failovers->binding();
    const QList<fd::policy::ObservedEviction> evictions = m_failovers->evictions();
    const QString since = m_created.isValid()
                              ? QLocale().toString(m_created.toLocalTime(), QLocale::ShortFormat)
                              : QString();
    switch (m_failovers->state()) {
    case State::Loading:
        m_state->setText(tr("Reading the deployment's ResourceBinding from the control plane…"));
        break;
    case State::Ready:
        if (!evictions.isEmpty() && !m_model.isEmpty())
            m_state->setText(tr("%n failover(s) observed: the model of the strategy's failover "
                                "policy on top, what happened below.",
                                nullptr, int(evictions.size())));
        else if (!evictions.isEmpty())
            m_state->setText(tr("%n failover(s) observed.", nullptr, int(evictions.size())));
        else if (!since.isEmpty())
            m_state->setText(tr("No failover observed since %1.").arg(since));
        else
            m_state->setText(tr("No failover observed."));
        if (!binding)
            m_state->setText(m_state->text() + u' ' +
                             tr("Karmada has not made the ResourceBinding %1 yet.")
                                 .arg(m_failovers->bindingName()));
        break;
    case State::NotServed:
    case State::Locked:
    case State::Failed:
        m_state->setText(m_failovers->errorText());
        break;
    }
    const bool error = m_failovers->state() == State::NotServed ||
                       m_failovers->state() == State::Locked ||
                       m_failovers->state() == State::Failed;
    m_state->setProperty("error", error);
    m_retry->setVisible(error);
    m_retry->setText(tr("Try again"));
    if (binding && !binding->clusters.isEmpty())
        m_clusters->setText(tr("Runs on: %1").arg(binding->clusters.join(QStringLiteral(", "))));
    else
        m_clusters->clear();
    m_clusters->setVisible(!m_clusters->text().isEmpty());
    const bool ready = m_failovers->state() == State::Ready;
    m_timeline->setPhases(ready ? m_model : QList<fd::policy::TimelinePhase>{});
    m_timeline->setObserved(
        binding ? FailoverTimelineWidget::observedRows(*binding, QDateTime::currentDateTimeUtc())
                : QList<FailoverTimelineWidget::ObservedRow>{});
    m_timeline->setVisible(ready && (!m_model.isEmpty() || !evictions.isEmpty()));
    Q_EMIT updated();
}

} // namespace fd::widgets
