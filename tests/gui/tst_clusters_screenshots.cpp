// Screenshots of the cluster pages in English and Korean at their real sizes, against the real
// registry and the test API server, into <build>/screenshots/<lang>/clusters-*.png: the import
// dialog after a connection test, the cluster list grouped by data center, and the cluster
// detail (Overview, Nodes, Events). Fails when something cannot be rendered or Korean text would
// show as missing-glyph boxes.
#include "clusters/clusterdetaildialog.h"
#include "clusters/clusterlistpanel.h"
#include "clusters/clusterspage.h"
#include "clusters/importcontextsmodel.h"
#include "clusters/importdialog.h"
#include "clustertesthelpers.h"
#include "guifixture.h"
#include "kubetestserver.h"
#include "registry/clusterregistryimpl.h"
#include "registrytesthelpers.h"
#include "screenshothelpers.h"
#include "shell/mainwindow.h"
#include "vault/vaultgate.h"

#include <QCheckBox>
#include <QDir>
#include <QFontMetrics>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using fd::widgets::ImportDialog;
using fd::widgets::LanguageManager;

class TestClusterScreenshots final : public QObject {
    Q_OBJECT

private:
    fd::test::KubeTestServer m_kube;
    QTemporaryDir m_files;

    QString config() const { return m_files.filePath(QStringLiteral("config")); }

private Q_SLOTS:
    void initTestCase() {
        fd::test::applyTestTheme();
        QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
        const QString admin = m_kube.token(QStringLiteral("admin"));
        QVERIFY(fd::test::writeKubeconfig(
            config(),
            {{QStringLiteral("seoul-dc1-gpu"), m_kube.url(QStringLiteral("seoul-dc1-gpu")),
              m_kube.caPem(), admin},
             {QStringLiteral("hq-idc-train"), m_kube.url(QStringLiteral("hq-idc-train")),
              m_kube.caPem(), admin},
             {QStringLiteral("stg-viewer"), m_kube.url(QStringLiteral("stg-viewer")),
              m_kube.caPem(), m_kube.token(QStringLiteral("noperm"))},
             {QStringLiteral("lab-offline"),
              QStringLiteral("https://127.0.0.1:%1").arg(fd::test::closedPort()), m_kube.caPem(),
              admin}},
            QStringLiteral("seoul-dc1-gpu")));
    }

    void render_data() { fd::test::addLanguageRows(); }

    void render() {
        QFETCH(QString, lang);
        QFETCH(int, choice);
        fd::test::RegistryEnv env;
        QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
        fd::test::GuiFixture gui;
        gui.services.clusters = env.registry.get();
        gui.services.store = env.store.get();
        gui.services.secrets = env.secrets.get();
        fd::widgets::VaultGate vault(env.secrets.get()); // the status bar shows the real store
        gui.services.vault = &vault;
        gui.language->setChoice(static_cast<LanguageManager::Choice>(choice));
        const QString dir = fd::test::screenshotDir(lang);

        fd::widgets::MainWindow window(gui.services);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(fd::widgets::ClustersPage::id());
        auto* page = qobject_cast<fd::widgets::ClustersPage*>(window.currentPage());
        QVERIFY(page);

        // 1. The import dialog: every context ticked and tested, the first one selected.
        ImportDialog* dialog = page->openImportDialog({QUrl::fromLocalFile(config())});
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_COMPARE(dialog->contextsModel()->rowCount(), 4);
        auto* model = dialog->contextsModel();
        for (int row = 0; row < model->rowCount(); ++row)
            model->setData(model->index(row, 0), Qt::Checked, Qt::CheckStateRole);
        const QList<fd::registry::DataCenter> dcs = env.registry->dataCenters();
        QVERIFY(dcs.size() >= 2);
        QSignalSpy tested(dialog, &ImportDialog::testsFinished);
        dialog->testConnections();
        QVERIFY(tested.wait(30000));
        dialog->contextsView()->selectRow(0);
        if (lang == QLatin1String("ko")) {
            const QString sample = dialog->saveButton()->text();
            QVERIFY(QFontMetrics(dialog->font()).inFont(sample.at(0)));
        }
        fd::test::saveScreenshot(dialog, dir + QStringLiteral("/clusters-import.png"));

        // Save all four (two failed: confirmed as Unreachable).
        QSignalSpy imported(dialog, &ImportDialog::imported);
        dialog->save();
        QTRY_VERIFY(dialog->confirmation() && dialog->confirmation()->isVisible());
        fd::test::saveScreenshot(dialog->confirmation(),
                                 dir + QStringLiteral("/clusters-import-confirm.png"));
        dialog->confirmation()->findChild<QPushButton*>(QStringLiteral("saveAnyway"))->click();
        QVERIFY(imported.wait(10000));

        // Data centers and GPU models, as a user would set them in the form.
        int i = 0;
        for (fd::registry::ClusterRecord record : env.registry->clusters()) {
            record.datacenter = dcs[i++ % 2];
            record.gpuModels = record.name.contains(QLatin1String("gpu"))
                                   ? QStringList{QStringLiteral("NVIDIA-H100-80GB-HBM3")}
                                   : QStringList{};
            const fd::Status st = fd::test::await<fd::Status>([&](auto done) {
                env.registry->updateCluster(record, std::nullopt, &window, done);
            });
            QVERIFY2(st.ok(), qPrintable(st ? QString() : st.error().message));
        }
        // 2. The list, grouped by data center, after a health refresh.
        QSignalSpy refreshed(env.registry.get(), &fd::registry::ClusterRegistry::refreshFinished);
        env.registry->refreshNow();
        QVERIFY(refreshed.wait(30000));
        QTRY_VERIFY(page->listPanel());
        auto* panel = page->listPanel();
        QTRY_COMPARE(page->stack()->currentWidget(), static_cast<QWidget*>(panel));
        panel->groupToggle()->click();
        panel->selectCluster(env.registry->clusterByName(QStringLiteral("seoul-dc1-gpu"))->id);
        QTest::qWait(200); // coalesced health updates
        fd::test::saveScreenshot(&window, dir + QStringLiteral("/clusters-list.png"));

        // 3. The detail of the GPU cluster.
        auto* detail = qobject_cast<fd::widgets::ClusterDetailDialog*>(
            page->openDetail(env.registry->clusterByName(QStringLiteral("seoul-dc1-gpu"))->id));
        QVERIFY(detail);
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        QTRY_VERIFY_WITH_TIMEOUT(detail->isLoaded(), 20000);
        const QStringList tabs{QStringLiteral("overview"), QStringLiteral("nodes"),
                               QStringLiteral("labels"), QStringLiteral("events")};
        for (int t = 0; t < tabs.size(); ++t) {
            detail->tabs()->setCurrentIndex(t);
            QTest::qWait(50);
            fd::test::saveScreenshot(detail, dir + QStringLiteral("/clusters-detail-") + tabs[t] +
                                                 QStringLiteral(".png"));
        }
        detail->close();
    }
};

QTEST_MAIN(TestClusterScreenshots)
#include "tst_clusters_screenshots.moc"
