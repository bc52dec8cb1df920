#include "registry/apisession.h"

#include "registry/execcredential.h"

#include "net/httpclient.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <openssl/crypto.h>

namespace fd::registry {

Q_LOGGING_CATEGORY(lcSession, "fd.registry.session")

namespace {

ConnectionCategory categoryOf(const fd::net::NetError& e) {
    using K = fd::net::NetErrorKind;
    switch (e.kind) {
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
        if (e.httpStatus == 401)
            return ConnectionCategory::Unauthorized;
        if (e.httpStatus == 403)
            return ConnectionCategory::Forbidden;
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

// The last certificate of the presented chain (leaf first): the CA to pin for "Trust this CA"
// (the leaf itself for a self-signed server).
QByteArray topOfChain(const QByteArray& chainPem) {
    const QByteArray begin = "-----BEGIN CERTIFICATE-----";
    const qsizetype last = chainPem.lastIndexOf(begin);
    if (last < 0)
        return {};
    return chainPem.mid(last).trimmed() + '\n';
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

struct ApiSession::Pending {
    QHash<quint64, Done> calls; // net request id -> callback
    QList<std::function<void(ApiResult)>> waitingForCredential;
    bool resolving = false;
};

ApiSession::ApiSession(fd::net::HttpClient& http, ClusterRecord record,
                       ClusterCredentials credentials, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_record(std::move(record))
    , m_credentials(std::move(credentials))
    , m_pending(std::make_unique<Pending>()) {}

ApiSession::~ApiSession() {
    for (auto it = m_pending->calls.begin(); it != m_pending->calls.end(); ++it)
        m_http.cancel(it.key());
    m_pending->calls.clear();
    wipe(m_bearer);
    wipe(m_execKeyPem);
}

void ApiSession::cancelAll() {
    const auto calls = std::exchange(m_pending->calls, {});
    for (auto it = calls.begin(); it != calls.end(); ++it)
        m_http.cancel(it.key());
    const auto waiting = std::exchange(m_pending->waitingForCredential, {});
    ApiResult cancelled;
    cancelled.category = ConnectionCategory::Cancelled;
    for (const auto& w : waiting)
        w(cancelled);
    for (auto it = calls.begin(); it != calls.end(); ++it)
        if (it.value())
            it.value()(cancelled);
}

void ApiSession::resolveCredential(std::function<void(ApiResult)> then) {
    ApiResult ok;
    ok.category = ConnectionCategory::Ok;
    if (m_credentialResolved) {
        then(ok);
        return;
    }
    switch (m_record.authKind) {
    case AuthKind::Token:
        m_bearer = m_credentials.token;
        break;
    case AuthKind::TokenFile: {
        // Re-read per session: rotated tokens (projected service-account tokens) just work.
        QFile f(m_record.tokenFile);
        if (!f.open(QIODevice::ReadOnly)) {
            ApiResult r;
            r.category = ConnectionCategory::Unauthorized;
            r.detail = QStringLiteral("token file %1: %2").arg(m_record.tokenFile, f.errorString());
            then(r);
            return;
        }
        m_bearer = f.readAll().trimmed();
        break;
    }
    case AuthKind::AuthProvider:
        m_bearer = m_credentials.oidcIdToken;
        break;
    case AuthKind::Exec: {
        m_pending->waitingForCredential.append(std::move(then));
        if (m_pending->resolving)
            return;
        m_pending->resolving = true;
        ExecSpec exec = m_record.exec;
        if (!m_credentials.execConfigJson.isEmpty()) {
            const QJsonObject cfg = QJsonDocument::fromJson(m_credentials.execConfigJson).object();
            exec.args.clear();
            for (const auto& a : cfg.value(QLatin1String("args")).toArray())
                exec.args << a.toString();
            exec.env.clear();
            for (const auto& e : cfg.value(QLatin1String("env")).toArray())
                exec.env.append({e.toObject().value(QLatin1String("name")).toString(),
                                 e.toObject().value(QLatin1String("value")).toString()});
        }
        runExecPlugin(exec, m_record.server, this, [this](ExecCredentialResult r) {
            m_pending->resolving = false;
            ApiResult result;
            result.category = r.category;
            result.detail = r.detail;
            if (r.category == ConnectionCategory::Ok) {
                m_bearer = r.token;
                m_execCertPem = r.certPem;
                m_execKeyPem = r.keyPem;
                m_credentialResolved = true;
            }
            const auto waiting = std::exchange(m_pending->waitingForCredential, {});
            for (const auto& w : waiting)
                w(result);
        });
        return;
    }
    case AuthKind::None:
    case AuthKind::ClientCert:
    case AuthKind::Basic:
        break;
    }
    m_credentialResolved = true;
    then(ok);
}

void ApiSession::call(const QByteArray& method, const QString& path, const QByteArray& body,
                      Done done, bool authenticated) {
    if (!authenticated) {
        send(method, path, body, std::move(done), false);
        return;
    }
    QPointer<ApiSession> self(this);
    resolveCredential([self, method, path, body, done](ApiResult r) mutable {
        if (!self)
            return;
        if (!r.ok()) {
            if (done)
                done(r);
            return;
        }
        self->send(method, path, body, std::move(done), true);
    });
}

void ApiSession::send(const QByteArray& method, const QString& path, const QByteArray& body,
                      Done done, bool authenticated) {
    fd::net::Request req;
    QString base = m_record.server;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    req.method = method;
    req.url = QUrl(base + path);
    req.headers.append(fd::net::Header{"Accept", "application/json"});
    if (!body.isEmpty()) {
        req.body = body;
        req.headers.append(fd::net::Header{
            "Content-Type", method == "PATCH" ? QByteArray("application/merge-patch+json")
                                              : QByteArray("application/json")});
    }
    req.tls.caPem = m_record.caPem;
    req.tls.serverName = m_record.tlsServerName;
    req.tls.insecure = m_record.insecure;
    req.proxyUrl = m_record.proxyUrl;
    req.totalTimeoutMs = m_timeoutMs;
    req.connectTimeoutMs = std::min(m_timeoutMs, 10000);
    if (authenticated) {
        if (!m_bearer.isEmpty()) {
            req.headers.append(fd::net::Header{"Authorization", QByteArray("Bearer ") + m_bearer});
        } else if (m_record.authKind == AuthKind::Basic) {
            const QByteArray userPass = m_record.username.toUtf8() + ':' + m_credentials.password;
            req.headers.append(
                fd::net::Header{"Authorization", QByteArray("Basic ") + userPass.toBase64()});
        }
        if (m_record.authKind == AuthKind::ClientCert) {
            req.tls.clientCertPem = m_credentials.clientCertPem;
            req.tls.clientKeyPem = m_credentials.clientKeyPem;
        } else if (!m_execCertPem.isEmpty()) {
            req.tls.clientCertPem = m_execCertPem;
            req.tls.clientKeyPem = m_execKeyPem;
        }
    }

    QPointer<ApiSession> self(this);
    auto id = std::make_shared<quint64>(0);
    *id = m_http.send(std::move(req), this, [self, id](fd::net::Reply reply) {
        if (!self)
            return;
        Done cb = self->m_pending->calls.take(*id);
        if (!cb)
            return; // cancelled: already answered
        ApiResult r;
        r.elapsedMs = int(reply.timings.totalMs);
        if (reply.ok()) {
            r.category = ConnectionCategory::Ok;
            r.httpStatus = reply.response.status;
            r.body = std::move(reply.response.body);
        } else {
            const fd::net::NetError& e = reply.error;
            r.category = categoryOf(e);
            r.httpStatus = e.httpStatus;
            r.body = e.body;
            r.detail = e.message;
            r.caFingerprint = e.peerCertSha256;
            r.presentedCaPem = topOfChain(e.peerCertsPem);
        }
        cb(std::move(r));
    });
    m_pending->calls.insert(*id, std::move(done));
}

} // namespace fd::registry
