#include "registrytesthelpers.h"

#include "net/httpclient.h"
#include "net/synchttp.h"
#include "registry/clusterregistryimpl.h"
#include "registry/credentialvault.h"
#include "secrets/secretstore.h"
#include "store/store.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>

namespace fd::test {

namespace {
const QByteArray kPassphrase = "registry-test-passphrase";
}

RegistryEnv::RegistryEnv() {
    dataDir = dir.filePath(QStringLiteral("data"));
    reopen();
}

RegistryEnv::~RegistryEnv() {
    close();
}

void RegistryEnv::close() {
    registry.reset();
    vaultHolder.reset();
    http.reset();
    secrets.reset();
    store.reset(); // runs queued writes first
}

void RegistryEnv::flush() {
    if (store)
        (void)store->writeSync([](sqlite3*) { return fd::Status{}; });
}

void RegistryEnv::reopen() {
    close();
    error.clear();
    auto opened = fd::store::Store::open(dataDir);
    if (!opened) {
        error = opened.error().message;
        return;
    }
    store = std::move(*opened);
    fd::secrets::SecretStore::Options options;
    options.forcedBackend = fd::secrets::Backend::Vault; // deterministic: no keychain in tests
    auto vault = fd::secrets::SecretStore::open(*store, options);
    if (!vault) {
        error = vault.error().message;
        return;
    }
    secrets = std::move(*vault);
    if (const fd::Status st = secrets->unlock(kPassphrase); !st) {
        error = st.error().message;
        return;
    }
    http = std::make_unique<fd::net::HttpClient>();
    registry = std::make_unique<fd::registry::ClusterRegistryImpl>(*store, *secrets, *http);
    vaultHolder = std::make_unique<fd::registry::CredentialVault>(*secrets);
    if (const fd::Status st = registry->load(); !st)
        error = st.error().message;
}

quint16 closedPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString opensslFingerprint(const QString& kubeServerWorkDir) {
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
             QStringLiteral("-sha256"), QStringLiteral("-in"),
             kubeServerWorkDir + QStringLiteral("/server.crt")});
    p.waitForFinished(10000);
    // "sha256 Fingerprint=AB:CD:..." (the prefix's case differs between OpenSSL versions)
    return QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char('='), 1).trimmed();
}

void HtmlServer::incomingConnection(qintptr handle) {
    auto* socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        const QByteArray request = socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray page = "<!DOCTYPE html><html><head><title>Sign in</title></head>"
                                "<body><form>Password: <input type=password></form></body></html>";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                      QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page);
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

HttpAnswer httpJson(const KubeTestServer& kube, const QString& virtualCluster,
                    const QByteArray& method, const QString& path, const QJsonObject& body) {
    fd::net::Request req;
    req.method = method;
    req.url = QUrl(kube.url(virtualCluster) + path);
    req.tls.caPem = kube.caPem();
    req.headers.append(
        fd::net::Header{"Authorization", "Bearer " + kube.token(QStringLiteral("admin")).toUtf8()});
    req.headers.append(fd::net::Header{"Accept", "application/json"});
    if (!body.isEmpty()) {
        req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        req.headers.append(fd::net::Header{"Content-Type", "application/json"});
    }
    const fd::net::Reply reply = fd::net::sendAndWait(std::move(req));
    HttpAnswer a;
    if (reply.ok()) {
        a.status = reply.response.status;
        a.body = reply.response.body;
    } else {
        a.status = reply.error.httpStatus;
        a.body = reply.error.body;
    }
    a.json = QJsonDocument::fromJson(a.body).object();
    return a;
}

} // namespace fd::test
