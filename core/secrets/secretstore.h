#pragma once

#include "common/result.h"
#include "secrets/secretref.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace fd::store {
class Store;
}

namespace fd::secrets {

// What `vault status` shows; never contains key material.
struct SecretStoreStatus {
    Backend backend = Backend::Vault; // where new secrets go
    QString backendReason;            // "FLEETDECK_SECRET_BACKEND", "setting", "auto", "option"
    bool keychainAvailable = false;   // the OS keychain answered the probe (once per SecretStore)
    bool vaultCreated = false;
    QDateTime vaultCreatedAt;
    bool unlocked = false;
    quint64 kdfN = 0; // scrypt parameters read back from the store (0 when no vault yet)
    quint32 kdfR = 0;
    quint32 kdfP = 0;
    int secretCount = 0;
};

// One secret of a batch that could not be handled, and why.
struct SecretFailure {
    SecretRef ref;
    fd::Error error;
};

// Tokens, client keys and passwords. Bytes live in the OS keychain (QtKeychain) or in the
// store-backed vault (AES-256-GCM, key from a passphrase via scrypt); metadata rows elsewhere
// only hold SecretRef ids. The backend of each secret is recorded with it, so a secret is always
// read from where it was written, whatever the current default.
//
// Threads. Every operation runs on the secrets thread (secretsThread()), one at a time in the
// order submitted; nothing waits on, or spins an event loop on, the caller's thread.
// - The async calls return at once; `done` runs exactly once, later, on the context's thread
//   (fd::Handoff), and is dropped if the context dies first. This is the GUI's API.
// - The sync calls block the calling thread until the secrets thread has answered (a plain
//   wait, no event loop, so nothing re-enters the caller meanwhile). For the CLI and worker
//   threads. setAsyncOnly(true) makes them fail loudly on the thread that owns this object.
// - The state accessors (isReady, backend, isUnlocked, vaultExists) and lock() are cheap and
//   callable from any thread.
//
// Lock state. lock() forgets the vault key at once and emits lockedChanged(true); services drop
// every decrypted credential and every connection built from one when they see it. A load whose
// bytes were decrypted before lock() but are delivered after it is answered Locked instead, so
// no plaintext reaches a caller after the signal. Every operation that needs the key while the
// vault is locked fails with ErrorKind::Locked and lockedMessage().
//
// Errors: WrongPassphrase, Locked (vault not unlocked, or keychain locked), KeyUnavailable (the
// secret is in a keychain this machine does not have, that lacks it or that does not answer),
// Corrupt (a ciphertext failed its integrity check), NotFound (no such secret). None of them
// deletes anything.
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    struct Options {
        // Overrides FLEETDECK_SECRET_BACKEND and the `secrets/backend` setting when set.
        std::optional<Backend> forcedBackend;
        QString keychainService = QStringLiteral("Fleetdeck");
        int keychainTimeoutMs = 5000;
        // The GUI's way: open() returns at once and the backend is chosen on the secrets thread
        // (the automatic choice asks the keychain, which may take up to keychainTimeoutMs).
        // Until then isReady() is false and backend() nullopt; ready() is emitted when it is
        // known, and operations submitted meanwhile run after the choice. Without it, open()
        // waits for the choice (the CLI's way).
        bool chooseInBackground = false;
    };

    // Chooses the backend: forcedBackend, then FLEETDECK_SECRET_BACKEND=vault|keychain, then the
    // `secrets/backend` setting, then the keychain if it answers, else the vault. A bad
    // FLEETDECK_SECRET_BACKEND fails here in both modes. Needs a QCoreApplication. The store
    // must outlive the returned object.
    static fd::Result<std::unique_ptr<SecretStore>> open(fd::store::Store& store,
                                                         const Options& options);
    static fd::Result<std::unique_ptr<SecretStore>> open(fd::store::Store& store);

    ~SecretStore() override = default;

    // --- State: cheap, thread-safe, no I/O ---------------------------------------------------
    // False while the backend is still being chosen (Options::chooseInBackground).
    virtual bool isReady() const = 0;
    // Where new secrets go; nullopt until ready, or if choosing failed (operations then fail
    // with the reason, and the log says it).
    virtual std::optional<Backend> backend() const = 0;
    // False when a vault secret would need the passphrase first.
    virtual bool isUnlocked() const = 0;
    // Whether the vault had been created when this process last looked (when it became ready,
    // unlocked or read the status); false before ready.
    virtual bool vaultExists() const = 0;
    // Forgets the vault key (zeroed) and emits lockedChanged(true) if it was unlocked. An unlock
    // still running is discarded when it ends.
    virtual void lock() = 0;
    // The GUI turns this on: a sync call on the thread that owns this object is then a bug
    // (Q_ASSERT in debug builds; ErrorKind::Internal and a critical log line otherwise).
    virtual void setAsyncOnly(bool asyncOnly) = 0;

    // --- Sync (CLI, worker threads) -----------------------------------------------------------
    // Opens the vault, creating it with this passphrase on first use. A wrong passphrase
    // changes nothing (WrongPassphrase).
    virtual fd::Status unlock(const QByteArray& passphrase) = 0;
    virtual fd::Result<SecretStoreStatus> status() = 0;
    virtual fd::Status store(const SecretRef& ref, const QByteArray& secret) = 0;
    virtual fd::Result<QByteArray> load(const SecretRef& ref) = 0;
    virtual fd::Status remove(const SecretRef& ref) = 0; // removing a missing secret is ok

    // Convenience for metadata rows that keep SecretRef::id() strings.
    fd::Result<QByteArray> load(const QString& refId);
    fd::Status remove(const QString& refId);

    // --- Async (the GUI) ----------------------------------------------------------------------
    // The passphrase is wiped once the key is derived (scrypt runs on the secrets thread).
    virtual void unlockAsync(QByteArray passphrase, QObject* context,
                             std::function<void(fd::Status)> done) = 0;
    virtual void statusAsync(QObject* context,
                             std::function<void(fd::Result<SecretStoreStatus>)> done) = 0;

    virtual void storeAsync(const SecretRef& ref, const QByteArray& secret, QObject* context,
                            std::function<void(fd::Status)> done) = 0;
    virtual void loadAsync(const SecretRef& ref, QObject* context,
                           std::function<void(fd::Result<QByteArray>)> done) = 0;
    virtual void removeAsync(const SecretRef& ref, QObject* context,
                             std::function<void(fd::Status)> done) = 0;

    // An owner's several secrets in one operation (a cluster's token, client key, OIDC
    // tokens...). storeMany: ok, or the first error; in the vault all rows are written in one
    // transaction (all or nothing); in the keychain entries written before a failure stay
    // recorded, so they can be read and removed. loadMany: the bytes in the order of `refs`,
    // or the first error. removeMany: the secrets that could not be removed (empty: all gone);
    // missing ones count as removed. A keychain that stops answering fails the rest of the
    // batch at once instead of waiting for each secret; QtKeychain cannot cancel a job, so a
    // keychain write that timed out may still land later.
    virtual void storeMany(QList<QPair<SecretRef, QByteArray>> secrets, QObject* context,
                           std::function<void(fd::Status)> done) = 0;
    virtual void loadMany(QList<SecretRef> refs, QObject* context,
                          std::function<void(fd::Result<QList<QByteArray>>)> done) = 0;
    virtual void removeMany(QList<SecretRef> refs, QObject* context,
                            std::function<void(QList<SecretFailure>)> done) = 0;

Q_SIGNALS:
    // Emitted on the owning thread once the backend is chosen (Options::chooseInBackground).
    void ready();
    // Emitted on the owning thread: true after lock(), false after a successful unlock.
    void lockedChanged(bool locked);

protected:
    SecretStore() = default;
};

// The user-facing sentence for ErrorKind::WrongPassphrase.
QString wrongPassphraseMessage();
// The user-facing sentence for ErrorKind::Locked from the vault.
QString lockedMessage();

} // namespace fd::secrets
