#include "deploywizard.h"

#include "deploy/deployservice.h"
#include "deploy/gpumodels.h"
#include "deploy/settings.h"
#include "deploy/sizes.h"
#include "policy/policyservice.h"
#include "registry/clusterregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace fd::widgets {

using fd::deploy::SettingSpec;
using fd::deploy::SettingType;
using fd::deploy::StorageKind;

namespace {

// Target combo data: positive = cluster id, negative = Karmada control plane id.
constexpr int kCustomModel = -1;

QString storageText(StorageKind kind) {
    switch (kind) {
    case StorageKind::NewPvc:
        return DeployWizard::tr("New volume (PVC)");
    case StorageKind::ExistingPvc:
        return DeployWizard::tr("Existing PVC");
    case StorageKind::Nfs:
        return DeployWizard::tr("NFS export");
    case StorageKind::HostPath:
        return DeployWizard::tr("Directory on the node (hostPath)");
    case StorageKind::EmptyDir:
        return DeployWizard::tr("Scratch (emptyDir: downloads again on every restart)");
    }
    return {};
}

} // namespace

DeployWizard::DeployWizard(fd::deploy::DeployService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service) {
    setWindowTitle(tr("New deployment"));
    auto* outer = new QVBoxLayout(this);
    auto* split = new QSplitter(this);
    outer->addWidget(split, 1);

    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    auto* formWidget = new QWidget(scroll);
    auto* form = new QFormLayout(formWidget);
    scroll->setWidget(formWidget);

    m_target = new QComboBox(formWidget);
    m_target->setObjectName(QStringLiteral("wizardTarget"));
    form->addRow(tr("Target:"), m_target);
    m_strategy = new QLineEdit(formWidget);
    m_strategy->setObjectName(QStringLiteral("wizardStrategy"));
    m_strategy->setPlaceholderText(tr("placement strategy (PropagationPolicy)"));
    m_strategy->setToolTip(tr("Chosen by the policies' auto-placement rules; type another "
                              "strategy to override, clear the field to go back to the rules."));
    form->addRow(tr("Strategy:"), m_strategy);
    m_strategyReason = new QLabel(formWidget);
    m_strategyReason->setObjectName(QStringLiteral("wizardStrategyReason"));
    m_strategyReason->setWordWrap(true);
    form->addRow(QString(), m_strategyReason);
    m_profile = new QLineEdit(formWidget);
    m_profile->setObjectName(QStringLiteral("wizardProfile"));
    m_profile->setPlaceholderText(tr("optional resource profile (OverridePolicy)"));
    form->addRow(tr("Resource profile:"), m_profile);
    m_runtime = new QComboBox(formWidget);
    m_runtime->setObjectName(QStringLiteral("wizardRuntime"));
    form->addRow(tr("Runtime:"), m_runtime);
    m_model = new QComboBox(formWidget);
    m_model->setObjectName(QStringLiteral("wizardModel"));
    form->addRow(tr("Model:"), m_model);
    m_customModel = new QLineEdit(formWidget);
    m_customModel->setPlaceholderText(tr("model id, tag or path on the model store"));
    form->addRow(tr("Custom model:"), m_customModel);
    auto* sizes = new QHBoxLayout;
    m_customSize = new QDoubleSpinBox(formWidget);
    m_customSize->setRange(0, 2000);
    m_customSize->setSuffix(tr(" GB"));
    m_customParams = new QDoubleSpinBox(formWidget);
    m_customParams->setRange(0, 2000);
    m_customParams->setSuffix(tr(" B parameters"));
    sizes->addWidget(m_customSize);
    sizes->addWidget(m_customParams);
    form->addRow(tr("Custom model size:"), sizes);
    m_replicas = new QSpinBox(formWidget);
    m_replicas->setRange(0, 64);
    m_replicas->setValue(1);
    form->addRow(tr("Replicas:"), m_replicas);
    m_gpus = new QSpinBox(formWidget);
    m_gpus->setRange(0, 16);
    form->addRow(tr("GPUs per replica:"), m_gpus);
    m_gpuModel = new QComboBox(formWidget);
    m_gpuModel->addItem(tr("Any"), QString());
    for (const auto& g : fd::deploy::knownGpuModels())
        m_gpuModel->addItem(g.name, g.product);
    form->addRow(tr("GPU model:"), m_gpuModel);
    m_cpu = new QLineEdit(formWidget);
    m_cpu->setPlaceholderText(tr("default: 4"));
    form->addRow(tr("CPU:"), m_cpu);
    m_memory = new QLineEdit(formWidget);
    m_memory->setPlaceholderText(tr("default: from the model size"));
    form->addRow(tr("Memory:"), m_memory);
    m_storage = new QComboBox(formWidget);
    m_storage->setObjectName(QStringLiteral("wizardStorage"));
    for (StorageKind kind : fd::deploy::allStorageKinds())
        m_storage->addItem(storageText(kind), fd::deploy::storageKindName(kind));
    form->addRow(tr("Model store:"), m_storage);
    m_storageValueLabel = new QLabel(formWidget);
    m_storageValue = new QLineEdit(formWidget);
    form->addRow(m_storageValueLabel, m_storageValue);
    m_storageClass = new QLineEdit(formWidget);
    m_storageClass->setPlaceholderText(tr("the cluster's default"));
    form->addRow(tr("Storage class:"), m_storageClass);
    m_mirror = new QLineEdit(formWidget);
    m_mirror->setPlaceholderText(tr("e.g. harbor.example.local/mirror"));
    form->addRow(tr("Image mirror:"), m_mirror);
    m_pullSecret = new QLineEdit(formWidget);
    form->addRow(tr("Image pull secret:"), m_pullSecret);
    m_settingsBox = new QGroupBox(tr("Advanced settings"), formWidget);
    m_settingsForm = new QFormLayout(m_settingsBox);
    form->addRow(m_settingsBox);

    auto* right = new QWidget(split);
    auto* rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    rv->addWidget(new QLabel(tr("YAML of every object:"), right));
    m_yaml = new QPlainTextEdit(right);
    m_yaml->setObjectName(QStringLiteral("wizardYaml"));
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_yaml->setFont(mono);
    rv->addWidget(m_yaml, 1);
    m_warnings = new QLabel(right);
    m_warnings->setWordWrap(true);
    rv->addWidget(m_warnings);
    split->addWidget(scroll);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_fit = new QLabel(this);
    m_fit->setObjectName(QStringLiteral("wizardFit"));
    m_fit->setWordWrap(true);
    outer->addWidget(m_fit);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("wizardMessage"));
    m_message->setWordWrap(true);
    outer->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deploy = buttons->addButton(tr("Deploy"), QDialogButtonBox::AcceptRole);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deploy, &QPushButton::clicked, this, &DeployWizard::deploy);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &DeployWizard::updatePreview);
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(400);
    connect(m_fitTimer, &QTimer::timeout, this, &DeployWizard::checkFit);

    fillTargets();
    fillRuntimes();
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        const bool karmada = m_target->currentData().toLongLong() < 0;
        m_strategy->setEnabled(karmada);
        m_profile->setEnabled(karmada);
        schedule();
    });
    // An emptied field goes back to the automatic choice.
    connect(m_strategy, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_strategyByHand = !text.trimmed().isEmpty(); });
    connect(m_profile, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_profileByHand = !text.trimmed().isEmpty(); });
    if (fd::policy::PolicyService* policies = m_service.policies())
        connect(policies, &fd::policy::PolicyService::policiesChanged, this,
                &DeployWizard::schedule);
    connect(m_runtime, &QComboBox::currentIndexChanged, this, &DeployWizard::runtimeChanged);
    connect(m_model, &QComboBox::currentIndexChanged, this, &DeployWizard::modelChanged);
    connect(m_storage, &QComboBox::currentIndexChanged, this, &DeployWizard::storageChanged);
    for (QLineEdit* e : {m_strategy, m_profile, m_customModel, m_cpu, m_memory, m_storageValue,
                         m_storageClass, m_mirror, m_pullSecret})
        connect(e, &QLineEdit::textChanged, this, &DeployWizard::schedule);
    for (QSpinBox* s : {m_replicas, m_gpus})
        connect(s, &QSpinBox::valueChanged, this, &DeployWizard::schedule);
    for (QDoubleSpinBox* s : {m_customSize, m_customParams})
        connect(s, &QDoubleSpinBox::valueChanged, this, &DeployWizard::schedule);
    connect(m_gpuModel, &QComboBox::currentIndexChanged, this, &DeployWizard::schedule);
    connect(&m_service, &fd::deploy::DeployService::catalogChanged, this,
            &DeployWizard::fillRuntimes);
    m_strategy->setEnabled(m_target->currentData().toLongLong() < 0);
    m_profile->setEnabled(m_strategy->isEnabled());
    storageChanged();
    resize(1100, 720);
}

void DeployWizard::fillTargets() {
    m_target->clear();
    for (const auto& r : m_service.clusters().clusters()) {
        if (r.karmadaRole == fd::registry::KarmadaRole::ControlPlane)
            m_target->addItem(tr("Karmada: %1").arg(r.name), -r.id);
        else
            m_target->addItem(r.name, r.id);
    }
}

void DeployWizard::fillRuntimes() {
    const QString current = m_runtime->currentData().toString();
    m_runtime->blockSignals(true);
    m_runtime->clear();
    for (const auto& r : m_service.catalog().runtimes())
        m_runtime->addItem(r.name.text(), r.id);
    const int at = m_runtime->findData(current);
    m_runtime->setCurrentIndex(at >= 0 ? at : 0);
    m_runtime->blockSignals(false);
    runtimeChanged();
}

void DeployWizard::runtimeChanged() {
    const auto* rt = m_service.catalog().runtime(m_runtime->currentData().toString());
    m_model->blockSignals(true);
    m_model->clear();
    if (rt) {
        for (const auto& p : rt->presets)
            m_model->addItem(QStringLiteral("%1 (%2)").arg(p.name.text(),
                                                           fd::deploy::formatGiB(p.fileSizeBytes)),
                             p.id);
        m_gpus->setValue(rt->gpu.defaultCount);
    }
    m_model->addItem(tr("Custom model…"), kCustomModel);
    m_model->blockSignals(false);
    buildSettings();
    modelChanged();
}

void DeployWizard::modelChanged() {
    const bool custom = m_model->currentData().toInt() == kCustomModel &&
                        m_model->currentData().typeId() == QMetaType::Int;
    m_customModel->setEnabled(custom);
    m_customSize->setEnabled(custom);
    m_customParams->setEnabled(custom);
    const auto* rt = m_service.catalog().runtime(m_runtime->currentData().toString());
    if (rt && !custom)
        if (const auto* p = rt->preset(m_model->currentData().toString()); p && p->gpus > 0)
            m_gpus->setValue(p->gpus);
    schedule();
}

void DeployWizard::storageChanged() {
    const auto kind = fd::deploy::parseStorageKind(m_storage->currentData().toString());
    m_storageValue->setEnabled(kind != StorageKind::EmptyDir);
    m_storageClass->setEnabled(kind == StorageKind::NewPvc);
    switch (kind.value_or(StorageKind::NewPvc)) {
    case StorageKind::NewPvc:
        m_storageValueLabel->setText(tr("Volume size:"));
        m_storageValue->setPlaceholderText(tr("default: 1.5 × the model's size"));
        break;
    case StorageKind::ExistingPvc:
        m_storageValueLabel->setText(tr("Claim name:"));
        m_storageValue->setPlaceholderText({});
        break;
    case StorageKind::Nfs:
        m_storageValueLabel->setText(tr("NFS server:path:"));
        m_storageValue->setPlaceholderText(QStringLiteral("nfs.example.local:/models"));
        break;
    case StorageKind::HostPath:
        m_storageValueLabel->setText(tr("Directory:"));
        m_storageValue->setPlaceholderText(QStringLiteral("/data/models"));
        break;
    case StorageKind::EmptyDir:
        m_storageValueLabel->setText(tr("Volume size:"));
        m_storageValue->setPlaceholderText({});
        break;
    }
    schedule();
}

void DeployWizard::buildSettings() {
    while (m_settingsForm->rowCount() > 0)
        m_settingsForm->removeRow(0);
    m_settingWidgets.clear();
    const auto* rt = m_service.catalog().runtime(m_runtime->currentData().toString());
    if (!rt)
        return;
    for (const SettingSpec& s : rt->settings) {
        QWidget* w = nullptr;
        const QString tip = s.description.text();
        switch (s.type) {
        case SettingType::Int: {
            auto* spin = new QSpinBox(m_settingsBox);
            const int lo = int(s.min.value_or(0));
            // Without a default the setting is not sent unless set: the value below the range
            // stands for "the server's default".
            spin->setRange(s.defaultValue.isValid() ? lo : lo - 1,
                           int(s.max.value_or(std::numeric_limits<int>::max())));
            if (!s.defaultValue.isValid())
                spin->setSpecialValueText(tr("(server default)"));
            spin->setValue(s.defaultValue.isValid() ? s.defaultValue.toInt() : spin->minimum());
            if (!s.unit.isEmpty())
                spin->setSuffix(QLatin1Char(' ') + s.unit);
            connect(spin, &QSpinBox::valueChanged, this, &DeployWizard::schedule);
            w = spin;
            break;
        }
        case SettingType::Float: {
            auto* spin = new QDoubleSpinBox(m_settingsBox);
            spin->setDecimals(2);
            spin->setSingleStep(0.05);
            const double lo = s.min.value_or(0);
            spin->setRange(s.defaultValue.isValid() ? lo : lo - 0.01, s.max.value_or(1e9));
            if (!s.defaultValue.isValid())
                spin->setSpecialValueText(tr("(server default)"));
            spin->setValue(s.defaultValue.isValid() ? s.defaultValue.toDouble() : spin->minimum());
            connect(spin, &QDoubleSpinBox::valueChanged, this, &DeployWizard::schedule);
            w = spin;
            break;
        }
        case SettingType::Bool: {
            auto* check = new QCheckBox(m_settingsBox);
            check->setChecked(s.defaultValue.toBool());
            connect(check, &QCheckBox::toggled, this, &DeployWizard::schedule);
            w = check;
            break;
        }
        case SettingType::Enum: {
            auto* combo = new QComboBox(m_settingsBox);
            if (!s.defaultValue.isValid())
                combo->addItem(tr("(server default)"), QString());
            for (const QString& c : s.choices)
                combo->addItem(c, c);
            const int at = combo->findData(s.defaultValue.toString());
            if (at >= 0)
                combo->setCurrentIndex(at);
            connect(combo, &QComboBox::currentIndexChanged, this, &DeployWizard::schedule);
            w = combo;
            break;
        }
        case SettingType::String:
        case SettingType::Duration: {
            auto* edit = new QLineEdit(m_settingsBox);
            edit->setText(s.defaultValue.isValid() ? s.defaultValue.toString() : QString());
            connect(edit, &QLineEdit::textChanged, this, &DeployWizard::schedule);
            w = edit;
            break;
        }
        }
        w->setToolTip(tip);
        w->setObjectName(QStringLiteral("setting_") + s.key);
        m_settingWidgets.insert(s.key, w);
        m_settingsForm->addRow(s.label.text() + QLatin1Char(':'), w);
    }
}

fd::deploy::DeploySpec DeployWizard::spec() const {
    fd::deploy::DeploySpec s;
    const qint64 target = m_target->currentData().toLongLong();
    if (target < 0) {
        s.target.kind = fd::deploy::TargetKind::Karmada;
        if (const auto r = m_service.clusters().cluster(-target))
            s.target.cluster = r->name;
        // Left empty while automatic: DeployService applies the same choice and records why.
        if (m_strategyByHand)
            s.target.placementStrategy = m_strategy->text().trimmed();
        if (m_strategyByHand || m_profileByHand)
            s.target.resourceProfile = m_profile->text().trimmed();
    } else if (const auto r = m_service.clusters().cluster(target)) {
        s.target.cluster = r->name;
    }
    s.runtimeId = m_runtime->currentData().toString();
    const auto* rt = m_service.catalog().runtime(s.runtimeId);
    const bool custom = m_model->currentData().typeId() == QMetaType::Int;
    if (rt && !custom) {
        if (const auto* p = rt->preset(m_model->currentData().toString()))
            s.model = *p;
    } else {
        s.model.model = m_customModel->text().trimmed();
        s.model.fileSizeBytes = qint64(m_customSize->value() * 1e9);
        s.model.parameters = m_customParams->value() * 1e9;
    }
    s.replicas = m_replicas->value();
    s.gpus = m_gpus->value();
    s.gpuModel = m_gpuModel->currentData().toString();
    s.resources.cpu = m_cpu->text().trimmed();
    s.resources.memory = m_memory->text().trimmed();
    s.store.kind = fd::deploy::parseStorageKind(m_storage->currentData().toString())
                       .value_or(StorageKind::NewPvc);
    const QString value = m_storageValue->text().trimmed();
    switch (s.store.kind) {
    case StorageKind::NewPvc:
        s.store.size = value;
        s.store.storageClass = m_storageClass->text().trimmed();
        break;
    case StorageKind::ExistingPvc:
        s.store.claimName = value;
        break;
    case StorageKind::Nfs:
        s.store.nfsServer = value.section(QLatin1Char(':'), 0, 0);
        s.store.nfsPath = value.section(QLatin1Char(':'), 1);
        break;
    case StorageKind::HostPath:
        s.store.hostPath = value;
        break;
    case StorageKind::EmptyDir:
        break;
    }
    s.registryMirror = m_mirror->text().trimmed();
    s.imagePullSecret = m_pullSecret->text().trimmed();
    if (rt) {
        // Only what differs from the catalog's default is an override.
        for (const SettingSpec& setting : rt->settings) {
            const QWidget* w = m_settingWidgets.value(setting.key);
            QString text;
            if (const auto* spin = qobject_cast<const QSpinBox*>(w))
                text = !setting.defaultValue.isValid() && spin->value() == spin->minimum()
                           ? QString()
                           : QString::number(spin->value());
            else if (const auto* dspin = qobject_cast<const QDoubleSpinBox*>(w))
                text = !setting.defaultValue.isValid() && dspin->value() == dspin->minimum()
                           ? QString()
                           : QString::number(dspin->value());
            else if (const auto* check = qobject_cast<const QCheckBox*>(w))
                text = check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
            else if (const auto* combo = qobject_cast<const QComboBox*>(w))
                text = combo->currentData().toString();
            else if (const auto* edit = qobject_cast<const QLineEdit*>(w))
                text = edit->text().trimmed();
            const QString def = setting.defaultValue.isValid()
                                    ? fd::deploy::settingValueText(setting, setting.defaultValue)
                                    : QString();
            const bool unsetSame = !setting.defaultValue.isValid() && text.isEmpty();
            if (!unsetSame && text != def)
                s.settings.insert(setting.key, text);
        }
    }
    return s;
}

void DeployWizard::schedule() {
    m_previewTimer->start();
    m_fitTimer->start();
}

void DeployWizard::updatePlacement() {
    if (m_target->currentData().toLongLong() >= 0) {
        m_strategyReason->clear();
        m_strategyReason->hide();
        return;
    }
    m_strategyReason->show();
    const auto choice = m_service.choosePlacement(spec());
    if (!m_strategyByHand) {
        const QString chosen = choice ? choice->strategy : QString();
        if (m_strategy->text() != chosen)
            m_strategy->setText(chosen);
        m_strategyReason->setText(choice ? tr("Automatic: %1").arg(choice->reason)
                                         : choice.error().message);
    } else {
        m_strategyReason->setText(
            choice ? tr("Picked by you; the rules would choose %1 (clear the field to use it).")
                         .arg(choice->strategy)
                   : tr("Picked by you."));
    }
    if (m_profileByHand)
        return;
    QString profile;
    if (const fd::policy::PolicyService* policies = m_service.policies())
        for (const auto& strategy : policies->policies().strategies)
            if (strategy.name == m_strategy->text().trimmed())
                profile = strategy.resourceProfile;
    if (m_profile->text() != profile)
        m_profile->setText(profile);
}

void DeployWizard::updatePreview() {
    updatePlacement();
    const auto manifest = m_service.render(spec());
    if (!manifest) {
        m_yaml->setPlainText({});
        m_warnings->setText(manifest.error().message);
        m_deploy->setEnabled(false);
    } else {
        m_yaml->setPlainText(manifest->yaml());
        m_warnings->setText(manifest->warnings.join(QLatin1Char('\n')));
        m_deploy->setEnabled(m_target->count() > 0);
    }
    Q_EMIT previewUpdated();
}

void DeployWizard::checkFit() {
    const qint64 target = m_target->currentData().toLongLong();
    if (target <= 0) {
        m_fit->setText(target < 0 ? tr("The GPU fit check runs per member cluster; Karmada's "
                                       "placement decides where it goes.")
                                  : QString());
        return;
    }
    const quint64 generation = ++m_fitGeneration;
    m_fit->setText(tr("Checking free GPUs on the cluster…"));
    m_service.fit(target, spec(), this, [this, generation](fd::Result<fd::deploy::FitResult> r) {
        if (generation != m_fitGeneration)
            return; // the form changed meanwhile
        if (!r) {
            m_fit->setText(r.error().message);
            return;
        }
        m_fit->setText((r->fits ? QStringLiteral("✔ ") : QStringLiteral("⚠ ")) + r->message);
        m_fit->setStyleSheet(r->fits ? QStringLiteral("color: #1b7f3b;")
                                     : QStringLiteral("color: #b0241d;"));
        Q_EMIT fitChecked(r->fits);
    });
}

void DeployWizard::deploy() {
    m_deploy->setEnabled(false);
    m_message->setText(tr("Validating with a server-side dry run, then applying…"));
    m_service.create(spec(), {}, this, [this](fd::Result<fd::deploy::CreateReport> r) {
        if (!r) {
            m_message->setText(r.error().message);
            m_deploy->setEnabled(true);
            return;
        }
        Q_EMIT deployed(r->record.name);
        accept();
    });
}

} // namespace fd::widgets
