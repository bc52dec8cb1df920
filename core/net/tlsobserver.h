#pragma once

#include <QByteArray>
#include <QString>

#include <curl/curl.h>

namespace fd::net {

// What the TLS handshake told us beyond libcurl's error code: why verification failed, which
// certificate the server presented, and the fatal alert the server sent (client-cert refusals
// arrive as alerts). Shared between a transfer and the SSL_CTX of its connection, because with
// HTTP/2 a connection can outlive the transfer that opened it.
struct TlsObservation {
    int verifyError = 0;         // first X509_V_ERR_* seen, 0 if the chain verified
    QString leafSha256;          // "AB:CD:…" of the server's leaf certificate
    QByteArray chainPem;         // certificates the server presented, leaf first
    int fatalAlertReceived = -1; // TLS alert description code, -1 if none
};

// CURLOPT_SSL_CTX_FUNCTION; CURLOPT_SSL_CTX_DATA must be a std::shared_ptr<TlsObservation>*.
CURLcode observeTls(CURL* easy, void* sslCtx, void* observation);

bool isUnknownCaError(int x509Error);
bool isNameMismatchError(int x509Error);
// Alerts a server sends when it wants a client certificate or does not accept ours.
bool isClientCertAlert(int alert);
QString x509ErrorText(int x509Error);

} // namespace fd::net
