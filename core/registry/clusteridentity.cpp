#include "registry/clusteridentity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace fd::registry {

namespace {

// SHA-256 over the DER of subject and issuer: stable across renewals of the same client identity
// and leaks nothing usable (both names are public parts of the certificate anyway).
QByteArray certificateIdentity(const QByteArray& pem) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    if (!bio)
        return {};
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
    if (!cert)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (X509_NAME* name : {X509_get_subject_name(cert.get()), X509_get_issuer_name(cert.get())}) {
        unsigned char* der = nullptr;
        const int len = i2d_X509_NAME(name, &der);
        if (len > 0 && der) {
            hash.addData(QByteArrayView(reinterpret_cast<const char*>(der), len));
            OPENSSL_free(der);
        }
        hash.addData("|");
    }
    return hash.result().toHex();
}

QByteArray hmac(const QByteArray& key, const QByteArray& data) {
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256).toHex();
}

QByteArray sha256Hex(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

QString normalizeServerUrl(const QString& server) {
    QUrl url(server.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return server.trimmed().toLower();
    const QString scheme = url.scheme().toLower();
    int port = url.port();
    if ((scheme == QLatin1String("https") && port == 443) ||
        (scheme == QLatin1String("http") && port == 80))
        port = -1;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString out = scheme + QLatin1String("://") + url.host().toLower();
    if (port > 0)
        out += QLatin1Char(':') + QString::number(port);
    return out + path;
}

QString computeIdentity(const ClusterRecord& record, const ClusterCredentials& credentials,
                        const QByteArray& installKey) {
    const QString server = normalizeServerUrl(record.server());
    const fd::kube::ClusterConnection& c = record.connection;
    const QByteArray user = record.kubeUser.toUtf8();
    QByteArray kind;
    QByteArray digest;
    switch (c.auth) {
    case AuthKind::ClientCert:
        kind = "cert";
        digest = certificateIdentity(credentials.clientCertPem);
        if (digest.isEmpty()) // unreadable certificate: fall back to the user name
            digest = hmac(installKey, "user|" + user);
        break;
    case AuthKind::Token:
        kind = "token";
        digest = hmac(installKey, user + '|' + credentials.token);
        break;
    case AuthKind::Basic:
        kind = "basic";
        digest = hmac(installKey, user + '|' + c.username.toUtf8());
        break;
    case AuthKind::Oidc:
        kind = "oidc";
        digest = hmac(installKey,
                      user + '|' + c.oidc.issuerUrl.toUtf8() + '|' + c.oidc.clientId.toUtf8());
        break;
    case AuthKind::TokenFile:
        kind = "tokenfile";
        digest = hmac(installKey, user + '|' + c.tokenFile.toUtf8());
        break;
    case AuthKind::Exec: {
        kind = "exec";
        // Arguments may hold secrets, so only a keyed digest of them is kept.
        QByteArray material = c.exec.command.toUtf8();
        const QJsonObject config = QJsonDocument::fromJson(credentials.execConfigJson).object();
        const QJsonArray args = config.value(QLatin1String("args")).toArray();
        if (!args.isEmpty()) {
            for (const auto& a : args)
                material += '\0' + a.toString().toUtf8();
        } else {
            for (const auto& a : c.exec.args)
                material += '\0' + a.toUtf8();
        }
        digest = hmac(installKey, material);
        break;
    }
    case AuthKind::None:
        kind = "none";
        digest = sha256Hex(user);
        break;
    }
    return server + QLatin1Char('|') + QString::fromLatin1(kind) + QLatin1Char(':') +
           QString::fromLatin1(digest);
}

} // namespace fd::registry
