// The secret vault: secrets never reach disk in plaintext, wrong passphrases and tampering are
// told apart, secrets whose keychain is absent are reported (and kept), scrypt parameters come
// from storage.
#include "secrets/secretstore.h"
#include "secrets/vaultcrypto.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using fd::secrets::Backend;
using fd::secrets::SecretRef;
using fd::secrets::SecretStore;
using fd::store::Store;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple 정말");

SecretStore::Options vaultOptions() {
    SecretStore::Options o;
    o.forcedBackend = Backend::Vault;
    return o;
}

struct Opened {
    std::unique_ptr<Store> store;
    std::unique_ptr<SecretStore> secrets;
};

Opened openBoth(const QString& dir, SecretStore::Options options = vaultOptions()) {
    Opened o;
    auto store = Store::open(dir);
    if (!store)
        qFatal("store: %s", qPrintable(store.error().message));
    o.store = std::move(store).value();
    auto secrets = SecretStore::open(*o.store, options);
    if (!secrets)
        qFatal("secrets: %s", qPrintable(secrets.error().message));
    o.secrets = std::move(secrets).value();
    return o;
}

// Every encoding a careless implementation might write a token in.
QList<QByteArray> encodingsOf(const QByteArray& secret) {
    QList<QByteArray> forms{
        secret, secret.toBase64(),
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        secret.toHex(), secret.toHex().toUpper()};
    QByteArray utf16;
    for (char c : secret) {
        utf16.append(c);
        utf16.append('\0');
    }
    forms << utf16;
    // A prefix long enough to be unique also catches a token split across pages.
    forms << secret.left(16);
    return forms;
}

QStringList filesContaining(const QString& root, const QByteArray& secret) {
    QStringList hits;
    const auto forms = encodingsOf(secret);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray& form : forms) {
            if (bytes.contains(form)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

qint64 countRows(Store& store, const char* sql) {
    qint64 n = -1;
    (void)store.read([&](sqlite3* db) -> fd::Status {
        n = fd::store::queryInt(db, sql).value();
        return {};
    });
    return n;
}

} // namespace

class TestSecrets final : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp; // TMPDIR for this process: SQLite and Qt put temp files here

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
        qunsetenv("FLEETDECK_SECRET_BACKEND");
    }

    void refIdRoundTrip() {
        const SecretRef ref{QStringLiteral("cluster"), QStringLiteral("hq/42"),
                            QStringLiteral("token")};
        QCOMPARE(ref.id(), QStringLiteral("cluster/hq/42/token"));
        QCOMPARE(SecretRef::parse(ref.id()).value(), ref);
        QVERIFY(!SecretRef::parse(QStringLiteral("cluster/token")).ok());
        QVERIFY(!SecretRef::parse(QStringLiteral("a//b")).ok());
    }

    void storeLoadRemove() {
        QTemporaryDir dir;
        auto o = openBoth(dir.path());
        QCOMPARE(o.secrets->backend(), Backend::Vault);
        QVERIFY(!o.secrets->isUnlocked());
        QVERIFY(!o.secrets->vaultExists());
        const SecretRef ref{QStringLiteral("cluster"), QStringLiteral("1"),
                            QStringLiteral("token")};

        auto locked = o.secrets->store(ref, "x");
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().kind, fd::ErrorKind::Locked);

        auto empty = o.secrets->unlock({});
        QCOMPARE(empty.error().kind, fd::ErrorKind::InvalidInput);

        QElapsedTimer t;
        t.start();
        QVERIFY(o.secrets->unlock(kPassphrase).ok());
        qInfo("first unlock (creates the vault, two scrypt runs): %lld ms",
              static_cast<long long>(t.elapsed()));
        QVERIFY(o.secrets->isUnlocked());
        QVERIFY(o.secrets->vaultExists());

        const QByteArray secret("\x00\x01binary\xff token", 15);
        QVERIFY(o.secrets->store(ref, secret).ok());
        QCOMPARE(o.secrets->load(ref).value(), secret);
        QCOMPARE(o.secrets->load(ref.id()).value(), secret);
        QVERIFY(o.secrets->store(ref, "replaced").ok());
        QCOMPARE(o.secrets->load(ref).value(), QByteArray("replaced"));
        QCOMPARE(countRows(*o.store, "SELECT COUNT(*) FROM secret_refs WHERE backend = 'vault'"),
                 1);

        const SecretRef missing{QStringLiteral("cluster"), QStringLiteral("2"),
                                QStringLiteral("token")};
        QCOMPARE(o.secrets->load(missing).error().kind, fd::ErrorKind::NotFound);

        QVERIFY(o.secrets->remove(ref).ok());
        QCOMPARE(o.secrets->load(ref).error().kind, fd::ErrorKind::NotFound);
        QCOMPARE(countRows(*o.store, "SELECT COUNT(*) FROM vault_secrets"), 0);
        QVERIFY(o.secrets->remove(ref).ok()); // removing twice is fine

        o.secrets->lock();
        QVERIFY(!o.secrets->isUnlocked());
    }

    void noPlaintextOnDisk() {
        QTemporaryDir dir;
        const QByteArray token =
            "fdtok-" + fd::secrets::crypto::randomBytes(24).value().toHex() + "-end";
        {
            auto o = openBoth(dir.path());
            QVERIFY(o.secrets->unlock(kPassphrase).ok());
            for (int i = 0; i < 20; ++i) {
                const SecretRef ref{QStringLiteral("cluster"), QString::number(i),
                                    QStringLiteral("token")};
                QVERIFY(o.secrets->store(ref, token).ok());
            }
            QCOMPARE(o.secrets->load(QStringLiteral("cluster/7/token")).value(), token);
            // While open: the WAL and shared-memory files hold the latest pages.
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("fleetdeck.db-wal"))));
            QCOMPARE(filesContaining(dir.path(), token), QStringList());
            QCOMPARE(filesContaining(m_tmp.path(), token), QStringList());
            QVERIFY(o.secrets->remove(QStringLiteral("cluster/3/token")).ok());
        }
        QCOMPARE(filesContaining(dir.path(), token), QStringList());
        QCOMPARE(filesContaining(m_tmp.path(), token), QStringList());
        // The scan itself works: the token is found once it is written in plain text.
        QFile probe(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(probe.open(QIODevice::WriteOnly));
        probe.write("x=" + token.toBase64() + "\n");
        probe.close();
        QCOMPARE(filesContaining(dir.path(), token).size(), 1);
    }

    void wrongPassphraseChangesNothing() {
        QTemporaryDir dir;
        const SecretRef ref{QStringLiteral("vcenter"), QStringLiteral("5"),
                            QStringLiteral("password")};
        {
            auto o = openBoth(dir.path());
            QVERIFY(o.secrets->unlock(kPassphrase).ok());
            QVERIFY(o.secrets->store(ref, "vc-pass").ok());
        }
        auto o = openBoth(dir.path());
        QVERIFY(o.secrets->vaultExists());
        const fd::Status wrong = o.secrets->unlock("not the passphrase");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, fd::ErrorKind::WrongPassphrase);
        QCOMPARE(wrong.error().message,
                 QStringLiteral("The passphrase does not open this vault; nothing was changed."));
        QVERIFY(!o.secrets->isUnlocked());
        QCOMPARE(o.secrets->load(ref).error().kind, fd::ErrorKind::Locked);
        QCOMPARE(countRows(*o.store, "SELECT COUNT(*) FROM vault_meta"), 1);

        QVERIFY(o.secrets->unlock(kPassphrase).ok());
        QCOMPARE(o.secrets->load(ref).value(), QByteArray("vc-pass"));
    }

    void tamperingIsDetected() {
        QTemporaryDir dir;
        auto o = openBoth(dir.path());
        QVERIFY(o.secrets->unlock(kPassphrase).ok());
        const SecretRef a{QStringLiteral("cluster"), QStringLiteral("1"), QStringLiteral("token")};
        const SecretRef b{QStringLiteral("cluster"), QStringLiteral("2"), QStringLiteral("token")};
        QVERIFY(o.secrets->store(a, "token-a").ok());
        QVERIFY(o.secrets->store(b, "token-b").ok());

        // A flipped bit in the ciphertext.
        QVERIFY(o.store
                    ->writeSync([](sqlite3* db) {
                        return fd::store::exec(
                            db, "UPDATE vault_secrets SET ciphertext = "
                                "(substr(ciphertext, 1, 2) || x'5A' || substr(ciphertext, 4)) "
                                "WHERE ref_id = 'cluster/1/token'");
                    })
                    .ok());
        auto tampered = o.secrets->load(a);
        QVERIFY(!tampered.ok());
        QCOMPARE(tampered.error().kind, fd::ErrorKind::Corrupt);
        QVERIFY(tampered.error().message.contains(QLatin1String("integrity check")));
        QVERIFY(!tampered.error().message.contains(QLatin1String("token-a")));

        // b's ciphertext moved onto a: the AAD binds it to its own reference.
        QVERIFY(o.store
                    ->writeSync([](sqlite3* db) {
                        return fd::store::exec(db, "UPDATE vault_secrets SET (nonce, ciphertext) = "
                                                   "(SELECT nonce, ciphertext FROM vault_secrets "
                                                   " WHERE ref_id = 'cluster/2/token') "
                                                   "WHERE ref_id = 'cluster/1/token'");
                    })
                    .ok());
        QCOMPARE(o.secrets->load(a).error().kind, fd::ErrorKind::Corrupt);
        QCOMPARE(o.secrets->load(b).value(), QByteArray("token-b"));

        // A changed nonce.
        QVERIFY(o.store
                    ->writeSync([](sqlite3* db) {
                        return fd::store::exec(db, "UPDATE vault_secrets SET nonce = zeroblob(12) "
                                                   "WHERE ref_id = 'cluster/2/token'");
                    })
                    .ok());
        QCOMPARE(o.secrets->load(b).error().kind, fd::ErrorKind::Corrupt);
    }

    void kdfParametersComeFromStorage() {
        QTemporaryDir dir;
        auto o = openBoth(dir.path());
        QVERIFY(o.secrets->unlock(kPassphrase).ok());
        auto status = o.secrets->status();
        QVERIFY(status.ok());
        QCOMPARE(status->kdfN, quint64(1) << 16);
        QCOMPARE(status->kdfR, 8u);
        QCOMPARE(status->kdfP, 1u);
        QVERIFY(status->vaultCreated);
        QVERIFY(status->vaultCreatedAt.isValid());
        QCOMPARE(countRows(*o.store, "SELECT kdf_n FROM vault_meta"), qint64(1) << 16);
        QCOMPARE(countRows(*o.store, "SELECT length(salt) FROM vault_meta"), 16);

        // Different parameters in storage derive a different key: the right passphrase no
        // longer opens it, which shows unlock() reads them rather than assuming the defaults.
        QVERIFY(o.store
                    ->writeSync([](sqlite3* db) {
                        return fd::store::exec(db, "UPDATE vault_meta SET kdf_n = 16384");
                    })
                    .ok());
        o.secrets->lock();
        QCOMPARE(o.secrets->unlock(kPassphrase).error().kind, fd::ErrorKind::WrongPassphrase);
        QCOMPARE(o.secrets->status()->kdfN, quint64(16384));

        // Absurd parameters are refused before any work, not run for minutes.
        QVERIFY(o.store
                    ->writeSync([](sqlite3* db) {
                        return fd::store::exec(db, "UPDATE vault_meta SET kdf_n = 1099511627776");
                    })
                    .ok());
        QElapsedTimer t;
        t.start();
        QCOMPARE(o.secrets->unlock(kPassphrase).error().kind, fd::ErrorKind::Corrupt);
        QVERIFY(t.elapsed() < 2000);
    }

    void vaultTravelsWithTheDatabase() {
        // The vault's key comes from the passphrase, so a copied database opens elsewhere.
        QTemporaryDir a;
        QTemporaryDir b;
        const SecretRef ref{QStringLiteral("prometheus"), QStringLiteral("9"),
                            QStringLiteral("bearer")};
        {
            auto o = openBoth(a.path());
            QVERIFY(o.secrets->unlock(kPassphrase).ok());
            QVERIFY(o.secrets->store(ref, "bearer-9").ok());
        }
        QVERIFY(QFile::copy(a.filePath(QStringLiteral("fleetdeck.db")),
                            b.filePath(QStringLiteral("fleetdeck.db"))));
        auto o = openBoth(b.path());
        QVERIFY(o.secrets->unlock(kPassphrase).ok());
        QCOMPARE(o.secrets->load(ref).value(), QByteArray("bearer-9"));
    }

    void keychainSecretOnAMachineWithoutItIsKeyUnavailable() {
        // A database copied from a computer whose keychain held the secret: the reference row
        // says "keychain", and this process has no keychain at all (no D-Bus session bus).
        const QByteArray savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
        QTemporaryDir dir;
        auto o = openBoth(dir.path());
        QVERIFY(o.store
                    ->writeSync([](sqlite3* db) {
                        return fd::store::exec(
                            db, "INSERT INTO secret_refs VALUES ('cluster/4/token', 'cluster', "
                                "'4', 'token', 'keychain', 1, 1)");
                    })
                    .ok());
        QVERIFY(o.secrets->unlock(kPassphrase).ok());
        auto r = o.secrets->load(QStringLiteral("cluster/4/token"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, fd::ErrorKind::KeyUnavailable);
        QVERIFY2(r.error().message.contains(QLatin1String("not available on this computer")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("Nothing was deleted")));
        // Nothing was lost: the reference is still there for the machine that has the key.
        QCOMPARE(countRows(*o.store, "SELECT COUNT(*) FROM secret_refs"), 1);

        // Auto-selection without a keychain falls back to the vault.
        auto autoSecrets = SecretStore::open(*o.store, SecretStore::Options{});
        QVERIFY(autoSecrets.ok());
        QCOMPARE((*autoSecrets)->backend(), Backend::Vault);
        QCOMPARE((*autoSecrets)->status()->backendReason, QStringLiteral("auto"));
        QVERIFY(!(*autoSecrets)->status()->keychainAvailable);

        if (!savedBus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", savedBus);
        if (!savedRuntime.isEmpty())
            qputenv("XDG_RUNTIME_DIR", savedRuntime);
    }

    void backendFromEnvironmentAndSetting() {
        QTemporaryDir dir;
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        qputenv("FLEETDECK_SECRET_BACKEND", "bogus");
        auto bad = SecretStore::open(**store);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, fd::ErrorKind::InvalidInput);
        qputenv("FLEETDECK_SECRET_BACKEND", "vault");
        auto env = SecretStore::open(**store);
        QCOMPARE((*env)->backend(), Backend::Vault);
        QCOMPARE((*env)->status()->backendReason, QStringLiteral("FLEETDECK_SECRET_BACKEND"));
        qunsetenv("FLEETDECK_SECRET_BACKEND");
        QVERIFY((*store)
                    ->setSettingSync(QStringLiteral("secrets/backend"), QStringLiteral("vault"))
                    .ok());
        auto setting = SecretStore::open(**store);
        QCOMPARE((*setting)->status()->backendReason, QStringLiteral("setting"));
    }

    void asyncCallsDeliverOnContext() {
        QTemporaryDir dir;
        auto o = openBoth(dir.path());
        QVERIFY(o.secrets->unlock(kPassphrase).ok());
        const SecretRef ref{QStringLiteral("cluster"), QStringLiteral("8"),
                            QStringLiteral("clientKey")};
        QObject context;
        std::optional<fd::Status> stored;
        o.secrets->storeAsync(ref, "key-pem", &context, [&](fd::Status st) { stored = st; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(stored->ok());
        std::optional<fd::Result<QByteArray>> loaded;
        o.secrets->loadAsync(ref, &context, [&](fd::Result<QByteArray> r) { loaded = r; });
        QTRY_VERIFY(loaded.has_value());
        QCOMPARE(loaded->value(), QByteArray("key-pem"));
        std::optional<fd::Status> removed;
        o.secrets->removeAsync(ref, &context, [&](fd::Status st) { removed = st; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok());
        QCOMPARE(o.secrets->load(ref).error().kind, fd::ErrorKind::NotFound);
    }

    void unlockOnOneThreadWhileAnotherLoadsAndStores() {
        // The GUI unlocks on a worker thread (VaultGate) while the UI thread keeps loading and
        // storing. Every call must see either the whole key or none: a load returns the stored
        // bytes or Locked, never garbage, a crash or another error (ASan catches torn keys).
        QTemporaryDir dir;
        auto o = openBoth(dir.path());
        const SecretRef read{QStringLiteral("cluster"), QStringLiteral("t1"),
                             QStringLiteral("token")};
        const SecretRef written{QStringLiteral("cluster"), QStringLiteral("t2"),
                                QStringLiteral("token")};
        const QByteArray token = QByteArrayLiteral("thread-token-5c1d");
        QVERIFY(o.secrets->unlock(kPassphrase).ok());
        QVERIFY(o.secrets->store(read, token).ok());
        o.secrets->lock();

        std::atomic<bool> stop{false};
        std::atomic<int> unlocks{0};
        std::atomic<int> unlockErrors{0};
        std::thread worker([&] {
            while (!stop.load()) {
                if (o.secrets->unlock(kPassphrase).ok())
                    ++unlocks;
                else
                    ++unlockErrors;
                QThread::msleep(30); // unlocked for a moment, then locked again (Settings)
                o.secrets->lock();
            }
        });
        int loaded = 0, stored = 0, locked = 0, unexpected = 0;
        QByteArray lastStored;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; timer.elapsed() < 20000 && (unlocks.load() < 3 || loaded == 0); ++i) {
            auto r = o.secrets->load(read);
            if (r && *r == token)
                ++loaded;
            else if (!r && r.error().kind == fd::ErrorKind::Locked)
                ++locked;
            else
                ++unexpected;
            const QByteArray value = "value-" + QByteArray::number(i);
            const fd::Status st = o.secrets->store(written, value);
            if (st) {
                ++stored;
                lastStored = value;
            } else if (st.error().kind == fd::ErrorKind::Locked) {
                ++locked;
            } else {
                ++unexpected;
            }
            (void)o.secrets->isUnlocked();
        }
        stop = true;
        worker.join();
        QCOMPARE(unexpected, 0);
        QCOMPARE(unlockErrors.load(), 0);
        QVERIFY(unlocks.load() >= 1);
        QVERIFY2(loaded > 0 && locked > 0,
                 qPrintable(QStringLiteral("loaded %1 locked %2").arg(loaded).arg(locked)));
        QVERIFY(stored > 0);
        QVERIFY(o.secrets->unlock(kPassphrase).ok());
        QCOMPARE(o.secrets->load(written).value(), lastStored);
        QCOMPARE(o.secrets->load(read).value(), token);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
