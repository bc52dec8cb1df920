// Renders every page and the About dialog in English and Korean at 1280x800 into
// <build>/screenshots/<lang>/<page>.png, for review and for the user guide. Fails when a page
// cannot be rendered or when Korean text would show as missing-glyph boxes.
//
// What the pages show is made by the flows a new user goes through, wired as main() wires them:
// the data directory in its default place under a fresh home, importing two clusters of the test
// API server through the import dialog (which creates the vault on first use), their connection
// test, adding a data center and assigning the clusters to sites. Nothing is seeded into the
// store, so the audit log holds exactly what those actions wrote.
#include "audit/auditmodel.h"
#include "audit/auditpage.h"
#include "clusters/clusterlistpanel.h"
#include "clusters/clusterspage.h"
#include "clusters/importcontextsmodel.h"
#include "clusters/importdialog.h"
#include "clustertesthelpers.h"
#include "common/appservices.h"
#include "common/language.h"
#include "common/page.h"
#include "common/paths.h"
#include "kubetestserver.h"
#include "net/httpclient.h"
#include "policy/policyservice.h"
#include "registry/clusterregistry.h"
#include "registrytesthelpers.h"
#include "screenshothelpers.h"
#include "secrets/secretstore.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "store/store.h"
#include "vault/vaultgate.h"
#include "vault/vaultunlockdialog.h"

#include <QDir>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

using fd::widgets::LanguageManager;
using fd::widgets::MainWindow;

namespace {

// The console as main() assembles it, over a fresh home: the default data directory
// (~/.local/share/Fleetdeck/Fleetdeck), its settings.ini, the store, the vault backend (not
// created yet), the gate that asks for its passphrase, one HTTP client and the registry.
struct Console {
    QTemporaryDir home;
    QString dataDir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<LanguageManager> language;
    std::unique_ptr<fd::store::Store> store;
    std::unique_ptr<fd::secrets::SecretStore> secrets;
    std::unique_ptr<fd::widgets::VaultGate> vault;
    std::unique_ptr<fd::net::HttpClient> http;
    std::unique_ptr<fd::registry::ClusterRegistry> registry;
    std::unique_ptr<fd::policy::PolicyService> policies;
    fd::widgets::AppServices services;
    QString error;

    Console() {
        // A first start on a new account: nothing of the machine's own home is read or shown.
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(".local/share").toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(".config").toLocal8Bit());
        qunsetenv("FLEETDECK_DATA_DIR");
        dataDir = fd::resolveDataDir();
        settings = std::make_unique<QSettings>(QDir(dataDir).filePath("settings.ini"),
                                               QSettings::IniFormat);
        language = std::make_unique<LanguageManager>(settings.get());
        language->applyStored();
        auto opened = fd::store::Store::open(dataDir);
        if (!opened) {
            error = opened.error().message;
            return;
        }
        store = std::move(opened).value();
        fd::secrets::SecretStore::Options options;
        options.forcedBackend = fd::secrets::Backend::Vault; // no desktop keychain in tests
        auto s = fd::secrets::SecretStore::open(*store, options);
        if (!s) {
            error = s.error().message;
            return;
        }
        secrets = std::move(s).value();
        vault = std::make_unique<fd::widgets::VaultGate>(secrets.get());
        http = std::make_unique<fd::net::HttpClient>();
        registry = fd::registry::ClusterRegistry::create(*store, *secrets, *http);
        // No background refresh between the steps: the pages show the state the steps made.
        registry->setRefreshInterval(0);
        registry->setReconcileInterval(0);
        services.dataDir = dataDir;
        services.settings = settings.get();
        services.language = language.get();
        services.store = store.get();
        services.secrets = secrets.get();
        services.vault = vault.get();
        services.clusters = registry.get();
        services.http = http.get(); // as main() does: the GPU page can then add an endpoint
        // As main() does: the policies over the same store (empty: the page's empty state).
        policies = std::make_unique<fd::policy::PolicyService>(*store);
        if (const fd::Status loaded = policies->loadNow(); !loaded.ok()) {
            error = loaded.error().message;
            return;
        }
        services.policies = policies.get();
    }

    ~Console() {
        // Users of the store first (main() destroys them in this order too).
        policies.reset();
        registry.reset();
        http.reset();
        vault.reset();
        secrets.reset();
        store.reset();
    }
};

QString statusBarText(MainWindow& w) {
    QStringList texts;
    for (const QLabel* label : w.statusBar()->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QStringLiteral(" | "));
}

// "action target" of every audit entry, sorted (entries written in the same second have no
// order of their own).
QStringList auditTrail(const fd::store::Store& store) {
    QStringList trail;
    const auto entries = store.audit({});
    if (!entries)
        return {entries.error().message};
    for (const fd::store::AuditEntry& e : *entries)
        trail << e.action + QLatin1Char(' ') + e.target;
    trail.sort();
    return trail;
}

// How many clusters healthChanged() has reported so far.
int healthReported(const QSignalSpy& spy) {
    QSet<qint64> ids;
    for (const QList<QVariant>& args : spy)
        for (qint64 id : args.first().value<QList<qint64>>())
            ids.insert(id);
    return int(ids.size());
}

} // namespace

class TestScreenshots final : public QObject {
    Q_OBJECT

private:
    fd::test::KubeTestServer m_kube;
    QTemporaryDir m_files;

    QString config() const { return m_files.filePath(QStringLiteral("config")); }

private Q_SLOTS:
    void initTestCase() {
        // main() names the application; the default data directory follows from it.
        QCoreApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
        QCoreApplication::setApplicationName(QStringLiteral("Fleetdeck"));
        fd::widgets::applyTheme(*qApp);
        QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
        const QString admin = m_kube.token(QStringLiteral("admin"));
        QVERIFY(fd::test::writeKubeconfig(
            config(),
            {{QStringLiteral("seoul-dc1-gpu"), m_kube.url(QStringLiteral("seoul-dc1-gpu")),
              m_kube.caPem(), admin},
             {QStringLiteral("hq-idc-train"), m_kube.url(QStringLiteral("hq-idc-train")),
              m_kube.caPem(), admin}},
            QStringLiteral("seoul-dc1-gpu")));
    }

    void render_data() { fd::test::addLanguageRows(); }

    void render() {
        QFETCH(QString, lang);
        QFETCH(int, choice);
        Console c;
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        c.language->setChoice(static_cast<LanguageManager::Choice>(choice));
        QCOMPARE(c.language->effectiveLanguage(), lang);
        const QString dir = fd::test::screenshotDir(lang);

        MainWindow w(c.services);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        if (lang == QLatin1String("ko")) {
            // A font that can draw Hangul must be present, or every label would be tofu.
            const QString sample = w.navigation()->item(0)->text();
            QVERIFY(QFontMetrics(w.navigation()->font()).inFont(sample.at(0)));
        }

        // 1. Import the kubeconfig from the Clusters page. Recognising clusters already
        //    registered needs the vault, so the first import creates it: the passphrase prompt
        //    appears, and a mistyped confirmation is explained before anything is created.
        w.showPage(fd::widgets::ClustersPage::id());
        auto* clusters = qobject_cast<fd::widgets::ClustersPage*>(w.currentPage());
        QVERIFY(clusters);
        fd::widgets::ImportDialog* import =
            clusters->openImportDialog({QUrl::fromLocalFile(config())});
        QVERIFY(QTest::qWaitForWindowExposed(import));
        QTRY_VERIFY(c.vault->pendingDialog());
        fd::widgets::VaultUnlockDialog* prompt = c.vault->pendingDialog();
        QVERIFY(QTest::qWaitForWindowExposed(prompt));
        const QString passphrase = QStringLiteral("correct horse battery");
        QTest::keyClicks(prompt->passphraseEdit(), passphrase);
        QTest::keyClicks(prompt->confirmEdit(), QStringLiteral("correct horse"));
        QTest::keyClick(prompt->confirmEdit(), Qt::Key_Return);
        QVERIFY(!prompt->messageLabel()->text().isEmpty());
        QVERIFY(c.vault->pendingDialog()); // nothing created
        fd::test::saveScreenshot(prompt, dir + QStringLiteral("/vault-create.png"));
        prompt->confirmEdit()->selectAll();
        QTest::keyClicks(prompt->confirmEdit(), passphrase); // replaces the selection
        QTest::keyClick(prompt->confirmEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.vault->pendingDialog() == nullptr, 30000);
        QCOMPARE(c.vault->state(), fd::widgets::VaultGate::State::Unlocked);

        // 2. Both contexts ticked, tested against the test API server, and saved.
        auto* contexts = import->contextsModel();
        QTRY_COMPARE(contexts->rowCount(), 2);
        for (int row = 0; row < contexts->rowCount(); ++row)
            contexts->setData(contexts->index(row, 0), Qt::Checked, Qt::CheckStateRole);
        QSignalSpy tested(import, &fd::widgets::ImportDialog::testsFinished);
        import->testConnections();
        QVERIFY(tested.wait(30000));
        QSignalSpy imported(import, &fd::widgets::ImportDialog::imported);
        import->save();
        QVERIFY(imported.wait(30000));
        QCOMPARE(imported.first().first().value<QList<qint64>>().size(), 2);
        import->close();

        // 3. A new site, and each cluster assigned to its site with its GPUs, as the cluster
        //    form saves them.
        const fd::registry::DataCenter busan{QStringLiteral("busan-dc2"),
                                             QStringLiteral("Busan DC2")};
        fd::Status st = fd::test::await<fd::Status>(
            [&](auto done) { c.registry->addDataCenter(busan, &w, done); });
        QVERIFY2(st.ok(), qPrintable(st ? QString() : st.error().message));
        for (fd::registry::ClusterRecord record : c.registry->clusters()) {
            const bool gpu = record.name == QLatin1String("seoul-dc1-gpu");
            for (const fd::registry::DataCenter& site : c.registry->dataCenters())
                if (site.id == (gpu ? QLatin1String("seoul-dc1") : QLatin1String("hq-idc")))
                    record.datacenter = site;
            record.gpuModels = gpu ? QStringList{QStringLiteral("NVIDIA-H100-80GB-HBM3")}
                                   : QStringList{QStringLiteral("NVIDIA-A100-SXM4-80GB")};
            st = fd::test::await<fd::Status>(
                [&](auto done) { c.registry->updateCluster(record, std::nullopt, &w, done); });
            QVERIFY2(st.ok(), qPrintable(st ? QString() : st.error().message));
        }
        // 4. The connection test of both saved clusters from the list ("Test selected"): their
        //    health is stored and shown.
        w.showPage(fd::widgets::ClustersPage::id());
        QTRY_VERIFY(clusters->listPanel());
        fd::widgets::ClusterListPanel* list = clusters->listPanel();
        QTRY_VERIFY(list->isLoaded());
        list->view()->selectAll();
        QSignalSpy health(c.registry.get(), &fd::registry::ClusterCatalog::healthChanged);
        QTRY_VERIFY(list->testButton()->isEnabled());
        QTest::mouseClick(list->testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(healthReported(health), 2, 30000);
        list->selectCluster(c.registry->clusterByName(QStringLiteral("seoul-dc1-gpu"))->id);

        // What those steps wrote to the audit log, and nothing else (entries are appended on the
        // store's writer thread after the change itself).
        const QStringList expected{QStringLiteral("cluster.import hq-idc-train"),
                                   QStringLiteral("cluster.import seoul-dc1-gpu"),
                                   QStringLiteral("cluster.update hq-idc-train"),
                                   QStringLiteral("cluster.update seoul-dc1-gpu"),
                                   QStringLiteral("datacenter.add busan-dc2")};
        QTRY_COMPARE(auditTrail(*c.store), expected);

        // 5. Every page as it is now.
        for (const QString& id : w.pageIds()) {
            w.showPage(id);
            QTRY_VERIFY(w.currentPage() && w.currentPage()->pageId() == id);
            if (auto* audit = qobject_cast<fd::widgets::AuditPage*>(w.currentPage()))
                QTRY_COMPARE(audit->model()->rowCount(), int(expected.size()));
            fd::test::saveScreenshot(&w, dir + QLatin1Char('/') + id + QStringLiteral(".png"));
        }

        fd::widgets::AboutDialog about(&w);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        fd::test::saveScreenshot(&about, dir + QStringLiteral("/about.png"));
        about.close();

        // The status bar is in the user guide: nothing of this machine (its home, temporary or
        // build directories) may show there. The data directory is shown as the console shows
        // it to a user whose home this is.
        const QString status = statusBarText(w);
        for (const QString& local :
             {QDir::homePath(), QDir::tempPath(), QStringLiteral(FLEETDECK_BINARY_DIR),
              QStringLiteral(FLEETDECK_SOURCE_DIR)})
            QVERIFY2(!status.contains(local),
                     qPrintable(QStringLiteral("the status bar shows this machine's %1 (%2); "
                                               "show the data directory relative to the home "
                                               "directory (~/...)")
                                    .arg(local, status)));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
