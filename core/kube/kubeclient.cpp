#include "kube/kubeclient.h"

#include "kube/execplugin.h"
#include "kube/kubelog.h"
#include "kube/kubewatch.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
    bool cancelled = false;
    fd::net::RequestId requestId = 0;    // the attempt in flight, 0 between attempts
    QMetaObject::Connection contextGone; // the waiting context's destroyed() → cancel
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

KubeClient::~KubeClient() {
    // Watches are children: stop them while this object is still a KubeClient. QObject's
    // destructor deletes children only after this one has run, and a watch stopping then would
    // call cancel() on a client that is no longer one (UBSan: member call on a destroyed type).
    for (KubeWatch* watch : findChildren<KubeWatch*>(Qt::FindDirectChildrenOnly))
        watch->stop();
}

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

std::shared_ptr<KubeClient::Op> KubeClient::perform(ApiRequest request, RawDone done,
                                                    QObject* context) {
    auto op = std::make_shared<Op>();
    op->request = std::move(request);
    op->done = std::move(done);
    if (context && context != this) {
        // Nobody waits for the answer once the context is gone: stop the transfer (and any
        // retry) instead of letting it run to its end. Queued when the context lives on
        // another thread; disconnected when the request finishes. (Requests the client makes
        // for itself end with it: its destroyed() comes when it is no longer a KubeClient.)
        const std::weak_ptr<Op> weak = op;
        op->contextGone = connect(context, &QObject::destroyed, this, [this, weak] {
            if (const auto o = weak.lock())
                cancel(o);
        });
        op->done = [weak, done = std::move(op->done)](KubeResult<ApiResponse> r) {
            if (const auto o = weak.lock())
                QObject::disconnect(o->contextGone);
            done(std::move(r));
        };
    }
    attempt(op);
    return op;
}

void KubeClient::cancel(const std::shared_ptr<Op>& op) {
    if (!op || op->cancelled)
        return;
    op->cancelled = true;
    QObject::disconnect(op->contextGone);
    if (op->requestId)
        m_http->cancel(op->requestId);
}

void KubeClient::attempt(const std::shared_ptr<Op>& op) {
    authMaterial(op->authRetried, [this, op](KubeResult<AuthMaterial> auth) {
        if (op->cancelled)
            return;
        if (!auth) {
            op->done(auth.error());
            return;
        }
        const ApiRequest& r = op->request;
        const fd::net::Endpoint& endpoint = m_connection.endpoint;
        QUrl url(endpoint.url);
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
        static_cast<fd::net::TlsPolicy&>(req.tls) = endpoint.tls;
        req.tls.clientCertPem = auth->clientCertPem;
        req.tls.clientKeyPem = auth->clientKeyPem;
        req.proxyUrl = endpoint.proxyUrl;
        req.totalTimeoutMs = r.totalTimeoutMs >= 0 ? r.totalTimeoutMs : m_timeoutMs;
        req.idleTimeoutMs = r.idleTimeoutMs;
        req.onData = r.onData;
        req.stream = r.stream;

        op->requestId = m_http->send(std::move(req), this, [this, op](fd::net::Reply reply) {
            op->requestId = 0;
            if (op->cancelled)
                return;
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
        QTimer::singleShot(seconds * 1000, this, [this, op] {
            if (!op->cancelled)
                attempt(op);
        });
        return;
    }
    op->done(std::move(result));
}

void KubeClient::send(ApiRequest request, QObject* context, KubeCallback<ApiResponse> done) {
    auto handoff = std::make_shared<Handoff<KubeResult<ApiResponse>>>(context, std::move(done));
    perform(
        std::move(request), [handoff](KubeResult<ApiResponse> r) { handoff->post(std::move(r)); },
        context);
}

void KubeClient::write(ApiRequest request, QObject* context, KubeCallback<QJsonObject> done) {
    getBodyOf(std::move(request), context,
              decodeWith<QJsonObject>(context, std::move(done),
                                      [](const QByteArray& body) { return parseObject(body); }));
}

void KubeClient::getBodyOf(ApiRequest request, QObject* context,
                           std::function<void(KubeResult<QByteArray>)> done) {
    perform(
        std::move(request),
        [done = std::move(done)](KubeResult<ApiResponse> resp) {
            if (!resp)
                done(resp.error());
            else
                done(std::move(resp->body));
        },
        context);
}

namespace {

QString metaString(const QJsonObject& object, QLatin1String key) {
    return object.value(QLatin1String("metadata")).toObject().value(key).toString();
}

void addWriteQuery(ApiRequest& r, const WriteOptions& o, bool apply) {
    if (o.dryRun)
        r.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    if (!o.fieldManager.isEmpty())
        r.query.addQueryItem(QStringLiteral("fieldManager"),
                             QString::fromLatin1(QUrl::toPercentEncoding(o.fieldManager)));
    if (apply && o.force)
        r.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
}

} // namespace

void KubeClient::create(const ResourceType& type, const QJsonObject& object,
                        const WriteOptions& options, QObject* context,
                        KubeCallback<QJsonObject> done) {
    ApiRequest r;
    r.method = "POST";
    r.path = type.collectionPath(metaString(object, QLatin1String("namespace")));
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    addWriteQuery(r, options, false);
    write(std::move(r), context, std::move(done));
}

void KubeClient::mergePatch(const ResourceType& type, const QString& namespaceName,
                            const QString& name, const QJsonObject& patch,
                            const WriteOptions& options, QObject* context,
                            KubeCallback<QJsonObject> done) {
    ApiRequest r;
    r.method = "PATCH";
    r.path = type.objectPath(namespaceName, name);
    r.contentType = "application/merge-patch+json";
    r.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    addWriteQuery(r, options, false);
    write(std::move(r), context, std::move(done));
}

void KubeClient::jsonPatch(const ResourceType& type, const QString& namespaceName,
                           const QString& name, const QJsonArray& operations,
                           const WriteOptions& options, QObject* context,
                           KubeCallback<QJsonObject> done) {
    ApiRequest r;
    r.method = "PATCH";
    r.path = type.objectPath(namespaceName, name);
    r.contentType = "application/json-patch+json";
    r.body = QJsonDocument(operations).toJson(QJsonDocument::Compact);
    addWriteQuery(r, options, false);
    write(std::move(r), context, std::move(done));
}

void KubeClient::apply(const ResourceType& type, const QJsonObject& object,
                       const WriteOptions& options, QObject* context,
                       KubeCallback<QJsonObject> done) {
    ApiRequest r;
    r.method = "PATCH";
    r.path = type.objectPath(metaString(object, QLatin1String("namespace")),
                             metaString(object, QLatin1String("name")));
    // JSON is YAML: the apply content type takes it as is.
    r.contentType = "application/apply-patch+yaml";
    QJsonObject full = object;
    full.insert(QStringLiteral("apiVersion"), type.apiVersion());
    full.insert(QStringLiteral("kind"), type.kind);
    r.body = QJsonDocument(full).toJson(QJsonDocument::Compact);
    WriteOptions o = options;
    if (o.fieldManager.isEmpty())
        o.fieldManager = QStringLiteral("fleetdeck"); // required for apply
    addWriteQuery(r, o, true);
    write(std::move(r), context, std::move(done));
}

void KubeClient::remove(const ResourceType& type, const QString& namespaceName, const QString& name,
                        const DeleteOptions& options, QObject* context,
                        KubeCallback<QJsonObject> done) {
    ApiRequest r;
    r.method = "DELETE";
    r.path = type.objectPath(namespaceName, name);
    QJsonObject body{{QStringLiteral("kind"), QStringLiteral("DeleteOptions")},
                     {QStringLiteral("apiVersion"), QStringLiteral("v1")}};
    switch (options.propagation) {
    case Propagation::Default:
        break;
    case Propagation::Background:
        body.insert(QStringLiteral("propagationPolicy"), QStringLiteral("Background"));
        break;
    case Propagation::Foreground:
        body.insert(QStringLiteral("propagationPolicy"), QStringLiteral("Foreground"));
        break;
    case Propagation::Orphan:
        body.insert(QStringLiteral("propagationPolicy"), QStringLiteral("Orphan"));
        break;
    }
    if (options.dryRun) {
        r.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
        body.insert(QStringLiteral("dryRun"), QJsonArray{QStringLiteral("All")});
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    write(std::move(r), context, std::move(done));
}

void KubeClient::resolveKind(const QString& group, const QString& version, const QString& kind,
                             QObject* context, KubeCallback<ResourceType> done) {
    const QString key = group + u'/' + version + u'/' + kind;
    auto handoff = std::make_shared<Handoff<KubeResult<ResourceType>>>(context, std::move(done));
    if (const auto it = m_kinds.constFind(key); it != m_kinds.constEnd()) {
        handoff->post(*it);
        return;
    }
    const QString gv = group.isEmpty() ? version : group + u'/' + version;
    QPointer<KubeClient> self(this);
    apiResources(
        gv, this, [self, handoff, key, group, version, kind](KubeResult<ApiResourceList> list) {
            if (!list) {
                handoff->post(list.error());
                return;
            }
            for (const ApiResource& r : list->resources) {
                if (r.kind != kind || r.name.contains(u'/'))
                    continue;
                ResourceType t{group, version, r.name, r.kind, r.namespaced};
                if (self)
                    self->m_kinds.insert(key, t);
                handoff->post(t);
                return;
            }
            handoff->post(
                makeKubeError(KubeErrorCategory::NotFound,
                              tr("The cluster does not serve the kind %1 in %2; install "
                                 "its CRD or check the API version.")
                                  .arg(kind, group.isEmpty() ? version : group + u'/' + version)));
        });
}

void KubeClient::getBody(const QString& path, QObject* context,
                         std::function<void(KubeResult<QByteArray>)> done) {
    ApiRequest r;
    r.path = path;
    getBodyOf(std::move(r), context, std::move(done));
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
    else if (!options.resourceVersion.isEmpty()) // the server refuses it with a continue token
        add(QStringLiteral("resourceVersion"), options.resourceVersion);
    return r;
}

void KubeClient::listRaw(const ResourceType& type, const ListOptions& options, QObject* context,
                         KubeCallback<RawList> done) {
    listOf<QJsonObject>(type, options, context, std::move(done));
}

void KubeClient::getRaw(const ResourceType& type, const QString& namespaceName, const QString& name,
                        QObject* context, KubeCallback<QJsonObject> done) {
    getBody(type.objectPath(namespaceName, name), context,
            decodeWith<QJsonObject>(context, std::move(done),
                                    [](const QByteArray& body) { return parseObject(body); }));
}

void KubeClient::version(QObject* context, KubeCallback<VersionInfo> done) {
    getBody(QStringLiteral("/version"), context,
            decodeWith<VersionInfo>(context, std::move(done), [](const QByteArray& body) {
                return decodeObject<VersionInfo>(body);
            }));
}

void KubeClient::apiVersions(QObject* context, KubeCallback<QStringList> done) {
    getBody(QStringLiteral("/api"), context,
            decodeWith<QStringList>(context, std::move(done),
                                    [](const QByteArray& body) -> KubeResult<QStringList> {
                                        auto json = parseObject(body);
                                        if (!json)
                                            return json.error();
                                        return decodeApiVersions(*json);
                                    }));
}

void KubeClient::apiGroups(QObject* context, KubeCallback<QList<ApiGroup>> done) {
    getBody(QStringLiteral("/apis"), context,
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
    getBody(path, context,
            decodeWith<ApiResourceList>(context, std::move(done), [](const QByteArray& body) {
                return decodeObject<ApiResourceList>(body);
            }));
}

void KubeClient::startWatch(KubeWatch* watch) {
    watch->start();
}

} // namespace fd::kube
