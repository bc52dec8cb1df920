#pragma once

#include "vaultunlockdialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fd::secrets {
class SecretStore;
}

namespace fd::widgets {

// The one way a page asks for usable secrets. When the vault backend is in use and locked,
// requestUnlocked() shows the passphrase dialog (creating the vault on first use); with the OS
// keychain, or when the vault is already open, it answers at once. Requests made while the
// dialog is open wait for the same dialog; requests made while the backend is still being
// chosen wait for the choice. The state follows the SecretStore's ready() and lockedChanged()
// signals, so a lock from anywhere shows at once. Lives on the UI thread, owned by main() (or a
// test) and handed to pages through AppServices::vault; it never calls the SecretStore
// synchronously.
class VaultGate final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultGate)

public:
    enum class State {
        Unavailable, // no SecretStore (the store could not be opened, or a bad backend setting)
        Checking,    // the backend is still being chosen (the keychain is being asked)
        Keychain,    // new secrets go to the OS keychain; nothing to unlock
        NotCreated,  // vault backend, no vault yet: the first request creates it
        Locked,
        Unlocked,
    };

    // secrets may be null (State::Unavailable). It must outlive the gate.
    explicit VaultGate(fd::secrets::SecretStore* secrets, QObject* parent = nullptr);
    ~VaultGate() override;

    fd::secrets::SecretStore* secrets() const { return m_secrets; }
    State state() const { return m_state; }
    // "Vault: locked" and so on, for the status bar.
    QString statusText() const;

    // Calls done(true) once secrets can be read and written, done(false) if the user cancelled
    // the dialog or there is no SecretStore. done always runs later on the UI thread (never
    // inside this call) and is dropped if context is destroyed first. The dialog is
    // window-modal on dialogParent's window.
    void requestUnlocked(QWidget* dialogParent, QObject* context, std::function<void(bool)> done);

    // Forgets the vault key (SecretStore::lock(), which tells every service through
    // lockedChanged); the next request asks for the passphrase again. Ignored while the
    // passphrase dialog is checking a passphrase.
    void lockNow();

    // The open passphrase dialog, if any (for tests and screenshots).
    VaultUnlockDialog* pendingDialog() const { return m_dialog; }

Q_SIGNALS:
    void stateChanged(fd::widgets::VaultGate::State state);
    // A passphrase dialog has just been shown.
    void dialogOpened(fd::widgets::VaultUnlockDialog* dialog);

private:
    struct Waiter {
        QPointer<QObject> context;
        std::function<void(bool)> done;
        QPointer<QWidget> dialogParent; // for requests waiting for the backend choice
    };
    void refreshState();
    void onReady();
    void finish(bool unlocked);
    static void deliver(QObject* context, const std::function<void(bool)>& done, bool value);

    fd::secrets::SecretStore* m_secrets;
    State m_state = State::Unavailable;
    QPointer<VaultUnlockDialog> m_dialog;
    QObject* m_current = nullptr;    // the open dialog, only compared, never dereferenced
    QList<Waiter> m_waiters;         // answered when the dialog closes
    QList<Waiter> m_waitingForReady; // asked again when the backend is chosen
};

} // namespace fd::widgets
