// The secret store's asynchronous API against the real vault backend, its lock state, and the
// rule that nothing runs on (or spins an event loop on) the caller's thread: every async answer
// comes later on the context's thread, a sync call never lets the caller's queued events run
// inside it, a locked vault always answers Locked with the same sentence, and a keychain without
// a session bus fails at once.
#include "secretstesthelpers.h"

#include "secrets/secretstore.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using fd::secrets::Backend;
using fd::secrets::SecretFailure;
using fd::secrets::SecretRef;
using fd::secrets::SecretStore;
using fd::secrets::SecretStoreStatus;
using fd::test::awaitAnswer;
using fd::test::backendOptions;
using Bytes = QList<QByteArray>;
using Items = QList<QPair<SecretRef, QByteArray>>;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("async vault passphrase 비밀");
const QString kLockedSentence =
    QStringLiteral("The secret vault is locked; unlock it with its passphrase first.");

SecretRef clusterRef(const QString& id, const QString& purpose) {
    return SecretRef{QStringLiteral("cluster"), id, purpose};
}

// Runs until a zero-timer posted before `call` has had its turn, and says whether it ran
// inside the call (which only a nested event loop on this thread can do).
bool queuedEventRanInside(const std::function<void()>& call) {
    bool ran = false;
    QTimer::singleShot(0, [&ran] { ran = true; });
    call();
    const bool inside = ran;
    (void)QTest::qWaitFor([&] { return ran; }, 5000);
    return inside;
}

fd::Status unlockAsync(SecretStore& s, const QByteArray& passphrase) {
    auto a = awaitAnswer<fd::Status>([&](QObject* ctx, std::function<void(fd::Status)> done) {
        s.unlockAsync(passphrase, ctx, std::move(done));
    });
    return a.value.value_or(fd::makeError(fd::ErrorKind::Internal, QStringLiteral("no answer")));
}

} // namespace

class TestSecretsAsync final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    QString freshDir() { return m_dir.filePath(QString::number(++m_next)); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qunsetenv("FLEETDECK_SECRET_BACKEND");
        // Hermetic: never the desktop's own keychain (tst_secrets_keychain brings a private one).
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
    }

    void everyAsyncOperationOnTheVault() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        SecretStore& s = *env.secrets;
        QVERIFY(s.isReady());
        QVERIFY(s.backend() == Backend::Vault);
        QVERIFY(!s.vaultExists());

        QSignalSpy lockedChanged(&s, &SecretStore::lockedChanged);
        auto unlocked = awaitAnswer<fd::Status>(
            [&](QObject* ctx, auto done) { s.unlockAsync(kPassphrase, ctx, std::move(done)); });
        QVERIFY(unlocked.value && unlocked.value->ok());
        QVERIFY(!unlocked.arrivedInsideCall);
        QVERIFY(unlocked.arrivedOnContextThread);
        QVERIFY(s.isUnlocked());
        QVERIFY(s.vaultExists());
        QCOMPARE(lockedChanged.size(), 1);
        QCOMPARE(lockedChanged.at(0).at(0).toBool(), false);

        auto status = awaitAnswer<fd::Result<SecretStoreStatus>>(
            [&](QObject* ctx, auto done) { s.statusAsync(ctx, std::move(done)); });
        QVERIFY(status.value && status.value->ok());
        QVERIFY(!status.arrivedInsideCall);
        QCOMPARE((*status.value)->backend, Backend::Vault);
        QCOMPARE((*status.value)->backendReason, QStringLiteral("option"));
        QVERIFY((*status.value)->vaultCreated);
        QVERIFY((*status.value)->unlocked);
        QCOMPARE((*status.value)->secretCount, 0);
        QCOMPARE((*status.value)->kdfN, quint64(1) << 16);

        // A cluster's slots in one call, read back in the order asked for.
        const SecretRef token = clusterRef(QStringLiteral("42"), QStringLiteral("token"));
        const SecretRef key = clusterRef(QStringLiteral("42"), QStringLiteral("clientKey"));
        const SecretRef refresh =
            clusterRef(QStringLiteral("42"), QStringLiteral("oidcRefreshToken"));
        const QByteArray binary("\x00\x01key\xff", 6);
        auto stored = awaitAnswer<fd::Status>([&](QObject* ctx, auto done) {
            s.storeMany(Items{{token, "tok-42"}, {key, binary}, {refresh, "rt-42"}}, ctx,
                        std::move(done));
        });
        QVERIFY(stored.value && stored.value->ok());
        QVERIFY(!stored.arrivedInsideCall);
        QVERIFY(stored.arrivedOnContextThread);

        auto loaded = awaitAnswer<fd::Result<Bytes>>([&](QObject* ctx, auto done) {
            s.loadMany({refresh, token, key}, ctx, std::move(done));
        });
        QVERIFY(loaded.value && loaded.value->ok());
        QVERIFY(!loaded.arrivedInsideCall);
        QCOMPARE(loaded.value->value(), (Bytes{"rt-42", "tok-42", binary}));

        // All or the first error: a missing slot fails the whole load, naming it.
        const SecretRef missing = clusterRef(QStringLiteral("42"), QStringLiteral("password"));
        auto partial = awaitAnswer<fd::Result<Bytes>>([&](QObject* ctx, auto done) {
            s.loadMany({token, missing, key}, ctx, std::move(done));
        });
        QVERIFY(partial.value && !partial.value->ok());
        QCOMPARE(partial.value->error().kind, fd::ErrorKind::NotFound);
        QVERIFY(partial.value->error().message.contains(missing.id()));

        auto one = awaitAnswer<fd::Result<QByteArray>>(
            [&](QObject* ctx, auto done) { s.loadAsync(key, ctx, std::move(done)); });
        QVERIFY(!one.arrivedInsideCall);
        QCOMPARE(one.value->value(), binary);

        auto replaced = awaitAnswer<fd::Status>(
            [&](QObject* ctx, auto done) { s.storeAsync(token, "tok-42b", ctx, std::move(done)); });
        QVERIFY(replaced.value->ok());
        QCOMPARE(s.load(token).value(), QByteArray("tok-42b"));

        // Removing: missing secrets count as removed, a malformed reference is reported alone.
        const SecretRef malformed{QStringLiteral("cluster/x"), QStringLiteral("1"),
                                  QStringLiteral("token")};
        auto removed = awaitAnswer<QList<SecretFailure>>([&](QObject* ctx, auto done) {
            s.removeMany({token, missing, malformed, refresh}, ctx, std::move(done));
        });
        QVERIFY(removed.value);
        QVERIFY(!removed.arrivedInsideCall);
        QCOMPARE(removed.value->size(), 1);
        QVERIFY(removed.value->first().ref == malformed);
        QCOMPARE(removed.value->first().error.kind, fd::ErrorKind::InvalidInput);
        QCOMPARE(s.load(token).error().kind, fd::ErrorKind::NotFound);
        QCOMPARE(s.load(refresh).error().kind, fd::ErrorKind::NotFound);

        auto removedOne = awaitAnswer<fd::Status>(
            [&](QObject* ctx, auto done) { s.removeAsync(key, ctx, std::move(done)); });
        QVERIFY(removedOne.value->ok());
        QCOMPARE(s.status()->secretCount, 0);
    }

    void storeManyInTheVaultIsAllOrNothing() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        QVERIFY(unlockAsync(*env.secrets, kPassphrase).ok());
        const SecretRef bad{QStringLiteral("cluster"), QStringLiteral("1"),
                            QStringLiteral("to/ken")};
        auto stored = awaitAnswer<fd::Status>([&](QObject* ctx, auto done) {
            env.secrets->storeMany(
                Items{{clusterRef(QStringLiteral("1"), QStringLiteral("token")), "a"}, {bad, "b"}},
                ctx, std::move(done));
        });
        QVERIFY(stored.value && !stored.value->ok());
        QCOMPARE(stored.value->error().kind, fd::ErrorKind::InvalidInput);
        QCOMPARE(env.secrets->status()->secretCount, 0);
    }

    void operationsRunInSubmissionOrder() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        SecretStore& s = *env.secrets;
        const SecretRef ref = clusterRef(QStringLiteral("7"), QStringLiteral("token"));
        QObject context;
        // Submitted before the unlock has run: they wait for it.
        s.unlockAsync(kPassphrase, &context, [](fd::Status) {});
        QStringList seen;
        for (int i = 0; i < 40; ++i) {
            const QByteArray value = "v" + QByteArray::number(i);
            s.storeAsync(ref, value, &context, [](fd::Status) {});
            s.loadAsync(ref, &context, [&seen](fd::Result<QByteArray> r) {
                seen << (r ? QString::fromLatin1(*r) : r.error().message);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 40, 30000);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(seen.at(i), QStringLiteral("v%1").arg(i));
    }

    void lockedVaultAnswersLockedEverywhere() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        SecretStore& s = *env.secrets;
        const SecretRef ref = clusterRef(QStringLiteral("3"), QStringLiteral("token"));
        QVERIFY(unlockAsync(s, kPassphrase).ok());
        QVERIFY(s.store(ref, "t3").ok());
        s.lock();
        QVERIFY(!s.isUnlocked());

        QCOMPARE(fd::secrets::lockedMessage(), kLockedSentence);
        auto expectLocked = [](const fd::Error& e) {
            return e.kind == fd::ErrorKind::Locked && e.message == kLockedSentence;
        };
        QVERIFY(expectLocked(s.load(ref).error()));
        QVERIFY(expectLocked(s.store(ref, "x").error()));
        auto a = awaitAnswer<fd::Result<QByteArray>>(
            [&](QObject* ctx, auto done) { s.loadAsync(ref, ctx, std::move(done)); });
        QVERIFY(expectLocked(a.value->error()));
        auto b = awaitAnswer<fd::Result<Bytes>>(
            [&](QObject* ctx, auto done) { s.loadMany({ref}, ctx, std::move(done)); });
        QVERIFY(expectLocked(b.value->error()));
        auto c = awaitAnswer<fd::Status>(
            [&](QObject* ctx, auto done) { s.storeAsync(ref, "y", ctx, std::move(done)); });
        QVERIFY(expectLocked(c.value->error()));
        auto d = awaitAnswer<fd::Status>([&](QObject* ctx, auto done) {
            s.storeMany(Items{{ref, "z"}}, ctx, std::move(done));
        });
        QVERIFY(expectLocked(d.value->error()));
        // Removing needs no key.
        auto e = awaitAnswer<QList<SecretFailure>>(
            [&](QObject* ctx, auto done) { s.removeMany({ref}, ctx, std::move(done)); });
        QVERIFY(e.value && e.value->isEmpty());
    }

    void wrongPassphraseThenRight() {
        fd::test::SecretsEnv env;
        const QString dir = freshDir();
        QVERIFY(env.open(dir, backendOptions(Backend::Vault)));
        QVERIFY(unlockAsync(*env.secrets, kPassphrase).ok());
        QVERIFY(env.open(dir, backendOptions(Backend::Vault))); // a restart: locked
        SecretStore& s = *env.secrets;
        QVERIFY(s.vaultExists());
        QSignalSpy lockedChanged(&s, &SecretStore::lockedChanged);

        const fd::Status empty = unlockAsync(s, {});
        QCOMPARE(empty.error().kind, fd::ErrorKind::InvalidInput);
        const fd::Status wrong = unlockAsync(s, "not it");
        QCOMPARE(wrong.error().kind, fd::ErrorKind::WrongPassphrase);
        QCOMPARE(wrong.error().message, fd::secrets::wrongPassphraseMessage());
        QVERIFY(!s.isUnlocked());
        QCOMPARE(lockedChanged.size(), 0);
        QVERIFY(unlockAsync(s, kPassphrase).ok());
        QVERIFY(s.isUnlocked());
        QCOMPARE(lockedChanged.size(), 1);
    }

    void lockEmitsTheSignalAndVoidsWhatIsInFlight() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        SecretStore& s = *env.secrets;
        const SecretRef ref = clusterRef(QStringLiteral("9"), QStringLiteral("token"));
        QVERIFY(unlockAsync(s, kPassphrase).ok());
        QVERIFY(s.store(ref, "secret-9").ok());

        QSignalSpy lockedChanged(&s, &SecretStore::lockedChanged);
        s.lock();
        QCOMPARE(lockedChanged.size(), 1); // at once, on this thread: services drop now
        QCOMPARE(lockedChanged.at(0).at(0).toBool(), true);
        s.lock();
        QCOMPARE(lockedChanged.size(), 1); // already locked: no change, no signal

        // An unlock submitted before lock() does not reopen the vault when it ends.
        QObject context;
        std::optional<fd::Status> late;
        s.unlockAsync(kPassphrase, &context, [&late](fd::Status st) { late = st; });
        s.lock();
        QTRY_VERIFY_WITH_TIMEOUT(late.has_value(), 30000);
        QCOMPARE(late->error().kind, fd::ErrorKind::Cancelled);
        QVERIFY(!s.isUnlocked());
        QCOMPARE(lockedChanged.size(), 1);

        // Decrypted before lock(), delivered after it: the caller gets Locked, not the bytes.
        QVERIFY(unlockAsync(s, kPassphrase).ok());
        std::optional<fd::Result<QByteArray>> loaded;
        s.loadAsync(ref, &context, [&loaded](fd::Result<QByteArray> r) { loaded = r; });
        QVERIFY(s.status().ok()); // runs after the load: the answer waits in this thread's queue
        QVERIFY(!loaded.has_value());
        s.lock();
        QTRY_VERIFY(loaded.has_value());
        QVERIFY2(!loaded->ok(), "plaintext delivered after lock()");
        QCOMPARE(loaded->error().kind, fd::ErrorKind::Locked);
        QCOMPARE(loaded->error().message, kLockedSentence);

        // The same through the batch form.
        QVERIFY(unlockAsync(s, kPassphrase).ok());
        std::optional<fd::Result<Bytes>> many;
        s.loadMany({ref}, &context, [&many](fd::Result<Bytes> r) { many = r; });
        QVERIFY(s.status().ok());
        s.lock();
        QTRY_VERIFY(many.has_value());
        QVERIFY2(!many->ok(), "plaintext delivered after lock()");
        QCOMPARE(many->error().kind, fd::ErrorKind::Locked);
    }

    void lockFromAnotherThreadSignalsOnTheOwningThread() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        SecretStore& s = *env.secrets;
        QVERIFY(unlockAsync(s, kPassphrase).ok());
        QThread* signalledOn = nullptr;
        connect(&s, &SecretStore::lockedChanged, this,
                [&signalledOn] { signalledOn = QThread::currentThread(); });
        std::thread([&s] { s.lock(); }).join();
        QVERIFY(!s.isUnlocked()); // at once
        QTRY_VERIFY(signalledOn != nullptr);
        QCOMPARE(signalledOn, QThread::currentThread());
    }

    void deadContextDropsTheAnswerNotTheWork() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        SecretStore& s = *env.secrets;
        QVERIFY(unlockAsync(s, kPassphrase).ok());
        const SecretRef ref = clusterRef(QStringLiteral("5"), QStringLiteral("token"));
        bool called = false;
        auto context = std::make_unique<QObject>();
        s.storeAsync(ref, "kept", context.get(), [&called](fd::Status) { called = true; });
        s.loadAsync(ref, context.get(), [&called](fd::Result<QByteArray>) { called = true; });
        context.reset();
        QCOMPARE(s.load(ref).value(), QByteArray("kept")); // after both: the store ran
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void syncCallsNeverTurnTheCallersLoop() {
        // The keychain path used to spin a QEventLoop here, so a queued timer of the caller
        // (a registry refresh) ran in the middle of its update. Both backends, every sync call.
        for (Backend backend : {Backend::Keychain, Backend::Vault}) {
            fd::test::SecretsEnv env;
            QVERIFY(env.open(freshDir(), backendOptions(backend)));
            SecretStore& s = *env.secrets;
            const SecretRef ref = clusterRef(QStringLiteral("1"), QStringLiteral("token"));
            QVERIFY(!queuedEventRanInside([&] { (void)s.unlock(kPassphrase); }));
            QVERIFY(!queuedEventRanInside([&] { (void)s.store(ref, "t"); }));
            QVERIFY(!queuedEventRanInside([&] { (void)s.load(ref); }));
            QVERIFY(!queuedEventRanInside([&] { (void)s.remove(ref); }));
            QVERIFY(!queuedEventRanInside([&] { (void)s.status(); }));
            QVERIFY(!queuedEventRanInside([&] {
                fd::test::SecretsEnv other;
                QVERIFY(other.open(freshDir(), SecretStore::Options{})); // the automatic choice
            }));
        }
    }

    void asyncCallsReturnBeforeAnyWork() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        SecretStore& s = *env.secrets;
        QObject context;
        const SecretRef ref = clusterRef(QStringLiteral("6"), QStringLiteral("token"));
        // With the secrets thread held, every call still returns at once; the work waits.
        auto blocker = std::make_unique<fd::test::SecretsThreadBlocker>();
        int answers = 0;
        QElapsedTimer t;
        t.start();
        const bool inside = queuedEventRanInside([&] {
            s.unlockAsync(kPassphrase, &context, [&](fd::Status) { ++answers; });
            s.storeAsync(ref, "six", &context, [&](fd::Status) { ++answers; });
            s.loadMany({ref}, &context, [&](fd::Result<Bytes>) { ++answers; });
            s.removeMany({ref}, &context, [&](QList<SecretFailure>) { ++answers; });
            s.statusAsync(&context, [&](fd::Result<SecretStoreStatus>) { ++answers; });
        });
        QVERIFY(!inside);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QTest::qWait(50);
        QCOMPARE(answers, 0);
        QVERIFY(!s.isUnlocked());
        blocker.reset();
        QTRY_COMPARE_WITH_TIMEOUT(answers, 5, 30000);
        QVERIFY(s.isUnlocked());
    }

    void asyncOnlyMakesSyncCallsOnTheOwningThreadFail() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        SecretStore& s = *env.secrets;
        QVERIFY(unlockAsync(s, kPassphrase).ok());
        const SecretRef ref = clusterRef(QStringLiteral("2"), QStringLiteral("token"));
        QVERIFY(s.store(ref, "two").ok());
        s.setAsyncOnly(true);

        // Other threads keep their sync API.
        std::optional<fd::Result<QByteArray>> fromWorker;
        std::thread([&] { fromWorker = s.load(ref); }).join();
        QCOMPARE(fromWorker->value(), QByteArray("two"));
        // So does the async one here.
        auto a = awaitAnswer<fd::Result<QByteArray>>(
            [&](QObject* ctx, auto done) { s.loadAsync(ref, ctx, std::move(done)); });
        QCOMPARE(a.value->value(), QByteArray("two"));

#ifdef QT_NO_DEBUG
        // Release builds: a critical log line and ErrorKind::Internal, nothing done.
        const QRegularExpression critical(QStringLiteral("sync SecretStore call"));
        QTest::ignoreMessage(QtCriticalMsg, critical);
        const fd::Status st = s.store(ref, "changed");
        QCOMPARE(st.error().kind, fd::ErrorKind::Internal);
        QTest::ignoreMessage(QtCriticalMsg, critical);
        QCOMPARE(s.load(ref).error().kind, fd::ErrorKind::Internal);
        QTest::ignoreMessage(QtCriticalMsg, critical);
        QCOMPARE(s.unlock(kPassphrase).error().kind, fd::ErrorKind::Internal);
        QTest::ignoreMessage(QtCriticalMsg, critical);
        QCOMPARE(s.status().error().kind, fd::ErrorKind::Internal);
        s.setAsyncOnly(false);
        QCOMPARE(s.load(ref).value(), QByteArray("two"));
#elif defined(Q_OS_UNIX)
        // Debug builds assert: the child process that makes the call must abort.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child's own test log (a "fatal error" from the assertion) is not this test's.
            const int devNull = ::open("/dev/null", O_WRONLY);
            ::dup2(devNull, STDOUT_FILENO);
            ::dup2(devNull, STDERR_FILENO);
            (void)s.load(ref);
            _exit(0); // not reached when the assertion fires
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT,
                 qPrintable(QStringLiteral("child status %1").arg(status)));
        s.setAsyncOnly(false);
#else
        QFAIL("no way to test the assertion on this platform");
#endif
    }

    void keychainWithoutSessionBusFailsFast() {
        auto options = backendOptions(Backend::Keychain);
        options.keychainTimeoutMs = 60000; // waiting for it would fail the test below
        fd::test::SecretsEnv env;
        const QString dir = freshDir();
        QVERIFY(env.open(dir, options));
        SecretStore& s = *env.secrets;
        const SecretRef ref = clusterRef(QStringLiteral("4"), QStringLiteral("token"));

        QElapsedTimer t;
        t.start();
        auto stored = awaitAnswer<fd::Status>(
            [&](QObject* ctx, auto done) { s.storeAsync(ref, "t4", ctx, std::move(done)); });
        QCOMPARE(stored.value->error().kind, fd::ErrorKind::KeyUnavailable);
        QCOMPARE(stored.value->error().message,
                 QStringLiteral("No OS keychain is available on this computer."));
        QCOMPARE(s.store(ref, "t4").error().kind, fd::ErrorKind::KeyUnavailable);

        // A secret recorded in a keychain (a database copied from another computer).
        QVERIFY(env.store
                    ->writeSync([](sqlite3* db) {
                        return fd::store::exec(
                            db, "INSERT INTO secret_refs VALUES ('cluster/4/token', 'cluster', "
                                "'4', 'token', 'keychain', 1, 1)");
                    })
                    .ok());
        auto loaded = awaitAnswer<fd::Result<QByteArray>>(
            [&](QObject* ctx, auto done) { s.loadAsync(ref, ctx, std::move(done)); });
        QCOMPARE(loaded.value->error().kind, fd::ErrorKind::KeyUnavailable);
        QVERIFY(loaded.value->error().message.contains(QLatin1String("not available on this")));
        // It cannot be cleaned from here, but the reference goes.
        auto removed = awaitAnswer<QList<SecretFailure>>(
            [&](QObject* ctx, auto done) { s.removeMany({ref}, ctx, std::move(done)); });
        QVERIFY(removed.value && removed.value->isEmpty());

        // The automatic choice falls back to the vault without waiting either.
        auto autoOptions = SecretStore::Options{};
        autoOptions.keychainTimeoutMs = 60000;
        autoOptions.chooseInBackground = true;
        auto chosen = SecretStore::open(*env.store, autoOptions);
        QVERIFY(chosen.ok());
        QTRY_VERIFY((*chosen)->isReady());
        QVERIFY((*chosen)->backend() == Backend::Vault);
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    }

    void chosenInBackgroundOperationsWaitForTheChoice() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        QVERIFY(unlockAsync(*env.secrets, kPassphrase).ok()); // creates the vault
        // The secrets thread is held, as by a keychain that takes long to answer the probe.
        auto blocker = std::make_unique<fd::test::SecretsThreadBlocker>();
        SecretStore::Options options;
        options.chooseInBackground = true;
        options.forcedBackend = Backend::Vault;
        QElapsedTimer t;
        t.start();
        auto opened = SecretStore::open(*env.store, options);
        QVERIFY(opened.ok());
        QVERIFY(t.elapsed() < 1000); // did not wait for the choice
        SecretStore& s = **opened;
        QVERIFY(!s.isReady());
        QVERIFY(!s.backend());
        QVERIFY(!s.isUnlocked());
        QVERIFY(!s.vaultExists()); // not known yet
        QSignalSpy ready(&s, &SecretStore::ready);
        QObject context;
        std::optional<fd::Result<SecretStoreStatus>> status;
        bool readyWhenAnswered = false;
        s.statusAsync(&context, [&](fd::Result<SecretStoreStatus> r) {
            status = r;
            readyWhenAnswered = s.isReady();
        });
        QTest::qWait(50);
        QVERIFY(!status.has_value());
        QVERIFY(!s.isReady());
        blocker.reset();
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 30000);
        QVERIFY(readyWhenAnswered); // submitted before the choice, answered after it
        QCOMPARE((*status)->backend, Backend::Vault);
        QCOMPARE(ready.size(), 1);
        QVERIFY(s.backend() == Backend::Vault);
        QVERIFY(s.vaultExists());
    }
};

QTEST_GUILESS_MAIN(TestSecretsAsync)
#include "tst_secrets_async.moc"
