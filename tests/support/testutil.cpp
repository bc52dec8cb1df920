#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <utility>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace fd::test {

QString testsPath(const QString& relative) {
    return QDir(QStringLiteral(FLEETDECK_TESTS_DIR)).filePath(relative);
}

QString referencePath(const QString& relative) {
    const QString root = qEnvironmentVariable("FLEETDECK_SHARED_REFERENCE_DIR");
    if (root.isEmpty())
        return {};
    const QString path = QDir(root).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

QString findKubectl(QString* why) {
    static const auto found = [] {
        std::pair<QString, QString> out; // path, why not
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            out.second = QStringLiteral("python3 is not on PATH: it finds kubectl for the tests");
            return out;
        }
        QProcess p;
        p.start(python, {testsPath(QStringLiteral("e2e/kubefixture.py")),
                         QStringLiteral("--find-kubectl")});
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            out.second = QStringLiteral("kubefixture.py --find-kubectl did not finish");
            return out;
        }
        const QString path = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && !path.isEmpty())
            out.first = path;
        else
            out.second = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return out;
    }();
    if (why)
        *why = found.second;
    return found.first;
}

void dieWithTest(QProcess& process) {
    // Runs in the child between fork and exec: only async-signal-safe calls. A test that died
    // before prctl() took effect is seen as a changed parent.
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
}

} // namespace fd::test
