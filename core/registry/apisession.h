#pragma once

#include "registry/clusterrecord.h"
#include "registry/connectionreport.h"
#include "registry/credentials.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace fd::net {
class HttpClient;
}

namespace fd::registry {

// The answer to one API call, already sorted into the registry's failure categories.
struct ApiResult {
    ConnectionCategory category = ConnectionCategory::Other; // Ok for any 2xx
    int httpStatus = 0;
    QByteArray body;       // for errors: the Status body (Kubernetes errors) or nothing
    QString detail;        // technical detail, never a secret
    QString caFingerprint; // TlsUnknownCa
    QByteArray presentedCaPem;
    int elapsedMs = -1;
    bool ok() const { return category == ConnectionCategory::Ok; }
};

// Requests to one cluster's API server with its resolved connection (server, TLS material,
// proxy) and credential (bearer token from token/tokenFile/exec/OIDC, basic, or client cert).
// Lives on the UI thread; every call is async on the shared HttpClient. The credential is
// resolved once (exec plugins run at most once per session) on the first call.
class ApiSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiSession)

public:
    using Done = std::function<void(ApiResult)>;

    ApiSession(fd::net::HttpClient& http, ClusterRecord record, ClusterCredentials credentials,
               QObject* parent = nullptr);
    ~ApiSession() override;

    // Total budget per request (the connection test uses 15 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // method: GET, POST, PUT, PATCH (merge patch), DELETE; path starts with '/'.
    // `authenticated` false sends no credential (GET /version works anonymously on most servers
    // and tells "reachable" apart from "credential rejected").
    void call(const QByteArray& method, const QString& path, const QByteArray& body, Done done,
              bool authenticated = true);
    void get(const QString& path, Done done) { call("GET", path, {}, std::move(done)); }

    // Cancels every outstanding call; their callbacks receive Cancelled.
    void cancelAll();

    const ClusterRecord& record() const { return m_record; }

private:
    struct Pending;
    void resolveCredential(std::function<void(ApiResult)> then);
    void send(const QByteArray& method, const QString& path, const QByteArray& body, Done done,
              bool authenticated);

    fd::net::HttpClient& m_http;
    ClusterRecord m_record;
    ClusterCredentials m_credentials;
    int m_timeoutMs = 15000;
    bool m_credentialResolved = false;
    QByteArray m_bearer; // resolved bearer token (token, tokenFile, exec, OIDC)
    QByteArray m_execCertPem;
    QByteArray m_execKeyPem;
    std::unique_ptr<Pending> m_pending;
};

} // namespace fd::registry
