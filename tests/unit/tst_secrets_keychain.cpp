// The keychain backend against a real Secret Service: a private D-Bus session bus
// (dbus-daemon) with gnome-keyring-daemon on it, both started here and stopped by their PIDs.
// Secrets round-trip through the keychain (and never reach the database), the automatic choice
// picks it, and a keychain that hangs (the daemon stopped with SIGSTOP) never stalls the
// caller: its loop keeps turning, calls answer "did not answer in time" after the timeout, and
// the GUI's background choice returns at once and falls back to the vault.
#include "secretstesthelpers.h"

#include "secrets/secretstore.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sqlite3.h>

#include <csignal>
#include <memory>

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

constexpr int kHungTimeoutMs = 1500;

SecretRef clusterRef(const QString& id, const QString& purpose) {
    return SecretRef{QStringLiteral("cluster"), id, purpose};
}

// dbus-daemon on a socket in a private directory, and gnome-keyring-daemon's Secret Service on
// that bus with a login keyring unlocked by a throw-away password.
class SecretService final {
public:
    ~SecretService() { stop(); }

    bool start(QString* error) {
        const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyring =
            QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        m_dbusSend = QStandardPaths::findExecutable(QStringLiteral("dbus-send"));
        if (dbus.isEmpty() || keyring.isEmpty() || m_dbusSend.isEmpty()) {
            *error = QStringLiteral("dbus-daemon, dbus-send and gnome-keyring-daemon are needed "
                                    "(installers/quickstart.sh installs them)");
            return false;
        }
        if (!m_root.isValid())
            return fail(error, QStringLiteral("no temporary directory"));
        const QString run = m_root.filePath(QStringLiteral("run"));
        const QString home = m_root.filePath(QStringLiteral("home"));
        QDir().mkpath(run);
        QDir().mkpath(home);
        QFile::setPermissions(run, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_busAddress = QStringLiteral("unix:path=") + run + QStringLiteral("/bus");
        // No service directories: nothing on this bus is started by activation, only what we
        // start (and stop) ourselves.
        QFile config(m_root.filePath(QStringLiteral("bus.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return fail(error, QStringLiteral("cannot write bus.conf"));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                     "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/"
                     "busconfig.dtd\">\n<busconfig><type>session</type><listen>" +
                     m_busAddress.toUtf8() +
                     "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                     "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                     "<allow own=\"*\"/></policy></busconfig>\n");
        config.close();

        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), run);
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));

        m_bus.setProgram(dbus);
        m_bus.setArguments({QStringLiteral("--config-file=") + config.fileName(),
                            QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        m_bus.setProcessEnvironment(m_env);
        m_bus.start();
        if (!m_bus.waitForStarted(10000) || !waitForLine(m_bus, 10000))
            return fail(error, QStringLiteral("dbus-daemon did not start: ") +
                                   QString::fromLocal8Bit(m_bus.readAllStandardError()));

        m_keyring.setProgram(keyring);
        m_keyring.setArguments({QStringLiteral("--foreground"),
                                QStringLiteral("--components=secrets"),
                                QStringLiteral("--unlock")});
        m_keyring.setProcessEnvironment(m_env);
        m_keyring.start();
        if (!m_keyring.waitForStarted(10000))
            return fail(error, QStringLiteral("gnome-keyring-daemon did not start"));
        m_keyring.write("fleetdeck-test-keyring");
        m_keyring.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        while (!serviceOwned()) {
            if (t.elapsed() > 15000 || m_keyring.state() != QProcess::Running)
                return fail(error, QStringLiteral("the Secret Service did not appear: ") +
                                       QString::fromLocal8Bit(m_keyring.readAllStandardError()));
            QTest::qWait(100);
        }
        // This process talks to that bus from now on (QtKeychain and libsecret read these the
        // first time they connect).
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(run));
        return true;
    }

    void suspend() { ::kill(pid_t(m_keyring.processId()), SIGSTOP); }
    void resume() { ::kill(pid_t(m_keyring.processId()), SIGCONT); }

    void stop() {
        // libsecret's GDBus connection to the session bus raises SIGTERM in this process when
        // the bus goes away (GLib's exit-on-close, right for a desktop session that ended).
        // The bus goes away here on purpose, so from now on that signal is ignored.
        if (m_bus.state() != QProcess::NotRunning)
            std::signal(SIGTERM, SIG_IGN);
        for (QProcess* p : {&m_keyring, &m_bus}) {
            if (p->state() == QProcess::NotRunning)
                continue;
            if (p == &m_keyring)
                resume();
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

private:
    static bool fail(QString* error, const QString& why) {
        *error = why;
        return false;
    }

    static bool waitForLine(QProcess& p, int timeoutMs) {
        QElapsedTimer t;
        t.start();
        while (!p.canReadLine() && t.elapsed() < timeoutMs)
            p.waitForReadyRead(100);
        return p.canReadLine();
    }

    bool serviceOwned() {
        QProcess query;
        query.setProcessEnvironment(m_env);
        query.start(m_dbusSend, {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                 QStringLiteral("--dest=org.freedesktop.DBus"),
                                 QStringLiteral("/org/freedesktop/DBus"),
                                 QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                                 QStringLiteral("string:org.freedesktop.secrets")});
        if (!query.waitForFinished(5000))
            return false;
        return query.readAllStandardOutput().contains("boolean true");
    }

    // Directly under /tmp, not under the test's TMPDIR: the bus and keyring sockets live in it
    // and a Unix socket path must stay under 108 bytes.
    QTemporaryDir m_root{QStringLiteral("/tmp/fd-kc-XXXXXX")};
    QString m_busAddress;
    QString m_dbusSend;
    QProcessEnvironment m_env;
    QProcess m_bus;
    QProcess m_keyring;
};

bool fileContains(const QString& path, const QByteArray& needle) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}

} // namespace

class TestSecretsKeychain final : public QObject {
    Q_OBJECT

    SecretService m_service;
    QTemporaryDir m_dir;
    int m_next = 0;

    QString freshDir() { return m_dir.filePath(QString::number(++m_next)); }

private Q_SLOTS:
    void initTestCase() {
        qunsetenv("FLEETDECK_SECRET_BACKEND");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_service.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_service.stop(); }

    void secretsRoundTripThroughTheKeychain() {
        fd::test::SecretsEnv env;
        const QString dir = freshDir();
        QVERIFY(env.open(dir, backendOptions(Backend::Keychain)));
        SecretStore& s = *env.secrets;
        QVERIFY(s.isUnlocked()); // nothing to unlock
        const SecretRef ref = clusterRef(QStringLiteral("1"), QStringLiteral("token"));
        const QByteArray token = QByteArrayLiteral("keychain-token-\x01\xff-6b1e");
        const fd::Status stored = s.store(ref, token);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message + stored.error().detail));
        QCOMPARE(s.load(ref).value(), token);
        QCOMPARE(s.status()->secretCount, 1);
        QVERIFY(s.status()->keychainAvailable);

        // The database knows where the secret is, not what it is.
        qint64 vaultRows = -1;
        QString backend;
        QVERIFY(env.store
                    ->read([&](sqlite3* db) -> fd::Status {
                        vaultRows =
                            fd::store::queryInt(db, "SELECT COUNT(*) FROM vault_secrets").value();
                        auto stmt = fd::store::Statement::prepare(
                            db, "SELECT backend FROM secret_refs WHERE id = 'cluster/1/token'");
                        if (!stmt || !stmt->step().value())
                            return fd::makeError(fd::ErrorKind::NotFound, QStringLiteral("row"));
                        backend = stmt->columnText(0);
                        return {};
                    })
                    .ok());
        QCOMPARE(vaultRows, 0);
        QCOMPARE(backend, QStringLiteral("keychain"));
        const QString db = QDir(dir).filePath(QStringLiteral("fleetdeck.db"));
        QVERIFY(!fileContains(db, "keychain-token-"));
        QVERIFY(!fileContains(db + QStringLiteral("-wal"), "keychain-token-"));

        // Another SecretStore over the same data (a restart) reads it from the keychain.
        QVERIFY(env.open(dir, backendOptions(Backend::Keychain)));
        QCOMPARE(env.secrets->load(ref).value(), token);
        QVERIFY(env.secrets->remove(ref).ok());
        QCOMPARE(env.secrets->load(ref).error().kind, fd::ErrorKind::NotFound);
    }

    void asyncAndBatchCallsOnTheKeychain() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Keychain)));
        SecretStore& s = *env.secrets;
        const SecretRef token = clusterRef(QStringLiteral("2"), QStringLiteral("token"));
        const SecretRef key = clusterRef(QStringLiteral("2"), QStringLiteral("clientKey"));
        const SecretRef secret =
            clusterRef(QStringLiteral("2"), QStringLiteral("oidcClientSecret"));
        auto stored = awaitAnswer<fd::Status>([&](QObject* ctx, auto done) {
            s.storeMany(Items{{token, "t2"}, {key, "k2"}, {secret, "s2"}}, ctx, std::move(done));
        });
        QVERIFY(stored.value->ok());
        QVERIFY(!stored.arrivedInsideCall);
        auto loaded = awaitAnswer<fd::Result<Bytes>>([&](QObject* ctx, auto done) {
            s.loadMany({secret, token, key}, ctx, std::move(done));
        });
        QVERIFY(loaded.value->ok());
        QCOMPARE(loaded.value->value(), (Bytes{"s2", "t2", "k2"}));
        auto one = awaitAnswer<fd::Result<QByteArray>>(
            [&](QObject* ctx, auto done) { s.loadAsync(key, ctx, std::move(done)); });
        QCOMPARE(one.value->value(), QByteArray("k2"));
        auto status = awaitAnswer<fd::Result<SecretStoreStatus>>(
            [&](QObject* ctx, auto done) { s.statusAsync(ctx, std::move(done)); });
        QCOMPARE((*status.value)->backend, Backend::Keychain);
        QVERIFY((*status.value)->keychainAvailable);
        QCOMPARE((*status.value)->secretCount, 3);

        auto removed = awaitAnswer<QList<SecretFailure>>([&](QObject* ctx, auto done) {
            s.removeMany({token, key, secret}, ctx, std::move(done));
        });
        QVERIFY(removed.value->isEmpty());
        auto gone = awaitAnswer<fd::Result<Bytes>>(
            [&](QObject* ctx, auto done) { s.loadMany({token}, ctx, std::move(done)); });
        QCOMPARE(gone.value->error().kind, fd::ErrorKind::NotFound);
    }

    void theAutomaticChoiceIsTheKeychain() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), SecretStore::Options{}));
        QVERIFY(env.secrets->backend() == Backend::Keychain);
        QCOMPARE(env.secrets->status()->backendReason, QStringLiteral("auto"));
    }

    void aHungKeychainDoesNotStallTheCaller() {
        auto options = backendOptions(Backend::Keychain);
        options.keychainTimeoutMs = kHungTimeoutMs;
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), options));
        SecretStore& s = *env.secrets;
        const SecretRef ref = clusterRef(QStringLiteral("3"), QStringLiteral("token"));
        QVERIFY(s.store(ref, "t3").ok());

        m_service.suspend();
        auto resumeLater = qScopeGuard([this] { m_service.resume(); });
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QElapsedTimer t;
        t.start();
        QObject context;
        std::optional<fd::Result<QByteArray>> loaded;
        s.loadAsync(ref, &context, [&loaded](fd::Result<QByteArray> r) { loaded = r; });
        const qint64 callMs = t.elapsed();
        QVERIFY2(callMs < 500, qPrintable(QStringLiteral("loadAsync took %1 ms").arg(callMs)));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 4 * kHungTimeoutMs);
        const qint64 answeredMs = t.elapsed();
        QVERIFY(!loaded->ok());
        QVERIFY2(loaded->error().kind == fd::ErrorKind::KeyUnavailable,
                 qPrintable(loaded->error().message + QStringLiteral(" / ") +
                            loaded->error().detail));
        QCOMPARE(loaded->error().message,
                 QStringLiteral("The OS keychain did not answer in time."));
        QVERIFY2(answeredMs >= kHungTimeoutMs - 100, qPrintable(QString::number(answeredMs)));
        // The caller's loop kept turning all along: ~150 ticks of 10 ms in 1.5 s.
        QVERIFY2(ticks >= 40,
                 qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(answeredMs)));

        // A sync call (CLI, worker threads) waits for the timeout but without turning the
        // caller's loop: a queued event of the caller does not run inside it.
        bool ran = false;
        QTimer::singleShot(0, [&ran] { ran = true; });
        const fd::Result<QByteArray> r = s.load(ref);
        QVERIFY(!ran);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, fd::ErrorKind::KeyUnavailable);
        QTRY_VERIFY(ran);

        // Once the keychain answers again, so does the store.
        m_service.resume();
        auto again = awaitAnswer<fd::Result<QByteArray>>(
            [&](QObject* ctx, auto done) { s.loadAsync(ref, ctx, std::move(done)); }, 60000);
        QVERIFY2(again.value->ok(),
                 qPrintable(again.value->ok() ? QString() : again.value->error().message));
        QCOMPARE(again.value->value(), QByteArray("t3"));
    }

    void theBackgroundChoiceReturnsAtOnceWithAHungKeychain() {
        fd::test::SecretsEnv env;
        QVERIFY(env.open(freshDir(), backendOptions(Backend::Vault)));
        SecretStore::Options options;
        options.chooseInBackground = true;
        options.keychainTimeoutMs = kHungTimeoutMs;

        m_service.suspend();
        auto resumeLater = qScopeGuard([this] { m_service.resume(); });
        bool ran = false;
        QTimer::singleShot(0, [&ran] { ran = true; });
        QElapsedTimer t;
        t.start();
        auto opened = SecretStore::open(*env.store, options);
        const qint64 openMs = t.elapsed();
        QVERIFY(opened.ok());
        QVERIFY(!ran); // the probe turned no event loop here
        QVERIFY2(openMs < 500, qPrintable(QStringLiteral("open took %1 ms").arg(openMs)));
        SecretStore& s = **opened;
        QVERIFY(!s.isReady()); // the probe is still waiting for the keychain
        QSignalSpy ready(&s, &SecretStore::ready);
        QVERIFY(ready.wait(4 * kHungTimeoutMs));
        QVERIFY(s.isReady());
        QVERIFY(s.backend() == Backend::Vault); // no answer: the vault
        QVERIFY(t.elapsed() >= kHungTimeoutMs - 100);
        m_service.resume();
    }
};

QTEST_GUILESS_MAIN(TestSecretsKeychain)
#include "tst_secrets_keychain.moc"
