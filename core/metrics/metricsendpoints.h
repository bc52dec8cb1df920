#pragma once

// The Prometheus endpoints Fleetdeck knows, per cluster or shared, persisted in the store
// (`prometheus_endpoints`, with the URL, TLS policy and credential references in `endpoints`)
// and their secrets (basic password, bearer token) in the vault. Two ways in: a URL, or a
// registered cluster's own API server (the service proxy; no address, port or secret of its
// own). Makes the PromClient for an endpoint.

#include "common/result.h"
#include "metrics/alertmanagerclient.h"
#include "metrics/promclient.h"
#include "metrics/serviceproxy.h"
#include "registry/clusterrecord.h"
#include "store/endpointrepository.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;

namespace fd::store {
class Store;
}
namespace fd::secrets {
class SecretStore;
}
namespace fd::net {
class HttpClient;
}
namespace fd::registry {
class ClusterConnections;
}

namespace fd::metrics {

enum class AuthKind { None, Basic, Bearer };
QString authKindName(AuthKind kind); // "none", "basic", "bearer"
std::optional<AuthKind> parseAuthKind(const QString& name);

struct MetricsEndpoint {
    qint64 id = 0;
    QString name;
    std::optional<fd::registry::ClusterId> clusterId; // nullopt: shared by every cluster
    AuthKind auth = AuthKind::None;
    QString username;
    // Set when reached through the cluster's API server (clusterId is then set too).
    std::optional<ServiceRef> service;
    // Set when reached at a URL: where, TLS policy, and the secret's reference
    // (credentialRefs "password" or "token"; an id into the vault, never the secret).
    std::optional<fd::store::StoredEndpoint> endpoint;
    // An optional Alertmanager (its URL and TLS policy; no credential references of its own):
    // reached with this endpoint's credentials when the Prometheus is at a URL, with none when
    // the Prometheus is reached through the API server.
    std::optional<fd::store::StoredEndpoint> alertmanager;

    bool viaApiServer() const { return service.has_value() && !endpoint; }
    // Sets `alertmanager` to `url` with the same CA and verification as the Prometheus URL (a
    // pin names one certificate, so it is not carried over); none when reached through the API
    // server. Call after `endpoint` is set.
    void setAlertmanagerUrl(const QString& url);
};

// SQL over a connection from Store::read()/write(); writes run inside the writer's transaction.
fd::Result<QList<MetricsEndpoint>> loadMetricsEndpoints(sqlite3* db); // by name
// Inserts the endpoint row (when a URL), the Alertmanager's endpoint row (when set) and the
// prometheus_endpoints row; fills in the ids.
fd::Status insertMetricsEndpoint(sqlite3* db, MetricsEndpoint& endpoint);
// Rewrites the row `endpoint.id` and its endpoint rows from `endpoint`, against the row as stored
// now: endpoint rows are updated in place, inserted when new, deleted when gone; fills in the ids.
// NotFound when the row is gone (another process removed it).
fd::Status updateMetricsEndpoint(sqlite3* db, MetricsEndpoint& endpoint);
// Removes the row and its endpoint rows (Prometheus and Alertmanager).
fd::Status deleteMetricsEndpoint(sqlite3* db, const MetricsEndpoint& endpoint);

class MetricsEndpoints final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsEndpoints)

public:
    // All must outlive this object; `connections` may be null (then API-server endpoints cannot
    // be used). Lives on the thread of the HttpClient.
    MetricsEndpoints(fd::store::Store& store, fd::secrets::SecretStore& secrets,
                     fd::net::HttpClient& http, fd::registry::ClusterConnections* connections,
                     QObject* parent = nullptr);
    ~MetricsEndpoints() override;

    // Reads the endpoints from the store on its reader thread (Store::readAsync), then replaces
    // endpoints(), emits changed() and calls done (exactly once, on the context's thread). An add
    // or remove that lands while the read runs triggers another read, so it is not lost.
    void load(QObject* context, std::function<void(fd::Status)> done);
    bool isLoaded() const { return m_loaded; }
    const QList<MetricsEndpoint>& endpoints() const { return m_endpoints; }
    std::optional<MetricsEndpoint> byName(const QString& name) const;

    // Saves a new endpoint: the secret (basic password or bearer token; empty for none and the
    // API-server route) goes to the vault first, then the rows in one transaction; if the rows
    // fail the secret is removed again. The list changes only once both are stored. A taken
    // name fails with InvalidInput; a locked vault with Locked.
    void add(MetricsEndpoint endpoint, QByteArray secret, QObject* context,
             std::function<void(fd::Result<MetricsEndpoint>)> done);
    // Changes a saved endpoint (found by `endpoint.id`): URL, TLS policy, authentication, user,
    // service, Alertmanager, name (still unique). A non-empty `secret` replaces the one in the
    // vault (written first); an empty one keeps the stored secret when the authentication kind
    // is unchanged. The rows are written in one transaction, then memory and changed(); a secret
    // no longer referenced is removed from the vault afterwards. NotFound when there is no such
    // endpoint, InvalidInput for a taken name or a missing secret, Locked for a locked vault.
    void update(MetricsEndpoint endpoint, QByteArray secret, QObject* context,
                std::function<void(fd::Result<MetricsEndpoint>)> done);
    // Removes the rows, then the secret.
    void remove(const QString& name, QObject* context, std::function<void(fd::Status)> done);

    // A client for the endpoint, owned by `parent`. URL endpoints read their secret from the
    // vault for each request (nothing decrypted is kept); API-server endpoints go through the
    // cluster's one connection.
    fd::Result<PromClient*> client(const MetricsEndpoint& endpoint, QObject* parent);
    // A client for an endpoint that is not saved yet (the add dialog's connection test): the
    // same route as client(), with the secret held in memory by this client only while it
    // lives (nothing is written to the vault).
    fd::Result<PromClient*> unsavedClient(const MetricsEndpoint& endpoint, const QByteArray& secret,
                                          QObject* parent);
    // A client for the endpoint's Alertmanager, owned by `parent`; NotFound when it has none.
    // Same credentials as client() for a URL endpoint (read from the vault for each request),
    // none for the API-server route.
    fd::Result<AlertmanagerClient*> alertmanagerClient(const MetricsEndpoint& endpoint,
                                                       QObject* parent);
    // The same for an endpoint that is not saved yet (the add dialog's test); the secret is held
    // in memory by this client only while it lives.
    fd::Result<AlertmanagerClient*> unsavedAlertmanagerClient(const MetricsEndpoint& endpoint,
                                                              const QByteArray& secret,
                                                              QObject* parent);

Q_SIGNALS:
    void changed();

private:
    // Why `endpoint` cannot be saved under its name (taken by another than `self`), if so.
    std::optional<fd::Error> invalid(const MetricsEndpoint& endpoint, qint64 self) const;
    void replaceInMemory(const MetricsEndpoint& saved);
    fd::Result<AuthProvider> vaultAuth(const MetricsEndpoint& endpoint);

    fd::store::Store& m_store;
    fd::secrets::SecretStore& m_secrets;
    fd::net::HttpClient& m_http;
    fd::registry::ClusterConnections* m_connections;
    QList<MetricsEndpoint> m_endpoints;
    bool m_loaded = false;
    quint64 m_changes = 0; // adds and removes in memory: a read that started before is stale
};

} // namespace fd::metrics
