#include "registry/execcredential.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

namespace fd::registry {

QString resolveExecCommand(const ExecSpec& exec) {
    if (!exec.pathOverride.isEmpty()) {
        const QFileInfo fi(exec.pathOverride);
        return fi.isFile() && fi.isExecutable() ? fi.absoluteFilePath() : QString();
    }
    if (exec.command.contains(QLatin1Char('/')) || exec.command.contains(QLatin1Char('\\'))) {
        const QFileInfo fi(exec.command);
        return fi.isFile() && fi.isExecutable() ? fi.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(exec.command);
}

void runExecPlugin(const ExecSpec& exec, const QString& server, QObject* context,
                   std::function<void(ExecCredentialResult)> done) {
    const QString program = resolveExecCommand(exec);
    if (program.isEmpty()) {
        ExecCredentialResult r;
        r.category = ConnectionCategory::ExecPluginMissing;
        r.detail = exec.pathOverride.isEmpty()
                       ? QStringLiteral("\"%1\" not found in PATH=%2")
                             .arg(exec.command, qEnvironmentVariable("PATH"))
                       : QStringLiteral("\"%1\" is not an executable file").arg(exec.pathOverride);
        QMetaObject::invokeMethod(
            context, [done, r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    auto* process = new QProcess(context);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : exec.env)
        env.insert(name, value);
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (exec.provideClusterInfo)
        spec.insert(QStringLiteral("cluster"), QJsonObject{{QStringLiteral("server"), server}});
    const QString apiVersion = exec.apiVersion.isEmpty()
                                   ? QStringLiteral("client.authentication.k8s.io/v1")
                                   : exec.apiVersion;
    env.insert(
        QStringLiteral("KUBERNETES_EXEC_INFO"),
        QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("apiVersion"), apiVersion},
                                      {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                                      {QStringLiteral("spec"), spec}})
                .toJson(QJsonDocument::Compact)));
    process->setProcessEnvironment(env);
    process->setProgram(program);
    process->setArguments(exec.args);
    auto finished = std::make_shared<bool>(false);
    auto complete = [process, done, finished, command = exec.command](ExecCredentialResult r) {
        if (*finished)
            return;
        *finished = true;
        process->deleteLater();
        if (r.category != ConnectionCategory::Ok && r.detail.isEmpty())
            r.detail = command;
        done(std::move(r));
    };
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [process, complete](QProcess::ProcessError error) {
                         if (error == QProcess::Crashed)
                             return; // finished() reports it
                         ExecCredentialResult r;
                         r.category = error == QProcess::FailedToStart
                                          ? ConnectionCategory::ExecPluginMissing
                                          : ConnectionCategory::ExecPluginFailed;
                         r.detail = process->errorString();
                         complete(r);
                     });
    QObject::connect(
        process, &QProcess::finished, process,
        [process, complete](int exitCode, QProcess::ExitStatus status) {
            ExecCredentialResult r;
            if (status != QProcess::NormalExit || exitCode != 0) {
                r.category = ConnectionCategory::ExecPluginFailed;
                // stderr of a plugin explains itself ("run az login"); it does not carry the
                // credential (that goes to stdout).
                r.detail =
                    QStringLiteral("exit code %1: %2")
                        .arg(exitCode)
                        .arg(
                            QString::fromUtf8(process->readAllStandardError()).trimmed().left(500));
                complete(r);
                return;
            }
            const QJsonObject st = QJsonDocument::fromJson(process->readAllStandardOutput())
                                       .object()
                                       .value(QLatin1String("status"))
                                       .toObject();
            r.token = st.value(QLatin1String("token")).toString().toUtf8();
            r.certPem = st.value(QLatin1String("clientCertificateData")).toString().toUtf8();
            r.keyPem = st.value(QLatin1String("clientKeyData")).toString().toUtf8();
            if (r.token.isEmpty() && (r.certPem.isEmpty() || r.keyPem.isEmpty())) {
                r.category = ConnectionCategory::ExecPluginFailed;
                r.detail = QStringLiteral("the plugin's output has no status.token or client "
                                          "certificate");
            }
            complete(r);
        });
    auto* limit = new QTimer(process);
    limit->setSingleShot(true);
    QObject::connect(limit, &QTimer::timeout, process, [process, complete] {
        ExecCredentialResult r;
        r.category = ConnectionCategory::ExecPluginFailed;
        r.detail = QStringLiteral("the plugin did not finish within 30 s");
        process->kill();
        complete(r);
    });
    limit->start(30000);
    process->start(QIODevice::ReadOnly);
}

} // namespace fd::registry
