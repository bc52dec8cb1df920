#include "secrets/keychain.h"

#include "common/handoff.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "fd.secrets.keychain", QtWarningMsg)

namespace fd::secrets {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::secrets", text);
}

// Maps a finished job to our taxonomy. The job's errorString never contains the secret.
fd::Error jobError(QKeychain::Error code, const QString& detail) {
    switch (code) {
    case QKeychain::EntryNotFound:
        return fd::makeError(fd::ErrorKind::NotFound, tr("The OS keychain holds no such entry."),
                             detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return fd::makeError(fd::ErrorKind::Locked,
                             tr("The OS keychain is locked or refused access; unlock it (log in "
                                "to the desktop session) and try again."),
                             detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return fd::makeError(fd::ErrorKind::KeyUnavailable,
                             tr("No OS keychain is available on this computer."), detail);
    default:
        return fd::makeError(fd::ErrorKind::Io, tr("The OS keychain reported an error."), detail);
    }
}

bool sessionBusLikely() {
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
    return true;
#endif
}

fd::Error noKeychain() {
    return fd::makeError(fd::ErrorKind::KeyUnavailable,
                         tr("No OS keychain is available on this computer."),
                         QStringLiteral("no D-Bus session bus"));
}

fd::Error timedOut(int timeoutMs) {
    return fd::makeError(fd::ErrorKind::KeyUnavailable,
                         tr("The OS keychain did not answer in time."),
                         QStringLiteral("timeout: no answer within %1 ms").arg(timeoutMs));
}

// Starts `job` on the calling thread's event loop and calls `deliver` once: with the finished
// job, or with nullptr when the timeout passed first. A job that never answers stays queued in
// QtKeychain (it runs one job at a time); later jobs then time out too until it is answered.
template <typename Job, typename Deliver>
void startJob(Job* job, QObject* context, int timeoutMs, Deliver deliver) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto delivered = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, deliver, delivered](QKeychain::Job*) {
                         if (std::exchange(*delivered, true))
                             return;
                         deliver(job);
                     });
    QTimer::singleShot(timeoutMs, context, [deliver, delivered] {
        if (std::exchange(*delivered, true))
            return;
        deliver(nullptr);
    });
    job->start();
}

} // namespace

Keychain::Keychain(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs) {}

bool Keychain::isUnreachable(const fd::Error& error) {
    return error.kind == fd::ErrorKind::KeyUnavailable;
}

bool Keychain::isTimeout(const fd::Error& error) {
    return error.kind == fd::ErrorKind::KeyUnavailable &&
           error.detail.startsWith(QLatin1String("timeout:"));
}

void Keychain::write(const QString& key, const QByteArray& secret, QObject* context,
                     std::function<void(fd::Status)> done) const {
    if (!sessionBusLikely()) {
        fd::post(context, [done] { done(noKeychain()); });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    startJob(job, context, m_timeoutMs, [done, timeout = m_timeoutMs](QKeychain::Job* j) {
        if (!j)
            return done(timedOut(timeout));
        if (j->error() != QKeychain::NoError)
            return done(jobError(j->error(), j->errorString()));
        done({});
    });
}

void Keychain::read(const QString& key, QObject* context,
                    std::function<void(fd::Result<QByteArray>)> done) const {
    if (!sessionBusLikely()) {
        fd::post(context, [done] { done(noKeychain()); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    startJob(job, context, m_timeoutMs, [done, job, timeout = m_timeoutMs](QKeychain::Job* j) {
        if (!j)
            return done(timedOut(timeout));
        if (j->error() != QKeychain::NoError)
            return done(jobError(j->error(), j->errorString()));
        done(job->binaryData());
    });
}

void Keychain::remove(const QString& key, QObject* context,
                      std::function<void(fd::Status)> done) const {
    if (!sessionBusLikely()) {
        fd::post(context, [done] { done(noKeychain()); });
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    startJob(job, context, m_timeoutMs, [done, timeout = m_timeoutMs](QKeychain::Job* j) {
        if (!j)
            return done(timedOut(timeout));
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return done(jobError(j->error(), j->errorString()));
        done({});
    });
}

void Keychain::probe(QObject* context, std::function<void(fd::Status)> done) const {
    read(QStringLiteral("fleetdeck-probe/does-not-exist"), context,
         [done](fd::Result<QByteArray> r) {
             if (r.ok() || r.error().kind == fd::ErrorKind::NotFound)
                 return done({});
             qCInfo(lcKeychain) << "keychain probe failed:" << r.error().detail;
             done(r.error());
         });
}

} // namespace fd::secrets
