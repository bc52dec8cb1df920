// vCenter inventory benchmark against the vSphere simulator (tests/servers/vcsim):
//  1. the full inventory with every guest IP (ContainerView + RetrievePropertiesEx) — wall time,
//     CPU and the peak RSS growth of this process;
//  2. the same VM properties fetched one VM at a time, as scripts do (`govc vm.ip` per VM, but
//     here with one session and no process start, which favours the baseline) — the ratio;
//  3. how long one VM's change takes to reach the consumer through the update stream
//     (WaitForUpdatesEx), from sending the change to the update's arrival.
// Not a timed test: figures only.
//
//   bench_vsphere [--vms 2000] [--runs 3] [--sample N] [--changes 5] [--smoke]
//
// --sample N: the one-at-a-time baseline fetches N VMs and extrapolates to all (0: all).

#include "vcsimserver.h"
#include "vsphere/inventorywatch.h"
#include "vsphere/vsphereclient.h"
#include "vsphere/vspheredecode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <optional>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace fd::vsphere;

namespace {

qint64 statusKb(const char* key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix(key);
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    return 0;
}

bool resetPeak() {
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

double cpuMs() {
#ifdef Q_OS_LINUX
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
#else
    return 0;
#endif
}

template <typename T>
std::optional<VsphereResult<T>>
await(const std::function<void(std::function<void(VsphereResult<T>)>)>& start, int ms = 600000) {
    std::optional<VsphereResult<T>> result;
    start([&result](VsphereResult<T> r) { result.emplace(std::move(r)); });
    const QDeadlineTimer deadline(ms);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return result;
}

[[noreturn]] void die(const QString& what) {
    std::fprintf(stderr, "bench_vsphere: %s\n", qPrintable(what));
    std::exit(1);
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("vms"), QStringLiteral("ordinary VMs"), QStringLiteral("n"),
                      QStringLiteral("2000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("inventory reads"),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("sample"), QStringLiteral("baseline VMs (0: all)"),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("update-stream changes"),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("smoke"), QStringLiteral("quick run (CTest)")});
    parser.process(app);
    const int vms = parser.value(QStringLiteral("vms")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int sample = parser.value(QStringLiteral("sample")).toInt();
    const int changes = std::max(1, parser.value(QStringLiteral("changes")).toInt());

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        std::printf("load average: %s (2 cores: above 2, wall times are inflated)\n",
                    loadavg.readAll().trimmed().constData());
    QElapsedTimer clock;
    clock.start();
    fd::test::VcsimServer sim;
    fd::test::VcsimServer::Options options;
    options.vms = vms;
    options.startTimeoutMs = 900000;
    if (!sim.start(options))
        die(sim.errorString());
    std::printf("simulator: %d VMs in all (templates and vCLS included), ready in %.1f s\n",
                sim.vmCount(), clock.elapsed() / 1000.0);

    Connection c;
    c.endpoint.url = sim.url();
    c.endpoint.tls.caPem = sim.certPem();
    c.userName = sim.userName();
    c.password = sim.password();
    VsphereClient client(c);
    QObject context;
    auto login = await<UserSession>([&](auto done) { client.login(&context, done); });
    if (!login || !login->ok())
        die(QStringLiteral("login failed"));

    // 1. Full inventory.
    QList<double> walls, cpus;
    qint64 peakGrowthKb = 0;
    InventoryResult last;
    for (int i = 0; i < runs; ++i) {
        const qint64 before = statusKb("VmRSS:");
        resetPeak();
        const double cpu0 = cpuMs();
        clock.restart();
        auto r = await<InventoryResult>([&](auto done) { client.inventory({}, &context, done); });
        const double wall = clock.nsecsElapsed() / 1e6;
        if (!r || !r->ok())
            die(QStringLiteral("inventory failed: ") + (r ? r->error().message : QString()));
        walls << wall;
        cpus << cpuMs() - cpu0;
        peakGrowthKb = std::max(peakGrowthKb, statusKb("VmHWM:") - before);
        last = std::move(r->value());
    }
    int ips = 0;
    for (const VirtualMachine& vm : last.inventory.vms)
        ips += int(vm.ipAddresses().size());
    const double inventoryMs = median(walls);
    std::printf("inventory: %lld VMs with %d guest IPs, %lld objects, %d requests, %d page(s), "
                "%.1f MB of XML\n",
                qint64(last.inventory.vms.size()), ips, qint64(last.inventory.objectCount()),
                last.requests, last.pages, last.bytes / 1048576.0);
    std::printf("inventory wall: %.0f ms median of %d (min %.0f), cpu %.0f ms (target < 2000 ms)\n",
                inventoryMs, runs, *std::min_element(walls.begin(), walls.end()), median(cpus));
    std::printf("peak rss growth: %+.1f MB\n", peakGrowthKb / 1024.0);

    // The simulator's own share: the same RetrievePropertiesEx answered, not decoded.
    {
        const ServiceContent& sc = client.serviceContent();
        auto view = await<QByteArray>([&](auto done) {
            client.call(
                QStringLiteral("CreateContainerView"),
                soap::createContainerView(sc.viewManager, sc.rootFolder, inventoryTypes(), true),
                &context, done);
        });
        const auto ref = decodeMoRefResult(view->value(), QStringLiteral("CreateContainerView"));
        if (!ref)
            die(QStringLiteral("CreateContainerView failed"));
        QList<double> raw;
        for (int i = 0; i < runs; ++i) {
            clock.restart();
            auto r = await<QByteArray>([&](auto done) {
                client.call(QStringLiteral("RetrievePropertiesEx"),
                            soap::retrievePropertiesEx(sc.propertyCollector, inventoryProperties(),
                                                       soap::ObjectSelection::ofView(*ref), 1000),
                            &context, done);
            });
            if (!r || !r->ok())
                die(QStringLiteral("raw RetrievePropertiesEx failed"));
            raw << clock.nsecsElapsed() / 1e6;
        }
        // Decoding alone, on this thread, from the answer's bytes.
        auto body = await<QByteArray>([&](auto done) {
            client.call(QStringLiteral("RetrievePropertiesEx"),
                        soap::retrievePropertiesEx(sc.propertyCollector, inventoryProperties(),
                                                   soap::ObjectSelection::ofView(*ref), 1000),
                        &context, done);
        });
        clock.restart();
        const double decodeCpu0 = cpuMs();
        Inventory decoded;
        if (!decodeRetrieveResult(body->value(), QStringLiteral("RetrievePropertiesEx"), decoded))
            die(QStringLiteral("decode failed"));
        decoded.resolve();
        const double decodeMs = clock.nsecsElapsed() / 1e6;
        const double decodeCpu = cpuMs() - decodeCpu0;
        std::printf("of which the simulator answering (same request, not decoded): %.0f ms "
                    "median; decode + resolve alone: %.0f ms wall, %.0f ms cpu\n",
                    median(raw), decodeMs, decodeCpu);

        // One VM's change through the decoder into a held inventory of this size.
        const VirtualMachine one = decoded.virtualMachines().first();
        const QByteArray change =
            "<?xml version=\"1.0\"?><soapenv:Envelope "
            "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
            "<WaitForUpdatesExResponse xmlns=\"urn:vim25\"><returnval><version>2</version>"
            "<filterSet><filter type=\"PropertyFilter\">f</filter><objectSet><kind>modify</kind>"
            "<obj type=\"VirtualMachine\">" +
            one.ref.value.toUtf8() +
            "</obj><changeSet><name>runtime.powerState</name><op>assign</op><val>poweredOff"
            "</val></changeSet></objectSet></filterSet></returnval></WaitForUpdatesExResponse>"
            "</soapenv:Body></soapenv:Envelope>";
        decoded.takeChanged();
        clock.restart();
        const int reps = 1000;
        for (int i = 0; i < reps; ++i) {
            (void)decodeUpdateSet(change, decoded);
            for (const MoRef& m : decoded.takeChanged())
                decoded.resolve(decoded.vms[m]);
        }
        std::printf("one VM's change, decode + apply into %lld VMs: %.3f ms\n",
                    qint64(decoded.vms.size()), clock.nsecsElapsed() / 1e6 / reps);
    }

    // 2. One VM at a time.
    QList<MoRef> refs;
    for (const VirtualMachine& vm : last.inventory.virtualMachines(true, true))
        refs << vm.ref;
    const int n = sample > 0 ? std::min<int>(sample, int(refs.size())) : int(refs.size());
    clock.restart();
    for (int i = 0; i < n; ++i) {
        auto r = await<InventoryResult>([&](auto done) {
            client.retrieve({vmProperties()}, soap::ObjectSelection::ofObjects({refs[i]}), 0,
                            &context, done);
        });
        if (!r || !r->ok())
            die(QStringLiteral("per-VM read failed"));
    }
    const double perVmMs = clock.nsecsElapsed() / 1e6;
    const double allMs = perVmMs * refs.size() / std::max(1, n);
    std::printf("one VM at a time: %d requests in %.0f ms (%.2f ms each)%s\n", n, perVmMs,
                perVmMs / std::max(1, n),
                n < refs.size() ? qPrintable(QStringLiteral(", %1 ms for all %2 extrapolated")
                                                 .arg(allMs, 0, 'f', 0)
                                                 .arg(refs.size()))
                                : "");
    std::printf("inventory ratio: %.1fx (one VM at a time / full inventory)\n",
                allMs / std::max(1.0, inventoryMs));

    // 3. Update stream: a change made by another session reaches the consumer.
    QList<InventoryUpdate> updates;
    QElapsedTimer sent;
    QList<double> latencies;
    MoRef target;
    PowerState wanted = PowerState::PoweredOff;
    WatchHandlers handlers;
    handlers.onUpdate = [&](const InventoryUpdate& u) {
        updates << u;
        if (u.full || target.isNull())
            return;
        for (const VirtualMachine& vm : u.vms)
            if (vm.ref == target && vm.powerState == wanted && sent.isValid()) {
                latencies << sent.nsecsElapsed() / 1e6;
                sent.invalidate();
            }
    };
    clock.restart();
    InventoryWatch* watch = client.watch(&context, handlers);
    const QDeadlineTimer first(600000);
    while (updates.isEmpty() && !first.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (updates.isEmpty())
        die(QStringLiteral("the update stream sent nothing"));
    std::printf("update stream: initial full update (%lld VMs) in %.0f ms\n",
                qint64(updates.first().inventory.vms.size()), clock.nsecsElapsed() / 1e6);
    for (const VirtualMachine& vm : updates.first().inventory.virtualMachines())
        if (vm.powerState == PowerState::PoweredOn) {
            target = vm.ref;
            break;
        }
    VsphereClient other(c);
    for (int i = 0; i < changes; ++i) {
        wanted = i % 2 == 0 ? PowerState::PoweredOff : PowerState::PoweredOn;
        const int before = int(latencies.size());
        sent.start();
        other.power(target, wanted == PowerState::PoweredOff ? PowerAction::Off : PowerAction::On,
                    {}, &context, [](auto) {});
        const QDeadlineTimer deadline(30000);
        while (latencies.size() == before && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (latencies.size() == before)
            die(QStringLiteral("a change did not arrive within 30 s"));
    }
    std::printf("update latency: %.0f ms median of %d (power change by another session to the "
                "consumer; includes the task)\n",
                median(latencies), int(latencies.size()));
    watch->stop();
    return 0;
}
