#pragma once

#include "registry/connectionreport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace fd::registry {

class ApiSession;
struct ApiResult;

// One connection test: GET /version, then the node list and the running pods (in parallel),
// summarised off the UI thread. A single overall budget (15 s by default) and cancel().
// The callback is called exactly once (also when cancelled or timed out). Deletes itself after
// the callback when autoDelete is set.
class ConnectionTest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    using Done = std::function<void(ConnectionReport)>;

    // Takes ownership of the session (reparents it).
    ConnectionTest(ApiSession* session, int budgetMs = 15000, QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start(Done done);
    void cancel();
    // How many HTTP requests this test may have in flight at once (for the refresher's cap).
    static constexpr int kMaxParallelRequests = 2;

private:
    void onVersion(const ApiResult& result);
    void onListsDone();
    void fail(const ApiResult& result);
    void finish(ConnectionReport report);

    QPointer<ApiSession> m_session;
    int m_budgetMs;
    QTimer m_budget;
    QElapsedTimer m_clock;
    Done m_done;
    ConnectionReport m_report;
    QByteArray m_nodes;
    QByteArray m_pods;
    int m_listsPending = 0;
    bool m_podsFailed = false;
    bool m_finished = false;
};

// Maps an ApiResult failure to a report (category, http status, fingerprint, missing permission
// from a 403 Status body) and fills the sentence.
ConnectionReport reportFromFailure(const ApiResult& result);

} // namespace fd::registry
