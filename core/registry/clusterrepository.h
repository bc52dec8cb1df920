#pragma once

#include "common/result.h"
#include "registry/clusterrecord.h"

#include <QList>
#include <QPair>
#include <QStringList>

struct sqlite3;

namespace fd::registry::repository {

// SQL over the store's connections: the functions take the sqlite3* that Store::read() or
// Store::write() hands out (write functions run on the writer thread inside its transaction).
// Rows are the store's `clusters` table (schema step 3 adds identity and health_json, and the
// datacenters table) and each cluster's row of `endpoints` (step 5: URL, TLS policy, proxy and
// the vault references of its credentials): the queryable columns are kept in sync, the rest of
// the metadata is context_json.

fd::Result<QList<ClusterRecord>> loadClusters(sqlite3* db);
// Inserts the endpoint and the cluster; sets record.id and record.endpointId (and
// created/updated when unset).
fd::Status insertCluster(sqlite3* db, ClusterRecord& record);
// Updates metadata, name, identity and the endpoint (not health); inserts the endpoint when the
// record has none yet (and sets record.endpointId).
fd::Status updateCluster(sqlite3* db, ClusterRecord& record);
// Removes the cluster and its endpoint.
fd::Status deleteCluster(sqlite3* db, ClusterId id);
// One statement prepared once for the whole batch.
fd::Status saveHealth(sqlite3* db, const QList<QPair<ClusterId, HealthSnapshot>>& batch);

fd::Result<QList<DataCenter>> loadDataCenters(sqlite3* db);
fd::Status insertDataCenter(sqlite3* db, const DataCenter& dataCenter);

} // namespace fd::registry::repository
