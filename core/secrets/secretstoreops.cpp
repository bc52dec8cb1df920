// SecretStoreImpl's operations as they run on the secrets thread (its WorkQueue). Each calls its
// reply exactly once, at once or after keychain replies arrive on this thread's event loop.
#include "secrets/secretstoreimpl.h"

#include "secrets/workqueue.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

namespace fd::secrets {

namespace {

const QByteArray kCheckPlaintext = QByteArrayLiteral("fleetdeck vault key check v1");
const QByteArray kCheckAad = QByteArrayLiteral("fleetdeck-vault-check/v1");

QByteArray secretAad(const SecretRef& ref) {
    return QByteArrayLiteral("fleetdeck-secret/v1\n") + ref.id().toUtf8();
}

fd::Error lockedError() {
    return fd::makeError(fd::ErrorKind::Locked, lockedMessage());
}

// Writes or deletes rows for several refs in one transaction.
template <typename Fn>
fd::Status writeAll(fd::store::Store& store, const QList<SecretRef>& refs, Fn perRef) {
    if (refs.isEmpty())
        return {};
    return store.writeSync([&](sqlite3* db) -> fd::Status {
        for (qsizetype i = 0; i < refs.size(); ++i) {
            if (fd::Status st = perRef(db, i); !st)
                return st;
        }
        return {};
    });
}

} // namespace

// --- Backend choice and status ----------------------------------------------------------------

void SecretStoreImpl::chooseBackend(Reply<fd::Status> reply) {
    auto id = rows::installId(m_store);
    if (!id)
        return reply(id.error());
    m_installId = *id;
    auto meta = rows::readMeta(m_store);
    m_vaultExists = meta.ok() && meta->has_value(); // a read error surfaces on unlock
    auto choose = [this, reply](Backend backend, const QString& reason) {
        m_choice = {backend, reason};
        m_backend = int(backend);
        reply({});
    };
    if (m_choice.backend)
        return choose(*m_choice.backend, m_choice.reason);
    if (auto setting = m_store.setting(QStringLiteral("secrets/backend"))) {
        if (auto backend = parseBackend(*setting))
            return choose(*backend, QStringLiteral("setting"));
    }
    probeOnce([choose](bool answered) {
        choose(answered ? Backend::Keychain : Backend::Vault, QStringLiteral("auto"));
    });
}

void SecretStoreImpl::probeOnce(Reply<bool> reply) {
    if (m_keychainAnswered)
        return reply(*m_keychainAnswered);
    m_keychain.probe(m_queue, [this, reply](fd::Status st) {
        m_keychainAnswered = st.ok();
        reply(st.ok());
    });
}

void SecretStoreImpl::statusNow(Reply<fd::Result<SecretStoreStatus>> reply) {
    if (m_openError)
        return reply(*m_openError);
    probeOnce([this, reply](bool answered) {
        SecretStoreStatus s;
        s.backend = *m_choice.backend;
        s.backendReason = m_choice.reason;
        s.unlocked = isUnlocked();
        s.keychainAvailable = answered;
        auto meta = rows::readMeta(m_store);
        if (!meta)
            return reply(meta.error());
        m_vaultExists = meta->has_value();
        if (meta->has_value()) {
            s.vaultCreated = true;
            s.vaultCreatedAt = (*meta)->created;
            s.kdfN = (*meta)->params.n;
            s.kdfR = (*meta)->params.r;
            s.kdfP = (*meta)->params.p;
        }
        auto count = rows::countRefs(m_store);
        if (!count)
            return reply(count.error());
        s.secretCount = *count;
        reply(s);
    });
}

// --- Unlock -----------------------------------------------------------------------------------

fd::Status SecretStoreImpl::unlockNow(QByteArray& passphrase, quint64 generation) {
    struct Wiper {
        QByteArray& bytes;
        ~Wiper() { crypto::wipe(bytes); }
    } wipePassphrase{passphrase};
    if (m_openError)
        return *m_openError;
    if (passphrase.isEmpty()) {
        return fd::makeError(
            fd::ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "fd::secrets", "An empty passphrase cannot protect the vault; enter one."));
    }
    auto meta = rows::readMeta(m_store);
    if (!meta)
        return meta.error();
    QByteArray createdKey; // the key derived while creating, so it is not derived twice
    if (!meta->has_value()) {
        // First unlock creates the vault. If another process created it in the meantime, its
        // row wins and the passphrase is checked against it below.
        rows::Meta fresh;
        fresh.params = crypto::defaultKdfParams();
        auto key = crypto::deriveKey(passphrase, fresh.params);
        if (!key)
            return key.error();
        auto check = crypto::seal(*key, kCheckPlaintext, kCheckAad);
        if (!check) {
            crypto::wipe(*key);
            return check.error();
        }
        fresh.check = *check;
        const fd::Status st =
            m_store.writeSync([&](sqlite3* db) { return rows::insertMetaIfAbsent(db, fresh); });
        if (!st) {
            crypto::wipe(*key);
            return st;
        }
        meta = rows::readMeta(m_store);
        if (!meta || !meta->has_value()) {
            crypto::wipe(*key);
            return meta ? fd::makeError(fd::ErrorKind::Internal,
                                        QCoreApplication::translate(
                                            "fd::secrets", "The vault could not be created."))
                        : meta.error();
        }
        if ((*meta)->params.salt == fresh.params.salt)
            createdKey = std::move(*key);
        else
            crypto::wipe(*key);
        qCInfo(lcSecrets) << "vault created";
    }
    m_vaultExists = true;
    const rows::Meta& m = **meta;
    if (m.check.nonce.size() != crypto::kNonceBytes ||
        m.check.ciphertext.size() != kCheckPlaintext.size() + crypto::kTagBytes) {
        crypto::wipe(createdKey);
        return fd::makeError(fd::ErrorKind::Corrupt,
                             QCoreApplication::translate(
                                 "fd::secrets",
                                 "The vault's key-check value is damaged; the vault was left "
                                 "untouched."));
    }
    fd::Result<QByteArray> key = !createdKey.isEmpty()
                                     ? fd::Result<QByteArray>(std::move(createdKey))
                                     : crypto::deriveKey(passphrase, m.params);
    if (!key)
        return key.error();
    auto opened = crypto::open(*key, m.check, kCheckAad);
    if (!opened || *opened != kCheckPlaintext) {
        crypto::wipe(*key);
        if (opened)
            crypto::wipe(*opened);
        return fd::makeError(fd::ErrorKind::WrongPassphrase, wrongPassphraseMessage());
    }
    bool wasLocked = false;
    {
        std::lock_guard guard(m_keyMutex);
        if (m_generation->load() != generation) {
            crypto::wipe(*key);
            return fd::makeError(
                fd::ErrorKind::Cancelled,
                QCoreApplication::translate("fd::secrets",
                                            "The vault was locked while the passphrase was being "
                                            "checked; unlock it again."));
        }
        wasLocked = m_key.isEmpty();
        std::swap(m_key, *key);
        m_hasKey = true;
    }
    crypto::wipe(*key); // the previous key, if any: wiped outside the lock
    if (wasLocked)
        emitOnOwner([this] { Q_EMIT lockedChanged(false); });
    return {};
}

// --- Vault and keychain helpers ---------------------------------------------------------------

fd::Status SecretStoreImpl::checkUsable(const QList<SecretRef>& refs) const {
    if (m_openError)
        return *m_openError;
    for (const SecretRef& ref : refs) {
        if (!ref.isValid())
            return fd::makeError(
                fd::ErrorKind::InvalidInput,
                QCoreApplication::translate("fd::secrets", "\"%1\" is not a secret reference.")
                    .arg(ref.id()));
    }
    return {};
}

fd::Result<crypto::Sealed> SecretStoreImpl::sealForVault(const SecretRef& ref,
                                                         const QByteArray& secret) const {
    // Held while sealing (microseconds) so lock() cannot wipe the key in use.
    std::lock_guard guard(m_keyMutex);
    if (m_key.isEmpty())
        return lockedError();
    return crypto::seal(m_key, secret, secretAad(ref));
}

fd::Result<QByteArray> SecretStoreImpl::openFromVault(const SecretRef& ref,
                                                      const rows::StoredRef& stored,
                                                      quint64* generation) const {
    if (!stored.sealed) {
        return fd::makeError(
            fd::ErrorKind::Corrupt,
            QCoreApplication::translate("fd::secrets",
                                        "The vault has no ciphertext for the secret %1; enter the "
                                        "credential again.")
                .arg(ref.id()));
    }
    fd::Result<QByteArray> plain = [&]() -> fd::Result<QByteArray> {
        std::lock_guard guard(m_keyMutex);
        if (m_key.isEmpty())
            return lockedError();
        *generation = m_generation->load();
        return crypto::open(m_key, *stored.sealed, secretAad(ref));
    }();
    if (!plain && plain.error().kind == fd::ErrorKind::Corrupt) {
        return fd::makeError(fd::ErrorKind::Corrupt,
                             QCoreApplication::translate(
                                 "fd::secrets",
                                 "The stored secret %1 failed its integrity check (damaged or "
                                 "tampered with) and was not used; enter the credential again.")
                                 .arg(ref.id()),
                             plain.error().detail);
    }
    return plain;
}

QString SecretStoreImpl::keychainKey(const SecretRef& ref) const {
    return m_installId + QLatin1Char(':') + ref.id();
}

fd::Error SecretStoreImpl::keychainLoadError(const SecretRef& ref, const fd::Error& error) const {
    if (error.kind == fd::ErrorKind::NotFound) {
        return fd::makeError(fd::ErrorKind::KeyUnavailable,
                             QCoreApplication::translate(
                                 "fd::secrets",
                                 "The OS keychain on this computer does not hold the secret %1 "
                                 "(was this database copied from another computer?). Nothing was "
                                 "deleted; enter the credential again to store it here.")
                                 .arg(ref.id()),
                             error.detail);
    }
    if (error.kind == fd::ErrorKind::KeyUnavailable && !Keychain::isTimeout(error)) {
        return fd::makeError(
            fd::ErrorKind::KeyUnavailable,
            QCoreApplication::translate(
                "fd::secrets",
                "The secret %1 is kept in an OS keychain that is not available on this computer "
                "(was this database copied from another computer?). Nothing was deleted; enter "
                "the credential again to store it here.")
                .arg(ref.id()),
            error.detail);
    }
    return error; // locked, timed out, or another keychain error: its own sentence says it
}

// --- Store ------------------------------------------------------------------------------------

struct SecretStoreImpl::KeychainWrites {
    Items items;
    qsizetype next = 0;
    QList<SecretRef> written;
    std::optional<fd::Error> failure;
    Reply<fd::Status> reply;
};

void SecretStoreImpl::storeNow(Items items, Reply<fd::Status> reply) {
    QList<SecretRef> refs;
    for (const auto& item : items)
        refs.append(item.first);
    if (fd::Status st = checkUsable(refs); !st)
        return reply(st);
    if (*m_choice.backend == Backend::Keychain) {
        auto writes = std::make_shared<KeychainWrites>();
        writes->items = std::move(items);
        writes->reply = std::move(reply);
        return writeKeychainNext(writes);
    }
    auto previous = rows::readRefs(m_store, refs);
    if (!previous)
        return reply(previous.error());
    QList<crypto::Sealed> sealed;
    for (const auto& [ref, secret] : items) {
        auto s = sealForVault(ref, secret);
        if (!s)
            return reply(s.error());
        sealed.append(*s);
    }
    const fd::Status st = writeAll(m_store, refs, [&](sqlite3* db, qsizetype i) {
        return rows::writeVaultRow(db, refs[i], sealed[i]);
    });
    if (!st)
        return reply(st);
    // Older copies in the keychain are stale now; removing them is best effort.
    for (qsizetype i = 0; i < refs.size(); ++i) {
        if ((*previous)[i] && (*previous)[i]->backend == Backend::Keychain)
            m_keychain.remove(keychainKey(refs[i]), m_queue, [](fd::Status) {});
    }
    reply({});
}

void SecretStoreImpl::writeKeychainNext(std::shared_ptr<KeychainWrites> writes) {
    if (writes->next == writes->items.size() || writes->failure) {
        // Entries already in the keychain are recorded even after a failure, so they can be
        // read and removed rather than being left there unknown.
        const QList<SecretRef>& done = writes->written;
        const fd::Status st = writeAll(m_store, done, [&](sqlite3* db, qsizetype i) {
            return rows::writeKeychainRow(db, done[i]);
        });
        return writes->reply(writes->failure ? fd::Status(*writes->failure) : st);
    }
    const auto& [ref, secret] = writes->items.at(writes->next);
    m_keychain.write(keychainKey(ref), secret, m_queue, [this, writes](fd::Status st) {
        if (st)
            writes->written.append(writes->items.at(writes->next).first);
        else
            writes->failure = st.error();
        ++writes->next;
        writeKeychainNext(writes);
    });
}

// --- Load -------------------------------------------------------------------------------------

struct SecretStoreImpl::Loading {
    QList<SecretRef> refs;
    QList<std::optional<rows::StoredRef>> stored;
    QList<QByteArray> values;
    std::optional<quint64> generation;
    Reply<Loaded> reply;

    void fail(const fd::Error& error) {
        for (QByteArray& value : values)
            crypto::wipe(value);
        reply(Loaded(error));
    }
};

void SecretStoreImpl::loadNow(QList<SecretRef> refs, Reply<Loaded> reply) {
    if (fd::Status st = checkUsable(refs); !st)
        return reply(Loaded(st.error()));
    auto stored = rows::readRefs(m_store, refs);
    if (!stored)
        return reply(Loaded(stored.error()));
    auto loading = std::make_shared<Loading>();
    loading->refs = std::move(refs);
    loading->stored = std::move(*stored);
    loading->reply = std::move(reply);
    loadNext(loading);
}

void SecretStoreImpl::loadNext(std::shared_ptr<Loading> loading) {
    while (loading->values.size() < loading->refs.size()) {
        const qsizetype i = loading->values.size();
        const SecretRef& ref = loading->refs.at(i);
        const std::optional<rows::StoredRef>& stored = loading->stored.at(i);
        if (!stored) {
            return loading->fail(fd::makeError(
                fd::ErrorKind::NotFound,
                QCoreApplication::translate("fd::secrets", "No secret is stored for %1.")
                    .arg(ref.id())));
        }
        if (stored->backend == Backend::Keychain) {
            m_keychain.read(keychainKey(ref), m_queue,
                            [this, loading, ref](fd::Result<QByteArray> r) {
                                if (!r)
                                    return loading->fail(keychainLoadError(ref, r.error()));
                                loading->values.append(std::move(*r));
                                loadNext(loading);
                            });
            return;
        }
        quint64 generation = 0;
        auto plain = openFromVault(ref, *stored, &generation);
        if (!plain)
            return loading->fail(plain.error());
        if (!loading->generation)
            loading->generation = generation; // a later lock() changes it: delivery checks
        loading->values.append(std::move(*plain));
    }
    loading->reply(Loaded(std::move(loading->values), loading->generation));
}

// --- Remove -----------------------------------------------------------------------------------

struct SecretStoreImpl::Removing {
    QList<SecretRef> refs; // valid ones, with a row
    QList<Backend> backends;
    qsizetype next = 0;
    QList<SecretRef> rowsToDelete;
    QList<SecretFailure> failures;
    std::optional<fd::Error> unreachable; // the keychain stopped answering in this batch
    Reply<QList<SecretFailure>> reply;
};

void SecretStoreImpl::removeNow(QList<SecretRef> refs, Reply<QList<SecretFailure>> reply) {
    auto removing = std::make_shared<Removing>();
    removing->reply = std::move(reply);
    QList<SecretRef> valid;
    for (const SecretRef& ref : refs) {
        if (m_openError)
            removing->failures.append({ref, *m_openError});
        else if (fd::Status st = checkUsable({ref}); !st)
            removing->failures.append({ref, st.error()});
        else
            valid.append(ref);
    }
    auto stored = rows::readRefs(m_store, valid);
    if (!stored) {
        for (const SecretRef& ref : valid)
            removing->failures.append({ref, stored.error()});
        return removing->reply(removing->failures);
    }
    for (qsizetype i = 0; i < valid.size(); ++i) {
        if ((*stored)[i]) { // removing a missing secret is fine
            removing->refs.append(valid[i]);
            removing->backends.append((*stored)[i]->backend);
        }
    }
    removeNext(removing);
}

void SecretStoreImpl::removeNext(std::shared_ptr<Removing> removing) {
    while (removing->next < removing->refs.size()) {
        const SecretRef ref = removing->refs.at(removing->next++);
        // A keychain that is not here (or does not answer) cannot be cleaned from here; the
        // reference still goes, as it always has.
        if (removing->backends.at(removing->next - 1) == Backend::Vault || removing->unreachable) {
            removing->rowsToDelete.append(ref);
            continue;
        }
        m_keychain.remove(keychainKey(ref), m_queue, [this, removing, ref](fd::Status st) {
            if (st || Keychain::isUnreachable(st.error()))
                removing->rowsToDelete.append(ref);
            else
                removing->failures.append({ref, st.error()});
            if (!st && Keychain::isUnreachable(st.error()))
                removing->unreachable = st.error();
            removeNext(removing);
        });
        return;
    }
    const QList<SecretRef>& gone = removing->rowsToDelete;
    const fd::Status st = writeAll(
        m_store, gone, [&](sqlite3* db, qsizetype i) { return rows::deleteRefRow(db, gone[i]); });
    if (!st) {
        for (const SecretRef& ref : gone)
            removing->failures.append({ref, st.error()});
    }
    removing->reply(removing->failures);
}

} // namespace fd::secrets
