#include "registry/karmadaoperation.h"
#include "registry/registrytext.h"

#include "registry/connectiontest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

namespace fd::registry {

Q_LOGGING_CATEGORY(lcKarmada, "fd.registry.karmada")

namespace {

QString statusMessage(const ApiResult& r) {
    if (!r.message.isEmpty())
        return r.message;
    return reportFromFailure(r).message;
}

} // namespace

KarmadaOperation::KarmadaOperation(QObject* parent)
    : QObject(parent) {}

KarmadaOperation::~KarmadaOperation() = default;

ApiSession* KarmadaOperation::adopt(ApiSession* session) {
    session->setParent(this);
    return session;
}

void KarmadaOperation::start(std::function<void(CleanupReport)> done) {
    m_done = std::move(done);
    m_report.ok = true;
    runNext();
}

void KarmadaOperation::runNext() {
    if (m_index >= m_steps.size()) {
        finish();
        return;
    }
    Step& step = m_steps[m_index];
    if (step.prepare)
        step.prepare(step);
    if (step.method.isEmpty()) { // prepare decided the step is not needed
        ++m_index;
        runNext();
        return;
    }
    m_pollClock.start();
    runStep(step);
}

void KarmadaOperation::runStep(Step& step) {
    QPointer<KarmadaOperation> self(this);
    step.session->call(step.method, step.path, step.body, [self](ApiResult r) {
        if (self)
            self->onStepResult(r);
    });
}

void KarmadaOperation::onStepResult(const ApiResult& r) {
    Step& step = m_steps[m_index];
    const bool created = r.ok() && step.method == "POST";
    bool ok = r.ok();
    if (!ok && step.alreadyOk && r.httpStatus == 409)
        ok = true;
    if (!ok && step.missingOk && r.httpStatus == 404)
        ok = true;
    if (ok && step.until && !step.until(r)) {
        if (m_pollClock.elapsed() < step.pollBudgetMs) {
            QPointer<KarmadaOperation> self(this);
            QTimer::singleShot(200, this, [self] {
                if (self)
                    self->runStep(self->m_steps[self->m_index]);
            });
            return;
        }
        ok = false;
    }
    if (!ok) {
        const QString why =
            (step.until && r.ok()) ? Text::tr("timed out waiting for it") : statusMessage(r);
        qCInfo(lcKarmada) << "step failed:" << step.label << why;
        if (step.bestEffort) {
            m_report.leftBehind << step.label + QStringLiteral(": ") + why;
            ++m_index;
            runNext();
            return;
        }
        rollback(fd::makeError(fd::ErrorKind::Remote,
                               Text::tr("%1 failed: %2").arg(step.label, why),
                               QStringLiteral("HTTP %1").arg(r.httpStatus)));
        return;
    }
    if (step.onOk)
        step.onOk(r);
    if (!step.label.isEmpty())
        m_report.done << step.label;
    if (created && !step.undoPath.isEmpty())
        m_undo.prepend(
            {step.undoSession ? step.undoSession : step.session, {step.label, step.undoPath}});
    ++m_index;
    runNext();
}

void KarmadaOperation::rollback(fd::Error error) {
    m_report.ok = false;
    m_report.error = std::move(error);
    if (m_undo.isEmpty()) {
        finish();
        return;
    }
    auto [session, what] = m_undo.takeFirst();
    if (!session) {
        m_report.leftBehind << what.first;
        rollback(m_report.error);
        return;
    }
    QPointer<KarmadaOperation> self(this);
    const QString label = what.first;
    session->call("DELETE", what.second, {}, [self, label](ApiResult r) {
        if (!self)
            return;
        if (r.ok() || r.httpStatus == 404) {
            self->m_report.done << Text::tr("rolled back: %1").arg(label);
        } else {
            self->m_report.leftBehind << label + QStringLiteral(": ") + statusMessage(r);
        }
        self->rollback(self->m_report.error);
    });
}

void KarmadaOperation::finish() {
    if (m_report.ok && !m_report.leftBehind.isEmpty())
        m_report.ok = true; // best-effort leftovers are reported, the operation still happened
    auto done = std::move(m_done);
    CleanupReport report = std::move(m_report);
    deleteLater();
    if (done)
        done(std::move(report));
}

} // namespace fd::registry
