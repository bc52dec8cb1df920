#pragma once

// A live view of a vCenter's inventory: a PropertyCollector of its own with one PropertyFilter
// over a ContainerView of everything, then WaitForUpdatesEx in a loop. The first answer is the
// whole inventory (delivered as a full update); each later one carries only what changed, so a
// VM's new power state or IP reaches the view without a reload.
//
// An expired session is re-established and the filter recreated (a full update follows, as
// after a change stream position the server no longer knows); a network failure is reported as
// not fatal and retried with back-off (1 s doubling to 30 s); NoPermission and a failed login
// are fatal and stop the watch.

#include "vsphere/inventory.h"
#include "vsphere/vsphereerror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace fd::vsphere {

class VsphereClient;

struct InventoryUpdate {
    // true: `inventory` is the whole, resolved inventory and replaces what the consumer has
    // (first answer, after a re-login, after the server lost the stream's position).
    bool full = false;
    Inventory inventory;
    // Incremental updates: the objects that entered or changed, resolved, and those that left.
    QList<VirtualMachine> vms;
    QList<HostSystem> hosts;
    QList<Datastore> datastores;
    QList<MoRef> removed;
    bool otherChanged = false; // folders, clusters, pools, networks, datacenters changed
    QString version;
};

// Called on the client's thread while the watch's context lives (it must live on that thread).
struct WatchHandlers {
    std::function<void(const InventoryUpdate&)> onUpdate;
    // fatal: the watch stopped; otherwise it retries by itself.
    std::function<void(const VsphereError&, bool fatal)> onError;
};

class InventoryWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryWatch)

public:
    ~InventoryWatch() override;

    // Ends the watch: the wait in flight is cancelled, the collector and view are destroyed on
    // the server (best effort). No handler runs afterwards.
    void stop();
    bool isRunning() const { return !m_stopped; }
    // How long one WaitForUpdatesEx may be held open by the server (default 30 s).
    void setMaxWaitSeconds(int seconds) { m_maxWaitSeconds = seconds; }
    int updateCount() const { return m_updates; }

private:
    friend class VsphereClient;
    InventoryWatch(VsphereClient* client, QObject* context, WatchHandlers handlers);

    void start();
    void setUp();
    void wait();
    void restartFromScratch();
    void failed(const VsphereError& error);
    void deliver(const InventoryUpdate& update);
    void releaseServerObjects();

    VsphereClient* m_client;
    QPointer<QObject> m_context;
    WatchHandlers m_handlers;
    std::shared_ptr<Inventory> m_inventory; // changed by one pool job at a time
    MoRef m_collector;
    MoRef m_view;
    QString m_version;
    bool m_pendingFull = true;
    bool m_ready = false; // the filter exists: a retry waits again instead of starting over
    bool m_stopped = false;
    quint64 m_requestId = 0;
    quint64 m_epoch = 0; // +1 per set-up: answers of an older one are ignored
    quint64 m_sessionGeneration = 0;
    int m_backoffMs = 0;
    int m_restarts = 0; // session restarts since the last answer
    int m_maxWaitSeconds = 30;
    int m_updates = 0;
    QTimer m_retry;
};

} // namespace fd::vsphere
