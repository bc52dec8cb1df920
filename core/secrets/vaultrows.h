#pragma once

#include "common/result.h"
#include "secrets/secretref.h"
#include "secrets/vaultcrypto.h"

#include <QDateTime>
#include <QList>

#include <optional>

struct sqlite3;

namespace fd::store {
class Store;
}

// The secret store's rows: vault_meta (the key-derivation parameters and key-check value),
// secret_refs (which backend holds each secret) and vault_secrets (the sealed bytes). Kept apart
// from SecretStoreImpl so the SQL can be read on its own. Called on the secrets thread.
namespace fd::secrets::rows {

constexpr int kVaultFormat = 1;

struct Meta {
    crypto::KdfParams params;
    crypto::Sealed check;
    QDateTime created;
};

struct StoredRef {
    Backend backend = Backend::Vault;
    std::optional<crypto::Sealed> sealed;
};

fd::Result<std::optional<Meta>> readMeta(const fd::store::Store& store);
// Inserts the vault's meta row unless another process created one first (its row then wins).
fd::Status insertMetaIfAbsent(sqlite3* db, const Meta& meta);

// One entry per ref, in order; nullopt where no row exists.
fd::Result<QList<std::optional<StoredRef>>> readRefs(const fd::store::Store& store,
                                                     const QList<SecretRef>& refs);
fd::Result<int> countRefs(const fd::store::Store& store);

fd::Status writeVaultRow(sqlite3* db, const SecretRef& ref, const crypto::Sealed& sealed);
fd::Status writeKeychainRow(sqlite3* db, const SecretRef& ref);
fd::Status deleteRefRow(sqlite3* db, const SecretRef& ref); // its vault row goes with it

// Keychain entries are named per installation, so two data directories on one computer never
// share (or overwrite) each other's entries. Created on first use.
fd::Result<QString> installId(fd::store::Store& store);

} // namespace fd::secrets::rows
