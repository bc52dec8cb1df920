#include "adddatacenterdialog.h"

#include "registry/clusterregistry.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {
QString idFromLabel(const QString& label) {
    QString id = label.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}
} // namespace

AddDataCenterDialog::AddDataCenterDialog(fd::registry::ClusterRegistry* registry, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_label(new QLineEdit)
    , m_id(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setObjectName(QStringLiteral("addDataCenterDialog"));
    setWindowTitle(tr("Add data center"));
    m_label->setObjectName(QStringLiteral("dataCenterLabel"));
    m_id->setObjectName(QStringLiteral("dataCenterId"));
    m_label->setPlaceholderText(tr("e.g. Seoul DC2"));
    m_id->setPlaceholderText(tr("e.g. seoul-dc2"));
    m_problem->setObjectName(QStringLiteral("fieldProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Label"), m_label);
    form->addRow(tr("Id"), m_id);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddDataCenterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddDataCenterDialog::reject);
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_idEdited)
            m_id->setText(idFromLabel(text));
        validate();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = true;
        validate();
    });
    validate();
}

fd::registry::DataCenter AddDataCenterDialog::dataCenter() const {
    return {m_id->text().trimmed(), m_label->text().trimmed()};
}

void AddDataCenterDialog::validate() {
    const auto dc = dataCenter();
    QString problem;
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
    if (dc.label.isEmpty() || dc.id.isEmpty())
        problem = tr("Enter a label and an id.");
    else if (!valid.match(dc.id).hasMatch())
        problem = tr("The id may contain lowercase letters, digits and '-' only.");
    else if (m_registry)
        for (const auto& existing : m_registry->dataCenters())
            if (existing.id == dc.id)
                problem = tr("The id \"%1\" is already used by %2.").arg(dc.id, existing.label);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !(dc.label.isEmpty() && dc.id.isEmpty()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void AddDataCenterDialog::accept() {
    if (!m_registry) {
        QDialog::accept();
        return;
    }
    // Written to the store first; the dialog closes once that succeeded.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_registry->addDataCenter(dataCenter(), this, [this](const fd::Status& status) {
        if (!status) {
            m_problem->setText(status.error().message);
            m_problem->show();
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            return;
        }
        QDialog::accept();
    });
}

} // namespace fd::widgets
