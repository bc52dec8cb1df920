#include "kubetestserver.h"

#include "testutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <csignal>

namespace fd::test {

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString python() {
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace

KubeTestServer::KubeTestServer() = default;

KubeTestServer::~KubeTestServer() {
    stop();
}

bool KubeTestServer::fail(const QString& message) {
    m_error = message;
    return false;
}

bool KubeTestServer::start(const Options& options) {
    stop();
    if (python().isEmpty())
        return fail(
            QStringLiteral("python3 is not on PATH: the test Kubernetes API server needs it"));
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return fail(
            QStringLiteral("openssl is not on PATH: the test Kubernetes API server needs it "
                           "to make its certificates"));
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString());

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    dieWithTest(*m_process);
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("server.out")));
    QStringList args{testsPath(QStringLiteral("servers/kubeapi/server.py")),
                     QStringLiteral("--dir"), m_dir->path(), QStringLiteral("--seed"),
                     options.seed};
    if (options.nodes > 0)
        args << QStringLiteral("--nodes") << QString::number(options.nodes);
    if (options.events > 0)
        args << QStringLiteral("--events") << QString::number(options.events);
    m_process->start(python(), args);
    if (!m_process->waitForStarted(10000))
        return fail(QStringLiteral("cannot start python3: ") + m_process->errorString());

    // ready.json is written atomically once the server listens.
    const QString readyPath = m_dir->filePath(QStringLiteral("ready.json"));
    QDeadlineTimer deadline(options.startTimeoutMs);
    while (!QFileInfo::exists(readyPath)) {
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
            const QByteArray out = readFile(m_dir->filePath(QStringLiteral("server.out")));
            stop();
            return fail(QStringLiteral("the test Kubernetes API server did not become ready: ") +
                        QString::fromUtf8(out.right(2000)));
        }
        QThread::msleep(20);
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(readyPath), &err);
    if (!doc.isObject())
        return fail(QStringLiteral("unreadable ready.json: ") + err.errorString());
    m_ready = doc.object();
    m_port = m_ready.value(QStringLiteral("port")).toInt();
    m_caFile = m_ready.value(QStringLiteral("caFile")).toString();
    const QJsonObject basic = m_ready.value(QStringLiteral("basic")).toObject();
    m_basicUser = basic.value(QStringLiteral("username")).toString();
    m_basicPassword = basic.value(QStringLiteral("password")).toString();
    m_error.clear();
    return true;
}

void KubeTestServer::stop() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        const qint64 pid = m_process->processId();
        if (pid > 0)
            ::kill(static_cast<pid_t>(pid), SIGTERM);
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    m_port = 0;
}

bool KubeTestServer::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

QString KubeTestServer::workDir() const {
    return m_dir ? m_dir->path() : QString();
}

QString KubeTestServer::url(const QString& virtualCluster) const {
    QString base = m_ready.value(QStringLiteral("url")).toString();
    if (!virtualCluster.isEmpty())
        base += QStringLiteral("/clusters/") + virtualCluster;
    return base;
}

QByteArray KubeTestServer::caPem() const {
    return readFile(m_caFile);
}

QString KubeTestServer::token(const QString& user) const {
    return m_ready.value(QStringLiteral("tokens")).toObject().value(user).toString();
}

QByteArray KubeTestServer::clientCertPem(const QString& user) const {
    const auto entry =
        m_ready.value(QStringLiteral("clientCerts")).toObject().value(user).toObject();
    return readFile(entry.value(QStringLiteral("cert")).toString());
}

QByteArray KubeTestServer::clientKeyPem(const QString& user) const {
    const auto entry =
        m_ready.value(QStringLiteral("clientCerts")).toObject().value(user).toObject();
    return readFile(entry.value(QStringLiteral("key")).toString());
}

bool KubeTestServer::writeKubeconfig(const QString& path, const QString& user, AuthKind authKind,
                                     const QString& virtualCluster) const {
    const QString name = virtualCluster.isEmpty() ? QStringLiteral("kubeapi-test") : virtualCluster;
    QString cred;
    QString userName = user;
    switch (authKind) {
    case AuthKind::Token:
        cred = QStringLiteral("    token: ") + token(user) + QLatin1Char('\n');
        userName += QStringLiteral("-token");
        break;
    case AuthKind::ClientCert: {
        const QString certUser =
            user == QLatin1String("admin") ? QStringLiteral("cert-admin") : user;
        cred = QStringLiteral("    client-certificate-data: ") +
               QString::fromLatin1(clientCertPem(certUser).toBase64()) +
               QStringLiteral("\n    client-key-data: ") +
               QString::fromLatin1(clientKeyPem(certUser).toBase64()) + QLatin1Char('\n');
        userName += QStringLiteral("-clientCert");
        break;
    }
    case AuthKind::Basic:
        cred = QStringLiteral("    username: ") + m_basicUser + QStringLiteral("\n    password: ") +
               m_basicPassword + QLatin1Char('\n');
        userName += QStringLiteral("-basic");
        break;
    }
    const QString text =
        QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: ") + name +
        QStringLiteral("\n  cluster:\n    server: ") + url(virtualCluster) +
        QStringLiteral("\n    certificate-authority-data: ") +
        QString::fromLatin1(caPem().toBase64()) + QStringLiteral("\nusers:\n- name: ") + userName +
        QStringLiteral("\n  user:\n") + cred + QStringLiteral("contexts:\n- name: ") + name +
        QStringLiteral("\n  context:\n    cluster: ") + name + QStringLiteral("\n    user: ") +
        userName + QStringLiteral("\n    namespace: default\ncurrent-context: ") + name +
        QLatin1Char('\n');
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(text.toUtf8());
    return f.commit();
}

QJsonObject KubeTestServer::fixture(const QString& name, const QJsonObject& payload,
                                    const QString& virtualCluster) {
    if (!isRunning())
        return {};
    QString path = QStringLiteral("/_fixture/") + name;
    if (!virtualCluster.isEmpty())
        path = QStringLiteral("/clusters/") + virtualCluster + path;
    QProcess p;
    p.start(python(), {testsPath(QStringLiteral("servers/kubeapi/fixturectl.py")),
                       m_dir->filePath(QStringLiteral("ready.json")), path,
                       QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        m_error = QStringLiteral("fixture call %1 failed: %2")
                      .arg(name, QString::fromUtf8(p.readAllStandardOutput()));
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

bool KubeTestServer::setKnobs(const QJsonObject& knobs, const QString& virtualCluster) {
    return !fixture(QStringLiteral("knobs"), knobs, virtualCluster).isEmpty();
}

bool KubeTestServer::scale(int nodes, int events, const QString& virtualCluster) {
    return !fixture(QStringLiteral("scale"),
                    {{QStringLiteral("nodes"), nodes}, {QStringLiteral("events"), events}},
                    virtualCluster)
                .isEmpty();
}

} // namespace fd::test
