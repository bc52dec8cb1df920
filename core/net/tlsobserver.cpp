#include "net/tlsobserver.h"

#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace fd::net {
namespace {

using ObservationPtr = std::shared_ptr<TlsObservation>;

void freeObservation(void*, void* ptr, CRYPTO_EX_DATA*, int, long, void*) {
    delete static_cast<ObservationPtr*>(ptr);
}

int exIndex() {
    static const int index =
        SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, &freeObservation);
    return index;
}

TlsObservation* observationOf(const SSL* ssl) {
    if (!ssl)
        return nullptr;
    auto* holder =
        static_cast<ObservationPtr*>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), exIndex()));
    return holder ? holder->get() : nullptr;
}

TlsObservation* observationOf(X509_STORE_CTX* store) {
    return observationOf(static_cast<const SSL*>(
        X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx())));
}

QByteArray derSha256(X509* cert) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!X509_digest(cert, EVP_sha256(), md, &len))
        return {};
    return QByteArray(reinterpret_cast<const char*>(md), int(len));
}

QByteArray toPem(X509* cert) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || !PEM_write_bio_X509(bio.get(), cert))
        return {};
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

// Records the certificates the server presented (once per handshake), leaf first, and returns
// the leaf's DER SHA-256.
QByteArray recordPeer(TlsObservation* obs, X509_STORE_CTX* store) {
    X509* leaf = X509_STORE_CTX_get0_cert(store);
    if (!leaf)
        return {};
    const QByteArray digest = derSha256(leaf);
    if (obs->leafSha256.isEmpty()) {
        obs->leafSha256 = formatSha256Fingerprint(digest);
        obs->chainPem = toPem(leaf);
        if (STACK_OF(X509)* sent = X509_STORE_CTX_get0_untrusted(store)) {
            for (int i = 0; i < sk_X509_num(sent); ++i) {
                X509* c = sk_X509_value(sent, i);
                if (X509_cmp(c, leaf) != 0)
                    obs->chainPem += toPem(c);
            }
        }
    }
    return digest;
}

int verifyCallback(int preverifyOk, X509_STORE_CTX* store) {
    TlsObservation* obs = observationOf(store);
    if (obs && !preverifyOk && obs->verifyError == 0)
        obs->verifyError = X509_STORE_CTX_get_error(store);
    return preverifyOk; // observe only: the verification itself decides
}

// Replaces OpenSSL's chain verification for the connection. The pinned leaf is accepted as it
// is, whoever issued it and whatever names it carries; any other certificate is verified as usual
// against the pool's CAs and — because libcurl's own host check is off when a pin is set —
// against the expected name as well.
int certVerify(X509_STORE_CTX* store, void*) {
    TlsObservation* obs = observationOf(store);
    if (!obs)
        return X509_verify_cert(store);
    const QByteArray digest = recordPeer(obs, store);
    if (!obs->verify)
        return 1; // insecure: nothing is checked, so nothing is computed
    if (!obs->pin.isEmpty() && digest == obs->pin) {
        obs->pinMatched = true;
        X509_STORE_CTX_set_error(store, X509_V_OK);
        return 1;
    }
    if (!obs->pin.isEmpty() && !obs->pinHost.isEmpty()) {
        X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(store);
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        if (!X509_VERIFY_PARAM_set1_ip_asc(param, obs->pinHost.constData()) &&
            !X509_VERIFY_PARAM_set1_host(param, obs->pinHost.constData(),
                                         size_t(obs->pinHost.size()))) {
            X509_STORE_CTX_set_error(store, X509_V_ERR_HOSTNAME_MISMATCH);
            obs->verifyError = X509_V_ERR_HOSTNAME_MISMATCH;
            return 0;
        }
    }
    return X509_verify_cert(store);
}

void infoCallback(const SSL* ssl, int where, int ret) {
    if (where & SSL_CB_HANDSHAKE_DONE) {
        if (TlsObservation* obs = observationOf(ssl))
            obs->sessionResumed = SSL_session_reused(ssl) == 1;
        return;
    }
    if ((where & SSL_CB_READ_ALERT) != SSL_CB_READ_ALERT || (ret >> 8) != SSL3_AL_FATAL)
        return;
    if (TlsObservation* obs = observationOf(ssl); obs && obs->fatalAlertReceived < 0)
        obs->fatalAlertReceived = ret & 0xff;
}

} // namespace

CURLcode setUpTls(CURL*, void* sslCtx, void* data) {
    auto* ctx = static_cast<SSL_CTX*>(sslCtx);
    auto* setup = static_cast<TlsSetup*>(data);
    // Through an https:// proxy the proxy's context comes first (libcurl connects its filters
    // bottom-up); it keeps libcurl's proxy trust settings.
    if (setup->httpsProxy && setup->contextsSeen++ % 2 == 0)
        return CURLE_OK;
    const ObservationPtr& obs = setup->observation;
    // libcurl makes one SSL_CTX per connection; the ex-data copy keeps the observation alive as
    // long as the connection, and is freed with it.
    if (!SSL_CTX_set_ex_data(ctx, exIndex(), new ObservationPtr(obs)))
        return CURLE_OUT_OF_MEMORY;
    // The pool's store, parsed once: libcurl would parse the CA (or the whole system bundle)
    // again for every connection.
    if (obs->trust)
        SSL_CTX_set1_cert_store(ctx, obs->trust);
    SSL_CTX_set_verify(ctx, SSL_CTX_get_verify_mode(ctx), &verifyCallback);
    SSL_CTX_set_cert_verify_callback(ctx, &certVerify, nullptr);
    SSL_CTX_set_info_callback(ctx, &infoCallback);
    return CURLE_OK;
}

QByteArray parseSha256Fingerprint(const QString& text) {
    QByteArray hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool isHex =
            (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        if (!isHex)
            return {};
        hex += char(u);
    }
    return hex.size() == 64 ? QByteArray::fromHex(hex) : QByteArray();
}

QString formatSha256Fingerprint(const QByteArray& digest) {
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

bool isUnknownCaError(int e) {
    switch (e) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
        return true;
    default:
        return false;
    }
}

bool isNameMismatchError(int e) {
    return e == X509_V_ERR_HOSTNAME_MISMATCH || e == X509_V_ERR_IP_ADDRESS_MISMATCH;
}

bool isClientCertAlert(int alert) {
    switch (alert) {
    case SSL_AD_BAD_CERTIFICATE:
    case SSL_AD_UNSUPPORTED_CERTIFICATE:
    case SSL_AD_CERTIFICATE_REVOKED:
    case SSL_AD_CERTIFICATE_EXPIRED:
    case SSL_AD_CERTIFICATE_UNKNOWN:
    case SSL_AD_UNKNOWN_CA:
    case SSL_AD_ACCESS_DENIED:
    case SSL_AD_CERTIFICATE_REQUIRED:
        return true;
    default:
        return false;
    }
}

QString x509ErrorText(int e) {
    return QString::fromLatin1(X509_verify_cert_error_string(e));
}

} // namespace fd::net
