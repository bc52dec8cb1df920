#pragma once

#include "registry/connectionreport.h"
#include "registry/healthsummary.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace fd::kube {
class KubeClient;
struct KubeError;
} // namespace fd::kube

namespace fd::registry {

// One connection test on a cluster's client: GET /version, then the nodes and the pods that hold
// resources, both read from the API server's cache (resourceVersion=0) page by page and added up
// on the thread pool (only the fields used are kept), so a cluster of any size costs the memory
// of one page. One overall budget (15 s by default) and cancel(). Every request uses this object
// as its context: deleting it aborts them. `done` is called exactly once (also when cancelled or
// out of time), always on a later turn of the event loop.
class ConnectionTest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    using Done = std::function<void(ConnectionReport)>;

    ConnectionTest(int budgetMs, Done done, QObject* parent = nullptr);
    ~ConnectionTest() override;

    // Starts the requests on `client` (which must outlive them or cancel them itself).
    void start(fd::kube::KubeClient& client);
    // Ends with this failure (no client could be made: vault locked, not registered…).
    void failWith(const fd::kube::KubeError& error);
    void cancel();
    bool isFinished() const { return m_finished; }

    // How many requests a test has in flight at once (for the refresher's cap).
    static constexpr int kMaxParallelRequests = 2;

private:
    void listNodes(fd::kube::KubeClient& client);
    void listPods(fd::kube::KubeClient& client, bool fromCache);
    void onPart();
    void fail(ConnectionReport report);
    void finish(ConnectionReport report);

    int m_budgetMs;
    Done m_done;
    QTimer m_budget;
    QElapsedTimer m_clock;
    fd::kube::ClusterConnection m_connection; // public part, for failure messages
    ConnectionReport m_report;
    NodeTally m_nodes;
    PodRequests m_pods;
    bool m_podsCounted = false;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace fd::registry
