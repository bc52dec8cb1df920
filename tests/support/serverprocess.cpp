#include "serverprocess.h"

#include "testutil.h"

#include <QDeadlineTimer>
#include <QTcpServer>

namespace fd::test {

bool ServerProcess::startPython(const QString& script, const QStringList& args, QString* error) {
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    dieWithTest(m_process);
    m_process.start(
        QStringLiteral("python3"),
        QStringList{QStringLiteral("-u"), testsPath(QStringLiteral("servers/") + script)} + args);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("python3 did not start: ") + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running ||
            !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.canReadLine())
                break;
            *error = script + QStringLiteral(" did not report a port: ") +
                     QString::fromLocal8Bit(m_process.readAllStandardError());
            stop();
            return false;
        }
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("PORT ")) {
        *error = QStringLiteral("unexpected first line: ") + QString::fromLatin1(line);
        stop();
        return false;
    }
    m_port = quint16(line.mid(5).toUInt());
    return true;
}

void ServerProcess::stop() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill(); // SIGKILL to this child's PID only
        m_process.waitForFinished(5000);
    }
}

QString ServerProcess::baseUrl(const QString& scheme) const {
    return scheme + QStringLiteral("://127.0.0.1:") + QString::number(m_port);
}

quint16 freeTcpPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace fd::test
