#include "kube/execplugin.h"

#include "kube/kubedecode.h"
#include "kube/kubelog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>
#include <mutex>

namespace fd::kube {

namespace {

std::atomic<bool> g_terminalAvailable{false};

struct Cache {
    std::mutex mutex;
    QHash<QString, ExecCredential> entries; // full key -> credential
};
Cache& cache() {
    static Cache c;
    return c;
}

QString configDigest(const ExecPluginConfig& c) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QString& s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\0", 1));
    };
    add(c.apiVersion);
    add(c.command);
    add(c.pathOverride);
    for (const QString& a : c.args)
        add(a);
    for (const auto& [name, value] : c.env) {
        add(name);
        add(value);
    }
    return QString::fromLatin1(h.result().toHex());
}

QString keyPrefix(const QString& cacheKey) {
    return cacheKey + u'\n';
}

bool isV1Alpha1(const ExecPluginConfig& c) {
    return c.apiVersion == QLatin1String("client.authentication.k8s.io/v1alpha1");
}

// The last few lines of the plugin's stderr, bounded, for the user's message.
QString stderrExcerpt(const QByteArray& bytes) {
    QString text = QString::fromUtf8(bytes).trimmed();
    if (text.size() > 400)
        text = u"…" + text.right(400);
    return text;
}

KubeError pluginFailed(const QString& message, const QString& detail = {}) {
    return makeKubeError(KubeErrorCategory::ExecPluginFailed, message, detail);
}

} // namespace

struct ExecCredentialProvider::Run {
    QProcess* process = nullptr;
    QTimer* timer = nullptr;
    QString command;
    QByteArray stderrBytes;
    struct Waiter {
        QPointer<QObject> context;
        Callback done;
    };
    QList<Waiter> waiters;
    bool finished = false;
};

ExecCredentialProvider::ExecCredentialProvider(QObject* parent)
    : QObject(parent) {}

ExecCredentialProvider::~ExecCredentialProvider() {
    for (Run* run : std::as_const(m_runs)) {
        if (run->process) {
            run->process->disconnect(this);
            run->process->kill();
            run->process->waitForFinished(1000);
        }
        delete run;
    }
}

void ExecCredentialProvider::setTerminalAvailable(bool available) {
    g_terminalAvailable = available;
}

void ExecCredentialProvider::invalidate(const QString& cacheKey) {
    std::lock_guard lock(cache().mutex);
    const QString prefix = keyPrefix(cacheKey);
    cache().entries.removeIf([&](const auto& it) { return it.key().startsWith(prefix); });
}

void ExecCredentialProvider::clearCache() {
    std::lock_guard lock(cache().mutex);
    cache().entries.clear();
}

QString ExecCredentialProvider::resolveProgram(const ExecPluginConfig& config) {
    if (!config.pathOverride.isEmpty()) {
        const QFileInfo fi(config.pathOverride);
        return fi.isFile() && fi.isExecutable() ? fi.absoluteFilePath() : QString();
    }
    if (config.command.contains(u'/') || config.command.contains(u'\\')) {
        const QFileInfo fi(config.command);
        return fi.isFile() && fi.isExecutable() ? fi.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(config.command);
}

QByteArray ExecCredentialProvider::execInfoJson(const ExecPluginConfig& config,
                                                const ExecClusterInfo& cluster, bool interactive) {
    QJsonObject spec{{QStringLiteral("interactive"), interactive}};
    if (config.provideClusterInfo && !isV1Alpha1(config)) {
        QJsonObject c{{QStringLiteral("server"), cluster.server}};
        if (!cluster.tlsServerName.isEmpty())
            c.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        if (cluster.insecureSkipTlsVerify)
            c.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!cluster.caPem.isEmpty())
            c.insert(QStringLiteral("certificate-authority-data"),
                     QString::fromLatin1(cluster.caPem.toBase64()));
        if (!cluster.proxyUrl.isEmpty())
            c.insert(QStringLiteral("proxy-url"), cluster.proxyUrl);
        spec.insert(QStringLiteral("cluster"), c);
    }
    const QJsonObject info{{QStringLiteral("apiVersion"), config.apiVersion},
                           {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

KubeResult<ExecCredential> ExecCredentialProvider::parseOutput(const ExecPluginConfig& config,
                                                               const QByteArray& stdoutBytes) {
    const QString name = config.command;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stdoutBytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return pluginFailed(
            tr("The credential plugin “%1” printed no ExecCredential JSON; run it by hand to see "
               "what it prints, or update it.")
                .arg(name),
            QStringLiteral("JSON error at offset %1: %2")
                .arg(error.offset)
                .arg(error.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential"))
        return pluginFailed(tr("The credential plugin “%1” printed JSON that is not an "
                               "ExecCredential; check the plugin's version and arguments.")
                                .arg(name));
    const QString apiVersion = o.value(QLatin1String("apiVersion")).toString();
    if (apiVersion != config.apiVersion)
        return pluginFailed(tr("The credential plugin “%1” answered with API version “%2” but "
                               "the kubeconfig asks for “%3”; update the kubeconfig's exec "
                               "apiVersion or the plugin.")
                                .arg(name, apiVersion, config.apiVersion));
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    ExecCredential cred;
    cred.token = status.value(QLatin1String("token")).toString().toUtf8();
    cred.clientCertPem = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    cred.clientKeyPem = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    const QString expiry = status.value(QLatin1String("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        cred.expiry = parseTime(expiry);
        if (!cred.expiry.isValid())
            return pluginFailed(tr("The credential plugin “%1” printed an invalid "
                                   "expirationTimestamp; update the plugin.")
                                    .arg(name));
    }
    if (cred.clientCertPem.isEmpty() != cred.clientKeyPem.isEmpty())
        return pluginFailed(tr("The credential plugin “%1” printed a client certificate without "
                               "its key (or a key without its certificate); update the plugin.")
                                .arg(name));
    if (cred.token.isEmpty() && cred.clientCertPem.isEmpty())
        return pluginFailed(tr("The credential plugin “%1” printed neither a token nor a client "
                               "certificate; run it by hand to check that you are logged in.")
                                .arg(name));
    return cred;
}

void ExecCredentialProvider::credential(const QString& cacheKey, const ExecPluginConfig& config,
                                        const ExecClusterInfo& cluster, QObject* context,
                                        Callback done) {
    const QString fullKey = keyPrefix(cacheKey) + configDigest(config);
    {
        std::lock_guard lock(cache().mutex);
        const auto it = cache().entries.constFind(fullKey);
        if (it != cache().entries.constEnd()) {
            if (!it->expiry.isValid() || QDateTime::currentDateTimeUtc() < it->expiry) {
                const ExecCredential cred = *it;
                done(cred);
                return;
            }
            cache().entries.erase(it);
        }
    }
    if (Run* run = m_runs.value(fullKey)) {
        run->waiters.append({context, std::move(done)});
        return;
    }
    auto* run = new Run;
    run->command = config.command;
    run->waiters.append({context, std::move(done)});
    m_runs.insert(fullKey, run);
    start(fullKey, config, cluster);
}

void ExecCredentialProvider::start(const QString& fullKey, const ExecPluginConfig& config,
                                   const ExecClusterInfo& cluster) {
    Run* run = m_runs.value(fullKey);
    const QString program = resolveProgram(config);
    if (program.isEmpty()) {
        const QString where =
            !config.pathOverride.isEmpty()
                ? config.pathOverride
                : (config.command.contains(u'/') ? config.command
                                                 : u"PATH=" + qEnvironmentVariable("PATH"));
        QString message = tr("The credential plugin “%1” was not found (searched %2).")
                              .arg(config.command, where);
        if (!config.installHint.trimmed().isEmpty())
            message += u' ' + config.installHint.trimmed();
        message += u' ' + tr("Install it, or set the plugin's path in this cluster's settings.");
        KubeError e = makeKubeError(KubeErrorCategory::ExecPluginMissing, message);
        // Deliver asynchronously so callers see one behaviour whatever the failure.
        QTimer::singleShot(0, this, [this, fullKey, e] { finish(fullKey, e); });
        return;
    }

    const QString mode = config.interactiveMode.isEmpty() || isV1Alpha1(config)
                             ? QStringLiteral("IfAvailable")
                             : config.interactiveMode;
    const bool terminal = g_terminalAvailable;
    if (mode == QLatin1String("Always") && !terminal) {
        KubeError e = pluginFailed(
            tr("The credential plugin “%1” needs an interactive terminal to log in; log in once "
               "with kubectl in a terminal, or change the plugin's interactiveMode.")
                .arg(config.command));
        QTimer::singleShot(0, this, [this, fullKey, e] { finish(fullKey, e); });
        return;
    }
    const bool interactive = terminal && mode != QLatin1String("Never");

    auto* process = new QProcess(this);
    run->process = process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : config.env)
        env.insert(name, value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
               QString::fromUtf8(execInfoJson(config, cluster, interactive)));
    process->setProcessEnvironment(env);
    process->setProgram(program);
    process->setArguments(config.args);
    if (interactive) {
        process->setInputChannelMode(QProcess::ForwardedInputChannel);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    } else {
        process->setStandardInputFile(QProcess::nullDevice());
    }

    connect(process, &QProcess::readyReadStandardError, this, [run, process] {
        run->stderrBytes += process->readAllStandardError();
        if (run->stderrBytes.size() > 64 * 1024)
            run->stderrBytes = run->stderrBytes.right(64 * 1024);
    });
    connect(process, &QProcess::errorOccurred, this,
            [this, fullKey, run, process](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart || run->finished)
                    return;
                finish(fullKey, pluginFailed(tr("The credential plugin “%1” could not be "
                                                "started: %2. Check that it is executable.")
                                                 .arg(run->command, process->errorString())));
            });
    connect(process, &QProcess::finished, this,
            [this, fullKey, run, process, config](int exitCode, QProcess::ExitStatus status) {
                if (run->finished)
                    return;
                run->stderrBytes += process->readAllStandardError();
                if (status != QProcess::NormalExit || exitCode != 0) {
                    const QString excerpt = stderrExcerpt(run->stderrBytes);
                    QString message =
                        status == QProcess::NormalExit
                            ? tr("The credential plugin “%1” failed with exit code %2.")
                                  .arg(run->command)
                                  .arg(exitCode)
                            : tr("The credential plugin “%1” crashed or was stopped.")
                                  .arg(run->command);
                    if (!excerpt.isEmpty())
                        message += u' ' + tr("It said: %1").arg(excerpt);
                    finish(fullKey, pluginFailed(message, excerpt));
                    return;
                }
                finish(fullKey, parseOutput(config, process->readAllStandardOutput()));
            });

    run->timer = new QTimer(this);
    run->timer->setSingleShot(true);
    connect(run->timer, &QTimer::timeout, this, [this, fullKey, run] {
        if (run->finished)
            return;
        finish(fullKey, pluginFailed(tr("The credential plugin “%1” did not finish within %2 "
                                        "seconds; check that it can reach its identity provider.")
                                         .arg(run->command)
                                         .arg(m_timeoutMs / 1000)));
    });
    run->timer->start(m_timeoutMs);
    qCDebug(lcKube) << "running exec credential plugin" << config.command;
    process->start();
}

void ExecCredentialProvider::finish(const QString& fullKey, KubeResult<ExecCredential> result) {
    Run* run = m_runs.take(fullKey);
    if (!run)
        return;
    run->finished = true;
    if (run->timer)
        run->timer->deleteLater();
    if (run->process) {
        run->process->disconnect(this);
        if (run->process->state() != QProcess::NotRunning) {
            run->process->kill();
            connect(run->process, &QProcess::finished, run->process, &QObject::deleteLater);
        } else {
            run->process->deleteLater();
        }
    }
    if (result.ok()) {
        std::lock_guard lock(cache().mutex);
        cache().entries.insert(fullKey, *result);
    } else {
        qCInfo(lcKube) << "exec credential plugin" << run->command
                       << "failed:" << categoryName(result.error().category);
    }
    const auto waiters = std::move(run->waiters);
    delete run;
    for (const auto& w : waiters) {
        if (w.context)
            w.done(result);
    }
}

} // namespace fd::kube
