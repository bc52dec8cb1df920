#pragma once

// One model deployment as Fleetdeck remembers it (the store's `deployments` table): what was
// asked for (the DeploySpec), where it went (a cluster, or a Karmada control plane whose members
// run it) and which objects were created, so status, delete and the test prompt find them again.

#include "common/result.h"
#include "deploy/deployspec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

struct sqlite3;

namespace fd::deploy {

// "Deployment/llama3-2-1b": the kind and name of one object Fleetdeck created.
struct ObjectRef {
    QString kind;
    QString name;
    QString text() const { return kind + QLatin1Char('/') + name; }
    bool operator==(const ObjectRef&) const = default;
};

struct DeploymentRecord {
    qint64 id = 0;
    QString name;
    QString namespaceName = QStringLiteral("default");
    TargetKind targetKind = TargetKind::Cluster;
    qint64 clusterId = 0; // the cluster, or the Karmada control plane
    QString placementStrategy;
    QString runtimeId;
    QString model;
    DeploySpec spec;
    QList<ObjectRef> objects; // in apply order
    QString status;           // last state seen (instanceStateName), for lists without watches
    QDateTime created;        // UTC
    QDateTime updated;

    bool hasVolume() const; // a PersistentVolumeClaim was created with it
    // {name, namespace, target, cluster (name, given), strategy, runtime, model, objects, created}
    QJsonObject toJson(const QString& clusterName) const;
};

QString targetKindName(TargetKind kind); // "cluster", "karmada"

namespace repository {
// SQL over a connection handed out by Store::read()/write().
fd::Result<QList<DeploymentRecord>> loadDeployments(sqlite3* db);
fd::Result<qint64> insertDeployment(sqlite3* db, const DeploymentRecord& record);
fd::Status updateDeploymentStatus(sqlite3* db, qint64 id, const QString& status);
fd::Status deleteDeployment(sqlite3* db, qint64 id);
} // namespace repository

} // namespace fd::deploy
