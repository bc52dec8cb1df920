#include "net/connectionpool.h"

#include "net/netlog.h"
#include "net/request.h"
#include "net/tlsobserver.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>

#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

namespace fd::net {
namespace {

X509_STORE* newStore() {
    X509_STORE* store = X509_STORE_new();
    if (store) {
        // As libcurl sets them: trusted issuers first (legacy cross-signed intermediates), and an
        // intermediate given as the CA is a trust anchor (kubeconfigs that name one).
        X509_STORE_set_flags(store, X509_V_FLAG_TRUSTED_FIRST | X509_V_FLAG_PARTIAL_CHAIN);
    }
    return store;
}

// libcurl's compiled-in default (Debian: /etc/ssl/certs/ca-certificates.crt and /etc/ssl/certs).
QByteArray curlDefault(CURLINFO info) {
    CURL* easy = curl_easy_init();
    if (!easy)
        return {};
    char* value = nullptr;
    QByteArray result;
    if (curl_easy_getinfo(easy, info, &value) == CURLE_OK && value)
        result = value;
    curl_easy_cleanup(easy);
    return result;
}

bool loadSystemCas(X509_STORE* store) {
    static const QByteArray file = curlDefault(CURLINFO_CAINFO);
    static const QByteArray dir = curlDefault(CURLINFO_CAPATH);
    // The bundle alone: Debian builds it from the same certificates as the hashed directory,
    // and a directory lookup per unknown issuer costs file system calls on every failure.
    if (!file.isEmpty() && QFileInfo::exists(QString::fromLocal8Bit(file)))
        return X509_STORE_load_file(store, file.constData()) == 1;
    if (!dir.isEmpty())
        return X509_STORE_load_path(store, dir.constData()) == 1;
    return X509_STORE_set_default_paths(store) == 1;
}

bool loadPem(X509_STORE* store, const QByteArray& pem) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    if (!bio)
        return false;
    STACK_OF(X509_INFO)* infos = PEM_X509_INFO_read_bio(bio.get(), nullptr, nullptr, nullptr);
    if (!infos)
        return false;
    int count = 0;
    for (int i = 0; i < sk_X509_INFO_num(infos); ++i) {
        X509_INFO* info = sk_X509_INFO_value(infos, i);
        if (info->x509 && X509_STORE_add_cert(store, info->x509) == 1)
            ++count;
        if (info->crl && X509_STORE_add_crl(store, info->crl) == 1)
            ++count;
    }
    sk_X509_INFO_pop_free(infos, X509_INFO_free);
    return count > 0;
}

void addField(QCryptographicHash& h, QByteArrayView field) {
    const qint64 size = field.size();
    h.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
    h.addData(field);
}

} // namespace

TrustStore TrustStores::get(const QByteArray& caPem, QString* error) {
    if (caPem.isEmpty() && m_system)
        return m_system;
    const QByteArray key = QCryptographicHash::hash(caPem, QCryptographicHash::Sha256);
    if (const auto it = m_stores.find(key); it != m_stores.end()) {
        if (TrustStore store = it->second.lock())
            return store;
        m_stores.erase(it);
    }
    TrustStore store(newStore(), &X509_STORE_free);
    if (!store) {
        *error = QStringLiteral("out of memory for a certificate store");
        return {};
    }
    if (caPem.isEmpty()) {
        m_system = store; // parsed once for the client's life, not once per pool
        if (!loadSystemCas(store.get()))
            qCWarning(lcNet, "the system CA certificates could not be loaded");
    } else if (!loadPem(store.get(), caPem)) {
        *error = QStringLiteral("the CA data holds no PEM certificate");
        return {};
    }
    // Drop entries whose stores are gone, so a long-lived client does not collect keys.
    for (auto it = m_stores.begin(); it != m_stores.end();)
        it = it->second.expired() ? m_stores.erase(it) : std::next(it);
    m_stores.emplace(key, store);
    return store;
}

ConnectionPool::ConnectionPool(TrustStore trust, bool shareSessions)
    : m_share(curl_share_init())
    , m_trust(std::move(trust)) {
    if (!m_share)
        return;
    // No lock callbacks: a pool belongs to one client, which lives in one thread.
    curl_share_setopt(m_share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
    curl_share_setopt(m_share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    if (shareSessions)
        curl_share_setopt(m_share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
}

void ConnectionPool::release() {
    if (--m_users == 0)
        m_idleSinceMs = QDeadlineTimer::current().deadline();
}

ConnectionPool::~ConnectionPool() {
    if (m_share && curl_share_cleanup(m_share) != CURLSHE_OK)
        qCWarning(lcNet, "a connection pool was still in use when it was released");
}

QByteArray poolKey(const Request& request) {
    const TlsOptions& tls = request.tls;
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, "fleetdeck-pool-1");
    addField(h, request.usesTls() ? "tls" : "plain"); // a plain pool has no trust store
    addField(h, tls.caPem);
    addField(h, tls.serverName.toLower().toUtf8());
    addField(h, tls.insecure ? "insecure" : "verify");
    addField(h, parseSha256Fingerprint(tls.pinnedSha256));
    addField(h, tls.clientCertPem);
    addField(h, tls.clientKeyPem);
    return h.result();
}

} // namespace fd::net
