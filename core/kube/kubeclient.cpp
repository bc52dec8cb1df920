#include "kube/kubeclient.h"

#include "kube/execplugin.h"
#include "kube/kubelog.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace fd::kube {

QByteArray ApiResponse::header(QByteArrayView name) const {
    for (const auto& [n, v] : headers)
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

struct KubeClient::Op {
    ApiRequest request;
    RawDone done;
    bool authRetried = false; // a 401 already dropped the credential once
    int throttleRetries = 0;  // 429 retries so far
};

KubeClient::KubeClient(ClusterConnection connection, QObject* parent, fd::net::HttpClient* http)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_http(http)
    , m_exec(new ExecCredentialProvider(this)) {
    if (!m_http) {
        m_ownHttp = std::make_unique<fd::net::HttpClient>();
        m_http = m_ownHttp.get();
    }
}

KubeClient::~KubeClient() = default;

void KubeClient::setExecTimeoutMs(int ms) {
    m_exec->setTimeoutMs(ms);
}

void KubeClient::runOnPool(std::function<void()> fn) {
    QThreadPool::globalInstance()->start(std::move(fn));
}

bool KubeClient::credentialRenewable() const {
    using A = ClusterConnection::Auth;
    return m_connection.auth == A::Exec || m_connection.auth == A::Oidc ||
           m_connection.auth == A::TokenFile;
}

void KubeClient::authMaterial(bool renew, std::function<void(KubeResult<AuthMaterial>)> done) {
    using A = ClusterConnection::Auth;
    const ClusterConnection& c = m_connection;
    AuthMaterial m;
    switch (c.auth) {
    case A::None:
        break;
    case A::Token:
        m.authorization = "Bearer " + c.token;
        break;
    case A::TokenFile: {
        // Re-read on every request: the file's owner (a projected service-account token, a
        // login helper) rotates it in place.
        QFile file(c.tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            done(makeKubeError(KubeErrorCategory::Unauthorized,
                               tr("The token file %1 cannot be read (%2); check that it exists "
                                  "and that Fleetdeck may read it.")
                                   .arg(c.tokenFile, file.errorString())));
            return;
        }
        m.authorization = "Bearer " + file.readAll().trimmed();
        break;
    }
    case A::ClientCert:
        m.clientCertPem = c.clientCertPem;
        m.clientKeyPem = c.clientKeyPem;
        break;
    case A::Basic:
        m.authorization = "Basic " + QByteArray(c.username.toUtf8() + ':' + c.password).toBase64();
        break;
    case A::Exec: {
        const QString key = c.effectiveCacheKey();
        if (renew)
            ExecCredentialProvider::invalidate(key);
        m_exec->credential(key, c.exec, c.execClusterInfo(), this,
                           [done = std::move(done)](KubeResult<ExecCredential> cred) {
                               if (!cred) {
                                   done(cred.error());
                                   return;
                               }
                               AuthMaterial em;
                               if (!cred->token.isEmpty())
                                   em.authorization = "Bearer " + cred->token;
                               em.clientCertPem = cred->clientCertPem;
                               em.clientKeyPem = cred->clientKeyPem;
                               done(std::move(em));
                           });
        return;
    }
    case A::Oidc:
        if (renew || oidcNeedsRefresh(c.oidc)) {
            refreshOidc(std::move(done));
            return;
        }
        m.authorization = "Bearer " + c.oidc.idToken;
        break;
    }
    done(std::move(m));
}

void KubeClient::refreshOidc(std::function<void(KubeResult<AuthMaterial>)> done) {
    // Issuers rotate refresh tokens: concurrent requests share one refresh.
    m_oidcWaiters.append(std::move(done));
    if (m_oidcWaiters.size() > 1)
        return;
    refreshOidcTokens(*m_http, m_connection.oidc, this, [this](KubeResult<OidcTokens> tokens) {
        const auto waiters = std::exchange(m_oidcWaiters, {});
        if (!tokens) {
            for (const auto& w : waiters)
                w(tokens.error());
            return;
        }
        m_connection.oidc.idToken = tokens->idToken;
        m_connection.oidc.refreshToken = tokens->refreshToken;
        qCInfo(lcKube) << "OIDC id-token refreshed";
        if (m_oidcChanged)
            m_oidcChanged(*tokens);
        AuthMaterial m;
        m.authorization = "Bearer " + tokens->idToken;
        for (const auto& w : waiters)
            w(m);
    });
}

void KubeClient::perform(ApiRequest request, RawDone done) {
    auto op = std::make_shared<Op>();
    op->request = std::move(request);
    op->done = std::move(done);
    attempt(op);
}

void KubeClient::attempt(const std::shared_ptr<Op>& op) {
    authMaterial(op->authRetried, [this, op](KubeResult<AuthMaterial> auth) {
        if (!auth) {
            op->done(auth.error());
            return;
        }
        const ApiRequest& r = op->request;
        QUrl url(m_connection.server);
        QString base = url.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        url.setPath(base + r.path);
        if (!r.query.isEmpty())
            url.setQuery(r.query);

        fd::net::Request req;
        req.method = r.method;
        req.url = url;
        req.headers.append({"Accept", r.accept});
        req.headers.append({"User-Agent", "fleetdeck"});
        if (!auth->authorization.isEmpty())
            req.headers.append({"Authorization", auth->authorization});
        if (!r.body.isEmpty() || r.method != "GET") {
            req.headers.append({"Content-Type", r.contentType});
            req.body = r.body;
        }
        req.tls.caPem = m_connection.caPem;
        req.tls.serverName = m_connection.tlsServerName;
        req.tls.insecure = m_connection.insecure;
        req.tls.clientCertPem = auth->clientCertPem;
        req.tls.clientKeyPem = auth->clientKeyPem;
        req.proxyUrl = m_connection.proxyUrl;
        req.totalTimeoutMs = r.totalTimeoutMs >= 0 ? r.totalTimeoutMs : m_timeoutMs;

        m_http->send(std::move(req), this, [this, op](fd::net::Reply reply) {
            if (reply.ok()) {
                ApiResponse resp;
                resp.status = reply.response.status;
                resp.body = std::move(reply.response.body);
                for (const auto& h : std::as_const(reply.response.headers))
                    resp.headers.append({h.name, h.value});
                onReply(op, resp.status, std::move(resp));
                return;
            }
            const QByteArray retryAfter = reply.response.header("Retry-After");
            if (reply.error.kind == fd::net::NetErrorKind::HttpStatus)
                onReply(op, reply.error.httpStatus,
                        errorFromResponse(reply.error.httpStatus, reply.error.body, retryAfter));
            else
                onReply(op, 0, errorFromNet(reply.error, retryAfter));
        });
    });
}

void KubeClient::onReply(const std::shared_ptr<Op>& op, int status,
                         KubeResult<ApiResponse> result) {
    if (status == 401 && !op->authRetried && credentialRenewable()) {
        qCInfo(lcKube) << "401: renewing the credential and retrying once";
        op->authRetried = true;
        attempt(op);
        return;
    }
    if (status == 429 && op->throttleRetries < m_maxRetries) {
        ++op->throttleRetries;
        const int after = result.ok() ? -1 : result.error().retryAfterSeconds;
        // No Retry-After: back off 1 s, 2 s, 4 s...; a long one is capped.
        const int seconds = after >= 0 ? std::min(after, m_maxRetryAfter)
                                       : std::min(1 << (op->throttleRetries - 1), m_maxRetryAfter);
        qCInfo(lcKube) << "429: retrying in" << seconds << "s";
        QTimer::singleShot(seconds * 1000, this, [this, op] { attempt(op); });
        return;
    }
    op->done(std::move(result));
}

void KubeClient::send(ApiRequest request, QObject* context, KubeCallback<ApiResponse> done) {
    auto handoff = std::make_shared<Handoff<KubeResult<ApiResponse>>>(context, std::move(done));
    perform(std::move(request),
            [handoff](KubeResult<ApiResponse> r) { handoff->post(std::move(r)); });
}

void KubeClient::getBody(const QString& path, std::function<void(KubeResult<QByteArray>)> done) {
    ApiRequest r;
    r.path = path;
    perform(std::move(r), [done = std::move(done)](KubeResult<ApiResponse> resp) {
        if (!resp)
            done(resp.error());
        else
            done(std::move(resp->body));
    });
}

ApiRequest KubeClient::listRequest(const ResourceType& type, const ListOptions& options,
                                   const QString& continueToken) {
    ApiRequest r;
    r.path = type.collectionPath(options.namespaceName);
    // Pre-encoded: QUrlQuery leaves '+', '&' and '=' in values for the server to misread.
    auto add = [&r](const QString& name, const QString& value) {
        r.query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!options.labelSelector.isEmpty())
        add(QStringLiteral("labelSelector"), options.labelSelector.toString());
    if (!options.fieldSelector.isEmpty())
        add(QStringLiteral("fieldSelector"), options.fieldSelector.toString());
    if (options.limit > 0)
        add(QStringLiteral("limit"), QString::number(options.limit));
    if (!continueToken.isEmpty())
        add(QStringLiteral("continue"), continueToken);
    return r;
}

void KubeClient::listRaw(const ResourceType& type, const ListOptions& options, QObject* context,
                         KubeCallback<RawList> done) {
    listPaged<RawList>(type, options, context, std::move(done),
                       [](const QByteArray& body) { return decodeRawList(body); });
}

void KubeClient::getRaw(const ResourceType& type, const QString& namespaceName, const QString& name,
                        QObject* context, KubeCallback<QJsonObject> done) {
    getBody(type.objectPath(namespaceName, name),
            decodeWith<QJsonObject>(context, std::move(done),
                                    [](const QByteArray& body) { return parseObject(body); }));
}

void KubeClient::version(QObject* context, KubeCallback<VersionInfo> done) {
    getBody(QStringLiteral("/version"),
            decodeWith<VersionInfo>(context, std::move(done), [](const QByteArray& body) {
                return decodeObject<VersionInfo>(body);
            }));
}

void KubeClient::apiVersions(QObject* context, KubeCallback<QStringList> done) {
    getBody(QStringLiteral("/api"),
            decodeWith<QStringList>(context, std::move(done),
                                    [](const QByteArray& body) -> KubeResult<QStringList> {
                                        auto json = parseObject(body);
                                        if (!json)
                                            return json.error();
                                        return decodeApiVersions(*json);
                                    }));
}

void KubeClient::apiGroups(QObject* context, KubeCallback<QList<ApiGroup>> done) {
    getBody(QStringLiteral("/apis"),
            decodeWith<QList<ApiGroup>>(context, std::move(done),
                                        [](const QByteArray& body) -> KubeResult<QList<ApiGroup>> {
                                            auto json = parseObject(body);
                                            if (!json)
                                                return json.error();
                                            return decodeApiGroups(*json);
                                        }));
}

void KubeClient::apiResources(const QString& groupVersion, QObject* context,
                              KubeCallback<ApiResourceList> done) {
    const QString path =
        (groupVersion.contains(u'/') ? QStringLiteral("/apis/") : QStringLiteral("/api/")) +
        groupVersion;
    getBody(path, decodeWith<ApiResourceList>(context, std::move(done), [](const QByteArray& body) {
                return decodeObject<ApiResourceList>(body);
            }));
}

} // namespace fd::kube
