#pragma once

#include "registry/clusterrecord.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace fd::registry {

// What views read of the registered clusters: the records with their last health, the data
// centers, and the signals that say what changed. The cluster list's model and the forms use
// only this, so their tests run against a small in-memory catalog.
class ClusterCatalog : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterCatalog)

public:
    ~ClusterCatalog() override = default;

    virtual QList<ClusterRecord> clusters() const = 0; // ordered by name (case-insensitive)
    virtual std::optional<ClusterRecord> cluster(ClusterId id) const = 0;
    virtual std::optional<ClusterRecord> clusterByName(const QString& name) const = 0;

    // Display names are unique case-insensitively. `ignore` is the record being renamed.
    virtual bool isNameTaken(const QString& name, ClusterId ignore = 0) const = 0;
    // "gpu-a" → "gpu-a" when free, else "gpu-a-2", "gpu-a-3", … (also avoids `reserved`, the
    // names other candidates of the same import already use).
    virtual QString suggestName(const QString& wanted, const QStringList& reserved = {},
                                ClusterId ignore = 0) const = 0;

    virtual QList<DataCenter> dataCenters() const = 0; // defaults + user-added, by label

    // True while this cluster's credentials are in the vault and the vault is locked: nothing
    // can be asked of the cluster until it is unlocked (the list shows "Locked", never a stale
    // or false Unreachable).
    virtual bool needsUnlock(ClusterId id) const = 0;

Q_SIGNALS:
    // Records were added, removed or their metadata changed (not emitted for health alone).
    void clustersChanged();
    // Health snapshots (or the locked state) of these clusters changed; coalesced to at most one
    // emission per ~100 ms.
    void healthChanged(const QList<qint64>& ids);
    void refreshStarted();
    void refreshFinished();
    void dataCentersChanged();

protected:
    explicit ClusterCatalog(QObject* parent = nullptr)
        : QObject(parent) {}
};

} // namespace fd::registry
