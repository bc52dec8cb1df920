#pragma once

#include "common/result.h"

#include <QByteArray>

// The passphrase vault's cryptography, kept apart from storage so it can be reviewed on its own:
// scrypt turns the passphrase into a 256-bit key; AES-256-GCM with a fresh random 96-bit nonce
// seals each secret, with the secret's reference as additional authenticated data so a
// ciphertext copied onto another reference fails to open.
namespace fd::secrets::crypto {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr int kSaltBytes = 16;

struct KdfParams {
    quint64 n = 0; // CPU/memory cost, a power of two
    quint32 r = 0; // block size
    quint32 p = 0; // parallelism
    QByteArray salt;
};

// N = 2^16, r = 8, p = 1 (64 MiB, a few hundred ms on a desktop) and a fresh random salt.
KdfParams defaultKdfParams();
// Rejects parameters a damaged or hostile database could use to make unlocking hang or exhaust
// memory (Corrupt).
fd::Status validate(const KdfParams& params);

fd::Result<QByteArray> deriveKey(const QByteArray& passphrase, const KdfParams& params);

struct Sealed {
    QByteArray nonce;
    QByteArray ciphertext; // ciphertext followed by the 16-byte GCM tag
};

fd::Result<Sealed> seal(const QByteArray& key, const QByteArray& plaintext, const QByteArray& aad);
// A failed tag check (wrong key, tampered ciphertext, nonce or AAD) is ErrorKind::Corrupt with
// detail "authentication failed"; the caller decides what that means.
fd::Result<QByteArray> open(const QByteArray& key, const Sealed& sealed, const QByteArray& aad);

fd::Result<QByteArray> randomBytes(int count);

// Overwrites the bytes (OPENSSL_cleanse) when this QByteArray is their only owner, then clears.
void wipe(QByteArray& bytes);
void wipe(void* data, size_t size);

} // namespace fd::secrets::crypto
