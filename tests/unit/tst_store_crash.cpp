// Crash safety: a child process commits rows in a loop and reports each id only after the commit
// returned; the parent SIGKILLs it at random moments. Every time, the database must open clean
// and hold every id the child reported.
#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

#include <cstdio>

namespace {

constexpr const char* kChildFlag = "--crash-child";

// One write job spans two tables, so a torn transaction would show as a row without its twin.
int runChild(const QString& dataDir) {
    auto store = fd::store::Store::open(dataDir);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().message));
        return 1;
    }
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);
    for (;;) {
        qint64 id = 0;
        const fd::Status st = (*store)->writeSync([&id](sqlite3* db) -> fd::Status {
            auto audit = fd::store::Statement::prepare(
                db, "INSERT INTO audit_log (time, action, target, result, detail) "
                    "VALUES (?, 'crash-test', 'row', 'ok', ?)");
            if (!audit)
                return audit.error();
            audit->bind(1, QDateTime::currentMSecsSinceEpoch())
                .bind(2, QString(300, QLatin1Char('d')));
            if (auto r = audit->run(); !r)
                return r;
            id = sqlite3_last_insert_rowid(db);
            auto twin = fd::store::Statement::prepare(
                db, "INSERT INTO settings (key, value) VALUES (?, ?)");
            if (!twin)
                return twin.error();
            twin->bind(1, QStringLiteral("crash/%1").arg(id)).bind(2, QString::number(id));
            return twin->run();
        });
        if (!st) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(st.error().detail));
            return 1;
        }
        std::fprintf(stdout, "%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}

} // namespace

class TestStoreCrash final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void survivesSigkillAtRandomMoments() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSet<qint64> reported;
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        QElapsedTimer total;
        total.start();
        int rounds = 0;
        int killedMidLoop = 0;
        for (; rounds < 30 && total.elapsed() < 20000; ++rounds) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QLatin1String(kChildFlag), dir.path()});
            QVERIFY(child.waitForStarted(5000));
            // Wait until the store is open so the kill lands in the write loop (or in open()
            // itself on some rounds: a few ms of random delay either side).
            QVERIFY2(child.waitForReadyRead(10000), child.readAllStandardError().constData());
            QThread::msleep(rng.bounded(5, 300));
            child.kill(); // SIGKILL: no destructors, no atexit, no flush of SQLite's caches
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());

            int roundIds = 0;
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            // Only lines that end in '\n' were completely written before the kill.
            for (int i = 0; i + 1 < lines.size(); ++i) {
                if (lines[i] == "ready")
                    continue;
                bool ok = false;
                const qint64 id = lines[i].toLongLong(&ok);
                QVERIFY2(ok, lines[i].constData());
                reported.insert(id);
                ++roundIds;
            }
            if (roundIds > 0)
                ++killedMidLoop;

            // The next open must succeed (integrity checked by open()) and see everything.
            auto store = fd::store::Store::open(dir.path());
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            QString integrity;
            QSet<qint64> present;
            qint64 twins = -1;
            const fd::Status st = (*store)->read([&](sqlite3* db) -> fd::Status {
                auto check = fd::store::Statement::prepare(db, "PRAGMA integrity_check");
                if (!check)
                    return check.error();
                if (auto r = check->step(); r && *r)
                    integrity = check->columnText(0);
                auto ids = fd::store::Statement::prepare(
                    db, "SELECT id FROM audit_log WHERE action = 'crash-test'");
                if (!ids)
                    return ids.error();
                while (auto r = ids->step()) {
                    if (!*r)
                        break;
                    present.insert(ids->columnInt(0));
                }
                auto mismatched = fd::store::queryInt(
                    db, "SELECT COUNT(*) FROM audit_log a WHERE action = 'crash-test' AND NOT "
                        "EXISTS (SELECT 1 FROM settings s WHERE s.key = 'crash/' || a.id)");
                twins = mismatched ? *mismatched : -1;
                return {};
            });
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().detail));
            QCOMPARE(integrity, QStringLiteral("ok"));
            QCOMPARE(twins, 0);
            for (qint64 id : std::as_const(reported))
                QVERIFY2(present.contains(id), qPrintable(QStringLiteral("lost id %1").arg(id)));
        }
        qInfo("rounds: %d, rounds killed inside the write loop: %d, committed ids reported: %lld, "
              "elapsed: %lld ms",
              rounds, killedMidLoop, static_cast<long long>(reported.size()),
              static_cast<long long>(total.elapsed()));
        QVERIFY(rounds >= 10);
        QVERIFY(killedMidLoop >= rounds / 2);
        QVERIFY(reported.size() > 0);
    }
};

int main(int argc, char* argv[]) {
    if (argc == 3 && qstrcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestStoreCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store_crash.moc"
