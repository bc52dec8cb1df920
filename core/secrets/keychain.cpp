#include "secrets/keychain.h"

#include "secrets/vaultcrypto.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcKeychain, "fleetdeck.secrets.keychain", QtWarningMsg)

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

fd::Error timedOut() {
    return fd::makeError(fd::ErrorKind::KeyUnavailable,
                         tr("The OS keychain did not answer in time."));
}

template <typename Job, typename Deliver>
void startJob(Job* job, QObject* context, int timeoutMs, Deliver deliver) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    // `delivered` makes the timeout and a late reply mutually exclusive.
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

template <typename T, typename Start> T waitFor(int timeoutMs, Start start) {
    if (!QCoreApplication::instance()) {
        return T(fd::makeError(fd::ErrorKind::KeyUnavailable,
                               tr("No OS keychain is available on this computer."),
                               QStringLiteral("no QCoreApplication")));
    }
    QEventLoop loop;
    std::optional<T> result;
    start(&loop, [&](T r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    Q_UNUSED(timeoutMs);
    return std::move(*result);
}

} // namespace

Keychain::Keychain(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs) {}

void Keychain::write(const QString& key, const QByteArray& secret, QObject* context,
                     std::function<void(fd::Status)> done) const {
    if (!sessionBusLikely()) {
        QTimer::singleShot(0, context, [done] { done(noKeychain()); });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    startJob(job, context, m_timeoutMs, [done](QKeychain::Job* j) {
        if (!j)
            return done(timedOut());
        if (j->error() != QKeychain::NoError)
            return done(jobError(j->error(), j->errorString()));
        done({});
    });
}

void Keychain::read(const QString& key, QObject* context,
                    std::function<void(fd::Result<QByteArray>)> done) const {
    if (!sessionBusLikely()) {
        QTimer::singleShot(0, context, [done] { done(noKeychain()); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    startJob(job, context, m_timeoutMs, [done, job](QKeychain::Job* j) {
        if (!j)
            return done(timedOut());
        if (j->error() != QKeychain::NoError)
            return done(jobError(j->error(), j->errorString()));
        done(job->binaryData());
    });
}

void Keychain::remove(const QString& key, QObject* context,
                      std::function<void(fd::Status)> done) const {
    if (!sessionBusLikely()) {
        QTimer::singleShot(0, context, [done] { done(noKeychain()); });
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    startJob(job, context, m_timeoutMs, [done](QKeychain::Job* j) {
        if (!j)
            return done(timedOut());
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return done(jobError(j->error(), j->errorString()));
        done({});
    });
}

fd::Status Keychain::writeSync(const QString& key, const QByteArray& secret) const {
    return waitFor<fd::Status>(
        m_timeoutMs, [&](QObject* ctx, auto deliver) { write(key, secret, ctx, deliver); });
}

fd::Result<QByteArray> Keychain::readSync(const QString& key) const {
    return waitFor<fd::Result<QByteArray>>(
        m_timeoutMs, [&](QObject* ctx, auto deliver) { read(key, ctx, deliver); });
}

fd::Status Keychain::removeSync(const QString& key) const {
    return waitFor<fd::Status>(m_timeoutMs,
                               [&](QObject* ctx, auto deliver) { remove(key, ctx, deliver); });
}

fd::Status Keychain::probe() const {
    if (!sessionBusLikely())
        return noKeychain();
    auto r = readSync(QStringLiteral("fleetdeck-probe/does-not-exist"));
    if (r.ok() || r.error().kind == fd::ErrorKind::NotFound)
        return {};
    qCInfo(lcKeychain) << "keychain probe failed:" << r.error().detail;
    return r.error();
}

} // namespace fd::secrets
