#include "secrets/secretstoreimpl.h"

#include "common/handoff.h"
#include "secrets/workqueue.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <future>
#include <type_traits>

Q_LOGGING_CATEGORY(lcSecrets, "fd.secrets", QtWarningMsg)

namespace fd::secrets {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::secrets", text);
}

fd::Error lockedError() {
    return fd::makeError(fd::ErrorKind::Locked, lockedMessage());
}

fd::Error stoppedError() {
    return fd::makeError(fd::ErrorKind::Internal,
                         tr("The secret store has stopped; restart Fleetdeck to use secrets."),
                         QStringLiteral("no secrets thread"));
}

// A private copy the secrets thread can wipe: the caller's QByteArray may share its bytes.
std::shared_ptr<QByteArray> privateCopy(const QByteArray& bytes) {
    return std::make_shared<QByteArray>(bytes.constData(), bytes.size());
}

} // namespace

QString wrongPassphraseMessage() {
    return QCoreApplication::translate(
        "fd::secrets", "The passphrase does not open this vault; nothing was changed.");
}

QString lockedMessage() {
    return QCoreApplication::translate(
        "fd::secrets", "The secret vault is locked; unlock it with its passphrase first.");
}

SecretStoreImpl::SecretStoreImpl(fd::store::Store& store, Choice choice, const Options& options)
    : m_store(store)
    , m_choice(std::move(choice))
    , m_keychain(options.keychainService, options.keychainTimeoutMs)
    , m_queue(WorkQueue::create())
    , m_generation(std::make_shared<std::atomic<quint64>>(0)) {
    // The first task: everything submitted later runs once the backend is known.
    const bool queued = m_queue->enqueue([this](WorkQueue::Finished finished) {
        chooseBackend([this, finished](fd::Status st) {
            if (!st) {
                m_openError = st.error();
                qCWarning(lcSecrets)
                    << "no secret backend:" << st.error().message << st.error().detail;
            }
            m_ready = true;
            emitOnOwner([this] { Q_EMIT ready(); });
            finished();
        });
    });
    if (!queued) {
        m_openError = stoppedError();
        m_ready = true;
    }
}

SecretStoreImpl::~SecretStoreImpl() {
    m_queue->dispose(); // from here on nothing on the secrets thread refers to this object
    QByteArray old;
    {
        std::lock_guard guard(m_keyMutex);
        m_generation->fetch_add(1);
        std::swap(old, m_key);
        m_hasKey = false;
    }
    crypto::wipe(old);
}

// --- Plumbing ---------------------------------------------------------------------------------

template <typename T>
void SecretStoreImpl::submit(QObject* context, Reply<T> done, std::function<void(Reply<T>)> op,
                             std::function<T(fd::Error)> whenStopped) {
    auto deliver = fd::handoff<T>(context, std::move(done));
    const bool queued =
        m_queue->enqueue([deliver, op = std::move(op)](WorkQueue::Finished finished) {
            op([deliver, finished](T value) {
                deliver(std::move(value));
                finished();
            });
        });
    if (queued)
        return;
    if constexpr (std::is_constructible_v<T, fd::Error>) {
        if (!whenStopped)
            return deliver(T(stoppedError()));
    }
    deliver(whenStopped(stoppedError()));
}

template <typename T> T SecretStoreImpl::runSync(std::function<void(Reply<T>)> op) {
    if (auto error = syncCallError())
        return T(*error);
    std::promise<T> promise;
    std::future<T> future = promise.get_future();
    const bool queued =
        m_queue->enqueue([&promise, op = std::move(op)](WorkQueue::Finished finished) {
            op([&promise, finished](T value) {
                promise.set_value(std::move(value)); // the caller may return from here on
                finished();
            });
        });
    if (!queued)
        return T(stoppedError());
    return future.get();
}

std::optional<fd::Error> SecretStoreImpl::syncCallError() const {
    const auto internal = [](const QString& detail) {
        return fd::makeError(
            fd::ErrorKind::Internal,
            QCoreApplication::translate(
                "fd::secrets",
                "An internal error kept this secret from being read or written; nothing was "
                "changed."),
            detail);
    };
    if (m_queue->isQueueThread()) {
        Q_ASSERT_X(false, "SecretStore", "a sync call on the secrets thread waits for itself");
        return internal(QStringLiteral("sync call on the secrets thread"));
    }
    if (m_asyncOnly.load() && QThread::currentThread() == thread()) {
        qCCritical(lcSecrets) << "sync SecretStore call on its owning thread while async-only; "
                                 "use the async API";
        Q_ASSERT_X(false, "SecretStore", "sync call on the owning (UI) thread: use the async API");
        return internal(QStringLiteral("sync call on the owning thread (async-only)"));
    }
    return std::nullopt;
}

SecretStoreImpl::Reply<SecretStoreImpl::Loaded>
SecretStoreImpl::checkedDelivery(Reply<fd::Result<QList<QByteArray>>> done) const {
    return [generation = m_generation, done = std::move(done)](Loaded loaded) {
        if (loaded.values && loaded.keyGeneration && *loaded.keyGeneration != generation->load()) {
            for (QByteArray& value : *loaded.values)
                crypto::wipe(value);
            return done(lockedError()); // decrypted before lock(), delivered after it
        }
        done(std::move(loaded.values));
    };
}

void SecretStoreImpl::emitOnOwner(std::function<void()> emitter) {
    if (QThread::currentThread() == thread())
        emitter();
    else
        QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

// --- State ------------------------------------------------------------------------------------

fd::Status SecretStoreImpl::waitUntilReady() {
    return runSync<fd::Status>([this](Reply<fd::Status> reply) {
        reply(m_openError ? fd::Status(*m_openError) : fd::Status());
    });
}

bool SecretStoreImpl::isReady() const {
    return m_ready.load();
}

std::optional<Backend> SecretStoreImpl::backend() const {
    const int b = m_backend.load();
    if (b < 0)
        return std::nullopt;
    return Backend(b);
}

bool SecretStoreImpl::isUnlocked() const {
    return m_backend.load() == int(Backend::Keychain) || m_hasKey.load();
}

bool SecretStoreImpl::vaultExists() const {
    return m_vaultExists.load();
}

void SecretStoreImpl::setAsyncOnly(bool asyncOnly) {
    m_asyncOnly = asyncOnly;
}

void SecretStoreImpl::lock() {
    QByteArray old;
    {
        std::lock_guard guard(m_keyMutex);
        m_generation->fetch_add(1); // voids unlocks and decryptions still on their way
        std::swap(old, m_key);
        m_hasKey = false;
    }
    const bool wasUnlocked = !old.isEmpty();
    crypto::wipe(old);
    if (wasUnlocked)
        emitOnOwner([this] { Q_EMIT lockedChanged(true); });
}

// --- Public operations ------------------------------------------------------------------------

fd::Status SecretStoreImpl::unlock(const QByteArray& passphrase) {
    auto copy = privateCopy(passphrase);
    const quint64 generation = m_generation->load();
    return runSync<fd::Status>(
        [this, copy, generation](Reply<fd::Status> reply) { reply(unlockNow(*copy, generation)); });
}

void SecretStoreImpl::unlockAsync(QByteArray passphrase, QObject* context,
                                  std::function<void(fd::Status)> done) {
    auto copy = privateCopy(passphrase);
    crypto::wipe(passphrase);
    const quint64 generation = m_generation->load();
    submit<fd::Status>(context, std::move(done), [this, copy, generation](Reply<fd::Status> reply) {
        reply(unlockNow(*copy, generation));
    });
}

fd::Result<SecretStoreStatus> SecretStoreImpl::status() {
    return runSync<fd::Result<SecretStoreStatus>>(
        [this](Reply<fd::Result<SecretStoreStatus>> reply) { statusNow(std::move(reply)); });
}

void SecretStoreImpl::statusAsync(QObject* context,
                                  std::function<void(fd::Result<SecretStoreStatus>)> done) {
    submit<fd::Result<SecretStoreStatus>>(
        context, std::move(done),
        [this](Reply<fd::Result<SecretStoreStatus>> reply) { statusNow(std::move(reply)); });
}

fd::Status SecretStoreImpl::store(const SecretRef& ref, const QByteArray& secret) {
    return runSync<fd::Status>([this, items = Items{{ref, secret}}](Reply<fd::Status> reply) {
        storeNow(items, std::move(reply));
    });
}

void SecretStoreImpl::storeAsync(const SecretRef& ref, const QByteArray& secret, QObject* context,
                                 std::function<void(fd::Status)> done) {
    storeMany({{ref, secret}}, context, std::move(done));
}

void SecretStoreImpl::storeMany(QList<QPair<SecretRef, QByteArray>> secrets, QObject* context,
                                std::function<void(fd::Status)> done) {
    submit<fd::Status>(context, std::move(done),
                       [this, items = std::move(secrets)](Reply<fd::Status> reply) {
                           storeNow(items, std::move(reply));
                       });
}

fd::Result<QByteArray> SecretStoreImpl::load(const SecretRef& ref) {
    std::optional<fd::Result<QList<QByteArray>>> out;
    checkedDelivery([&out](fd::Result<QList<QByteArray>> r) { out.emplace(std::move(r)); })(
        runSync<Loaded>([this, ref](Reply<Loaded> reply) { loadNow({ref}, std::move(reply)); }));
    if (!*out)
        return out->error();
    return std::move(out->value().first());
}

void SecretStoreImpl::loadAsync(const SecretRef& ref, QObject* context,
                                std::function<void(fd::Result<QByteArray>)> done) {
    loadMany({ref}, context, [done = std::move(done)](fd::Result<QList<QByteArray>> r) {
        if (!r)
            return done(r.error());
        done(std::move(r.value().first()));
    });
}

void SecretStoreImpl::loadMany(QList<SecretRef> refs, QObject* context,
                               std::function<void(fd::Result<QList<QByteArray>>)> done) {
    submit<Loaded>(
        context, checkedDelivery(std::move(done)),
        [this, refs = std::move(refs)](Reply<Loaded> reply) { loadNow(refs, std::move(reply)); });
}

fd::Status SecretStoreImpl::remove(const SecretRef& ref) {
    return runSync<fd::Status>([this, ref](Reply<fd::Status> reply) {
        removeNow({ref}, [reply](QList<SecretFailure> failures) {
            reply(failures.isEmpty() ? fd::Status() : fd::Status(failures.first().error));
        });
    });
}

void SecretStoreImpl::removeAsync(const SecretRef& ref, QObject* context,
                                  std::function<void(fd::Status)> done) {
    removeMany({ref}, context, [done = std::move(done)](QList<SecretFailure> failures) {
        done(failures.isEmpty() ? fd::Status() : fd::Status(failures.first().error));
    });
}

void SecretStoreImpl::removeMany(QList<SecretRef> refs, QObject* context,
                                 std::function<void(QList<SecretFailure>)> done) {
    submit<QList<SecretFailure>>(
        context, std::move(done),
        [this, refs](Reply<QList<SecretFailure>> reply) { removeNow(refs, std::move(reply)); },
        [refs](fd::Error error) {
            QList<SecretFailure> all;
            for (const SecretRef& ref : refs)
                all.append({ref, error});
            return all;
        });
}

} // namespace fd::secrets
