#include "removeclusterdialog.h"

#include "cleanupreportview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

RemoveClusterDialog::RemoveClusterDialog(fd::registry::ClusterRegistry* registry,
                                         fd::registry::ClusterId id, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_id(id)
    , m_question(new QLabel)
    , m_plan(new QListWidget)
    , m_progress(new QProgressBar)
    , m_report(new CleanupReportView)
    , m_remove(new QPushButton)
    , m_close(new QPushButton) {
    setObjectName(QStringLiteral("removeClusterDialog"));
    resize(560, 380);
    const auto record = m_registry ? m_registry->cluster(id) : std::nullopt;
    const QString name = record ? record->name : QString::number(id);
    setWindowTitle(tr("Remove cluster %1").arg(name));
    m_question->setWordWrap(true);
    m_question->setText(tr("Remove \"%1\" from Fleetdeck? This cleans up:").arg(name));
    m_plan->setObjectName(QStringLiteral("cleanupPlan"));
    if (m_registry)
        m_plan->addItems(m_registry->cleanupPlan(id).items);
    m_progress->setRange(0, 0); // the registry reports no steps; show activity
    m_progress->hide();
    m_report->hide();
    m_remove->setObjectName(QStringLiteral("confirmRemove"));
    m_remove->setText(tr("Remove"));
    m_remove->setStyleSheet(
        QStringLiteral("QPushButton { background: #c62828; color: white; border-color: #c62828; "
                       "font-weight: 600; }"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setText(tr("Cancel"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addLayout(buttons);
    connect(m_remove, &QPushButton::clicked, this, &RemoveClusterDialog::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

void RemoveClusterDialog::start() {
    if (!m_registry)
        return;
    m_remove->setEnabled(false);
    m_close->setEnabled(false);
    m_progress->show();
    m_question->setText(tr("Removing…"));
    m_registry->removeCluster(m_id, this, [this](const fd::registry::RemoveReport& report) {
        m_finished = true;
        m_progress->hide();
        m_plan->hide();
        m_question->hide();
        m_report->showReport(report, tr("The cluster was removed."),
                             tr("The cluster was not removed completely."));
        m_report->show();
        m_remove->hide();
        m_close->setText(tr("Close"));
        m_close->setEnabled(true);
        if (!m_registry || !m_registry->cluster(m_id))
            Q_EMIT removed(m_id);
        Q_EMIT removeFinished(report);
    });
}

} // namespace fd::widgets
