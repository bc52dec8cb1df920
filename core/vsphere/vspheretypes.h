#pragma once

// Typed views of the vSphere managed objects Fleetdeck reads. Only the properties listed in
// inventoryspec.cpp are filled; everything else keeps its default.

#include "vsphere/moref.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fd::vsphere {

enum class PowerState { Unknown, PoweredOn, PoweredOff, Suspended };
PowerState powerStateFromString(QStringView text);
QString powerStateName(PowerState state); // "poweredOn", as vSphere spells it

// The parts of ServiceContent the client uses.
struct ServiceContent {
    MoRef rootFolder;
    MoRef propertyCollector;
    MoRef viewManager;
    MoRef sessionManager;
    MoRef searchIndex;
    MoRef taskManager;
    QString apiVersion; // about.apiVersion, "8.0.2.0"
    QString fullName;   // about.fullName, "VMware vCenter Server 8.0.2 build-22385739"
    QString apiType;    // "VirtualCenter" or "HostAgent" (a standalone ESXi)
    QString instanceUuid;
};

struct UserSession {
    QString key; // the session id (not a secret by itself: the cookie is)
    QString userName;
    QString fullName;
    QDateTime loginTime;
};

// One virtual NIC as VMware Tools reports it (guest.net[]).
struct GuestNic {
    QString network; // port group name
    QString macAddress;
    bool connected = false;
    int deviceKey = 0;       // deviceConfigId (4000, 4001, ...); -1 for a guest-only interface
    QStringList ipAddresses; // every address, IPv4 and IPv6, as reported
};

struct VirtualMachine {
    MoRef ref;
    QString name;
    PowerState powerState = PowerState::Unknown;
    QString guestFullName; // configured guest OS ("Ubuntu Linux (64-bit)"); the guest's own if set
    QString guestId;
    int numCpu = 0;
    int memoryMB = 0;
    bool isTemplate = false;
    QString toolsStatus;        // toolsOk, toolsOld, toolsNotRunning, toolsNotInstalled
    QString toolsRunningStatus; // guestToolsRunning, guestToolsNotRunning, ...
    QString guestHostName;
    QString primaryIp; // guest.ipAddress
    QList<GuestNic> nics;
    QString instanceUuid;
    QString annotation;
    MoRef host;
    MoRef parent; // the VM folder it is in (null for a VM in a vApp)
    MoRef resourcePool;

    // Filled by Inventory::resolve() from the other objects.
    QString hostName;
    QString clusterName; // empty on a standalone host
    QString datacenterName;
    QString folderPath; // "/DC0/vm/prod/gpu": the inventory path of the folder

    // Every address of every NIC, in NIC order, without repeats (guest.ipAddress first if it
    // is not in any NIC).
    QStringList ipAddresses() const;
    // vCenter's own vSphere Cluster Services agent VMs ("vCLS-<uuid>", "vCLS (1)" before 7.0U3).
    bool isVclsAgent() const;
};

struct HostSystem {
    MoRef ref;
    QString name;
    MoRef parent;            // ClusterComputeResource or ComputeResource (standalone)
    QString connectionState; // connected, disconnected, notResponding
    PowerState powerState = PowerState::Unknown;
    bool inMaintenanceMode = false;
    int numCpuCores = 0;
    qint64 memoryBytes = 0;
    QString cpuModel;
    QString productName; // "VMware ESXi 8.0.2 build-22380479"

    QString clusterName; // resolved
    QString datacenterName;
};

// A ClusterComputeResource, or a ComputeResource that wraps one standalone host.
struct ComputeResource {
    MoRef ref;
    QString name;
    MoRef parent;
    MoRef resourcePool; // the root pool ("Resources")
    QList<MoRef> hosts;
    bool isCluster() const { return ref.type == QLatin1String("ClusterComputeResource"); }
};

struct Datastore {
    MoRef ref;
    QString name;
    MoRef parent;
    qint64 capacityBytes = 0;
    qint64 freeBytes = 0;
    QString type; // VMFS, NFS, vsan, vvol
    bool accessible = true;
    QString url;
    QString datacenterName; // resolved
};

struct Network {
    MoRef ref; // Network, DistributedVirtualPortgroup or OpaqueNetwork
    QString name;
    MoRef parent;
};

struct Folder {
    MoRef ref;
    QString name;
    MoRef parent;
    QStringList childTypes; // "VirtualMachine", "Folder", ... (a VM folder lists VirtualMachine)
};

struct Datacenter {
    MoRef ref;
    QString name;
    MoRef parent;
    MoRef vmFolder;
    MoRef hostFolder;
};

struct ResourcePool {
    MoRef ref; // ResourcePool or VirtualApp
    QString name;
    MoRef parent;
    MoRef owner;  // the cluster or compute resource
    QString path; // resolved: "C0/Resources/RP1"
};

enum class TaskState { Queued, Running, Success, Error };

// A Task's info as far as Fleetdeck shows it. The error, when there is one, is decoded into
// errorType/errorMessage (the fault's type and vCenter's localized message).
struct TaskInfo {
    MoRef task;
    TaskState state = TaskState::Queued;
    int progress = 0; // 0..100 while running (not every task reports it)
    bool cancelable = false;
    bool cancelled = false;
    QString descriptionId; // "VirtualMachine.clone"
    QString entityName;
    MoRef result; // e.g. the new VM of a clone
    QString errorType;
    QString errorMessage;
    QString errorPrivilege; // NoPermission
    bool done() const { return state == TaskState::Success || state == TaskState::Error; }
};

// A content-library item that can be deployed (OVF template or VM template).
struct LibraryTemplate {
    QString id;
    QString name;
    QString description;
    QString type; // "ovf" or "vm-template"
    QString libraryId;
    QString libraryName;
};

} // namespace fd::vsphere
