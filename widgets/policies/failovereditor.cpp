#include "failovereditor.h"

#include "confirmation.h"
#include "failovertimelinewidget.h"

#include "common/toggleswitch.h"
#include "policy/failovertimeline.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd::widgets {

using namespace fd::policy;

namespace {

QString purgeText(PurgeMode mode) {
    switch (mode) {
    case PurgeMode::Directly:
        return FailoverEditor::tr("Directly — delete the old replicas at once");
    case PurgeMode::Gracefully:
        return FailoverEditor::tr("Gracefully — keep them until the new ones are healthy");
    case PurgeMode::Never:
        break;
    }
    return FailoverEditor::tr("Never — keep the old replicas");
}

QString purgeExplanation(PurgeMode mode) {
    switch (mode) {
    case PurgeMode::Directly:
        return FailoverEditor::tr("Fastest, but the model is unavailable until the new replicas "
                                  "have started and loaded it.");
    case PurgeMode::Gracefully:
        return FailoverEditor::tr("The old replicas keep serving until the new ones are healthy, "
                                  "at most for the grace period.");
    case PurgeMode::Never:
        break;
    }
    return FailoverEditor::tr("The old replicas stay until you remove them; use it when a "
                              "cluster's failure is usually brief.");
}

QLabel* hint() {
    auto* l = new QLabel;
    l->setObjectName(QStringLiteral("hint"));
    l->setWordWrap(true);
    return l;
}

} // namespace

FailoverEditor::FailoverEditor(PolicyService& service, const FailoverPolicy* existing,
                               QWidget* parent)
    : PolicyEditorDialog(service, PolicyKind::Failover, existing == nullptr,
                         existing ? existing->name : QString(),
                         existing ? existing->description : QString(), parent)
    , m_enabled(new ToggleSwitch)
    , m_toleration(new QSpinBox)
    , m_tolerationText(hint())
    , m_purge(new QComboBox)
    , m_purgeText(hint())
    , m_grace(new QSpinBox)
    , m_graceText(hint())
    , m_schemaNote(hint())
    , m_timeline(new FailoverTimelineWidget(FailoverTimelineWidget::Variant::Full))
    , m_form(new QFormLayout) {
    setObjectName(QStringLiteral("failoverEditor"));
    setWindowTitle(existing ? tr("Failover policy %1").arg(existing->name)
                            : tr("New failover policy"));
    const FailoverPolicy f = existing ? *existing : FailoverPolicy{};
    m_wasEnabled = !existing || existing->enabled;

    m_enabled->setObjectName(QStringLiteral("enableSwitch"));
    m_enabled->setText(tr("Move model servers off a failed cluster"));
    m_enabled->setChecked(f.enabled);
    m_toleration->setObjectName(QStringLiteral("tolerationSpin"));
    m_toleration->setRange(0, Limits::kMaxTolerationSeconds);
    m_toleration->setSuffix(tr(" s"));
    m_toleration->setSingleStep(30);
    m_toleration->setValue(f.tolerationSeconds);
    m_purge->setObjectName(QStringLiteral("purgeCombo"));
    const KarmadaCapabilities caps = service.capabilities();
    QList<PurgeMode> offered = caps.offeredPurgeModes();
    for (PurgeMode m : offered)
        m_purge->addItem(purgeText(m), int(m));
    if (!offered.contains(f.purgeMode))
        m_purge->addItem(tr("%1 (not accepted by the control plane)").arg(purgeText(f.purgeMode)),
                         int(f.purgeMode));
    m_purge->setCurrentIndex(m_purge->findData(int(f.purgeMode)));
    m_grace->setObjectName(QStringLiteral("graceSpin"));
    m_grace->setRange(1, Limits::kMaxGracePeriodSeconds);
    m_grace->setSuffix(tr(" s"));
    m_grace->setSingleStep(60);
    m_grace->setValue(f.gracePeriodSeconds);
    m_schemaNote->setText(
        service.capabilitiesKnown()
            ? tr("Purge modes as the control plane's schema accepts them (%1).").arg(caps.source)
            : tr("Purge modes of %1; the control plane's own schema is read "
                 "when policies are synced.")
                  .arg(displayName(caps.generation)));
    m_timeline->setObjectName(QStringLiteral("editorTimeline"));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_enabled);
    m_form->addRow(tr("Detection time"), m_toleration);
    m_form->addRow(QString(), m_tolerationText);
    router().add(QStringLiteral("tolerationSeconds"),
                 addMessageRow(m_form, QStringLiteral("tolerationSeconds")));
    m_form->addRow(tr("Old replicas"), m_purge);
    m_form->addRow(QString(), m_purgeText);
    m_form->addRow(tr("Grace period"), m_grace);
    m_form->addRow(QString(), m_graceText);
    router().add(QStringLiteral("gracePeriodSeconds"),
                 addMessageRow(m_form, QStringLiteral("gracePeriodSeconds")));
    m_form->addRow(QString(), m_schemaNote);
    auto* settings = new QGroupBox(tr("Failover"));
    settings->setLayout(m_form);

    auto* timelineBox = new QGroupBox(tr("Timeline after a failure"));
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);
    auto* assumption = hint();
    assumption->setText(tr("Eviction, rescheduling and purge take a few seconds (assumed); the "
                           "model's own start-up time comes on top of rescheduling. The grace "
                           "period ends earlier when the new replicas are healthy sooner."));
    timelineLayout->addWidget(assumption);

    body()->addWidget(settings);
    body()->addWidget(timelineBox);
    body()->addStretch(1);
    finishLayout();
    resize(760, 640);

    connect(m_enabled, &ToggleSwitch::toggled, this, [this] { refresh(); });
    connect(m_toleration, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_grace, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_purge, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(descriptionEdit(), &QLineEdit::textChanged, this, &FailoverEditor::revalidate);
    refresh();
}

void FailoverEditor::refresh() {
    const FailoverPolicy f = edited();
    const bool on = f.enabled;
    const bool graceful = f.purgeMode == PurgeMode::Gracefully;
    for (QWidget* w : {static_cast<QWidget*>(m_toleration), static_cast<QWidget*>(m_purge),
                       static_cast<QWidget*>(m_grace)})
        w->setEnabled(on);
    m_form->setRowVisible(m_grace, graceful);
    m_form->setRowVisible(m_graceText, graceful);
    m_tolerationText->setText(
        tr("Karmada waits %1 after a cluster or model server fails before it moves the replicas.")
            .arg(formatDuration(f.tolerationSeconds)));
    m_purgeText->setText(purgeExplanation(f.purgeMode));
    m_graceText->setText(tr("The old replicas are removed at the latest %1 after the eviction.")
                             .arg(formatDuration(f.gracePeriodSeconds)));
    m_timeline->setPolicy(f);
    revalidate();
}

FailoverPolicy FailoverEditor::edited() const {
    FailoverPolicy f;
    f.name = nameEdit()->text().trimmed();
    f.description = descriptionEdit()->text().trimmed();
    f.enabled = m_enabled->isChecked();
    f.tolerationSeconds = m_toleration->value();
    f.purgeMode = static_cast<PurgeMode>(m_purge->currentData().toInt());
    f.gracePeriodSeconds = m_grace->value();
    return f;
}

QList<Finding> FailoverEditor::validateCurrent() const {
    const FailoverPolicy f = edited();
    return validateFailover(f, withPolicy(service().policies(), f, isNew()));
}

void FailoverEditor::startSave() {
    const FailoverPolicy f = edited();
    if (f.enabled || !m_wasEnabled) {
        save(f);
        return;
    }
    QStringList strategies;
    for (const PlacementStrategy& s : service().policies().strategies)
        if (s.failoverPolicy.compare(f.name, Qt::CaseInsensitive) == 0)
            strategies << s.name;
    const QString text =
        strategies.isEmpty()
            ? tr("Turn failover off for \"%1\"? Strategies that use it will leave model servers "
                 "on a failed cluster.")
                  .arg(f.name)
            : tr("Turn failover off for \"%1\"? These strategies will leave model servers on a "
                 "failed cluster: %2.")
                  .arg(f.name, strategies.join(QStringLiteral(", ")));
    askToConfirm(
        this, tr("Turn failover off"), text, tr("Turn off"), [this, f] { save(f); }, true);
}

} // namespace fd::widgets
