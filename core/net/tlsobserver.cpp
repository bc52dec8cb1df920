#include "net/tlsobserver.h"

#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>
#include <mutex>

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

QString fingerprint(X509* cert) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!X509_digest(cert, EVP_sha256(), md, &len))
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(md), int(len)).toHex(':').toUpper());
}

QByteArray toPem(X509* cert) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || !PEM_write_bio_X509(bio.get(), cert))
        return {};
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

int verifyCallback(int preverifyOk, X509_STORE_CTX* store) {
    const auto* ssl = static_cast<const SSL*>(
        X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    TlsObservation* obs = observationOf(ssl);
    if (!obs)
        return preverifyOk;
    if (obs->leafSha256.isEmpty()) {
        if (X509* leaf = X509_STORE_CTX_get0_cert(store)) {
            obs->leafSha256 = fingerprint(leaf);
            obs->chainPem = toPem(leaf);
            if (STACK_OF(X509)* sent = X509_STORE_CTX_get0_untrusted(store)) {
                for (int i = 0; i < sk_X509_num(sent); ++i) {
                    X509* c = sk_X509_value(sent, i);
                    if (X509_cmp(c, leaf) != 0)
                        obs->chainPem += toPem(c);
                }
            }
        }
    }
    if (!preverifyOk && obs->verifyError == 0)
        obs->verifyError = X509_STORE_CTX_get_error(store);
    return preverifyOk; // observe only: libcurl's verification settings decide
}

void infoCallback(const SSL* ssl, int where, int ret) {
    if ((where & SSL_CB_READ_ALERT) != SSL_CB_READ_ALERT || (ret >> 8) != SSL3_AL_FATAL)
        return;
    if (TlsObservation* obs = observationOf(ssl); obs && obs->fatalAlertReceived < 0)
        obs->fatalAlertReceived = ret & 0xff;
}

} // namespace

CURLcode observeTls(CURL*, void* sslCtx, void* observation) {
    auto* ctx = static_cast<SSL_CTX*>(sslCtx);
    const auto& obs = *static_cast<ObservationPtr*>(observation);
    // libcurl makes one SSL_CTX per connection; the ex-data copy keeps the observation alive as
    // long as the connection, and is freed with it.
    if (!SSL_CTX_set_ex_data(ctx, exIndex(), new ObservationPtr(obs)))
        return CURLE_OUT_OF_MEMORY;
    SSL_CTX_set_verify(ctx, SSL_CTX_get_verify_mode(ctx), &verifyCallback);
    SSL_CTX_set_info_callback(ctx, &infoCallback);
    return CURLE_OK;
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
