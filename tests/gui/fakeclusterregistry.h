#pragma once

// An in-memory ClusterRegistry for the list model tests only: it lets a test set health
// snapshots and emit healthChanged for 2,000 clusters deterministically, which a real refresh
// cannot. Everything that talks to a cluster is out of scope here (tst_clusters.cpp drives the
// real registry against the test API server).

#include "registry/clusterregistry.h"

#include <QMap>
#include <QTimer>

namespace fd::test {

class FakeClusterRegistry final : public fd::registry::ClusterRegistry {
public:
    using ClusterId = fd::registry::ClusterId;
    using ClusterRecord = fd::registry::ClusterRecord;

    fd::Status load() override { return m_loadError ? fd::Status(*m_loadError) : fd::Status(); }
    void setLoadError(std::optional<fd::Error> error) { m_loadError = std::move(error); }

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
    std::optional<ClusterRecord>
    findSameIdentity(const fd::registry::ImportCandidate&) const override {
        return std::nullopt;
    }
    void importClusters(QList<fd::registry::ImportCandidate>, QObject*,
                        std::function<void(QList<fd::registry::ImportOutcome>)>) override {}
    void updateCluster(const ClusterRecord&, std::optional<fd::registry::ClusterCredentials>,
                       QObject*, std::function<void(fd::Status)>) override {}
    fd::registry::CleanupPlan cleanupPlan(ClusterId) const override { return {}; }
    void removeCluster(ClusterId, QObject*,
                       std::function<void(fd::registry::RemoveReport)>) override {}
    QList<fd::registry::DataCenter> dataCenters() const override {
        return fd::registry::defaultDataCenters();
    }
    fd::Status addDataCenter(const fd::registry::DataCenter&) override { return {}; }
    fd::registry::TestId
    testConnection(const fd::registry::ImportCandidate&, QObject*,
                   std::function<void(fd::registry::ConnectionReport)>) override {
        return 0;
    }
    fd::registry::TestId testCluster(ClusterId, QObject*,
                                     std::function<void(fd::registry::ConnectionReport)>) override {
        return 0;
    }
    void cancelTest(fd::registry::TestId) override {}
    void trustCa(ClusterId, const QByteArray&, QObject*, std::function<void(fd::Status)>) override {
    }
    void setRefreshInterval(int) override {}
    int refreshInterval() const override { return 0; }
    void setMaxRequestsInFlight(int) override {}
    void refreshNow(const QList<ClusterId>&) override {}
    bool isRefreshing() const override { return false; }
    void setControlPlane(ClusterId, bool, QObject*, std::function<void(fd::Status)>) override {}
    void join(ClusterId, ClusterId, const fd::registry::JoinOptions&, QObject*,
              std::function<void(fd::registry::JoinReport)>) override {}
    void unjoin(ClusterId, QObject*, std::function<void(fd::registry::JoinReport)>) override {}
    void setReconcileInterval(int) override {}
    int reconcileInterval() const override { return 0; }
    void reconcileNow(QObject*, std::function<void(fd::Status)>) override {}

private:
    QMap<ClusterId, ClusterRecord> m_records;
    ClusterId m_nextId = 0;
    std::optional<fd::Error> m_loadError;
};

} // namespace fd::test
