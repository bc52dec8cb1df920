#pragma once

#include "vsphere/vcenteractions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace fd::widgets {

// Clone a template: the new VM's name, where it goes (cluster, datastore, folder — the
// template's own when left on "Same as the template") and the guest's network: DHCP, or a static
// address with prefix, gateway and DNS. The host name is the VM's name.
class CloneDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloneDialog)

public:
    CloneDialog(const fd::vsphere::Inventory& inventory, const QString& templateName,
                QWidget* parent = nullptr);

    fd::vsphere::CloneRequest request() const;

private:
    QString m_template;
    QLineEdit* m_name;
    QComboBox* m_cluster;
    QComboBox* m_datastore;
    QComboBox* m_folder;
    QCheckBox* m_static;
    QLineEdit* m_ip;
    QSpinBox* m_prefix;
    QLineEdit* m_gateway;
    QLineEdit* m_dns;
};

} // namespace fd::widgets
