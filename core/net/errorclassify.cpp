#include "net/errorclassify.h"

#include <QCoreApplication>

#include <curl/curl.h>

namespace fd::net {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::net::NetError", text);
}

NetErrorKind tlsVerifyKind(const TlsObservation& tls) {
    if (isUnknownCaError(tls.verifyError))
        return NetErrorKind::TlsUnknownCa;
    // libcurl checks the name itself after a chain that verified, so "no X509 error" plus a
    // verification failure means the name did not match.
    if (tls.verifyError == 0 || isNameMismatchError(tls.verifyError))
        return NetErrorKind::TlsNameMismatch;
    return NetErrorKind::TlsOther;
}

NetErrorKind kindOf(const FailureFacts& f) {
    const auto code = CURLcode(f.curlCode);
    if (f.cancelled)
        return NetErrorKind::Cancelled;
    if (f.tooLarge || code == CURLE_FILESIZE_EXCEEDED)
        return NetErrorKind::TooLarge;
    if (code == CURLE_OK)
        return NetErrorKind::HttpStatus;
    if (code == CURLE_OPERATION_TIMEDOUT)
        return NetErrorKind::Timeout;
    if (isClientCertAlert(f.tls.fatalAlertReceived))
        return NetErrorKind::TlsClientCertRejected;
    if (f.viaProxy && (f.proxyConnectStatus >= 300 || code == CURLE_COULDNT_RESOLVE_PROXY ||
                       code == CURLE_COULDNT_CONNECT || code == CURLE_PROXY))
        return NetErrorKind::Proxy;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return NetErrorKind::Dns;
    case CURLE_COULDNT_CONNECT:
        return NetErrorKind::Refused;
    case CURLE_PEER_FAILED_VERIFICATION:
        return tlsVerifyKind(f.tls);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_USE_SSL_FAILED:
        return isUnknownCaError(f.tls.verifyError) ? NetErrorKind::TlsUnknownCa
                                                   : NetErrorKind::TlsOther;
    default:
        return NetErrorKind::Other;
    }
}

} // namespace

QString userMessage(NetErrorKind kind, const QString& host, const FailureFacts& f) {
    switch (kind) {
    case NetErrorKind::Dns:
        return tr("The server name %1 could not be resolved; check the address and your DNS "
                  "settings.")
            .arg(host);
    case NetErrorKind::Refused:
        return tr("Could not connect to %1; check that the server is running and that the "
                  "address and port are right.")
            .arg(host);
    case NetErrorKind::Timeout:
        return tr("%1 did not answer in time; check the network path to it and try again.")
            .arg(host);
    case NetErrorKind::TlsUnknownCa:
        return tr("The certificate of %1 is issued by an unknown authority (SHA-256 %2); trust it "
                  "only after checking the fingerprint with the server's administrator.")
            .arg(host, f.tls.leafSha256);
    case NetErrorKind::TlsNameMismatch:
        return tr("The certificate of %1 is not valid for that name; use a name the certificate "
                  "covers or set the TLS server name.")
            .arg(host);
    case NetErrorKind::TlsClientCertRejected:
        return tr("%1 did not accept the client certificate; check that one is configured, that "
                  "it has not expired and that the server trusts its issuer.")
            .arg(host);
    case NetErrorKind::TlsOther:
        return tr("A secure connection to %1 could not be established; check the TLS settings "
                  "and the details below.")
            .arg(host);
    case NetErrorKind::Proxy:
        return tr("The proxy did not connect us to %1; check the proxy address and that it "
                  "allows this destination.")
            .arg(host);
    case NetErrorKind::HttpStatus:
        return tr("%1 answered with HTTP status %2; see the response for details.")
            .arg(host)
            .arg(f.httpStatus);
    case NetErrorKind::TooLarge:
        return tr("The response from %1 is larger than the limit of %2 MiB and was aborted; "
                  "narrow the request or raise the limit.")
            .arg(host)
            .arg(double(f.sizeLimit) / (1 << 20), 0, 'f', 1);
    case NetErrorKind::Cancelled:
        return tr("The request to %1 was cancelled.").arg(host);
    case NetErrorKind::Other:
        break;
    }
    return tr("The request to %1 failed; see the details below and try again.").arg(host);
}

NetError classify(const FailureFacts& f, const QString& host) {
    NetError e;
    e.kind = kindOf(f);
    e.curlCode = f.curlCode;
    e.httpStatus = f.httpStatus;
    e.message = userMessage(e.kind, host, f);
    QString detail = f.curlDetail;
    if (f.tls.verifyError != 0)
        detail += (detail.isEmpty() ? QString() : QStringLiteral(" — ")) +
                  x509ErrorText(f.tls.verifyError);
    if (detail.isEmpty() && f.curlCode != 0)
        detail = QString::fromLatin1(curl_easy_strerror(CURLcode(f.curlCode)));
    e.detail = detail;
    if (e.kind == NetErrorKind::TlsUnknownCa || e.kind == NetErrorKind::TlsNameMismatch ||
        e.kind == NetErrorKind::TlsOther) {
        e.peerCertSha256 = f.tls.leafSha256;
        e.peerCertsPem = f.tls.chainPem;
    }
    return e;
}

} // namespace fd::net
