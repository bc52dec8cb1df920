#pragma once

#include "secrets/keychain.h"
#include "secrets/secretstore.h"
#include "secrets/vaultcrypto.h"

#include <mutex>
#include <optional>

struct sqlite3;

namespace fd::secrets {

// The one SecretStore: routes each secret to the backend recorded in secret_refs.
//
// Thread-safe for the vault: the GUI unlocks on a worker thread while the UI thread may load or
// store. The key is the only mutable state (vault metadata is read from the store, whose reads
// and writes are serialised there); m_keyMutex guards it, and is never held across scrypt --
// unlock derives first and swaps the key in afterwards.
class SecretStoreImpl final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStoreImpl)

public:
    SecretStoreImpl(fd::store::Store& store, Backend backend, QString reason, Keychain keychain,
                    QString installId);
    ~SecretStoreImpl() override;

    Backend backend() const override { return m_backend; }
    bool isUnlocked() const override;
    bool vaultExists() const override;
    fd::Status unlock(const QByteArray& passphrase) override;
    void lock() override;
    fd::Result<SecretStoreStatus> status() const override;

    fd::Status store(const SecretRef& ref, const QByteArray& secret) override;
    fd::Result<QByteArray> load(const SecretRef& ref) override;
    fd::Status remove(const SecretRef& ref) override;
    using SecretStore::load;
    using SecretStore::remove;

    void storeAsync(const SecretRef& ref, const QByteArray& secret, QObject* context,
                    std::function<void(fd::Status)> done) override;
    void loadAsync(const SecretRef& ref, QObject* context,
                   std::function<void(fd::Result<QByteArray>)> done) override;
    void removeAsync(const SecretRef& ref, QObject* context,
                     std::function<void(fd::Status)> done) override;

private:
    struct Meta {
        crypto::KdfParams params;
        crypto::Sealed check;
        QDateTime created;
    };
    struct StoredRef {
        Backend backend = Backend::Vault;
        std::optional<crypto::Sealed> sealed;
    };

    fd::Result<std::optional<Meta>> readMeta() const;
    fd::Result<std::optional<StoredRef>> readRef(const SecretRef& ref) const;
    fd::Result<crypto::Sealed> sealForVault(const SecretRef& ref, const QByteArray& secret) const;
    fd::Result<QByteArray> openFromVault(const SecretRef& ref, const crypto::Sealed& sealed) const;
    QString keychainKey(const SecretRef& ref) const;
    fd::Error keychainLoadError(const SecretRef& ref, const fd::Error& error) const;
    fd::Error lockedError() const;
    fd::Status validateRef(const SecretRef& ref) const;

    fd::store::Store& m_store;
    Backend m_backend;
    QString m_reason;
    Keychain m_keychain;
    QString m_installId;
    mutable std::mutex m_keyMutex;
    QByteArray m_key; // empty while locked; guarded by m_keyMutex, never shared (see wipe())
};

} // namespace fd::secrets
