#pragma once

// Asynchronous vSphere client over fd::net::HttpClient: the SOAP API (vim25 at /sdk) that every
// vCenter 6.7–8.0 and ESXi host serves, plus the REST content library where the server has it.
//
//   fd::vsphere::Connection c{endpoint, user, password};
//   auto* client = new fd::vsphere::VsphereClient(c, this);
//   client->inventory({}, this, [this](fd::vsphere::VsphereResult<InventoryResult> r) { ... });
//
// Every call takes a context object and a callback; the callback runs exactly once, queued on
// the context's thread (fd::Handoff), and is dropped when the context is destroyed first. The
// client logs in by itself on the first call (RetrieveServiceContent + Login; the session
// cookie is kept in memory only), and logs in again once when a call fails with
// NotAuthenticated (the session expired or was terminated). Answers are decoded on the global
// QThreadPool, as streams, never on the client's thread.

#include "net/endpoint.h"
#include "net/request.h"
#include "vsphere/inventory.h"
#include "vsphere/soapbuilder.h"
#include "vsphere/vsphereerror.h"
#include "vsphere/vspheretypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace fd::net {
class CookieJar;
class HttpClient;
struct Reply;
} // namespace fd::net

namespace fd::vsphere {

class InventoryWatch;
struct WatchHandlers;

template <typename T> using VsphereCallback = std::function<void(VsphereResult<T>)>;

struct Connection {
    fd::net::Endpoint endpoint; // url: https://vcenter[:port][/sdk]
    QString userName;
    QByteArray password;                         // SECRET: only ever sent in the Login body
    int timeoutMs = 60000;                       // per request
    qint64 maxResponseBytes = qint64(256) << 20; // per answer (a page of a big inventory)
};

struct InventoryOptions {
    int pageSize = 1000; // maxObjects per RetrievePropertiesEx page (the server may send fewer)
};

struct InventoryResult {
    Inventory inventory; // resolved
    int pages = 0;       // RetrievePropertiesEx + ContinueRetrievePropertiesEx answers
    int requests = 0;    // SOAP requests this read took (login not counted)
    qint64 bytes = 0;    // answer bytes read
};

// Progress of a task while it runs, and a label for messages ("Power on web-01").
struct TaskOptions {
    QString label;
    std::function<void(const TaskInfo&)> onProgress;  // on the context's thread, while it lives
    std::function<void(const MoRef& task)> onStarted; // the task exists: it can be cancelled
    int pollIntervalMs = 500;
};

enum class PowerAction { On, Off, Reset };

class VsphereClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VsphereClient)

public:
    // The client owns an HttpClient of its own unless one is given (it must live on this
    // client's thread and outlive it).
    explicit VsphereClient(Connection connection, QObject* parent = nullptr,
                           fd::net::HttpClient* http = nullptr);
    ~VsphereClient() override;

    const Connection& connection() const { return m_connection; }
    QUrl sdkUrl() const { return m_sdkUrl; }
    bool isLoggedIn() const { return m_loggedIn; }
    // The current session's key (what SessionManager.TerminateSession takes); empty before
    // login.
    QString sessionKey() const { return m_session.key; }
    const ServiceContent& serviceContent() const { return m_content; }

    // Logs in now (the calls below do it by themselves when needed).
    void login(QObject* context, VsphereCallback<UserSession> done);
    // Ends the session on the server; the next call logs in again.
    void logout(QObject* context, VsphereCallback<bool> done);
    void terminateSessions(const QStringList& sessionKeys, QObject* context,
                           VsphereCallback<bool> done);

    // The whole inventory (VMs with every guest IP, templates, hosts, clusters, datastores,
    // networks, folders, datacenters, resource pools) in one ContainerView and one
    // RetrievePropertiesEx, plus one ContinueRetrievePropertiesEx per further page.
    void inventory(const InventoryOptions& options, QObject* context,
                   VsphereCallback<InventoryResult> done);
    // Chosen properties of chosen objects (one RetrievePropertiesEx and its pages).
    void retrieve(const QList<soap::PropertySpec>& properties, const soap::ObjectSelection& objects,
                  int pageSize, QObject* context, VsphereCallback<InventoryResult> done);

    // Starts a live view of the inventory (see inventorywatch.h). The watch is a child of this
    // client; it ends with stop(), its deletion, or when `context` is destroyed.
    InventoryWatch* watch(QObject* context, WatchHandlers handlers);

    // Actions. `done` gets the finished task (state Success) or the task's fault as an error.
    void power(const MoRef& vm, PowerAction action, const TaskOptions& options, QObject* context,
               VsphereCallback<TaskInfo> done);
    // Guest OS shutdown through VMware Tools: returns once the guest was asked (no task).
    void shutdownGuest(const MoRef& vm, const QString& label, QObject* context,
                       VsphereCallback<bool> done);
    // The task's result is the new VM.
    void cloneVM(const MoRef& source, const QString& name, const soap::CloneSpec& spec,
                 const TaskOptions& options, QObject* context, VsphereCallback<TaskInfo> done);
    // Guest customisation of a powered-off VM, applied at its next power-on.
    void customizeVM(const MoRef& vm, const soap::GuestCustomization& spec,
                     const TaskOptions& options, QObject* context, VsphereCallback<TaskInfo> done);
    void destroy(const MoRef& entity, const TaskOptions& options, QObject* context,
                 VsphereCallback<TaskInfo> done);
    void cancelTask(const MoRef& task, QObject* context, VsphereCallback<bool> done);
    void taskInfo(const MoRef& task, QObject* context, VsphereCallback<TaskInfo> done);

    // Content-library items that are templates (OVF and VM templates), through the REST API
    // (/api on 7.0U2+, else the legacy /rest). A server without it gives an empty list.
    void libraryTemplates(QObject* context, VsphereCallback<QList<LibraryTemplate>> done);

    // One SOAP call with the session (logging in first when needed, once more on
    // NotAuthenticated unless `relogin` is false); the answer body is delivered as is (HTTP 200)
    // or decoded as a fault. For methods the typed calls above do not cover.
    void call(const QString& method, QByteArray body, QObject* context,
              VsphereCallback<QByteArray> done, bool relogin = true);

private:
    friend class InventoryWatch;
    friend struct LibraryFetch;

    using RawDone = std::function<void(VsphereResult<QByteArray>)>;

    // Ensures a session, then runs `next` (on this thread) or reports the login's failure.
    void ensureSession(std::function<void(const VsphereError*)> next);
    void startLogin();
    // Posts one SOAP request (no session handling); the body or the decoded fault comes back
    // on this thread. Returns the transfer's id (for cancel()).
    quint64 post(const QString& method, QByteArray body, RawDone done, int timeoutMs = -1);
    // post() with the session: login first, NotAuthenticated → login again and retry once.
    void invokeRaw(const QString& method, QByteArray body, bool relogin, RawDone done);
    template <typename T>
    void invoke(const QString& method, QByteArray body, QObject* context,
                std::function<VsphereResult<T>(const QByteArray&)> decoder,
                VsphereCallback<T> done);
    void runTask(const QString& method, QByteArray body, const TaskOptions& options,
                 QObject* context, VsphereCallback<TaskInfo> done);
    void sessionLost(quint64 generation);
    fd::net::Request newRequest(const QUrl& url) const;
    void cancelTransfer(quint64 id);
    QUrl restBase() const;

    Connection m_connection;
    QUrl m_sdkUrl;
    fd::net::HttpClient* m_http = nullptr;
    std::unique_ptr<fd::net::HttpClient> m_ownHttp;
    // The SOAP session (vmware_soap_session): in memory only, sent by the HTTP core with every
    // request of this client, wiped on logout, login and destruction.
    std::shared_ptr<fd::net::CookieJar> m_cookies;
    ServiceContent m_content;
    UserSession m_session;
    bool m_loggedIn = false;
    bool m_loginRunning = false;
    bool m_closing = false;   // in the destructor: no new requests
    quint64 m_generation = 0; // +1 per login: a NotAuthenticated from an older session
                              // does not log in twice
    QList<std::function<void(const VsphereError*)>> m_loginWaiters;
};

} // namespace fd::vsphere
