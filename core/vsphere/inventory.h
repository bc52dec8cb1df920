#pragma once

// The vCenter inventory as Fleetdeck holds it: typed objects by reference, filled property by
// property from RetrievePropertiesEx pages or WaitForUpdatesEx update sets (it is a
// PropertySink), then resolve() fills the names that come from other objects (a VM's host,
// cluster, datacenter and folder path).

#include "vsphere/soapbuilder.h"
#include "vsphere/vspheredecode.h"
#include "vsphere/vspheretypes.h"

#include <QHash>
#include <QSet>

namespace fd::vsphere {

// The managed object types an inventory view covers (the ContainerView's type list).
QStringList inventoryTypes();
// Only the properties Fleetdeck shows, per type (never "all").
QList<soap::PropertySpec> inventoryProperties();
// The VM properties alone (the one-VM-at-a-time baseline of the benchmark uses them).
soap::PropertySpec vmProperties();

class Inventory final : public PropertySink {
public:
    QHash<MoRef, VirtualMachine> vms; // templates included
    QHash<MoRef, HostSystem> hosts;
    QHash<MoRef, ComputeResource> computeResources; // clusters and standalone hosts' wrappers
    QHash<MoRef, Datastore> datastores;
    QHash<MoRef, Network> networks;
    QHash<MoRef, Folder> folders;
    QHash<MoRef, Datacenter> datacenters;
    QHash<MoRef, ResourcePool> resourcePools;

    // PropertySink
    void enter(const MoRef& obj) override;
    void property(const MoRef& obj, QStringView path, const XmlValue& value, bool removed) override;
    void leave(const MoRef& obj) override;

    // Fills the resolved fields of every object.
    void resolve();
    // Fills them for one VM only (the others did not change).
    void resolve(VirtualMachine& vm) const;

    // What changed since the last takeChanges(): objects entered or modified, and left.
    QSet<MoRef> takeChanged() { return std::exchange(m_changed, {}); }
    QSet<MoRef> takeRemoved() { return std::exchange(m_removed, {}); }

    // Sorted by name (case-insensitive). Templates and vCLS agent VMs on request.
    QList<VirtualMachine> virtualMachines(bool withTemplates = false, bool withVcls = false) const;
    QList<VirtualMachine> templates() const;
    QList<HostSystem> hostList() const;
    QList<Datastore> datastoreList() const;
    QList<ComputeResource> clusters() const; // clusters only (no standalone wrappers)

    // The datacenter an object is in (walking parents), or nullptr.
    const Datacenter* datacenterOf(MoRef ref) const;
    // "/DC0/vm/prod": the inventory path of a folder (or any entity with parents).
    QString pathOf(MoRef ref) const;
    // A VM folder, resource pool, datastore or host by its inventory path or name.
    MoRef findByPath(const QString& path) const;

    qsizetype objectCount() const;

private:
    MoRef parentOf(const MoRef& ref) const;
    QString nameOf(const MoRef& ref) const;

    QSet<MoRef> m_changed;
    QSet<MoRef> m_removed;
};

} // namespace fd::vsphere
