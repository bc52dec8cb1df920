#pragma once

#include <QProcess>
#include <QStringList>

namespace fd::test {

// A test server in a child process that prints "PORT <n>" on stdout once it listens. Stopped
// (by its own PID) when this object goes away.
class ServerProcess final {
public:
    ServerProcess() = default;
    ~ServerProcess() { stop(); }
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts tests/servers/<script> with python3; returns false with *error on failure.
    bool startPython(const QString& script, const QStringList& args, QString* error);
    void stop();
    quint16 port() const { return m_port; }
    QString baseUrl(const QString& scheme = QStringLiteral("http")) const;

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// A TCP port that was free a moment ago (for servers that cannot report their own).
quint16 freeTcpPort();

} // namespace fd::test
