// The fleetdeck-cli contract shared by every command: help, version, usage errors.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

class TestCli final : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    static Run run(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(FLEETDECK_CLI_PATH), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timed out")};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void helpListsUsage() {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage: fleetdeck-cli")));
        QVERIFY(r.out.contains(QStringLiteral("--data-dir")));
    }

    void versionNamesLibraries() {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        for (const char* lib : {"Qt", "libcurl", "OpenSSL", "SQLite", "yaml-cpp"})
            QVERIFY2(r.out.contains(QLatin1String(lib)), lib);
    }

    void versionJson() {
        const Run r = run({QStringLiteral("--json"), QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QVERIFY(!doc.object().value(QStringLiteral("fleetdeck")).toString().isEmpty());
        QVERIFY(doc.object()
                    .value(QStringLiteral("libraries"))
                    .toObject()
                    .contains(QStringLiteral("SQLite")));
    }

    void unknownOptionPrintsUsageAndFails() {
        const Run r = run({QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown option --no-such-option")));
        QVERIFY(r.err.contains(QStringLiteral("Usage: fleetdeck-cli")));
    }

    void unknownCommandFails() {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command frobnicate")));
    }

    void noCommandFails() {
        const Run r = run({});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
