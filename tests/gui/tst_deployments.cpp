// The Deployments page driven as a user would, against the test API server (a virtual cluster
// imported through the real import dialog) and the inference stand-in: the wizard's generated
// settings form, YAML preview and fit check, Deploy (dry run, apply, record) with the objects
// read back; the Instances table's live status, search and filters; the detail's endpoints,
// pods, events, followed log and streaming test prompt (cancellable); delete with its
// confirmation. A Karmada target (a control plane with two joined members): the strategy the
// policies' auto-placement rules choose, shown with the rule, its default profile, the admin's
// override and the objects labelled on the control plane. Screenshots of the wizard (cluster and
// Karmada targets), list and detail in English and Korean. A status change, and deployments
// added and removed, keep the table's selection (no model reset).
#include "clustertesthelpers.h"
#include "common/emptystate.h"
#include "deploy/catalog.h"
#include "deploy/deployservice.h"
#include "deployments/deletedeploymentdialog.h"
#include "deployments/deploymentdetaildialog.h"
#include "deployments/deploymentspage.h"
#include "deployments/deploywizard.h"
#include "deployments/instancesmodel.h"
#include "guifixture.h"
#include "inferencetestserver.h"
#include "kubetestserver.h"
#include "net/httpclient.h"
#include "policy/policyservice.h"
#include "registry/clusterconnections.h"
#include "registry/clusterregistryimpl.h"
#include "registry/karmadatypes.h"
#include "registrytesthelpers.h"
#include "screenshothelpers.h"
#include "secrets/secretstore.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <optional>

using fd::test::KubeTestServer;
using fd::widgets::DeploymentsPage;
using fd::widgets::InstancesModel;

namespace {

const QString kCluster = QStringLiteral("gui-deploy");

// Registry + deployments service + page over one imported virtual cluster.
struct Env {
    fd::test::RegistryEnv env;
    fd::test::GuiFixture gui;
    std::unique_ptr<fd::deploy::DeployService> service;
    std::unique_ptr<DeploymentsPage> page;
    QString error;

    Env(const KubeTestServer& kube, const QString& kubeconfig) {
        if (!env.error.isEmpty()) {
            error = env.error;
            return;
        }
        if (fd::test::importFile(env.registry.get(), kubeconfig).isEmpty()) {
            error = QStringLiteral("import failed");
            return;
        }
        Q_UNUSED(kube);
        service = std::make_unique<fd::deploy::DeployService>(*env.store, *env.registry);
        std::optional<fd::Status> loaded;
        service->load(service.get(), [&loaded](fd::Status st) { loaded = st; });
        if (!QTest::qWaitFor([&loaded] { return loaded.has_value(); }, 10000) || !loaded->ok()) {
            error = QStringLiteral("load failed");
            return;
        }
        service->setCatalog(fd::deploy::Catalog::loadDefault(env.dataDir));
        gui.services.clusters = env.registry.get();
        gui.services.deployments = service.get();
        gui.services.http = env.http.get();
        page = std::make_unique<DeploymentsPage>(gui.services);
        page->resize(1200, 500);
        page->show();
    }
};

int rowOf(QAbstractItemModel* model, const QString& name) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, InstancesModel::Name).data(InstancesModel::RawDataRole) == name)
            return row;
    return -1;
}

QString cellText(QAbstractItemModel* model, const QString& name, int column) {
    const int row = rowOf(model, name);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

} // namespace

class TestDeployments final : public QObject {
    Q_OBJECT

    KubeTestServer m_kube;
    QTemporaryDir m_files;

    QString kubeconfig() const { return m_files.filePath(QStringLiteral("config")); }

    // Fills the wizard for vLLM with a preset, a changed typed setting and a chosen GPU model,
    // and deploys; returns the deployment's name.
    QString deployVllm(Env& e, bool screenshot = false, const QString& lang = {}) {
        fd::widgets::DeployWizard* wizard = e.page->openWizard();
        if (!wizard)
            return {};
        if (!QTest::qWaitForWindowExposed(wizard))
            return {};
        const int vllm = wizard->runtimeCombo()->findData(QStringLiteral("vllm"));
        wizard->runtimeCombo()->setCurrentIndex(vllm);
        wizard->modelCombo()->setCurrentIndex(
            wizard->modelCombo()->findData(QStringLiteral("qwen2.5-7b-instruct")));
        auto* maxLen =
            qobject_cast<QSpinBox*>(wizard->settingWidget(QStringLiteral("maxModelLen")));
        if (!maxLen)
            return {};
        maxLen->setValue(8192);
        QSignalSpy preview(wizard, &fd::widgets::DeployWizard::previewUpdated);
        QSignalSpy fit(wizard, &fd::widgets::DeployWizard::fitChecked);
        if (!preview.wait(5000) || !fit.wait(15000))
            return {};
        if (!wizard->yamlPreview()->toPlainText().contains(QStringLiteral("--max-model-len")))
            return {};
        if (screenshot)
            fd::test::saveScreenshot(wizard, fd::test::screenshotDir(lang) +
                                                 QStringLiteral("/deploy-wizard.png"));
        QSignalSpy deployed(wizard, &fd::widgets::DeployWizard::deployed);
        QTest::mouseClick(wizard->deployButton(), Qt::LeftButton);
        if (!deployed.wait(20000))
            return {};
        return deployed.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase() {
        fd::test::applyTestTheme();
        QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
        QVERIFY(m_kube.setKnobs(QJsonObject{{QStringLiteral("podReadyDelayMs"), 800}}));
        QVERIFY(fd::test::writeKubeconfig(kubeconfig(),
                                          {{kCluster, m_kube.url(kCluster), m_kube.caPem(),
                                            m_kube.token(QStringLiteral("admin"))}},
                                          kCluster));
    }

    // Without the service the page says why, with the action disabled; with it and nothing
    // deployed, the empty state's button opens the wizard.
    void emptyStates() {
        fd::test::GuiFixture gui;
        DeploymentsPage bare(gui.services);
        QVERIFY(!bare.emptyState()->actionButton()->isEnabled());
        QVERIFY(!bare.emptyState()->noteLabel()->text().isEmpty());

        Env e(m_kube, kubeconfig());
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        QVERIFY(e.page->emptyState()->isVisible());
        QVERIFY(e.page->emptyState()->actionButton()->isEnabled());

        // Before the records are in (main() starts the read), the page says it is reading, not
        // "no deployments", and offers nothing yet; the read's arrival turns it into the empty
        // state with its button.
        {
            fd::deploy::DeployService unread(*e.env.store, *e.env.registry);
            fd::test::GuiFixture loadingGui;
            loadingGui.services.clusters = e.env.registry.get();
            loadingGui.services.deployments = &unread;
            DeploymentsPage loading(loadingGui.services);
            QCOMPARE(loading.emptyState()->noteLabel()->text(),
                     QStringLiteral("Reading the saved deployments…"));
            QVERIFY(!loading.emptyState()->actionButton()->isEnabled());
            std::optional<fd::Status> loaded;
            unread.load(&unread, [&loaded](fd::Status st) { loaded = st; });
            QVERIFY(!loaded);
            QTRY_VERIFY(loaded.has_value());
            QVERIFY(loaded->ok());
            QVERIFY(loading.emptyState()->noteLabel()->text().isEmpty());
            QVERIFY(loading.emptyState()->actionButton()->isEnabled());
        }

        // A broken runtime file in the user's catalog is skipped and named, nothing else stops.
        QTemporaryDir userRuntimes;
        QFile broken(userRuntimes.filePath(QStringLiteral("broken.yaml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("id: mine\nimagee: x\n");
        broken.close();
        QSignalSpy catalogSpy(e.service.get(), &fd::deploy::DeployService::catalogChanged);
        e.service->setCatalog(
            fd::deploy::Catalog::load({fd::deploy::Catalog::builtinDir(), userRuntimes.path()}));
        QCOMPARE(catalogSpy.count(), 1);
        QVERIFY2(e.page->catalogIssuesLabel()->text().contains(QStringLiteral("broken.yaml")),
                 qPrintable(e.service->catalog().issues().value(0).message() +
                            QStringLiteral(" / label: ") + e.page->catalogIssuesLabel()->text()));
        QVERIFY(!e.page->catalogIssuesLabel()->isHidden());
        QVERIFY(e.service->catalog().runtime(QStringLiteral("vllm")));
    }

    // Wizard → Deploy → objects on the cluster with the form's values → live status in the
    // table → filters → detail (endpoints, pods, events, followed log) → delete.
    void wizardStatusDetailDelete() {
        Env e(m_kube, kubeconfig());
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        QAbstractItemModelTester tester(e.page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString name = deployVllm(e);
        QCOMPARE(name, QStringLiteral("qwen2-5-7b-instruct"));

        // Read back: the Deployment carries the setting the form changed.
        const auto dep = fd::test::httpJson(
            m_kube, kCluster, "GET",
            QStringLiteral("/apis/apps/v1/namespaces/default/deployments/") + name);
        QCOMPARE(dep.status, 200);
        const QJsonArray args = dep.json.value(QStringLiteral("spec"))
                                    .toObject()
                                    .value(QStringLiteral("template"))
                                    .toObject()
                                    .value(QStringLiteral("spec"))
                                    .toObject()
                                    .value(QStringLiteral("containers"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("args"))
                                    .toArray();
        QVERIFY(args.contains(QStringLiteral("8192")));
        QCOMPARE(fd::test::httpJson(m_kube, kCluster, "GET",
                                    QStringLiteral("/api/v1/namespaces/default/services/") + name)
                     .status,
                 200);

        // The table follows the watches: Ready once the controller's pod runs.
        QVERIFY(e.page->table()->isVisible());
        QAbstractItemModel* view = e.page->table()->model();
        QTRY_COMPARE_WITH_TIMEOUT(cellText(view, name, InstancesModel::Status),
                                  QStringLiteral("Ready"), 20000);
        QCOMPARE(cellText(view, name, InstancesModel::Ready), QStringLiteral("1/1"));
        // Its Deployment, pods, events and Service in the namespace, and the nodes: five
        // streams, shared with every other deployment there and with the detail view.
        fd::registry::ClusterConnections& connections = e.service->connections();
        QCOMPARE(connections.sharedWatchCount(), 5);

        // Search and filters.
        QTest::keyClicks(e.page->searchEdit(), QStringLiteral("qwen"));
        QCOMPARE(view->rowCount(), 1);
        e.page->searchEdit()->clear();
        QTest::keyClicks(e.page->searchEdit(), QStringLiteral("no-such-model"));
        QCOMPARE(view->rowCount(), 0);
        e.page->searchEdit()->clear();
        e.page->statusFilter()->setCurrentIndex(
            e.page->statusFilter()->findData(QStringLiteral("failing")));
        QCOMPARE(view->rowCount(), 0);
        e.page->statusFilter()->setCurrentIndex(
            e.page->statusFilter()->findData(QStringLiteral("ready")));
        QCOMPARE(view->rowCount(), 1);
        e.page->runtimeFilter()->setCurrentIndex(
            e.page->runtimeFilter()->findData(QStringLiteral("vllm")));
        e.page->clusterFilter()->setCurrentIndex(e.page->clusterFilter()->findData(kCluster));
        QCOMPARE(view->rowCount(), 1);

        // A locked vault is shown as such (never as an unreachable cluster); unlocked, the
        // watches start again. Any status: a locked row is no longer "ready", and the filter
        // would take it out of the table.
        e.page->statusFilter()->setCurrentIndex(0);
        QCOMPARE(view->rowCount(), 1);
        e.env.secrets->lock();
        QTRY_COMPARE_WITH_TIMEOUT(cellText(view, name, InstancesModel::Status),
                                  QStringLiteral("Vault locked"), 10000);
        QVERIFY(e.env.secrets->unlock("registry-test-passphrase").ok());
        e.page->model()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(cellText(view, name, InstancesModel::Status),
                                  QStringLiteral("Ready"), 15000);

        QCOMPARE(connections.sharedWatchCount(), 5); // the reload kept the streams

        // Detail: endpoints with curl, pods, events, the log followed live.
        fd::widgets::DeploymentDetailDialog* detail = e.page->openDetail(name);
        QVERIFY(detail);
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        QCOMPARE(connections.sharedWatchCount(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(
            detail->endpointsText()->toPlainText().contains(QStringLiteral("/v1/chat/completions")),
            10000);
        QVERIFY(detail->endpointsText()->toPlainText().contains(QStringLiteral("http://10.20.0.")));
        QTRY_COMPARE_WITH_TIMEOUT(detail->podsModel()->rowCount(), 1, 10000);
        QTRY_VERIFY(detail->logPodCombo()->count() == 1);
        const QString pod = detail->logPodCombo()->currentText();
        detail->tabs()->setCurrentIndex(3);
        auto* follow = detail->findChildren<QPushButton*>().at(0);
        for (QPushButton* b : detail->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Follow log"))
                follow = b;
        QTest::mouseClick(follow, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            detail->logText()->toPlainText().contains(QStringLiteral("container started")), 10000);
        m_kube.fixture(
            QStringLiteral("podlog"),
            {{QStringLiteral("namespace"), QStringLiteral("default")},
             {QStringLiteral("pod"), pod},
             {QStringLiteral("lines"), QJsonArray{QStringLiteral("Downloading model: 42%")}}},
            kCluster);
        QTRY_VERIFY_WITH_TIMEOUT(
            detail->logText()->toPlainText().contains(QStringLiteral("Downloading model: 42%")),
            10000);
        detail->close();

        // Delete: the confirmation lists what goes; the model store stays unless ticked.
        fd::widgets::DeleteDeploymentDialog* del = e.page->openDelete(name);
        QVERIFY(del);
        QStringList listed;
        for (int i = 0; i < del->objectList()->count(); ++i)
            listed << del->objectList()->item(i)->text();
        QVERIFY(listed.contains(QStringLiteral("Deployment/") + name));
        QVERIFY(listed.contains(QStringLiteral("Service/") + name));
        QVERIFY(!listed.contains(QStringLiteral("PersistentVolumeClaim/") + name +
                                 QStringLiteral("-models")));
        QVERIFY(del->volumeCheck()->isVisible());
        del->volumeCheck()->setChecked(true);
        QVERIFY(del->objectList()
                    ->findItems(QStringLiteral("PersistentVolumeClaim/") + name +
                                    QStringLiteral("-models"),
                                Qt::MatchExactly)
                    .size() == 1);
        QSignalSpy removed(del, &fd::widgets::DeleteDeploymentDialog::removed);
        QTest::mouseClick(del->deleteButton(), Qt::LeftButton);
        QVERIFY(removed.wait(15000));
        QCOMPARE(removed.first().first().toBool(), true);
        QCOMPARE(fd::test::httpJson(
                     m_kube, kCluster, "GET",
                     QStringLiteral("/apis/apps/v1/namespaces/default/deployments/") + name)
                     .status,
                 404);
        QTRY_VERIFY(e.page->emptyState()->isVisible());
        QVERIFY(e.service->deployments().isEmpty());
    }

    // A status change (the pod turning ready) and another deployment added and removed keep the
    // Instances table's rows: no reset, the user's selection stays on its row, the row keeps its
    // watch, and a status note is no change of the deployment list.
    void statusChangesKeepSelection() {
        // The pod stays Pending long enough to select the row before it turns ready, even on a
        // loaded machine (the delay starts when the wizard creates the pod).
        QVERIFY(m_kube.setKnobs(QJsonObject{{QStringLiteral("podReadyDelayMs"), 15000}}));
        const auto restore = qScopeGuard([this] {
            m_kube.setKnobs(QJsonObject{{QStringLiteral("podReadyDelayMs"), 800}});
        });
        Env e(m_kube, kubeconfig());
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        InstancesModel* model = e.page->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString name = deployVllm(e);
        QVERIFY(!name.isEmpty());
        QTableView* table = e.page->table();
        QAbstractItemModel* view = table->model();
        const auto selected = [table] {
            const QModelIndexList rows =
                table->selectionModel()->selectedRows(InstancesModel::Name);
            return rows.size() == 1 ? rows.first().data(InstancesModel::RawDataRole).toString()
                                    : QString();
        };
        QTRY_VERIFY(rowOf(view, name) >= 0);
        QVERIFY(cellText(view, name, InstancesModel::Status) != QStringLiteral("Ready"));
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {},
            table->visualRect(view->index(rowOf(view, name), InstancesModel::Model)).center());
        QCOMPARE(selected(), name);
        const fd::deploy::DeploymentWatch* watch = model->watch(model->rowOf(name));

        QSignalSpy resets(model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy listChanges(e.service.get(), &fd::deploy::DeployService::deploymentsChanged);
        QTRY_COMPARE_WITH_TIMEOUT(cellText(view, name, InstancesModel::Status),
                                  QStringLiteral("Ready"), 60000);
        // The state is noted in the store (for lists without watches), as no list change.
        QTRY_COMPARE(e.service->find(name)->status, QStringLiteral("ready"));
        QCOMPARE(listChanges.count(), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(selected(), name);
        QCOMPARE(model->watch(model->rowOf(name)), watch);

        // Another deployment comes and goes: a row inserted, then removed.
        fd::deploy::DeploySpec spec = e.service->find(name)->spec;
        spec.name = QStringLiteral("keep-selection-second");
        const auto created = fd::test::await<fd::Result<fd::deploy::CreateReport>>(
            [&](auto done) { e.service->create(spec, {}, e.page.get(), done); });
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message));
        QVERIFY(rowOf(view, spec.name) >= 0);
        QCOMPARE(selected(), name);
        QCOMPARE(model->watch(model->rowOf(name)), watch);
        const auto removed = fd::test::await<fd::Result<fd::deploy::RemoveReport>>(
            [&](auto done) { e.service->remove(spec.name, true, e.page.get(), done); });
        QVERIFY(removed.ok() && removed->ok());
        QCOMPARE(rowOf(view, spec.name), -1);
        QCOMPARE(selected(), name);
        QCOMPARE(model->watch(model->rowOf(name)), watch);
        QCOMPARE(cellText(view, name, InstancesModel::Status), QStringLiteral("Ready"));
        QCOMPARE(resets.count(), 0);

        const auto gone = fd::test::await<fd::Result<fd::deploy::RemoveReport>>(
            [&](auto done) { e.service->remove(name, true, e.page.get(), done); });
        QVERIFY(gone.ok() && gone->ok());
        QCOMPARE(view->rowCount(), 0);
    }

    // The test prompt streams token by token from the stand-in, shows TTFT and tokens/s, and a
    // stalled answer can be cancelled with the text so far kept.
    void promptStreamsAndCancels() {
        Env e(m_kube, kubeconfig());
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        const QString name = deployVllm(e);
        QVERIFY(!name.isEmpty());
        fd::test::InferenceTestServer llm;
        QVERIFY2(llm.start(QStringLiteral("vllm"), {{QStringLiteral("tokensPerSecond"), 200}}),
                 qPrintable(llm.errorString()));
        fd::widgets::DeploymentDetailDialog* detail = e.page->openDetail(name);
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        detail->tabs()->setCurrentIndex(4);
        detail->promptEndpoint()->setEditText(llm.url().toString());
        QTest::keyClicks(detail->promptInput(), QStringLiteral("Say hello"));
        QSignalSpy finished(detail, &fd::widgets::DeploymentDetailDialog::promptFinished);
        QTest::mouseClick(detail->sendButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!detail->answerText()->toPlainText().isEmpty());
        QVERIFY2(detail->statsLabel()->text().contains(QStringLiteral("tokens/s")),
                 qPrintable(detail->statsLabel()->text()));
        QVERIFY(detail->statsLabel()->text().startsWith(QStringLiteral("Time to first token")));

        // A stall: cancel keeps what arrived and says so.
        QVERIFY(llm.setKnobs({{QStringLiteral("tokensPerSecond"), 200},
                              {QStringLiteral("stallAfter"), 3},
                              {QStringLiteral("stallSeconds"), 30}}));
        finished.clear();
        QTest::mouseClick(detail->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->answerText()->toPlainText().isEmpty(), 10000);
        QVERIFY(detail->cancelButton()->isEnabled());
        QTest::mouseClick(detail->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!detail->answerText()->toPlainText().isEmpty());
        QVERIFY(detail->statsLabel()->text().contains(QStringLiteral("cancelled")));
        QVERIFY(detail->sendButton()->isEnabled());
    }

    // A Karmada control plane with two members and the default policy set: the strategy field
    // follows the auto-placement rules (with the rule shown) and the profile the strategy's
    // default; the admin's own strategy wins until the field is cleared; Deploy labels the
    // objects on the control plane with the automatic choice and records why.
    void karmadaAutoPlacement_data() { fd::test::addLanguageRows(); }
    void karmadaAutoPlacement() {
        QFETCH(QString, lang);
        QFETCH(int, choice);
        Env e(m_kube, kubeconfig());
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        e.gui.language->setChoice(fd::widgets::LanguageManager::Choice(choice));
        const QString cpName = QStringLiteral("gui-karmada-") + lang;
        const QStringList members{cpName + QStringLiteral("-m1"), cpName + QStringLiteral("-m2")};
        QMap<QString, qint64> ids;
        for (const QString& vc : QStringList{cpName} + members) {
            const QString path = m_files.filePath(vc + QStringLiteral(".yaml"));
            QVERIFY(fd::test::writeKubeconfig(
                path, {{vc, m_kube.url(vc), m_kube.caPem(), m_kube.token(QStringLiteral("admin"))}},
                vc));
            const QList<qint64> imported = fd::test::importFile(e.env.registry.get(), path);
            QCOMPARE(imported.size(), 1);
            ids.insert(vc, imported.first());
        }
        const qint64 cp = ids.value(cpName);
        QVERIFY(fd::test::await<fd::Status>([&](auto done) {
                    e.env.registry->setControlPlane(cp, true, this, done);
                }).ok());
        for (const QString& m : members) {
            const auto report = fd::test::await<fd::registry::JoinReport>(
                [&](auto done) { e.env.registry->join(ids.value(m), cp, {}, this, done); });
            QVERIFY2(report.ok, qPrintable(report.error.message));
        }
        fd::policy::PolicyService policies(*e.env.store);
        QVERIFY(policies.loadNow().ok());
        QVERIFY(fd::test::await<fd::Result<fd::policy::DefaultSetOutcome>>([&](auto done) {
                    policies.createDefaultSet(this, done);
                }).ok());
        e.service->setPolicies(&policies);

        fd::widgets::DeployWizard* wizard = e.page->openWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        const int karmada = wizard->targetCombo()->findData(-cp);
        QVERIFY(karmada >= 0);
        wizard->targetCombo()->setCurrentIndex(karmada);
        wizard->runtimeCombo()->setCurrentIndex(
            wizard->runtimeCombo()->findData(QStringLiteral("vllm")));
        wizard->modelCombo()->setCurrentIndex(
            wizard->modelCombo()->findData(QStringLiteral("llama3.1-70b-instruct")));
        QTRY_COMPARE(wizard->strategyEdit()->text(), QStringLiteral("large-models"));
        QTRY_COMPARE(wizard->profileEdit()->text(), QStringLiteral("high-performance"));
        QVERIFY(wizard->strategyReasonLabel()->isVisible());
        if (lang == QLatin1String("en"))
            QCOMPARE(wizard->strategyReasonLabel()->text(),
                     QStringLiteral("Automatic: Chosen by rule: model size ≥ 30B."));
        QTRY_VERIFY(wizard->yamlPreview()->toPlainText().contains(
            QStringLiteral("fleetdeck.io/placement-strategy: large-models")));
        QVERIFY(wizard->spec().target.placementStrategy.isEmpty()); // automatic: the service's

        // A 7B model on vLLM matches no rule: the default strategy and its profile.
        wizard->modelCombo()->setCurrentIndex(
            wizard->modelCombo()->findData(QStringLiteral("qwen2.5-7b-instruct")));
        QTRY_COMPARE(wizard->strategyEdit()->text(), QStringLiteral("general"));
        QTRY_COMPARE(wizard->profileEdit()->text(), QStringLiteral("standard"));
        if (lang == QLatin1String("en"))
            QCOMPARE(wizard->strategyReasonLabel()->text(),
                     QStringLiteral("Automatic: The default strategy: no strategy's rules match "
                                    "this deployment."));

        // The admin types another strategy: it stays, its default profile follows.
        wizard->strategyEdit()->selectAll();
        QTest::keyClicks(wizard->strategyEdit(), QStringLiteral("small-models"));
        QTRY_COMPARE(wizard->profileEdit()->text(), QStringLiteral("shared-gpu"));
        QTRY_VERIFY(wizard->strategyReasonLabel()->text().contains(QStringLiteral("general")));
        QCOMPARE(wizard->spec().target.placementStrategy, QStringLiteral("small-models"));
        QCOMPARE(wizard->spec().target.resourceProfile, QStringLiteral("shared-gpu"));
        QTRY_VERIFY(wizard->yamlPreview()->toPlainText().contains(
            QStringLiteral("fleetdeck.io/placement-strategy: small-models")));
        fd::test::saveScreenshot(wizard, fd::test::screenshotDir(lang) +
                                             QStringLiteral("/deploy-wizard-karmada-override.png"));

        // Cleared, the field goes back to the rules.
        wizard->strategyEdit()->selectAll();
        QTest::keyClick(wizard->strategyEdit(), Qt::Key_Backspace);
        QTRY_COMPARE(wizard->strategyEdit()->text(), QStringLiteral("general"));
        QTRY_COMPARE(wizard->profileEdit()->text(), QStringLiteral("standard"));
        QVERIFY(wizard->spec().target.placementStrategy.isEmpty());
        QTRY_VERIFY(wizard->yamlPreview()->toPlainText().contains(
            QStringLiteral("fleetdeck.io/placement-strategy: general")));
        fd::test::saveScreenshot(wizard, fd::test::screenshotDir(lang) +
                                             QStringLiteral("/deploy-wizard-karmada.png"));

        QSignalSpy deployed(wizard, &fd::widgets::DeployWizard::deployed);
        QTest::mouseClick(wizard->deployButton(), Qt::LeftButton);
        QVERIFY2(deployed.wait(20000), qPrintable(wizard->messageLabel()->text()));
        const QString name = deployed.first().first().toString();
        const auto dep = fd::test::httpJson(
            m_kube, cpName, "GET",
            QStringLiteral("/apis/apps/v1/namespaces/default/deployments/") + name);
        QCOMPARE(dep.status, 200);
        const QJsonObject labels = dep.json.value(QStringLiteral("metadata"))
                                       .toObject()
                                       .value(QStringLiteral("labels"))
                                       .toObject();
        QCOMPARE(labels.value(QStringLiteral("fleetdeck.io/placement-strategy")).toString(),
                 QStringLiteral("general"));
        QCOMPARE(labels.value(QStringLiteral("fleetdeck.io/resource-profile")).toString(),
                 QStringLiteral("standard"));
        const auto record = e.service->find(name);
        QVERIFY(record);
        QCOMPARE(record->placementStrategy, QStringLiteral("general"));
        QVERIFY(!record->spec.strategyReason.isEmpty());
        QCOMPARE(e.service->statusClusters(*record).size(), 2);

        QSignalSpy removed(e.service.get(), &fd::deploy::DeployService::deploymentsChanged);
        e.service->remove(name, true, e.page.get(), [](auto) {});
        QVERIFY(removed.wait(15000));
        e.service->setPolicies(nullptr);
    }

    void screenshots_data() { fd::test::addLanguageRows(); }
    void screenshots() {
        QFETCH(QString, lang);
        QFETCH(int, choice);
        Env e(m_kube, kubeconfig());
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        e.gui.language->setChoice(fd::widgets::LanguageManager::Choice(choice));
        const QString name = deployVllm(e, true, lang);
        QVERIFY(!name.isEmpty());
        QAbstractItemModel* view = e.page->table()->model();
        QTRY_COMPARE_WITH_TIMEOUT(
            view->index(0, InstancesModel::Status).data(InstancesModel::RawDataRole).toString(),
            QStringLiteral("ready"), 20000);
        fd::test::saveScreenshot(e.page.get(), fd::test::screenshotDir(lang) +
                                                   QStringLiteral("/deployments-list.png"));
        fd::test::InferenceTestServer llm;
        QVERIFY(llm.start(QStringLiteral("vllm"), {{QStringLiteral("tokensPerSecond"), 400}}));
        fd::widgets::DeploymentDetailDialog* detail = e.page->openDetail(name);
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        QTRY_VERIFY_WITH_TIMEOUT(
            detail->endpointsText()->toPlainText().contains(QStringLiteral("http://")), 10000);
        fd::test::saveScreenshot(detail, fd::test::screenshotDir(lang) +
                                             QStringLiteral("/deployment-detail.png"));
        detail->tabs()->setCurrentIndex(4);
        detail->promptEndpoint()->setEditText(llm.url().toString());
        QTest::keyClicks(detail->promptInput(), QStringLiteral("Say hello"));
        QSignalSpy finished(detail, &fd::widgets::DeploymentDetailDialog::promptFinished);
        QTest::mouseClick(detail->sendButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        fd::test::saveScreenshot(detail, fd::test::screenshotDir(lang) +
                                             QStringLiteral("/deployment-prompt.png"));
        detail->close();
        // Leave the cluster clean for the next language's run.
        QSignalSpy removed(e.service.get(), &fd::deploy::DeployService::deploymentsChanged);
        e.service->remove(name, true, e.page.get(), [](auto) {});
        QVERIFY(removed.wait(15000));
    }
};

QTEST_MAIN(TestDeployments)
#include "tst_deployments.moc"
