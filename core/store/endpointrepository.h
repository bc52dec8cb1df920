#pragma once

#include "common/result.h"
#include "net/endpoint.h"

#include <QHash>
#include <QMap>
#include <QString>

struct sqlite3;

namespace fd::store {

// One row of the `endpoints` table: where a cluster's API server, a Prometheus or a vCenter is
// and how its certificate is checked (fd::net::Endpoint), plus references into the vault for its
// credentials (purpose -> SecretRef id, e.g. "token", "password"). Owners (clusters,
// prometheus_endpoints, vcenter_connections) point at it with endpoint_id.
struct StoredEndpoint {
    qint64 id = 0;
    fd::net::Endpoint endpoint;
    QMap<QString, QString> credentialRefs;
};

// SQL over a connection handed out by Store::read()/write(); write functions run inside the
// writer's transaction.
fd::Result<qint64> insertEndpoint(sqlite3* db, const fd::net::Endpoint& endpoint,
                                  const QMap<QString, QString>& credentialRefs);
fd::Status updateEndpoint(sqlite3* db, const StoredEndpoint& stored);
fd::Status deleteEndpoint(sqlite3* db, qint64 id);
fd::Result<StoredEndpoint> loadEndpoint(sqlite3* db, qint64 id); // NotFound when absent
fd::Result<QHash<qint64, StoredEndpoint>> loadEndpoints(sqlite3* db);

} // namespace fd::store
