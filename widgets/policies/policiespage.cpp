#include "policiespage.h"

#include "confirmation.h"
#include "deletepolicydialog.h"
#include "failovereditor.h"
#include "fieldmessage.h"
#include "policycard.h"
#include "policyhistorydialog.h"
#include "policytab.h"
#include "policyyamldialog.h"
#include "profileeditor.h"
#include "strategyeditor.h"

#include "common/emptystate.h"
#include "policy/policyservice.h"

#include <QEvent>
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
    , m_notice(new FieldMessage) {
    setObjectName(id());
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
    auto* noticeRow = new QVBoxLayout;
    noticeRow->setContentsMargins(24, 8, 24, 0);
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
    updateState();
    rebuild(); // cards carry translated texts
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
    for (const repository::SyncRecord& r : svc->externalObjects())
        (r.kind == PolicyKind::Resource ? profiles : strategies) << new ExternalCard(r);
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
    case PolicyKind::Placement:
        dialog = new StrategyEditor(*svc, name.isEmpty() ? nullptr : set.strategy(name), this);
        break;
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
