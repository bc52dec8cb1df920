#include "policyhistorydialog.h"

#include "fieldmessage.h"
#include "policyhistorymodel.h"

#include "policy/policyservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::widgets {

using namespace fd::policy;

PolicyHistoryDialog::PolicyHistoryDialog(const PolicyService& service, PolicyKind kind,
                                         const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_model(new PolicyHistoryModel(this))
    , m_view(new QTableView)
    , m_error(new FieldMessage) {
    setObjectName(QStringLiteral("policyHistoryDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("History of %1").arg(name));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    resize(760, 380);
    service.history(kind, name, this,
                    [this](fd::Result<QList<repository::PolicyVersion>> versions) {
                        if (versions)
                            m_model->setVersions(*versions);
                        else
                            m_error->setMessage(Severity::Error, versions.error().message);
                    });
}

} // namespace fd::widgets
