#include "vsphere/vcenteractions.h"

#include "common/handoff.h"
#include "store/store.h"
#include "vsphere/vcenterservice.h"
#include "vsphere/vsphererepository.h"
#include "vsphere/vspheretext.h"

#include <QPointer>

namespace fd::vsphere {

namespace {

VsphereError invalid(const QString& message) {
    return makeVsphereError(VsphereErrorCategory::InvalidArgument, message);
}

// A compute resource (cluster or standalone host) by name.
const ComputeResource* computeByName(const Inventory& inv, const QString& name) {
    for (const ComputeResource& c : inv.computeResources)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

const Datastore* datastoreByName(const Inventory& inv, const QString& name) {
    for (const Datastore& d : inv.datastores)
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

const HostSystem* hostByName(const Inventory& inv, const QString& name) {
    for (const HostSystem& h : inv.hosts)
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return &h;
    return nullptr;
}

MoRef folderByName(const Inventory& inv, const QString& nameOrPath) {
    const bool isPath = nameOrPath.startsWith(u'/');
    for (const Folder& f : inv.folders) {
        if (!f.childTypes.contains(QLatin1String("VirtualMachine")))
            continue;
        if (isPath ? inv.pathOf(f.ref) == nameOrPath
                   : f.name.compare(nameOrPath, Qt::CaseInsensitive) == 0)
            return f.ref;
    }
    return {};
}

// Fills spec's placement; the source's own when a name is empty.
std::optional<VsphereError> place(const Inventory& inv, const VirtualMachine& source,
                                  const QString& cluster, const QString& host,
                                  const QString& datastore, const QString& folder,
                                  soap::CloneSpec& spec) {
    const ComputeResource* compute = nullptr;
    if (!cluster.isEmpty()) {
        compute = computeByName(inv, cluster);
        if (!compute)
            return invalid(Text::tr("There is no cluster named \"%1\" in this vCenter; see "
                                    "the Hosts tab or `vcenter hosts`.")
                               .arg(cluster));
    } else {
        const HostSystem src = inv.hosts.value(source.host);
        const auto it = inv.computeResources.constFind(src.parent);
        if (it != inv.computeResources.cend())
            compute = &*it;
    }
    if (!compute || compute->resourcePool.isNull())
        return invalid(Text::tr("No cluster or host to place the clone on was found; name a "
                                "cluster."));
    spec.pool = compute->resourcePool;
    if (!host.isEmpty()) {
        const HostSystem* h = hostByName(inv, host);
        if (!h || h->parent != compute->ref)
            return invalid(
                Text::tr("There is no host named \"%1\" in %2.").arg(host, compute->name));
        spec.host = h->ref;
    }
    if (!datastore.isEmpty()) {
        const Datastore* d = datastoreByName(inv, datastore);
        if (!d)
            return invalid(Text::tr("There is no datastore named \"%1\" in this vCenter; see "
                                    "the Datastores tab.")
                               .arg(datastore));
        spec.datastore = d->ref;
    }
    if (!folder.isEmpty()) {
        spec.folder = folderByName(inv, folder);
        if (spec.folder.isNull())
            return invalid(Text::tr("There is no VM folder \"%1\" in this vCenter; give its name "
                                    "or its path (/DC0/vm/prod).")
                               .arg(folder));
    } else {
        spec.folder = source.parent;
    }
    if (spec.folder.isNull())
        return invalid(Text::tr("The template is in no VM folder; name a folder for the clone."));
    return std::nullopt;
}

soap::GuestCustomization customization(const QString& name, const QString& ip, int prefix,
                                       const QString& gateway, const QStringList& dns,
                                       const QString& domain) {
    soap::GuestCustomization g;
    g.hostName = name.toLower();
    g.domain = domain;
    g.dhcp = ip.isEmpty();
    g.ipAddress = ip;
    g.prefixLength = prefix;
    g.gateway = gateway;
    g.dnsServers = dns;
    return g;
}

} // namespace

QString scaleResultName(ScaleEvent::Result result) {
    switch (result) {
    case ScaleEvent::Result::Running:
        return QStringLiteral("running");
    case ScaleEvent::Result::Success:
        return QStringLiteral("success");
    case ScaleEvent::Result::Partial:
        return QStringLiteral("partial");
    case ScaleEvent::Result::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

VsphereResult<VirtualMachine> findVmByName(const Inventory& inventory, const QString& name,
                                           bool templates) {
    QList<const VirtualMachine*> exact;
    QList<const VirtualMachine*> folded;
    for (const VirtualMachine& vm : inventory.vms) {
        if (vm.isTemplate != templates)
            continue;
        if (vm.name == name)
            exact << &vm;
        else if (vm.name.compare(name, Qt::CaseInsensitive) == 0)
            folded << &vm;
    }
    const auto& found = exact.isEmpty() ? folded : exact;
    if (found.size() == 1)
        return *found.first();
    if (found.isEmpty())
        return makeVsphereError(VsphereErrorCategory::NotFound,
                                templates ? Text::tr("There is no template named \"%1\" in this "
                                                     "vCenter; see the Templates tab or "
                                                     "`vcenter templates`.")
                                                .arg(name)
                                          : Text::tr("There is no VM named \"%1\" in this "
                                                     "vCenter; see the VMs tab or `vcenter vms`.")
                                                .arg(name));
    QStringList where;
    for (const VirtualMachine* vm : found)
        where << vm->folderPath;
    return invalid(Text::tr("Several VMs are named \"%1\" (in %2); rename one in vCenter first.")
                       .arg(name, where.join(QStringLiteral(", "))));
}

VsphereResult<ClonePlan> planClone(const Inventory& inventory, const CloneRequest& r) {
    auto source = findVmByName(inventory, r.templateName, true);
    if (!source)
        return source.error();
    if (auto st = validateNamePattern(r.name); !st)
        return invalid(st.error().message);
    for (const VirtualMachine& vm : inventory.vms)
        if (vm.name.compare(r.name, Qt::CaseInsensitive) == 0)
            return makeVsphereError(VsphereErrorCategory::AlreadyExists,
                                    Text::tr("A VM named \"%1\" already exists; choose another "
                                             "name.")
                                        .arg(r.name));
    ClonePlan plan;
    plan.source = *source;
    plan.spec.powerOn = r.powerOn;
    if (auto e = place(inventory, *source, r.cluster, r.host, r.datastore, r.folder, plan.spec))
        return *e;
    plan.spec.customization =
        customization(r.name, r.ipAddress, r.prefixLength, r.gateway, r.dnsServers, r.domain);
    return plan;
}

VsphereResult<ClonePlan> planGroupClone(const Inventory& inventory, const ScaleGroup& group,
                                        const PlannedVm& vm) {
    const VirtualMachine* source = nullptr;
    const QString uuid =
        group.templateKey.startsWith(QLatin1String("vm:")) ? group.templateKey.mid(3) : QString();
    for (const VirtualMachine& v : inventory.vms)
        if (v.isTemplate && !uuid.isEmpty() && v.instanceUuid == uuid)
            source = &v;
    if (!source) {
        auto byName = findVmByName(inventory, group.templateName, true);
        if (!byName)
            return byName.error();
        source = &*inventory.vms.constFind(byName->ref);
    }
    const Placement& p = group.placement;
    ClonePlan plan;
    plan.source = *source;
    if (auto e = place(inventory, *source, p.computeName, p.hostName, p.datastoreName, p.folderPath,
                       plan.spec))
        return *e;
    const IpPool& pool = group.ipPool;
    plan.spec.customization = customization(vm.name, vm.ipAddress, pool.prefixLength, pool.gateway,
                                            pool.dnsServers, pool.domain);
    return plan;
}

void destroyVm(VsphereClient* client, const VirtualMachine& vm, const TaskOptions& options,
               QObject* context, VsphereCallback<TaskInfo> done) {
    auto deliver = fd::handoff<VsphereResult<TaskInfo>>(context, std::move(done));
    QPointer<VsphereClient> guard(client);
    const auto destroyNow = [guard, ref = vm.ref, options, deliver] {
        if (!guard) {
            deliver(makeVsphereError(VsphereErrorCategory::Cancelled,
                                     Text::tr("The vCenter connection was closed.")));
            return;
        }
        guard->destroy(ref, options, guard, deliver);
    };
    if (vm.powerState != PowerState::PoweredOn) {
        destroyNow();
        return;
    }
    TaskOptions off = options;
    off.label = Text::tr("Power off %1").arg(vm.name);
    client->power(vm.ref, PowerAction::Off, off, client,
                  [destroyNow, deliver](VsphereResult<TaskInfo> r) {
                      if (!r && r.error().faultType != QLatin1String("InvalidPowerState")) {
                          deliver(r.error());
                          return;
                      }
                      destroyNow();
                  });
}

namespace {

// One scale-out or scale-in while it runs: owned by its callbacks, ends with done().
struct ScaleRun : std::enable_shared_from_this<ScaleRun> {
    VcenterService* service = nullptr;
    QPointer<VsphereClient> client;
    ScaleGroup group;
    ScaleEvent event;
    Inventory inventory;
    QList<PlannedVm> planned;    // out
    QList<ScaleMember> removing; // in
    QStringList madeOrRemoved;   // shown in the event: "name (ip)"
    int index = 0;
    std::function<void(const ScaleProgress&)> progress;
    std::function<void(fd::Result<ScaleEvent>)> done;

    fd::store::Store& store() const { return service->store(); }

    void report(const QString& current, int taskProgress) {
        if (progress)
            progress({index, event.requested, current, taskProgress});
    }

    void finish(ScaleEvent::Result result, const QString& message) {
        event.result = result;
        event.done = index;
        event.vms = madeOrRemoved;
        event.message = message;
        auto self = shared_from_this();
        const ScaleEvent e = event;
        const bool out = event.direction == ScaleEvent::Direction::Out;
        service->audit(out ? QStringLiteral("scale-out") : QStringLiteral("scale-in"), group.name,
                       scaleResultName(result),
                       QStringLiteral("%1/%2 %3%4")
                           .arg(index)
                           .arg(event.requested)
                           .arg(madeOrRemoved.join(QStringLiteral(", ")),
                                message.isEmpty() ? QString() : QStringLiteral(": ") + message));
        store().write(
            [e](sqlite3* db) { return e.id ? repository::updateScaleEvent(db, e) : fd::Status(); },
            service,
            [self, e](fd::Status st) {
                if (!st) {
                    self->done(st.error());
                    return;
                }
                self->done(e);
            });
    }

    void fail(const QString& message) {
        if (event.direction == ScaleEvent::Direction::Out) {
            const QString what = index == 0
                                     ? message
                                     : Text::tr("%1 Cloned before the failure (left in place): %2.")
                                           .arg(message, madeOrRemoved.join(QStringLiteral(", ")));
            finish(index == 0 ? ScaleEvent::Result::Failed : ScaleEvent::Result::Partial, what);
        } else {
            const QString what = index == 0
                                     ? message
                                     : Text::tr("%1 Removed before the failure: %2.")
                                           .arg(message, madeOrRemoved.join(QStringLiteral(", ")));
            finish(index == 0 ? ScaleEvent::Result::Failed : ScaleEvent::Result::Partial, what);
        }
    }

    void nextOut() {
        if (index >= planned.size()) {
            finish(ScaleEvent::Result::Success, {});
            return;
        }
        if (!client) {
            fail(Text::tr("The vCenter connection was closed."));
            return;
        }
        const PlannedVm vm = planned.at(index);
        auto plan = planGroupClone(inventory, group, vm);
        if (!plan) {
            fail(plan.error().message);
            return;
        }
        report(vm.name, 0);
        auto self = shared_from_this();
        TaskOptions options;
        options.label = Text::tr("Clone %1").arg(vm.name);
        options.onProgress = [self, name = vm.name](const TaskInfo& info) {
            self->report(name, info.progress);
        };
        client->cloneVM(
            plan->source.ref, vm.name, plan->spec, options, service,
            [self, vm](VsphereResult<TaskInfo> r) {
                if (!r) {
                    self->fail(r.error().message);
                    return;
                }
                ScaleMember m;
                m.groupId = self->group.id;
                m.vmName = vm.name;
                m.vmRef = r->result.value;
                m.ipAddress = vm.ipAddress;
                m.seq = vm.seq;
                self->store().write(
                    [m](sqlite3* db) mutable { return repository::saveScaleMember(db, m); },
                    self->service,
                    [self, vm](fd::Status st) {
                        self->madeOrRemoved
                            << (vm.ipAddress.isEmpty()
                                    ? vm.name
                                    : QStringLiteral("%1 (%2)").arg(vm.name, vm.ipAddress));
                        ++self->index;
                        if (!st) {
                            self->fail(st.error().message);
                            return;
                        }
                        self->nextOut();
                    });
            });
    }

    void nextIn() {
        if (index >= removing.size()) {
            finish(ScaleEvent::Result::Success, {});
            return;
        }
        if (!client) {
            fail(Text::tr("The vCenter connection was closed."));
            return;
        }
        const ScaleMember m = removing.at(index);
        auto self = shared_from_this();
        const auto forget = [self, m] {
            self->store().write(
                [m](sqlite3* db) { return repository::deleteScaleMember(db, m.groupId, m.vmName); },
                self->service,
                [self, m](fd::Status st) {
                    self->madeOrRemoved << m.vmName;
                    ++self->index;
                    if (!st) {
                        self->fail(st.error().message);
                        return;
                    }
                    self->nextIn();
                });
        };
        const VirtualMachine* vm = nullptr;
        for (const VirtualMachine& v : inventory.vms)
            if ((!m.vmRef.isEmpty() && v.ref.value == m.vmRef) || v.name == m.vmName)
                vm = &v;
        if (!vm) { // deleted outside Fleetdeck: nothing to destroy
            forget();
            return;
        }
        report(m.vmName, 0);
        TaskOptions options;
        options.label = Text::tr("Destroy %1").arg(m.vmName);
        destroyVm(client, *vm, options, service, [self, forget](VsphereResult<TaskInfo> r) {
            if (!r && r.error().category != VsphereErrorCategory::NotFound) {
                self->fail(r.error().message);
                return;
            }
            forget();
        });
    }

    void start(ScaleEvent::Direction direction, int count) {
        event.groupId = group.id;
        event.direction = direction;
        event.requested = count;
        event.at = QDateTime::currentDateTimeUtc();
        auto self = shared_from_this();
        client->inventory({}, service, [self, direction, count](VsphereResult<InventoryResult> r) {
            if (!r) {
                self->done(r.error().toError());
                return;
            }
            self->inventory = std::move(r->inventory);
            // The group's members are read on the store's reader thread, not here (the UI thread
            // in the GUI).
            const qint64 groupId = self->group.id;
            self->store().readAsync<QList<ScaleMember>>(
                [groupId](sqlite3* db) { return repository::loadScaleMembers(db, groupId); },
                self->service,
                [self, direction, count](fd::Result<QList<ScaleMember>> members) {
                    if (!members) {
                        self->done(members.error());
                        return;
                    }
                    self->plan(direction, count, *members);
                });
        });
    }

    // Plans the scale-out or -in over the inventory and the stored members, records the event,
    // then runs the plan (or finishes with the refusal).
    void plan(ScaleEvent::Direction direction, int count, const QList<ScaleMember>& members) {
        auto self = shared_from_this();
        QString refusal;
        if (direction == ScaleEvent::Direction::Out) {
            QSet<QString> names;
            QSet<QString> ips;
            for (const VirtualMachine& vm : self->inventory.vms) {
                names.insert(vm.name.toLower());
                for (const QString& ip : vm.ipAddresses())
                    ips.insert(ip);
            }
            for (const ScaleMember& m : members) {
                names.insert(m.vmName.toLower());
                if (!m.ipAddress.isEmpty())
                    ips.insert(m.ipAddress);
            }
            auto outPlan = planScaleOut(self->group, count, names, ips);
            if (!outPlan)
                refusal = outPlan.error().message;
            else
                self->planned = *outPlan;
        } else {
            self->removing = planScaleIn(members, count);
            if (self->removing.isEmpty())
                refusal =
                    Text::tr("The scale group \"%1\" has no VMs to remove.").arg(self->group.name);
        }
        auto e = std::make_shared<ScaleEvent>(self->event);
        if (!refusal.isEmpty()) {
            e->result = ScaleEvent::Result::Failed;
            e->message = refusal;
        }
        self->store().write([e](sqlite3* db) { return repository::appendScaleEvent(db, *e); },
                            self->service,
                            [self, e, refusal, direction](fd::Status st) {
                                if (!st) {
                                    self->done(st.error());
                                    return;
                                }
                                self->event = *e;
                                if (!refusal.isEmpty()) {
                                    self->finish(ScaleEvent::Result::Failed, refusal);
                                    return;
                                }
                                if (direction == ScaleEvent::Direction::Out)
                                    self->nextOut();
                                else
                                    self->nextIn();
                            });
    }
};

} // namespace

void scaleGroup(VcenterService& service, VsphereClient* client, const ScaleGroup& group,
                ScaleEvent::Direction direction, int count, QObject* context,
                std::function<void(const ScaleProgress&)> progress,
                std::function<void(fd::Result<ScaleEvent>)> done) {
    auto run = std::make_shared<ScaleRun>();
    run->service = &service;
    run->client = client;
    run->group = group;
    QPointer<QObject> ctx(context);
    run->progress = [ctx, progress = std::move(progress)](const ScaleProgress& p) {
        if (ctx && progress)
            progress(p);
    };
    run->done = fd::handoff<fd::Result<ScaleEvent>>(context, std::move(done));
    if (count <= 0) {
        run->done(fd::Error(fd::ErrorKind::InvalidInput,
                            Text::tr("Give a number of VMs greater than zero.")));
        return;
    }
    run->start(direction, count);
}

} // namespace fd::vsphere
