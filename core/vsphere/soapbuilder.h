#pragma once

// Request envelopes of the vSphere Web Services API (vim25 over SOAP 1.1 at /sdk). Each builder
// returns the whole envelope; the client posts it with the SOAPAction header below. Only the
// methods Fleetdeck calls are here, each with the elements in the order the WSDL's sequences
// require (vCenter rejects out-of-order elements).

#include "vsphere/moref.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd::vsphere::soap {

// The API version asked for: the oldest vCenter supported (6.7), which every newer one serves.
inline constexpr char kApiVersion[] = "6.7";
QByteArray soapActionHeader(); // "urn:vim25/6.7" in quotes, as the SOAPAction header wants it

// XML text and attribute escaping; characters XML 1.0 cannot carry (NUL, other C0 controls but
// tab/CR/LF, lone surrogates) are dropped instead of producing a body the server rejects.
QByteArray escape(QStringView text);

// Which properties to read of which managed object type (PropertySpec). An empty path list
// reads none (the object's reference only).
struct PropertySpec {
    QString type;
    QStringList paths;
};

// Which objects: the members of a ContainerView (traversed through its `view` property; the
// view itself is skipped), or the listed objects themselves.
struct ObjectSelection {
    MoRef containerView;
    QList<MoRef> objects;

    static ObjectSelection ofView(const MoRef& view) { return {view, {}}; }
    static ObjectSelection ofObjects(QList<MoRef> refs) { return {{}, std::move(refs)}; }
};

QByteArray retrieveServiceContent();
QByteArray login(const MoRef& sessionManager, const QString& userName,
                 const QByteArray& password /* SECRET */, const QString& locale = {});
QByteArray logout(const MoRef& sessionManager);
QByteArray terminateSession(const MoRef& sessionManager, const QStringList& sessionKeys);

QByteArray createContainerView(const MoRef& viewManager, const MoRef& container,
                               const QStringList& types, bool recursive);
QByteArray destroyView(const MoRef& view);
QByteArray createPropertyCollector(const MoRef& propertyCollector);
QByteArray destroyPropertyCollector(const MoRef& collector);

// maxObjects: the page size asked for (0: the server's choice); the server may send fewer and
// a token for the rest (ContinueRetrievePropertiesEx).
QByteArray retrievePropertiesEx(const MoRef& collector, const QList<PropertySpec>& properties,
                                const ObjectSelection& objects, int maxObjects);
QByteArray continueRetrievePropertiesEx(const MoRef& collector, const QString& token);
QByteArray cancelRetrievePropertiesEx(const MoRef& collector, const QString& token);

QByteArray createFilter(const MoRef& collector, const QList<PropertySpec>& properties,
                        const ObjectSelection& objects, bool partialUpdates);
// version: empty for the first call (the whole state), then the previous UpdateSet's version.
// maxWaitSeconds: 0 returns at once; the server answers with no body when nothing changed.
QByteArray waitForUpdatesEx(const MoRef& collector, const QString& version, int maxWaitSeconds,
                            int maxObjectUpdates);
QByteArray cancelWaitForUpdates(const MoRef& collector);
QByteArray destroyPropertyFilter(const MoRef& filter);

QByteArray powerOnVM(const MoRef& vm);
QByteArray powerOffVM(const MoRef& vm);
QByteArray resetVM(const MoRef& vm);
QByteArray shutdownGuest(const MoRef& vm); // not a task: returns at once, needs VMware Tools
QByteArray destroy(const MoRef& entity);   // Destroy_Task
QByteArray cancelTask(const MoRef& task);

// Guest customisation of a Linux guest (CustomizationLinuxPrep): the host name, and either DHCP
// or one static IPv4 address on the first NIC.
struct GuestCustomization {
    QString hostName; // the guest's host name (letters, digits, '-'; at most 63)
    QString domain;   // DNS domain of the guest; vSphere requires one ("local" when empty)
    bool dhcp = true;
    QString ipAddress;     // static: "10.0.0.5"
    int prefixLength = 24; // static: 0..32, sent as a subnet mask
    QString gateway;       // static: optional
    QStringList dnsServers;
    QStringList dnsSuffixes;
};

// Where a clone goes. A null reference leaves the choice to vSphere (same as the source).
struct CloneSpec {
    MoRef folder;    // required: the VM folder that receives the clone
    MoRef pool;      // resource pool (a cluster's or host's root pool for "this cluster/host")
    MoRef host;      // optional within a cluster (DRS picks one)
    MoRef datastore; // optional: the source's datastore
    bool powerOn = false;
    bool asTemplate = false;
    std::optional<GuestCustomization> customization;
};

QByteArray cloneVM(const MoRef& source, const QString& name, const CloneSpec& spec);
// Customises a powered-off VM's guest (applied by VMware Tools at the next power-on).
QByteArray customizeVM(const MoRef& vm, const GuestCustomization& spec);

// "255.255.255.0" for 24; empty outside 0..32.
QString subnetMask(int prefixLength);

} // namespace fd::vsphere::soap
