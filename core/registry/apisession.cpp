#include "registry/apisession.h"

#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace fd::registry {

namespace {

ConnectionCategory categoryOf(fd::net::NetErrorKind kind) {
    using K = fd::net::NetErrorKind;
    switch (kind) {
    case K::Dns:
        return ConnectionCategory::Dns;
    case K::Refused:
        return ConnectionCategory::Refused;
    case K::Timeout:
        return ConnectionCategory::Timeout;
    case K::TlsUnknownCa:
        return ConnectionCategory::TlsUnknownCa;
    case K::TlsNameMismatch:
        return ConnectionCategory::TlsNameMismatch;
    case K::TlsClientCertRejected:
        return ConnectionCategory::TlsClientCertRejected;
    case K::TlsOther:
        return ConnectionCategory::TlsOther;
    case K::Proxy:
        return ConnectionCategory::Proxy;
    case K::HttpStatus:
        return ConnectionCategory::HttpStatus;
    case K::TooLarge:
        return ConnectionCategory::MalformedResponse;
    case K::Cancelled:
        return ConnectionCategory::Cancelled;
    case K::Other:
        return ConnectionCategory::Other;
    }
    return ConnectionCategory::Other;
}

ConnectionCategory categoryOf(const fd::kube::KubeError& e) {
    using C = fd::kube::KubeErrorCategory;
    switch (e.category) {
    case C::Network:
        return categoryOf(e.netKind);
    case C::Unauthorized:
        return ConnectionCategory::Unauthorized;
    case C::Forbidden:
        return ConnectionCategory::Forbidden;
    case C::ExecPluginMissing:
        return ConnectionCategory::ExecPluginMissing;
    case C::ExecPluginFailed:
        return ConnectionCategory::ExecPluginFailed;
    case C::OidcRefreshFailed:
        return ConnectionCategory::OidcRefreshFailed;
    case C::MalformedResponse:
        return ConnectionCategory::MalformedResponse;
    case C::Cancelled:
        return ConnectionCategory::Cancelled;
    case C::NotFound:
    case C::Conflict:
    case C::AlreadyExists:
    case C::Invalid:
    case C::TooManyRequests:
    case C::Gone:
    case C::ServerError:
        return ConnectionCategory::HttpStatus;
    }
    return ConnectionCategory::Other;
}

// The last certificate of the presented chain (leaf first): the CA to pin for "Trust this CA"
// (the leaf itself for a self-signed server).
QByteArray topOfChain(const QByteArray& chainPem) {
    const QByteArray begin = "-----BEGIN CERTIFICATE-----";
    const qsizetype last = chainPem.lastIndexOf(begin);
    if (last < 0)
        return {};
    return chainPem.mid(last).trimmed() + '\n';
}

} // namespace

fd::kube::ClusterConnection connectionFor(const ClusterRecord& record,
                                          const ClusterCredentials& credentials) {
    using A = fd::kube::ClusterConnection::Auth;
    fd::kube::ClusterConnection c;
    c.server = record.server;
    c.caPem = record.caPem;
    c.tlsServerName = record.tlsServerName;
    c.insecure = record.insecure;
    c.proxyUrl = record.proxyUrl;
    // Exec credentials are cached per (cluster, user): one entry per saved record.
    if (record.id != 0)
        c.cacheKey = QStringLiteral("registry/%1").arg(record.id);
    switch (record.authKind) {
    case AuthKind::None:
        c.auth = A::None;
        break;
    case AuthKind::Token:
        c.auth = A::Token;
        c.token = credentials.token;
        break;
    case AuthKind::TokenFile:
        c.auth = A::TokenFile;
        c.tokenFile = record.tokenFile;
        break;
    case AuthKind::ClientCert:
        c.auth = A::ClientCert;
        c.clientCertPem = credentials.clientCertPem;
        c.clientKeyPem = credentials.clientKeyPem;
        break;
    case AuthKind::Basic:
        c.auth = A::Basic;
        c.username = record.username;
        c.password = credentials.password;
        break;
    case AuthKind::Exec: {
        c.auth = A::Exec;
        const ExecSpec& e = record.exec;
        c.exec.apiVersion = e.apiVersion;
        c.exec.command = e.command;
        c.exec.args = e.args;
        c.exec.env = e.env;
        c.exec.installHint = e.installHint;
        c.exec.interactiveMode = e.interactiveMode;
        c.exec.provideClusterInfo = e.provideClusterInfo;
        c.exec.pathOverride = e.pathOverride;
        // Saved records keep args and env in the vault (they may carry client secrets).
        if (!credentials.execConfigJson.isEmpty()) {
            const QJsonObject cfg = QJsonDocument::fromJson(credentials.execConfigJson).object();
            c.exec.args.clear();
            for (const auto& a : cfg.value(QLatin1String("args")).toArray())
                c.exec.args << a.toString();
            c.exec.env.clear();
            for (const auto& v : cfg.value(QLatin1String("env")).toArray())
                c.exec.env.append({v.toObject().value(QLatin1String("name")).toString(),
                                   v.toObject().value(QLatin1String("value")).toString()});
        }
        break;
    }
    case AuthKind::AuthProvider:
        c.auth = A::Oidc;
        c.oidc.issuerUrl = record.oidc.issuerUrl;
        c.oidc.clientId = record.oidc.clientId;
        c.oidc.clientSecret = credentials.oidcClientSecret;
        c.oidc.idToken = credentials.oidcIdToken;
        c.oidc.refreshToken = credentials.oidcRefreshToken;
        break;
    }
    return c;
}

ApiSession::ApiSession(fd::net::HttpClient& http, ClusterRecord record,
                       ClusterCredentials credentials, QObject* parent)
    : QObject(parent)
    , m_record(std::move(record))
    , m_client(new fd::kube::KubeClient(connectionFor(m_record, credentials), this, &http))
    , m_replies(new QObject(this)) {
    m_client->setRequestTimeoutMs(m_timeoutMs);
    // A connection test or refresh must not sit in Retry-After waits beyond its budget.
    m_client->setMaxRetries(0);
    credentials.wipe();
}

ApiSession::~ApiSession() = default;

void ApiSession::setTimeoutMs(int ms) {
    m_timeoutMs = ms;
    m_client->setRequestTimeoutMs(ms);
    m_client->setExecTimeoutMs(ms);
}

void ApiSession::setOidcTokensChanged(std::function<void(const fd::kube::OidcTokens&)> callback) {
    m_client->setOidcTokensChanged(std::move(callback));
}

void ApiSession::cancelAll() {
    // The client's late answers go to the old context and are dropped with it.
    delete m_replies;
    m_replies = new QObject(this);
    const auto pending = std::exchange(m_pending, {});
    ApiResult cancelled;
    cancelled.category = ConnectionCategory::Cancelled;
    for (auto it = pending.begin(); it != pending.end(); ++it)
        if (it.value())
            it.value()(cancelled);
}

void ApiSession::call(const QByteArray& method, const QString& path, const QByteArray& body,
                      Done done) {
    fd::kube::ApiRequest req;
    req.method = method;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    req.path = q < 0 ? path : path.left(q);
    if (q >= 0)
        req.query = QUrlQuery(path.mid(q + 1));
    req.body = body;
    if (method == "PATCH")
        req.contentType = "application/merge-patch+json";
    req.totalTimeoutMs = m_timeoutMs;

    const quint64 id = m_nextCall++;
    m_pending.insert(id, std::move(done));
    QElapsedTimer clock;
    clock.start();
    m_client->send(std::move(req), m_replies,
                   [this, id, clock](fd::kube::KubeResult<fd::kube::ApiResponse> r) {
                       Done cb = m_pending.take(id);
                       if (!cb)
                           return;
                       ApiResult result;
                       result.elapsedMs = int(clock.elapsed());
                       if (r.ok()) {
                           result.category = ConnectionCategory::Ok;
                           result.httpStatus = r->status;
                           result.body = std::move(r->body);
                       } else {
                           const fd::kube::KubeError& e = r.error();
                           result.category = categoryOf(e);
                           result.httpStatus = e.httpStatus;
                           result.message = e.message;
                           result.detail = e.detail.isEmpty() ? e.message : e.detail;
                           result.caFingerprint = e.peerCertSha256;
                           result.presentedCaPem = topOfChain(e.peerCertsPem);
                       }
                       cb(std::move(result));
                   });
}

} // namespace fd::registry
