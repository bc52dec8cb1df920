#pragma once

#include "vsphere/inventory.h"
#include "vsphere/scaleplan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fd::widgets {

// A new scale group: a VM template, where its clones go, the name pattern ("llm-{n:02}") and the
// IP pool with its network settings (empty: DHCP). The pool starts from the template's local
// note ("default IP pool") when it has one. OK is refused with a sentence when a field is wrong.
class ScaleGroupDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleGroupDialog)

public:
    // defaultPools: template name → the note's default IP pool ("10.0.0.10-10.0.0.50").
    ScaleGroupDialog(const fd::vsphere::Inventory& inventory,
                     const QHash<QString, QString>& defaultPools, QWidget* parent = nullptr);

    fd::vsphere::ScaleGroup group() const { return m_group; }
    void accept() override;

private:
    const fd::vsphere::Inventory& m_inventory;
    QHash<QString, QString> m_defaultPools;
    fd::vsphere::ScaleGroup m_group;
    QLineEdit* m_name;
    QComboBox* m_template;
    QComboBox* m_cluster;
    QComboBox* m_datastore;
    QComboBox* m_folder;
    QLineEdit* m_pattern;
    QLineEdit* m_pool;
    QSpinBox* m_prefix;
    QLineEdit* m_gateway;
    QLineEdit* m_dns;
    QLabel* m_error;
};

} // namespace fd::widgets
