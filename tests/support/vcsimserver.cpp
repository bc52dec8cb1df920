#include "vcsimserver.h"

#include "testutil.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QUrl>

#include <csignal>

namespace fd::test {

VcsimServer::VcsimServer() = default;

VcsimServer::~VcsimServer() {
    stop();
}

QString VcsimServer::launcherPath() {
    const QByteArray env = qgetenv("FLEETDECK_VCSIM");
    return env.isEmpty() ? QStringLiteral(FLEETDECK_VCSIM_PATH) : QString::fromLocal8Bit(env);
}

bool VcsimServer::fail(const QString& message) {
    m_error = message;
    return false;
}

bool VcsimServer::start(const Options& options) {
    stop();
    const QString launcher = launcherPath();
    if (!QFileInfo(launcher).isExecutable())
        return fail(QStringLiteral("the vSphere simulator launcher %1 is not built: install "
                                   "golang-go and golang-github-vmware-govmomi-dev and build the "
                                   "vcsim_launcher target")
                        .arg(launcher));
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    dieWithTest(*m_process);
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("vcsim.out")));
    m_process->setWorkingDirectory(m_dir->path());
    m_process->start(launcher, {QStringLiteral("-dir"), m_dir->path(), QStringLiteral("-vms"),
                                QString::number(options.vms)});
    if (!m_process->waitForStarted(10000))
        return fail(QStringLiteral("cannot start %1: %2").arg(launcher, m_process->errorString()));
    const QString readyPath = m_dir->filePath(QStringLiteral("ready.json"));
    const QDeadlineTimer deadline(options.startTimeoutMs);
    while (!QFileInfo::exists(readyPath)) {
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
            QFile out(m_dir->filePath(QStringLiteral("vcsim.out")));
            const QByteArray text = out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
            stop();
            return fail(QStringLiteral("the vSphere simulator did not become ready: ") +
                        QString::fromUtf8(text.right(2000)));
        }
        QThread::msleep(20);
    }
    QFile file(readyPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read ready.json"));
    m_ready = QJsonDocument::fromJson(file.readAll()).object();
    if (m_ready.isEmpty())
        return fail(QStringLiteral("unreadable ready.json"));
    m_error.clear();
    return true;
}

void VcsimServer::stop() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        const qint64 processId = m_process->processId();
        if (processId > 0)
            ::kill(static_cast<pid_t>(processId), SIGTERM);
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

qint64 VcsimServer::pid() const {
    return m_process ? m_process->processId() : 0;
}

QString VcsimServer::baseUrl() const {
    QUrl u(url());
    u.setPath(QString());
    return u.toString();
}

} // namespace fd::test
