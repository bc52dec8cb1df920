#pragma once

// Internal: the little the kubeconfig warnings need from a PEM certificate — is the first
// CERTIFICATE block a structurally valid X.509 certificate, and when does it expire — read
// directly from the DER. OpenSSL 3.0's d2i_X509 costs about 170 µs a certificate (it caches
// extensions and fetches a digest under locks), which made 1,000 contexts take 200 ms; this
// takes a few microseconds. TLS itself still goes through OpenSSL/libcurl.

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace fd::kube::detail {

struct PemCertificate {
    QDateTime notAfter; // UTC; invalid if the time could not be read
};

// The first "CERTIFICATE" (or "X509 CERTIFICATE") block of a PEM bundle, other blocks skipped;
// nullopt when there is none or it is not Certificate ::= SEQUENCE { tbsCertificate,
// signatureAlgorithm, signatureValue } with a readable Validity.
std::optional<PemCertificate> firstPemCertificate(const QByteArray& pem);

} // namespace fd::kube::detail
