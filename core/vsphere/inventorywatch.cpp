#include "vsphere/inventorywatch.h"

#include "common/handoff.h"
#include "vsphere/vsphereclient.h"
#include "vsphere/vspheredecode.h"
#include "vsphere/vspherelog.h"

namespace fd::vsphere {

namespace {

struct WaitOutcome {
    UpdateSetInfo info;
    InventoryUpdate update;
    bool deliver = false;
};

// Runs on the pool: applies one UpdateSet to the watch's inventory and collects what changed.
VsphereResult<WaitOutcome> applyUpdateSet(const QByteArray& body, Inventory& inventory,
                                          bool pendingFull) {
    auto info = decodeUpdateSet(body, inventory);
    if (!info)
        return info.error();
    WaitOutcome out;
    out.info = *info;
    if (info->empty)
        return out;
    const QSet<MoRef> changed = inventory.takeChanged();
    const QSet<MoRef> removed = inventory.takeRemoved();
    if (pendingFull) {
        if (info->truncated)
            return out; // the rest of the initial state follows at once
        inventory.resolve();
        out.update.full = true;
        out.update.inventory = inventory;
        out.update.version = info->version;
        out.deliver = true;
        return out;
    }
    bool structural = false;
    for (const MoRef& ref : changed)
        if (ref.type != u"VirtualMachine" && ref.type != u"HostSystem" && ref.type != u"Datastore")
            structural = true;
    for (const MoRef& ref : removed)
        if (ref.type != u"VirtualMachine")
            structural = true;
    out.update.version = info->version;
    out.update.otherChanged = structural;
    if (structural) {
        // A renamed folder or a host moved to another cluster changes many VMs' resolved
        // fields: resolve all and report every VM as changed.
        inventory.resolve();
        out.update.vms = inventory.virtualMachines(true, true);
        out.update.hosts = inventory.hostList();
        out.update.datastores = inventory.datastoreList();
    } else {
        for (const MoRef& ref : changed) {
            if (ref.type == u"VirtualMachine") {
                VirtualMachine& vm = inventory.vms[ref];
                inventory.resolve(vm);
                out.update.vms.append(vm);
            } else if (ref.type == u"HostSystem") {
                inventory.resolve();
                out.update.hosts.append(inventory.hosts.value(ref));
            } else if (ref.type == u"Datastore") {
                inventory.resolve();
                out.update.datastores.append(inventory.datastores.value(ref));
            }
        }
    }
    out.update.removed = removed.values();
    out.deliver = !changed.isEmpty() || !removed.isEmpty();
    return out;
}

} // namespace

InventoryWatch::InventoryWatch(VsphereClient* client, QObject* context, WatchHandlers handlers)
    : QObject(client)
    , m_client(client)
    , m_context(context)
    , m_handlers(std::move(handlers))
    , m_inventory(std::make_shared<Inventory>()) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_ready)
            wait();
        else
            restartFromScratch();
    });
    if (context && context != client)
        connect(context, &QObject::destroyed, this, [this] { stop(); });
}

InventoryWatch::~InventoryWatch() {
    stop();
}

void InventoryWatch::start() {
    setUp();
}

void InventoryWatch::stop() {
    if (m_stopped)
        return;
    m_stopped = true;
    m_retry.stop();
    ++m_epoch;
    m_client->cancelTransfer(std::exchange(m_requestId, 0));
    releaseServerObjects();
}

void InventoryWatch::releaseServerObjects() {
    // Best effort: the server drops them with the session anyway.
    if (m_client->m_closing || !m_client->isLoggedIn() ||
        m_client->m_generation != m_sessionGeneration) {
        m_collector = {};
        m_view = {};
        return;
    }
    if (!m_collector.isNull())
        m_client->post(QStringLiteral("DestroyPropertyCollector"),
                       soap::destroyPropertyCollector(std::exchange(m_collector, {})), [](auto) {});
    if (!m_view.isNull())
        m_client->post(QStringLiteral("DestroyView"), soap::destroyView(std::exchange(m_view, {})),
                       [](auto) {});
}

void InventoryWatch::restartFromScratch() {
    m_ready = false;
    m_collector = {};
    m_view = {};
    m_version.clear();
    m_pendingFull = true;
    m_inventory = std::make_shared<Inventory>();
    ++m_epoch;
    setUp();
}

void InventoryWatch::setUp() {
    if (m_stopped)
        return;
    const quint64 epoch = ++m_epoch;
    const auto step = [this, epoch](const QString& method, QByteArray body,
                                    std::function<void(const MoRef&)> next) {
        m_client->invokeRaw(
            method, std::move(body), false,
            [this, epoch, method, next = std::move(next)](VsphereResult<QByteArray> r) {
                if (m_stopped || epoch != m_epoch)
                    return;
                if (!r) {
                    failed(r.error());
                    return;
                }
                fd::runOnPool<VsphereResult<MoRef>>(
                    this, [b = std::move(*r), method] { return decodeMoRefResult(b, method); },
                    [this, epoch, next](VsphereResult<MoRef> ref) {
                        if (m_stopped || epoch != m_epoch)
                            return;
                        if (!ref) {
                            failed(ref.error());
                            return;
                        }
                        next(*ref);
                    });
            });
    };
    m_client->ensureSession([this, epoch, step](const VsphereError* error) {
        if (m_stopped || epoch != m_epoch)
            return;
        if (error) {
            failed(*error);
            return;
        }
        m_sessionGeneration = m_client->m_generation;
        const ServiceContent& sc = m_client->serviceContent();
        // A collector of our own: its filters and versions are not mixed with other callers'
        // (a second watch, a task poll) on the session's shared collector.
        step(QStringLiteral("CreatePropertyCollector"),
             soap::createPropertyCollector(sc.propertyCollector),
             [this, step, sc](const MoRef& collector) {
                 m_collector = collector;
                 step(QStringLiteral("CreateContainerView"),
                      soap::createContainerView(sc.viewManager, sc.rootFolder, inventoryTypes(),
                                                true),
                      [this, step](const MoRef& view) {
                          m_view = view;
                          step(QStringLiteral("CreateFilter"),
                               soap::createFilter(m_collector, inventoryProperties(),
                                                  soap::ObjectSelection::ofView(m_view), false),
                               [this](const MoRef&) {
                                   qCInfo(lcVsphere) << "inventory watch started";
                                   m_ready = true;
                                   wait();
                               });
                      });
             });
    });
}

void InventoryWatch::wait() {
    if (m_stopped)
        return;
    const quint64 epoch = m_epoch;
    const QString method = QStringLiteral("WaitForUpdatesEx");
    // The server holds the call up to maxWaitSeconds; the transfer may take that long and more.
    m_client->ensureSession([this, epoch, method](const VsphereError* error) {
        if (m_stopped || epoch != m_epoch)
            return;
        if (error) {
            failed(*error);
            return;
        }
        m_requestId = m_client->post(
            method, soap::waitForUpdatesEx(m_collector, m_version, m_maxWaitSeconds, 0),
            [this, epoch](VsphereResult<QByteArray> r) {
                m_requestId = 0;
                if (m_stopped || epoch != m_epoch)
                    return;
                if (!r) {
                    failed(r.error());
                    return;
                }
                auto inventory = m_inventory;
                const bool pendingFull = m_pendingFull;
                fd::runOnPool<VsphereResult<WaitOutcome>>(
                    this,
                    [inventory, pendingFull, b = std::move(*r)] {
                        return applyUpdateSet(b, *inventory, pendingFull);
                    },
                    [this, epoch](VsphereResult<WaitOutcome> outcome) {
                        if (m_stopped || epoch != m_epoch)
                            return;
                        if (!outcome) {
                            failed(outcome.error());
                            return;
                        }
                        m_backoffMs = 0;
                        m_restarts = 0;
                        if (!outcome->info.empty)
                            m_version = outcome->info.version;
                        if (outcome->deliver) {
                            m_pendingFull = false;
                            deliver(outcome->update);
                        }
                        wait();
                    });
            },
            (m_maxWaitSeconds + 30) * 1000);
    });
}

void InventoryWatch::deliver(const InventoryUpdate& update) {
    ++m_updates;
    if (m_context && m_handlers.onUpdate)
        m_handlers.onUpdate(update);
}

void InventoryWatch::failed(const VsphereError& error) {
    using C = VsphereErrorCategory;
    if (m_stopped)
        return;
    switch (error.category) {
    case C::Cancelled:
        return;
    case C::NotAuthenticated:
        // The session ended: log in again and rebuild the filter (its objects died with the
        // session); a full update follows. A server that ends every new session at once gets
        // the back-off below instead of a login loop.
        m_client->sessionLost(m_sessionGeneration);
        if (++m_restarts <= 3) {
            qCInfo(lcVsphere) << "inventory watch: session ended, starting over";
            restartFromScratch();
            return;
        }
        m_ready = false;
        break;
    case C::InvalidCollectorVersion:
        m_version.clear();
        m_pendingFull = true;
        m_inventory = std::make_shared<Inventory>();
        wait();
        return;
    case C::NotFound: // the collector or view vanished (a vCenter restart)
        restartFromScratch();
        return;
    case C::InvalidLogin:
    case C::NoPermission:
    case C::NotVsphere:
    case C::NotSupported:
        if (m_context && m_handlers.onError)
            m_handlers.onError(error, true);
        stop();
        return;
    default:
        break;
    }
    if (m_context && m_handlers.onError)
        m_handlers.onError(error, false);
    m_backoffMs = m_backoffMs == 0 ? 1000 : qMin(m_backoffMs * 2, 30000);
    qCInfo(lcVsphere) << "inventory watch: retrying in" << m_backoffMs << "ms";
    m_retry.start(m_backoffMs);
}

} // namespace fd::vsphere
