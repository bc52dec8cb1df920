// The local store: opening, schema migrations, refusing damaged or newer databases without
// touching them, the audit log (query, filter, CSV) and the writer thread.
#include "store/migrations.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <optional>

using fd::store::AuditEntry;
using fd::store::AuditQuery;
using fd::store::Store;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A raw connection for building databases the way an older or newer Fleetdeck left them.
struct RawDb {
    sqlite3* db = nullptr;
    explicit RawDb(const QString& path) {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    }
    ~RawDb() { sqlite3_close_v2(db); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;
    void exec(const QByteArray& sql) {
        char* err = nullptr;
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
        const QString msg = QString::fromUtf8(err ? err : "");
        sqlite3_free(err);
        QVERIFY2(rc == SQLITE_OK, qPrintable(msg));
    }
    qint64 integer(const char* sql) {
        auto r = fd::store::queryInt(db, sql);
        return r ? *r : -1;
    }
};

QString dbPath(const QTemporaryDir& dir) {
    return dir.filePath(QString::fromLatin1(Store::kFileName));
}

AuditEntry entry(const char* action, const char* target, const char* result, const char* detail,
                 qint64 ms) {
    AuditEntry e;
    e.action = QString::fromUtf8(action);
    e.target = QString::fromUtf8(target);
    e.result = QString::fromUtf8(result);
    e.detail = QString::fromUtf8(detail);
    e.time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return e;
}

} // namespace

class TestStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensFreshDatabaseAtLatestVersion() {
        QTemporaryDir dir;
        auto store = Store::open(dir.path());
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->databasePath(), dbPath(dir));
        QCOMPARE((*store)->schemaVersion(), fd::store::latestSchemaVersion());
        QVERIFY(fd::store::latestSchemaVersion() >= 2);
        QVERIFY(QFile::exists(dbPath(dir)));

        QString journal;
        qint64 fk = -1;
        QStringList tables;
        const fd::Status st = (*store)->read([&](sqlite3* db) -> fd::Status {
            auto s = fd::store::Statement::prepare(db, "PRAGMA journal_mode");
            if (!s)
                return s.error();
            if (auto r = s->step(); r && *r)
                journal = s->columnText(0);
            fk = fd::store::queryInt(db, "PRAGMA foreign_keys").value();
            auto t = fd::store::Statement::prepare(
                db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
            if (!t)
                return t.error();
            while (auto r = t->step()) {
                if (!*r)
                    break;
                tables << t->columnText(0);
            }
            return {};
        });
        QVERIFY(st.ok());
        QCOMPARE(journal, QStringLiteral("wal"));
        QCOMPARE(fk, 1);
        for (const char* name :
             {"clusters", "secret_refs", "policies", "deployments", "vcenter_connections",
              "prometheus_endpoints", "settings", "audit_log", "vault_meta", "vault_secrets"})
            QVERIFY2(tables.contains(QLatin1String(name)), name);

        // Created whole under a temporary name and renamed into place: nothing else is left,
        // and the initial rows came with it (no commit of their own at first start-up).
        const QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString& name : names)
            QVERIFY2(name.startsWith(QLatin1String("fleetdeck.db")) &&
                         !name.contains(QLatin1String(".new-")),
                     qPrintable(name));
        QVERIFY(!(*store)->setting(QStringLiteral("secrets/install_id")).value().isEmpty());

        // Reopening an up-to-date database changes nothing and keeps the version.
        store = Store::open(dir.path());
        QVERIFY(store.ok());
        QCOMPARE((*store)->schemaVersion(), fd::store::latestSchemaVersion());
    }

    void shippedMigrationStepOneIsFrozen() {
        // Databases in the field ran step 1 as shipped; editing it would fork the schema.
        const QByteArray frozen = readFile(fd::test::testsPath("data/store/schema_v1.sql"));
        QVERIFY(!frozen.isEmpty());
        QCOMPARE(QByteArray(fd::store::migrationSteps()[0].sql), frozen);
    }

    void upgradesHandWrittenV1Database() {
        QTemporaryDir dir;
        {
            RawDb raw(dbPath(dir));
            raw.exec(readFile(fd::test::testsPath("data/store/schema_v1.sql")));
            raw.exec("INSERT INTO settings VALUES ('health/interval', '60');"
                     "INSERT INTO audit_log (time, action, target, result, detail) "
                     "VALUES (1700000000000, 'cluster.add', 'seoul-dc1-a', 'ok', '');"
                     "INSERT INTO clusters (name, server, created_at, updated_at) "
                     "VALUES ('seoul-dc1-a', 'https://10.0.0.1:6443', 1, 1);"
                     "PRAGMA user_version = 1;");
        }
        auto store = Store::open(dir.path());
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->schemaVersion(), fd::store::latestSchemaVersion());
        QCOMPARE((*store)->setting(QStringLiteral("health/interval")).value(),
                 QStringLiteral("60"));
        auto audit = (*store)->audit({});
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().target, QStringLiteral("seoul-dc1-a"));
        QCOMPARE(audit->first().time.toMSecsSinceEpoch(), 1700000000000);
        qint64 vaultTables = 0;
        QVERIFY((*store)
                    ->read([&](sqlite3* db) -> fd::Status {
                        vaultTables = fd::store::queryInt(db, "SELECT COUNT(*) FROM sqlite_master "
                                                              "WHERE name LIKE 'vault_%'")
                                          .value();
                        return {};
                    })
                    .ok());
        QCOMPARE(vaultTables, 2);
    }

    void upgradesFromEveryOlderVersion() {
        // Every version a database can be at: 0 and each step's (step numbers are allocated
        // per branch, so a branch may have gaps until the others are merged).
        QList<int> versions{0};
        for (const auto& step : fd::store::migrationSteps())
            if (step.version < fd::store::latestSchemaVersion())
                versions.append(step.version);
        for (int from : versions) {
            QTemporaryDir dir;
            {
                RawDb raw(dbPath(dir));
                QVERIFY(fd::store::migrate(raw.db, from).ok());
                QCOMPARE(raw.integer("PRAGMA user_version"), qint64(from));
                if (from >= 1)
                    raw.exec("INSERT INTO settings VALUES ('k', 'kept')");
            }
            auto store = Store::open(dir.path());
            QVERIFY2(store.ok(), qPrintable(QStringLiteral("from v%1").arg(from)));
            QCOMPARE((*store)->schemaVersion(), fd::store::latestSchemaVersion());
            if (from >= 1)
                QCOMPARE((*store)->setting(QStringLiteral("k")).value(), QStringLiteral("kept"));
        }
    }

    // Step 5: a cluster stored by an earlier version (connection settings in context_json, exec
    // arguments redacted by a weaker rule that let a positional token through) gets an endpoint
    // row, and the token is gone from every byte of the database file afterwards.
    void endpointStepMovesConnectionAndRedactsStoredArgs() {
        const QByteArray leaked = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsZWFrZWQifQ.LeakedSignature99";
        QTemporaryDir dir;
        {
            RawDb raw(dbPath(dir));
            QVERIFY(fd::store::migrate(raw.db, 4).ok());
            raw.exec("PRAGMA journal_mode = WAL");
            const QJsonObject exec{
                {QStringLiteral("command"), QStringLiteral("kubelogin")},
                {QStringLiteral("redactedArgs"),
                 QJsonArray{QStringLiteral("get-token"), QString::fromLatin1(leaked),
                            QStringLiteral("--client-secret"), QStringLiteral("<redacted>")}}};
            const QByteArray context =
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("server"), QStringLiteral("https://10.0.0.7:6443")},
                        {QStringLiteral("caPem"), QStringLiteral("-----BEGIN CERTIFICATE-----")},
                        {QStringLiteral("tlsServerName"), QStringLiteral("kubernetes")},
                        {QStringLiteral("insecure"), false},
                        {QStringLiteral("proxyUrl"), QStringLiteral("socks5://p:1080")},
                        {QStringLiteral("authKind"), QStringLiteral("exec")},
                        {QStringLiteral("secretRefs"),
                         QJsonObject{{QStringLiteral("execConfig"),
                                      QStringLiteral("cluster/1/execConfig")}}},
                        {QStringLiteral("exec"), exec}})
                    .toJson(QJsonDocument::Compact);
            raw.exec("INSERT INTO clusters (name, server, context_json, created_at, updated_at) "
                     "VALUES ('old', 'https://10.0.0.7:6443', '" +
                     context + "', 1, 1)");
        }
        {
            auto store = Store::open(dir.path());
            QVERIFY(store.ok());
            QVERIFY((*store)
                        ->read([](sqlite3* db) -> fd::Status {
                            auto n = fd::store::queryInt(
                                db, "SELECT COUNT(*) FROM clusters c JOIN endpoints e ON "
                                    "e.id = c.endpoint_id WHERE e.url = 'https://10.0.0.7:6443' "
                                    "AND e.tls_server_name = 'kubernetes' AND "
                                    "e.proxy_url = 'socks5://p:1080' AND "
                                    "e.credential_refs LIKE '%cluster/1/execConfig%'");
                            if (!n || *n != 1)
                                return fd::makeError(fd::ErrorKind::Corrupt,
                                                     QStringLiteral("no endpoint"));
                            return {};
                        })
                        .ok());
        } // closed: the WAL is folded into the file
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(leaked), qPrintable(name));
        }
    }

    // Step 10: clusters stored before zones existed have none (''), and the column takes A/B.
    void zoneStepGivesExistingClustersNoZone() {
        QTemporaryDir dir;
        {
            RawDb raw(dbPath(dir));
            QVERIFY(fd::store::migrate(raw.db, 9).ok());
            raw.exec("INSERT INTO clusters (name, created_at, updated_at) VALUES ('old', 1, 1)");
        }
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        QVERIFY((*store)->schemaVersion() >= 10);
        QVERIFY((*store)
                    ->read([](sqlite3* db) -> fd::Status {
                        auto none = fd::store::queryInt(
                            db, "SELECT COUNT(*) FROM clusters WHERE name = 'old' AND zone = ''");
                        if (!none || *none != 1)
                            return fd::makeError(fd::ErrorKind::Corrupt, QStringLiteral("zone"));
                        return {};
                    })
                    .ok());
    }

    // Step 11: Prometheus endpoints stored before it have no Alertmanager, and the column
    // references an endpoints row.
    void alertmanagerStepKeepsPrometheusEndpoints() {
        QTemporaryDir dir;
        {
            RawDb raw(dbPath(dir));
            QVERIFY(fd::store::migrate(raw.db, 10).ok());
            raw.exec("INSERT INTO endpoints (url, created_at, updated_at) "
                     "VALUES ('http://127.0.0.1:9090', 1, 1)");
            raw.exec("INSERT INTO prometheus_endpoints (name, endpoint_id, created_at, "
                     "updated_at) VALUES ('old', 1, 1, 1)");
        }
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        QVERIFY((*store)->schemaVersion() >= 11);
        QVERIFY((*store)
                    ->writeSync([](sqlite3* db) -> fd::Status {
                        auto none = fd::store::queryInt(
                            db, "SELECT COUNT(*) FROM prometheus_endpoints WHERE name = 'old' "
                                "AND endpoint_id = 1 AND alertmanager_endpoint_id IS NULL");
                        if (!none || *none != 1)
                            return fd::makeError(fd::ErrorKind::Corrupt, QStringLiteral("none"));
                        if (auto st = fd::store::exec(
                                db, "INSERT INTO endpoints (url, created_at, updated_at) VALUES "
                                    "('http://127.0.0.1:9093', 2, 2); UPDATE prometheus_endpoints "
                                    "SET alertmanager_endpoint_id = last_insert_rowid();");
                            !st)
                            return st;
                        // A dangling reference is refused (foreign keys are on).
                        if (fd::store::exec(db, "UPDATE prometheus_endpoints SET "
                                                "alertmanager_endpoint_id = 99")
                                .ok())
                            return fd::makeError(fd::ErrorKind::Corrupt, QStringLiteral("fk"));
                        return {};
                    })
                    .ok());
    }

    void failedMigrationStepLeavesPreviousVersion() {
        // A step that fails half-way must not leave half its tables behind.
        QTemporaryDir dir;
        RawDb raw(dbPath(dir));
        QVERIFY(fd::store::migrate(raw.db, 1).ok());
        raw.exec("CREATE TABLE vault_secrets (x)"); // makes step 2 fail after creating vault_meta
        const fd::Status st = fd::store::migrate(raw.db);
        QVERIFY(!st.ok());
        QCOMPARE(raw.integer("PRAGMA user_version"), 1);
        QCOMPARE(raw.integer("SELECT COUNT(*) FROM sqlite_master WHERE name = 'vault_meta'"), 0);
    }

    void newerSchemaRefusedAndUntouched() {
        QTemporaryDir dir;
        {
            auto store = Store::open(dir.path());
            QVERIFY(store.ok());
            QVERIFY((*store)->appendAuditSync(entry("a", "b", "ok", "", 1)).ok());
        }
        {
            RawDb raw(dbPath(dir));
            raw.exec(QByteArray("PRAGMA user_version = ") +
                     QByteArray::number(fd::store::latestSchemaVersion() + 1));
        }
        const QByteArray before = fileHash(dbPath(dir));
        QVERIFY(!before.isEmpty());
        auto store = Store::open(dir.path());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, fd::ErrorKind::Unsupported);
        QVERIFY2(store.error().message.contains(QLatin1String("newer Fleetdeck")),
                 qPrintable(store.error().message));
        QVERIFY(store.error().message.contains(QLatin1String("left untouched")));
        QCOMPARE(fileHash(dbPath(dir)), before);
    }

    void garbageFileRefusedAndUntouched() {
        QTemporaryDir dir;
        QByteArray garbage(8192, '\0');
        QRandomGenerator rng(42);
        for (auto& c : garbage)
            c = char(rng.bounded(256));
        {
            QFile f(dbPath(dir));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        auto store = Store::open(dir.path());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, fd::ErrorKind::Corrupt);
        QVERIFY2(store.error().message.contains(QLatin1String("damaged")),
                 qPrintable(store.error().message));
        QVERIFY(store.error().message.contains(dbPath(dir)));
        QCOMPARE(readFile(dbPath(dir)), garbage);
    }

    void truncatedFileRefusedAndUntouched() {
        QTemporaryDir dir;
        {
            auto store = Store::open(dir.path());
            QVERIFY(store.ok());
            QVERIFY((*store)
                        ->writeSync([](sqlite3* db) -> fd::Status {
                            auto s = fd::store::Statement::prepare(
                                db,
                                "INSERT INTO audit_log (time, action, detail) VALUES (?, ?, ?)");
                            if (!s)
                                return s.error();
                            for (int i = 0; i < 2000; ++i) {
                                s->reset();
                                s->bind(1, qint64(i))
                                    .bind(2, "bulk")
                                    .bind(3, QString(200, QLatin1Char('x')));
                                if (auto st = s->run(); !st)
                                    return st;
                            }
                            return {};
                        })
                        .ok());
        } // closing checkpoints the WAL into the main file
        QVERIFY(!QFile::exists(dbPath(dir) + QStringLiteral("-wal")));
        QFile f(dbPath(dir));
        QVERIFY(f.size() > 100000);
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray before = readFile(dbPath(dir));

        auto store = Store::open(dir.path());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, fd::ErrorKind::Corrupt);
        QCOMPARE(readFile(dbPath(dir)), before);
    }

    void emptyFileIsANewDatabase() {
        QTemporaryDir dir;
        QFile f(dbPath(dir));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        QCOMPARE((*store)->schemaVersion(), fd::store::latestSchemaVersion());
    }

    void settingsRoundTrip() {
        QTemporaryDir dir;
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        auto missing = (*store)->setting(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, fd::ErrorKind::NotFound);
        QVERIFY((*store)->setSettingSync(QStringLiteral("ui/lang"), QStringLiteral("ko")).ok());
        QVERIFY((*store)->setSettingSync(QStringLiteral("ui/lang"), QStringLiteral("en")).ok());
        QCOMPARE((*store)->setting(QStringLiteral("ui/lang")).value(), QStringLiteral("en"));
        QVERIFY((*store)->setSettingSync(QStringLiteral("empty"), QString()).ok());
        QCOMPARE((*store)->setting(QStringLiteral("empty")).value(), QString());
        QVERIFY((*store)->removeSettingSync(QStringLiteral("ui/lang")).ok());
        QVERIFY(!(*store)->setting(QStringLiteral("ui/lang")).ok());
    }

    void auditQueryFiltersNewestFirst() {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path());
        QVERIFY(opened.ok());
        Store& store = **opened;
        const qint64 t0 = 1700000000000;
        QVERIFY(store.appendAuditSync(entry("cluster.add", "Seoul-DC1", "ok", "", t0)).ok());
        QVERIFY(store
                    .appendAuditSync(entry("cluster.remove", "hq-idc-2", "failed",
                                           "50% of objects left", t0 + 1000))
                    .ok());
        QVERIFY(
            store.appendAuditSync(entry("policy.sync", "gpu_a100", "ok", "5000 objects", t0 + 2000))
                .ok());
        QVERIFY(store.appendAuditSync(entry("vm.power", "vm-1", "ok", "", t0 + 3000)).ok());

        auto all = store.audit({});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(0).action, QStringLiteral("vm.power"));
        QCOMPARE(all->at(3).action, QStringLiteral("cluster.add"));
        QCOMPARE(all->at(0).time.timeSpec(), Qt::UTC);

        auto byText = [&](const char* text) {
            AuditQuery q;
            q.text = QString::fromUtf8(text);
            QStringList actions;
            const auto found = store.audit(q);
            for (const auto& e : found.value())
                actions << e.action;
            return actions;
        };
        QCOMPARE(byText("seoul-dc1"), QStringList{QStringLiteral("cluster.add")}); // case
        QCOMPARE(byText("FAILED"), QStringList{QStringLiteral("cluster.remove")});
        QCOMPARE(byText("cluster."),
                 (QStringList{QStringLiteral("cluster.remove"), QStringLiteral("cluster.add")}));
        // LIKE wildcards in the search text are literal characters.
        QCOMPARE(byText("50%"), QStringList{QStringLiteral("cluster.remove")});
        QCOMPARE(byText("%"), QStringList{QStringLiteral("cluster.remove")});
        QCOMPARE(byText("u_a"), QStringList{QStringLiteral("policy.sync")});
        QCOMPARE(byText("_"), QStringList{QStringLiteral("policy.sync")});
        QVERIFY(byText("\\").isEmpty());

        AuditQuery range;
        range.from = QDateTime::fromMSecsSinceEpoch(t0 + 1000, Qt::UTC);
        range.to = QDateTime::fromMSecsSinceEpoch(t0 + 2000, Qt::UTC);
        auto ranged = store.audit(range);
        QCOMPARE(ranged->size(), 2);
        QCOMPARE(ranged->at(0).action, QStringLiteral("policy.sync"));
        QCOMPARE(ranged->at(1).action, QStringLiteral("cluster.remove"));

        AuditQuery limited;
        limited.limit = 2;
        QCOMPARE(store.audit(limited)->size(), 2);
        QCOMPARE(store.audit(limited)->at(0).action, QStringLiteral("vm.power"));
        limited.limit = 0;
        QCOMPARE(store.audit(limited)->size(), 4);
    }

    void csvExportQuotesAndNeutralisesFormulas() {
        QList<AuditEntry> entries;
        AuditEntry a = entry("cluster.add", "a,b", "ok", "say \"hi\"\nnext line", 1700000000123);
        a.id = 7;
        AuditEntry b = entry("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", 0);
        b.id = 8;
        AuditEntry c = entry("정책 동기화", "서울 DC1", "ok", "plain", 1700000000000);
        c.id = 9;
        entries << a << b << c;
        const QByteArray csv = fd::store::auditToCsv(entries);
        const QByteArray expected =
            "id,time,action,target,result,detail\r\n"
            "7,2023-11-14T22:13:20.123Z,cluster.add,\"a,b\",ok,\"say \"\"hi\"\"\nnext line\"\r\n"
            "8,1970-01-01T00:00:00.000Z,\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1)\r\n" +
            QString::fromUtf8("9,2023-11-14T22:13:20.000Z,정책 동기화,서울 DC1,ok,plain\r\n")
                .toUtf8();
        QCOMPARE(csv, expected);
        QCOMPARE(fd::store::auditToCsv({}), QByteArray("id,time,action,target,result,detail\r\n"));
    }

    void writesRunOnTheWriterThread() {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path());
        QVERIFY(opened.ok());
        Store& store = **opened;
        QVERIFY(store.writerThread() != QThread::currentThread());

        QThread* syncThread = nullptr;
        QVERIFY(store
                    .writeSync([&](sqlite3*) -> fd::Status {
                        syncThread = QThread::currentThread();
                        return {};
                    })
                    .ok());
        QCOMPARE(syncThread, store.writerThread());

        QObject context;
        std::atomic<QThread*> jobThread = nullptr;
        QThread* doneThread = nullptr;
        bool doneOk = false;
        bool doneCalled = false;
        store.write(
            [&](sqlite3* db) -> fd::Status {
                jobThread = QThread::currentThread();
                return fd::store::exec(db, "INSERT INTO settings VALUES ('async', 'yes')");
            },
            &context,
            [&](fd::Status st) {
                doneThread = QThread::currentThread();
                doneOk = st.ok();
                doneCalled = true;
            });
        QTRY_VERIFY(doneCalled);
        QCOMPARE(jobThread.load(), store.writerThread());
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(doneOk);
        QCOMPARE(store.setting(QStringLiteral("async")).value(), QStringLiteral("yes"));

        // The audit entry is written on the writer thread too, and announced afterwards.
        QSignalSpy appended(&store, &Store::auditAppended);
        bool auditDone = false;
        store.appendAudit(entry("x", "y", "ok", "", 5), &context,
                          [&](fd::Status st) { auditDone = st.ok(); });
        QTRY_VERIFY(auditDone);
        QTRY_COMPARE(appended.count(), 1);
    }

    void readAsyncRunsOffTheCallersThread() {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path());
        QVERIFY(opened.ok());
        Store& store = **opened;
        QVERIFY(store.setSettingSync(QStringLiteral("k"), QStringLiteral("v")).ok());

        QObject context;
        std::atomic<QThread*> readThread = nullptr;
        QThread* doneThread = nullptr;
        std::optional<fd::Result<QString>> got;
        store.readAsync<QString>(
            [&](sqlite3* db) -> fd::Result<QString> {
                readThread = QThread::currentThread();
                auto stmt = fd::store::Statement::prepare(db, "SELECT value FROM settings "
                                                              "WHERE key = 'k'");
                if (!stmt)
                    return stmt.error();
                auto row = stmt->step();
                if (!row)
                    return row.error();
                return *row ? stmt->columnText(0) : QString();
            },
            &context,
            [&](fd::Result<QString> r) {
                doneThread = QThread::currentThread();
                got.emplace(std::move(r));
            });
        // Never delivered inside the call, even when the read is quick.
        QVERIFY(!got);
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->value(), QStringLiteral("v"));
        QVERIFY(readThread.load() != QThread::currentThread());
        QVERIFY(readThread.load() != store.writerThread());
        QCOMPARE(doneThread, QThread::currentThread());

        // An error of the read reaches done as it is.
        std::optional<fd::Status> failed;
        store.readAsync<void>(
            [](sqlite3* db) { return fd::store::exec(db, "SELECT * FROM no_such_table"); },
            &context, [&](fd::Status st) { failed = st; });
        QTRY_VERIFY(failed.has_value());
        QVERIFY(!failed->ok());
    }

    void readAsyncDroppedWhenContextDiesAndWaitedForOnClose() {
        QTemporaryDir dir;
        bool called = false;
        std::atomic<bool> ran = false;
        {
            auto opened = Store::open(dir.path());
            QVERIFY(opened.ok());
            auto* context = new QObject;
            (*opened)->readAsync<void>(
                [&](sqlite3*) -> fd::Status {
                    QThread::msleep(100);
                    ran = true;
                    return {};
                },
                context, [&](fd::Status) { called = true; });
            delete context;
        } // ~Store waits for the running read before it closes the connection
        QVERIFY(ran.load());
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void failedWriteRollsBack() {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path());
        QVERIFY(opened.ok());
        const fd::Status st = (*opened)->writeSync([](sqlite3* db) -> fd::Status {
            if (auto s = fd::store::exec(db, "INSERT INTO settings VALUES ('half', 'done')"); !s)
                return s;
            return fd::makeError(fd::ErrorKind::InvalidInput, QStringLiteral("second half failed"));
        });
        QVERIFY(!st.ok());
        QCOMPARE(st.error().message, QStringLiteral("second half failed"));
        QVERIFY(!(*opened)->setting(QStringLiteral("half")).ok());
        // The writer is still usable after a rollback.
        QVERIFY((*opened)->setSettingSync(QStringLiteral("after"), QStringLiteral("1")).ok());
    }

    void foreignKeysAreEnforced() {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path());
        QVERIFY(opened.ok());
        const fd::Status st = (*opened)->writeSync([](sqlite3* db) {
            return fd::store::exec(db, "INSERT INTO vault_secrets VALUES ('no-such-ref', x'00', "
                                       "x'00', 0)");
        });
        QVERIFY(!st.ok());
    }

    void callbackDroppedWhenContextDies() {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path());
        QVERIFY(opened.ok());
        bool called = false;
        auto* context = new QObject;
        (*opened)->write(
            [](sqlite3*) -> fd::Status {
                QThread::msleep(100);
                return {};
            },
            context, [&](fd::Status) { called = true; });
        delete context;
        // A second job proves the first has finished and its completion had a chance to arrive.
        bool secondCalled = false;
        QObject alive;
        (*opened)->write([](sqlite3*) -> fd::Status { return {}; }, &alive,
                         [&](fd::Status) { secondCalled = true; });
        QTRY_VERIFY(secondCalled);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void destructorRunsQueuedWrites() {
        QTemporaryDir dir;
        {
            auto opened = Store::open(dir.path());
            QVERIFY(opened.ok());
            for (int i = 0; i < 50; ++i)
                (*opened)->appendAudit(entry("queued", "t", "ok", "", i));
            QVERIFY((*opened)->audit({}).ok()); // the read connection has been used too
        }
        // Closing leaves one self-contained file (the WAL was checkpointed and removed).
        QVERIFY(!QFile::exists(dbPath(dir) + QStringLiteral("-wal")));
        auto reopened = Store::open(dir.path());
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->audit({})->size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
