#pragma once

// The vCenter connections Fleetdeck knows, side by side: rows in the store (vcenter_connections
// over an `endpoints` row: URL, TLS policy with the "trust this certificate" pin, proxy), the
// password in the vault (SecretRef "vcenter/<uuid>/password"), and one long-lived VsphereClient
// per connection, built when first needed and dropped when the vault locks or the connection
// changes or goes.
//
// Writes are store-first: the vault and the row are written, and only then does memory change
// and connectionsChanged() fire; failures reach the caller. Every async call follows the house
// rule (context + done, done exactly once on the context's thread, dropped with the context).
// Use it from the thread that owns it.

#include "net/endpoint.h"
#include "vsphere/connectionrepository.h"
#include "vsphere/vsphereclient.h"
#include "vsphere/vsphereerror.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace fd::store {
class Store;
}
namespace fd::secrets {
class SecretStore;
}
namespace fd::net {
class HttpClient;
}

namespace fd::vsphere {

// What the user gives to add (or test before adding) a connection.
struct VcenterConnectionInput {
    QString name;
    QString url; // https://vcenter[:port][/sdk]
    QString userName;
    QByteArray password;    // SECRET: wiped by the service once stored
    fd::net::TlsPolicy tls; // pinnedSha256 = "trust this certificate"; insecure only on request
    QString proxyUrl;
};

// The result of a connection test, in categories the user acts on.
struct VcenterTestReport {
    bool ok = false;
    // "ok"; the network's categories from fd::net (dns, refused, timeout, tlsUnknownCa,
    // tlsNameMismatch, proxy, …); the vSphere ones (invalid-login, no-permission, not-vsphere,
    // malformed, truncated, http-status, vault-locked, …)
    QString category;
    QString message;    // one sentence with the next step
    QString detail;     // the server's words, for "Details…"
    QString certSha256; // TLS failures: the leaf certificate's SHA-256, what "trust" pins
    QString product;    // ok: "VMware vCenter Server 8.0.2 build-…"
    QString apiVersion;
    QString apiType; // "VirtualCenter" or "HostAgent"
    qint64 elapsedMs = 0;
};

// The report for a failed call (also used for actions' errors in the CLI's JSON).
VcenterTestReport reportFromError(const VsphereError& error);

class VcenterService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VcenterService)

public:
    using Row = repository::VcenterConnectionRow;

    VcenterService(fd::store::Store& store, fd::secrets::SecretStore& secrets,
                   fd::net::HttpClient& http, QObject* parent = nullptr);
    ~VcenterService() override;

    // Reads the rows from the store on its reader thread (Store::readAsync), then replaces
    // connections(), emits connectionsChanged() and calls done. A change this service made
    // while the read ran is not lost: the rows are read again. On failure the rows stay as they
    // were (loadError() says why; isLoaded() turns true either way).
    void reload(QObject* context, std::function<void(fd::Status)> done);
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    const QList<Row>& connections() const { return m_rows; }
    std::optional<Row> find(const QString& name) const; // case-insensitive

    // Checks the input (name, URL, user), stores the password in the vault and the row in the
    // store. A taken name is an error before anything is written.
    void add(VcenterConnectionInput input, QObject* context,
             std::function<void(fd::Result<Row>)> done);
    // The row, its endpoint, its notes and scale groups, then its password.
    void remove(const QString& name, QObject* context, std::function<void(fd::Status)> done);
    // Pins the certificate with this SHA-256 ("AB:CD:…", what a TLS failure reported) for the
    // connection; its client is rebuilt on next use.
    void trustCertificate(const QString& name, const QString& sha256, QObject* context,
                          std::function<void(fd::Status)> done);

    // Logs in with a fresh client (not the shared one) and reads ServiceContent.
    void test(const QString& name, QObject* context, std::function<void(VcenterTestReport)> done);
    void testInput(const VcenterConnectionInput& input, QObject* context,
                   std::function<void(VcenterTestReport)> done);

    // The connection's long-lived client (the password read from the vault on first use). The
    // pointer stays valid until connectionsChanged() or clientsReset().
    void client(const QString& name, QObject* context,
                std::function<void(VsphereResult<VsphereClient*>)> done);

    // An audit entry "vcenter.<action>" (never with a secret in it).
    void audit(const QString& action, const QString& target, const QString& result,
               const QString& detail = {});

    fd::store::Store& store() const { return m_store; }

Q_SIGNALS:
    void connectionsChanged();
    // Every client was dropped (the vault locked): views restart their watches on next use.
    void clientsReset();

private:
    void dropClient(qint64 id);
    void dropClients();
    void runTest(Connection connection, QObject* context,
                 std::function<void(VcenterTestReport)> done);

    fd::store::Store& m_store;
    fd::secrets::SecretStore& m_secrets;
    fd::net::HttpClient& m_http;
    QList<Row> m_rows;
    bool m_loaded = false;
    QString m_loadError;
    quint64 m_changes = 0; // changes to m_rows by writes: a read that started before is stale
    QHash<qint64, VsphereClient*> m_clients; // children of this service
    // Callers waiting for a client whose password is being read.
    QHash<qint64, QList<std::function<void(VsphereResult<VsphereClient*>)>>> m_pending;
};

// Checks a connection's name ("lab-vc": letters, digits, '.', '_', '-'; 1..64) and URL (https
// or http with a host); one sentence on failure.
fd::Status validateConnectionInput(const VcenterConnectionInput& input);
// "ab:cd…", "abcd…" or "AB CD…" as "AB:CD:…" (64 hex digits); empty when not a SHA-256.
QString normalizeSha256(const QString& text);

} // namespace fd::vsphere
