#pragma once

#include "common/result.h"
#include "secrets/secretref.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
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
    QString backendReason;            // "FLEETDECK_SECRET_BACKEND", "setting", "auto"
    bool keychainAvailable = false;   // the OS keychain answered the probe
    bool vaultCreated = false;
    QDateTime vaultCreatedAt;
    bool unlocked = false;
    quint64 kdfN = 0; // scrypt parameters read back from the store (0 when no vault yet)
    quint32 kdfR = 0;
    quint32 kdfP = 0;
    int secretCount = 0;
};

// Tokens, client keys and passwords. Bytes live in the OS keychain (QtKeychain) or in the
// store-backed vault (AES-256-GCM, key from a passphrase via scrypt); metadata rows elsewhere
// only hold SecretRef ids. The backend of each secret is recorded with it, so a secret is always
// read from where it was written, whatever the current default.
//
// The sync calls suit the CLI and worker threads; they must not run on the UI thread when the
// backend is the keychain (they wait for its D-Bus reply). The async calls never block: keychain
// jobs run in the event loop, vault writes on the store's writer thread; `done` runs on the
// context's thread and is dropped if the context dies first.
//
// Errors: WrongPassphrase, Locked (vault not unlocked, or keychain locked), KeyUnavailable (the
// secret is in a keychain this machine does not have or that lacks it), Corrupt (a ciphertext
// failed its integrity check), NotFound (no such secret). None of them deletes anything.
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    struct Options {
        // Overrides FLEETDECK_SECRET_BACKEND and the `secrets/backend` setting when set.
        std::optional<Backend> forcedBackend;
        QString keychainService = QStringLiteral("Fleetdeck");
        int keychainTimeoutMs = 5000;
    };

    // Chooses the backend: forcedBackend, then FLEETDECK_SECRET_BACKEND=vault|keychain, then the
    // `secrets/backend` setting, then the keychain if it answers, else the vault. The store must
    // outlive the returned object.
    static fd::Result<std::unique_ptr<SecretStore>> open(fd::store::Store& store,
                                                         const Options& options);
    static fd::Result<std::unique_ptr<SecretStore>> open(fd::store::Store& store);

    ~SecretStore() override = default;

    virtual Backend backend() const = 0;
    // False when a vault secret would need the passphrase first.
    virtual bool isUnlocked() const = 0;
    virtual bool vaultExists() const = 0;
    // Opens the vault, creating it with this passphrase on first use. A wrong passphrase
    // changes nothing (WrongPassphrase).
    virtual fd::Status unlock(const QByteArray& passphrase) = 0;
    // Forgets the vault key (zeroed).
    virtual void lock() = 0;
    virtual fd::Result<SecretStoreStatus> status() const = 0;

    virtual fd::Status store(const SecretRef& ref, const QByteArray& secret) = 0;
    virtual fd::Result<QByteArray> load(const SecretRef& ref) = 0;
    virtual fd::Status remove(const SecretRef& ref) = 0; // removing a missing secret is ok

    // Convenience for metadata rows that keep SecretRef::id() strings.
    fd::Result<QByteArray> load(const QString& refId);
    fd::Status remove(const QString& refId);

    virtual void storeAsync(const SecretRef& ref, const QByteArray& secret, QObject* context,
                            std::function<void(fd::Status)> done) = 0;
    virtual void loadAsync(const SecretRef& ref, QObject* context,
                           std::function<void(fd::Result<QByteArray>)> done) = 0;
    virtual void removeAsync(const SecretRef& ref, QObject* context,
                             std::function<void(fd::Status)> done) = 0;

    // Several secrets of one owner at once: all values in order, or the first error.
    void loadMany(const QList<SecretRef>& refs, QObject* context,
                  std::function<void(fd::Result<QList<QByteArray>>)> done);
    void storeMany(const QList<QPair<SecretRef, QByteArray>>& entries, QObject* context,
                   std::function<void(fd::Status)> done);
    // `done` gets one line per secret that could not be removed.
    void removeMany(const QList<SecretRef>& refs, QObject* context,
                    std::function<void(QStringList failures)> done);

Q_SIGNALS:
    // The vault was locked (true) or unlocked (false): services drop decrypted credentials.
    void lockedChanged(bool locked);

protected:
    SecretStore() = default;
};

// The user-facing sentence for ErrorKind::WrongPassphrase.
QString wrongPassphraseMessage();

} // namespace fd::secrets
