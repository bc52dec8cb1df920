#pragma once

#include <QByteArray>
#include <QString>

#include <curl/curl.h>

#include <memory>

typedef struct x509_store_st X509_STORE;

namespace fd::net {

// How one connection's server certificate is checked, and what its handshake told us beyond
// libcurl's error code: why verification failed, which certificate the server presented, and
// the fatal alert the server sent (client-cert refusals arrive as alerts). Shared between a
// transfer and the SSL_CTX of the connection it opens, because with HTTP/2 a connection can
// outlive the transfer that opened it.
struct TlsObservation {
    // --- set before the handshake ---
    bool verify = true;          // false: insecure, accept anything (only when the user asked)
    QByteArray pin;              // 32 bytes: the SHA-256 of the one leaf (DER) trusted as it is
    QByteArray pinHost;          // with a pin, the name a non-pinned certificate must match (host
                                 // or IP literal); libcurl's own host check is off then
    X509_STORE* trust = nullptr; // the CAs to verify against (owned by the connection pool);
                                 // null: libcurl's own trust settings apply

    // --- filled during the handshake ---
    int verifyError = 0;         // first X509_V_ERR_* seen, 0 if the chain verified
    QString leafSha256;          // "AB:CD:…" SHA-256 of the server's leaf certificate (DER)
    QByteArray chainPem;         // certificates the server presented, leaf first
    int fatalAlertReceived = -1; // TLS alert description code, -1 if none
    bool pinMatched = false;     // the leaf was accepted because it is the pinned one
    bool sessionResumed = false; // an earlier TLS session was resumed (no certificate check)
};

// What CURLOPT_SSL_CTX_DATA points to for a transfer.
struct TlsSetup {
    std::shared_ptr<TlsObservation> observation;
    // Through an https:// proxy libcurl sets up two TLS contexts per new connection, the proxy's
    // first; the proxy's keeps libcurl's trust settings and is only observed.
    bool httpsProxy = false;
    int contextsSeen = 0;
};

// CURLOPT_SSL_CTX_FUNCTION; CURLOPT_SSL_CTX_DATA must be a TlsSetup*. Installs the trust store,
// the pin check and the observers on the connection's SSL_CTX.
CURLcode setUpTls(CURL* easy, void* sslCtx, void* setup);

// "AB:CD:…" (case, colons and spaces ignored) → 32 bytes; empty when it is not a SHA-256.
QByteArray parseSha256Fingerprint(const QString& text);
QString formatSha256Fingerprint(const QByteArray& digest);

bool isUnknownCaError(int x509Error);
bool isNameMismatchError(int x509Error);
// Alerts a server sends when it wants a client certificate or does not accept ours.
bool isClientCertAlert(int alert);
QString x509ErrorText(int x509Error);

} // namespace fd::net
