#include "syncdialog.h"

#include "fieldmessage.h"
#include "syncresultmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::widgets {

using namespace fd::policy;

SyncDialog::SyncDialog(PolicySync& sync, qint64 controlPlaneId, const QString& controlPlaneName,
                       bool checkOnly, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_controlPlaneId(controlPlaneId)
    , m_controlPlaneName(controlPlaneName)
    , m_checkOnly(checkOnly)
    , m_model(new SyncResultModel(this))
    , m_view(new QTableView)
    , m_summary(new QLabel)
    , m_progress(new QProgressBar)
    , m_notes(new FieldMessage)
    , m_adopt(new QPushButton(tr("Adopt")))
    , m_syncNow(new QPushButton(tr("Sync now"))) {
    setObjectName(QStringLiteral("syncDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(checkOnly ? tr("Check policies on %1").arg(controlPlaneName)
                             : tr("Sync policies to %1").arg(controlPlaneName));
    m_view->setObjectName(QStringLiteral("syncView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Server messages and drifted fields can be long: rows grow to show them whole.
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SyncResultModel::DetailsColumn,
                                                     QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_notes->setObjectName(QStringLiteral("syncNotes"));
    m_adopt->setObjectName(QStringLiteral("adoptButton"));
    m_adopt->setToolTip(tr("Make the selected external ClusterPropagationPolicy a Fleetdeck "
                           "placement strategy, or the selected ClusterOverridePolicy a resource "
                           "profile. The original stays on the control plane."));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setVisible(checkOnly);
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_adopt, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            adopt(rows.first().row());
    });
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        m_checkOnly = false;
        m_syncNow->hide();
        setWindowTitle(tr("Sync policies to %1").arg(m_controlPlaneName));
        start();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncDialog::updateButtons);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_adopt);
    buttons->addStretch(1);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);
    resize(900, 440);
    updateButtons();
}

void SyncDialog::start() {
    if (m_running)
        return;
    m_running = true;
    m_model->clear();
    m_notes->clear();
    m_progress->setRange(0, 0); // busy until the objects are known
    m_summary->setText(m_checkOnly ? tr("Comparing with %1…").arg(m_controlPlaneName)
                                   : tr("Syncing to %1…").arg(m_controlPlaneName));
    SyncOptions options;
    options.checkOnly = m_checkOnly;
    m_sync.sync(
        m_controlPlaneId, m_controlPlaneName, options, this,
        [this](const SyncItem& item) {
            m_model->addItem(item);
            m_progress->setRange(0, 0);
        },
        [this](SyncReport report) { done(report); });
    updateButtons();
}

void SyncDialog::done(const SyncReport& report) {
    m_running = false;
    for (const SyncItem& i : report.items)
        m_model->addItem(i);
    for (const SyncItem& i : report.external)
        m_model->addItem(i);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    QList<Finding> notes = report.notExpressed;
    for (const QString& sentence : report.notCompared)
        notes.append(Finding{Severity::Warning, PolicyKind::Placement, {}, {}, {}, sentence});
    if (report.failure) {
        m_summary->setText(
            report.busy ? tr("Another policy sync with %1 is running; nothing was changed.")
                              .arg(m_controlPlaneName)
            : report.stopped ? tr("The sync with %1 stopped part way; the rows say what was done.")
                                   .arg(m_controlPlaneName)
                             : tr("Could not reach the policies on %1.").arg(m_controlPlaneName));
        notes.prepend(
            Finding{Severity::Error, PolicyKind::Placement, {}, {}, {}, report.failure->message});
    } else {
        const QString generation = displayName(report.capabilities.generation);
        if (report.checkOnly)
            m_summary->setText(tr("%1 (%2): %3 in sync, %4 drifted, %5 not synced, %6 failed, "
                                  "%7 external.")
                                   .arg(m_controlPlaneName, generation)
                                   .arg(report.count(SyncAction::Unchanged))
                                   .arg(report.count(SyncAction::Drifted))
                                   .arg(report.count(SyncAction::Pending))
                                   .arg(report.count(SyncAction::Failed))
                                   .arg(report.external.size()));
        else
            m_summary->setText(tr("%1 (%2): %3 created, %4 updated, %5 in sync, %6 deleted, "
                                  "%7 failed, %8 external.")
                                   .arg(m_controlPlaneName, generation)
                                   .arg(report.count(SyncAction::Created))
                                   .arg(report.count(SyncAction::Updated))
                                   .arg(report.count(SyncAction::Unchanged))
                                   .arg(report.count(SyncAction::Deleted))
                                   .arg(report.count(SyncAction::Failed))
                                   .arg(report.external.size()));
    }
    m_notes->setFindings(notes);
    updateButtons();
    Q_EMIT finished(report);
}

void SyncDialog::adopt(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SyncItem item = m_model->item(row);
    if (item.action != SyncAction::External)
        return;
    m_adopt->setEnabled(false);
    m_sync.adopt(
        m_controlPlaneId, item.objectKind, item.objectName, this,
        [this, item](fd::Result<AdoptOutcome> r) {
            if (!r) {
                m_notes->setMessage(Severity::Error, r.error().message);
                updateButtons();
                return;
            }
            SyncItem adopted = item;
            adopted.action = SyncAction::Adopted;
            adopted.message = tr("Adopted as %1.").arg(r->created.join(u", "));
            m_model->addItem(adopted);
            QString text =
                tr("Adopted %1: the next sync applies %2.")
                    .arg(item.objectName, karmadaObjectName(adoptedPolicyName(item.objectName)));
            if (!r->notCarried.isEmpty())
                text += u' ' +
                        tr("Not carried over: %1.").arg(r->notCarried.join(QStringLiteral(", ")));
            m_notes->setMessage(Severity::Info, text);
            updateButtons();
        });
}

void SyncDialog::updateButtons() {
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    const bool external =
        !rows.isEmpty() && m_model->item(rows.first().row()).action == SyncAction::External &&
        (m_model->item(rows.first().row()).objectKind == u"ClusterPropagationPolicy" ||
         m_model->item(rows.first().row()).objectKind == u"ClusterOverridePolicy");
    m_adopt->setEnabled(!m_running && external);
    m_syncNow->setEnabled(!m_running);
}

} // namespace fd::widgets
