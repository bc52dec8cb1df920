// VsphereClient against the real vSphere simulator (govmomi's, tests/servers/vcsim): login and
// wrong passwords, the inventory with every guest IP, templates and vCLS agents, faults, an
// expired session, the update stream, power / clone / destroy tasks to completion, and
// content-library templates over REST.

#include "vcsimserver.h"
#include "vsphere/inventorywatch.h"
#include "vsphere/vsphereclient.h"

#include <QCoreApplication>
#include <QTest>

#include <optional>

using namespace fd::vsphere;

namespace {

// Waits (with the event loop running) for one async result.
template <typename T> class Await {
public:
    std::function<void(VsphereResult<T>)> callback() {
        return [this](VsphereResult<T> r) { m_result.emplace(std::move(r)); };
    }
    bool wait(int ms = 30000) {
        const QDeadlineTimer deadline(ms);
        while (!m_result && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return m_result.has_value();
    }
    VsphereResult<T>& result() { return *m_result; }

private:
    std::optional<VsphereResult<T>> m_result;
};

QString describe(const VsphereError& e) {
    return categoryName(e.category) + QStringLiteral(": ") + e.message + QStringLiteral(" [") +
           e.detail + u']';
}

#define VERIFY_OK(r) QVERIFY2((r).ok(), qPrintable((r).ok() ? QString() : describe((r).error())))

} // namespace

class TestVsphereClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginReadsServiceContent();
    void wrongPasswordIsInvalidLogin();
    void untrustedCertificateIsRefused();
    void inventoryInOneRoundTrip();
    void everyIpOfEveryNic();
    void retrieveSelectedObjects();
    void faultsBecomeClearErrors();
    void expiredSessionLogsInAgain();
    void updateStreamDeliversChanges();
    void powerTasksRunToCompletion();
    void cloneAndDestroy();
    void cancelOfAFinishedTask();
    void libraryTemplatesOverRest();
    void logoutEndsTheSession();

private:
    Connection connection() const;
    InventoryResult readInventory(VsphereClient& client);
    VirtualMachine findVm(const Inventory& inv,
                          const std::function<bool(const VirtualMachine&)>& f);

    fd::test::VcsimServer m_sim;
};

Connection TestVsphereClient::connection() const {
    Connection c;
    c.endpoint.url = m_sim.url();
    c.endpoint.tls.caPem = m_sim.certPem(); // the simulator's own self-signed certificate
    c.userName = m_sim.userName();
    c.password = m_sim.password();
    return c;
}

InventoryResult TestVsphereClient::readInventory(VsphereClient& client) {
    Await<InventoryResult> inv;
    client.inventory({}, this, inv.callback());
    if (!inv.wait() || !inv.result().ok())
        qFatal("inventory failed: %s",
               inv.result().ok() ? "timeout" : qPrintable(describe(inv.result().error())));
    return std::move(inv.result().value());
}

VirtualMachine TestVsphereClient::findVm(const Inventory& inv,
                                         const std::function<bool(const VirtualMachine&)>& f) {
    for (const VirtualMachine& vm : inv.virtualMachines(true, true))
        if (f(vm))
            return vm;
    return {};
}

void TestVsphereClient::initTestCase() {
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
}

void TestVsphereClient::cleanupTestCase() {
    m_sim.stop();
}

void TestVsphereClient::loginReadsServiceContent() {
    VsphereClient client(connection());
    Await<UserSession> login;
    client.login(this, login.callback());
    QVERIFY(login.wait());
    VERIFY_OK(login.result());
    QCOMPARE(login.result()->userName, m_sim.userName());
    QVERIFY(client.isLoggedIn());
    QCOMPARE(client.sessionKey(), login.result()->key);
    QCOMPARE(client.serviceContent().apiType, QStringLiteral("VirtualCenter"));
    QCOMPARE(client.sdkUrl().path(), QStringLiteral("/sdk"));

    // The URL without /sdk works the same.
    Connection bare = connection();
    bare.endpoint.url = m_sim.baseUrl();
    VsphereClient client2(bare);
    QCOMPARE(client2.sdkUrl().toString(), m_sim.url());
}

void TestVsphereClient::wrongPasswordIsInvalidLogin() {
    Connection c = connection();
    c.password = "not-the-password";
    VsphereClient client(c);
    Await<InventoryResult> inv;
    client.inventory({}, this, inv.callback());
    QVERIFY(inv.wait());
    QVERIFY(!inv.result().ok());
    QCOMPARE(inv.result().error().category, VsphereErrorCategory::InvalidLogin);
    QVERIFY(inv.result().error().message.contains(QLatin1String("user name or password")));
    QVERIFY(!inv.result().error().message.contains(QLatin1String("not-the-password")));
    QVERIFY(!inv.result().error().detail.contains(QLatin1String("not-the-password")));
    QVERIFY(!client.isLoggedIn());
}

void TestVsphereClient::untrustedCertificateIsRefused() {
    Connection c = connection();
    c.endpoint.tls.caPem.clear(); // the system store does not know the simulator's certificate
    VsphereClient client(c);
    Await<UserSession> login;
    client.login(this, login.callback());
    QVERIFY(login.wait());
    QVERIFY(!login.result().ok());
    QCOMPARE(login.result().error().category, VsphereErrorCategory::Network);
    QCOMPARE(login.result().error().netKind, fd::net::NetErrorKind::TlsUnknownCa);
    // The fingerprint to pin ("trust this certificate") is the simulator's.
    QCOMPARE(login.result().error().peerCertSha256, m_sim.sha256());
}

void TestVsphereClient::inventoryInOneRoundTrip() {
    VsphereClient client(connection());
    const InventoryResult r = readInventory(client);
    const Inventory& inv = r.inventory;
    // CreateContainerView + one RetrievePropertiesEx: never one request per VM.
    QCOMPARE(r.requests, 2);
    QCOMPARE(r.pages, 1);
    QCOMPARE(inv.vms.size(), m_sim.vmCount());
    QCOMPARE(inv.templates().size(), m_sim.templateCount());
    int vcls = 0;
    for (const VirtualMachine& vm : inv.vms)
        vcls += vm.isVclsAgent() ? 1 : 0;
    QCOMPARE(vcls, m_sim.vclsCount());
    QCOMPARE(inv.virtualMachines().size(),
             m_sim.vmCount() - m_sim.templateCount() - m_sim.vclsCount());
    QCOMPARE(inv.datacenters.size(), 2);
    QCOMPARE(inv.clusters().size(), 4);
    QCOMPARE(inv.hosts.size(), 10);
    QVERIFY(inv.datastores.size() >= 2);
    for (const Datastore& d : inv.datastores) {
        QVERIFY(d.capacityBytes > 0);
        QVERIFY(d.freeBytes >= 0 && d.freeBytes <= d.capacityBytes);
        QVERIFY(!d.datacenterName.isEmpty());
    }
    for (const HostSystem& h : inv.hosts) {
        QCOMPARE(h.connectionState, QStringLiteral("connected"));
        QVERIFY(h.numCpuCores > 0);
        QVERIFY(h.memoryBytes > 0);
    }
    QVERIFY(!inv.networks.isEmpty());
    QVERIFY(!inv.resourcePools.isEmpty());

    int clustered = 0, standalone = 0, off = 0;
    for (const VirtualMachine& vm : inv.virtualMachines()) {
        QVERIFY(!vm.hostName.isEmpty());
        QVERIFY(vm.datacenterName == u"DC0" || vm.datacenterName == u"DC1");
        QVERIFY2(vm.folderPath.startsWith(u'/' + vm.datacenterName + QStringLiteral("/vm")),
                 qPrintable(vm.folderPath));
        QVERIFY(!vm.guestFullName.isEmpty() || !vm.guestId.isEmpty());
        (vm.clusterName.isEmpty() ? standalone : clustered) += 1;
        off += vm.powerState == PowerState::PoweredOff ? 1 : 0;
    }
    QVERIFY(clustered > 0);
    QVERIFY(standalone > 0);
    QVERIFY(off > 0);
    const VirtualMachine gpu = findVm(inv, [](const VirtualMachine& vm) {
        return vm.folderPath.endsWith(QLatin1String("/vm/prod/gpu"));
    });
    QVERIFY(!gpu.ref.isNull());
}

void TestVsphereClient::everyIpOfEveryNic() {
    VsphereClient client(connection());
    const Inventory inv = readInventory(client).inventory;
    int several = 0, noTools = 0;
    for (const VirtualMachine& vm : inv.virtualMachines(true, true)) {
        if (vm.powerState == PowerState::PoweredOn && vm.toolsStatus == u"toolsOk") {
            QVERIFY2(!vm.ipAddresses().isEmpty(), qPrintable(vm.name));
            QVERIFY(vm.ipAddresses().contains(vm.primaryIp));
        }
        if (vm.nics.size() > 1) {
            ++several;
            QCOMPARE(vm.ipAddresses().size(), 4); // IPv4 + IPv6 on one NIC, two IPv4 on the other
            QCOMPARE(vm.nics[1].network, QStringLiteral("DVPG-storage"));
        }
        if (vm.toolsStatus == u"toolsNotInstalled") {
            ++noTools;
            QVERIFY(vm.ipAddresses().isEmpty());
        }
    }
    QVERIFY(several >= 3);
    QVERIFY(noTools >= 2);
}

void TestVsphereClient::retrieveSelectedObjects() {
    VsphereClient client(connection());
    const Inventory inv = readInventory(client).inventory;
    const VirtualMachine multi =
        findVm(inv, [](const VirtualMachine& vm) { return vm.nics.size() > 1; });
    QVERIFY(!multi.ref.isNull());
    Await<InventoryResult> one;
    client.retrieve({{QStringLiteral("VirtualMachine"), {"name", "guest.net"}}},
                    soap::ObjectSelection::ofObjects({multi.ref}), 0, this, one.callback());
    QVERIFY(one.wait());
    VERIFY_OK(one.result());
    QCOMPARE(one.result()->requests, 1);
    QCOMPARE(one.result()->inventory.vms.size(), 1);
    const VirtualMachine got = one.result()->inventory.vms.value(multi.ref);
    QCOMPARE(got.name, multi.name);
    QCOMPARE(got.ipAddresses(), multi.ipAddresses());
}

void TestVsphereClient::faultsBecomeClearErrors() {
    VsphereClient client(connection());
    // A VM that does not exist: ManagedObjectNotFound.
    Await<TaskInfo> gone;
    TaskOptions options;
    options.label = QStringLiteral("Destroy ghost");
    client.destroy({QStringLiteral("VirtualMachine"), QStringLiteral("vm-424242")}, options, this,
                   gone.callback());
    QVERIFY(gone.wait());
    QVERIFY(!gone.result().ok());
    QCOMPARE(gone.result().error().category, VsphereErrorCategory::NotFound);
    QCOMPARE(gone.result().error().faultType, QStringLiteral("ManagedObjectNotFound"));
    QVERIFY2(gone.result().error().message.startsWith(QLatin1String("Destroy ghost failed")),
             qPrintable(gone.result().error().message));

    // A task that fails in vCenter: powering off a VM that is off (InvalidPowerState).
    const Inventory inv = readInventory(client).inventory;
    const VirtualMachine off = findVm(inv, [](const VirtualMachine& vm) {
        return vm.powerState == PowerState::PoweredOff && !vm.isTemplate;
    });
    QVERIFY(!off.ref.isNull());
    Await<TaskInfo> task;
    options.label = QStringLiteral("Power off ") + off.name;
    client.power(off.ref, PowerAction::Off, options, this, task.callback());
    QVERIFY(task.wait());
    QVERIFY(!task.result().ok());
    QCOMPARE(task.result().error().category, VsphereErrorCategory::InvalidState);
    QCOMPARE(task.result().error().faultType, QStringLiteral("InvalidPowerState"));
    QVERIFY(task.result().error().message.contains(off.name));

    // A method the simulator does not know is a clear "not supported", not a crash.
    Await<QByteArray> raw;
    client.call(QStringLiteral("NoSuchMethod"),
                "<?xml version=\"1.0\"?><soapenv:Envelope "
                "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                "<NoSuchMethod xmlns=\"urn:vim25\"><_this type=\"Folder\">group-d1</_this>"
                "</NoSuchMethod></soapenv:Body></soapenv:Envelope>",
                this, raw.callback());
    QVERIFY(raw.wait());
    QVERIFY(!raw.result().ok());
    QVERIFY(!raw.result().error().message.isEmpty());
}

void TestVsphereClient::expiredSessionLogsInAgain() {
    VsphereClient victim(connection());
    readInventory(victim);
    const QString oldKey = victim.sessionKey();
    QVERIFY(!oldKey.isEmpty());

    // An administrator ends the session from another one.
    VsphereClient admin(connection());
    Await<bool> terminated;
    admin.terminateSessions({oldKey}, this, terminated.callback());
    QVERIFY(terminated.wait());
    VERIFY_OK(terminated.result());

    // The next call meets NotAuthenticated, logs in again and succeeds.
    const InventoryResult again = readInventory(victim);
    QCOMPARE(again.inventory.vms.size(), m_sim.vmCount());
    QVERIFY(!victim.sessionKey().isEmpty());
    QVERIFY(victim.sessionKey() != oldKey);

    // A task call too.
    const QString secondKey = victim.sessionKey();
    Await<bool> terminated2;
    admin.terminateSessions({secondKey}, this, terminated2.callback());
    QVERIFY(terminated2.wait());
    const VirtualMachine vm = findVm(again.inventory, [](const VirtualMachine& v) {
        return v.powerState == PowerState::PoweredOn && !v.isVclsAgent();
    });
    Await<TaskInfo> info;
    victim.power(vm.ref, PowerAction::Reset, {}, this, info.callback());
    QVERIFY(info.wait());
    VERIFY_OK(info.result());
    QVERIFY(victim.sessionKey() != secondKey);
}

void TestVsphereClient::updateStreamDeliversChanges() {
    VsphereClient client(connection());
    QList<InventoryUpdate> updates;
    QList<VsphereError> errors;
    WatchHandlers handlers;
    handlers.onUpdate = [&updates](const InventoryUpdate& u) { updates.append(u); };
    handlers.onError = [&errors](const VsphereError& e, bool) { errors.append(e); };
    InventoryWatch* watch = client.watch(this, handlers);
    watch->setMaxWaitSeconds(10);
    QTRY_VERIFY_WITH_TIMEOUT(!updates.isEmpty(), 30000);
    QVERIFY(updates.first().full);
    const Inventory& first = updates.first().inventory;
    QCOMPARE(first.vms.size(), m_sim.vmCount());
    const VirtualMachine target = findVm(first, [](const VirtualMachine& vm) {
        return vm.powerState == PowerState::PoweredOn && !vm.isVclsAgent() && vm.nics.size() == 1;
    });
    QVERIFY(!target.ref.isNull());

    // Another session powers the VM off: the change arrives without a reload.
    VsphereClient other(connection());
    Await<TaskInfo> off;
    other.power(target.ref, PowerAction::Off, {}, this, off.callback());
    QVERIFY(off.wait());
    VERIFY_OK(off.result());
    auto seen = [&](const std::function<bool(const VirtualMachine&)>& pred) {
        for (const InventoryUpdate& u : std::as_const(updates))
            if (!u.full)
                for (const VirtualMachine& vm : u.vms)
                    if (vm.ref == target.ref && pred(vm))
                        return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        seen([](const VirtualMachine& vm) { return vm.powerState == PowerState::PoweredOff; }),
        15000);
    for (const InventoryUpdate& u : std::as_const(updates))
        if (!u.full)
            QVERIFY(u.vms.size() <= 2); // only what changed, not the inventory again
    // Resolved fields come along with a change.
    QVERIFY(seen([&](const VirtualMachine& vm) { return vm.hostName == target.hostName; }));

    // A guest IP change (VMware Tools reports a new address).
    Await<TaskInfo> on;
    other.power(target.ref, PowerAction::On, {}, this, on.callback());
    QVERIFY(on.wait());
    const QByteArray reconfig =
        "<?xml version=\"1.0\"?><soapenv:Envelope "
        "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><soapenv:Body>"
        "<ReconfigVM_Task xmlns=\"urn:vim25\"><_this type=\"VirtualMachine\">" +
        target.ref.value.toUtf8() +
        "</_this><spec><extraConfig><key>SET.guest.ipAddress</key>"
        "<value xsi:type=\"xsd:string\">172.31.9.9</value></extraConfig></spec>"
        "</ReconfigVM_Task></soapenv:Body></soapenv:Envelope>";
    Await<QByteArray> done;
    other.call(QStringLiteral("ReconfigVM_Task"), reconfig, this, done.callback());
    QVERIFY(done.wait());
    VERIFY_OK(done.result());
    QTRY_VERIFY_WITH_TIMEOUT(seen([](const VirtualMachine& vm) {
                                 return vm.ipAddresses().contains(QLatin1String("172.31.9.9"));
                             }),
                             15000);

    // The session ends under the watch: it logs in again and starts over with a full update.
    const int before = updates.size();
    Await<bool> terminated;
    other.terminateSessions({client.sessionKey()}, this, terminated.callback());
    QVERIFY(terminated.wait());
    VERIFY_OK(terminated.result());
    QTRY_VERIFY_WITH_TIMEOUT(updates.size() > before && updates.last().full, 30000);
    QVERIFY(errors.isEmpty());
    watch->stop();
    QVERIFY(!watch->isRunning());
}

void TestVsphereClient::powerTasksRunToCompletion() {
    VsphereClient client(connection());
    const Inventory inv = readInventory(client).inventory;
    const VirtualMachine vm = findVm(inv, [](const VirtualMachine& v) {
        return v.powerState == PowerState::PoweredOn && !v.isVclsAgent() &&
               v.toolsStatus == u"toolsOk";
    });
    QVERIFY(!vm.ref.isNull());
    QList<TaskInfo> progress;
    MoRef started;
    TaskOptions options;
    options.onProgress = [&progress](const TaskInfo& t) { progress.append(t); };
    options.onStarted = [&started](const MoRef& t) { started = t; };
    Await<TaskInfo> off;
    client.power(vm.ref, PowerAction::Off, options, this, off.callback());
    QVERIFY(off.wait());
    VERIFY_OK(off.result());
    QCOMPARE(off.result()->state, TaskState::Success);
    QCOMPARE(started.type, QStringLiteral("Task"));
    QCOMPARE(off.result()->task, started);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().state, TaskState::Success);

    Await<TaskInfo> on;
    client.power(vm.ref, PowerAction::On, {}, this, on.callback());
    QVERIFY(on.wait());
    VERIFY_OK(on.result());
    Await<bool> shutdown;
    client.shutdownGuest(vm.ref, QStringLiteral("Shut down ") + vm.name, this, shutdown.callback());
    QVERIFY(shutdown.wait());
    VERIFY_OK(shutdown.result());
}

void TestVsphereClient::cloneAndDestroy() {
    VsphereClient client(connection());
    const Inventory inv = readInventory(client).inventory;
    const VirtualMachine tmpl = findVm(inv, [](const VirtualMachine& vm) {
        return vm.isTemplate && vm.name == u"tmpl-ubuntu-22.04-gpu";
    });
    QVERIFY(!tmpl.ref.isNull());
    const MoRef folder = inv.findByPath(QStringLiteral("/DC0/vm/prod"));
    QCOMPARE(folder.type, QStringLiteral("Folder"));
    const HostSystem host = inv.hosts.value(tmpl.host);
    const ComputeResource cluster = inv.computeResources.value(host.parent);
    QVERIFY(cluster.isCluster());
    const Datastore ds = inv.datastoreList().first();

    soap::CloneSpec spec;
    spec.folder = folder;
    spec.pool = cluster.resourcePool;
    spec.datastore = ds.ref;
    spec.powerOn = false;
    soap::GuestCustomization g;
    g.hostName = QStringLiteral("llm-serve-01");
    g.dhcp = false;
    g.ipAddress = QStringLiteral("10.99.0.11");
    g.prefixLength = 24;
    g.gateway = QStringLiteral("10.99.0.1");
    g.dnsServers = {QStringLiteral("10.99.0.53")};
    spec.customization = g;
    Await<TaskInfo> clone;
    TaskOptions options;
    options.label = QStringLiteral("Clone llm-serve-01");
    client.cloneVM(tmpl.ref, QStringLiteral("llm-serve-01"), spec, options, this, clone.callback());
    QVERIFY(clone.wait(60000));
    VERIFY_OK(clone.result());
    const MoRef newVm = clone.result()->result;
    QCOMPARE(newVm.type, QStringLiteral("VirtualMachine"));

    Inventory after = readInventory(client).inventory;
    QVERIFY(after.vms.contains(newVm));
    const VirtualMachine created = after.vms.value(newVm);
    QCOMPARE(created.name, QStringLiteral("llm-serve-01"));
    QCOMPARE(created.folderPath, QStringLiteral("/DC0/vm/prod"));
    QVERIFY(!created.isTemplate);
    QCOMPARE(created.clusterName, cluster.name);

    // The same customisation through CustomizeVM_Task, applied by the guest at power-on: the
    // simulator decodes our CustomizationSpec with govmomi's own types and sets what it says.
    Await<TaskInfo> customize;
    client.customizeVM(newVm, g, {}, this, customize.callback());
    QVERIFY(customize.wait());
    VERIFY_OK(customize.result());
    Await<TaskInfo> on;
    client.power(newVm, PowerAction::On, {}, this, on.callback());
    QVERIFY(on.wait());
    VERIFY_OK(on.result());
    Await<InventoryResult> one;
    client.retrieve({vmProperties()}, soap::ObjectSelection::ofObjects({newVm}), 0, this,
                    one.callback());
    QVERIFY(one.wait());
    VERIFY_OK(one.result());
    const VirtualMachine customized = one.result()->inventory.vms.value(newVm);
    QVERIFY2(customized.ipAddresses().contains(QLatin1String("10.99.0.11")),
             qPrintable(customized.ipAddresses().join(u',')));
    QCOMPARE(customized.guestHostName, QStringLiteral("llm-serve-01"));
    Await<TaskInfo> off;
    client.power(newVm, PowerAction::Off, {}, this, off.callback());
    QVERIFY(off.wait());
    VERIFY_OK(off.result());

    Await<TaskInfo> destroyed;
    client.destroy(newVm, {}, this, destroyed.callback());
    QVERIFY(destroyed.wait());
    VERIFY_OK(destroyed.result());
    after = readInventory(client).inventory;
    QVERIFY(!after.vms.contains(newVm));
}

void TestVsphereClient::cancelOfAFinishedTask() {
    VsphereClient client(connection());
    const Inventory inv = readInventory(client).inventory;
    const VirtualMachine vm = findVm(inv, [](const VirtualMachine& v) {
        return v.powerState == PowerState::PoweredOn && !v.isVclsAgent();
    });
    Await<TaskInfo> reset;
    client.power(vm.ref, PowerAction::Reset, {}, this, reset.callback());
    QVERIFY(reset.wait());
    VERIFY_OK(reset.result());
    // The simulator finishes tasks at once: cancelling one that ended is refused with a
    // clear error (vCenter: InvalidState; the simulator lacks CancelTask: not supported).
    Await<bool> cancel;
    client.cancelTask(reset.result()->task, this, cancel.callback());
    QVERIFY(cancel.wait());
    QVERIFY(!cancel.result().ok());
    const auto c = cancel.result().error().category;
    QVERIFY2(c == VsphereErrorCategory::InvalidState || c == VsphereErrorCategory::NotSupported,
             qPrintable(describe(cancel.result().error())));
}

void TestVsphereClient::libraryTemplatesOverRest() {
    VsphereClient client(connection());
    Await<QList<LibraryTemplate>> lib;
    client.libraryTemplates(this, lib.callback());
    QVERIFY(lib.wait());
    VERIFY_OK(lib.result());
    // The launcher's library has an OVF template, a VM template and an ISO (not a template).
    QCOMPARE(lib.result()->size(), 2);
    QCOMPARE(lib.result()->at(0).name, QStringLiteral("rhel-9-vllm"));
    QCOMPARE(lib.result()->at(0).type, QStringLiteral("vm-template"));
    QCOMPARE(lib.result()->at(1).name, QStringLiteral("ubuntu-22.04-cuda-12"));
    QCOMPARE(lib.result()->at(1).type, QStringLiteral("ovf"));
    QCOMPARE(lib.result()->at(1).libraryName, QStringLiteral("gpu-images"));
    QVERIFY(!lib.result()->at(1).id.isEmpty());
}

void TestVsphereClient::logoutEndsTheSession() {
    VsphereClient client(connection());
    readInventory(client);
    const QString key = client.sessionKey();
    Await<bool> out;
    client.logout(this, out.callback());
    QVERIFY(out.wait());
    VERIFY_OK(out.result());
    QVERIFY(!client.isLoggedIn());
    // The old session is gone on the server: terminating it again fails or is a no-op, and a
    // new call logs in with a new key.
    readInventory(client);
    QVERIFY(client.sessionKey() != key);
}

QTEST_GUILESS_MAIN(TestVsphereClient)
#include "tst_vsphereclient.moc"
