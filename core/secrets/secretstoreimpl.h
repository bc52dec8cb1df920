#pragma once

#include "secrets/keychain.h"
#include "secrets/secretstore.h"
#include "secrets/vaultrows.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace fd::secrets {

class WorkQueue;

// The one SecretStore: routes each secret to the backend recorded in secret_refs, and runs
// every operation on its WorkQueue (the secrets thread). Members marked "queue" are touched only
// there; the key is guarded by m_keyMutex (lock() wipes it from any thread), and the state
// readers use atomics.
class SecretStoreImpl final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStoreImpl)

public:
    // How open() decided, before the secrets thread finishes the choice.
    struct Choice {
        std::optional<Backend> backend; // nullopt: the setting, then the keychain probe, decide
        QString reason;
    };

    SecretStoreImpl(fd::store::Store& store, Choice choice, const Options& options);
    // Runs every operation already submitted, then wipes the key.
    ~SecretStoreImpl() override;

    // Blocks until the backend is chosen; its error if choosing failed.
    fd::Status waitUntilReady();

    bool isReady() const override;
    std::optional<Backend> backend() const override;
    bool isUnlocked() const override;
    bool vaultExists() const override;
    void lock() override;
    void setAsyncOnly(bool asyncOnly) override;

    fd::Status unlock(const QByteArray& passphrase) override;
    fd::Result<SecretStoreStatus> status() override;
    fd::Status store(const SecretRef& ref, const QByteArray& secret) override;
    fd::Result<QByteArray> load(const SecretRef& ref) override;
    fd::Status remove(const SecretRef& ref) override;
    using SecretStore::load;
    using SecretStore::remove;

    void unlockAsync(QByteArray passphrase, QObject* context,
                     std::function<void(fd::Status)> done) override;
    void statusAsync(QObject* context,
                     std::function<void(fd::Result<SecretStoreStatus>)> done) override;
    void storeAsync(const SecretRef& ref, const QByteArray& secret, QObject* context,
                    std::function<void(fd::Status)> done) override;
    void loadAsync(const SecretRef& ref, QObject* context,
                   std::function<void(fd::Result<QByteArray>)> done) override;
    void removeAsync(const SecretRef& ref, QObject* context,
                     std::function<void(fd::Status)> done) override;
    void storeMany(QList<QPair<SecretRef, QByteArray>> secrets, QObject* context,
                   std::function<void(fd::Status)> done) override;
    void loadMany(QList<SecretRef> refs, QObject* context,
                  std::function<void(fd::Result<QList<QByteArray>>)> done) override;
    void removeMany(QList<SecretRef> refs, QObject* context,
                    std::function<void(QList<SecretFailure>)> done) override;

private:
    template <typename T> using Reply = std::function<void(T)>;
    using Items = QList<QPair<SecretRef, QByteArray>>;
    // Decrypted bytes with the lock generation of the key that opened them (none if no vault
    // secret was among them): delivery compares it with the current one.
    struct Loaded {
        explicit Loaded(fd::Error error)
            : values(std::move(error)) {}
        Loaded(QList<QByteArray> bytes, std::optional<quint64> generation)
            : values(std::move(bytes))
            , keyGeneration(generation) {}
        fd::Result<QList<QByteArray>> values;
        std::optional<quint64> keyGeneration;
    };
    struct KeychainWrites;
    struct Loading;
    struct Removing;

    // Runs `op` on the queue and hands its reply to `done` on the context's thread.
    // `whenStopped` builds the reply when there is no secrets thread (T(error) if not given).
    template <typename T>
    void submit(QObject* context, Reply<T> done, std::function<void(Reply<T>)> op,
                std::function<T(fd::Error)> whenStopped = {});
    // Runs `op` on the queue and waits (without an event loop) for its reply.
    template <typename T> T runSync(std::function<void(Reply<T>)> op);
    std::optional<fd::Error> syncCallError() const;
    Reply<Loaded> checkedDelivery(Reply<fd::Result<QList<QByteArray>>> done) const;

    // Queue-side operations.
    void chooseBackend(Reply<fd::Status> reply);
    fd::Status unlockNow(QByteArray& passphrase, quint64 generation); // wipes the passphrase
    void statusNow(Reply<fd::Result<SecretStoreStatus>> reply);
    void storeNow(Items items, Reply<fd::Status> reply);
    void writeKeychainNext(std::shared_ptr<KeychainWrites> writes);
    void loadNow(QList<SecretRef> refs, Reply<Loaded> reply);
    void loadNext(std::shared_ptr<Loading> loading);
    void removeNow(QList<SecretRef> refs, Reply<QList<SecretFailure>> reply);
    void removeNext(std::shared_ptr<Removing> removing);
    void probeOnce(Reply<bool> reply);

    fd::Status checkUsable(const QList<SecretRef>& refs) const;
    fd::Result<crypto::Sealed> sealForVault(const SecretRef& ref, const QByteArray& secret) const;
    fd::Result<QByteArray> openFromVault(const SecretRef& ref, const rows::StoredRef& stored,
                                         quint64* generation) const;
    QString keychainKey(const SecretRef& ref) const;
    fd::Error keychainLoadError(const SecretRef& ref, const fd::Error& error) const;
    void emitOnOwner(std::function<void()> emitter);

    fd::store::Store& m_store;
    Choice m_choice;                        // queue (after construction)
    Keychain m_keychain;                    // queue
    QString m_installId;                    // queue
    std::optional<bool> m_keychainAnswered; // queue: the probe's answer, asked once
    std::optional<fd::Error> m_openError;   // queue: why choosing the backend failed
    WorkQueue* m_queue;

    std::atomic<int> m_backend{-1}; // Backend, or -1 while not chosen (or failed)
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_vaultExists{false};
    std::atomic<bool> m_hasKey{false};
    std::atomic<bool> m_asyncOnly{false};
    // Bumped by every lock(): an unlock or a decryption from an older generation is void.
    std::shared_ptr<std::atomic<quint64>> m_generation;

    mutable std::mutex m_keyMutex;
    QByteArray m_key; // empty while locked; guarded by m_keyMutex, never shared (see wipe())
};

} // namespace fd::secrets
