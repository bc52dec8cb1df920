#pragma once

#include "vsphere/inventorywatch.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fd::widgets {

// The VMs of one vCenter (templates excluded), fed by an InventoryWatch: a full update replaces
// the rows, an incremental one changes, adds or removes only the VMs it names.
class VmTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmTableModel)

public:
    enum Column {
        NameColumn,
        PowerColumn,
        IpColumn,
        GuestColumn,
        CpuColumn,
        MemoryColumn,
        HostColumn,
        ClusterColumn,
        DatacenterColumn,
        FolderColumn,
        ToolsColumn,
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1, // the row's fd::vsphere::VirtualMachine (QVariant)
        IpsRole,                    // QStringList: every address
        VclsRole,                   // bool: vCenter's own agent VM
        PowerStateRole,             // int(fd::vsphere::PowerState)
    };

    explicit VmTableModel(QObject* parent = nullptr);

    void apply(const fd::vsphere::InventoryUpdate& update);
    void clear();
    const fd::vsphere::VirtualMachine& vm(int row) const { return m_vms.at(row); }
    int rowOf(const QString& name) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString powerText(fd::vsphere::PowerState state);
    // VMware Tools as a user reads it ("toolsOk" → "Running"), translated.
    static QString toolsText(const QString& status);

private:
    void upsert(const fd::vsphere::VirtualMachine& vm);
    void removeRef(const fd::vsphere::MoRef& ref);

    QList<fd::vsphere::VirtualMachine> m_vms;
    QHash<fd::vsphere::MoRef, int> m_rowOf;
};

} // namespace fd::widgets

Q_DECLARE_METATYPE(fd::vsphere::VirtualMachine)
