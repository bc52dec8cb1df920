#pragma once

// Helpers for the cluster registry's tests and benchmark: a registry over a fresh data dir
// (store + vault + HTTP client), awaiting async callbacks, small purpose-built servers for the
// failure categories a real API server cannot produce, and admin read-back from the test server.

#include "kubetestserver.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>
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
namespace fd::registry {
class ClusterRegistryImpl;
class CredentialVault;
} // namespace fd::registry

namespace fd::test {

// Runs `start(done)` and spins an event loop until done is called (or timeoutMs passes, then
// qFatal: a hung registry call is a test failure, not a hang).
template <typename T>
T await(const std::function<void(std::function<void(T)>)>& start, int timeoutMs = 30000) {
    QEventLoop loop;
    std::optional<T> result;
    start([&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, [&] { loop.exit(1); });
        if (loop.exec() != 0 && !result)
            qFatal("await: no answer within %d ms", timeoutMs);
    }
    return std::move(*result);
}

// A data dir with an opened store, an unlocked vault (store-backed, fixed test passphrase), one
// HttpClient and a loaded registry. reopen() closes everything and opens it again (restart).
struct RegistryEnv {
    RegistryEnv();
    ~RegistryEnv();
    void reopen();
    void close();
    void flush(); // waits until every queued store write is committed

    QTemporaryDir dir;
    QString dataDir;
    QString error; // set when opening failed
    std::unique_ptr<fd::store::Store> store;
    std::unique_ptr<fd::secrets::SecretStore> secrets;
    std::unique_ptr<fd::net::HttpClient> http;
    std::unique_ptr<fd::registry::ClusterRegistryImpl> registry;
    std::unique_ptr<fd::registry::CredentialVault> vaultHolder;
    fd::registry::CredentialVault& vault() { return *vaultHolder; }
};

// A TCP port on 127.0.0.1 where nothing listens (bound and released).
quint16 closedPort();

// `openssl x509 -fingerprint -sha256` of the test server's certificate, as "AB:CD:…".
QString opensslFingerprint(const QString& kubeServerWorkDir);

// Plain-HTTP server that answers every request with "200 OK" and an HTML login page, the way a
// web console or captive portal would.
class HtmlServer final : public QTcpServer {
public:
    bool start() { return listen(QHostAddress::LocalHost); }
    quint16 port() const { return serverPort(); }

protected:
    void incomingConnection(qintptr handle) override;
};

struct HttpAnswer {
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

// Admin request to the test server (admin token, its CA), independent of the registry's code.
HttpAnswer httpJson(const KubeTestServer& kube, const QString& virtualCluster,
                    const QByteArray& method, const QString& path, const QJsonObject& body = {});

} // namespace fd::test
