#include "secrets/vaultrows.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QUuid>

#include <sqlite3.h>

namespace fd::secrets::rows {

using fd::store::Statement;

namespace {

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

} // namespace

fd::Result<std::optional<Meta>> readMeta(const fd::store::Store& store) {
    std::optional<Meta> meta;
    const fd::Status st = store.read([&](sqlite3* db) -> fd::Status {
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

fd::Status insertMetaIfAbsent(sqlite3* db, const Meta& meta) {
    auto stmt =
        Statement::prepare(db, "INSERT OR IGNORE INTO vault_meta (id, format, kdf, kdf_n, kdf_r, "
                               "kdf_p, salt, check_nonce, check_value, created_at) "
                               "VALUES (1, ?, 'scrypt', ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kVaultFormat)
        .bind(2, qint64(meta.params.n))
        .bind(3, qint64(meta.params.r))
        .bind(4, qint64(meta.params.p))
        .bindBlob(5, meta.params.salt)
        .bindBlob(6, meta.check.nonce)
        .bindBlob(7, meta.check.ciphertext)
        .bind(8, nowMs());
    return stmt->run();
}

fd::Result<QList<std::optional<StoredRef>>> readRefs(const fd::store::Store& store,
                                                     const QList<SecretRef>& refs) {
    QList<std::optional<StoredRef>> found;
    found.reserve(refs.size());
    const fd::Status st = store.read([&](sqlite3* db) -> fd::Status {
        auto stmt = Statement::prepare(db, "SELECT r.backend, v.nonce, v.ciphertext "
                                           "FROM secret_refs r "
                                           "LEFT JOIN vault_secrets v ON v.ref_id = r.id "
                                           "WHERE r.id = ?");
        if (!stmt)
            return stmt.error();
        for (const SecretRef& ref : refs) {
            stmt->reset();
            stmt->bind(1, ref.id());
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row) {
                found.append(std::nullopt);
                continue;
            }
            StoredRef s;
            s.backend = stmt->columnText(0) == QLatin1String("keychain") ? Backend::Keychain
                                                                         : Backend::Vault;
            if (!stmt->isNull(1))
                s.sealed = crypto::Sealed{stmt->columnBlob(1), stmt->columnBlob(2)};
            found.append(std::move(s));
        }
        return {};
    });
    if (!st)
        return st.error();
    return found;
}

fd::Result<int> countRefs(const fd::store::Store& store) {
    int count = 0;
    const fd::Status st = store.read([&](sqlite3* db) -> fd::Status {
        auto n = fd::store::queryInt(db, "SELECT COUNT(*) FROM secret_refs");
        if (!n)
            return n.error();
        count = int(*n);
        return {};
    });
    if (!st)
        return st.error();
    return count;
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

fd::Result<QString> installId(fd::store::Store& store) {
    const QString key = QStringLiteral("secrets/install_id");
    auto existing = store.setting(key);
    if (existing)
        return *existing;
    if (existing.error().kind != fd::ErrorKind::NotFound)
        return existing.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto st = store.setSettingSync(key, id); !st)
        return st.error();
    return id;
}

} // namespace fd::secrets::rows
