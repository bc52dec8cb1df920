// fleetdeck: the desktop console.
#include "common/appservices.h"
#include "common/firstpainthook.h"
#include "common/language.h"
#include "common/paths.h"
#include "common/versioninfo.h"
#include "deploy/catalog.h"
#include "deploy/deployservice.h"
#include "deploy/policyusage.h"
#include "net/httpclient.h"
#include "options.h"
#include "policy/policyservice.h"
#include "registry/clusterregistry.h"
#include "secrets/secretstore.h"
#include "shell/mainwindow.h"
#include "shell/storeerrordialog.h"
#include "shell/theme.h"
#include "store/prepare.h"
#include "store/store.h"
#include "vault/vaultgate.h"
#include "vsphere/vcenterservice.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <future>
#include <memory>
#include <system_error>
#include <utility>

int main(int argc, char* argv[]) {
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const fd::gui::Options options = fd::gui::parseOptions(rawArgs);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "fleetdeck: %s\n\n", qPrintable(options.error));
        fd::gui::printUsage(stderr);
        return 2;
    }
    if (options.help) {
        fd::gui::printUsage(stdout);
        return 0;
    }
    if (options.version) {
        std::printf("fleetdeck %s\n", qPrintable(fd::fleetdeckVersion()));
        for (const auto& [lib, version] : fd::libraryVersions())
            std::printf("  %s %s\n", qPrintable(lib), qPrintable(version));
        return 0;
    }

    // This thread is Qt's main thread: Qt takes the first thread that asks as the main one, and
    // the database thread below must not be that.
    (void)QThread::currentThread();
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("Fleetdeck"));
    const QString dataDir = fd::resolveDataDir(options.dataDir);
    // A first start creates the database (a durable write) on another thread while Qt connects
    // to the display and loads the theme; Store::open below then finds it made.
    std::future<void> databasePrepared;
    try {
        databasePrepared =
            std::async(std::launch::async, [dataDir] { fd::store::prepareDatabase(dataDir); });
    } catch (const std::system_error&) {
        // No thread to be had: Store::open creates it below, as it always can.
    }

    QApplication app(argc, argv);
    QApplication::setApplicationVersion(fd::fleetdeckVersion());
    // Matches the installed desktop file (installers/linux), so Wayland compositors and docks
    // show its name and icon for the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.fleetdeck.Fleetdeck"));

    QSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")),
                       QSettings::IniFormat);

    fd::widgets::applyTheme(app);
    fd::widgets::LanguageManager language(&settings);
    language.applyStored();

    // A damaged or newer database stops start-up with one explanation; the file is left as it
    // is (Store::open never rewrites what it cannot read).
    if (databasePrepared.valid())
        databasePrepared.wait();
    auto opened = fd::store::Store::open(dataDir);
    if (!opened) {
        std::unique_ptr<QMessageBox> box(fd::widgets::createStoreErrorBox(
            opened.error(),
            QDir(dataDir).filePath(QString::fromLatin1(fd::store::Store::kFileName))));
        box->exec();
        return 1;
    }
    std::unique_ptr<fd::store::Store> store = std::move(opened).value();

    // Without a secret backend the console still runs; the status bar and Settings say secrets
    // are unavailable, and why goes to the log. The Clusters page then keeps its empty state.
    // The backend is chosen on the secrets thread (asking the keychain may take seconds), so the
    // window appears at once; the status bar says "checking" until the choice is made.
    std::unique_ptr<fd::secrets::SecretStore> secrets;
    fd::secrets::SecretStore::Options secretOptions;
    secretOptions.chooseInBackground = true;
    if (auto s = fd::secrets::SecretStore::open(*store, secretOptions))
        secrets = std::move(s).value();
    else
        qWarning("fleetdeck: secrets unavailable: %s", qPrintable(s.error().message));
    // Nothing on the UI thread may wait for the keychain or the vault: a sync call here fails
    // loudly instead of freezing the window.
    if (secrets)
        secrets->setAsyncOnly(true);
    fd::widgets::VaultGate vault(secrets.get());

    // The cluster registry: metadata in the store, credentials in the vault (unlocked through
    // the VaultGate when a page needs them), requests on one HTTP client.
    std::unique_ptr<fd::net::HttpClient> http;
    std::unique_ptr<fd::registry::ClusterRegistry> registry;
    std::unique_ptr<fd::vsphere::VcenterService> vcenter;
    if (secrets) {
        http = std::make_unique<fd::net::HttpClient>();
        registry = fd::registry::ClusterRegistry::create(*store, *secrets, *http);
        registry->setRefreshInterval(settings.value(QStringLiteral("health/interval"), 60).toInt());
        registry->setReconcileInterval(
            settings.value(QStringLiteral("karmada/reconcileInterval"), 60).toInt());
        // vCenter connections: rows in the store, passwords in the vault, same HTTP client.
        vcenter = std::make_unique<fd::vsphere::VcenterService>(*store, *secrets, *http);
    }
    // Model deployments: the records and the runtime catalog.
    std::unique_ptr<fd::deploy::DeployService> deployments;
    if (registry)
        deployments = std::make_unique<fd::deploy::DeployService>(*store, *registry);
    // Policies live in the store only.
    fd::policy::PolicyService policies(*store);
    // A strategy or profile that deployments use cannot be deleted (the delete dialog lists them);
    // a Karmada deployment without a strategy gets the one the policies' rules choose.
    if (deployments) {
        deployments->setPolicies(&policies);
        policies.setDeploymentsUsing(
            [d = deployments.get()](fd::policy::PolicyKind kind, const QString& name) {
                return fd::deploy::deploymentsUsingPolicy(d->deployments(), kind, name);
            });
    }

    fd::widgets::AppServices services;
    services.dataDir = dataDir;
    services.store = store.get();
    services.secrets = secrets.get();
    services.vault = &vault;
    services.clusters = registry.get();
    services.deployments = deployments.get();
    services.http = http.get();
    services.vcenter = vcenter.get();
    services.policies = &policies;
    services.settings = &settings;
    services.language = &language;

    fd::widgets::MainWindow window(services);
    // What the first frame does not show is read after it: the vCenter connections, the
    // deployment records, the runtime catalog and the policies, each off the UI thread (store
    // reader thread, pool); their pages show "loading" until it is in. Started at the turn after
    // the first paint, or after a second if the window is not painted (started minimised).
    const auto loadTheRest = [&, started = std::make_shared<bool>(false)] {
        if (std::exchange(*started, true))
            return;
        if (vcenter)
            vcenter->reload(vcenter.get(), [](const fd::Status& st) {
                if (!st)
                    qWarning("fleetdeck: vCenter connections unavailable: %s",
                             qPrintable(st.error().message));
            });
        if (deployments) {
            deployments->load(deployments.get(), [](const fd::Status& st) {
                if (!st)
                    qWarning("fleetdeck: deployments unavailable: %s",
                             qPrintable(st.error().message));
            });
            fd::deploy::Catalog::loadAsync(
                {fd::deploy::Catalog::builtinDir(), fd::deploy::Catalog::userDir(dataDir)},
                deployments.get(), [d = deployments.get()](fd::deploy::Catalog catalog) {
                    d->setCatalog(std::move(catalog));
                });
        }
        policies.load(&policies, [](const fd::Status&) {});
    };
    fd::bench::onFirstPaint(
        &window, [&window, loadTheRest] { QTimer::singleShot(0, &window, loadTheRest); });
    QTimer::singleShot(1000, &window, loadTheRest);
    fd::bench::installFirstPaintHookIfRequested(&window);
    fd::bench::installPageVisitHookIfRequested(&window);
    window.show();
    return QApplication::exec();
}
