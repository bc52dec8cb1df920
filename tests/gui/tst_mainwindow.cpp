// The main window as a user meets it: navigation, empty states, About, language switch in
// Settings, and what survives a restart (geometry, selected page, language).
#include "guifixture.h"
#include "screenshothelpers.h"

#include "clusters/clusterspage.h"
#include "common/emptystate.h"
#include "common/page.h"
#include "common/pathlabel.h"
#include "common/versioninfo.h"
#include "policies/policiespage.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QtTest>

using fd::widgets::MainWindow;
using fd::widgets::PathLabel;

class TestMainWindow final : public QObject {
    Q_OBJECT

private:
    static void clickNavigation(MainWindow& w, int row) {
        QListWidget* nav = w.navigation();
        const QRect rect = nav->visualItemRect(nav->item(row));
        QVERIFY(rect.isValid());
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
    }

    static QStringList visibleTexts(QWidget* root) {
        QStringList texts;
        for (QLabel* l : root->findChildren<QLabel*>())
            if (l->isVisible())
                texts << l->text();
        for (QPushButton* b : root->findChildren<QPushButton*>())
            if (b->isVisible())
                texts << b->text();
        return texts;
    }

    static void chooseLanguage(MainWindow& w, int comboIndex) {
        w.showPage(QStringLiteral("settings"));
        auto* combo = w.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QTRY_VERIFY(combo->isVisible());
        // Keyboard, as a user would: focus the combo and step to the entry.
        combo->setFocus();
        while (combo->currentIndex() < comboIndex)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > comboIndex)
            QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentIndex(), comboIndex);
    }

private Q_SLOTS:
    void initTestCase() { fd::test::applyTestTheme(); }

    void navigationShowsEachPage() {
        fd::test::GuiFixture f;
        MainWindow w(f.services);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList expected = {QStringLiteral("clusters"),    QStringLiteral("policies"),
                                      QStringLiteral("deployments"), QStringLiteral("gpu-metrics"),
                                      QStringLiteral("vcenter"),     QStringLiteral("audit"),
                                      QStringLiteral("settings")};
        QCOMPARE(w.navigation()->count(), expected.size());
        // Go backwards so every click changes the page.
        for (int row = expected.size() - 1; row >= 0; --row) {
            clickNavigation(w, row);
            QTRY_COMPARE(w.currentPage()->pageId(), expected.at(row));
            QVERIFY(w.currentPage()->isVisible());
            auto* title = w.findChild<QLabel*>(QStringLiteral("pageTitle"));
            QCOMPARE(title->text(), w.currentPage()->title());
        }
    }

    // A long description in a short window keeps every line: the empty state's minimum height
    // is what its texts need at the column's width, and the icon gives way, not the text.
    void emptyStateKeepsItsTextWhenShort() {
        fd::widgets::EmptyState empty(QStringLiteral(":/icons/gpu.svg"));
        empty.setTitle(QStringLiteral("Nothing here yet"));
        QString longText;
        for (int i = 0; i < 12; ++i)
            longText += QStringLiteral("A sentence that takes most of a line in the column. ");
        empty.setDescription(longText);
        empty.resize(800, 900);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        auto* icon = empty.findChild<QLabel*>(QStringLiteral("emptyStateIcon"));
        auto* description = empty.findChild<QLabel*>(QStringLiteral("emptyStateDescription"));
        QVERIFY(icon && description);
        QTRY_VERIFY(icon->isVisible());
        const int need = description->heightForWidth(description->width());
        QVERIFY(need > 100); // several lines
        empty.resize(800, empty.minimumHeight());
        QTRY_VERIFY(!icon->isVisible());
        QTRY_COMPARE(description->height(), need);
        empty.resize(800, 900);
        QTRY_VERIFY(icon->isVisible());
    }

    void emptyStatesAreHonest() {
        fd::test::GuiFixture f;
        MainWindow w(f.services);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Every page is live: none offers a fake action. GPU metrics without a store (this
        // fixture opens none) cannot add an endpoint, and says why.
        w.showPage(QStringLiteral("gpu-metrics"));
        auto* gpuEmpty = w.currentPage()->findChild<fd::widgets::EmptyState*>();
        QVERIFY(gpuEmpty);
        QVERIFY(!gpuEmpty->title().isEmpty() && !gpuEmpty->description().isEmpty());
        QVERIFY(!gpuEmpty->actionButton()->isEnabled());
        QVERIFY(gpuEmpty->noteLabel()->isVisible());
        QVERIFY(gpuEmpty->noteLabel()->text().startsWith(
            QLatin1String("Endpoints cannot be added: the data store")));
        // Policies without a store (this fixture opens none): the page says why it cannot help.
        w.showPage(QStringLiteral("policies"));
        auto* policiesPage = qobject_cast<fd::widgets::PoliciesPage*>(w.currentPage());
        QVERIFY(policiesPage);
        auto* policies = policiesPage->stateView();
        QVERIFY(policies && policies->isVisible());
        QVERIFY(!policies->actionButton()->isEnabled());
        QVERIFY(policies->noteLabel()->text().contains(QLatin1String("local store")));
        // Deployments: without the store and vault behind it, the action says what it needs.
        w.showPage(QStringLiteral("deployments"));
        auto* deployEmpty = w.currentPage()->findChild<fd::widgets::EmptyState*>();
        QVERIFY(deployEmpty && deployEmpty->isVisible());
        QVERIFY(!deployEmpty->actionButton()->isEnabled());
        QVERIFY(deployEmpty->noteLabel()->isVisible());
        // vCenter is live, but without a store and secrets (this fixture) it says why it cannot
        // add a connection instead of offering it.
        w.showPage(QStringLiteral("vcenter"));
        auto* vcenter = w.currentPage()->findChild<fd::widgets::EmptyState*>();
        QVERIFY(vcenter);
        QVERIFY(!vcenter->actionButton()->isEnabled());
        QVERIFY(vcenter->noteLabel()->text().contains(QLatin1String("secret store")));
        // Clusters: the import button is live and asks for the import dialog.
        w.showPage(QStringLiteral("clusters"));
        QSignalSpy spy(w.clustersPage(), &fd::widgets::ClustersPage::importKubeconfigRequested);
        QPushButton* import = w.clustersPage()->emptyState()->actionButton();
        QVERIFY(import->isEnabled());
        QCOMPARE(import->text(), QStringLiteral("Import kubeconfig…"));
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
    }

    void statusBarSaysWhereAndOffline() {
        fd::test::GuiFixture f;
        MainWindow w(f.services);
        w.show();
        auto* dataDir = w.statusBar()->findChild<PathLabel*>(QStringLiteral("statusDataDir"));
        QVERIFY(dataDir);
        // The tests' TMPDIR lies under their HOME: the fixture's directory shows as ~/…
        QVERIFY(f.dir.path().startsWith(QDir::homePath() + QLatin1Char('/')));
        QCOMPARE(dataDir->fullText(),
                 QStringLiteral("Data: ~") +
                     QDir::toNativeSeparators(f.dir.path().mid(QDir::homePath().size())));
        QCOMPARE(dataDir->toolTip(), QDir::toNativeSeparators(f.dir.path()));
        // With room to spare, nothing is elided (in the status bar and on the Settings page).
        w.resize(1100, 700);
        w.showPage(QStringLiteral("settings"));
        auto* row = w.findChild<PathLabel*>(QStringLiteral("dataDirLabel"));
        QTRY_VERIFY(row->isVisible());
        QTRY_COMPARE(row->text(), row->fullText());
        QTRY_COMPARE(dataDir->text(), dataDir->fullText());
        auto* offline = w.statusBar()->findChild<QLabel*>(QStringLiteral("statusOffline"));
        QVERIFY(offline->text().startsWith(QLatin1String("Offline")));
    }

    void homeRelativePaths() {
        const QString home = QDir::homePath();
        QCOMPARE(fd::widgets::homeRelativePath(home), QStringLiteral("~"));
        QCOMPARE(fd::widgets::homeRelativePath(home + QStringLiteral("/.local/share/Fleetdeck/")),
                 QDir::toNativeSeparators(QStringLiteral("~/.local/share/Fleetdeck")));
        // A sibling whose name starts like the home directory is not under it.
        QCOMPARE(fd::widgets::homeRelativePath(home + QStringLiteral("-old/data")),
                 QDir::toNativeSeparators(home + QStringLiteral("-old/data")));
        QCOMPARE(fd::widgets::homeRelativePath(QStringLiteral("/srv/fleetdeck")),
                 QDir::toNativeSeparators(QStringLiteral("/srv/fleetdeck")));
    }

    // A data directory under $HOME is shown as ~/… in the status bar and on the Settings page;
    // a long one is elided in the middle and its row stays inside the page (the full path is
    // the tooltip).
    void longDataDirectoryStaysVisible() {
        fd::test::GuiFixture f;
        QString deep = QDir::homePath();
        for (int i = 0; i < 12; ++i)
            deep += QStringLiteral("/a-rather-long-directory-name-%1").arg(i);
        deep += QStringLiteral("/Fleetdeck");
        f.services.dataDir = deep;
        MainWindow w(f.services);
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(QStringLiteral("settings"));
        auto* row = w.findChild<PathLabel*>(QStringLiteral("dataDirLabel"));
        auto* status = w.statusBar()->findChild<PathLabel*>(QStringLiteral("statusDataDir"));
        QVERIFY(row && status);
        QTRY_VERIFY(row->isVisible());
        const QString native = QDir::toNativeSeparators(deep);
        for (PathLabel* label : {row, status}) {
            QCOMPARE(label->toolTip(), native);
            QVERIFY2(label->text().contains(QChar(0x2026)), qPrintable(label->text()));
            QVERIFY2(label->text().endsWith(QStringLiteral("Fleetdeck")),
                     qPrintable(label->text()));
            QVERIFY(!label->text().contains(QDir::homePath()));
            // Inside the window, and the text fits the label.
            const QRect inWindow(label->mapTo(&w, QPoint(0, 0)), label->size());
            QVERIFY2(w.rect().contains(inWindow), qPrintable(label->objectName()));
            QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= label->width());
        }
        QVERIFY(row->text().startsWith(QStringLiteral("~")));
        QVERIFY(status->text().startsWith(QStringLiteral("Data: ~")));
        // The row is inside its group box, which is inside the visible part of the page.
        auto* group = qobject_cast<QWidget*>(row->parent());
        QVERIFY(group->rect().contains(QRect(row->mapTo(group, QPoint(0, 0)), row->size())));
        QVERIFY(group->width() <= w.currentPage()->width());
        // For review: the Settings page with this path.
        fd::test::saveScreenshot(&w, fd::test::screenshotDir(QStringLiteral("en")) +
                                         QStringLiteral("/settings-long-data-dir.png"));
    }

    void aboutListsLibraryVersions() {
        fd::test::GuiFixture f;
        MainWindow w(f.services);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* about = w.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        fd::widgets::AboutDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<fd::widgets::AboutDialog*>()) && dialog->isVisible());
        auto* text = dialog->findChild<QLabel*>(QStringLiteral("aboutText"));
        QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);
        for (const auto& [lib, version] : fd::libraryVersions()) {
            QVERIFY2(text->text().contains(lib), qPrintable(lib));
            QVERIFY2(text->text().contains(version.toHtmlEscaped()), qPrintable(version));
        }
        QCOMPARE(fd::libraryVersions().size(), 5);
        dialog->close();
    }

    void languageSwitchesLiveAndPersists() {
        fd::test::GuiFixture f;
        {
            MainWindow w(f.services);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(visibleTexts(&w).contains(QStringLiteral("No clusters yet")));

            chooseLanguage(w, 2); // 한국어
            QTRY_COMPARE(f.language->effectiveLanguage(), QStringLiteral("ko"));
            QTRY_COMPARE(w.navigation()->item(0)->text(), QStringLiteral("클러스터"));
            QTRY_VERIFY(visibleTexts(&w).contains(QStringLiteral("언어")));
            // Dates in the tables follow: Korean formats, not the English ones.
            QCOMPARE(QLocale().language(), QLocale::Korean);
            QVERIFY(QLocale()
                        .toString(QDate(2026, 11, 23), QLocale::ShortFormat)
                        .startsWith(QStringLiteral("26. 11. 23")) ||
                    QLocale()
                        .toString(QDate(2026, 11, 23), QLocale::ShortFormat)
                        .startsWith(QStringLiteral("2026. 11. 23")));
            w.showPage(QStringLiteral("clusters"));
            QTRY_COMPARE(w.clustersPage()->emptyState()->actionButton()->text(),
                         QStringLiteral("kubeconfig 가져오기…"));
            w.close();
        }
        // The choice survives a restart.
        f.reopen();
        {
            MainWindow w(f.services);
            w.show();
            QCOMPARE(f.language->effectiveLanguage(), QStringLiteral("ko"));
            QCOMPARE(w.navigation()->item(0)->text(), QStringLiteral("클러스터"));

            chooseLanguage(w, 1); // English
            QTRY_COMPARE(w.navigation()->item(0)->text(), QStringLiteral("Clusters"));
            QTRY_VERIFY(visibleTexts(&w).contains(QStringLiteral("Language")));
            QVERIFY(!visibleTexts(&w).contains(QStringLiteral("언어")));
            QCOMPARE(QLocale().language(), QLocale::English);
        }
        QCOMPARE(f.settings->value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    void geometryAndPagePersist() {
        fd::test::GuiFixture f;
        const QSize wanted(1100, 700);
        {
            MainWindow w(f.services);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(wanted);
            QTRY_COMPARE(w.size(), wanted);
            clickNavigation(w, 5);
            QTRY_COMPARE(w.currentPage()->pageId(), QStringLiteral("audit"));
            QVERIFY(w.close());
        }
        f.reopen();
        MainWindow w(f.services);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), wanted);
        QCOMPARE(w.currentPage()->pageId(), QStringLiteral("audit"));
    }

    void intervalsAreStoredForTheRegistry() {
        fd::test::GuiFixture f;
        MainWindow w(f.services);
        w.show();
        w.showPage(QStringLiteral("settings"));
        auto* health = w.findChild<QSpinBox*>(QStringLiteral("healthInterval"));
        QCOMPARE(health->value(), 60);
        health->setFocus();
        health->selectAll();
        QTest::keyClicks(health, QStringLiteral("120"));
        QTest::keyClick(health, Qt::Key_Enter);
        QTRY_COMPARE(f.settings->value(QStringLiteral("health/interval")).toInt(), 120);
        auto* reconcile = w.findChild<QSpinBox*>(QStringLiteral("reconcileInterval"));
        QCOMPARE(reconcile->value(), 60);
        QTest::keyClick(reconcile, Qt::Key_Up);
        QTRY_COMPARE(f.settings->value(QStringLiteral("karmada/reconcileInterval")).toInt(), 70);
    }

    void unknownOptionPrintsUsage() {
        QProcess p;
        p.start(QStringLiteral(FLEETDECK_GUI_PATH), {QStringLiteral("--no-such-option")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("Usage: fleetdeck"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
