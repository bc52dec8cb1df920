#pragma once

// What the CLI and the vCenter page do with a connection, in one place: find a VM by name, turn
// "clone template T as N into cluster C, datastore D, folder F with this IP" into a CloneSpec,
// destroy a VM (powering it off first), and run a scale group's scale-out and scale-in with
// their events and audit entries.

#include "vsphere/inventory.h"
#include "vsphere/scaleplan.h"
#include "vsphere/vsphereclient.h"

#include <optional>

namespace fd::vsphere {

class VcenterService;

// A VM (templates: `templates` true) by its name: exact first, then ignoring case; several VMs
// with that name (in different folders) are an error that says so.
VsphereResult<VirtualMachine> findVmByName(const Inventory& inventory, const QString& name,
                                           bool templates);

struct CloneRequest {
    QString templateName;
    QString name;
    QString cluster; // cluster (or standalone host's compute resource) name; empty: the template's
    QString host;    // optional
    QString datastore; // empty: the template's
    QString folder;    // name or /DC/vm/path; empty: the template's folder
    bool powerOn = false;
    // Static address ("10.0.0.5"), prefix, gateway, DNS; empty address: DHCP customisation
    // (host name = the VM's name).
    QString ipAddress;
    int prefixLength = 24;
    QString gateway;
    QStringList dnsServers;
    QString domain;
};

struct ClonePlan {
    VirtualMachine source;
    soap::CloneSpec spec;
};
VsphereResult<ClonePlan> planClone(const Inventory& inventory, const CloneRequest& request);

// The clone spec of a scale group's placement for one planned VM (names re-resolved when the
// stored references are stale).
VsphereResult<ClonePlan> planGroupClone(const Inventory& inventory, const ScaleGroup& group,
                                        const PlannedVm& vm);

// Powers the VM off when it is on, then destroys it.
void destroyVm(VsphereClient* client, const VirtualMachine& vm, const TaskOptions& options,
               QObject* context, VsphereCallback<TaskInfo> done);

struct ScaleProgress {
    int done = 0;
    int requested = 0;
    QString current; // the VM being cloned or removed
    int taskProgress = 0;
};

// Scale out by `count`: plans the next names and addresses (an exhausted pool fails before
// anything is cloned), records a running event, clones one VM after the other, records each as
// a member, and ends the event as success, partial (it names the clones that exist) or failed.
// Scale in removes the `count` newest members. `done` gets the final event (also on failure:
// its result and message say what happened); an error only when nothing could be recorded.
void scaleGroup(VcenterService& service, VsphereClient* client, const ScaleGroup& group,
                ScaleEvent::Direction direction, int count, QObject* context,
                std::function<void(const ScaleProgress&)> progress,
                std::function<void(fd::Result<ScaleEvent>)> done);

QString scaleResultName(ScaleEvent::Result result); // "running", "success", "partial", "failed"

} // namespace fd::vsphere
