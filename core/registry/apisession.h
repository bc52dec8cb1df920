#pragma once

#include "registry/clusterrecord.h"
#include "registry/connectionreport.h"
#include "registry/credentials.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace fd::net {
class HttpClient;
}
namespace fd::kube {
class KubeClient;
struct ClusterConnection;
struct OidcTokens;
} // namespace fd::kube

namespace fd::registry {

// The answer to one API call, already sorted into the registry's failure categories.
struct ApiResult {
    ConnectionCategory category = ConnectionCategory::Other; // Ok for any 2xx
    int httpStatus = 0;
    QByteArray body;       // the response body on success
    QString message;       // errors: Status.message or the client's sentence; never a secret
    QString detail;        // technical detail, never a secret
    QString caFingerprint; // TlsUnknownCa
    QByteArray presentedCaPem;
    int elapsedMs = -1;
    bool ok() const { return category == ConnectionCategory::Ok; }
};

// The connection of a stored (or candidate) record with its secrets, for fd::kube::KubeClient.
// Exec plugins, token files and OIDC are handled there at request time.
fd::kube::ClusterConnection connectionFor(const ClusterRecord& record,
                                          const ClusterCredentials& credentials);

// Requests to one cluster's API server through a fd::kube::KubeClient on the shared HttpClient
// (credentials obtained per request by the client), with the outcome mapped to the registry's
// failure categories. Lives on the UI thread; every call is async.
class ApiSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiSession)

public:
    using Done = std::function<void(ApiResult)>;

    ApiSession(fd::net::HttpClient& http, ClusterRecord record, ClusterCredentials credentials,
               QObject* parent = nullptr);
    ~ApiSession() override;

    // Total budget per request (the connection test uses 15 s).
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }

    // Called with refreshed OIDC tokens (SECRET: for the vault only).
    void setOidcTokensChanged(std::function<void(const fd::kube::OidcTokens&)> callback);

    // method: GET, POST, PUT, PATCH (merge patch), DELETE; path starts with '/' and may carry
    // an already-encoded query ("/api/v1/pods?fieldSelector=...").
    void call(const QByteArray& method, const QString& path, const QByteArray& body, Done done);
    void get(const QString& path, Done done) { call("GET", path, {}, std::move(done)); }

    // Answers every outstanding call with Cancelled now; their late replies are dropped.
    void cancelAll();

    const ClusterRecord& record() const { return m_record; }

private:
    ClusterRecord m_record;
    fd::kube::KubeClient* m_client = nullptr; // child
    // Context of the client's callbacks; replaced on cancelAll() so late replies are dropped.
    QObject* m_replies = nullptr;
    QHash<quint64, Done> m_pending;
    quint64 m_nextCall = 1;
    int m_timeoutMs = 15000;
};

} // namespace fd::registry
