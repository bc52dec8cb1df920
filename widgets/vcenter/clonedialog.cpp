#include "vcenter/clonedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd::widgets {

CloneDialog::CloneDialog(const fd::vsphere::Inventory& inv, const QString& templateName,
                         QWidget* parent)
    : QDialog(parent)
    , m_template(templateName)
    , m_name(new QLineEdit)
    , m_cluster(new QComboBox)
    , m_datastore(new QComboBox)
    , m_folder(new QComboBox)
    , m_static(new QCheckBox(tr("Static address (otherwise DHCP)")))
    , m_ip(new QLineEdit)
    , m_prefix(new QSpinBox)
    , m_gateway(new QLineEdit)
    , m_dns(new QLineEdit) {
    setWindowTitle(tr("Clone %1").arg(templateName));
    m_name->setObjectName(QStringLiteral("cloneName"));
    m_cluster->setObjectName(QStringLiteral("cloneCluster"));
    m_datastore->setObjectName(QStringLiteral("cloneDatastore"));
    m_folder->setObjectName(QStringLiteral("cloneFolder"));
    m_static->setObjectName(QStringLiteral("cloneStatic"));
    m_ip->setObjectName(QStringLiteral("cloneIp"));
    m_gateway->setObjectName(QStringLiteral("cloneGateway"));
    m_dns->setObjectName(QStringLiteral("cloneDns"));
    m_prefix->setRange(0, 32);
    m_prefix->setValue(24);
    m_ip->setPlaceholderText(QStringLiteral("10.0.0.5"));
    m_dns->setPlaceholderText(QStringLiteral("10.0.0.53, 10.0.0.54"));

    const QString same = tr("Same as the template");
    m_cluster->addItem(same, QString());
    for (const auto& c : inv.computeResources)
        m_cluster->addItem(c.name, c.name);
    m_datastore->addItem(same, QString());
    for (const auto& d : inv.datastoreList())
        m_datastore->addItem(d.name, d.name);
    m_folder->addItem(same, QString());
    QStringList folders;
    for (const auto& f : inv.folders)
        if (f.childTypes.contains(QLatin1String("VirtualMachine")))
            folders << inv.pathOf(f.ref);
    folders.sort(Qt::CaseInsensitive);
    for (const QString& f : folders)
        m_folder->addItem(f, f);

    auto* form = new QFormLayout;
    form->addRow(tr("New VM name"), m_name);
    form->addRow(tr("Cluster"), m_cluster);
    form->addRow(tr("Datastore"), m_datastore);
    form->addRow(tr("Folder"), m_folder);
    form->addRow(QString(), m_static);
    form->addRow(tr("IP address"), m_ip);
    form->addRow(tr("Prefix length"), m_prefix);
    form->addRow(tr("Gateway"), m_gateway);
    form->addRow(tr("DNS servers"), m_dns);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Clone"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    const auto toggle = [this] {
        for (QWidget* w : {static_cast<QWidget*>(m_ip), static_cast<QWidget*>(m_prefix),
                           static_cast<QWidget*>(m_gateway), static_cast<QWidget*>(m_dns)})
            w->setEnabled(m_static->isChecked());
    };
    toggle();
    connect(m_static, &QCheckBox::toggled, this, toggle);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

fd::vsphere::CloneRequest CloneDialog::request() const {
    fd::vsphere::CloneRequest r;
    r.templateName = m_template;
    r.name = m_name->text().trimmed();
    r.cluster = m_cluster->currentData().toString();
    r.datastore = m_datastore->currentData().toString();
    r.folder = m_folder->currentData().toString();
    if (m_static->isChecked()) {
        r.ipAddress = m_ip->text().trimmed();
        r.prefixLength = m_prefix->value();
        r.gateway = m_gateway->text().trimmed();
        for (const QString& d : m_dns->text().split(u',', Qt::SkipEmptyParts))
            r.dnsServers << d.trimmed();
    }
    return r;
}

} // namespace fd::widgets
