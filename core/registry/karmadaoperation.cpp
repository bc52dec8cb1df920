#include "registry/karmadaoperation.h"

#include "common/handoff.h"
#include "registry/clusterconnections.h"
#include "registry/registrytext.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace fd::registry {

Q_LOGGING_CATEGORY(lcKarmada, "fd.registry.karmada")

KarmadaOperation::KarmadaOperation(ClusterConnections& connections, QObject* parent)
    : QObject(parent)
    , m_connections(connections) {}

KarmadaOperation::~KarmadaOperation() = default;

void KarmadaOperation::start(std::function<void(CleanupReport)> done) {
    m_done = std::move(done);
    m_report.ok = true;
    fd::post(this, [this] { runNext(); });
}

void KarmadaOperation::runNext() {
    if (m_index >= m_steps.size()) {
        finish();
        return;
    }
    Step& step = m_steps[m_index];
    if (step.prepare)
        step.prepare(step);
    if (step.skip) {
        ++m_index;
        runNext();
        return;
    }
    m_pollClock.start();
    runStep();
}

void KarmadaOperation::runStep() {
    const Step step = m_steps[m_index];
    QPointer<KarmadaOperation> self(this);
    auto done = [self](fd::kube::KubeResult<QJsonObject> r) {
        if (self)
            self->onStepResult(r);
    };
    m_connections.with(
        step.cluster, this,
        [this, step, done](fd::kube::KubeClient& client) {
            switch (step.verb) {
            case Step::Verb::Create:
                client.create(step.type, step.object, {}, this, done);
                break;
            case Step::Verb::Delete:
                client.remove(step.type, step.namespaceName, step.name, {}, this, done);
                break;
            case Step::Verb::Get:
                client.getRaw(step.type, step.namespaceName, step.name, this, done);
                break;
            }
        },
        [done](const fd::kube::KubeError& e) { done(e); });
}

void KarmadaOperation::onStepResult(const fd::kube::KubeResult<QJsonObject>& r) {
    using C = fd::kube::KubeErrorCategory;
    Step& step = m_steps[m_index];
    bool ok = r.ok();
    if (!ok && step.alreadyOk && r.error().category == C::AlreadyExists)
        ok = true;
    if (!ok && step.missingOk && r.error().category == C::NotFound)
        ok = true;
    const bool created = r.ok() && step.verb == Step::Verb::Create;
    if (ok && r.ok() && step.until && !step.until(*r)) {
        if (m_pollClock.elapsed() < step.pollBudgetMs) {
            QTimer::singleShot(200, this, [this] { runStep(); });
            return;
        }
        ok = false;
    }
    if (!ok) {
        const QString why = r.ok() ? Text::tr("timed out waiting for it") : r.error().userMessage();
        qCInfo(lcKarmada) << "step failed:" << step.label << why;
        if (step.bestEffort) {
            m_report.leftBehind << step.label + QStringLiteral(": ") + why;
            ++m_index;
            runNext();
            return;
        }
        rollback(fd::makeError(
            fd::ErrorKind::Remote, Text::tr("%1 failed: %2").arg(step.label, why),
            r.ok() ? QString() : QStringLiteral("HTTP %1").arg(r.error().httpStatus)));
        return;
    }
    if (step.onOk && r.ok())
        step.onOk(*r);
    if (!step.label.isEmpty())
        m_report.done << step.label;
    if (created && step.undoable) {
        Step undo;
        undo.label = step.label;
        undo.cluster = step.cluster;
        undo.verb = Step::Verb::Delete;
        undo.type = step.type;
        const QJsonObject meta = step.object.value(QLatin1String("metadata")).toObject();
        undo.namespaceName = meta.value(QLatin1String("namespace")).toString();
        undo.name = meta.value(QLatin1String("name")).toString();
        m_undo.prepend(undo);
    }
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
    const Step undo = m_undo.takeFirst();
    QPointer<KarmadaOperation> self(this);
    auto done = [self, label = undo.label](fd::kube::KubeResult<QJsonObject> r) {
        if (!self)
            return;
        if (r.ok() || r.error().category == fd::kube::KubeErrorCategory::NotFound)
            self->m_report.done << Text::tr("rolled back: %1").arg(label);
        else
            self->m_report.leftBehind << label + QStringLiteral(": ") + r.error().userMessage();
        self->rollback(self->m_report.error);
    };
    m_connections.with(
        undo.cluster, this,
        [this, undo, done](fd::kube::KubeClient& client) {
            client.remove(undo.type, undo.namespaceName, undo.name, {}, this, done);
        },
        [done](const fd::kube::KubeError& e) { done(e); });
}

void KarmadaOperation::finish() {
    auto done = std::move(m_done);
    CleanupReport report = std::move(m_report);
    deleteLater();
    if (done)
        done(std::move(report));
}

} // namespace fd::registry
