#pragma once

#include "deploy/deployrecord.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace fd::deploy {
class DeployService;
}

namespace fd::widgets {

// "Delete deployment": lists exactly what goes (Deployment with its pods, Service, ConfigMap,
// and the model store only when ticked), then deletes through the service and shows the report.
class DeleteDeploymentDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteDeploymentDialog)

public:
    DeleteDeploymentDialog(fd::deploy::DeployService& service, fd::deploy::DeploymentRecord record,
                           QWidget* parent = nullptr);

    QListWidget* objectList() const { return m_objects; }
    QCheckBox* volumeCheck() const { return m_volume; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* resultLabel() const { return m_result; }

Q_SIGNALS:
    void removed(bool ok);

private:
    void refreshPlan();
    void run();

    fd::deploy::DeployService& m_service;
    fd::deploy::DeploymentRecord m_record;
    QListWidget* m_objects;
    QCheckBox* m_volume;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_delete;
};

} // namespace fd::widgets
