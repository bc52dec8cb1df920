#include "settingspage.h"

#include "common/language.h"
#include "common/pathlabel.h"
#include "registry/clusterregistry.h"
#include "secrets/secretstore.h"
#include "vault/vaultgate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {

constexpr int MinIntervalSeconds = 10;
constexpr int MaxIntervalSeconds = 3600;

QSpinBox* makeIntervalSpin(QSettings* settings, const QString& key, QWidget* parent) {
    auto* spin = new QSpinBox(parent);
    spin->setRange(MinIntervalSeconds, MaxIntervalSeconds);
    spin->setSingleStep(10);
    spin->setValue(settings ? settings->value(key, SettingsPage::DefaultIntervalSeconds).toInt()
                            : SettingsPage::DefaultIntervalSeconds);
    spin->setMinimumWidth(120);
    QObject::connect(spin, &QSpinBox::valueChanged, parent, [settings, key](int value) {
        if (settings)
            settings->setValue(key, value);
    });
    return spin;
}

QFormLayout* makeForm(QGroupBox* group) {
    auto* form = new QFormLayout(group);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(12);
    form->setContentsMargins(16, 20, 16, 16);
    return form;
}

} // namespace

SettingsPage::SettingsPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_generalGroup(new QGroupBox(this))
    , m_generalForm(makeForm(m_generalGroup))
    , m_language(new QComboBox(m_generalGroup))
    , m_languageHint(new QLabel(m_generalGroup))
    , m_clustersGroup(new QGroupBox(this))
    , m_clustersForm(makeForm(m_clustersGroup))
    , m_healthInterval(makeIntervalSpin(services.settings, healthIntervalKey(), m_clustersGroup))
    , m_reconcileInterval(
          makeIntervalSpin(services.settings, reconcileIntervalKey(), m_clustersGroup))
    , m_storageGroup(new QGroupBox(this))
    , m_storageForm(makeForm(m_storageGroup))
    , m_dataDir(new PathLabel(m_storageGroup))
    , m_secretsGroup(new QGroupBox(this))
    , m_secretsForm(makeForm(m_secretsGroup))
    , m_secretBackend(new QLabel(m_secretsGroup))
    , m_vaultState(new QLabel(m_secretsGroup))
    , m_vaultHint(new QLabel(m_secretsGroup))
    , m_secretCount(new QLabel(m_secretsGroup))
    , m_keychainState(new QLabel(m_secretsGroup))
    , m_vaultButtons(new QWidget(m_secretsGroup))
    , m_unlockVault(new QPushButton(m_vaultButtons))
    , m_lockVault(new QPushButton(m_vaultButtons)) {
    setObjectName(pageId());
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setMinimumWidth(220);
    // Language names are shown in their own language so a user can always find theirs.
    m_language->addItem(QString(), LanguageManager::choiceKey(LanguageManager::Choice::System));
    m_language->addItem(QStringLiteral("English"),
                        LanguageManager::choiceKey(LanguageManager::Choice::English));
    m_language->addItem(QStringLiteral("한국어"),
                        LanguageManager::choiceKey(LanguageManager::Choice::Korean));
    m_languageHint->setObjectName(QStringLiteral("hint"));
    m_languageHint->setWordWrap(true);
    m_languageHint->setMinimumWidth(420);
    syncLanguageCombo();
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        if (LanguageManager* lm = this->services().language)
            lm->setChoice(LanguageManager::choiceFromKey(m_language->itemData(index).toString()));
    });

    m_healthInterval->setObjectName(QStringLiteral("healthInterval"));
    m_reconcileInterval->setObjectName(QStringLiteral("reconcileInterval"));
    // The registry's timers follow the settings at once, not only after a restart.
    if (fd::registry::ClusterRegistry* registry = services.clusters) {
        connect(m_healthInterval, &QSpinBox::valueChanged, registry,
                &fd::registry::ClusterRegistry::setRefreshInterval);
        connect(m_reconcileInterval, &QSpinBox::valueChanged, registry,
                &fd::registry::ClusterRegistry::setReconcileInterval);
    }

    m_dataDir->setObjectName(QStringLiteral("dataDirLabel"));
    m_dataDir->setPath(services.dataDir);
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_secretBackend->setObjectName(QStringLiteral("secretBackendLabel"));
    m_vaultState->setObjectName(QStringLiteral("vaultStateLabel"));
    m_vaultHint->setObjectName(QStringLiteral("hint"));
    m_vaultHint->setWordWrap(true);
    m_vaultHint->setMinimumWidth(420);
    m_secretCount->setObjectName(QStringLiteral("secretCountLabel"));
    m_keychainState->setObjectName(QStringLiteral("keychainStateLabel"));
    m_unlockVault->setObjectName(QStringLiteral("unlockVaultButton"));
    m_lockVault->setObjectName(QStringLiteral("lockVaultButton"));
    auto* buttonRow = new QHBoxLayout(m_vaultButtons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addWidget(m_unlockVault);
    buttonRow->addWidget(m_lockVault);
    buttonRow->addStretch(1);
    connect(m_lockVault, &QPushButton::clicked, this, [this] {
        if (VaultGate* gate = this->services().vault)
            gate->lockNow();
    });
    connect(m_unlockVault, &QPushButton::clicked, this, [this] {
        if (VaultGate* gate = this->services().vault)
            gate->requestUnlocked(this, this, [](bool) {});
    });
    if (services.vault) {
        connect(services.vault, &VaultGate::stateChanged, this, [this] {
            updateSecrets();
            requestStatus();
        });
    }

    m_generalForm->addRow(new QLabel(m_generalGroup), m_language);
    m_generalForm->addRow(QString(), m_languageHint);
    m_clustersForm->addRow(new QLabel(m_clustersGroup), m_healthInterval);
    m_clustersForm->addRow(new QLabel(m_clustersGroup), m_reconcileInterval);
    m_storageForm->addRow(new QLabel(m_storageGroup), m_dataDir);
    m_secretsForm->addRow(new QLabel(m_secretsGroup), m_secretBackend);
    m_secretsForm->addRow(new QLabel(m_secretsGroup), m_vaultState);
    m_secretsForm->addRow(QString(), m_vaultHint);
    m_secretsForm->addRow(QString(), m_vaultButtons);
    m_secretsForm->addRow(new QLabel(m_secretsGroup), m_secretCount);
    m_secretsForm->addRow(new QLabel(m_secretsGroup), m_keychainState);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(32, 24, 32, 24);
    column->setSpacing(20);
    for (QGroupBox* group : {m_generalGroup, m_clustersGroup, m_secretsGroup, m_storageGroup}) {
        group->setMaximumWidth(760);
        column->addWidget(group);
    }
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    if (services.language)
        connect(services.language, &LanguageManager::choiceChanged, this,
                &SettingsPage::syncLanguageCombo);
    retranslate();
}

QString SettingsPage::displayTitle() {
    return tr("Settings");
}

void SettingsPage::syncLanguageCombo() {
    const auto choice =
        services().language ? services().language->choice() : LanguageManager::Choice::System;
    m_language->setCurrentIndex(m_language->findData(LanguageManager::choiceKey(choice)));
}

void SettingsPage::retranslate() {
    m_generalGroup->setTitle(tr("General"));
    m_language->setItemText(0, tr("System default"));
    m_languageHint->setText(tr("Applies immediately. “System default” follows the language of "
                               "your desktop session."));
    m_clustersGroup->setTitle(tr("Clusters"));
    const QString seconds = tr(" s", "unit suffix for seconds");
    m_healthInterval->setSuffix(seconds);
    m_reconcileInterval->setSuffix(seconds);
    m_storageGroup->setTitle(tr("Storage"));

    auto setLabel = [](QFormLayout* form, QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_generalForm, m_language, tr("Language"));
    setLabel(m_clustersForm, m_healthInterval, tr("Health refresh interval"));
    setLabel(m_clustersForm, m_reconcileInterval, tr("Karmada reconcile interval"));
    setLabel(m_storageForm, m_dataDir, tr("Data directory"));
    m_secretsGroup->setTitle(tr("Secrets"));
    setLabel(m_secretsForm, m_secretBackend, tr("Secret backend"));
    setLabel(m_secretsForm, m_vaultState, tr("Vault"));
    setLabel(m_secretsForm, m_secretCount, tr("Stored secrets"));
    setLabel(m_secretsForm, m_keychainState, tr("OS keychain"));
    m_lockVault->setText(tr("Lock vault now"));
    updateSecrets();
    requestStatus();
}

void SettingsPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    requestStatus(); // the count changes as clusters are added and removed
}

void SettingsPage::requestStatus() {
    fd::secrets::SecretStore* secrets = services().secrets;
    const quint64 request = ++m_statusRequest;
    if (!secrets) {
        m_secretCount->setText(tr("Unavailable"));
        m_keychainState->setText(tr("Unavailable"));
        return;
    }
    if (m_secretCount->text().isEmpty()) {
        m_secretCount->setText(tr("Checking…"));
        m_keychainState->setText(tr("Checking…"));
    }
    secrets->statusAsync(this, [this, request](fd::Result<fd::secrets::SecretStoreStatus> status) {
        if (request == m_statusRequest)
            showStatus(status);
    });
}

void SettingsPage::showStatus(const fd::Result<fd::secrets::SecretStoreStatus>& status) {
    if (!status) {
        m_secretCount->setText(status.error().message);
        m_keychainState->setText(tr("Unavailable"));
        return;
    }
    m_secretCount->setText(tr("%n secret(s)", nullptr, status->secretCount));
    m_keychainState->setText(status->keychainAvailable ? tr("Available") : tr("Not available"));
}

void SettingsPage::updateSecrets() {
    const VaultGate* gate = services().vault;
    const auto state = gate ? gate->state() : VaultGate::State::Unavailable;
    bool vaultInUse = true;
    QString hint;
    switch (state) {
    case VaultGate::State::Unavailable:
        m_secretBackend->setText(tr("Unavailable"));
        m_vaultState->setText(tr("Unavailable"));
        hint = tr("No secret backend could be opened; see the log for why. Credentials cannot "
                  "be saved until this is fixed.");
        vaultInUse = false;
        break;
    case VaultGate::State::Checking:
        m_secretBackend->setText(tr("Checking…"));
        m_vaultState->setText(tr("Checking…"));
        hint = tr("Fleetdeck is asking the OS keychain whether it can keep the secrets.");
        vaultInUse = false;
        break;
    case VaultGate::State::Keychain:
        m_secretBackend->setText(tr("OS keychain"));
        m_vaultState->setText(tr("Not used"));
        hint = tr("New secrets go to the keychain of your desktop session.");
        vaultInUse = false;
        break;
    case VaultGate::State::NotCreated:
        m_secretBackend->setText(tr("Passphrase vault (AES-256-GCM)"));
        m_vaultState->setText(tr("Not created yet"));
        hint = tr("You choose its passphrase the first time a credential is saved.");
        break;
    case VaultGate::State::Locked:
        m_secretBackend->setText(tr("Passphrase vault (AES-256-GCM)"));
        m_vaultState->setText(tr("Locked"));
        hint = tr("Fleetdeck asks for the passphrase when it needs a credential.");
        break;
    case VaultGate::State::Unlocked:
        m_secretBackend->setText(tr("Passphrase vault (AES-256-GCM)"));
        m_vaultState->setText(tr("Unlocked"));
        hint = tr("It stays unlocked until you lock it here or quit Fleetdeck.");
        break;
    }
    m_vaultHint->setText(hint);
    m_unlockVault->setText(state == VaultGate::State::NotCreated ? tr("Create vault…")
                                                                 : tr("Unlock…"));
    m_vaultButtons->setVisible(vaultInUse);
    m_unlockVault->setEnabled(state == VaultGate::State::NotCreated ||
                              state == VaultGate::State::Locked);
    m_lockVault->setEnabled(state == VaultGate::State::Unlocked);
}

} // namespace fd::widgets
