#pragma once

#include "registry/clusterregistry.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace fd::widgets {

class CleanupReportView;

// "Remove cluster": names everything that will be cleaned up (the local record, its secrets,
// and for joined members the member-side objects and the control plane's Cluster and Secret),
// shows progress, then a report of what was removed and anything left behind.
class RemoveClusterDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoveClusterDialog)

public:
    RemoveClusterDialog(fd::registry::ClusterRegistry* registry, fd::registry::ClusterId id,
                        QWidget* parent = nullptr);

    QListWidget* planList() const { return m_plan; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* closeButton() const { return m_close; }
    CleanupReportView* reportView() const { return m_report; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void removed(fd::registry::ClusterId id);
    void removeFinished(const fd::registry::RemoveReport& report);

private:
    void start();

    QPointer<fd::registry::ClusterRegistry> m_registry;
    fd::registry::ClusterId m_id;
    QLabel* m_question;
    QListWidget* m_plan;
    QProgressBar* m_progress;
    CleanupReportView* m_report;
    QPushButton* m_remove;
    QPushButton* m_close;
    bool m_finished = false;
};

} // namespace fd::widgets
