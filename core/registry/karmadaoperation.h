#pragma once

#include "registry/apisession.h"
#include "registry/karmadatypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace fd::registry {

// A sequence of API calls against a member and/or a control plane, run one after another, with
// an undo list: join creates objects and on failure deletes what it created (best effort);
// unjoin deletes and tolerates "not found". Produces a CleanupReport.
class KarmadaOperation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KarmadaOperation)

public:
    struct Step {
        QString label; // "member: ServiceAccount karmada-cluster/karmada-x"
        ApiSession* session = nullptr;
        QByteArray method; // POST, DELETE, GET, PATCH
        QString path;
        QByteArray body;
        bool alreadyOk = false;  // POST: 409 AlreadyExists counts as done (nothing to undo)
        bool missingOk = false;  // DELETE: 404 counts as done
        bool bestEffort = false; // failure is reported but does not stop the sequence
        QString undoPath;        // DELETE this on rollback when the step created the object
        ApiSession* undoSession = nullptr;
        // GET polling: repeat until `until` returns true (or the poll budget runs out).
        std::function<bool(const ApiResult&)> until;
        int pollBudgetMs = 30000;
        // Called just before the step runs (to build a body from earlier answers); clearing
        // `method` skips the step.
        std::function<void(Step&)> prepare;
        // Called with the successful answer.
        std::function<void(const ApiResult&)> onOk;
    };

    explicit KarmadaOperation(QObject* parent = nullptr);
    ~KarmadaOperation() override;

    void addStep(Step step) { m_steps.append(std::move(step)); }
    // Sessions are owned by the operation.
    ApiSession* adopt(ApiSession* session);
    void start(std::function<void(CleanupReport)> done);

private:
    void runNext();
    void runStep(Step& step);
    void onStepResult(const ApiResult& result);
    void rollback(fd::Error error);
    void finish();

    QList<Step> m_steps;
    int m_index = 0;
    QElapsedTimer m_pollClock;
    QList<QPair<QPointer<ApiSession>, QPair<QString, QString>>> m_undo; // session, (label, path)
    CleanupReport m_report;
    std::function<void(CleanupReport)> m_done;
};

} // namespace fd::registry
