#pragma once

#include <QByteArray>
#include <QString>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <unordered_map>

typedef struct x509_store_st X509_STORE;

namespace fd::net {

struct NetError;
struct Request;

using TrustStore = std::shared_ptr<X509_STORE>;

// Hash of a key that is itself a SHA-256 digest.
struct DigestHash {
    size_t operator()(const QByteArray& digest) const noexcept {
        size_t h = 0;
        memcpy(&h, digest.constData(), qMin(sizeof h, size_t(digest.size())));
        return h;
    }
};

// CA certificates parsed once per client instead of once per connection: OpenSSL 3 takes
// ~170 µs to decode one PEM certificate and ~25 ms to load the system bundle, and libcurl does
// that for every new connection (Debian's libcurl names a CA directory as well as the bundle,
// which also defeats libcurl's own cache of the system store). Stores are shared by the pools
// that use the same CAs and freed with the last of them.
class TrustStores final {
public:
    // `caPem` empty: the system store (libcurl's default CA file or directory). Null with *error
    // set when the PEM holds no certificate.
    TrustStore get(const QByteArray& caPem, QString* error);

private:
    std::unordered_map<QByteArray, std::weak_ptr<X509_STORE>, DigestHash>
        m_stores;        // by SHA-256 of the PEM, while a pool uses it
    TrustStore m_system; // the system bundle (~25–30 ms to parse), kept once parsed
};

// The connections, TLS sessions and DNS answers shared by the transfers of ONE TLS policy (CA,
// server name, insecure, pin, client certificate) in one lane of a client: a libcurl share
// handle. Transfers under another policy use another pool, so a connection — or a resumed
// session, which skips certificate verification — verified under one policy never serves a
// request made under another, whatever libcurl's own reuse rules compare. Destroying the pool
// closes its idle connections and forgets its sessions.
class ConnectionPool final {
public:
    ConnectionPool(TrustStore trust, bool shareSessions);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

    CURLSH* share() const { return m_share; }
    X509_STORE* trust() const { return m_trust.get(); }

    // Transfers attached to the share (a pool is released only when none is).
    void acquire() { ++m_users; }
    void release();
    int users() const { return m_users; }
    qint64 idleSinceMs() const { return m_idleSinceMs; } // monotonic, when the last user left

private:
    CURLSH* m_share = nullptr;
    TrustStore m_trust;
    int m_users = 0;
    qint64 m_idleSinceMs = 0;
};

// The key that separates pools: a digest of everything that decides whom a connection trusts
// and as whom it authenticates. Never stored; the client key enters it only hashed.
QByteArray poolKey(const Request& request);

} // namespace fd::net
