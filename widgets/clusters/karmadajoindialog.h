#pragma once

#include "registry/clusterregistry.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace fd::widgets {

class CleanupReportView;

// "Join to Karmada…" (push mode, as karmadactl join) and "Unjoin…". Join: the control plane,
// the Karmada cluster name, least privilege by default with an explicit "Full access
// (cluster-admin)" choice that says what it grants, and the list of objects that will be
// created. Unjoin: what will be deleted. Both end with a report of what was done and anything
// left behind.
class KarmadaJoinDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KarmadaJoinDialog)

public:
    enum class Mode { Join, Unjoin };
    KarmadaJoinDialog(fd::registry::ClusterRegistry* registry, fd::registry::ClusterId member,
                      Mode mode, QWidget* parent = nullptr);

    QComboBox* controlPlaneCombo() const { return m_controlPlane; }
    QLineEdit* clusterNameEdit() const { return m_clusterName; }
    QCheckBox* fullAccessBox() const { return m_fullAccess; }
    QLabel* fullAccessNote() const { return m_fullAccessNote; }
    // What the user should know before joining (a loopback API endpoint); hidden when nothing.
    QLabel* warningLabel() const { return m_warning; }
    QListWidget* objectsList() const { return m_objects; }
    QPushButton* startButton() const { return m_start; }
    CleanupReportView* reportView() const { return m_report; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void joinFinished(const fd::registry::JoinReport& report);

private:
    void updateObjects();
    void start();
    void showReport(const fd::registry::JoinReport& report);

    QPointer<fd::registry::ClusterRegistry> m_registry;
    fd::registry::ClusterId m_member;
    Mode m_mode;
    QLabel* m_intro;
    QComboBox* m_controlPlane;
    QLineEdit* m_clusterName;
    QCheckBox* m_fullAccess;
    QLabel* m_fullAccessNote;
    QLabel* m_warning;
    QLabel* m_objectsLabel;
    QListWidget* m_objects;
    QProgressBar* m_progress;
    CleanupReportView* m_report;
    QPushButton* m_start;
    QPushButton* m_close;
    QWidget* m_form;
    bool m_finished = false;
};

// The DNS-1123 name Karmada would use for a display name ("GPU A (prod)" → "gpu-a-prod").
QString karmadaClusterName(const QString& displayName);

} // namespace fd::widgets
