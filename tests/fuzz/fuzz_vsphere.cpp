// libFuzzer target for the vim25 SOAP decoders (core/vsphere/soapreader, vspheredecode,
// inventory): RetrievePropertiesEx pages into the typed inventory, WaitForUpdatesEx update sets,
// ServiceContent, Login, single references, faults and task info — the answers a vCenter (or
// anything pretending to be one) sends. Beyond "no crash, no sanitizer report, no hang" it
// checks that every failure carries a user sentence and that the resolved inventory is sane.
#include "vsphere/inventory.h"
#include "vsphere/vspheredecode.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace fd::vsphere;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "vsphere decoder invariant broken: %s\n", what);
    std::abort();
}

template <typename R> void checkError(const R& r) {
    if (!r.ok() && r.error().message.isEmpty())
        fail("an error without a message");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));

    Inventory inventory;
    const auto page = decodeRetrieveResult(body, QStringLiteral("RetrievePropertiesEx"), inventory);
    checkError(page);
    const auto update = decodeUpdateSet(body, inventory);
    checkError(update);
    inventory.resolve();
    for (const VirtualMachine& vm : inventory.virtualMachines(true, true)) {
        QStringList ips = vm.ipAddresses();
        if (ips.removeDuplicates() != 0)
            fail("duplicate addresses");
        (void)vm.isVclsAgent();
    }
    (void)inventory.templates();
    (void)inventory.clusters();
    (void)inventory.findByPath(QStringLiteral("/DC0/vm"));
    if (inventory.takeChanged().size() > inventory.objectCount())
        fail("more changed objects than objects");

    checkError(decodeServiceContent(body));
    checkError(decodeUserSession(body));
    checkError(decodeMoRefResult(body, QStringLiteral("CreateContainerView")));
    checkError(decodeNoResult(body, QStringLiteral("Logout")));
    const auto task = decodeTaskInfo(body, MoRef{QStringLiteral("Task"), QStringLiteral("task-1")});
    checkError(task);
    if (task.ok() && (task->progress < 0 || task->progress > 100))
        fail("progress out of range");
    return 0;
}
