#include "registry/healthrefresher.h"

#include "registry/connectiontest.h"

#include <algorithm>
#include <memory>

namespace fd::registry {

HealthRefresher::HealthRefresher(Runner runner, std::function<QList<ClusterId>()> allIds,
                                 QObject* parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_allIds(std::move(allIds)) {
    connect(&m_periodic, &QTimer::timeout, this, [this] { refresh(); });
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &HealthRefresher::flush);
    m_pumpLater.setSingleShot(true);
    m_pumpLater.setInterval(4);
    connect(&m_pumpLater, &QTimer::timeout, this, &HealthRefresher::pump);
    setMaxRequestsInFlight(64);
}

HealthRefresher::~HealthRefresher() {
    const auto running = m_running;
    m_running.clear();
    for (ConnectionTest* test : running)
        delete test; // callbacks are not delivered during destruction
}

void HealthRefresher::setInterval(int seconds) {
    m_intervalSeconds = std::max(0, seconds);
    if (m_intervalSeconds == 0) {
        m_periodic.stop();
        return;
    }
    m_periodic.start(m_intervalSeconds * 1000);
}

void HealthRefresher::setMaxRequestsInFlight(int requests) {
    m_maxTests = std::max(1, requests / ConnectionTest::kMaxParallelRequests);
    pump();
}

void HealthRefresher::refresh(const QList<ClusterId>& ids) {
    const QList<ClusterId> wanted = ids.isEmpty() ? m_allIds() : ids;
    for (ClusterId id : wanted) {
        if (m_queued.contains(id) || m_running.contains(id))
            continue;
        m_queued.insert(id);
        m_queue.push_back(id);
    }
    if (!m_active && isRefreshing()) {
        m_active = true;
        Q_EMIT started();
    }
    pump();
}

void HealthRefresher::forget(ClusterId id) {
    if (m_queued.remove(id))
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
    if (ConnectionTest* test = m_running.take(id))
        test->deleteLater();
    m_batch.erase(std::remove_if(m_batch.begin(), m_batch.end(),
                                 [id](const auto& entry) { return entry.first == id; }),
                  m_batch.end());
}

void HealthRefresher::pump() {
    // A new connection costs about a millisecond of UI-thread time inside libcurl (SSL_CTX and
    // CA decoding per connection, then the handshake). Starting a whole refresh's worth at
    // once made one event-loop turn take 100+ ms; a few starts per 4 ms keep every turn short
    // (at most ~1,000 starts per second — 2,000 clusters still finish in a few seconds).
    constexpr int kStartsPerTurn = 4;
    int started = 0;
    while (!m_queue.empty() && m_running.size() < m_maxTests) {
        if (started++ == kStartsPerTurn) {
            m_pumpLater.start();
            return;
        }
        const ClusterId id = m_queue.front();
        m_queue.pop_front();
        m_queued.remove(id);
        auto self = std::make_shared<ConnectionTest*>(nullptr);
        auto* test = new ConnectionTest(
            m_budgetMs,
            [this, id, self](ConnectionReport report) {
                if (m_running.value(id) == *self)
                    m_running.remove(id);
                (*self)->deleteLater();
                onResult(id, std::move(report));
                pump();
            },
            this);
        *self = test;
        m_running.insert(id, test);
        m_runner(id, test);
    }
    if (m_active && !isRefreshing()) {
        flush();
        m_active = false;
        Q_EMIT finished();
    }
}

void HealthRefresher::onResult(ClusterId id, ConnectionReport report) {
    m_batch.append({id, std::move(report)});
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void HealthRefresher::flush() {
    m_coalesce.stop();
    if (m_batch.isEmpty())
        return;
    Batch batch;
    batch.swap(m_batch);
    Q_EMIT batchReady(batch);
}

} // namespace fd::registry
