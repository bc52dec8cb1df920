#include "registry/connectiontest.h"

#include "common/handoff.h"
#include "kube/kubeclient.h"
#include "registry/registrytext.h"

#include <QLoggingCategory>
#include <QPointer>

namespace fd::registry {

Q_LOGGING_CATEGORY(lcTest, "fd.registry.test")

namespace {
constexpr int kPageSize = 500;
} // namespace

ConnectionTest::ConnectionTest(int budgetMs, Done done, QObject* parent)
    : QObject(parent)
    , m_budgetMs(budgetMs)
    , m_done(std::move(done)) {
    m_budget.setSingleShot(true);
    connect(&m_budget, &QTimer::timeout, this, [this] {
        ConnectionReport r;
        r.category = ConnectionCategory::Timeout;
        r.detail = QStringLiteral("no complete answer within %1 ms").arg(m_budgetMs);
        fail(r);
    });
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(fd::kube::KubeClient& client) {
    m_clock.start();
    m_budget.start(m_budgetMs);
    m_connection = client.connection();
    m_connection.token.clear(); // only the public part is kept for messages
    m_connection.password.clear();
    m_connection.clientKeyPem.clear();
    m_connection.exec.args.clear();
    m_connection.exec.env.clear();
    m_connection.oidc = {};
    QPointer<fd::kube::KubeClient> c(&client);
    client.version(this, [this, c](fd::kube::KubeResult<fd::kube::VersionInfo> v) {
        if (m_finished)
            return;
        if (!v) {
            fail(reportFromError(v.error(), m_connection));
            return;
        }
        m_report.latencyMs = int(m_clock.elapsed());
        if (v->gitVersion.isEmpty()) {
            ConnectionReport bad;
            bad.category = ConnectionCategory::MalformedResponse;
            bad.detail = QStringLiteral("GET /version: no gitVersion in the answer");
            fail(bad);
            return;
        }
        m_report.version = v->gitVersion;
        m_report.platform = v->platform;
        if (!c) {
            cancel();
            return;
        }
        m_pending = 2;
        listNodes(*c);
        listPods(*c, true);
    });
}

void ConnectionTest::listNodes(fd::kube::KubeClient& client) {
    fd::kube::ListOptions options;
    options.resourceVersion = QStringLiteral("0");
    options.limit = kPageSize;
    client.listFold<fd::kube::Node, NodeTally>(
        options, NodeTally{}, [](NodeTally& t, const fd::kube::Node& n) { t.add(n); }, this,
        [this](fd::kube::KubeResult<std::pair<NodeTally, fd::kube::ListMeta>> r) {
            if (m_finished)
                return;
            if (!r) {
                fail(reportFromError(r.error(), m_connection));
                return;
            }
            m_nodes = std::move(r->first);
            onPart();
        });
}

void ConnectionTest::listPods(fd::kube::KubeClient& client, bool fromCache) {
    fd::kube::ListOptions options;
    options.limit = kPageSize;
    if (fromCache)
        options.resourceVersion = QStringLiteral("0");
    options.fieldSelector = nonTerminatedPods();
    QPointer<fd::kube::KubeClient> c(&client);
    client.listFold<fd::kube::Pod, PodRequests>(
        options, PodRequests{}, [](PodRequests& t, const fd::kube::Pod& p) { t.add(p); }, this,
        [this, c, fromCache](fd::kube::KubeResult<std::pair<PodRequests, fd::kube::ListMeta>> r) {
            if (m_finished)
                return;
            if (r) {
                m_pods = std::move(r->first);
                m_podsCounted = true;
            } else if (r.error().category == fd::kube::KubeErrorCategory::Network &&
                       r.error().netKind == fd::net::NetErrorKind::TooLarge && fromCache && c) {
                // The cache answers in one piece whatever the page size; a list too large for
                // that is read again in pages from etcd, which the server does paginate.
                listPods(*c, false);
                return;
            } else if (r.error().category == fd::kube::KubeErrorCategory::Forbidden) {
                m_report.gpuUseNote =
                    Text::tr("Pods could not be listed (403), so GPUs in use are not counted.");
            } else if (r.error().category == fd::kube::KubeErrorCategory::Network &&
                       r.error().netKind == fd::net::NetErrorKind::TooLarge) {
                m_report.gpuUseNote = Text::tr("The pod list is larger than Fleetdeck reads at "
                                               "once, so GPUs in use are not counted.");
            } else {
                fail(reportFromError(r.error(), m_connection));
                return;
            }
            onPart();
        });
}

void ConnectionTest::onPart() {
    if (--m_pending > 0)
        return;
    const HealthSummary summary = summarize(m_nodes, m_podsCounted ? &m_pods : nullptr);
    ConnectionReport r = std::move(m_report);
    r.ok = true;
    r.category = ConnectionCategory::Ok;
    r.nodesReady = summary.nodesReady;
    r.nodesTotal = summary.nodesTotal;
    r.gpus = summary.gpus;
    r.mig = summary.mig;
    r.checkedAt = QDateTime::currentDateTimeUtc();
    describeFailure(r);
    if (!r.gpuUseNote.isEmpty())
        r.detail = r.gpuUseNote;
    finish(std::move(r));
}

void ConnectionTest::failWith(const fd::kube::KubeError& error) {
    fail(reportFromError(error, m_connection));
}

void ConnectionTest::cancel() {
    ConnectionReport r;
    r.category = ConnectionCategory::Cancelled;
    fail(r);
}

void ConnectionTest::fail(ConnectionReport r) {
    if (m_finished)
        return;
    r.ok = false;
    r.latencyMs = m_report.latencyMs;
    r.version = m_report.version;
    if (!r.checkedAt.isValid())
        r.checkedAt = QDateTime::currentDateTimeUtc();
    if (r.message.isEmpty())
        describeFailure(r);
    finish(std::move(r));
}

void ConnectionTest::finish(ConnectionReport report) {
    if (m_finished)
        return;
    m_finished = true;
    m_budget.stop();
    qCDebug(lcTest) << "connection test finished:" << fd::net::toString(report.category);
    // Later, never inside the caller (cancel() and failWith() may be called from anywhere);
    // requests still in flight are cancelled when this object goes.
    QPointer<ConnectionTest> self(this);
    fd::post(this, [self, report = std::move(report)]() mutable {
        if (!self || !self->m_done)
            return;
        auto done = std::move(self->m_done);
        done(std::move(report));
    });
}

} // namespace fd::registry
