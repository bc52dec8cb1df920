#pragma once

#include "policy/policysync.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace fd::widgets {

class FieldMessage;
class SyncResultModel;

// Sync (or check) with one Karmada control plane: a row per object as it is handled (progress),
// the control plane's Karmada generation and the settings its schema cannot express, the
// outcome, and for an external ClusterPropagationPolicy the explicit Adopt action. Closing the
// dialog does not stop a sync: the records are stored either way.
class SyncDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncDialog)

public:
    SyncDialog(fd::policy::PolicySync& sync, qint64 controlPlaneId, const QString& controlPlaneName,
               bool checkOnly, QWidget* parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }
    SyncResultModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* summary() const { return m_summary; }
    QProgressBar* progress() const { return m_progress; }
    FieldMessage* notes() const { return m_notes; }
    QPushButton* adoptButton() const { return m_adopt; }
    QPushButton* syncButton() const { return m_syncNow; }
    // Adopts the external object of `row` (what the Adopt button does for the selected row).
    void adopt(int row);

Q_SIGNALS:
    void finished(const fd::policy::SyncReport& report);

private:
    void done(const fd::policy::SyncReport& report);
    void updateButtons();

    fd::policy::PolicySync& m_sync;
    qint64 m_controlPlaneId;
    QString m_controlPlaneName;
    bool m_checkOnly;
    bool m_running = false;
    SyncResultModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QProgressBar* m_progress;
    FieldMessage* m_notes;
    QPushButton* m_adopt;
    QPushButton* m_syncNow;
};

} // namespace fd::widgets
