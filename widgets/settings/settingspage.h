#pragma once

#include "common/page.h"
#include "common/result.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace fd::secrets {
struct SecretStoreStatus;
}

namespace fd::widgets {

class PathLabel;

// Preferences that live in settings.ini: the UI language (applied at once), the intervals the
// cluster registry uses for health refresh and Karmada reconcile, where secrets are kept (with
// the vault's lock state, a way to lock it now, and the secret store's status, asked with
// SecretStore::statusAsync whenever the page is shown or the vault state changes), and where
// the data lives.
class SettingsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(const AppServices& services, QWidget* parent = nullptr);

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("settings"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/settings.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }

    // settings.ini keys read by the cluster registry work.
    static QString healthIntervalKey() { return QStringLiteral("health/interval"); }
    static QString reconcileIntervalKey() { return QStringLiteral("karmada/reconcileInterval"); }
    static constexpr int DefaultIntervalSeconds = 60;

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void syncLanguageCombo();
    void updateSecrets();
    void requestStatus();
    void showStatus(const fd::Result<fd::secrets::SecretStoreStatus>& status);

    QGroupBox* m_generalGroup;
    QFormLayout* m_generalForm;
    QComboBox* m_language;
    QLabel* m_languageHint;
    QGroupBox* m_clustersGroup;
    QFormLayout* m_clustersForm;
    QSpinBox* m_healthInterval;
    QSpinBox* m_reconcileInterval;
    QGroupBox* m_storageGroup;
    QFormLayout* m_storageForm;
    PathLabel* m_dataDir; // ~/… when under $HOME, elided in the middle, full path as tooltip
    QGroupBox* m_secretsGroup;
    QFormLayout* m_secretsForm;
    QLabel* m_secretBackend;
    QLabel* m_vaultState;
    QLabel* m_vaultHint;
    QLabel* m_secretCount;
    QLabel* m_keychainState;
    QWidget* m_vaultButtons;
    QPushButton* m_unlockVault;
    QPushButton* m_lockVault;
    quint64 m_statusRequest = 0; // answers to older requests are ignored
};

} // namespace fd::widgets
