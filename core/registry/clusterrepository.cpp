#include "registry/clusterrepository.h"

#include "registry/recordjson.h"
#include "registry/registrytext.h"
#include "store/endpointrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <memory>

namespace fd::registry::repository {

namespace {

struct StmtDeleter {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

fd::Error dbError(sqlite3* db, const char* what) {
    return fd::makeError(fd::ErrorKind::Io,
                         QCoreApplication::translate("fd::registry",
                                                     "The local store could not %1 the cluster "
                                                     "registry.")
                             .arg(QLatin1String(what)),
                         QString::fromUtf8(sqlite3_errmsg(db)));
}

fd::Result<Stmt> prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        return dbError(db, "read");
    return Stmt(s);
}

void bindText(sqlite3_stmt* s, int i, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindJson(sqlite3_stmt* s, int i, const QJsonObject& o) {
    const QByteArray utf8 = QJsonDocument(o).toJson(QJsonDocument::Compact);
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QString columnText(sqlite3_stmt* s, int i) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(s, i)) : QString();
}

QJsonObject columnJson(sqlite3_stmt* s, int i) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
    if (!text)
        return {};
    return QJsonDocument::fromJson(QByteArray(text, sqlite3_column_bytes(s, i))).object();
}

qint64 msecs(const QDateTime& t) {
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
QDateTime fromMsecs(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

namespace {

QJsonObject labelsJson(const ClusterRecord& r) {
    QJsonObject o;
    for (auto it = r.labels.begin(); it != r.labels.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// Binds the columns shared by insert and update, in this order:
// name, endpoint_id, identity, datacenter_id, datacenter_label, gpu_models, labels, context_json,
// karmada_role, karmada_joined, updated_at, zone.
void bindCommon(sqlite3_stmt* s, const ClusterRecord& r) {
    bindText(s, 1, r.name);
    sqlite3_bind_int64(s, 2, r.endpointId);
    bindText(s, 3, r.identity);
    bindText(s, 4, r.datacenter.id);
    bindText(s, 5, r.datacenter.label);
    const QByteArray gpus =
        QJsonDocument(QJsonArray::fromStringList(r.gpuModels)).toJson(QJsonDocument::Compact);
    sqlite3_bind_text(s, 6, gpus.constData(), int(gpus.size()), SQLITE_TRANSIENT);
    bindJson(s, 7, labelsJson(r));
    bindJson(s, 8, metadataToJson(r));
    bindText(s, 9, toString(r.karmadaRole));
    sqlite3_bind_int(s, 10, r.joined ? 1 : 0);
    sqlite3_bind_int64(s, 11,
                       msecs(r.updated.isValid() ? r.updated : QDateTime::currentDateTimeUtc()));
    bindText(s, 12, fd::policy::toString(r.zone));
}

} // namespace

fd::Result<QList<ClusterRecord>> loadClusters(sqlite3* db) {
    auto endpoints = fd::store::loadEndpoints(db);
    if (!endpoints)
        return endpoints.error();
    auto stmt = prepare(db, "SELECT id, name, context_json, health_json, created_at, updated_at, "
                            "endpoint_id, zone FROM clusters ORDER BY name COLLATE NOCASE");
    if (!stmt)
        return stmt.error();
    QList<ClusterRecord> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt->get())) == SQLITE_ROW) {
        sqlite3_stmt* s = stmt->get();
        ClusterRecord r;
        r.id = sqlite3_column_int64(s, 0);
        r.name = columnText(s, 1);
        metadataFromJson(columnJson(s, 2), r);
        r.health = healthFromJson(columnJson(s, 3));
        r.created = fromMsecs(sqlite3_column_int64(s, 4));
        r.updated = fromMsecs(sqlite3_column_int64(s, 5));
        r.endpointId = sqlite3_column_int64(s, 6);
        r.zone = fd::policy::zoneFromString(columnText(s, 7));
        const auto endpoint = endpoints->constFind(r.endpointId);
        if (endpoint != endpoints->constEnd()) {
            r.connection.endpoint = endpoint->endpoint;
            r.secrets = secretRefsFromMap(endpoint->credentialRefs);
        }
        out.append(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return dbError(db, "read");
    return out;
}

namespace {

fd::Status saveEndpoint(sqlite3* db, ClusterRecord& r) {
    if (r.endpointId == 0) {
        auto id = fd::store::insertEndpoint(db, r.connection.endpoint, toMap(r.secrets));
        if (!id)
            return id.error();
        r.endpointId = *id;
        return {};
    }
    return fd::store::updateEndpoint(db, {r.endpointId, r.connection.endpoint, toMap(r.secrets)});
}

} // namespace

fd::Status insertCluster(sqlite3* db, ClusterRecord& r) {
    if (auto st = saveEndpoint(db, r); !st)
        return st;
    auto stmt = prepare(db, "INSERT INTO clusters (name, endpoint_id, identity, datacenter_id, "
                            "datacenter_label, gpu_models, labels, context_json, karmada_role, "
                            "karmada_joined, updated_at, zone, status, last_check, health_json, "
                            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!r.created.isValid())
        r.created = now;
    r.updated = now;
    sqlite3_stmt* s = stmt->get();
    bindCommon(s, r);
    bindText(s, 13, toString(r.health.status));
    if (r.health.lastCheck.isValid())
        sqlite3_bind_int64(s, 14, msecs(r.health.lastCheck));
    else
        sqlite3_bind_null(s, 14);
    bindJson(s, 15, toJson(r.health));
    sqlite3_bind_int64(s, 16, msecs(r.created));
    if (sqlite3_step(s) != SQLITE_DONE)
        return dbError(db, "write");
    r.id = sqlite3_last_insert_rowid(db);
    return {};
}

fd::Status updateCluster(sqlite3* db, ClusterRecord& r) {
    if (auto st = saveEndpoint(db, r); !st)
        return st;
    auto stmt = prepare(db, "UPDATE clusters SET name = ?, endpoint_id = ?, identity = ?, "
                            "datacenter_id = ?, datacenter_label = ?, gpu_models = ?, labels = ?, "
                            "context_json = ?, karmada_role = ?, karmada_joined = ?, "
                            "updated_at = ?, zone = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    sqlite3_stmt* s = stmt->get();
    bindCommon(s, r);
    sqlite3_bind_int64(s, 13, r.id);
    if (sqlite3_step(s) != SQLITE_DONE)
        return dbError(db, "write");
    if (sqlite3_changes(db) != 1)
        return notRegistered();
    return {};
}

fd::Status deleteCluster(sqlite3* db, ClusterId id) {
    auto endpoint = prepare(db, "SELECT endpoint_id FROM clusters WHERE id = ?");
    if (!endpoint)
        return endpoint.error();
    sqlite3_bind_int64(endpoint->get(), 1, id);
    qint64 endpointId = 0;
    if (sqlite3_step(endpoint->get()) == SQLITE_ROW)
        endpointId = sqlite3_column_int64(endpoint->get(), 0);
    auto stmt = prepare(db, "DELETE FROM clusters WHERE id = ?");
    if (!stmt)
        return stmt.error();
    sqlite3_bind_int64(stmt->get(), 1, id);
    if (sqlite3_step(stmt->get()) != SQLITE_DONE)
        return dbError(db, "write");
    return endpointId ? fd::store::deleteEndpoint(db, endpointId) : fd::Status();
}

fd::Status saveHealth(sqlite3* db, const QList<QPair<ClusterId, HealthSnapshot>>& batch) {
    auto stmt = prepare(db, "UPDATE clusters SET health_json = ?, status = ?, last_check = ? "
                            "WHERE id = ?");
    if (!stmt)
        return stmt.error();
    sqlite3_stmt* s = stmt->get();
    for (const auto& [id, health] : batch) {
        sqlite3_reset(s);
        bindJson(s, 1, toJson(health));
        bindText(s, 2, toString(health.status));
        if (health.lastCheck.isValid())
            sqlite3_bind_int64(s, 3, msecs(health.lastCheck));
        else
            sqlite3_bind_null(s, 3);
        sqlite3_bind_int64(s, 4, id);
        if (sqlite3_step(s) != SQLITE_DONE)
            return dbError(db, "write");
    }
    return {};
}

fd::Result<QList<DataCenter>> loadDataCenters(sqlite3* db) {
    auto stmt = prepare(db, "SELECT id, label FROM datacenters ORDER BY label");
    if (!stmt)
        return stmt.error();
    QList<DataCenter> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt->get())) == SQLITE_ROW)
        out.append({columnText(stmt->get(), 0), columnText(stmt->get(), 1)});
    if (rc != SQLITE_DONE)
        return dbError(db, "read");
    return out;
}

fd::Status insertDataCenter(sqlite3* db, const DataCenter& dc) {
    auto stmt = prepare(db, "INSERT INTO datacenters (id, label) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    bindText(stmt->get(), 1, dc.id);
    bindText(stmt->get(), 2, dc.label);
    if (sqlite3_step(stmt->get()) != SQLITE_DONE)
        return dbError(db, "write");
    return {};
}

} // namespace fd::registry::repository
