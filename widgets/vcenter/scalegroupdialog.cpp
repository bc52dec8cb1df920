#include "vcenter/scalegroupdialog.h"

#include "vsphere/vcenteractions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd::widgets {

ScaleGroupDialog::ScaleGroupDialog(const fd::vsphere::Inventory& inv,
                                   const QHash<QString, QString>& defaultPools, QWidget* parent)
    : QDialog(parent)
    , m_inventory(inv)
    , m_defaultPools(defaultPools)
    , m_name(new QLineEdit)
    , m_template(new QComboBox)
    , m_cluster(new QComboBox)
    , m_datastore(new QComboBox)
    , m_folder(new QComboBox)
    , m_pattern(new QLineEdit)
    , m_pool(new QLineEdit)
    , m_prefix(new QSpinBox)
    , m_gateway(new QLineEdit)
    , m_dns(new QLineEdit)
    , m_error(new QLabel) {
    setWindowTitle(tr("New scale group"));
    m_name->setObjectName(QStringLiteral("groupName"));
    m_template->setObjectName(QStringLiteral("groupTemplate"));
    m_cluster->setObjectName(QStringLiteral("groupCluster"));
    m_folder->setObjectName(QStringLiteral("groupFolder"));
    m_pattern->setObjectName(QStringLiteral("groupPattern"));
    m_pool->setObjectName(QStringLiteral("groupPool"));
    m_gateway->setObjectName(QStringLiteral("groupGateway"));
    m_error->setObjectName(QStringLiteral("groupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_pattern->setPlaceholderText(QStringLiteral("llm-{n:02}"));
    m_pool->setPlaceholderText(QStringLiteral("10.20.0.10-10.20.0.50"));
    m_prefix->setRange(0, 32);
    m_prefix->setValue(24);

    for (const auto& t : inv.templates())
        m_template->addItem(t.name);
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
    const auto prefill = [this] {
        const QString pool = m_defaultPools.value(m_template->currentText());
        if (!pool.isEmpty() && m_pool->text().isEmpty())
            m_pool->setText(pool);
    };
    prefill();
    connect(m_template, &QComboBox::currentTextChanged, this, prefill);

    auto* form = new QFormLayout;
    form->addRow(tr("Group name"), m_name);
    form->addRow(tr("Template"), m_template);
    form->addRow(tr("Cluster"), m_cluster);
    form->addRow(tr("Datastore"), m_datastore);
    form->addRow(tr("Folder"), m_folder);
    form->addRow(tr("Name pattern"), m_pattern);
    form->addRow(tr("IP pool (empty: DHCP)"), m_pool);
    form->addRow(tr("Prefix length"), m_prefix);
    form->addRow(tr("Gateway"), m_gateway);
    form->addRow(tr("DNS servers"), m_dns);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScaleGroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ScaleGroupDialog::accept() {
    fd::vsphere::ScaleGroup g;
    g.name = m_name->text().trimmed();
    g.templateName = m_template->currentText();
    g.namePattern = m_pattern->text().trimmed();
    g.placement.computeName = m_cluster->currentData().toString();
    g.placement.datastoreName = m_datastore->currentData().toString();
    g.placement.folderPath = m_folder->currentData().toString();
    if (g.name.isEmpty() || g.templateName.isEmpty()) {
        m_error->setText(tr("Give the group a name and choose a template."));
        return;
    }
    if (auto st = fd::vsphere::validateNamePattern(g.namePattern); !st) {
        m_error->setText(st.error().message);
        return;
    }
    auto tmpl = fd::vsphere::findVmByName(m_inventory, g.templateName, true);
    if (!tmpl) {
        m_error->setText(tmpl.error().message);
        return;
    }
    g.templateKey = QStringLiteral("vm:") + tmpl->instanceUuid;
    const QString pool = m_pool->text().trimmed();
    if (!pool.isEmpty()) {
        g.ipPool.first = pool.section(u'-', 0, 0).trimmed();
        g.ipPool.last = pool.section(u'-', 1).trimmed();
        g.ipPool.prefixLength = m_prefix->value();
        g.ipPool.gateway = m_gateway->text().trimmed();
        for (const QString& d : m_dns->text().split(u',', Qt::SkipEmptyParts))
            g.ipPool.dnsServers << d.trimmed();
        if (auto a = g.ipPool.addresses(); !a) {
            m_error->setText(a.error().message);
            return;
        }
    }
    m_group = g;
    QDialog::accept();
}

} // namespace fd::widgets
