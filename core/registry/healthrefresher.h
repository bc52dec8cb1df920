#pragma once

#include "registry/clusterrecord.h"
#include "registry/connectionreport.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>

namespace fd::registry {

class ConnectionTest;

// Background health refresh of many clusters: a queue of cluster ids worked off with at most
// `maxRequestsInFlight` HTTP requests outstanding (each test has at most
// ConnectionTest::kMaxParallelRequests), results coalesced into one batch per ~100 ms.
class HealthRefresher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthRefresher)

public:
    // Starts `test` on the cluster (ConnectionTest::start with its client, or failWith when
    // none can be had, e.g. the vault is locked).
    using Runner = std::function<void(ClusterId, ConnectionTest* test)>;
    using Batch = QList<QPair<ClusterId, ConnectionReport>>;

    HealthRefresher(Runner runner, std::function<QList<ClusterId>()> allIds,
                    QObject* parent = nullptr);
    ~HealthRefresher() override;

    void setInterval(int seconds); // 0 stops the periodic refresh
    int interval() const { return m_intervalSeconds; }
    void setMaxRequestsInFlight(int requests);
    void setCoalesceMs(int ms) { m_coalesce.setInterval(ms); }
    void setBudgetMs(int ms) { m_budgetMs = ms; }

    // Queues these clusters (all when empty); a cluster already queued or running is not
    // queued twice.
    void refresh(const QList<ClusterId>& ids = {});
    // Drops a removed cluster from the queue and cancels its running test.
    void forget(ClusterId id);
    bool isRefreshing() const { return !m_queue.empty() || !m_running.isEmpty(); }

Q_SIGNALS:
    void batchReady(const fd::registry::HealthRefresher::Batch& batch);
    void started();
    void finished();

private:
    void pump();
    void onResult(ClusterId id, ConnectionReport report);
    void flush();

    Runner m_runner;
    std::function<QList<ClusterId>()> m_allIds;
    QTimer m_periodic;
    QTimer m_coalesce;
    QTimer m_pumpLater; // continues pump() on the next event-loop turn
    int m_intervalSeconds = 0;
    int m_maxTests = 32;
    int m_budgetMs = 15000;
    std::deque<ClusterId> m_queue;
    QSet<ClusterId> m_queued;
    QHash<ClusterId, ConnectionTest*> m_running;
    Batch m_batch;
    bool m_active = false;
};

} // namespace fd::registry
