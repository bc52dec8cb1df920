#pragma once

// SQL for vCenter connections: a row of `vcenter_connections` (name, user) pointing at a row of
// `endpoints` (URL, TLS policy with the "trusted" certificate pin, proxy, and the vault reference
// of the password under purpose "password"). The functions take the sqlite3* that
// Store::read()/write() hands out; writes run inside the writer's transaction.

#include "common/result.h"
#include "store/endpointrepository.h"

#include <QDateTime>
#include <QList>

struct sqlite3;

namespace fd::vsphere::repository {

struct VcenterConnectionRow {
    qint64 id = 0;
    QString name;
    QString userName;
    fd::store::StoredEndpoint endpoint; // endpoint.credentialRefs["password"]: the vault ref
    QDateTime createdAt;
    QDateTime updatedAt;

    QString passwordRef() const {
        return endpoint.credentialRefs.value(QStringLiteral("password"));
    }
};

// Inserts the endpoint and the row; sets id, endpoint.id and the times. A taken name (names are
// case-insensitive) is ErrorKind::InvalidInput with a sentence saying so.
fd::Status insertVcenterConnection(sqlite3* db, VcenterConnectionRow& row);
fd::Status updateVcenterConnection(sqlite3* db, VcenterConnectionRow& row);
// The row and its endpoint (template notes and scale groups go with it).
fd::Status deleteVcenterConnection(sqlite3* db, qint64 id);
fd::Result<QList<VcenterConnectionRow>> loadVcenterConnections(sqlite3* db); // by name

} // namespace fd::vsphere::repository
