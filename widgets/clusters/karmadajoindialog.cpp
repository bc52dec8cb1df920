#include "karmadajoindialog.h"

#include "registry/karmadaservice.h"

#include "cleanupreportview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fd::widgets {

using fd::registry::KarmadaRole;

QString karmadaClusterName(const QString& displayName) {
    QString name = displayName.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]+")), QStringLiteral("-"));
    name.replace(QRegularExpression(QStringLiteral("-{2,}")), QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.left(48);
}

KarmadaJoinDialog::KarmadaJoinDialog(fd::registry::ClusterRegistry* registry,
                                     fd::registry::ClusterId member, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_member(member)
    , m_mode(mode)
    , m_intro(new QLabel)
    , m_controlPlane(new QComboBox)
    , m_clusterName(new QLineEdit)
    , m_fullAccess(new QCheckBox)
    , m_fullAccessNote(new QLabel)
    , m_warning(new QLabel)
    , m_objectsLabel(new QLabel)
    , m_objects(new QListWidget)
    , m_progress(new QProgressBar)
    , m_report(new CleanupReportView)
    , m_start(new QPushButton)
    , m_close(new QPushButton)
    , m_form(new QWidget) {
    setObjectName(mode == Mode::Join ? QStringLiteral("karmadaJoinDialog")
                                     : QStringLiteral("karmadaUnjoinDialog"));
    resize(620, 520);
    const auto record = m_registry ? m_registry->cluster(member) : std::nullopt;
    const QString name = record ? record->name : QString();
    m_intro->setWordWrap(true);
    m_controlPlane->setObjectName(QStringLiteral("controlPlane"));
    m_clusterName->setObjectName(QStringLiteral("karmadaClusterName"));
    m_fullAccess->setObjectName(QStringLiteral("fullAccess"));
    m_fullAccessNote->setObjectName(QStringLiteral("hint"));
    m_fullAccessNote->setWordWrap(true);
    m_objects->setObjectName(QStringLiteral("joinObjects"));
    m_warning->setObjectName(QStringLiteral("joinWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_warning->hide();
    if (mode == Mode::Join && record) {
        const QStringList warnings = fd::registry::joinWarnings(*record);
        m_warning->setText(warnings.join(QLatin1Char('\n')));
        m_warning->setVisible(!warnings.isEmpty());
    }
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setProperty("primary", true);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_report->hide();

    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Control plane"), m_controlPlane);
    form->addRow(tr("Name in Karmada"), m_clusterName);
    form->addRow(QString(), m_fullAccess);
    form->addRow(QString(), m_fullAccessNote);

    if (mode == Mode::Join) {
        setWindowTitle(tr("Join %1 to Karmada").arg(name));
        m_intro->setText(tr("Registers \"%1\" with a Karmada control plane in push mode, as "
                            "karmadactl join does.")
                             .arg(name));
        if (m_registry)
            for (const auto& r : m_registry->clusters())
                if (r.karmadaRole == KarmadaRole::ControlPlane && r.id != member)
                    m_controlPlane->addItem(r.name, r.id);
        m_clusterName->setText(karmadaClusterName(name));
        m_fullAccess->setText(tr("Full access (cluster-admin)"));
        m_start->setText(tr("Join"));
        m_objectsLabel->setText(tr("Fleetdeck will create:"));
    } else {
        setWindowTitle(tr("Unjoin %1 from Karmada").arg(name));
        m_intro->setText(
            tr("Removes \"%1\" from Karmada and deletes what the join created.").arg(name));
        m_form->hide();
        if (record)
            m_clusterName->setText(record->karmadaClusterName.isEmpty()
                                       ? karmadaClusterName(name)
                                       : record->karmadaClusterName);
        m_start->setText(tr("Unjoin"));
        m_objectsLabel->setText(tr("Fleetdeck will delete:"));
    }
    m_close->setText(tr("Cancel"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_start);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_warning);
    layout->addWidget(m_form);
    layout->addWidget(m_objectsLabel);
    layout->addWidget(m_objects, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addLayout(buttons);

    connect(m_clusterName, &QLineEdit::textChanged, this, &KarmadaJoinDialog::updateObjects);
    connect(m_fullAccess, &QCheckBox::toggled, this, &KarmadaJoinDialog::updateObjects);
    connect(m_controlPlane, &QComboBox::currentIndexChanged, this,
            &KarmadaJoinDialog::updateObjects);
    connect(m_start, &QPushButton::clicked, this, &KarmadaJoinDialog::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    updateObjects();
}

void KarmadaJoinDialog::updateObjects() {
    const auto names = fd::registry::joinObjectNames(m_clusterName->text().trimmed());
    const bool full = m_fullAccess->isChecked();
    m_fullAccessNote->setText(
        full ? tr("Karmada's controllers get cluster-admin on this cluster: every action on "
                  "every resource in every namespace, including Secrets and RBAC. Use only when "
                  "you deploy kinds beyond Fleetdeck's.")
             : tr("Least privilege: Karmada's controllers may manage only what Fleetdeck "
                  "deploys (namespaces, workloads, services, config, storage claims) and read "
                  "nodes and events."));
    m_objects->clear();
    const QString cp = m_controlPlane->currentText();
    m_objects->addItems(
        {tr("On this cluster: Namespace %1").arg(names.memberNamespace),
         tr("On this cluster: ServiceAccount %1/%2")
             .arg(names.memberNamespace, names.serviceAccount),
         full ? tr("On this cluster: ClusterRoleBinding %1 to cluster-admin")
                    .arg(names.clusterRoleBinding)
              : tr("On this cluster: ClusterRole and ClusterRoleBinding %1").arg(names.clusterRole),
         tr("On this cluster: token Secret %1/%2").arg(names.memberNamespace, names.tokenSecret),
         tr("On %1: Secret %2/%3 with the token and CA bundle")
             .arg(cp.isEmpty() ? tr("the control plane") : cp, names.controlPlaneNamespace,
                  names.controlPlaneSecret),
         tr("On %1: Cluster %2 (cluster.karmada.io/v1alpha1, sync mode Push)")
             .arg(cp.isEmpty() ? tr("the control plane") : cp, names.clusterName)});
    const bool ready = m_mode == Mode::Unjoin ||
                       (m_controlPlane->count() > 0 && !m_clusterName->text().trimmed().isEmpty());
    m_start->setEnabled(ready && !m_finished);
    if (m_mode == Mode::Join && m_controlPlane->count() == 0)
        m_intro->setText(tr("No cluster is marked as the Karmada control plane yet. Select the "
                            "karmada-apiserver cluster in the list and choose \"Mark as control "
                            "plane\" first."));
}

void KarmadaJoinDialog::start() {
    if (!m_registry)
        return;
    m_start->setEnabled(false);
    m_close->setEnabled(false);
    m_form->setEnabled(false);
    m_progress->show();
    const auto done = [this](const fd::registry::JoinReport& report) { showReport(report); };
    if (m_mode == Mode::Join) {
        fd::registry::JoinOptions options;
        options.fullAccess = m_fullAccess->isChecked();
        options.clusterName = m_clusterName->text().trimmed();
        m_registry->join(m_member, m_controlPlane->currentData().toLongLong(), options, this, done);
    } else {
        m_registry->unjoin(m_member, this, done);
    }
}

void KarmadaJoinDialog::showReport(const fd::registry::JoinReport& report) {
    m_finished = true;
    m_progress->hide();
    m_objects->hide();
    m_objectsLabel->hide();
    if (m_mode == Mode::Join)
        m_report->showReport(report, tr("The cluster joined Karmada."),
                             tr("The join failed; what was created has been rolled back."));
    else
        m_report->showReport(report, tr("The cluster left Karmada."),
                             tr("The unjoin did not finish."));
    m_report->show();
    m_start->hide();
    m_close->setText(tr("Close"));
    m_close->setEnabled(true);
    Q_EMIT joinFinished(report);
}

} // namespace fd::widgets
