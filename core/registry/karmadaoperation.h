#pragma once

#include "kube/kubeclient.h"
#include "registry/clusterrecord.h"
#include "registry/karmadatypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace fd::registry {

class ClusterConnections;

// A sequence of typed API calls against a member and/or a control plane (each through that
// cluster's connection), run one after another, with an undo list: join creates objects and on
// failure deletes what it created (best effort); unjoin deletes and tolerates "not found".
// Produces a CleanupReport.
class KarmadaOperation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KarmadaOperation)

public:
    struct Step {
        enum class Verb { Create, Delete, Get };
        QString label; // "member: ServiceAccount karmada-cluster/karmada-x"; empty: not reported
        ClusterId cluster = 0;
        Verb verb = Verb::Get;
        fd::kube::ResourceType type;
        QString namespaceName;   // Delete / Get (Create takes it from the object)
        QString name;            // Delete / Get
        QJsonObject object;      // Create
        bool alreadyOk = false;  // Create: AlreadyExists counts as done (nothing to undo)
        bool missingOk = false;  // Delete / Get: NotFound counts as done
        bool bestEffort = false; // failure is reported but does not stop the sequence
        bool undoable = false;   // Create: delete the object again on rollback
        // Get polling: repeat until `until` returns true (or the poll budget runs out).
        std::function<bool(const QJsonObject&)> until;
        int pollBudgetMs = 30000;
        // Called just before the step runs (to build an object from earlier answers); setting
        // `skip` leaves the step out.
        std::function<void(Step&)> prepare;
        bool skip = false;
        // Called with the object the server answered.
        std::function<void(const QJsonObject&)> onOk;
    };

    KarmadaOperation(ClusterConnections& connections, QObject* parent = nullptr);
    ~KarmadaOperation() override;

    void addStep(Step step) { m_steps.append(std::move(step)); }
    // Runs the steps; `done` is called once (on a later turn), then the operation deletes
    // itself.
    void start(std::function<void(CleanupReport)> done);

private:
    void runNext();
    void runStep();
    void onStepResult(const fd::kube::KubeResult<QJsonObject>& result);
    void rollback(fd::Error error);
    void finish();

    ClusterConnections& m_connections;
    QList<Step> m_steps;
    int m_index = 0;
    QElapsedTimer m_pollClock;
    QList<Step> m_undo; // Delete steps for what was created, newest first
    CleanupReport m_report;
    std::function<void(CleanupReport)> m_done;
};

} // namespace fd::registry
