#include "vaultgate.h"

#include "common/handoff.h"
#include "secrets/secretstore.h"
#include "vaultunlockdialog.h"

#include <QLoggingCategory>
#include <QWidget>

Q_LOGGING_CATEGORY(lcVaultGate, "fd.widgets.vault")

namespace fd::widgets {

VaultGate::VaultGate(fd::secrets::SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets) {
    if (m_secrets) {
        connect(m_secrets, &fd::secrets::SecretStore::ready, this, &VaultGate::onReady);
        connect(m_secrets, &fd::secrets::SecretStore::lockedChanged, this,
                &VaultGate::refreshState);
    }
    refreshState();
}

VaultGate::~VaultGate() {
    m_current = nullptr;
    delete m_dialog.data();
}

void VaultGate::refreshState() {
    using fd::secrets::Backend;
    State next = State::Unavailable;
    if (m_secrets && !m_secrets->isReady()) {
        next = State::Checking;
    } else if (m_secrets && m_secrets->backend()) {
        if (*m_secrets->backend() == Backend::Keychain)
            next = State::Keychain;
        else if (m_secrets->isUnlocked())
            next = State::Unlocked;
        else
            next = m_secrets->vaultExists() ? State::Locked : State::NotCreated;
    }
    if (next == m_state)
        return;
    m_state = next;
    qCDebug(lcVaultGate) << "vault state" << int(m_state);
    Q_EMIT stateChanged(m_state);
}

void VaultGate::onReady() {
    refreshState();
    const QList<Waiter> waiting = std::exchange(m_waitingForReady, {});
    for (const Waiter& w : waiting) {
        if (w.context)
            requestUnlocked(w.dialogParent, w.context, w.done);
    }
}

QString VaultGate::statusText() const {
    switch (m_state) {
    case State::Unavailable:
        return tr("Secrets: unavailable");
    case State::Checking:
        return tr("Secrets: checking…");
    case State::Keychain:
        return tr("Secrets: OS keychain");
    case State::NotCreated:
        return tr("Vault: not created yet");
    case State::Locked:
        return tr("Vault: locked");
    case State::Unlocked:
        return tr("Vault: unlocked");
    }
    return {};
}

void VaultGate::deliver(QObject* context, const std::function<void(bool)>& done, bool value) {
    if (context && done)
        fd::post(context, [done, value] { done(value); });
}

void VaultGate::requestUnlocked(QWidget* dialogParent, QObject* context,
                                std::function<void(bool)> done) {
    if (!m_secrets) {
        deliver(context, done, false);
        return;
    }
    if (!m_secrets->isReady()) {
        m_waitingForReady.append({context, std::move(done), dialogParent});
        return;
    }
    if (!m_secrets->backend()) { // choosing the backend failed; the log says why
        deliver(context, done, false);
        return;
    }
    if (m_secrets->isUnlocked()) {
        deliver(context, done, true);
        return;
    }
    m_waiters.append({context, std::move(done), {}});
    if (m_dialog)
        return;
    const auto mode = m_secrets->vaultExists() ? VaultUnlockDialog::Mode::Unlock
                                               : VaultUnlockDialog::Mode::Create;
    QWidget* window = dialogParent ? dialogParent->window() : nullptr;
    m_dialog = new VaultUnlockDialog(*m_secrets, mode, window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(window ? Qt::WindowModal : Qt::ApplicationModal);
    m_current = m_dialog;
    connect(m_dialog, &QDialog::finished, this,
            [this](int result) { finish(result == QDialog::Accepted); });
    // Closed with its parent window (no finished()): the requests are answered, not forgotten.
    connect(m_dialog, &QObject::destroyed, this, [this](QObject* dialog) {
        if (dialog == m_current)
            finish(false);
    });
    m_dialog->open();
    Q_EMIT dialogOpened(m_dialog);
}

void VaultGate::finish(bool unlocked) {
    m_current = nullptr;
    m_dialog = nullptr; // deletes itself on close
    refreshState();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& w : waiters)
        deliver(w.context, w.done, unlocked);
}

void VaultGate::lockNow() {
    if (!m_secrets || m_dialog) // never while a passphrase is being checked
        return;
    m_secrets->lock(); // lockedChanged(true) refreshes the state
    refreshState();
}

} // namespace fd::widgets
