#include "vcenter/addvcenterdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

AddVcenterDialog::AddVcenterDialog(fd::vsphere::VcenterService* service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_name(new QLineEdit)
    , m_url(new QLineEdit)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_trust(new QCheckBox)
    , m_result(new QLabel)
    , m_test(new QPushButton(tr("Test connection")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Add vCenter connection"));
    m_name->setObjectName(QStringLiteral("vcenterName"));
    m_url->setObjectName(QStringLiteral("vcenterUrl"));
    m_user->setObjectName(QStringLiteral("vcenterUser"));
    m_password->setObjectName(QStringLiteral("vcenterPassword"));
    m_trust->setObjectName(QStringLiteral("vcenterTrust"));
    m_result->setObjectName(QStringLiteral("vcenterTestResult"));
    m_test->setObjectName(QStringLiteral("vcenterTest"));
    m_url->setPlaceholderText(QStringLiteral("https://vcenter.example.com"));
    m_user->setPlaceholderText(QStringLiteral("administrator@vsphere.local"));
    m_password->setEchoMode(QLineEdit::Password);
    m_trust->setVisible(false);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_trust);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_test, &QPushButton::clicked, this, &AddVcenterDialog::test);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddVcenterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddVcenterDialog::reject);
    resize(520, sizeHint().height());
}

fd::vsphere::VcenterConnectionInput AddVcenterDialog::input() const {
    fd::vsphere::VcenterConnectionInput in;
    in.name = m_name->text().trimmed();
    in.url = m_url->text().trimmed();
    in.userName = m_user->text().trimmed();
    in.password = m_password->text().toUtf8();
    if (m_trust->isVisible() && m_trust->isChecked())
        in.tls.pinnedSha256 = m_offeredSha256;
    return in;
}

void AddVcenterDialog::setBusy(bool busy) {
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void AddVcenterDialog::test() {
    setBusy(true);
    m_result->setText(tr("Signing in…"));
    m_service->testInput(input(), this, [this](fd::vsphere::VcenterTestReport r) {
        setBusy(false);
        showReport(r);
    });
}

void AddVcenterDialog::showReport(const fd::vsphere::VcenterTestReport& r) {
    m_result->setText(r.ok ? tr("Connected: %1").arg(r.message) : r.message);
    m_result->setStyleSheet(r.ok ? QString() : QStringLiteral("color: #b3261e;"));
    if (!r.certSha256.isEmpty()) {
        m_offeredSha256 = r.certSha256;
        m_trust->setText(tr("Trust this certificate (SHA-256 %1)").arg(r.certSha256));
        m_trust->setVisible(true);
    }
    growToFit();
}

void AddVcenterDialog::growToFit() {
    // The result (wrapped, often two lines) and the trust box appear after the dialog was sized:
    // the layout alone would only squeeze the form rows into the old height, cutting their text.
    layout()->activate();
    const int need = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                   : layout()->totalSizeHint().height();
    if (height() < need)
        resize(width(), need);
}

void AddVcenterDialog::accept() {
    setBusy(true);
    m_service->add(input(), this, [this](fd::Result<fd::vsphere::VcenterService::Row> r) {
        setBusy(false);
        if (!r) {
            m_result->setText(r.error().message);
            m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
            growToFit();
            return;
        }
        m_added = r->name;
        QDialog::accept();
    });
}

} // namespace fd::widgets
