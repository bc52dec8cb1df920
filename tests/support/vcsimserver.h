#pragma once

// Starts the vSphere simulator (tests/servers/vcsim, govmomi's simulator with Fleetdeck's
// inventory) for one test on 127.0.0.1 with a free port; stopped by its PID.
//
//   fd::test::VcsimServer vcsim;
//   QVERIFY2(vcsim.start(), qPrintable(vcsim.errorString()));
//   connection.endpoint.url = vcsim.url();
//   connection.endpoint.tls.caPem = vcsim.certPem(); // its own self-signed certificate

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace fd::test {

class VcsimServer final {
public:
    struct Options {
        int vms = 24; // ordinary VMs (templates and vCLS agents come on top)
        int startTimeoutMs = 180000;
    };

    VcsimServer();
    ~VcsimServer();
    Q_DISABLE_COPY_MOVE(VcsimServer)

    // False with errorString() set when the launcher is missing (not built: golang-go and
    // golang-github-vmware-govmomi-dev) or fails to start.
    bool start(const Options& options);
    bool start() { return start(Options{}); }
    void stop(); // SIGTERM by PID, then SIGKILL after 5 s
    QString errorString() const { return m_error; }

    QString url() const { return m_ready.value(QStringLiteral("url")).toString(); } // …/sdk
    QString baseUrl() const;                                                        // no /sdk
    QString userName() const { return m_ready.value(QStringLiteral("username")).toString(); }
    QByteArray password() const {
        return m_ready.value(QStringLiteral("password")).toString().toUtf8();
    }
    QString sha256() const { return m_ready.value(QStringLiteral("sha256")).toString(); }
    QByteArray certPem() const {
        return m_ready.value(QStringLiteral("certPem")).toString().toUtf8();
    }
    int vmCount() const { return m_ready.value(QStringLiteral("vms")).toInt(); }
    int templateCount() const { return m_ready.value(QStringLiteral("templates")).toInt(); }
    int vclsCount() const { return m_ready.value(QStringLiteral("vcls")).toInt(); }
    qint64 pid() const;
    static QString launcherPath();

private:
    bool fail(const QString& message);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_ready;
    QString m_error;
};

} // namespace fd::test
