#include "secrets/secretstoreimpl.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcSecrets, "fleetdeck.secrets", QtWarningMsg)

namespace fd::secrets {

using fd::store::Statement;

namespace {

constexpr int kVaultFormat = 1;
const QByteArray kCheckPlaintext = QByteArrayLiteral("fleetdeck vault key check v1");
const QByteArray kCheckAad = QByteArrayLiteral("fleetdeck-vault-check/v1");

QByteArray secretAad(const SecretRef& ref) {
    return QByteArrayLiteral("fleetdeck-secret/v1\n") + ref.id().toUtf8();
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

fd::Status upsertRef(sqlite3* db, const SecretRef& ref, Backend backend) {
    auto stmt = Statement::prepare(
        db, "INSERT INTO secret_refs (id, owner_kind, owner_id, purpose, backend, created_at, "
            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) "
            "ON CONFLICT (id) DO UPDATE SET backend = excluded.backend, "
            "updated_at = excluded.updated_at");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ref.id())
        .bind(2, ref.ownerKind)
        .bind(3, ref.ownerId)
        .bind(4, ref.purpose)
        .bind(5, backendName(backend))
        .bind(6, nowMs());
    return stmt->run();
}

fd::Status writeVaultRow(sqlite3* db, const SecretRef& ref, const crypto::Sealed& sealed) {
    if (auto st = upsertRef(db, ref, Backend::Vault); !st)
        return st;
    auto stmt = Statement::prepare(db, "INSERT OR REPLACE INTO vault_secrets "
                                       "(ref_id, nonce, ciphertext, updated_at) "
                                       "VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ref.id())
        .bindBlob(2, sealed.nonce)
        .bindBlob(3, sealed.ciphertext)
        .bind(4, nowMs());
    return stmt->run();
}

fd::Status writeKeychainRow(sqlite3* db, const SecretRef& ref) {
    if (auto st = upsertRef(db, ref, Backend::Keychain); !st)
        return st;
    auto stmt = Statement::prepare(db, "DELETE FROM vault_secrets WHERE ref_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ref.id());
    return stmt->run();
}

fd::Status deleteRefRow(sqlite3* db, const SecretRef& ref) {
    auto stmt = Statement::prepare(db, "DELETE FROM secret_refs WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ref.id());
    return stmt->run(); // vault_secrets rows go with it (ON DELETE CASCADE)
}

} // namespace

QString wrongPassphraseMessage() {
    return QCoreApplication::translate(
        "fd::secrets", "The passphrase does not open this vault; nothing was changed.");
}

SecretStoreImpl::SecretStoreImpl(fd::store::Store& store, Backend backend, QString reason,
                                 Keychain keychain, QString installId)
    : m_store(store)
    , m_backend(backend)
    , m_reason(std::move(reason))
    , m_keychain(std::move(keychain))
    , m_installId(std::move(installId)) {}

SecretStoreImpl::~SecretStoreImpl() {
    lock();
}

fd::Status SecretStoreImpl::validateRef(const SecretRef& ref) const {
    if (ref.isValid())
        return {};
    return fd::makeError(
        fd::ErrorKind::InvalidInput,
        QCoreApplication::translate("fd::secrets", "\"%1\" is not a secret reference.")
            .arg(ref.id()));
}

fd::Error SecretStoreImpl::lockedError() const {
    return fd::makeError(
        fd::ErrorKind::Locked,
        QCoreApplication::translate(
            "fd::secrets", "The secret vault is locked; unlock it with its passphrase first."));
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
    if (error.kind == fd::ErrorKind::KeyUnavailable) {
        return fd::makeError(
            fd::ErrorKind::KeyUnavailable,
            QCoreApplication::translate(
                "fd::secrets", "The secret %1 is kept in an OS keychain that is not available on "
                               "this computer (was this database copied from another computer?). "
                               "Nothing was deleted; enter the credential again to store it here.")
                .arg(ref.id()),
            error.detail);
    }
    return error;
}

fd::Result<std::optional<SecretStoreImpl::Meta>> SecretStoreImpl::readMeta() const {
    std::optional<Meta> meta;
    const fd::Status st = m_store.read([&](sqlite3* db) -> fd::Status {
        auto stmt = Statement::prepare(
            db, "SELECT format, kdf, kdf_n, kdf_r, kdf_p, salt, check_nonce, check_value, "
                "created_at FROM vault_meta WHERE id = 1");
        if (!stmt)
            return stmt.error();
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if (stmt->columnInt(0) != kVaultFormat || stmt->columnText(1) != QLatin1String("scrypt")) {
            return fd::makeError(fd::ErrorKind::Unsupported,
                                 QCoreApplication::translate(
                                     "fd::secrets",
                                     "The vault was written in a format this Fleetdeck does not "
                                     "read; it was left untouched."),
                                 QStringLiteral("format %1 kdf %2")
                                     .arg(stmt->columnInt(0))
                                     .arg(stmt->columnText(1)));
        }
        Meta m;
        m.params.n = quint64(stmt->columnInt(2));
        m.params.r = quint32(stmt->columnInt(3));
        m.params.p = quint32(stmt->columnInt(4));
        m.params.salt = stmt->columnBlob(5);
        m.check.nonce = stmt->columnBlob(6);
        m.check.ciphertext = stmt->columnBlob(7);
        m.created = stmt->columnTime(8);
        meta = std::move(m);
        return {};
    });
    if (!st)
        return st.error();
    return meta;
}

fd::Result<std::optional<SecretStoreImpl::StoredRef>>
SecretStoreImpl::readRef(const SecretRef& ref) const {
    std::optional<StoredRef> found;
    const fd::Status st = m_store.read([&](sqlite3* db) -> fd::Status {
        auto stmt = Statement::prepare(db, "SELECT r.backend, v.nonce, v.ciphertext "
                                           "FROM secret_refs r "
                                           "LEFT JOIN vault_secrets v ON v.ref_id = r.id "
                                           "WHERE r.id = ?");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, ref.id());
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        StoredRef s;
        s.backend =
            stmt->columnText(0) == QLatin1String("keychain") ? Backend::Keychain : Backend::Vault;
        if (!stmt->isNull(1))
            s.sealed = crypto::Sealed{stmt->columnBlob(1), stmt->columnBlob(2)};
        found = std::move(s);
        return {};
    });
    if (!st)
        return st.error();
    return found;
}

bool SecretStoreImpl::isUnlocked() const {
    if (m_backend == Backend::Keychain)
        return true;
    std::lock_guard guard(m_keyMutex);
    return !m_key.isEmpty();
}

bool SecretStoreImpl::vaultExists() const {
    auto meta = readMeta();
    return meta.ok() && meta->has_value();
}

fd::Status SecretStoreImpl::unlock(const QByteArray& passphrase) {
    if (passphrase.isEmpty()) {
        return fd::makeError(
            fd::ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "fd::secrets", "An empty passphrase cannot protect the vault; enter one."));
    }
    auto meta = readMeta();
    if (!meta)
        return meta.error();
    QByteArray createdKey; // the key derived while creating, so it is not derived twice
    if (!meta->has_value()) {
        // First unlock creates the vault. INSERT OR IGNORE: if another process created it in
        // the meantime, its row wins and the passphrase is checked against it below.
        crypto::KdfParams params = crypto::defaultKdfParams();
        auto key = crypto::deriveKey(passphrase, params);
        if (!key)
            return key.error();
        auto check = crypto::seal(*key, kCheckPlaintext, kCheckAad);
        if (!check) {
            crypto::wipe(*key);
            return check.error();
        }
        const fd::Status st = m_store.writeSync([&](sqlite3* db) -> fd::Status {
            auto stmt = Statement::prepare(
                db, "INSERT OR IGNORE INTO vault_meta (id, format, kdf, kdf_n, kdf_r, kdf_p, "
                    "salt, check_nonce, check_value, created_at) "
                    "VALUES (1, ?, 'scrypt', ?, ?, ?, ?, ?, ?, ?)");
            if (!stmt)
                return stmt.error();
            stmt->bind(1, kVaultFormat)
                .bind(2, qint64(params.n))
                .bind(3, qint64(params.r))
                .bind(4, qint64(params.p))
                .bindBlob(5, params.salt)
                .bindBlob(6, check->nonce)
                .bindBlob(7, check->ciphertext)
                .bind(8, nowMs());
            return stmt->run();
        });
        if (!st) {
            crypto::wipe(*key);
            return st;
        }
        meta = readMeta();
        if (!meta || !meta->has_value()) {
            crypto::wipe(*key);
            return meta ? fd::makeError(fd::ErrorKind::Internal,
                                        QCoreApplication::translate(
                                            "fd::secrets", "The vault could not be created."))
                        : meta.error();
        }
        if ((*meta)->params.salt == params.salt)
            createdKey = std::move(*key);
        else
            crypto::wipe(*key);
        qCInfo(lcSecrets) << "vault created";
    }
    const Meta& m = **meta;
    if (m.check.nonce.size() != crypto::kNonceBytes ||
        m.check.ciphertext.size() != kCheckPlaintext.size() + crypto::kTagBytes) {
        crypto::wipe(createdKey);
        return fd::makeError(fd::ErrorKind::Corrupt,
                             QCoreApplication::translate(
                                 "fd::secrets",
                                 "The vault's key-check value is damaged; the vault was left "
                                 "untouched."));
    }
    fd::Result<QByteArray> key = QByteArray();
    if (!createdKey.isEmpty())
        key = std::move(createdKey);
    else
        key = crypto::deriveKey(passphrase, m.params);
    if (!key)
        return key.error();
    auto opened = crypto::open(*key, m.check, kCheckAad);
    if (!opened || *opened != kCheckPlaintext) {
        crypto::wipe(*key);
        if (opened)
            crypto::wipe(*opened);
        return fd::makeError(fd::ErrorKind::WrongPassphrase, wrongPassphraseMessage());
    }
    {
        std::lock_guard guard(m_keyMutex);
        std::swap(m_key, *key);
    }
    crypto::wipe(*key); // the previous key, if any: wiped outside the lock
    return {};
}

void SecretStoreImpl::lock() {
    QByteArray old;
    {
        std::lock_guard guard(m_keyMutex);
        std::swap(old, m_key);
    }
    const bool wasUnlocked = !old.isEmpty();
    crypto::wipe(old);
    if (wasUnlocked)
        Q_EMIT lockedChanged(true);
}

fd::Result<SecretStoreStatus> SecretStoreImpl::status() const {
    SecretStoreStatus s;
    s.backend = m_backend;
    s.backendReason = m_reason;
    s.unlocked = isUnlocked();
    s.keychainAvailable = m_keychain.probe().ok();
    auto meta = readMeta();
    if (!meta)
        return meta.error();
    if (meta->has_value()) {
        s.vaultCreated = true;
        s.vaultCreatedAt = (*meta)->created;
        s.kdfN = (*meta)->params.n;
        s.kdfR = (*meta)->params.r;
        s.kdfP = (*meta)->params.p;
    }
    const fd::Status st = m_store.read([&](sqlite3* db) -> fd::Status {
        auto n = fd::store::queryInt(db, "SELECT COUNT(*) FROM secret_refs");
        if (!n)
            return n.error();
        s.secretCount = int(*n);
        return {};
    });
    if (!st)
        return st.error();
    return s;
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
                                                      const crypto::Sealed& sealed) const {
    fd::Result<QByteArray> plain = QByteArray();
    {
        std::lock_guard guard(m_keyMutex);
        if (m_key.isEmpty())
            return lockedError();
        plain = crypto::open(m_key, sealed, secretAad(ref));
    }
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

fd::Status SecretStoreImpl::store(const SecretRef& ref, const QByteArray& secret) {
    if (auto st = validateRef(ref); !st)
        return st;
    auto previous = readRef(ref);
    if (!previous)
        return previous.error();
    if (m_backend == Backend::Vault) {
        auto sealed = sealForVault(ref, secret);
        if (!sealed)
            return sealed.error();
        const fd::Status st =
            m_store.writeSync([&](sqlite3* db) { return writeVaultRow(db, ref, *sealed); });
        if (st && previous->has_value() && (*previous)->backend == Backend::Keychain)
            (void)m_keychain.removeSync(keychainKey(ref)); // best effort: the vault copy is current
        return st;
    }
    if (auto st = m_keychain.writeSync(keychainKey(ref), secret); !st)
        return st;
    return m_store.writeSync([&](sqlite3* db) { return writeKeychainRow(db, ref); });
}

fd::Result<QByteArray> SecretStoreImpl::load(const SecretRef& ref) {
    if (auto st = validateRef(ref); !st)
        return st.error();
    auto stored = readRef(ref);
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        return fd::makeError(
            fd::ErrorKind::NotFound,
            QCoreApplication::translate("fd::secrets", "No secret is stored for %1.")
                .arg(ref.id()));
    }
    if ((*stored)->backend == Backend::Keychain) {
        auto r = m_keychain.readSync(keychainKey(ref));
        if (!r)
            return keychainLoadError(ref, r.error());
        return r;
    }
    if (!(*stored)->sealed) {
        return fd::makeError(
            fd::ErrorKind::Corrupt,
            QCoreApplication::translate("fd::secrets",
                                        "The vault has no ciphertext for the secret %1; enter the "
                                        "credential again.")
                .arg(ref.id()));
    }
    return openFromVault(ref, *(*stored)->sealed);
}

fd::Status SecretStoreImpl::remove(const SecretRef& ref) {
    if (auto st = validateRef(ref); !st)
        return st;
    auto stored = readRef(ref);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return {};
    if ((*stored)->backend == Backend::Keychain) {
        const fd::Status st = m_keychain.removeSync(keychainKey(ref));
        // A keychain that is not here cannot be cleaned from here; the reference still goes.
        if (!st && st.error().kind != fd::ErrorKind::KeyUnavailable)
            return st;
    }
    return m_store.writeSync([&](sqlite3* db) { return deleteRefRow(db, ref); });
}

void SecretStoreImpl::storeAsync(const SecretRef& ref, const QByteArray& secret, QObject* context,
                                 std::function<void(fd::Status)> done) {
    auto fail = [context, done](fd::Error e) {
        QTimer::singleShot(0, context, [done, e] { done(e); });
    };
    if (auto st = validateRef(ref); !st)
        return fail(st.error());
    if (m_backend == Backend::Vault) {
        auto sealed = sealForVault(ref, secret);
        if (!sealed)
            return fail(sealed.error());
        m_store.write(
            [ref, sealed = *sealed](sqlite3* db) { return writeVaultRow(db, ref, sealed); },
            context, std::move(done));
        return;
    }
    QPointer<SecretStoreImpl> self(this);
    m_keychain.write(keychainKey(ref), secret, context, [self, ref, context, done](fd::Status st) {
        if (!st || !self)
            return done(st ? fd::Status(fd::makeError(fd::ErrorKind::Cancelled, QString())) : st);
        self->m_store.write([ref](sqlite3* db) { return writeKeychainRow(db, ref); }, context,
                            done);
    });
}

void SecretStoreImpl::loadAsync(const SecretRef& ref, QObject* context,
                                std::function<void(fd::Result<QByteArray>)> done) {
    auto deliver = [context, done](fd::Result<QByteArray> r) {
        QTimer::singleShot(0, context, [done, r]() mutable { done(std::move(r)); });
    };
    auto stored = readRef(ref);
    if (!stored || !stored->has_value() || (*stored)->backend == Backend::Vault)
        return deliver(load(ref)); // the vault path is a read and a decryption: no waiting
    QPointer<SecretStoreImpl> self(this);
    m_keychain.read(keychainKey(ref), context, [self, ref, done](fd::Result<QByteArray> r) {
        if (!r && self)
            return done(self->keychainLoadError(ref, r.error()));
        done(std::move(r));
    });
}

void SecretStoreImpl::removeAsync(const SecretRef& ref, QObject* context,
                                  std::function<void(fd::Status)> done) {
    auto stored = readRef(ref);
    if (!stored || !stored->has_value() || (*stored)->backend == Backend::Vault) {
        if (!stored)
            return QTimer::singleShot(0, context, [done, e = stored.error()] { done(e); });
        m_store.write([ref](sqlite3* db) { return deleteRefRow(db, ref); }, context,
                      std::move(done));
        return;
    }
    QPointer<SecretStoreImpl> self(this);
    m_keychain.remove(keychainKey(ref), context, [self, ref, context, done](fd::Status st) {
        if (!st && st.error().kind != fd::ErrorKind::KeyUnavailable)
            return done(st);
        if (!self)
            return done(fd::makeError(fd::ErrorKind::Cancelled, QString()));
        self->m_store.write([ref](sqlite3* db) { return deleteRefRow(db, ref); }, context, done);
    });
}

} // namespace fd::secrets
