// The Audit log page over a real store: entries written through Store show up, the text filter
// and the time presets filter rows, new entries arrive without a manual refresh, and the CSV
// export goes through the (non-native) file dialog like a user would drive it.
#include "guifixture.h"

#include "audit/auditfiltermodel.h"
#include "audit/auditmodel.h"
#include "audit/auditpage.h"
#include "common/emptystate.h"
#include "shell/mainwindow.h"
#include "shell/storeerrordialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using fd::store::AuditEntry;
using fd::widgets::AuditPage;
using fd::widgets::MainWindow;

class TestAudit final : public QObject {
    Q_OBJECT

private:
    static AuditEntry entry(qint64 secondsAgo, const QString& action, const QString& target,
                            const QString& result, const QString& detail = {}) {
        AuditEntry e;
        e.time = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
        e.action = action;
        e.target = target;
        e.result = result;
        e.detail = detail;
        return e;
    }

    // Five entries spread over two months, so every time preset keeps a different number.
    static void writeEntries(fd::store::Store& store) {
        const QList<AuditEntry> entries = {
            entry(10 * 60, QStringLiteral("cluster.import"), QStringLiteral("seoul-dc1-gpu"),
                  QStringLiteral("ok")),
            entry(3 * 3600, QStringLiteral("karmada.join"), QStringLiteral("seoul-dc1-gpu"),
                  QStringLiteral("failed"), QStringLiteral("403 Forbidden: clusterroles")),
            entry(3 * 86400, QStringLiteral("policy.create"), QStringLiteral("gpu-a100-auto"),
                  QStringLiteral("ok")),
            entry(20 * 86400, QStringLiteral("cluster.remove"), QStringLiteral("hq-idc-cpu"),
                  QStringLiteral("ok")),
            entry(60 * 86400, QStringLiteral("deployment.create"), QStringLiteral("llama3-2-1b"),
                  QStringLiteral("ok"), QStringLiteral("=cmd|' /C calc'!A0")),
        };
        for (const AuditEntry& e : entries)
            QVERIFY(store.appendAuditSync(e).ok());
    }

    static AuditPage* openAuditPage(MainWindow& w) {
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return nullptr;
        const int row = int(w.pageIds().indexOf(AuditPage::id()));
        QListWidget* nav = w.navigation();
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(nav->item(row)).center());
        return qobject_cast<AuditPage*>(w.currentPage());
    }

    static void choosePreset(AuditPage* page, int preset) {
        auto* combo = page->findChild<QComboBox*>(QStringLiteral("auditTimePreset"));
        combo->setFocus();
        while (combo->currentIndex() < preset)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > preset)
            QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentIndex(), preset);
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        fd::test::applyTestTheme();
    }

    void emptyStateWithoutEntries() {
        fd::test::GuiFixture f;
        QVERIFY(f.openStore());
        MainWindow w(f.services);
        AuditPage* page = openAuditPage(w);
        QVERIFY(page);
        QSignalSpy loaded(page, &AuditPage::loaded);
        QVERIFY(loaded.wait());
        QTRY_VERIFY(page->emptyState()->isVisible());
        QVERIFY(!page->findChild<QTableView*>(QStringLiteral("auditTable"))->isVisible());
        auto* status = w.statusBar()->findChild<QLabel*>(QStringLiteral("statusStore"));
        QCOMPARE(status->text(), QStringLiteral("Store: schema v%1").arg(f.store->schemaVersion()));
    }

    void textFilterAndTimePresets() {
        fd::test::GuiFixture f;
        QVERIFY(f.openStore());
        writeEntries(*f.store);
        MainWindow w(f.services);
        AuditPage* page = openAuditPage(w);
        QVERIFY(page);
        QAbstractItemModelTester modelTester(page->model());
        QAbstractItemModelTester filterTester(page->filterModel());
        auto* table = page->findChild<QTableView*>(QStringLiteral("auditTable"));
        QTRY_COMPARE(page->model()->rowCount(), 5);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 5);
        // Newest first.
        QCOMPARE(table->model()->index(0, fd::widgets::AuditModel::Action).data().toString(),
                 QStringLiteral("cluster.import"));

        auto* search = page->findChild<QLineEdit*>(QStringLiteral("auditSearch"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("SEOUL"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTest::keyClicks(search, QStringLiteral("-dc1-gpu 403"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("forbidden")); // matches the detail column
        QTRY_COMPARE(table->model()->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 5);

        choosePreset(page, AuditPage::LastHour);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        choosePreset(page, AuditPage::Last24Hours);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        choosePreset(page, AuditPage::Last7Days);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        choosePreset(page, AuditPage::Last30Days);
        QTRY_COMPARE(table->model()->rowCount(), 4);
        choosePreset(page, AuditPage::AllTime);
        QTRY_COMPARE(table->model()->rowCount(), 5);

        choosePreset(page, AuditPage::CustomRange);
        auto* from = page->findChild<QDateTimeEdit*>(QStringLiteral("auditFrom"));
        auto* to = page->findChild<QDateTimeEdit*>(QStringLiteral("auditTo"));
        QTRY_VERIFY(from->isVisible() && to->isVisible());
        from->setDateTime(QDateTime::currentDateTime().addDays(-30));
        to->setDateTime(QDateTime::currentDateTime().addDays(-2));
        QTRY_COMPARE(table->model()->rowCount(), 2); // 3 and 20 days ago

        // Text and time filters combine.
        QTest::keyClicks(search, QStringLiteral("policy"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
    }

    void newEntriesAppearWithoutRefresh() {
        fd::test::GuiFixture f;
        QVERIFY(f.openStore());
        MainWindow w(f.services);
        AuditPage* page = openAuditPage(w);
        QVERIFY(page);
        QTRY_VERIFY(page->emptyState()->isVisible());
        QSignalSpy loaded(page, &AuditPage::loaded);
        // A burst of writes from elsewhere (another page, the registry) is debounced.
        for (int i = 0; i < 20; ++i)
            f.store->appendAudit(entry(0, QStringLiteral("cluster.import"),
                                       QStringLiteral("node-%1").arg(i), QStringLiteral("ok")));
        QTRY_COMPARE(page->model()->rowCount(), 20);
        QVERIFY(!page->emptyState()->isVisible());
        QVERIFY2(loaded.count() <= 3, qPrintable(QString::number(loaded.count())));
    }

    void exportThroughFileDialog() {
        fd::test::GuiFixture f;
        QVERIFY(f.openStore());
        writeEntries(*f.store);
        MainWindow w(f.services);
        AuditPage* page = openAuditPage(w);
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 5);
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("auditSearch"));
        QTest::keyClicks(search, QStringLiteral("ok"));
        QTRY_COMPARE(page->filterModel()->rowCount(), 4);

        QSignalSpy exported(page, &AuditPage::exported);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("auditExport")),
                          Qt::LeftButton);
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<QFileDialog*>()) && dialog->isVisible());
        // The offscreen platform does not activate a newly opened dialog by itself.
        QApplication::setActiveWindow(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(nameEdit);
        const QString path = f.dir.filePath(QStringLiteral("export/audit.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        nameEdit->setFocus();
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, path);
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QVERIFY(exported.count() == 1 || exported.wait());
        QCOMPARE(exported.at(0).at(0).toString(), path);
        QCOMPARE(exported.at(0).at(1).toInt(), 4);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("id,time,action,target,result,detail\r"));
        QCOMPARE(lines.size(), 1 + 4 + 1); // header, four rows, empty after the last CRLF
        QVERIFY(lines.at(1).contains(",cluster.import,seoul-dc1-gpu,ok,"));
        // The filtered-out failure is not exported; formula-like cells are defused.
        bool sawFormula = false;
        for (const QByteArray& line : lines) {
            QVERIFY(!line.contains("karmada.join"));
            if (line.contains("deployment.create")) {
                QVERIFY(line.contains(",'=cmd|"));
                sawFormula = true;
            }
        }
        QVERIFY(sawFormula);
        auto* count = page->findChild<QLabel*>(QStringLiteral("auditCount"));
        QVERIFY(count->text().contains(QDir::toNativeSeparators(path)));
    }

    void damagedDatabaseIsExplainedAndLeftAlone() {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QString::fromLatin1(fd::store::Store::kFileName));
        QByteArray garbage(8192, 'x');
        garbage.prepend("this is not a SQLite database");
        {
            QFile db(dbPath);
            QVERIFY(db.open(QIODevice::WriteOnly));
            db.write(garbage);
        }
        auto opened = fd::store::Store::open(dir.path());
        QVERIFY(!opened.ok());
        std::unique_ptr<QMessageBox> box(fd::widgets::createStoreErrorBox(opened.error(), dbPath));
        QVERIFY(box->text().contains(dbPath));
        QVERIFY(box->informativeText().contains(QLatin1String("has not changed the file")));
        // Quit is the only way on: no Retry, no Repair, nothing that would touch the file.
        int actions = 0;
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::ActionRole)
                continue; // "Show Details…"
            ++actions;
            QCOMPARE(button->text(), QStringLiteral("Quit"));
        }
        QCOMPARE(actions, 1);
        QFile db(dbPath);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QCOMPARE(db.readAll(), garbage);
    }
};

QTEST_MAIN(TestAudit)
#include "tst_audit.moc"
