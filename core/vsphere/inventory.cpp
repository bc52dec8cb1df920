#include "vsphere/inventory.h"

#include <algorithm>

namespace fd::vsphere {

namespace {

enum class Kind { Other, Vm, Host, Compute, Datastore, Network, Folder, Datacenter, Pool };

Kind kindOf(QStringView type) {
    if (type == u"VirtualMachine")
        return Kind::Vm;
    if (type == u"HostSystem")
        return Kind::Host;
    if (type == u"ClusterComputeResource" || type == u"ComputeResource")
        return Kind::Compute;
    if (type == u"Datastore")
        return Kind::Datastore;
    if (type == u"Network" || type == u"DistributedVirtualPortgroup" || type == u"OpaqueNetwork")
        return Kind::Network;
    if (type == u"Folder" || type == u"StoragePod")
        return Kind::Folder;
    if (type == u"Datacenter")
        return Kind::Datacenter;
    if (type == u"ResourcePool" || type == u"VirtualApp")
        return Kind::Pool;
    return Kind::Other;
}

QList<GuestNic> nicsFrom(const XmlValue& value) {
    QList<GuestNic> nics;
    nics.reserve(value.children.size());
    for (const XmlValue& n : value.children) {
        GuestNic nic;
        for (const XmlValue& f : n.children) {
            if (f.name == u"ipAddress")
                nic.ipAddresses.append(f.text);
            else if (f.name == u"network")
                nic.network = f.text;
            else if (f.name == u"macAddress")
                nic.macAddress = f.text;
            else if (f.name == u"connected")
                nic.connected = f.toBool();
            else if (f.name == u"deviceConfigId")
                nic.deviceKey = int(f.toInt());
        }
        nics.append(std::move(nic));
    }
    return nics;
}

QList<MoRef> refsFrom(const XmlValue& value) {
    QList<MoRef> refs;
    refs.reserve(value.children.size());
    for (const XmlValue& c : value.children)
        refs.append(c.toMoRef());
    return refs;
}

QStringList stringsFrom(const XmlValue& value) {
    QStringList list;
    list.reserve(value.children.size());
    for (const XmlValue& c : value.children)
        list.append(c.text);
    return list;
}

void setVm(VirtualMachine& vm, QStringView p, const XmlValue& v) {
    if (p == u"name")
        vm.name = v.text;
    else if (p == u"runtime.powerState")
        vm.powerState = powerStateFromString(v.text);
    else if (p == u"guest.net")
        vm.nics = nicsFrom(v);
    else if (p == u"guest.ipAddress")
        vm.primaryIp = v.text;
    else if (p == u"config.guestFullName")
        vm.guestFullName = v.text;
    else if (p == u"config.guestId")
        vm.guestId = v.text;
    else if (p == u"config.hardware.numCPU")
        vm.numCpu = int(v.toInt());
    else if (p == u"config.hardware.memoryMB")
        vm.memoryMB = int(v.toInt());
    else if (p == u"config.template")
        vm.isTemplate = v.toBool();
    else if (p == u"config.instanceUuid")
        vm.instanceUuid = v.text;
    else if (p == u"guest.toolsStatus")
        vm.toolsStatus = v.text;
    else if (p == u"guest.toolsRunningStatus")
        vm.toolsRunningStatus = v.text;
    else if (p == u"guest.hostName")
        vm.guestHostName = v.text;
    else if (p == u"runtime.host")
        vm.host = v.toMoRef();
    else if (p == u"parent")
        vm.parent = v.toMoRef();
    else if (p == u"resourcePool")
        vm.resourcePool = v.toMoRef();
}

void setHost(HostSystem& h, QStringView p, const XmlValue& v) {
    if (p == u"name")
        h.name = v.text;
    else if (p == u"parent")
        h.parent = v.toMoRef();
    else if (p == u"runtime.connectionState")
        h.connectionState = v.text;
    else if (p == u"runtime.powerState")
        h.powerState = powerStateFromString(v.text);
    else if (p == u"runtime.inMaintenanceMode")
        h.inMaintenanceMode = v.toBool();
    else if (p == u"summary.hardware.numCpuCores")
        h.numCpuCores = int(v.toInt());
    else if (p == u"summary.hardware.memorySize")
        h.memoryBytes = v.toInt();
    else if (p == u"summary.hardware.cpuModel")
        h.cpuModel = v.text;
    else if (p == u"summary.config.product.fullName")
        h.productName = v.text;
}

void setCompute(ComputeResource& c, QStringView p, const XmlValue& v) {
    if (p == u"name")
        c.name = v.text;
    else if (p == u"parent")
        c.parent = v.toMoRef();
    else if (p == u"resourcePool")
        c.resourcePool = v.toMoRef();
    else if (p == u"host")
        c.hosts = refsFrom(v);
}

void setDatastore(Datastore& d, QStringView p, const XmlValue& v) {
    if (p == u"name")
        d.name = v.text;
    else if (p == u"parent")
        d.parent = v.toMoRef();
    else if (p == u"summary.capacity")
        d.capacityBytes = v.toInt();
    else if (p == u"summary.freeSpace")
        d.freeBytes = v.toInt();
    else if (p == u"summary.type")
        d.type = v.text;
    else if (p == u"summary.accessible")
        d.accessible = v.text.isEmpty() || v.toBool();
    else if (p == u"summary.url")
        d.url = v.text;
}

} // namespace

QStringList inventoryTypes() {
    return {QStringLiteral("VirtualMachine"),  QStringLiteral("HostSystem"),
            QStringLiteral("ComputeResource"), QStringLiteral("Datastore"),
            QStringLiteral("Network"),         QStringLiteral("Folder"),
            QStringLiteral("Datacenter"),      QStringLiteral("ResourcePool")};
}

soap::PropertySpec vmProperties() {
    return {QStringLiteral("VirtualMachine"),
            {QStringLiteral("name"), QStringLiteral("runtime.powerState"),
             QStringLiteral("config.guestFullName"), QStringLiteral("config.guestId"),
             QStringLiteral("config.hardware.numCPU"), QStringLiteral("config.hardware.memoryMB"),
             QStringLiteral("config.template"), QStringLiteral("config.instanceUuid"),
             QStringLiteral("guest.toolsStatus"), QStringLiteral("guest.toolsRunningStatus"),
             QStringLiteral("guest.hostName"), QStringLiteral("guest.ipAddress"),
             QStringLiteral("guest.net"), QStringLiteral("runtime.host"), QStringLiteral("parent"),
             QStringLiteral("resourcePool")}};
}

QList<soap::PropertySpec> inventoryProperties() {
    // Subtypes are covered by their base type: ComputeResource includes clusters, Network the
    // distributed and opaque port groups, ResourcePool vApps, Folder storage pods.
    return {
        vmProperties(),
        {QStringLiteral("HostSystem"),
         {QStringLiteral("name"), QStringLiteral("parent"),
          QStringLiteral("runtime.connectionState"), QStringLiteral("runtime.powerState"),
          QStringLiteral("runtime.inMaintenanceMode"),
          QStringLiteral("summary.hardware.numCpuCores"),
          QStringLiteral("summary.hardware.memorySize"),
          QStringLiteral("summary.hardware.cpuModel"),
          QStringLiteral("summary.config.product.fullName")}},
        {QStringLiteral("ComputeResource"),
         {QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("resourcePool"),
          QStringLiteral("host")}},
        {QStringLiteral("Datastore"),
         {QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("summary.capacity"),
          QStringLiteral("summary.freeSpace"), QStringLiteral("summary.type"),
          QStringLiteral("summary.accessible"), QStringLiteral("summary.url")}},
        {QStringLiteral("Network"), {QStringLiteral("name"), QStringLiteral("parent")}},
        {QStringLiteral("Folder"),
         {QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("childType")}},
        {QStringLiteral("Datacenter"),
         {QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("vmFolder"),
          QStringLiteral("hostFolder")}},
        {QStringLiteral("ResourcePool"),
         {QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("owner")}},
    };
}

void Inventory::enter(const MoRef& obj) {
    switch (kindOf(obj.type)) {
    case Kind::Vm:
        vms[obj].ref = obj;
        break;
    case Kind::Host:
        hosts[obj].ref = obj;
        break;
    case Kind::Compute:
        computeResources[obj].ref = obj;
        break;
    case Kind::Datastore:
        datastores[obj].ref = obj;
        break;
    case Kind::Network:
        networks[obj].ref = obj;
        break;
    case Kind::Folder:
        folders[obj].ref = obj;
        break;
    case Kind::Datacenter:
        datacenters[obj].ref = obj;
        break;
    case Kind::Pool:
        resourcePools[obj].ref = obj;
        break;
    case Kind::Other:
        return;
    }
    m_changed.insert(obj);
    m_removed.remove(obj);
}

void Inventory::property(const MoRef& obj, QStringView p, const XmlValue& v, bool) {
    // A removed property arrives with an empty value, which resets the field.
    switch (kindOf(obj.type)) {
    case Kind::Vm: {
        VirtualMachine& vm = vms[obj];
        vm.ref = obj;
        setVm(vm, p, v);
        break;
    }
    case Kind::Host: {
        HostSystem& h = hosts[obj];
        h.ref = obj;
        setHost(h, p, v);
        break;
    }
    case Kind::Compute: {
        ComputeResource& c = computeResources[obj];
        c.ref = obj;
        setCompute(c, p, v);
        break;
    }
    case Kind::Datastore: {
        Datastore& d = datastores[obj];
        d.ref = obj;
        setDatastore(d, p, v);
        break;
    }
    case Kind::Network: {
        Network& n = networks[obj];
        n.ref = obj;
        if (p == u"name")
            n.name = v.text;
        else if (p == u"parent")
            n.parent = v.toMoRef();
        break;
    }
    case Kind::Folder: {
        Folder& f = folders[obj];
        f.ref = obj;
        if (p == u"name")
            f.name = v.text;
        else if (p == u"parent")
            f.parent = v.toMoRef();
        else if (p == u"childType")
            f.childTypes = stringsFrom(v);
        break;
    }
    case Kind::Datacenter: {
        Datacenter& d = datacenters[obj];
        d.ref = obj;
        if (p == u"name")
            d.name = v.text;
        else if (p == u"parent")
            d.parent = v.toMoRef();
        else if (p == u"vmFolder")
            d.vmFolder = v.toMoRef();
        else if (p == u"hostFolder")
            d.hostFolder = v.toMoRef();
        break;
    }
    case Kind::Pool: {
        ResourcePool& r = resourcePools[obj];
        r.ref = obj;
        if (p == u"name")
            r.name = v.text;
        else if (p == u"parent")
            r.parent = v.toMoRef();
        else if (p == u"owner")
            r.owner = v.toMoRef();
        break;
    }
    case Kind::Other:
        return;
    }
    m_changed.insert(obj);
}

void Inventory::leave(const MoRef& obj) {
    bool known = false;
    switch (kindOf(obj.type)) {
    case Kind::Vm:
        known = vms.remove(obj);
        break;
    case Kind::Host:
        known = hosts.remove(obj);
        break;
    case Kind::Compute:
        known = computeResources.remove(obj);
        break;
    case Kind::Datastore:
        known = datastores.remove(obj);
        break;
    case Kind::Network:
        known = networks.remove(obj);
        break;
    case Kind::Folder:
        known = folders.remove(obj);
        break;
    case Kind::Datacenter:
        known = datacenters.remove(obj);
        break;
    case Kind::Pool:
        known = resourcePools.remove(obj);
        break;
    case Kind::Other:
        break;
    }
    m_changed.remove(obj);
    if (known)
        m_removed.insert(obj);
}

MoRef Inventory::parentOf(const MoRef& ref) const {
    switch (kindOf(ref.type)) {
    case Kind::Vm: {
        const auto it = vms.constFind(ref);
        if (it == vms.cend())
            return {};
        // A VM in a vApp has no folder: its pool is its parent in the inventory.
        return it->parent.isNull() ? it->resourcePool : it->parent;
    }
    case Kind::Host:
        return hosts.value(ref).parent;
    case Kind::Compute:
        return computeResources.value(ref).parent;
    case Kind::Datastore:
        return datastores.value(ref).parent;
    case Kind::Network:
        return networks.value(ref).parent;
    case Kind::Folder:
        return folders.value(ref).parent;
    case Kind::Datacenter:
        return datacenters.value(ref).parent;
    case Kind::Pool:
        return resourcePools.value(ref).parent;
    case Kind::Other:
        break;
    }
    return {};
}

QString Inventory::nameOf(const MoRef& ref) const {
    switch (kindOf(ref.type)) {
    case Kind::Vm:
        return vms.value(ref).name;
    case Kind::Host:
        return hosts.value(ref).name;
    case Kind::Compute:
        return computeResources.value(ref).name;
    case Kind::Datastore:
        return datastores.value(ref).name;
    case Kind::Network:
        return networks.value(ref).name;
    case Kind::Folder:
        return folders.value(ref).name;
    case Kind::Datacenter:
        return datacenters.value(ref).name;
    case Kind::Pool:
        return resourcePools.value(ref).name;
    case Kind::Other:
        break;
    }
    return {};
}

const Datacenter* Inventory::datacenterOf(MoRef ref) const {
    for (int guard = 0; guard < 64 && !ref.isNull(); ++guard) {
        if (ref.type == u"Datacenter") {
            const auto it = datacenters.constFind(ref);
            return it == datacenters.cend() ? nullptr : &*it;
        }
        ref = parentOf(ref);
    }
    return nullptr;
}

QString Inventory::pathOf(MoRef ref) const {
    QStringList parts;
    for (int guard = 0; guard < 64 && !ref.isNull(); ++guard) {
        const MoRef parent = parentOf(ref);
        if (parent.isNull())
            break; // the root folder ("Datacenters") is not part of paths
        parts.prepend(nameOf(ref));
        ref = parent;
    }
    return parts.isEmpty() ? QString() : u'/' + parts.join(u'/');
}

void Inventory::resolve(VirtualMachine& vm) const {
    const auto host = hosts.constFind(vm.host);
    vm.hostName = host == hosts.cend() ? QString() : host->name;
    vm.clusterName.clear();
    MoRef compute = host == hosts.cend() ? MoRef() : host->parent;
    if (compute.isNull()) // no host known: the pool's owner is the cluster
        compute = resourcePools.value(vm.resourcePool).owner;
    if (const auto c = computeResources.constFind(compute);
        c != computeResources.cend() && c->isCluster())
        vm.clusterName = c->name;
    const Datacenter* dc = datacenterOf(vm.parent.isNull() ? vm.resourcePool : vm.parent);
    vm.datacenterName = dc ? dc->name : QString();
    vm.folderPath = vm.parent.isNull() ? QString() : pathOf(vm.parent);
}

void Inventory::resolve() {
    for (HostSystem& h : hosts) {
        const auto c = computeResources.constFind(h.parent);
        h.clusterName = c != computeResources.cend() && c->isCluster() ? c->name : QString();
        const Datacenter* dc = datacenterOf(h.ref);
        h.datacenterName = dc ? dc->name : QString();
    }
    for (Datastore& d : datastores) {
        const Datacenter* dc = datacenterOf(d.ref);
        d.datacenterName = dc ? dc->name : QString();
    }
    for (ResourcePool& p : resourcePools) {
        // "C0/Resources/RP1": from the owning cluster (or host) down.
        QStringList parts;
        MoRef ref = p.ref;
        for (int guard = 0;
             guard < 32 && (ref.type == u"ResourcePool" || ref.type == u"VirtualApp"); ++guard) {
            const auto it = resourcePools.constFind(ref);
            if (it == resourcePools.cend())
                break;
            parts.prepend(it->name);
            ref = it->parent;
        }
        parts.prepend(computeResources.value(p.owner).name);
        p.path = parts.join(u'/');
    }
    for (VirtualMachine& vm : vms)
        resolve(vm);
}

QList<VirtualMachine> Inventory::virtualMachines(bool withTemplates, bool withVcls) const {
    QList<VirtualMachine> list;
    list.reserve(vms.size());
    for (const VirtualMachine& vm : vms)
        if ((withTemplates || !vm.isTemplate) && (withVcls || !vm.isVclsAgent()))
            list.append(vm);
    std::sort(list.begin(), list.end(), [](const VirtualMachine& a, const VirtualMachine& b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.ref.value < b.ref.value;
    });
    return list;
}

QList<VirtualMachine> Inventory::templates() const {
    QList<VirtualMachine> list;
    for (const VirtualMachine& vm : virtualMachines(true, false))
        if (vm.isTemplate)
            list.append(vm);
    return list;
}

QList<HostSystem> Inventory::hostList() const {
    QList<HostSystem> list = hosts.values();
    std::sort(list.begin(), list.end(), [](const HostSystem& a, const HostSystem& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

QList<Datastore> Inventory::datastoreList() const {
    QList<Datastore> list = datastores.values();
    std::sort(list.begin(), list.end(), [](const Datastore& a, const Datastore& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

QList<ComputeResource> Inventory::clusters() const {
    QList<ComputeResource> list;
    for (const ComputeResource& c : computeResources)
        if (c.isCluster())
            list.append(c);
    std::sort(list.begin(), list.end(), [](const ComputeResource& a, const ComputeResource& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

MoRef Inventory::findByPath(const QString& path) const {
    const bool isPath = path.startsWith(u'/');
    auto matches = [&](const MoRef& ref, const QString& name) {
        return isPath ? pathOf(ref) == path : name == path;
    };
    for (const Folder& f : folders)
        if (matches(f.ref, f.name))
            return f.ref;
    for (const ComputeResource& c : computeResources)
        if (matches(c.ref, c.name))
            return c.ref;
    for (const HostSystem& h : hosts)
        if (matches(h.ref, h.name))
            return h.ref;
    for (const Datastore& d : datastores)
        if (matches(d.ref, d.name))
            return d.ref;
    for (const ResourcePool& p : resourcePools)
        if (matches(p.ref, p.name))
            return p.ref;
    for (const VirtualMachine& vm : vms)
        if (matches(vm.ref, vm.name))
            return vm.ref;
    return {};
}

qsizetype Inventory::objectCount() const {
    return vms.size() + hosts.size() + computeResources.size() + datastores.size() +
           networks.size() + folders.size() + datacenters.size() + resourcePools.size();
}

} // namespace fd::vsphere
