#include "kube/oidc.h"

#include "kube/kubelog.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace fd::kube {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::kube::Oidc", text);
}

KubeError refreshFailed(const QString& issuer, const QString& why, const QString& detail = {}) {
    return makeKubeError(KubeErrorCategory::OidcRefreshFailed,
                         tr("The OIDC login for this cluster expired and could not be renewed at "
                            "%1 (%2); log in again and re-import the kubeconfig.")
                             .arg(issuer, why),
                         detail);
}

QByteArray formEncode(const QList<QPair<QString, QByteArray>>& fields) {
    QByteArray out;
    for (const auto& [name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out +=
            QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return out;
}

fd::net::Request baseRequest(const OidcConfig& config, const QUrl& url) {
    fd::net::Request r;
    r.url = url;
    r.tls.caPem = config.issuerCaPem;
    r.headers.append({"Accept", "application/json"});
    r.connectTimeoutMs = 10000;
    r.totalTimeoutMs = 30000;
    r.maxResponseBytes = 1 << 20;
    return r;
}

} // namespace

std::optional<QDateTime> jwtExpiry(const QByteArray& jwt) {
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(
        parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!payload)
        return std::nullopt;
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (!exp.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

bool oidcNeedsRefresh(const OidcConfig& config, int skewSeconds) {
    if (config.idToken.isEmpty())
        return true;
    const auto expiry = jwtExpiry(config.idToken);
    if (!expiry)
        return true;
    return QDateTime::currentDateTimeUtc().addSecs(skewSeconds) >= *expiry;
}

void refreshOidcTokens(fd::net::HttpClient& http, const OidcConfig& config, QObject* context,
                       std::function<void(KubeResult<OidcTokens>)> done) {
    const QString issuer = config.issuerUrl;
    if (config.refreshToken.isEmpty() || issuer.isEmpty()) {
        done(refreshFailed(issuer.isEmpty() ? tr("no issuer") : issuer,
                           tr("the kubeconfig has no refresh token")));
        return;
    }
    QString base = issuer;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl discoveryUrl(base + u"/.well-known/openid-configuration");
    qCDebug(lcKube) << "OIDC discovery at" << discoveryUrl.toString();

    http.send(
        baseRequest(config, discoveryUrl), context,
        [&http, config, issuer, context, done = std::move(done)](fd::net::Reply reply) mutable {
            if (!reply.ok()) {
                done(refreshFailed(issuer, reply.error.message, reply.error.detail));
                return;
            }
            const QJsonObject doc = QJsonDocument::fromJson(reply.response.body).object();
            const QUrl tokenEndpoint(doc.value(QLatin1String("token_endpoint")).toString());
            if (!tokenEndpoint.isValid() || tokenEndpoint.isEmpty()) {
                done(refreshFailed(issuer, tr("its discovery document names no token endpoint")));
                return;
            }
            fd::net::Request post = baseRequest(config, tokenEndpoint);
            post.method = "POST";
            post.headers.append({"Content-Type", "application/x-www-form-urlencoded"});
            QList<QPair<QString, QByteArray>> fields{
                {QStringLiteral("grant_type"), "refresh_token"},
                {QStringLiteral("refresh_token"), config.refreshToken},
                {QStringLiteral("client_id"), config.clientId.toUtf8()}};
            if (!config.clientSecret.isEmpty())
                fields.append({QStringLiteral("client_secret"), config.clientSecret});
            post.body = formEncode(fields);
            http.send(std::move(post), context,
                      [config, issuer, done = std::move(done)](fd::net::Reply tokenReply) {
                          if (!tokenReply.ok()) {
                              // The error body of a token endpoint is {"error": "..."}; it
                              // holds no secret, unlike the request.
                              const QJsonObject err =
                                  QJsonDocument::fromJson(tokenReply.error.body).object();
                              const QString code = err.value(QLatin1String("error")).toString();
                              done(refreshFailed(issuer,
                                                 code.isEmpty()
                                                     ? tokenReply.error.message
                                                     : tr("the issuer answered “%1”").arg(code),
                                                 tokenReply.error.detail));
                              return;
                          }
                          const QJsonObject tokens =
                              QJsonDocument::fromJson(tokenReply.response.body).object();
                          OidcTokens out;
                          out.idToken = tokens.value(QLatin1String("id_token")).toString().toUtf8();
                          out.refreshToken =
                              tokens.value(QLatin1String("refresh_token")).toString().toUtf8();
                          if (out.refreshToken.isEmpty())
                              out.refreshToken = config.refreshToken;
                          if (out.idToken.isEmpty()) {
                              done(refreshFailed(issuer, tr("the answer has no id_token")));
                              return;
                          }
                          done(out);
                      });
        });
}

} // namespace fd::kube
