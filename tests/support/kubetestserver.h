#pragma once

// Starts the test Kubernetes API server (tests/servers/kubeapi/server.py) for one test: a
// per-run CA, server and client certificates, random port on 127.0.0.1, users admin / viewer /
// noperm (tokens), cert-admin (client certificate, O=system:masters) and basic-user.
// See tests/servers/kubeapi/README.md for virtual clusters and knobs.
//
//   fd::test::KubeTestServer kube;
//   QVERIFY2(kube.start(), qPrintable(kube.errorString()));
//   kube.writeKubeconfig(path, QStringLiteral("viewer"), KubeTestServer::AuthKind::ClientCert);

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace fd::test {

class KubeTestServer final {
public:
    enum class AuthKind { Token, ClientCert, Basic };

    struct Options {
        QString seed = QStringLiteral("default"); // "default" or "none"
        int nodes = 0;                            // extra generated nodes in the root cluster
        int events = 0;                           // extra generated events in the root cluster
        int startTimeoutMs = 60000;
    };

    KubeTestServer();
    ~KubeTestServer();
    Q_DISABLE_COPY_MOVE(KubeTestServer)

    // False with errorString() set when python3 or openssl is missing or the server fails.
    bool start(const Options& options);
    bool start() { return start(Options{}); }
    void stop(); // SIGTERM by PID, then kill after 5 s
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QString url(const QString& virtualCluster = {}) const;
    int port() const { return m_port; }
    QString workDir() const;
    QString caFile() const { return m_caFile; }
    QByteArray caPem() const;
    QString token(const QString& user = QStringLiteral("admin")) const;
    // Users with certificates: cert-admin, viewer, noperm.
    QByteArray clientCertPem(const QString& user = QStringLiteral("cert-admin")) const;
    QByteArray clientKeyPem(const QString& user = QStringLiteral("cert-admin")) const;
    QString basicUser() const { return m_basicUser; }
    QString basicPassword() const { return m_basicPassword; }

    // Writes a kubeconfig (0600, inline CA/cert data) for user; ClientCert with user "admin" uses
    // the cert-admin certificate.
    bool writeKubeconfig(const QString& path, const QString& user = QStringLiteral("admin"),
                         AuthKind authKind = AuthKind::Token,
                         const QString& virtualCluster = {}) const;

    // Admin endpoints (through tests/servers/kubeapi/fixturectl.py). Both block until answered.
    bool setKnobs(const QJsonObject& knobs, const QString& virtualCluster = {});
    bool scale(int nodes, int events, const QString& virtualCluster = {});
    // POST to any /_fixture/<name> endpoint; returns the JSON reply, empty on failure.
    QJsonObject fixture(const QString& name, const QJsonObject& payload,
                        const QString& virtualCluster = {});

private:
    bool fail(const QString& message);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_ready;
    QString m_error;
    QString m_caFile;
    QString m_basicUser;
    QString m_basicPassword;
    int m_port = 0;
};

} // namespace fd::test
