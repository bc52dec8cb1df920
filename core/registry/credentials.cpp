#include "registry/credentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace fd::registry {

namespace {

void cleanse(QByteArray& bytes) {
    // Only wipe buffers we own alone: a shared buffer is still in use by another copy, which
    // wipes it when it goes (copies are made only while a request is being prepared).
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace

ClusterCredentials::~ClusterCredentials() {
    wipe();
}

void ClusterCredentials::wipe() {
    cleanse(token);
    cleanse(clientCertPem);
    cleanse(clientKeyPem);
    cleanse(password);
    cleanse(oidcIdToken);
    cleanse(oidcRefreshToken);
    cleanse(oidcClientSecret);
    cleanse(execConfigJson);
}

bool ClusterCredentials::isEmpty() const {
    return token.isEmpty() && clientCertPem.isEmpty() && clientKeyPem.isEmpty() &&
           password.isEmpty() && oidcIdToken.isEmpty() && oidcRefreshToken.isEmpty() &&
           oidcClientSecret.isEmpty() && execConfigJson.isEmpty();
}

ClusterCredentials takeSecrets(fd::kube::ClusterConnection& c) {
    ClusterCredentials out;
    out.token = std::exchange(c.token, {});
    out.clientCertPem = std::exchange(c.clientCertPem, {});
    out.clientKeyPem = std::exchange(c.clientKeyPem, {});
    out.password = std::exchange(c.password, {});
    out.oidcIdToken = std::exchange(c.oidc.idToken, {});
    out.oidcRefreshToken = std::exchange(c.oidc.refreshToken, {});
    out.oidcClientSecret = std::exchange(c.oidc.clientSecret, {});
    if (!c.exec.args.isEmpty() || !c.exec.env.isEmpty()) {
        QJsonArray env;
        for (const auto& [name, value] : std::as_const(c.exec.env))
            env.append(
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
        out.execConfigJson = QJsonDocument(QJsonObject{{QStringLiteral("args"),
                                                        QJsonArray::fromStringList(c.exec.args)},
                                                       {QStringLiteral("env"), env}})
                                 .toJson(QJsonDocument::Compact);
        c.exec.args.clear();
        c.exec.env.clear();
    }
    return out;
}

fd::kube::ClusterConnection withSecrets(fd::kube::ClusterConnection c,
                                        const ClusterCredentials& s) {
    c.token = s.token;
    c.clientCertPem = s.clientCertPem;
    c.clientKeyPem = s.clientKeyPem;
    c.password = s.password;
    c.oidc.idToken = s.oidcIdToken;
    c.oidc.refreshToken = s.oidcRefreshToken;
    c.oidc.clientSecret = s.oidcClientSecret;
    if (!s.execConfigJson.isEmpty()) {
        const QJsonObject cfg = QJsonDocument::fromJson(s.execConfigJson).object();
        c.exec.args.clear();
        for (const auto& a : cfg.value(QLatin1String("args")).toArray())
            c.exec.args << a.toString();
        c.exec.env.clear();
        for (const auto& v : cfg.value(QLatin1String("env")).toArray())
            c.exec.env.append({v.toObject().value(QLatin1String("name")).toString(),
                               v.toObject().value(QLatin1String("value")).toString()});
    }
    return c;
}

} // namespace fd::registry
