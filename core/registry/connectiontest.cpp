#include "registry/connectiontest.h"

#include "registry/apisession.h"
#include "registry/connectionmessages.h"
#include "registry/healthsummary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThreadPool>

namespace fd::registry {

Q_LOGGING_CATEGORY(lcTest, "fd.registry.test")

ConnectionReport reportFromFailure(const ApiResult& result) {
    ConnectionReport r;
    r.ok = false;
    r.category = result.category;
    r.httpStatus = result.httpStatus;
    r.detail = result.detail;
    r.caFingerprint = result.caFingerprint;
    r.presentedCaPem = result.presentedCaPem;
    r.checkedAt = QDateTime::currentDateTimeUtc();
    if (result.category == ConnectionCategory::Forbidden) {
        r.missingPermission = missingPermissionFromStatus(result.message);
        if (r.detail.isEmpty())
            r.detail = result.message;
    }
    describeFailure(r);
    return r;
}

ConnectionTest::ConnectionTest(ApiSession* session, int budgetMs, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_budgetMs(budgetMs) {
    session->setParent(this);
    session->setTimeoutMs(budgetMs);
    m_budget.setSingleShot(true);
    connect(&m_budget, &QTimer::timeout, this, [this] {
        ApiResult timeout;
        timeout.category = ConnectionCategory::Timeout;
        timeout.detail = QStringLiteral("no complete answer within %1 ms").arg(m_budgetMs);
        fail(timeout);
    });
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(Done done) {
    m_done = std::move(done);
    m_clock.start();
    m_budget.start(m_budgetMs);
    m_session->get(QStringLiteral("/version"), [this](ApiResult r) { onVersion(r); });
}

void ConnectionTest::cancel() {
    ApiResult cancelled;
    cancelled.category = ConnectionCategory::Cancelled;
    fail(cancelled);
}

void ConnectionTest::onVersion(const ApiResult& result) {
    if (m_finished)
        return;
    if (!result.ok()) {
        fail(result);
        return;
    }
    m_report.latencyMs = result.elapsedMs >= 0 ? result.elapsedMs : int(m_clock.elapsed());
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    const QString version = doc.object().value(QLatin1String("gitVersion")).toString();
    if (!doc.isObject() || version.isEmpty()) {
        ApiResult bad;
        bad.category = ConnectionCategory::MalformedResponse;
        bad.httpStatus = result.httpStatus;
        bad.detail = QStringLiteral("GET /version: no gitVersion in the answer (%1 bytes)")
                         .arg(result.body.size());
        fail(bad);
        return;
    }
    m_report.version = version;
    m_report.platform = doc.object().value(QLatin1String("platform")).toString();

    m_listsPending = 2;
    m_session->get(QStringLiteral("/api/v1/nodes"), [this](ApiResult r) {
        if (m_finished)
            return;
        if (!r.ok()) {
            fail(r);
            return;
        }
        m_nodes = std::move(r.body);
        if (--m_listsPending == 0)
            onListsDone();
    });
    // Only running pods count as GPU use; a user who may list nodes but not pods still gets a
    // useful report (GPU use then shows 0 and the detail says why).
    m_session->get(QStringLiteral("/api/v1/pods?fieldSelector=status.phase%3DRunning"),
                   [this](ApiResult r) {
                       if (m_finished)
                           return;
                       if (r.ok()) {
                           m_pods = std::move(r.body);
                       } else if (r.category == ConnectionCategory::Forbidden) {
                           m_podsFailed = true;
                       } else {
                           fail(r);
                           return;
                       }
                       if (--m_listsPending == 0)
                           onListsDone();
                   });
}

void ConnectionTest::onListsDone() {
    // Decoding thousands of nodes takes milliseconds to tens of them: off the UI thread.
    QPointer<ConnectionTest> self(this);
    QByteArray nodes = std::move(m_nodes);
    QByteArray pods = std::move(m_pods);
    QThreadPool::globalInstance()->start([self, nodes = std::move(nodes), pods = std::move(pods)] {
        auto summary = summarizeHealth(nodes, pods);
        QObject* target = self.data();
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target,
            [self, summary = std::move(summary)]() mutable {
                if (!self || self->m_finished)
                    return;
                if (!summary.ok()) {
                    ApiResult bad;
                    bad.category = ConnectionCategory::MalformedResponse;
                    bad.detail =
                        summary.error().message + QLatin1Char(' ') + summary.error().detail;
                    self->fail(bad);
                    return;
                }
                ConnectionReport r = std::move(self->m_report);
                r.ok = true;
                r.category = ConnectionCategory::Ok;
                r.nodesReady = summary->nodesReady;
                r.nodesTotal = summary->nodesTotal;
                r.gpus = summary->gpus;
                r.mig = summary->mig;
                r.checkedAt = QDateTime::currentDateTimeUtc();
                describeFailure(r);
                if (self->m_podsFailed)
                    r.detail = QCoreApplication::translate(
                        "fd::registry",
                        "Pods could not be listed (403), so GPUs in use are not counted.");
                self->finish(std::move(r));
            },
            Qt::QueuedConnection);
    });
}

void ConnectionTest::fail(const ApiResult& result) {
    if (m_finished)
        return;
    ConnectionReport r = reportFromFailure(result);
    r.latencyMs = m_report.latencyMs;
    r.version = m_report.version;
    if (m_session) {
        const auto& rec = m_session->record();
        if (r.category == ConnectionCategory::ExecPluginMissing ||
            r.category == ConnectionCategory::ExecPluginFailed) {
            r.execCommand = rec.exec.command;
            r.execInstallHint = rec.exec.installHint;
            describeFailure(r);
        }
    }
    finish(std::move(r));
}

void ConnectionTest::finish(ConnectionReport report) {
    if (m_finished)
        return;
    m_finished = true;
    m_budget.stop();
    if (m_session)
        m_session->cancelAll();
    qCDebug(lcTest) << "connection test finished:" << toString(report.category);
    if (m_done) {
        auto done = std::move(m_done);
        done(std::move(report));
    }
}

} // namespace fd::registry
