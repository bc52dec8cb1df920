#include "policyeditordialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

using fd::policy::Finding;
using fd::policy::Severity;

PolicyEditorDialog::PolicyEditorDialog(fd::policy::PolicyService& service,
                                       fd::policy::PolicyKind kind, bool isNew, const QString& name,
                                       const QString& description, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_kind(kind)
    , m_isNew(isNew)
    , m_name(new QLineEdit(name))
    , m_description(new QLineEdit(description))
    , m_header(new QFormLayout)
    , m_body(new QVBoxLayout)
    , m_formMessage(new FieldMessage)
    , m_save(new QPushButton(tr("Save")))
    , m_cancel(new QPushButton(tr("Cancel"))) {
    setAttribute(Qt::WA_DeleteOnClose);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setReadOnly(!isNew);
    m_name->setPlaceholderText(tr("lowercase-with-hyphens"));
    m_name->setToolTip(isNew ? tr("The name identifies the policy and its Karmada object "
                                  "(fleetdeck-<name>); it cannot be changed later.")
                             : tr("A saved policy keeps its name."));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What this policy is for"));
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setProperty("primary", true);
    m_save->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_save->setMinimumWidth(110);
    m_cancel->setMinimumWidth(110);
    m_description->setCursorPosition(0);

    m_header->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_header->addRow(tr("Name"), m_name);
    m_router.add(QStringLiteral("name"), addMessageRow(m_header, QStringLiteral("name")));
    m_header->addRow(tr("Description"), m_description);
    m_router.setFallback(m_formMessage);

    connect(m_name, &QLineEdit::textChanged, this, &PolicyEditorDialog::revalidate);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_busy && !fd::policy::hasErrors(m_findings))
            startSave();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
}

FieldMessage* PolicyEditorDialog::addMessageRow(QFormLayout* form, const QString& path) {
    auto* message = new FieldMessage;
    message->setObjectName(QStringLiteral("message:") + path);
    form->addRow(QString(), message);
    // An empty message takes no room: its row is shown only with something in it.
    const int row = form->rowCount() - 1;
    form->setRowVisible(row, false);
    m_messageRows.append(MessageRow{form, row, message});
    return message;
}

void PolicyEditorDialog::finishLayout() {
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(m_header);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_formMessage);
    layout->addLayout(buttons);
    revalidate();
}

Finding PolicyEditorDialog::localError(const QString& path, const QString& message) const {
    Finding f;
    f.severity = Severity::Error;
    f.kind = m_kind;
    f.policy = m_name->text();
    f.path = path;
    f.code = QStringLiteral("syntax");
    f.message = message;
    return f;
}

void PolicyEditorDialog::revalidate() {
    m_findings = validateCurrent();
    m_router.show(m_findings);
    for (const MessageRow& r : std::as_const(m_messageRows))
        r.form->setRowVisible(r.row, !r.message->findings().isEmpty());
    m_save->setEnabled(!m_busy && !fd::policy::hasErrors(m_findings));
    formChanged();
}

void PolicyEditorDialog::setBusy(bool busy) {
    m_busy = busy;
    m_save->setEnabled(!busy && !fd::policy::hasErrors(m_findings));
    m_save->setText(busy ? tr("Saving…") : tr("Save"));
}

void PolicyEditorDialog::finishSave(const fd::Status& status, const QString& name) {
    setBusy(false);
    if (!status.ok()) {
        m_formMessage->setMessage(Severity::Error, status.error().message);
        return;
    }
    Q_EMIT saved(m_kind, name);
    accept();
}

} // namespace fd::widgets
