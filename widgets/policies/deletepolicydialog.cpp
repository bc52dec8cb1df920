#include "deletepolicydialog.h"

#include "fieldmessage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

using namespace fd::policy;

namespace {

QString kindName(PolicyKind kind) {
    switch (kind) {
    case PolicyKind::Placement:
        return DeletePolicyDialog::tr("placement strategy");
    case PolicyKind::Resource:
        return DeletePolicyDialog::tr("resource profile");
    case PolicyKind::Failover:
        break;
    }
    return DeletePolicyDialog::tr("failover policy");
}

} // namespace

DeletePolicyDialog::DeletePolicyDialog(PolicyService& service, PolicyKind kind, const QString& name,
                                       QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_kind(kind)
    , m_name(name)
    , m_check(service.checkDelete(kind, name))
    , m_text(new QLabel)
    , m_usage(new QListWidget)
    , m_error(new FieldMessage)
    , m_delete(new QPushButton(tr("Delete")))
    , m_close(new QPushButton(tr("Cancel"))) {
    setObjectName(QStringLiteral("deletePolicyDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_text->setObjectName(QStringLiteral("deleteMessage"));
    m_text->setWordWrap(true);
    m_usage->setObjectName(QStringLiteral("usageList"));
    m_usage->setSelectionMode(QAbstractItemView::NoSelection);
    m_usage->setFocusPolicy(Qt::NoFocus);
    m_delete->setObjectName(QStringLiteral("confirmDelete"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_error->setObjectName(QStringLiteral("deleteError"));
    m_delete->setStyleSheet(
        QStringLiteral("QPushButton { background: #c62828; color: white; border-color: #c62828; "
                       "font-weight: 600; } QPushButton:disabled { background: #e8b4b4; "
                       "border-color: #e8b4b4; }"));

    auto* icon = new QLabel;
    auto* heading = new QLabel;
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(heading);
    texts->addWidget(m_text);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    const QString kindText = kindName(kind);
    switch (m_check.verdict) {
    case DeleteVerdict::Blocked: {
        setWindowTitle(tr("Cannot delete %1").arg(name));
        icon->setPixmap(QIcon(severityIconPath(Severity::Error)).pixmap(28, 28));
        heading->setText(tr("The %1 \"%2\" is in use").arg(kindText, name));
        m_text->setText(m_check.message);
        for (const QString& d : m_check.usage.deployments)
            m_usage->addItem(tr("Deployment %1").arg(d));
        for (const QString& s : m_check.usage.strategies)
            m_usage->addItem(tr("Placement strategy %1").arg(s));
        layout->addWidget(m_usage, 1);
        m_delete->hide();
        m_close->setText(tr("Close"));
        break;
    }
    case DeleteVerdict::AllowedButDefault: {
        setWindowTitle(tr("Delete the default strategy"));
        icon->setPixmap(QIcon(severityIconPath(Severity::Warning)).pixmap(28, 28));
        heading->setText(tr("\"%1\" is the default strategy").arg(name));
        m_text->setText(m_check.message + u' ' +
                        tr("Its history is kept; its Karmada object is removed at the next sync."));
        m_acknowledge = new QCheckBox(
            tr("I understand that no strategy will be the default until I choose one"));
        m_acknowledge->setObjectName(QStringLiteral("acknowledgeCheck"));
        layout->addWidget(m_acknowledge);
        m_delete->setEnabled(false);
        connect(m_acknowledge, &QCheckBox::toggled, m_delete, &QPushButton::setEnabled);
        m_usage->hide();
        break;
    }
    case DeleteVerdict::Allowed:
        setWindowTitle(tr("Delete %1").arg(name));
        icon->setPixmap(QIcon(severityIconPath(Severity::Info)).pixmap(28, 28));
        heading->setText(tr("Delete the %1 \"%2\"?").arg(kindText, name));
        m_text->setText(kind == PolicyKind::Failover
                            ? tr("Its history is kept.")
                            : tr("Its history is kept; its Karmada object is removed at the next "
                                 "sync."));
        m_usage->hide();
        break;
    }
    if (m_check.verdict != DeleteVerdict::Blocked)
        layout->addStretch(1);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    resize(520, m_check.verdict == DeleteVerdict::Blocked ? 340 : 200);

    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &DeletePolicyDialog::remove);
}

void DeletePolicyDialog::remove() {
    m_delete->setEnabled(false);
    m_error->clear();
    m_service.remove(m_kind, m_name, this, [this](fd::Status st) {
        if (!st.ok()) {
            m_error->setMessage(Severity::Error, st.error().message);
            m_delete->setEnabled(!m_acknowledge || m_acknowledge->isChecked());
            return;
        }
        Q_EMIT deleted(m_kind, m_name);
        accept();
    });
}

} // namespace fd::widgets
