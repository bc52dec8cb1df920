#pragma once

// An in-memory ClusterCatalog for the list tests: it lets a test set health snapshots and emit
// healthChanged for 2,000 clusters deterministically, which a real refresh cannot. Nothing here
// talks to a cluster (tst_clusters.cpp drives the real registry against the test API server).

#include "registry/clustercatalog.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace fd::test {

class FakeClusterCatalog final : public fd::registry::ClusterCatalog {
public:
    using ClusterId = fd::registry::ClusterId;
    using ClusterRecord = fd::registry::ClusterRecord;

    ClusterId add(ClusterRecord record) {
        record.id = ++m_nextId;
        m_records.insert(record.id, record);
        return record.id;
    }
    void addAndNotify(ClusterRecord record) {
        add(std::move(record));
        Q_EMIT clustersChanged();
    }
    void removeAndNotify(ClusterId id) {
        m_records.remove(id);
        Q_EMIT clustersChanged();
    }
    void setHealth(const QList<ClusterId>& ids, const fd::registry::HealthSnapshot& health) {
        for (ClusterId id : ids)
            m_records[id].health = health;
        Q_EMIT healthChanged(ids);
    }
    void setLocked(const QList<ClusterId>& ids) {
        m_locked = QSet<ClusterId>(ids.begin(), ids.end());
        Q_EMIT healthChanged(ids);
    }

    QList<ClusterRecord> clusters() const override {
        QList<ClusterRecord> out = m_records.values();
        std::sort(out.begin(), out.end(), [](const ClusterRecord& a, const ClusterRecord& b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        return out;
    }
    std::optional<ClusterRecord> cluster(ClusterId id) const override {
        auto it = m_records.find(id);
        return it == m_records.end() ? std::nullopt : std::optional<ClusterRecord>(*it);
    }
    std::optional<ClusterRecord> clusterByName(const QString& name) const override {
        for (const auto& r : m_records)
            if (r.name.compare(name, Qt::CaseInsensitive) == 0)
                return r;
        return std::nullopt;
    }
    bool isNameTaken(const QString& name, ClusterId ignore) const override {
        auto r = clusterByName(name);
        return r && r->id != ignore;
    }
    QString suggestName(const QString& wanted, const QStringList&, ClusterId) const override {
        return wanted + QStringLiteral("-2");
    }
    QList<fd::registry::DataCenter> dataCenters() const override {
        return fd::registry::defaultDataCenters();
    }
    bool needsUnlock(ClusterId id) const override { return m_locked.contains(id); }

private:
    QMap<ClusterId, ClusterRecord> m_records;
    QSet<ClusterId> m_locked;
    ClusterId m_nextId = 0;
};

} // namespace fd::test
