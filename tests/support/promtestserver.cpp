#include "promtestserver.h"

#include "testutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <csignal>

namespace fd::test {

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString cacheDir() {
    const QByteArray env = qgetenv("FLEETDECK_PROMETHEUS_CACHE");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStringLiteral(FLEETDECK_BINARY_DIR) + QStringLiteral("/tests/prometheus-cache");
}

} // namespace

PromTestServer::PromTestServer() = default;

PromTestServer::~PromTestServer() {
    stop();
}

bool PromTestServer::fail(const QString& message) {
    m_error = message;
    return false;
}

bool PromTestServer::start(const Options& options) {
    stop();
    for (const char* tool : {"python3", "prometheus", "promtool"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return fail(QStringLiteral("%1 is not on PATH: install the Debian packages python3, "
                                       "prometheus and prometheus-alertmanager "
                                       "(installers/quickstart.sh test)")
                            .arg(QLatin1StringView(tool)));
    if (options.alertmanager &&
        QStandardPaths::findExecutable(QStringLiteral("prometheus-alertmanager")).isEmpty())
        return fail(QStringLiteral("prometheus-alertmanager is not on PATH: install the Debian "
                                   "package prometheus-alertmanager"));
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString());

    QElapsedTimer timer;
    timer.start();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    dieWithTest(*m_process);
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("fixture.out")));
    QStringList args{testsPath(QStringLiteral("servers/prometheus/fixture.py")),
                     QStringLiteral("--dir"),
                     m_dir->path(),
                     QStringLiteral("--scenario"),
                     options.scenario,
                     QStringLiteral("--nodes"),
                     QString::number(options.benchNodes),
                     QStringLiteral("--cache-dir"),
                     cacheDir()};
    if (!options.alertmanager)
        args << QStringLiteral("--no-alertmanager");
    m_process->start(QStringLiteral("python3"), args);
    if (!m_process->waitForStarted(10000))
        return fail(QStringLiteral("cannot start python3: ") + m_process->errorString());

    const QString readyPath = m_dir->filePath(QStringLiteral("ready.json"));
    QDeadlineTimer deadline(options.startTimeoutMs);
    while (!QFileInfo::exists(readyPath)) {
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
            const QByteArray out = readFile(m_dir->filePath(QStringLiteral("fixture.out")));
            stop();
            return fail(QStringLiteral("the Prometheus fixture did not become ready: ") +
                        QString::fromUtf8(out.right(3000)));
        }
        QThread::msleep(20);
    }
    m_startupSeconds = double(timer.elapsed()) / 1000.0;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(readyPath), &err);
    if (!doc.isObject())
        return fail(QStringLiteral("unreadable ready.json: ") + err.errorString());
    m_ready = doc.object();
    m_error.clear();
    return true;
}

void PromTestServer::stop() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        const qint64 pid = m_process->processId();
        if (pid > 0)
            ::kill(static_cast<pid_t>(pid), SIGTERM);
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool PromTestServer::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

QString PromTestServer::prometheusUrl() const {
    return m_ready.value(QStringLiteral("prometheus")).toString();
}

QString PromTestServer::alertmanagerUrl() const {
    return m_ready.value(QStringLiteral("alertmanager")).toString();
}

QString PromTestServer::exporterUrl(const QString& node) const {
    return m_ready.value(QStringLiteral("exporters")).toObject().value(node).toString();
}

qint64 PromTestServer::anchorMs() const {
    return qint64(m_ready.value(QStringLiteral("anchor")).toDouble()) * 1000;
}

qint64 PromTestServer::historyStartMs() const {
    return qint64(m_ready.value(QStringLiteral("historyStart")).toDouble()) * 1000;
}

QJsonObject PromTestServer::truth() const {
    return QJsonDocument::fromJson(readFile(m_ready.value(QStringLiteral("truth")).toString()))
        .object();
}

QString PromTestServer::workDir() const {
    return m_dir ? m_dir->path() : QString();
}

bool PromTestServer::setExporterMode(const QString& node, const QString& mode) {
    const QString base = exporterUrl(node);
    if (base.isEmpty())
        return false;
    // A blocking helper request is fine in a test's own thread (not through the code under test).
    QProcess p;
    p.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys,urllib.request;"
                            "sys.exit(0 if urllib.request.urlopen(sys.argv[1],timeout=10).status=="
                            "200 else 1)"),
             base + QStringLiteral("/control?mode=") + mode});
    return p.waitForFinished(15000) && p.exitCode() == 0;
}

} // namespace fd::test
