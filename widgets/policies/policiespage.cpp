#include "policiespage.h"

#include "confirmation.h"
#include "deletepolicydialog.h"
#include "failovereditor.h"
#include "fieldmessage.h"
#include "placementpreviewdialog.h"
#include "policycard.h"
#include "policyhistorydialog.h"
#include "policytab.h"
#include "policyyamldialog.h"
#include "profileeditor.h"
#include "strategyeditor.h"
#include "syncdialog.h"

#include "common/appservices.h"
#include "common/emptystate.h"
#include "policy/policyservice.h"
#include "policy/policysync.h"
#include "registry/clusterregistry.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fd::widgets {

using namespace fd::policy;

PoliciesPage::PoliciesPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_stack(new QStackedWidget)
    , m_state(new EmptyState(icon()))
    , m_content(new QWidget)
    , m_tabs(new QTabWidget)
    , m_notice(new FieldMessage)
    , m_syncText(new QLabel)
    , m_planes(new QComboBox)
    , m_checkButton(new QPushButton)
    , m_syncButton(new QPushButton) {
    setObjectName(id());
    if (services.policies && services.clusters)
        m_sync = new PolicySync(*services.policies, services.clusters->connections(), this);
    m_syncText->setObjectName(QStringLiteral("syncBarText"));
    m_planes->setObjectName(QStringLiteral("controlPlaneBox"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_syncButton->setProperty("primary", true);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { startSync(true); });
    connect(m_syncButton, &QPushButton::clicked, this, [this] { startSync(false); });
    m_tabs->setObjectName(QStringLiteral("policyTabs"));
    m_tabs->setDocumentMode(true);
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    for (PolicyKind kind : {PolicyKind::Placement, PolicyKind::Resource, PolicyKind::Failover}) {
        auto* tab = new PolicyTab(kind);
        m_kindTabs << tab;
        m_tabs->addTab(tab, QString());
        connect(tab, &PolicyTab::newRequested, this, [this, kind] { openEditor(kind); });
        connect(tab, &PolicyTab::createDefaultsRequested, this, &PoliciesPage::createDefaultSet);
    }
    auto* syncBar = new QHBoxLayout;
    syncBar->setSpacing(8);
    syncBar->addWidget(m_syncText);
    syncBar->addWidget(m_planes);
    syncBar->addStretch(1);
    syncBar->addWidget(m_checkButton);
    syncBar->addWidget(m_syncButton);
    auto* noticeRow = new QVBoxLayout;
    noticeRow->setContentsMargins(24, 8, 24, 0);
    noticeRow->addLayout(syncBar);
    noticeRow->addWidget(m_notice);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addLayout(noticeRow);
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_state);
    m_stack->addWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    if (PolicyService* svc = services.policies) {
        connect(svc, &PolicyService::policiesChanged, this, &PoliciesPage::rebuild);
        connect(svc, &PolicyService::syncStateChanged, this, &PoliciesPage::rebuild);
        connect(svc, &PolicyService::loadFinished, this, &PoliciesPage::updateState);
    }
    if (services.clusters)
        connect(services.clusters, &fd::registry::ClusterRegistry::clustersChanged, this,
                &PoliciesPage::updateControlPlanes);
    retranslate();
}

QString PoliciesPage::displayTitle() {
    return tr("Policies");
}

PolicyTab* PoliciesPage::tab(PolicyKind kind) const {
    for (PolicyTab* t : m_kindTabs)
        if (t->kind() == kind)
            return t;
    return nullptr;
}

void PoliciesPage::retranslate() {
    for (PolicyTab* t : std::as_const(m_kindTabs))
        t->retranslate();
    m_checkButton->setText(tr("Check"));
    m_checkButton->setToolTip(tr("Compare the policies with the control plane without changing "
                                 "anything there"));
    m_syncButton->setText(tr("Sync"));
    m_syncButton->setToolTip(tr("Apply every strategy and profile to the control plane"));
    updateControlPlanes();
    updateState();
    rebuild(); // cards carry translated texts
}

void PoliciesPage::updateControlPlanes() {
    const qint64 chosen = m_planes->currentData().toLongLong();
    QList<fd::registry::ClusterRecord> planes;
    if (services().clusters)
        for (const auto& r : services().clusters->clusters())
            if (r.karmadaRole == fd::registry::KarmadaRole::ControlPlane)
                planes << r;
    m_planes->clear();
    for (const auto& r : std::as_const(planes))
        m_planes->addItem(r.name, r.id);
    if (const int i = m_planes->findData(chosen); i >= 0)
        m_planes->setCurrentIndex(i);
    const bool any = m_sync && !planes.isEmpty();
    m_planes->setVisible(any);
    m_syncText->setText(any ? tr("Karmada control plane")
                            : tr("No Karmada control plane is registered: mark one on the "
                                 "Clusters page to sync policies."));
    m_checkButton->setEnabled(any);
    m_syncButton->setEnabled(any);
}

SyncDialog* PoliciesPage::startSync(bool checkOnly) {
    if (!m_sync || m_planes->currentIndex() < 0)
        return nullptr;
    m_notice->clear();
    auto* dialog = new SyncDialog(*m_sync, m_planes->currentData().toLongLong(),
                                  m_planes->currentText(), checkOnly, this);
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
    dialog->start();
    return dialog;
}

void PoliciesPage::adopt(qint64 controlPlaneId, const QString& objectKind,
                         const QString& objectName) {
    if (!m_sync)
        return;
    m_sync->adopt(
        controlPlaneId, objectKind, objectName, this,
        [this, objectName](fd::Result<AdoptOutcome> r) {
            if (!r) {
                m_notice->setMessage(Severity::Error, r.error().message);
                return;
            }
            QString text = tr("Adopted %1 as %2; the next sync applies %3.")
                               .arg(objectName, r->created.join(QStringLiteral(", ")),
                                    karmadaObjectName(adoptedPolicyName(objectName)));
            if (!r->notCarried.isEmpty())
                text += u' ' +
                        tr("Not carried over: %1.").arg(r->notCarried.join(QStringLiteral(", ")));
            m_notice->setMessage(Severity::Info, text);
        });
}

void PoliciesPage::showPlacement(const QString& strategyName) {
    const PolicyService* svc = services().policies;
    const PlacementStrategy* s = svc ? svc->policies().strategy(strategyName) : nullptr;
    if (!s)
        return;
    const QList<ClusterFacts> clusters =
        services().clusters ? PlacementPreviewDialog::factsFrom(services().clusters->clusters())
                            : QList<ClusterFacts>();
    auto* dialog = new PlacementPreviewDialog(*s, clusters, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void PoliciesPage::updateState() {
    const PolicyService* svc = services().policies;
    if (svc && svc->isLoaded()) {
        m_stack->setCurrentWidget(m_content);
        return;
    }
    m_stack->setCurrentWidget(m_state);
    m_state->setActionText(tr("Create the default set"));
    if (!svc) {
        m_state->setTitle(tr("No policies yet"));
        m_state->setDescription(
            tr("Placement strategies, resource profiles and failover policies decide where "
               "models run and how they recover. Start from a sensible default set."));
        m_state->setUnavailableNote(
            tr("Policies are kept in the local store, which could not be opened."));
    } else if (!svc->loadError().isEmpty()) {
        m_state->setTitle(tr("Policies could not be read"));
        m_state->setDescription(svc->loadError());
        m_state->setUnavailableNote(tr("Nothing was changed."));
    } else {
        m_state->setTitle(tr("Loading policies…"));
        m_state->setDescription(QString());
        m_state->setUnavailableNote(tr("Reading the local store."));
    }
}

void PoliciesPage::rebuild() {
    PolicyService* svc = services().policies;
    updateState();
    if (!svc || !svc->isLoaded())
        return;
    const PolicySet& set = svc->policies();
    QList<QWidget*> strategies, profiles, failover;
    for (const PlacementStrategy& s : set.strategies) {
        auto* card = new StrategyCard(s, svc->usage(PolicyKind::Placement, s.name).deployments,
                                      svc->syncSummary(PolicyKind::Placement, s.name));
        connect(card, &StrategyCard::makeDefaultRequested, this, &PoliciesPage::confirmMakeDefault);
        connect(card, &StrategyCard::previewRequested, this, &PoliciesPage::showPlacement);
        strategies << card;
    }
    for (const ResourceProfile& p : set.profiles)
        profiles << new ProfileCard(p, svc->usage(PolicyKind::Resource, p.name).strategies,
                                    svc->syncSummary(PolicyKind::Resource, p.name));
    for (const FailoverPolicy& f : set.failoverPolicies)
        failover << new FailoverCard(f, svc->usage(PolicyKind::Failover, f.name).strategies);
    for (QList<QWidget*>* list : {&strategies, &profiles, &failover})
        for (QWidget* w : std::as_const(*list))
            if (auto* card = qobject_cast<PolicyCard*>(w)) {
                connect(card, &PolicyCard::editRequested, this,
                        [this](PolicyKind k, const QString& n) { openEditor(k, n); });
                connect(card, &PolicyCard::deleteRequested, this, &PoliciesPage::confirmDelete);
                connect(card, &PolicyCard::yamlRequested, this, &PoliciesPage::showYaml);
                connect(card, &PolicyCard::historyRequested, this, &PoliciesPage::showHistory);
            }
    for (const repository::SyncRecord& r : svc->externalObjects()) {
        auto* card = new ExternalCard(r);
        connect(card, &ExternalCard::adoptRequested, this, &PoliciesPage::adopt);
        (r.kind == PolicyKind::Resource ? profiles : strategies) << card;
    }
    tab(PolicyKind::Placement)->setCards(strategies);
    tab(PolicyKind::Resource)->setCards(profiles);
    tab(PolicyKind::Failover)->setCards(failover);
    m_tabs->setTabText(0, tr("Placement strategies (%1)").arg(set.strategies.size()));
    m_tabs->setTabText(1, tr("Resource profiles (%1)").arg(set.profiles.size()));
    m_tabs->setTabText(2, tr("Failover policies (%1)").arg(set.failoverPolicies.size()));
}

void PoliciesPage::createDefaultSet() {
    PolicyService* svc = services().policies;
    if (!svc)
        return;
    m_notice->clear();
    svc->createDefaultSet(this, [this](fd::Result<DefaultSetOutcome> r) {
        if (!r) {
            m_notice->setMessage(Severity::Error, r.error().message);
            return;
        }
        QString text =
            tr("Created %n policy(s) of the default set.", nullptr, int(r->created.size()));
        if (!r->skipped.isEmpty())
            text += u' ' + tr("Kept %n that already existed.", nullptr, int(r->skipped.size()));
        if (!r->generalIsDefault && r->created.contains(QStringLiteral("strategy/general")))
            text += u' ' + tr("The default strategy is unchanged.");
        m_notice->setMessage(Severity::Info, text);
    });
}

void PoliciesPage::openEditor(PolicyKind kind, const QString& name) {
    PolicyService* svc = services().policies;
    if (!svc)
        return;
    const PolicySet& set = svc->policies();
    PolicyEditorDialog* dialog = nullptr;
    switch (kind) {
    case PolicyKind::Placement: {
        auto* editor =
            new StrategyEditor(*svc, name.isEmpty() ? nullptr : set.strategy(name), this);
        if (services().clusters)
            editor->setClusters(PlacementPreviewDialog::factsFrom(services().clusters->clusters()));
        dialog = editor;
        break;
    }
    case PolicyKind::Resource:
        dialog = new ProfileEditor(*svc, name.isEmpty() ? nullptr : set.profile(name), this);
        break;
    case PolicyKind::Failover:
        dialog =
            new FailoverEditor(*svc, name.isEmpty() ? nullptr : set.failoverPolicy(name), this);
        break;
    }
    connect(dialog, &PolicyEditorDialog::saved, this, [this](PolicyKind, const QString& saved) {
        m_notice->setMessage(Severity::Info, tr("Saved \"%1\".").arg(saved));
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void PoliciesPage::confirmDelete(PolicyKind kind, const QString& name) {
    PolicyService* svc = services().policies;
    if (!svc)
        return;
    auto* dialog = new DeletePolicyDialog(*svc, kind, name, this);
    connect(dialog, &DeletePolicyDialog::deleted, this, [this](PolicyKind, const QString& n) {
        m_notice->setMessage(Severity::Info, tr("Deleted \"%1\".").arg(n));
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void PoliciesPage::confirmMakeDefault(const QString& name) {
    PolicyService* svc = services().policies;
    if (!svc)
        return;
    const PlacementStrategy* current = svc->policies().defaultStrategy();
    const QString text =
        current ? tr("Make \"%1\" the default strategy? Deployments that no rule matches will be "
                     "placed by \"%1\" instead of \"%2\".")
                      .arg(name, current->name)
                : tr("Make \"%1\" the default strategy? Deployments that no rule matches will be "
                     "placed by it.")
                      .arg(name);
    askToConfirm(this, tr("Change the default strategy"), text, tr("Make default"), [this, name] {
        PolicyService* s = services().policies;
        s->setDefaultStrategy(name, this, [this, name](fd::Status st) {
            if (st.ok())
                m_notice->setMessage(Severity::Info,
                                     tr("\"%1\" is now the default strategy.").arg(name));
            else
                m_notice->setMessage(Severity::Error, st.error().message);
        });
    });
}

void PoliciesPage::showYaml(PolicyKind kind, const QString& name) {
    if (!services().policies)
        return;
    auto* dialog = new PolicyYamlDialog(*services().policies, kind, name, this);
    dialog->open();
}

void PoliciesPage::showHistory(PolicyKind kind, const QString& name) {
    if (!services().policies)
        return;
    auto* dialog = new PolicyHistoryDialog(*services().policies, kind, name, this);
    dialog->open();
}

} // namespace fd::widgets
