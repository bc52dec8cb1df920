#include "policytab.h"

#include "common/emptystate.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fd::widgets {

using fd::policy::PolicyKind;

namespace {
constexpr int TwoColumnWidth = 980;
}

PolicyTab::PolicyTab(PolicyKind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_new(new QPushButton)
    , m_intro(new QLabel)
    , m_stack(new QStackedWidget)
    , m_empty(new EmptyState(QStringLiteral(":/icons/policies.svg")))
    , m_scroll(new QScrollArea)
    , m_grid(new QWidget)
    , m_gridLayout(new QGridLayout(m_grid)) {
    setObjectName(kind == PolicyKind::Placement  ? QStringLiteral("strategiesTab")
                  : kind == PolicyKind::Resource ? QStringLiteral("profilesTab")
                                                 : QStringLiteral("failoverTab"));
    m_new->setObjectName(QStringLiteral("newPolicyButton"));
    m_intro->setObjectName(QStringLiteral("hint"));
    m_intro->setWordWrap(true);
    m_grid->setObjectName(QStringLiteral("cardGrid"));
    m_gridLayout->setContentsMargins(24, 8, 24, 24);
    m_gridLayout->setSpacing(16);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_grid);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);

    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(24, 14, 24, 4);
    toolbar->addWidget(m_intro, 1);
    toolbar->addWidget(m_new, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);

    connect(m_new, &QPushButton::clicked, this, &PolicyTab::newRequested);
    connect(m_empty, &EmptyState::actionTriggered, this, &PolicyTab::createDefaultsRequested);
    retranslate();
}

bool PolicyTab::isShowingEmptyState() const {
    return m_stack->currentWidget() == m_empty;
}

void PolicyTab::retranslate() {
    m_empty->setActionText(tr("Create the default set"));
    switch (m_kind) {
    case PolicyKind::Placement:
        m_new->setText(tr("New strategy"));
        m_intro->setText(tr("Where model deployments run: which clusters, how replicas spread, "
                            "and which rules pick a strategy for a new deployment."));
        m_empty->setTitle(tr("No placement strategies yet"));
        m_empty->setDescription(
            tr("A placement strategy decides which clusters run a model and how its replicas "
               "spread. The default set adds three: general, large-models and small-models."));
        break;
    case PolicyKind::Resource:
        m_new->setText(tr("New profile"));
        m_intro->setText(tr("GPUs, memory, CPU and scheduler settings, per zone: zone A for "
                            "high performance, zone B for general purpose."));
        m_empty->setTitle(tr("No resource profiles yet"));
        m_empty->setDescription(
            tr("A resource profile sets the GPUs, memory and CPU a model server gets in each "
               "zone. The default set adds standard, high-performance and shared-gpu."));
        break;
    case PolicyKind::Failover:
        m_new->setText(tr("New failover policy"));
        m_intro->setText(tr("How long a failure is tolerated before model servers move to "
                            "another cluster, and what happens to the old replicas."));
        m_empty->setTitle(tr("No failover policies yet"));
        m_empty->setDescription(
            tr("A failover policy moves model servers off a failed cluster. The default set "
               "adds one with Karmada's defaults: move after 5 minutes, keep the old replicas "
               "up to 10 minutes."));
        break;
    }
}

void PolicyTab::setCards(const QList<QWidget*>& cards) {
    for (QWidget* old : std::as_const(m_cards))
        delete old;
    m_cards = cards;
    for (QWidget* card : cards)
        card->setParent(m_grid);
    m_columns = 0; // force a layout
    relayout();
    m_stack->setCurrentWidget(cards.isEmpty() ? static_cast<QWidget*>(m_empty) : m_scroll);
}

void PolicyTab::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relayout();
}

void PolicyTab::relayout() {
    const int columns = width() >= TwoColumnWidth ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    while (QLayoutItem* item = m_gridLayout->takeAt(0))
        delete item;
    for (int r = 0; r < m_gridLayout->rowCount(); ++r)
        m_gridLayout->setRowStretch(r, 0);
    for (int i = 0; i < m_cards.size(); ++i)
        m_gridLayout->addWidget(m_cards[i], i / columns, i % columns, Qt::AlignTop);
    for (int c = 0; c < 2; ++c)
        m_gridLayout->setColumnStretch(c, c < columns ? 1 : 0);
    m_gridLayout->setRowStretch(int((m_cards.size() + columns - 1) / columns), 1);
}

} // namespace fd::widgets
