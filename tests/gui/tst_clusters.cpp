// The import dialog and the cluster list driven like a user against the real cluster registry
// (store + vault + HTTP client) and the test Kubernetes API server: kubeconfigs dropped on the
// dialog and on the main window, chosen, pasted or read from $KUBECONFIG; checkboxes ticked with
// mouse clicks; a display name typed; the parallel connection test (success details, a wrong
// token, an unknown CA pinned with "Trust this CA"); Save with the "save as Unreachable"
// confirmation; the saved clusters in the list.
#include "clusters/cleanupreportview.h"
#include "clusters/clusterdetaildialog.h"
#include "clusters/clusterform.h"
#include "clusters/clusterlistmodel.h"
#include "clusters/clusterlistpanel.h"
#include "clusters/clusterspage.h"
#include "clusters/importcontextsmodel.h"
#include "clusters/importdialog.h"
#include "clusters/karmadajoindialog.h"
#include "clusters/removeclusterdialog.h"
#include "clusters/zonecombo.h"
#include "clustertesthelpers.h"
#include "common/emptystate.h"
#include "guifixture.h"
#include "kubetestserver.h"
#include "net/httpclient.h"
#include "registry/clusterregistryimpl.h"
#include "registrytesthelpers.h"
#include "screenshothelpers.h"
#include "shell/mainwindow.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "vault/vaultgate.h"
#include "vault/vaultunlockdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using fd::registry::ClusterStatus;
using fd::registry::ConnectionCategory;
using fd::test::importFile;
using fd::test::KubeTestServer;
using fd::test::writeKubeconfig;
using fd::widgets::ImportContextsModel;
using fd::widgets::ImportDialog;
using fd::widgets::ImportEntry;

namespace {

// What a file manager delivers: drag enter, then the drop, both carrying file URLs.
bool dropFiles(QWidget* target, const QStringList& paths) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// A mouse click on the checkbox of a context row (where the style draws the indicator).
void clickCheckBox(QTableView* view, int row) {
    const QModelIndex index = view->model()->index(row, ImportContextsModel::Context);
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = index.data().toString();
    const QRect check =
        view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, check.center());
}

bool isChecked(const QTableView* view, int row) {
    return view->model()->index(row, ImportContextsModel::Context).data(Qt::CheckStateRole) ==
           Qt::Checked;
}

void clickRow(QTableView* view, int row) {
    const QModelIndex index = view->model()->index(row, ImportContextsModel::Server);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The row whose first column shows `text`, as the user finds it in the (sorted) view.
int modelRow(const QAbstractItemModel* model, const QString& text) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == text)
            return row;
    return -1;
}

int rowOf(const ImportDialog& dialog, const QString& context) {
    const auto& entries = dialog.session()->entries();
    for (int row = 0; row < entries.size(); ++row)
        if (entries[row].contextName == context)
            return row;
    return -1;
}

QStringList listedNames(QTreeView* view) {
    QStringList names;
    auto* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, fd::widgets::ClusterListModel::Name)
                     .data(fd::widgets::ClusterListModel::RawDataRole)
                     .toString();
    return names;
}

int tableRow(const QTableWidget* table, const QString& first) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == first)
            return row;
    return -1;
}

// The Clusters page over a real registry (test API server, store, vault), shown as a user
// sees it. Check `env.error` before use: without a registry there is no page.
struct PageEnv {
    fd::test::RegistryEnv env;
    fd::test::GuiFixture gui;
    std::unique_ptr<fd::widgets::ClustersPage> page;

    PageEnv() {
        if (!env.error.isEmpty())
            return;
        gui.services.clusters = env.registry.get();
        page = std::make_unique<fd::widgets::ClustersPage>(gui.services);
        page->resize(1100, 600);
        page->show();
    }
};

} // namespace

class TestClusters final : public QObject {
    Q_OBJECT

private:
    KubeTestServer m_kube;
    QTemporaryDir m_files;

    QString path(const QString& name) const { return m_files.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        fd::test::applyTestTheme();
        QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
        // `config` and `stg.config`: names without a .yaml extension on purpose.
        QVERIFY(writeKubeconfig(path(QStringLiteral("config")),
                                {{QStringLiteral("gpu-a"), m_kube.url(QStringLiteral("gpu-a")),
                                  m_kube.caPem(), m_kube.token(QStringLiteral("admin"))},
                                 {QStringLiteral("gpu-b"), m_kube.url(QStringLiteral("gpu-b")),
                                  m_kube.caPem(), QStringLiteral("wrong-token")}},
                                QStringLiteral("gpu-a")));
        QVERIFY(writeKubeconfig(path(QStringLiteral("stg.config")),
                                {{QStringLiteral("stg"),
                                  m_kube.url(QStringLiteral("stg")),
                                  {},
                                  m_kube.token(QStringLiteral("viewer"))}},
                                QStringLiteral("stg")));
    }

    // Drop → tick → type → test → save as Unreachable → listed.
    void dropTestAndSaveFromTheDialog() {
        PageEnv p;
        QVERIFY2(p.env.error.isEmpty(), qPrintable(p.env.error));
        fd::test::RegistryEnv& env = p.env;
        fd::widgets::ClustersPage& page = *p.page;
        // Until the registry's read is in, the welcome state says so and cannot import yet.
        QCOMPARE(page.stack()->currentWidget(), static_cast<QWidget*>(page.emptyState()));
        QVERIFY(!page.emptyState()->actionButton()->isEnabled());
        QCOMPARE(page.emptyState()->noteLabel()->text(),
                 QStringLiteral("Reading the registered clusters…"));
        // Nothing registered: the welcome state, and the list panel is never built.
        QTRY_VERIFY(page.emptyState()->actionButton()->isEnabled());
        QVERIFY(page.emptyState()->noteLabel()->isHidden());
        QCOMPARE(page.stack()->currentWidget(), static_cast<QWidget*>(page.emptyState()));
        QVERIFY(!page.listPanel());
        QVERIFY(!page.findChild<fd::widgets::ClusterListPanel*>());

        ImportDialog* dialog = page.openImportDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QAbstractItemModelTester tester(dialog->contextsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(dialog, &ImportDialog::loaded);
        QVERIFY(dropFiles(dialog, {path(QStringLiteral("config"))}));
        QVERIFY(loaded.wait());
        QTableView* view = dialog->contextsView();
        QCOMPARE(dialog->contextsModel()->rowCount(), 2);
        const int a = rowOf(*dialog, QStringLiteral("gpu-a"));
        const int b = rowOf(*dialog, QStringLiteral("gpu-b"));
        QVERIFY(isChecked(view, a)); // the current context is preselected
        QVERIFY(!isChecked(view, b));
        QCOMPARE(view->model()->index(a, ImportContextsModel::Server).data().toString(),
                 m_kube.url(QStringLiteral("gpu-a")));
        QVERIFY(!dialog->testButton()->isEnabled() || isChecked(view, a));

        // Tick gpu-b with a click on its checkbox, select it, rename it by typing.
        clickCheckBox(view, b);
        QVERIFY(isChecked(view, b));
        clickRow(view, b);
        QCOMPARE(dialog->form()->nameEdit()->text(), QStringLiteral("gpu-b"));
        QVERIFY(dialog->form()->tokenEdit()->echoMode() != QLineEdit::Normal); // masked
        typeInto(dialog->form()->nameEdit(), QStringLiteral("gpu-b-seoul"));

        // Both ticked contexts are tested in parallel.
        QSignalSpy finished(dialog, &ImportDialog::testsFinished);
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QCOMPARE(dialog->runningTests(), 2);
        QVERIFY(dialog->cancelTestsButton()->isEnabled());
        QVERIFY(finished.wait(30000));
        const ImportEntry& entryA = dialog->session()->entries()[a];
        const ImportEntry& entryB = dialog->session()->entries()[b];
        QVERIFY(entryA.test == ImportEntry::Test::Passed);
        QVERIFY(entryB.test == ImportEntry::Test::Failed);
        QVERIFY(entryB.report.category == ConnectionCategory::Unauthorized);
        // The selected (failed) one shows its sentence.
        QCOMPARE(dialog->form()->testResult()->text(), entryB.report.sentence());
        QVERIFY(dialog->form()->testResult()->text().contains(QStringLiteral("401")));
        // Its row says why in a few words; the tooltip carries the whole sentence.
        QCOMPARE(view->model()->index(b, ImportContextsModel::Test).data().toString(),
                 QStringLiteral("Failed: 401 unauthorized"));
        QCOMPARE(view->model()->index(b, ImportContextsModel::Test).data(Qt::ToolTipRole),
                 QVariant(entryB.report.sentence()));
        // The successful one: version, nodes ready/total and GPUs of the seeded nodes.
        clickRow(view, a);
        const QString details = dialog->form()->testResult()->text();
        QVERIFY2(details.contains(QStringLiteral("v1.32.3")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Nodes ready: 5 of 6")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("H100")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("MIG")), qPrintable(details));
        QVERIFY(view->model()
                    ->index(a, ImportContextsModel::Test)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("OK · v1.32.3 · ")));

        // Save: the failed one needs a confirmation, then both are saved.
        QSignalSpy imported(dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->confirmation() && dialog->confirmation()->isVisible());
        QVERIFY(dialog->confirmation()->text().contains(QStringLiteral("gpu-b-seoul")));
        auto* saveAnyway =
            dialog->confirmation()->findChild<QPushButton*>(QStringLiteral("saveAnyway"));
        QVERIFY(saveAnyway);
        QTest::mouseClick(saveAnyway, Qt::LeftButton);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().value<QList<qint64>>().size(), 2);

        const auto savedA = env.registry->clusterByName(QStringLiteral("gpu-a"));
        const auto savedB = env.registry->clusterByName(QStringLiteral("gpu-b-seoul"));
        QVERIFY(savedA && savedB);
        QVERIFY(savedB->health.status == ClusterStatus::Unreachable);
        QVERIFY(savedB->health.lastError.contains(QStringLiteral("401")));

        // The page now shows the list with both.
        QTRY_COMPARE(page.stack()->currentWidget(), static_cast<QWidget*>(page.listPanel()));
        QTRY_COMPARE(listedNames(page.listPanel()->view()).size(), 2);
        QVERIFY(listedNames(page.listPanel()->view()).contains(QStringLiteral("gpu-b-seoul")));
    }

    // A drop on the main window opens the import dialog with the file's contexts.
    void dropOnTheMainWindow() {
        fd::test::RegistryEnv env;
        QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
        fd::test::GuiFixture gui;
        gui.services.clusters = env.registry.get();
        gui.services.store = env.store.get();
        fd::widgets::MainWindow window(gui.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(dropFiles(&window,
                          {path(QStringLiteral("config")), path(QStringLiteral("stg.config"))}));
        ImportDialog* dialog = window.findChild<ImportDialog*>();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->contextsModel()->rowCount(), 3);
        QVERIFY(rowOf(*dialog, QStringLiteral("stg")) >= 0);
        dialog->close();
    }

    // Choose file (no extension filter), paste, $KUBECONFIG.
    void chooseFilePasteAndEnvironment() {
        fd::test::RegistryEnv env;
        QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
        ImportDialog dialog(env.registry.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy loaded(&dialog, &ImportDialog::loaded);

        QTest::mouseClick(dialog.chooseFileButton(), Qt::LeftButton);
        QFileDialog* chooser = nullptr;
        QTRY_VERIFY((chooser = dialog.findChild<QFileDialog*>()) != nullptr);
        QCOMPARE(chooser->nameFilters(), QStringList{QStringLiteral("All files (*)")});
        chooser->selectFile(path(QStringLiteral("stg.config")));
        QVERIFY(QMetaObject::invokeMethod(chooser, "accept"));
        QVERIFY(loaded.wait());
        QCOMPARE(dialog.contextsModel()->rowCount(), 1);
        QCOMPARE(dialog.session()->entries().first().contextName, QStringLiteral("stg"));

        QFile file(path(QStringLiteral("config")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::mouseClick(dialog.pasteButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.pasteEdit()->isVisible());
        dialog.pasteEdit()->insertPlainText(QString::fromUtf8(file.readAll())); // Ctrl+V
        QTest::mouseClick(dialog.readPastedButton(), Qt::LeftButton);
        QVERIFY(loaded.wait());
        QCOMPARE(dialog.contextsModel()->rowCount(), 2);

        const QByteArray old = qgetenv("KUBECONFIG");
        qputenv("KUBECONFIG", (path(QStringLiteral("config")) + QLatin1Char(':') +
                               path(QStringLiteral("stg.config")))
                                  .toLocal8Bit());
        QTest::mouseClick(dialog.environmentButton(), Qt::LeftButton);
        QVERIFY(loaded.wait());
        qputenv("KUBECONFIG", old);
        QCOMPARE(dialog.contextsModel()->rowCount(), 3);
        QVERIFY(isChecked(dialog.contextsView(), rowOf(dialog, QStringLiteral("gpu-a"))));
    }

    // No CA in the kubeconfig: the test names the fingerprint; "Trust this CA" pins it and
    // the re-test passes.
    void unknownCaIsTrustedFromTheForm() {
        fd::test::RegistryEnv env;
        QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
        ImportDialog dialog(env.registry.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy loaded(&dialog, &ImportDialog::loaded);
        dialog.loadFiles({path(QStringLiteral("stg.config"))});
        QVERIFY(loaded.wait());
        QVERIFY(isChecked(dialog.contextsView(), 0));
        QSignalSpy finished(&dialog, &ImportDialog::testsFinished);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const ImportEntry& entry = dialog.session()->entries().first();
        QVERIFY2(entry.report.category == ConnectionCategory::TlsUnknownCa,
                 qPrintable(entry.report.sentence()));
        const QString fingerprint = fd::test::opensslFingerprint(m_kube.workDir());
        QVERIFY(!fingerprint.isEmpty());
        QVERIFY2(dialog.form()->testResult()->text().contains(fingerprint),
                 qPrintable(dialog.form()->testResult()->text()));
        QVERIFY(dialog.form()->trustCertificateButton()->isVisible());

        QTest::mouseClick(dialog.form()->trustCertificateButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(dialog.session()->entries().first().test == ImportEntry::Test::Passed);
        QVERIFY(!dialog.form()->trustCertificateButton()->isVisible());
        QVERIFY(dialog.form()->testResult()->text().contains(QStringLiteral("v1.32.3")));
    }

    // The zone as a user sets it: picked with the keyboard in the import form, shown in the
    // list, changed in the cluster detail (saved at once).
    void zoneFromTheFormTheListAndTheDetail() {
        PageEnv p;
        QVERIFY2(p.env.error.isEmpty(), qPrintable(p.env.error));
        fd::test::RegistryEnv& env = p.env;
        fd::widgets::ClustersPage& page = *p.page;
        ImportDialog* dialog = page.openImportDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QSignalSpy loaded(dialog, &ImportDialog::loaded);
        QVERIFY(dropFiles(dialog, {path(QStringLiteral("config"))}));
        QVERIFY(loaded.wait());
        const int a = rowOf(*dialog, QStringLiteral("gpu-a"));
        QVERIFY(isChecked(dialog->contextsView(), a));
        clickRow(dialog->contextsView(), a);
        fd::widgets::ZoneCombo* zone = dialog->form()->zoneCombo();
        QCOMPARE(int(zone->zone()), int(fd::policy::Zone::None));
        QCOMPARE(zone->count(), 3);
        QVERIFY(zone->itemText(1).contains(QStringLiteral("high performance")));
        QVERIFY(zone->itemText(2).contains(QStringLiteral("general purpose")));
        zone->setFocus();
        QTest::keyClick(zone, Qt::Key_Down); // None → A
        QCOMPARE(int(zone->zone()), int(fd::policy::Zone::A));
        fd::test::saveScreenshot(dialog, fd::test::screenshotDir(QStringLiteral("en")) +
                                             QStringLiteral("/clusters-import-zone.png"));

        QSignalSpy finished(dialog, &ImportDialog::testsFinished);
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QSignalSpy imported(dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(imported.wait(10000));
        const auto saved = env.registry->clusterByName(QStringLiteral("gpu-a"));
        QVERIFY(saved);
        QCOMPARE(int(saved->zone), int(fd::policy::Zone::A));

        // The list's Zone column.
        QTRY_VERIFY(page.listPanel()); // built once the registry holds a cluster
        fd::widgets::ClusterListModel* model = page.listPanel()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->headerData(fd::widgets::ClusterListModel::Zone, Qt::Horizontal).toString(),
                 QStringLiteral("Zone"));
        QCOMPARE(model->index(0, fd::widgets::ClusterListModel::Zone).data().toString(),
                 QStringLiteral("A"));

        // The detail: A → B with the keyboard, saved to the registry.
        auto* panel = page.listPanel();
        QTRY_COMPARE(page.stack()->currentWidget(), static_cast<QWidget*>(panel));
        panel->selectCluster(saved->id);
        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_Return);
        auto* detail = page.findChild<fd::widgets::ClusterDetailDialog*>();
        QVERIFY(detail);
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        QCOMPARE(int(detail->zoneCombo()->zone()), int(fd::policy::Zone::A));
        detail->zoneCombo()->setFocus();
        QTest::keyClick(detail->zoneCombo(), Qt::Key_Down); // A → B
        QTRY_COMPARE(int(env.registry->cluster(saved->id)->zone), int(fd::policy::Zone::B));
        QTRY_COMPARE(detail->zoneNote()->text(), QStringLiteral("Saved."));
        QTRY_COMPARE(model->index(0, fd::widgets::ClusterListModel::Zone).data().toString(),
                     QStringLiteral("B"));
        fd::test::saveScreenshot(detail, fd::test::screenshotDir(QStringLiteral("en")) +
                                             QStringLiteral("/clusters-detail-zone.png"));
        detail->close();
    }

    // The list cannot be read (a damaged store): one message and Retry, which works once the
    // store is readable again.
    void loadErrorShowsRetry() {
        fd::test::RegistryEnv env;
        QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
        const auto exec = [&](const char* sql) {
            return env.store->writeSync([sql](sqlite3* db) { return fd::store::exec(db, sql); });
        };
        QVERIFY(exec("ALTER TABLE clusters RENAME TO clusters_hidden").ok());
        fd::widgets::ClusterListPanel panel(env.registry.get(), env.registry.get());
        panel.show();
        panel.reload();
        QCOMPARE(panel.states()->currentIndex(), 0); // loading first
        QTRY_VERIFY(panel.retryButton()->isVisible());
        QVERIFY(panel.errorLabel()->text().contains(QStringLiteral("could not be read")));
        QVERIFY(exec("ALTER TABLE clusters_hidden RENAME TO clusters").ok());
        QSignalSpy counted(&panel, &fd::widgets::ClusterListPanel::countChanged);
        QTest::mouseClick(panel.retryButton(), Qt::LeftButton);
        QVERIFY(counted.wait());
        QCOMPARE(panel.states()->currentWidget(), panel.view());
        QVERIFY(panel.isEmpty());
    }

    // A display name already registered: the clash is shown inline with a one-click fix.
    void nameClashOffersASuggestion() {
        fd::test::RegistryEnv env;
        QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
        {
            ImportDialog first(env.registry.get());
            QSignalSpy loaded(&first, &ImportDialog::loaded);
            first.loadFiles({path(QStringLiteral("config"))});
            QVERIFY(loaded.wait());
            QSignalSpy imported(&first, &ImportDialog::imported);
            QTest::mouseClick(first.saveButton(), Qt::LeftButton); // gpu-a, untested
            QVERIFY(imported.wait(10000));
        }
        QVERIFY(env.registry->clusterByName(QStringLiteral("gpu-a")));

        ImportDialog dialog(env.registry.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy loaded(&dialog, &ImportDialog::loaded);
        dialog.loadFiles({path(QStringLiteral("stg.config"))});
        QVERIFY(loaded.wait());
        auto* form = dialog.form();
        typeInto(form->nameEdit(), QStringLiteral("GPU-A"));
        QVERIFY(form->nameProblem()->isVisible());
        QVERIFY(form->useSuggestionButton()->isVisible());
        QCOMPARE(form->useSuggestionButton()->property("suggestion").toString(),
                 QStringLiteral("GPU-A-2"));
        QTest::mouseClick(form->useSuggestionButton(), Qt::LeftButton);
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("GPU-A-2"));
        QVERIFY(!form->nameProblem()->isVisible());
    }

    // Detail from the list (Enter): nodes with their GPUs, resources, events newest first with
    // warnings highlighted and new events arriving while it is open; then Remove → gone.
    void detailAndRemoveFromTheList() {
        PageEnv p;
        QVERIFY2(p.env.error.isEmpty(), qPrintable(p.env.error));
        fd::test::RegistryEnv& env = p.env;
        fd::widgets::ClustersPage& page = *p.page;
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QList<qint64> ids = importFile(env.registry.get(), path(QStringLiteral("config")));
        QCOMPARE(ids.size(), 1); // gpu-a, the current context
        {
            // A label the admin gave the cluster, saved the way the import form saves it.
            auto record = env.registry->cluster(ids.first());
            QVERIFY(record);
            record->labels.insert(QStringLiteral("team"), QStringLiteral("ml-platform"));
            std::optional<fd::Status> saved;
            env.registry->updateCluster(*record, std::nullopt, &page,
                                        [&](fd::Status s) { saved = std::move(s); });
            QTRY_VERIFY(saved.has_value());
            QVERIFY2(saved->ok(), qPrintable(saved->error().message));
        }
        QTRY_VERIFY(page.listPanel());
        auto* panel = page.listPanel();
        QTRY_COMPARE(page.stack()->currentWidget(), static_cast<QWidget*>(panel));
        QTRY_COMPARE(listedNames(panel->view()), QStringList{QStringLiteral("gpu-a")});

        panel->selectCluster(ids.first());
        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_Return);
        auto* detail = page.findChild<fd::widgets::ClusterDetailDialog*>();
        QVERIFY(detail);
        QTRY_VERIFY_WITH_TIMEOUT(detail->isLoaded(), 20000);
        QCOMPARE(detail->tabs()->count(), 4);

        // Nodes: a live model behind a sorting proxy, as the user sees it.
        QAbstractItemModelTester nodesTester(detail->nodesModel());
        QAbstractItemModel* nodes = detail->nodesView()->model();
        QCOMPARE(nodes->rowCount(), 6);
        const int h100 = modelRow(nodes, QStringLiteral("gpu-h100-0"));
        QVERIFY(h100 >= 0);
        QVERIFY(nodes->index(h100, fd::widgets::NodeGpuProduct)
                    .data()
                    .toString()
                    .contains(QStringLiteral("H100")));
        QCOMPARE(nodes->index(h100, fd::widgets::NodeGpus).data().toString(), QStringLiteral("8"));
        const int l40s = modelRow(nodes, QStringLiteral("gpu-l40s-0"));
        QVERIFY(l40s >= 0);
        QVERIFY(nodes->index(l40s, fd::widgets::NodeTaints)
                    .data()
                    .toString()
                    .contains(QStringLiteral("unreachable")));
        QVERIFY(tableRow(detail->resourcesTable(), QStringLiteral("nvidia.com/gpu")) >= 0);

        // Labels & Taints: the cluster's own Fleetdeck labels first, then every node's.
        QAbstractItemModel* labels = detail->labelsView()->model();
        QAbstractItemModelTester labelsTester(labels);
        QCOMPARE(labels->rowCount(), 1 + 6);
        const QModelIndex own = labels->index(0, 0);
        QCOMPARE(own.data().toString(), QStringLiteral("This cluster in Fleetdeck"));
        const QModelIndex ownLabels = labels->index(2, 0, own);
        QCOMPARE(ownLabels.data().toString(), QStringLiteral("Labels (1)"));
        QCOMPARE(labels->index(0, 0, ownLabels).data().toString(), QStringLiteral("team"));
        QCOMPARE(labels->index(0, 1, ownLabels).data().toString(), QStringLiteral("ml-platform"));
        QModelIndex cp;
        for (int i = 1; i < labels->rowCount(); ++i)
            if (labels->index(i, 0).data().toString() == QLatin1String("cp-0"))
                cp = labels->index(i, 0);
        QVERIFY(cp.isValid());
        const QModelIndex taints = labels->index(1, 0, cp);
        QCOMPARE(labels->index(0, 0, taints).data().toString(),
                 QStringLiteral("node-role.kubernetes.io/control-plane:NoSchedule"));

        // Events: newest first, warnings highlighted.
        QAbstractItemModelTester eventsTester(detail->eventsModel());
        QAbstractItemModel* events = detail->eventsView()->model();
        QVERIFY(events->rowCount() >= 2);
        bool sawWarning = false;
        for (int row = 0; row < events->rowCount(); ++row) {
            const QModelIndex time = events->index(row, fd::widgets::EventTime);
            if (row > 0)
                QVERIFY(events->index(row - 1, fd::widgets::EventTime)
                            .data(fd::widgets::SortRole)
                            .toDateTime() >= time.data(fd::widgets::SortRole).toDateTime());
            if (events->index(row, fd::widgets::EventType).data().toString() ==
                QLatin1String("Warning")) {
                sawWarning = true;
                QVERIFY(time.data(Qt::BackgroundRole).isValid());
            } else {
                QVERIFY(!time.data(Qt::BackgroundRole).isValid());
            }
        }
        QVERIFY(sawWarning);

        // A new warning on the cluster appears at the top while the detail is open.
        const QString now = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate);
        const QJsonObject event{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Event")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("fd-gui-test")},
                         {QStringLiteral("namespace"), QStringLiteral("default")}}},
            {QStringLiteral("involvedObject"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("Node")},
                         {QStringLiteral("name"), QStringLiteral("gpu-h100-0")}}},
            {QStringLiteral("reason"), QStringLiteral("XidError")},
            {QStringLiteral("message"), QStringLiteral("GPU 3 fell off the bus")},
            {QStringLiteral("type"), QStringLiteral("Warning")},
            {QStringLiteral("count"), 1},
            {QStringLiteral("firstTimestamp"), now},
            {QStringLiteral("lastTimestamp"), now}};
        const auto posted =
            fd::test::httpJson(m_kube, QStringLiteral("gpu-a"), "POST",
                               QStringLiteral("/api/v1/namespaces/default/events"), event);
        QCOMPARE(posted.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(events->index(0, fd::widgets::EventReason).data().toString(),
                                  QStringLiteral("XidError"), 10000);
        QVERIFY(detail->isWatching());
        detail->close(); // live updates stop with the detail
        QVERIFY(!detail->isWatching());

        // Remove…: the confirmation names what is cleaned up; afterwards the list is empty.
        panel->selectCluster(ids.first());
        QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
        auto* remove = page.findChild<fd::widgets::RemoveClusterDialog*>();
        QVERIFY(remove);
        QStringList plan;
        for (int i = 0; i < remove->planList()->count(); ++i)
            plan << remove->planList()->item(i)->text();
        QVERIFY2(plan.join(QLatin1Char('\n')).contains(QStringLiteral("gpu-a")),
                 qPrintable(plan.join(QLatin1Char('\n'))));
        QVERIFY(plan.size() >= 2); // the record and its credentials
        QSignalSpy removed(remove, &fd::widgets::RemoveClusterDialog::removeFinished);
        QTest::mouseClick(remove->removeButton(), Qt::LeftButton);
        QVERIFY(removed.wait(20000));
        QVERIFY(removed.first().first().value<fd::registry::RemoveReport>().ok);
        QVERIFY(remove->reportView()->isVisible());
        QVERIFY(!env.registry->cluster(ids.first()));
        QTRY_COMPARE(page.stack()->currentWidget(), static_cast<QWidget*>(page.emptyState()));
    }

    // Mark as control plane, Join to Karmada (least privilege by default, full access
    // explained), read back from the test server, then Unjoin.
    void karmadaJoinAndUnjoinFromTheList() {
        QVERIFY(writeKubeconfig(
            path(QStringLiteral("karmada.config")),
            {{QStringLiteral("karmada-apiserver"), m_kube.url(QStringLiteral("karmada-ui")),
              m_kube.caPem(), m_kube.token(QStringLiteral("admin"))},
             {QStringLiteral("member-gpu"), m_kube.url(QStringLiteral("member-ui")), m_kube.caPem(),
              m_kube.token(QStringLiteral("admin"))}},
            QStringLiteral("karmada-apiserver")));
        PageEnv p;
        QVERIFY2(p.env.error.isEmpty(), qPrintable(p.env.error));
        fd::test::RegistryEnv& env = p.env;
        fd::widgets::ClustersPage& page = *p.page;
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        {
            ImportDialog dialog(env.registry.get());
            QSignalSpy loaded(&dialog, &ImportDialog::loaded);
            dialog.loadFiles({path(QStringLiteral("karmada.config"))});
            QVERIFY(loaded.wait());
            auto* model = dialog.contextsModel();
            for (int row = 0; row < model->rowCount(); ++row)
                model->setData(model->index(row, 0), Qt::Checked, Qt::CheckStateRole);
            QSignalSpy imported(&dialog, &ImportDialog::imported);
            dialog.save();
            QVERIFY(imported.wait(10000));
        }
        const qint64 cp = env.registry->clusterByName(QStringLiteral("karmada-apiserver"))->id;
        const qint64 member = env.registry->clusterByName(QStringLiteral("member-gpu"))->id;
        QTRY_VERIFY(page.listPanel());
        auto* panel = page.listPanel();
        QTRY_COMPARE(listedNames(panel->view()).size(), 2);

        panel->selectCluster(cp);
        QTest::mouseClick(panel->controlPlaneButton(), Qt::LeftButton);
        QTRY_VERIFY(env.registry->cluster(cp)->karmadaRole ==
                    fd::registry::KarmadaRole::ControlPlane);

        panel->selectCluster(member);
        QVERIFY(panel->joinButton()->isEnabled());
        QTest::mouseClick(panel->joinButton(), Qt::LeftButton);
        auto* join = page.findChild<fd::widgets::KarmadaJoinDialog*>();
        QVERIFY(join);
        QCOMPARE(join->controlPlaneCombo()->currentData().toLongLong(), cp);
        QCOMPARE(join->clusterNameEdit()->text(), QStringLiteral("member-gpu"));
        QVERIFY(!join->fullAccessBox()->isChecked()); // least privilege by default
        const QString leastNote = join->fullAccessNote()->text();
        QTest::mouseClick(join->fullAccessBox(), Qt::LeftButton, {},
                          QPoint(8, join->fullAccessBox()->height() / 2));
        QVERIFY(join->fullAccessNote()->text().contains(QStringLiteral("cluster-admin")));
        QTest::mouseClick(join->fullAccessBox(), Qt::LeftButton, {},
                          QPoint(8, join->fullAccessBox()->height() / 2));
        QCOMPARE(join->fullAccessNote()->text(), leastNote);
        QStringList objects;
        for (int i = 0; i < join->objectsList()->count(); ++i)
            objects << join->objectsList()->item(i)->text();
        QVERIFY2(objects.join(QLatin1Char('\n')).contains(QStringLiteral("karmada-member-gpu")),
                 qPrintable(objects.join(QLatin1Char('\n'))));
        QSignalSpy joined(join, &fd::widgets::KarmadaJoinDialog::joinFinished);
        QTest::mouseClick(join->startButton(), Qt::LeftButton);
        QVERIFY(joined.wait(30000));
        const auto report = joined.first().first().value<fd::registry::JoinReport>();
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QVERIFY(env.registry->cluster(member)->joined);
        const QString clusterPath =
            QStringLiteral("/apis/cluster.karmada.io/v1alpha1/clusters/member-gpu");
        const auto created =
            fd::test::httpJson(m_kube, QStringLiteral("karmada-ui"), "GET", clusterPath);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json.value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("syncMode"))
                     .toString(),
                 QStringLiteral("Push"));
        join->close();

        panel->selectCluster(member);
        // The membership button turns into "Unjoin…" for a member.
        QTRY_COMPARE(panel->joinButton()->text(), QStringLiteral("Unjoin…"));
        QVERIFY(panel->joinButton()->isEnabled());
        QTest::mouseClick(panel->joinButton(), Qt::LeftButton);
        fd::widgets::KarmadaJoinDialog* unjoin = nullptr;
        for (auto* d : page.findChildren<fd::widgets::KarmadaJoinDialog*>())
            if (d != join && d->isVisible())
                unjoin = d;
        QVERIFY(unjoin);
        QSignalSpy unjoined(unjoin, &fd::widgets::KarmadaJoinDialog::joinFinished);
        QTest::mouseClick(unjoin->startButton(), Qt::LeftButton);
        QVERIFY(unjoined.wait(30000));
        QVERIFY(unjoined.first().first().value<fd::registry::JoinReport>().ok);
        QVERIFY(!env.registry->cluster(member)->joined);
        QCOMPARE(
            fd::test::httpJson(m_kube, QStringLiteral("karmada-ui"), "GET", clusterPath).status,
            404);
    }

    // A vault that does not exist yet: Save asks for a new passphrase first (as the app does),
    // then the cluster is saved with its token in the vault.
    void saveAsksForTheVaultPassphrase() {
        fd::test::GuiFixture gui;
        QVERIFY(gui.openStore());
        QVERIFY(gui.openSecrets(fd::secrets::Backend::Vault));
        QVERIFY(gui.vault->state() == fd::widgets::VaultGate::State::NotCreated);
        fd::net::HttpClient http;
        auto registry = fd::registry::ClusterRegistry::create(*gui.store, *gui.secrets, http);
        QVERIFY(registry->load().ok());
        gui.services.clusters = registry.get();
        fd::widgets::ClustersPage page(gui.services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ImportDialog* dialog =
            page.openImportDialog({QUrl::fromLocalFile(path(QStringLiteral("config")))});
        QTRY_COMPARE(dialog->contextsModel()->rowCount(), 2);
        QSignalSpy imported(dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(gui.vault->pendingDialog() != nullptr);
        fd::widgets::VaultUnlockDialog* prompt = gui.vault->pendingDialog();
        QVERIFY(QTest::qWaitForWindowExposed(prompt));
        QVERIFY(registry->clusters().isEmpty()); // nothing saved before the vault is open
        QTest::keyClicks(prompt->passphraseEdit(), QStringLiteral("correct horse battery"));
        QTest::keyClicks(prompt->confirmEdit(), QStringLiteral("correct horse battery"));
        QTest::keyClick(prompt->confirmEdit(), Qt::Key_Return);
        QVERIFY(imported.wait(30000));
        QVERIFY(gui.vault->state() == fd::widgets::VaultGate::State::Unlocked);
        QVERIFY(registry->clusterByName(QStringLiteral("gpu-a")));
    }
};

QTEST_MAIN(TestClusters)
#include "tst_clusters.moc"
