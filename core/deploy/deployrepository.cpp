#include "deploy/deployrecord.h"

#include "deploy/deploytext.h"
#include "store/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace fd::deploy {

namespace {

using fd::store::Statement;

qint64 msecs(const QDateTime& t) {
    return t.isValid() ? t.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMsecs(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// A null QString binds SQL NULL; the columns are NOT NULL text.
QString text(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QString objectsJson(const QList<ObjectRef>& objects) {
    QJsonArray array;
    for (const ObjectRef& o : objects)
        array.append(
            QJsonObject{{QStringLiteral("kind"), o.kind}, {QStringLiteral("name"), o.name}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ObjectRef> objectsFromJson(const QString& text) {
    QList<ObjectRef> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.append(
            {o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("name")).toString()});
    }
    return out;
}

} // namespace

bool DeploymentRecord::hasVolume() const {
    for (const ObjectRef& o : objects)
        if (o.kind == QLatin1String("PersistentVolumeClaim"))
            return true;
    return false;
}

QString targetKindName(TargetKind kind) {
    return kind == TargetKind::Karmada ? QStringLiteral("karmada") : QStringLiteral("cluster");
}

QJsonObject DeploymentRecord::toJson(const QString& clusterName) const {
    QJsonArray objs;
    for (const ObjectRef& o : objects)
        objs.append(o.text());
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("namespace"), namespaceName},
                     {QStringLiteral("target"), targetKindName(targetKind)},
                     {QStringLiteral("cluster"), clusterName},
                     {QStringLiteral("runtime"), runtimeId},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("replicas"), spec.replicas},
                     {QStringLiteral("objects"), objs},
                     {QStringLiteral("created"), created.toString(Qt::ISODate)}};
    if (targetKind == TargetKind::Karmada)
        json.insert(QStringLiteral("strategy"), placementStrategy);
    return json;
}

namespace repository {

fd::Result<QList<DeploymentRecord>> loadDeployments(sqlite3* db) {
    auto stmt = Statement::prepare(
        db, "SELECT id, name, namespace, target_kind, cluster_id, placement_strategy, runtime, "
            "model, spec_json, objects_json, status, created_at, updated_at FROM deployments "
            "ORDER BY created_at, id");
    if (!stmt)
        return stmt.error();
    QList<DeploymentRecord> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        DeploymentRecord r;
        r.id = stmt->columnInt(0);
        r.name = stmt->columnText(1);
        r.namespaceName = stmt->columnText(2);
        r.targetKind = stmt->columnText(3) == QLatin1String("karmada") ? TargetKind::Karmada
                                                                       : TargetKind::Cluster;
        r.clusterId = stmt->columnInt(4);
        r.placementStrategy = stmt->columnText(5);
        r.runtimeId = stmt->columnText(6);
        r.model = stmt->columnText(7);
        const auto spec =
            DeploySpec::fromJson(QJsonDocument::fromJson(stmt->columnText(8).toUtf8()).object());
        if (spec)
            r.spec = *spec;
        r.objects = objectsFromJson(stmt->columnText(9));
        r.status = stmt->columnText(10);
        r.created = fromMsecs(stmt->columnInt(11));
        r.updated = fromMsecs(stmt->columnInt(12));
        out.append(std::move(r));
    }
    return out;
}

fd::Result<qint64> insertDeployment(sqlite3* db, const DeploymentRecord& r) {
    auto stmt = Statement::prepare(
        db, "INSERT INTO deployments (name, namespace, target_kind, cluster_id, "
            "placement_strategy, runtime, model, spec_json, objects_json, status, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    const qint64 now = msecs(r.created);
    stmt->bind(1, text(r.name))
        .bind(2, text(r.namespaceName))
        .bind(3, targetKindName(r.targetKind))
        .bind(4, r.clusterId)
        .bind(5, text(r.placementStrategy))
        .bind(6, text(r.runtimeId))
        .bind(7, text(r.model))
        .bind(8, QString::fromUtf8(QJsonDocument(r.spec.toJson()).toJson(QJsonDocument::Compact)))
        .bind(9, objectsJson(r.objects))
        .bind(10, text(r.status))
        .bind(11, now)
        .bind(12, now);
    if (auto st = stmt->run(); !st) {
        if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_UNIQUE)
            return fd::makeError(
                fd::ErrorKind::InvalidInput,
                Text::tr("A deployment named %1 is already recorded; choose another name.")
                    .arg(r.name),
                st.error().detail);
        return st.error();
    }
    return qint64(sqlite3_last_insert_rowid(db));
}

fd::Status updateDeploymentStatus(sqlite3* db, qint64 id, const QString& status) {
    auto stmt =
        Statement::prepare(db, "UPDATE deployments SET status = ?, updated_at = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, text(status)).bind(2, QDateTime::currentMSecsSinceEpoch()).bind(3, id);
    return stmt->run();
}

fd::Status deleteDeployment(sqlite3* db, qint64 id) {
    auto stmt = Statement::prepare(db, "DELETE FROM deployments WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->run();
}

} // namespace repository

} // namespace fd::deploy
