#include "policycard.h"

#include "failovertimelinewidget.h"
#include "rulesmodel.h"
#include "syncbadge.h"

#include "policy/clusterlabels.h"
#include "policy/failovertimeline.h"
#include "policy/policysync.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

using namespace fd::policy;

namespace {

QLabel* badge(const QString& text, const char* name) {
    auto* l = new QLabel(text);
    l->setObjectName(QString::fromLatin1(name));
    l->setAlignment(Qt::AlignCenter);
    return l;
}

QPushButton* action(const QString& text, const char* name) {
    auto* b = new QPushButton(text);
    b->setObjectName(QString::fromLatin1(name));
    b->setProperty("flat", true);
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

QString cpuCores(int millis) {
    return QLocale().toString(millis / 1000.0, 'g', 4);
}

} // namespace

// ---- PolicyCard ---------------------------------------------------------------------------------

PolicyCard::PolicyCard(PolicyKind kind, const QString& name, const QString& description,
                       const SyncSummary& sync, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_name(name)
    , m_badges(new QHBoxLayout)
    , m_body(new QVBoxLayout)
    , m_actions(new QHBoxLayout)
    , m_sync(new SyncBadge)
    , m_edit(action(tr("Edit"), "editButton"))
    , m_yaml(action(tr("YAML"), "yamlButton"))
    , m_history(action(tr("History"), "historyButton"))
    , m_delete(action(tr("Delete"), "deleteButton")) {
    setObjectName(QStringLiteral("policyCard"));
    setProperty("card", true);
    setProperty("policyName", name);
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto* title = new QLabel(name);
    title->setObjectName(QStringLiteral("cardTitle"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sync->setSummary(sync);
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(title);
    header->addLayout(m_badges);
    header->addStretch(1);
    header->addWidget(m_sync);

    auto* desc = new QLabel(description);
    desc->setObjectName(QStringLiteral("cardDescription"));
    desc->setWordWrap(true);
    desc->setVisible(!description.isEmpty());

    m_body->setSpacing(4);
    m_delete->setProperty("danger", true);
    m_actions->setSpacing(6);
    m_actions->addWidget(m_edit);
    m_actions->addWidget(m_yaml);
    m_actions->addWidget(m_history);
    m_actions->addStretch(1);
    m_actions->addWidget(m_delete);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(desc);
    // What the last sync or check found, in words (the badge's tooltip has every control plane).
    for (const repository::SyncRecord& r : sync.records) {
        QString text;
        if (r.state == repository::SyncState::Drifted)
            text = tr("Changed on %1 behind Fleetdeck's back: %2")
                       .arg(r.controlPlaneName, r.driftedFields.join(QStringLiteral(", ")));
        else if (r.state == repository::SyncState::Failed)
            text = tr("Not synced to %1: %2").arg(r.controlPlaneName, r.lastError);
        if (text.isEmpty())
            continue;
        auto* line = new QLabel(text);
        line->setObjectName(QStringLiteral("syncProblem"));
        line->setWordWrap(true);
        line->setProperty("severity", r.state == repository::SyncState::Failed
                                          ? QStringLiteral("error")
                                          : QStringLiteral("warning"));
        line->setStyleSheet(r.state == repository::SyncState::Failed
                                ? QStringLiteral("color:#c0392b")
                                : QStringLiteral("color:#b9770e"));
        layout->addWidget(line);
    }
    layout->addLayout(m_body);
    layout->addLayout(m_actions);

    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_kind, m_name); });
    connect(m_yaml, &QPushButton::clicked, this, [this] { Q_EMIT yamlRequested(m_kind, m_name); });
    connect(m_history, &QPushButton::clicked, this,
            [this] { Q_EMIT historyRequested(m_kind, m_name); });
    connect(m_delete, &QPushButton::clicked, this,
            [this] { Q_EMIT deleteRequested(m_kind, m_name); });
}

QLabel* PolicyCard::addFact(const QString& label, const QString& value, const QString& objectName) {
    auto* l = new QLabel(QStringLiteral("<span style='color:#6a7686'>%1</span>&nbsp;&nbsp;%2")
                             .arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
    l->setObjectName(objectName.isEmpty() ? QStringLiteral("cardFact") : objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setAccessibleName(label + QStringLiteral(": ") + value);
    m_body->addWidget(l);
    return l;
}

// ---- StrategyCard -------------------------------------------------------------------------------

QString StrategyCard::targetsText(const PlacementStrategy& s) {
    if (s.targetBy == TargetBy::Names)
        return s.targetClusters.isEmpty()
                   ? tr("No clusters named")
                   : tr("Clusters %1").arg(s.targetClusters.join(QStringLiteral(", ")));
    QStringList others;
    for (auto it = s.targetLabels.begin(); it != s.targetLabels.end(); ++it)
        if (it.key() != kZoneLabel)
            others << it.key() + u'=' + it.value();
    const QString zone = s.targetLabels.value(kZoneLabel);
    QString text = zone == u"A"   ? tr("Zone A clusters")
                   : zone == u"B" ? tr("Zone B clusters")
                   : zone.isEmpty()
                       ? (others.isEmpty() ? tr("Every member cluster") : tr("Clusters"))
                       : tr("Zone %1 clusters").arg(zone);
    if (!others.isEmpty())
        text = tr("%1 labelled %2").arg(text, others.join(QStringLiteral(", ")));
    return text;
}

QString StrategyCard::ruleText(const PlacementRule& rule) {
    QStringList values = rule.values;
    if (rule.field == RuleField::ModelSize) // billions of parameters, as models are named
        for (QString& v : values)
            v += u'B';
    //: An auto-placement rule: %1 the condition, %2 the operator, %3 the value(s).
    return tr("%1 %2 %3")
        .arg(RulesModel::fieldText(rule.field), RulesModel::operatorText(rule.op),
             RulesModel::valuesText(values));
}

StrategyCard::StrategyCard(const PlacementStrategy& s, const QStringList& deployments,
                           const SyncSummary& sync, QWidget* parent)
    : PolicyCard(PolicyKind::Placement, s.name, s.description, sync, parent) {
    setObjectName(QStringLiteral("strategyCard"));
    if (s.isDefault) {
        badges()->addWidget(badge(tr("Default"), "defaultBadge"));
    } else {
        m_makeDefault = new QPushButton(tr("Make default"));
        m_makeDefault->setObjectName(QStringLiteral("makeDefaultButton"));
        m_makeDefault->setProperty("flat", true);
        actions()->insertWidget(3, m_makeDefault);
        connect(m_makeDefault, &QPushButton::clicked, this,
                [this] { Q_EMIT makeDefaultRequested(policyName()); });
    }
    m_preview = action(tr("Placement"), "previewButton");
    m_preview->setToolTip(tr("Which registered clusters this strategy selects now, and why the "
                             "others are not selected"));
    actions()->insertWidget(3, m_preview);
    connect(m_preview, &QPushButton::clicked, this,
            [this] { Q_EMIT previewRequested(policyName()); });
    addFact(tr("Mode"),
            s.mode == PlacementMode::Auto           ? tr("Auto — spread by free capacity")
            : s.spread == ReplicaSpread::Duplicated ? tr("Manual — all replicas on every cluster")
                                                    : tr("Manual — weighted"),
            QStringLiteral("modeFact"));
    addFact(tr("Targets"), targetsText(s), QStringLiteral("targetsFact"));
    addFact(tr("Default profile"), s.resourceProfile.isEmpty() ? tr("None") : s.resourceProfile,
            QStringLiteral("profileFact"));
    addFact(tr("Failover"), s.failoverPolicy.isEmpty() ? tr("None") : s.failoverPolicy,
            QStringLiteral("failoverFact"));
    QStringList rules;
    for (const PlacementRule& r : s.rules)
        rules << ruleText(r);
    addFact(tr("Rules"),
            rules.isEmpty() ? tr("None (chosen by hand or as the default)")
                            : rules.join(tr(" and ")),
            QStringLiteral("rulesFact"));
    addFact(tr("Used by"),
            deployments.isEmpty() ? tr("No deployments")
                                  : tr("%n deployment(s): %1", nullptr, int(deployments.size()))
                                        .arg(deployments.join(QStringLiteral(", "))),
            QStringLiteral("usageFact"));
}

// ---- ProfileCard --------------------------------------------------------------------------------

QStringList ProfileCard::zoneALines(const ZoneA& a) {
    if (!a.enabled)
        return {tr("Off")};
    QStringList lines;
    lines << (a.mig ? tr("MIG %1 × %2").arg(a.migProfile).arg(a.migCount)
                    : tr("%n GPU(s)", nullptr, a.gpus));
    lines << tr("%1 CPU cores · %2 GiB").arg(cpuCores(a.cpuMillis)).arg(a.memoryGiB);
    QStringList flags;
    if (a.nvlink)
        flags << tr("NVLink");
    if (a.topologyAware)
        flags << tr("topology-aware");
    if (!flags.isEmpty())
        lines << flags.join(QStringLiteral(" · "));
    return lines;
}

QStringList ProfileCard::zoneBLines(const ZoneB& b) {
    if (!b.enabled)
        return {tr("Off")};
    QStringList lines;
    lines << (b.gpuSharing ? tr("%n GPU(s), shared %1 %", nullptr, b.gpus).arg(b.gpuSharePercent)
                           : tr("%n GPU(s)", nullptr, b.gpus));
    lines << tr("%1 CPU cores · %2 GiB").arg(cpuCores(b.cpuMillis)).arg(b.memoryGiB);
    QStringList flags{tr("QoS %1").arg(toString(b.qosClass))};
    if (b.gangScheduling)
        flags << tr("gang of %1").arg(b.gangMinMembers);
    if (b.overcommit)
        flags << tr("overcommit");
    lines << flags.join(QStringLiteral(" · "));
    return lines;
}

ProfileCard::ProfileCard(const ResourceProfile& p, const QStringList& strategies,
                         const SyncSummary& sync, QWidget* parent)
    : PolicyCard(PolicyKind::Resource, p.name, p.description, sync, parent) {
    setObjectName(QStringLiteral("profileCard"));
    auto* zones = new QGridLayout;
    zones->setHorizontalSpacing(12);
    zones->setVerticalSpacing(2);
    const auto column = [&](int col, const QString& title, const QStringList& lines, bool on,
                            const char* name) {
        auto* box = new QFrame;
        box->setObjectName(QString::fromLatin1(name));
        box->setProperty("zoneOn", on);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(10, 8, 10, 8);
        v->setSpacing(2);
        auto* t = new QLabel(title);
        t->setObjectName(QStringLiteral("zoneTitle"));
        v->addWidget(t);
        for (const QString& line : lines) {
            auto* l = new QLabel(line);
            l->setObjectName(QStringLiteral("zoneLine"));
            v->addWidget(l);
        }
        v->addStretch(1);
        box->setAccessibleName(title + QStringLiteral(": ") + lines.join(QStringLiteral(", ")));
        zones->addWidget(box, 0, col);
    };
    column(0, tr("Zone A — high performance"), zoneALines(p.zoneA), p.zoneA.enabled, "zoneAFacts");
    column(1, tr("Zone B — general purpose"), zoneBLines(p.zoneB), p.zoneB.enabled, "zoneBFacts");
    zones->setColumnStretch(0, 1);
    zones->setColumnStretch(1, 1);
    body()->addLayout(zones);
    addFact(tr("Linked by"),
            strategies.isEmpty() ? tr("No strategy") : strategies.join(QStringLiteral(", ")),
            QStringLiteral("usageFact"));
}

// ---- FailoverCard -------------------------------------------------------------------------------

QString FailoverCard::summaryText(const FailoverPolicy& f) {
    if (!f.enabled)
        return tr("Off — replicas stay on a failed cluster");
    switch (f.purgeMode) {
    case PurgeMode::Gracefully:
        return tr("Moves after %1; old replicas go when the new ones are healthy (at most %2)")
            .arg(formatDuration(f.tolerationSeconds), formatDuration(f.gracePeriodSeconds));
    case PurgeMode::Directly:
        return tr("Moves after %1; old replicas are deleted at once")
            .arg(formatDuration(f.tolerationSeconds));
    case PurgeMode::Never:
        break;
    }
    return tr("Moves after %1; old replicas are kept").arg(formatDuration(f.tolerationSeconds));
}

FailoverCard::FailoverCard(const FailoverPolicy& f, const QStringList& strategies, QWidget* parent)
    : PolicyCard(PolicyKind::Failover, f.name, f.description, SyncSummary{}, parent)
    , m_timeline(new FailoverTimelineWidget(FailoverTimelineWidget::Variant::Compact)) {
    setObjectName(QStringLiteral("failoverCard"));
    syncBadge()->hide(); // no object of its own: it is synced with the strategies that use it
    badges()->addWidget(f.enabled ? badge(tr("On"), "onBadge") : badge(tr("Off"), "offBadge"));
    auto* summary = new QLabel(summaryText(f));
    summary->setObjectName(QStringLiteral("failoverSummary"));
    summary->setWordWrap(true);
    body()->addWidget(summary);
    m_timeline->setObjectName(QStringLiteral("cardTimeline"));
    m_timeline->setPolicy(f);
    body()->addWidget(m_timeline);
    addFact(tr("Attached to"),
            strategies.isEmpty() ? tr("No strategy") : strategies.join(QStringLiteral(", ")),
            QStringLiteral("usageFact"));
}

// ---- ExternalCard -------------------------------------------------------------------------------

ExternalCard::ExternalCard(const repository::SyncRecord& r, QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("externalCard"));
    setProperty("card", true);
    setFrameShape(QFrame::StyledPanel);
    // The object's own name (the record's key is "external/<name>").
    auto* title = new QLabel(r.objectName.isEmpty() ? r.name : r.objectName);
    title->setObjectName(QStringLiteral("cardTitle"));
    auto* sync = new SyncBadge;
    SyncSummary summary;
    summary.state = r.state;
    summary.records = {r};
    sync->setSummary(summary);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(sync);
    const QString plane =
        r.controlPlaneName.isEmpty() ? QString::number(r.controlPlaneId) : r.controlPlaneName;
    const QString objectName = r.objectName.isEmpty() ? r.name : r.objectName;
    const bool strategy = r.objectKind == u"ClusterPropagationPolicy";
    const bool profile = r.objectKind == u"ClusterOverridePolicy";
    const bool adoptable = strategy || profile;
    // A namespaced PropagationPolicy / OverridePolicy: named "<namespace>/<name>"; Fleetdeck's
    // policies have no namespace scope, so it cannot be adopted (namespacedAdoptionRefusal).
    const bool namespaced = fd::policy::isNamespacedPolicyKind(r.objectKind);
    const QString ns = namespaced ? objectName.section(u'/', 0, 0) : QString();
    auto* text = new QLabel(
        namespaced
            ? tr("%1 %2 on %3 was not created by Fleetdeck. It applies only in namespace %4, "
                 "and Fleetdeck's policies apply in every namespace, so it cannot be adopted; "
                 "Fleetdeck leaves it as it is.")
                  .arg(r.objectKind, objectName, plane, ns)
        : strategy ? tr("%1 %2 on %3 was not created by Fleetdeck. Fleetdeck leaves it as it is; "
                        "adopt it to manage its placement here.")
                         .arg(r.objectKind, objectName, plane)
        : profile
            ? tr("%1 %2 on %3 was not created by Fleetdeck. Fleetdeck leaves it as it is; "
                 "adopt it to manage it here as a resource profile (only when all its rules are "
                 "ones Fleetdeck writes).")
                  .arg(r.objectKind, objectName, plane)
            : tr("%1 %2 on %3 was not created by Fleetdeck. Fleetdeck leaves it as it is.")
                  .arg(r.objectKind, objectName, plane));
    text->setObjectName(QStringLiteral("cardDescription"));
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(text);
    if (adoptable) {
        m_adopt = action(tr("Adopt"), "adoptButton");
        auto* actions = new QHBoxLayout;
        actions->addWidget(m_adopt);
        actions->addStretch(1);
        layout->addLayout(actions);
        const qint64 cp = r.controlPlaneId;
        const QString kind = r.objectKind;
        connect(m_adopt, &QPushButton::clicked, this,
                [this, cp, kind, objectName] { Q_EMIT adoptRequested(cp, kind, objectName); });
    }
}

} // namespace fd::widgets
