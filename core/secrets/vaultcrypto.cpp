#include "secrets/vaultcrypto.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace fd::secrets::crypto {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::secrets", text);
}

QString opensslDetail() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

fd::Error cryptoError(const QString& detail = opensslDetail()) {
    return fd::makeError(fd::ErrorKind::Internal,
                         tr("The encryption library failed; nothing was changed."), detail);
}

struct CtxDeleter {
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

} // namespace

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipe(void* data, size_t size) {
    OPENSSL_cleanse(data, size);
}

fd::Result<QByteArray> randomBytes(int count) {
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        return cryptoError();
    return out;
}

KdfParams defaultKdfParams() {
    KdfParams params;
    params.n = quint64(1) << 16;
    params.r = 8;
    params.p = 1;
    auto salt = randomBytes(kSaltBytes);
    params.salt = salt ? *salt : QByteArray();
    return params;
}

fd::Status validate(const KdfParams& params) {
    const bool powerOfTwo = params.n >= 2 && (params.n & (params.n - 1)) == 0;
    // Up to N = 2^22 with r = 8 (4 GiB would be absurd; 512 MiB is the ceiling we accept).
    const bool sane = powerOfTwo && params.n <= (quint64(1) << 22) && params.r >= 1 &&
                      params.r <= 32 && params.p >= 1 && params.p <= 16 &&
                      128ull * params.r * params.n <= (quint64(512) << 20) &&
                      params.salt.size() >= kSaltBytes;
    if (!sane) {
        return fd::makeError(fd::ErrorKind::Corrupt,
                             tr("The vault's key-derivation settings are damaged; the vault was "
                                "left untouched."),
                             QStringLiteral("scrypt N=%1 r=%2 p=%3 salt=%4 bytes")
                                 .arg(params.n)
                                 .arg(params.r)
                                 .arg(params.p)
                                 .arg(params.salt.size()));
    }
    return {};
}

fd::Result<QByteArray> deriveKey(const QByteArray& passphrase, const KdfParams& params) {
    if (auto st = validate(params); !st)
        return st.error();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    const quint64 maxmem = 128ull * params.r * (params.n + params.p + 2) + (quint64(1) << 20);
    const int ok = EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()),
                                  reinterpret_cast<const unsigned char*>(params.salt.constData()),
                                  size_t(params.salt.size()), params.n, params.r, params.p, maxmem,
                                  reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()));
    if (ok != 1) {
        wipe(key);
        return cryptoError();
    }
    return key;
}

fd::Result<Sealed> seal(const QByteArray& key, const QByteArray& plaintext, const QByteArray& aad) {
    if (key.size() != kKeyBytes)
        return cryptoError(QStringLiteral("bad key length"));
    auto nonce = randomBytes(kNonceBytes);
    if (!nonce)
        return nonce.error();
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    QByteArray out(plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* n = reinterpret_cast<const unsigned char*>(nonce->constData());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, k, n) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                          reinterpret_cast<const unsigned char*>(aad.constData()),
                          int(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), o, &len,
                          reinterpret_cast<const unsigned char*>(plaintext.constData()),
                          int(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), o + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, o + plaintext.size()) !=
            1) {
        return cryptoError();
    }
    return Sealed{*nonce, out};
}

fd::Result<QByteArray> open(const QByteArray& key, const Sealed& sealed, const QByteArray& aad) {
    if (key.size() != kKeyBytes)
        return cryptoError(QStringLiteral("bad key length"));
    if (sealed.nonce.size() != kNonceBytes || sealed.ciphertext.size() < kTagBytes) {
        return fd::makeError(fd::ErrorKind::Corrupt, tr("An encrypted value is damaged."),
                             QStringLiteral("bad nonce or ciphertext length"));
    }
    const qsizetype bodySize = sealed.ciphertext.size() - kTagBytes;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    QByteArray out(bodySize, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    const auto* c = reinterpret_cast<const unsigned char*>(sealed.ciphertext.constData());
    QByteArray tag = sealed.ciphertext.right(kTagBytes);
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char*>(key.constData()),
                           reinterpret_cast<const unsigned char*>(sealed.nonce.constData())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                          reinterpret_cast<const unsigned char*>(aad.constData()),
                          int(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), o, &len, c, int(bodySize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1) {
        wipe(out);
        return cryptoError();
    }
    if (EVP_DecryptFinal_ex(ctx.get(), o + len, &len) != 1) {
        wipe(out);
        ERR_clear_error();
        return fd::makeError(fd::ErrorKind::Corrupt, tr("An encrypted value is damaged."),
                             QStringLiteral("authentication failed"));
    }
    return out;
}

} // namespace fd::secrets::crypto
