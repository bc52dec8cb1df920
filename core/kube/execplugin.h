#pragma once

// client.authentication.k8s.io exec credential plugins (kubelogin, aws, gke-gcloud-auth-plugin)
// run at request time, as client-go does: KUBERNETES_EXEC_INFO in the environment, stdin only
// when interactive mode allows it and a terminal exists, the ExecCredential printed on stdout
// cached per (cluster, user) until its expirationTimestamp, and dropped on a 401.

#include "kube/kubeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd::kube {

struct ExecPluginConfig {
    QString apiVersion; // client.authentication.k8s.io/v1, v1beta1 or v1alpha1
    QString command;
    QStringList args;                   // SECRET (may carry client secrets)
    QList<QPair<QString, QString>> env; // SECRET values
    QString installHint;
    QString interactiveMode; // Never / IfAvailable / Always; empty = IfAvailable (v1beta1 default)
    bool provideClusterInfo = false;
    QString pathOverride; // per-cluster location of the binary; empty = look it up in PATH
};

// spec.cluster of KUBERNETES_EXEC_INFO when provideClusterInfo is set.
struct ExecClusterInfo {
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QByteArray caPem;
    QString proxyUrl;
};

// status of the ExecCredential. SECRET.
struct ExecCredential {
    QByteArray token;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QDateTime expiry; // UTC; invalid = no expiry (kept until a 401)
};

// Fetches credentials through plugins; results are cached process-wide. One instance per
// thread that issues requests (KubeClient owns one); concurrent requests for the same key share
// one plugin run.
class ExecCredentialProvider final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecCredentialProvider)

public:
    using Callback = std::function<void(KubeResult<ExecCredential>)>;

    explicit ExecCredentialProvider(QObject* parent = nullptr);
    ~ExecCredentialProvider() override;

    // cacheKey identifies (cluster, user); the plugin's command, args and env are part of the
    // key too, so an edited configuration never reuses an old credential. `done` is called on
    // this object's thread (possibly synchronously from the cache) unless `context` died.
    void credential(const QString& cacheKey, const ExecPluginConfig& config,
                    const ExecClusterInfo& cluster, QObject* context, Callback done);

    // Forget the cached credential (after a 401), so the next request runs the plugin again.
    static void invalidate(const QString& cacheKey);
    static void clearCache();

    // Whether a terminal is available for interactive plugins (the CLI sets this when stdin is
    // a TTY; the GUI never has one).
    static void setTerminalAvailable(bool available);

    // Milliseconds a plugin may run before it is killed (default 120 s; interactive logins take
    // a while).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The program that would run (override or PATH lookup), empty when it cannot be found.
    static QString resolveProgram(const ExecPluginConfig& config);

    // Pure helpers, exposed for tests and the fuzzer.
    static QByteArray execInfoJson(const ExecPluginConfig& config, const ExecClusterInfo& cluster,
                                   bool interactive);
    static KubeResult<ExecCredential> parseOutput(const ExecPluginConfig& config,
                                                  const QByteArray& stdoutBytes);

private:
    struct Run;
    void start(const QString& fullKey, const ExecPluginConfig& config,
               const ExecClusterInfo& cluster);
    void finish(const QString& fullKey, KubeResult<ExecCredential> result);

    int m_timeoutMs = 120000;
    QHash<QString, Run*> m_runs; // in-flight runs by full key
};

} // namespace fd::kube
