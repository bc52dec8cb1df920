#include "vcenter/vmtablemodel.h"

#include <QLocale>

namespace fd::widgets {

using fd::vsphere::PowerState;
using fd::vsphere::VirtualMachine;

VmTableModel::VmTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString VmTableModel::powerText(PowerState state) {
    switch (state) {
    case PowerState::PoweredOn:
        return tr("On");
    case PowerState::PoweredOff:
        return tr("Off");
    case PowerState::Suspended:
        return tr("Suspended");
    case PowerState::Unknown:
        break;
    }
    return tr("Unknown");
}

void VmTableModel::clear() {
    beginResetModel();
    m_vms.clear();
    m_rowOf.clear();
    endResetModel();
}

void VmTableModel::apply(const fd::vsphere::InventoryUpdate& update) {
    if (update.full) {
        beginResetModel();
        m_vms.clear();
        m_rowOf.clear();
        for (const VirtualMachine& vm : update.inventory.vms)
            if (!vm.isTemplate) {
                m_rowOf.insert(vm.ref, int(m_vms.size()));
                m_vms.append(vm);
            }
        endResetModel();
        return;
    }
    for (const fd::vsphere::MoRef& ref : update.removed)
        removeRef(ref);
    for (const VirtualMachine& vm : update.vms) {
        if (vm.isTemplate)
            removeRef(vm.ref); // marked as a template meanwhile
        else
            upsert(vm);
    }
}

void VmTableModel::upsert(const VirtualMachine& vm) {
    const auto it = m_rowOf.constFind(vm.ref);
    if (it != m_rowOf.cend()) {
        m_vms[*it] = vm;
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        return;
    }
    const int row = int(m_vms.size());
    beginInsertRows({}, row, row);
    m_vms.append(vm);
    m_rowOf.insert(vm.ref, row);
    endInsertRows();
}

void VmTableModel::removeRef(const fd::vsphere::MoRef& ref) {
    const auto it = m_rowOf.constFind(ref);
    if (it == m_rowOf.cend())
        return;
    const int row = *it;
    beginRemoveRows({}, row, row);
    m_vms.removeAt(row);
    m_rowOf.clear();
    for (int i = 0; i < m_vms.size(); ++i)
        m_rowOf.insert(m_vms.at(i).ref, i);
    endRemoveRows();
}

int VmTableModel::rowOf(const QString& name) const {
    for (int i = 0; i < m_vms.size(); ++i)
        if (m_vms.at(i).name == name)
            return i;
    return -1;
}

int VmTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_vms.size());
}

int VmTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VmTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VirtualMachine& vm = m_vms.at(index.row());
    switch (role) {
    case RawRole:
        return QVariant::fromValue(vm);
    case IpsRole:
        return vm.ipAddresses();
    case VclsRole:
        return vm.isVclsAgent();
    case PowerStateRole:
        return int(vm.powerState);
    case Qt::ToolTipRole:
        if (index.column() == IpColumn && vm.ipAddresses().size() > 1)
            return tr("Click to copy one of the %1 addresses").arg(vm.ipAddresses().size());
        if (index.column() == IpColumn && !vm.ipAddresses().isEmpty())
            return tr("Click to copy the address");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CpuColumn || index.column() == MemoryColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return vm.name;
    case PowerColumn:
        return powerText(vm.powerState);
    case IpColumn: {
        const QStringList ips = vm.ipAddresses();
        if (ips.size() > 1)
            return tr("%1 (+%2)").arg(ips.first()).arg(ips.size() - 1);
        return ips.value(0);
    }
    case GuestColumn:
        return vm.guestFullName;
    case CpuColumn:
        return vm.numCpu;
    case MemoryColumn:
        if (vm.memoryMB < 1024)
            return tr("%1 MB").arg(vm.memoryMB);
        return tr("%1 GB").arg(
            QLocale().toString(vm.memoryMB / 1024.0, 'f', vm.memoryMB % 1024 ? 1 : 0));
    case HostColumn:
        return vm.hostName;
    case ClusterColumn:
        return vm.clusterName;
    case DatacenterColumn:
        return vm.datacenterName;
    case FolderColumn:
        return vm.folderPath;
    case ToolsColumn:
        return toolsText(vm.toolsStatus);
    case ColumnCount:
        break;
    }
    return {};
}

QString VmTableModel::toolsText(const QString& status) {
    // vSphere's VirtualMachineToolsStatus values; anything newer is shown as vCenter sends it.
    if (status == u"toolsOk")
        return tr("Running");
    if (status == u"toolsOld")
        return tr("Running (outdated)");
    if (status == u"toolsNotRunning")
        return tr("Not running");
    if (status == u"toolsNotInstalled")
        return tr("Not installed");
    return status;
}

QVariant VmTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case PowerColumn:
        return tr("Power");
    case IpColumn:
        return tr("IP addresses");
    case GuestColumn:
        return tr("Guest OS");
    case CpuColumn:
        return tr("CPUs");
    case MemoryColumn:
        return tr("Memory");
    case HostColumn:
        return tr("Host");
    case ClusterColumn:
        return tr("Cluster");
    case DatacenterColumn:
        return tr("Datacenter");
    case FolderColumn:
        return tr("Folder");
    case ToolsColumn:
        return tr("VMware Tools");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fd::widgets
