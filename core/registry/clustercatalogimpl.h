#pragma once

#include "common/result.h"
#include "registry/clusterrecord.h"
#include "registry/connectionreport.h"
#include "registry/credentials.h"
#include "registry/importcandidate.h"
#include "registry/karmadatypes.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

struct sqlite3;

namespace fd::store {
class Store;
}

namespace fd::registry {

class CredentialVault;

// The catalog of registered clusters: every record in memory (loaded once), written to the store
// first (on its writer thread) and only then changed in memory and announced; secrets go to the
// vault. Import, update, remove of the local record, data centers, health snapshots. No network.
class ClusterCatalogImpl final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterCatalogImpl)

public:
    ClusterCatalogImpl(fd::store::Store& store, CredentialVault& vault, QObject* parent = nullptr);
    ~ClusterCatalogImpl() override;

    // Blocking read for the CLI and tests (no UI thread there).
    fd::Status load();
    // The same read on the store's reader thread (Store::readAsync); memory changes and the
    // signals fire on this object's thread, then done. A change announced while the read ran
    // (clustersChanged/dataCentersChanged) triggers another read so it is not lost.
    void load(QObject* context, std::function<void(fd::Status)> done);

    const QMap<ClusterId, ClusterRecord>& records() const { return m_records; }
    std::optional<ClusterRecord> find(ClusterId id) const;
    std::optional<ClusterRecord> findByName(const QString& name) const;
    bool isNameTaken(const QString& name, ClusterId ignore) const;
    QString suggestName(const QString& wanted, const QStringList& reserved, ClusterId ignore) const;
    QList<DataCenter> dataCenters() const;

    void matchIdentities(const QList<ImportCandidate>& candidates, QObject* context,
                         std::function<void(fd::Result<QList<std::optional<ClusterId>>>)> done);
    void importClusters(QList<ImportCandidate> candidates, QObject* context,
                        std::function<void(QList<ImportOutcome>)> done);
    void updateCluster(const ClusterRecord& record, std::optional<ClusterCredentials> credentials,
                       QObject* context, std::function<void(fd::Status)> done);
    // Writes `record` as it is (registry-internal changes: Karmada role, pinned certificate…),
    // then applies it. `action`/`detail` go to the audit log with the outcome.
    void saveRecord(const ClusterRecord& record, const QString& action, const QString& detail,
                    QObject* context, std::function<void(fd::Status)> done);
    // Inserts a record made by the registry itself (a cluster found on a Karmada control plane).
    void insertRecord(ClusterRecord record, QObject* context,
                      std::function<void(fd::Result<ClusterRecord>)> done);
    // Removes the record, its endpoint and its secrets. `report` collects what was done.
    void removeLocal(ClusterId id, CleanupReport report, QObject* context,
                     std::function<void(CleanupReport)> done);
    void addDataCenter(const DataCenter& dataCenter, QObject* context,
                       std::function<void(fd::Status)> done);

    // One store write for a batch of health results, then memory and one signal. Reports that
    // say nothing about the cluster (cancelled; the vault is locked) change nothing stored.
    // Stores the snapshots of a batch (one transaction), then updates memory and signals;
    // `applied` runs after that, also when nothing was stored.
    void applyHealth(const QList<QPair<ClusterId, ConnectionReport>>& batch,
                     std::function<void()> applied = {});
    // Health read from a Karmada control plane for a mirrored cluster.
    void setHealth(ClusterId id, const HealthSnapshot& health, std::function<void()> applied = {});

    void audit(const QString& action, const QString& target, const QString& result,
               const QString& detail = {});

Q_SIGNALS:
    void clustersChanged();
    // The connection of this record (endpoint, credentials) may have changed, or it is gone:
    // clients made from the old one must go.
    void connectionChanged(qint64 id);
    void healthChanged(const QList<qint64>& ids);
    void dataCentersChanged();

private:
    struct Stored {
        QList<ClusterRecord> records;
        QList<DataCenter> dataCenters;
    };
    static fd::Result<Stored> readStored(sqlite3* db);
    void applyStored(Stored stored);
    quint64 m_changes = 0; // announced changes: a read that started before one is stale

    struct Import;
    void importNext(const std::shared_ptr<Import>& job);
    void finishImport(const std::shared_ptr<Import>& job, ImportOutcome outcome,
                      const std::optional<ClusterRecord>& saved);

    fd::store::Store& m_store;
    CredentialVault& m_vault;
    QMap<ClusterId, ClusterRecord> m_records;
    QList<DataCenter> m_dataCenters;
};

// The snapshot a report leaves: on success what it found, on failure the last known facts with
// the status Unreachable and the sentence.
HealthSnapshot snapshotFrom(const ConnectionReport& report, const HealthSnapshot& previous);

} // namespace fd::registry
