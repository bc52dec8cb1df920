#pragma once

#include "common/result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fd::secrets {
class SecretStore;
}

namespace fd::widgets {

// Asks for the vault passphrase. On first use (no vault yet) it asks twice and creates the
// vault; afterwards it unlocks it. A wrong passphrase only shows a message under the field and
// lets the user try again: SecretStore::unlock never changes a vault it cannot open. The key
// derivation (scrypt, a few hundred ms) runs on the SecretStore's own thread (unlockAsync); the
// dialog stays responsive meanwhile but accepts no input and cannot be closed. Destroyed while
// checking (its window closed), it simply never hears the answer.
class VaultUnlockDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultUnlockDialog)

public:
    enum class Mode { Create, Unlock };

    VaultUnlockDialog(fd::secrets::SecretStore& secrets, Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // Shortest passphrase accepted when creating the vault.
    static constexpr int MinimumLength = 8;

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QLabel* messageLabel() const { return m_message; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void submit();
    void onUnlockFinished(const fd::Status& st);
    void setBusy(bool busy, const QString& message = {});
    void showProblem(const QString& message, QLineEdit* focus);
    void retranslate();

    fd::secrets::SecretStore& m_secrets;
    Mode m_mode;
    QLabel* m_heading;
    QLabel* m_explanation;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
    bool m_busy = false;
};

} // namespace fd::widgets
