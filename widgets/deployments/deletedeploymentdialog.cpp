#include "deletedeploymentdialog.h"

#include "deploy/deployservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

DeleteDeploymentDialog::DeleteDeploymentDialog(fd::deploy::DeployService& service,
                                               fd::deploy::DeploymentRecord record, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_record(std::move(record)) {
    setWindowTitle(tr("Delete %1").arg(m_record.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("These objects are deleted from %1 (namespace %2); the pods stop and the model "
           "stops answering:")
            .arg(m_service.clusterName(m_record.clusterId), m_record.namespaceName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_objects = new QListWidget(this);
    m_objects->setObjectName(QStringLiteral("deleteObjects"));
    layout->addWidget(m_objects);
    m_volume =
        new QCheckBox(tr("Also delete the model store (the downloaded model is lost)"), this);
    m_volume->setVisible(m_record.hasVolume());
    layout->addWidget(m_volume);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->hide();
    layout->addWidget(m_result);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = m_buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &DeleteDeploymentDialog::run);
    connect(m_volume, &QCheckBox::toggled, this, &DeleteDeploymentDialog::refreshPlan);
    refreshPlan();
    resize(520, 340);
}

void DeleteDeploymentDialog::refreshPlan() {
    m_objects->clear();
    for (const auto& o : m_service.deletionPlan(m_record, m_volume->isChecked()))
        m_objects->addItem(o.text());
    if (m_record.hasVolume() && !m_volume->isChecked())
        m_objects->addItem(tr("(kept: the model store, so a new deployment starts without "
                              "downloading)"));
}

void DeleteDeploymentDialog::run() {
    m_delete->setEnabled(false);
    m_volume->setEnabled(false);
    m_result->setText(tr("Deleting…"));
    m_result->show();
    m_service.remove(m_record.name, m_volume->isChecked(), this,
                     [this](fd::Result<fd::deploy::RemoveReport> r) {
                         if (!r) {
                             m_result->setText(r.error().message);
                             m_delete->setEnabled(true);
                             Q_EMIT removed(false);
                             return;
                         }
                         if (!r->ok()) {
                             m_result->setText(tr("Some objects could not be deleted; the record "
                                                  "is kept so you can try again:\n%1")
                                                   .arg(r->failed.join(QLatin1Char('\n'))));
                             m_delete->setEnabled(true);
                             Q_EMIT removed(false);
                             return;
                         }
                         Q_EMIT removed(true);
                         accept();
                     });
}

} // namespace fd::widgets
