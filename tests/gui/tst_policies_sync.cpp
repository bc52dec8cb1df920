// Sync on the Policies page driven as a user would, against the test API server with Karmada's
// CRDs, through the real registry (one connection per cluster) and PolicyService: the sync bar
// without and with a control plane, Sync with a row per object, a drift made behind Fleetdeck's
// back found by Check and shown on the card, an external object shown with Adopt and adopted,
// an external ClusterOverridePolicy adopted as a profile from its card (and one refused, with
// its reason), the placement preview from the registry's clusters. Screenshots of the sync dialog
// and the page with a drift and an external object, in English and Korean.
#include "guifixture.h"
#include "registrytesthelpers.h"
#include "screenshothelpers.h"

#include "kube/kubeconfig.h"
#include "policies/fieldmessage.h"
#include "policies/placementpreviewdialog.h"
#include "policies/placementpreviewpanel.h"
#include "policies/policiespage.h"
#include "policies/policycard.h"
#include "policies/policytab.h"
#include "policies/strategyeditor.h"
#include "policies/syncdialog.h"
#include "policies/syncresultmodel.h"
#include "policy/policyservice.h"
#include "policy/policysync.h"
#include "registry/clusterregistryimpl.h"
#include "shell/theme.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFontMetrics>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace fd::policy;
using namespace fd::widgets;
using fd::test::KubeTestServer;

#define QCOMPARE_ENUM(actual, expected) QCOMPARE(toString(actual), toString(expected))

namespace {

const QString kCpp = QStringLiteral("/apis/policy.karmada.io/v1alpha1/clusterpropagationpolicies");
const QString kCop = QStringLiteral("/apis/policy.karmada.io/v1alpha1/clusteroverridepolicies");

// A ClusterOverridePolicy in Fleetdeck's shape that Fleetdeck did not make.
QJsonObject externalOverride(const QString& name) {
    ResourceProfile p;
    p.name = name;
    p.zoneA.gpus = 4;
    p.zoneA.nvlink = true;
    p.zoneB.qosClass = QosClass::LSR;
    QJsonObject o =
        renderProfile(p, KarmadaCapabilities::assumed(KarmadaGeneration::V1_19_or_later))
            .objects.first()
            .object;
    o.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}});
    return o;
}

int rowOf(const SyncResultModel& model, const QString& objectName) {
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.item(r).objectName == objectName)
            return r;
    return -1;
}

template <typename T> T* findCard(PolicyTab* tab, const QString& name) {
    for (T* card : tab->findChildren<T*>())
        if (card->property("policyName").toString() == name)
            return card;
    return nullptr;
}

} // namespace

class TestPoliciesSync final : public QObject {
    Q_OBJECT

private:
    KubeTestServer m_kube;
    int m_serial = 0;

    struct Env {
        fd::test::GuiFixture f;
        fd::test::RegistryEnv registry;
        std::unique_ptr<PolicyService> service;
        std::unique_ptr<PoliciesPage> page;
        QString vc;
        qint64 cp = 0;
        ~Env() {
            page.reset();
            service.reset();
        }
    };

    qint64 importCluster(Env& env, const QString& vc, const QString& name) {
        const QString path = env.registry.dir.filePath(vc + QStringLiteral(".yaml"));
        if (!m_kube.writeKubeconfig(path, QStringLiteral("admin"), KubeTestServer::AuthKind::Token,
                                    vc))
            return 0;
        auto config = fd::kube::readKubeconfigFile(path);
        if (!config || config->contexts.isEmpty())
            return 0;
        auto c = fd::registry::candidateFromContext(config->contexts.first());
        if (!c)
            return 0;
        c->record.name = name;
        c->record.zone = fd::policy::Zone::A;
        const auto outcomes = fd::test::await<QList<fd::registry::ImportOutcome>>(
            [&](auto done) { env.registry.registry->importClusters({*c}, this, done); });
        if (outcomes.size() != 1 ||
            outcomes.first().action == fd::registry::ImportOutcome::Action::Failed)
            return 0;
        return outcomes.first().id;
    }

    // A console with a registry, a control plane on its own virtual cluster and the default set.
    std::unique_ptr<Env> makeEnv(bool withControlPlane = true) {
        auto env = std::make_unique<Env>();
        if (!env->registry.error.isEmpty())
            qFatal("registry: %s", qPrintable(env->registry.error));
        env->vc = QStringLiteral("polgui%1").arg(++m_serial);
        env->f.services.store = env->registry.store.get();
        env->f.services.clusters = env->registry.registry.get();
        env->service = std::make_unique<PolicyService>(*env->registry.store);
        if (!env->service->loadNow().ok())
            qFatal("load");
        env->f.services.policies = env->service.get();
        if (!fd::test::await<fd::Result<DefaultSetOutcome>>([&](auto done) {
                 env->service->createDefaultSet(this, done);
             }).ok())
            qFatal("defaults");
        if (withControlPlane) {
            env->cp = importCluster(*env, env->vc, QStringLiteral("karmada-hq"));
            if (!env->cp)
                qFatal("import");
            const fd::Status st = fd::test::await<fd::Status>([&](auto done) {
                env->registry.registry->setControlPlane(env->cp, true, this, done);
            });
            if (!st.ok())
                qFatal("control plane");
        }
        env->page = std::make_unique<PoliciesPage>(env->f.services);
        env->page->resize(1280, 860);
        env->page->show();
        if (!QTest::qWaitForWindowExposed(env->page.get()))
            qFatal("not exposed");
        return env;
    }

    fd::test::HttpAnswer admin(const Env& env, const QByteArray& method, const QString& path,
                               const QJsonObject& body = {}) {
        return fd::test::httpJson(m_kube, env.vc, method, path, body);
    }

    // Clicks a sync bar button and waits for the dialog's outcome.
    SyncDialog* clickAndWait(PoliciesPage& page, QPushButton* button) {
        QTest::mouseClick(button, Qt::LeftButton);
        SyncDialog* dialog = nullptr;
        for (int i = 0; i < 200 && !dialog; ++i) {
            for (SyncDialog* d : page.findChildren<SyncDialog*>())
                if (d->isVisible())
                    dialog = d;
            if (!dialog)
                QTest::qWait(10);
        }
        if (!dialog)
            return nullptr;
        QSignalSpy finished(dialog, &SyncDialog::finished);
        if (dialog->isRunning() && !finished.wait(30000))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() {
        fd::widgets::applyTheme(*qApp); // as main() does: the screenshots show the real look
        QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
    }

    void withoutControlPlaneTheBarSaysWhatToDo() {
        auto env = makeEnv(false);
        PoliciesPage& page = *env->page;
        QVERIFY(!page.syncButton()->isEnabled());
        QVERIFY(!page.checkButton()->isEnabled());
        QVERIFY(page.syncBarText()->text().contains(QStringLiteral("No Karmada control plane")));
        QVERIFY(page.controlPlaneBox()->isHidden());
        QCOMPARE(page.startSync(false), nullptr);
    }

    void syncCheckDriftExternalAdopt() {
        auto env = makeEnv();
        PoliciesPage& page = *env->page;
        QVERIFY(page.syncButton()->isEnabled());
        QCOMPARE(page.controlPlaneBox()->currentText(), QStringLiteral("karmada-hq"));

        // Sync: one row per object, every one created, each reported as it was handled (in the
        // order handled: strategies, then profiles).
        SyncDialog* dialog = clickAndWait(page, page.syncButton());
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->item(0).objectName, QStringLiteral("fleetdeck-general"));
        QCOMPARE(dialog->model()->item(5).objectName, QStringLiteral("fleetdeck-standard"));
        QAbstractItemModelTester tester(dialog->model());
        QCOMPARE(dialog->model()->rowCount(), 6);
        for (int r = 0; r < 6; ++r)
            QCOMPARE_ENUM(dialog->model()->item(r).action, SyncAction::Created);
        QVERIFY(dialog->summary()->text().contains(QStringLiteral("6 created")));
        QVERIFY(!dialog->adoptButton()->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(page.findChildren<SyncDialog*>().isEmpty());
        QCOMPARE_ENUM(
            env->service->syncSummary(PolicyKind::Placement, QStringLiteral("general")).state,
            repository::SyncState::InSync);

        // Behind Fleetdeck's back: a changed field and an object someone else made.
        auto got = admin(*env, "GET", kCpp + QStringLiteral("/fleetdeck-general"));
        QCOMPARE(got.status, 200);
        QJsonObject obj = got.json;
        QJsonObject spec = obj.value(u"spec").toObject();
        spec.insert(QStringLiteral("conflictResolution"), QStringLiteral("Overwrite"));
        obj.insert(QStringLiteral("spec"), spec);
        QCOMPARE(admin(*env, "PUT", kCpp + QStringLiteral("/fleetdeck-general"), obj).status, 200);
        const QJsonObject external{
            {QStringLiteral("apiVersion"), QStringLiteral("policy.karmada.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("ClusterPropagationPolicy")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("team-train")}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("resourceSelectors"),
                  QJsonArray{QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                         {QStringLiteral("kind"), QStringLiteral("Deployment")}}}},
                 {QStringLiteral("placement"),
                  QJsonObject{{QStringLiteral("clusterAffinity"),
                               QJsonObject{{QStringLiteral("clusterNames"),
                                            QJsonArray{QStringLiteral("karmada-hq")}}}}}}}}};
        QCOMPARE(admin(*env, "POST", kCpp, external).status, 201);

        // Check: the drift with its field, the external object with Adopt.
        dialog = clickAndWait(page, page.checkButton());
        QVERIFY(dialog);
        const int drifted = rowOf(*dialog->model(), QStringLiteral("fleetdeck-general"));
        QVERIFY(drifted >= 0);
        QCOMPARE_ENUM(dialog->model()->item(drifted).action, SyncAction::Drifted);
        QVERIFY(dialog->model()
                    ->data(dialog->model()->index(drifted, SyncResultModel::DetailsColumn),
                           Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("spec.conflictResolution")));
        const int ext = rowOf(*dialog->model(), QStringLiteral("team-train"));
        QVERIFY(ext >= 0);
        QCOMPARE_ENUM(dialog->model()->item(ext).action, SyncAction::External);
        QVERIFY(dialog->syncButton()->isVisible());
        // The card says what drifted; the external object has its card with Adopt.
        PolicyTab* strategies = page.tab(PolicyKind::Placement);
        QTRY_VERIFY(findCard<StrategyCard>(strategies, QStringLiteral("general")));
        StrategyCard* general = findCard<StrategyCard>(strategies, QStringLiteral("general"));
        QLabel* problem = general->findChild<QLabel*>(QStringLiteral("syncProblem"));
        QVERIFY(problem);
        QVERIFY(problem->text().contains(QStringLiteral("spec.conflictResolution")));
        QTRY_COMPARE(strategies->findChildren<ExternalCard*>().size(), 1);
        QVERIFY(strategies->findChildren<ExternalCard*>().first()->adoptButton());

        const QString dir = fd::test::screenshotDir(QStringLiteral("en"));
        fd::test::saveScreenshot(dialog, dir + QStringLiteral("/policies-sync-check.png"));
        fd::test::saveScreenshot(&page, dir + QStringLiteral("/policies-sync-page.png"));

        // Adopt from the dialog: select the row, press Adopt.
        dialog->view()->selectRow(ext);
        QVERIFY(dialog->adoptButton()->isEnabled());
        QTest::mouseClick(dialog->adoptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(env->service->policies().strategy(QStringLiteral("team-train")),
                                 10000);
        QTRY_COMPARE(toString(dialog->model()->item(ext).action), toString(SyncAction::Adopted));
        QVERIFY(dialog->notes()->text().contains(QStringLiteral("fleetdeck-team-train")));

        // Sync now from the check: the drift is overwritten, the adopted strategy applied.
        QSignalSpy finished(dialog, &SyncDialog::finished);
        QTest::mouseClick(dialog->syncButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const int mine = rowOf(*dialog->model(), QStringLiteral("fleetdeck-team-train"));
        QVERIFY(mine >= 0);
        QCOMPARE_ENUM(dialog->model()->item(mine).action, SyncAction::Created);
        QCOMPARE_ENUM(dialog->model()
                          ->item(rowOf(*dialog->model(), QStringLiteral("fleetdeck-general")))
                          .action,
                      SyncAction::Updated);
        QCOMPARE(admin(*env, "GET", kCpp + QStringLiteral("/fleetdeck-general"))
                     .json.value(u"spec")
                     .toObject()
                     .value(u"conflictResolution")
                     .toString(),
                 QStringLiteral("Abort"));
        QTRY_VERIFY(strategies->findChildren<ExternalCard*>().isEmpty());
        dialog->close();

        // Placement preview: the one registered member cluster and why it is (not) selected.
        StrategyCard* card = nullptr;
        QTRY_VERIFY((card = findCard<StrategyCard>(strategies, QStringLiteral("general"))));
        QVERIFY(card->previewButton());
        QTest::mouseClick(card->previewButton(), Qt::LeftButton);
        PlacementPreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = page.findChild<PlacementPreviewDialog*>()));
        // The control plane itself is not a placement target.
        QCOMPARE(preview->view()->topLevelItemCount(), 0);
        QVERIFY(preview->summary()->text().contains(QStringLiteral("No member clusters")));
        preview->close();
    }

    void adoptFromTheExternalCard() {
        auto env = makeEnv();
        PoliciesPage& page = *env->page;
        const QJsonObject external{
            {QStringLiteral("apiVersion"), QStringLiteral("policy.karmada.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("ClusterPropagationPolicy")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("gitops-serving")}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("resourceSelectors"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                              {QStringLiteral("kind"), QStringLiteral("Deployment")}}}}}}};
        QCOMPARE(admin(*env, "POST", kCpp, external).status, 201);
        SyncDialog* dialog = clickAndWait(page, page.checkButton());
        QVERIFY(dialog);
        dialog->close();
        PolicyTab* strategies = page.tab(PolicyKind::Placement);
        QTRY_COMPARE(strategies->findChildren<ExternalCard*>().size(), 1);
        ExternalCard* card = strategies->findChildren<ExternalCard*>().first();
        QVERIFY(card->adoptButton());
        QTest::mouseClick(card->adoptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            env->service->policies().strategy(QStringLiteral("gitops-serving")), 10000);
        QTRY_VERIFY(page.notice()->text().contains(QStringLiteral("fleetdeck-gitops-serving")));
        QVERIFY(page.notice()->text().contains(QStringLiteral("spec.resourceSelectors")));
        // Marked as adopted on the control plane; the next check no longer lists it as external.
        const auto original = admin(*env, "GET", kCpp + QStringLiteral("/gitops-serving"));
        QCOMPARE(original.json.value(u"metadata")
                     .toObject()
                     .value(u"annotations")
                     .toObject()
                     .value(kAdoptedAsAnnotation)
                     .toString(),
                 QStringLiteral("strategy/gitops-serving"));
        dialog = clickAndWait(page, page.checkButton());
        QVERIFY(dialog);
        QTRY_VERIFY(strategies->findChildren<ExternalCard*>().isEmpty());
        dialog->close();
    }

    void adoptProfileFromTheExternalCard_data() { fd::test::addLanguageRows(); }

    void adoptProfileFromTheExternalCard() {
        QFETCH(QString, lang);
        QFETCH(int, choice);
        auto env = makeEnv();
        env->f.language->setChoice(LanguageManager::Choice(choice));
        PoliciesPage& page = *env->page;
        QCOMPARE(admin(*env, "POST", kCop, externalOverride(QStringLiteral("gitops-infer"))).status,
                 201);
        // One with a rule Fleetdeck does not write (an image overrider): refused, left alone.
        QJsonObject odd = externalOverride(QStringLiteral("gitops-registry"));
        QJsonObject spec = odd.value(u"spec").toObject();
        QJsonArray rules = spec.value(u"overrideRules").toArray();
        QJsonObject rule = rules[1].toObject();
        QJsonObject overriders = rule.value(u"overriders").toObject();
        overriders.insert(
            QStringLiteral("imageOverrider"),
            QJsonArray{QJsonObject{{QStringLiteral("component"), QStringLiteral("Registry")},
                                   {QStringLiteral("operator"), QStringLiteral("replace")},
                                   {QStringLiteral("value"), QStringLiteral("registry.local")}}});
        rule.insert(QStringLiteral("overriders"), overriders);
        rules[1] = rule;
        spec.insert(QStringLiteral("overrideRules"), rules);
        odd.insert(QStringLiteral("spec"), spec);
        QCOMPARE(admin(*env, "POST", kCop, odd).status, 201);

        SyncDialog* dialog = clickAndWait(page, page.checkButton());
        QVERIFY(dialog);
        // The check dialog offers Adopt for an external ClusterOverridePolicy too.
        const int row = rowOf(*dialog->model(), QStringLiteral("gitops-infer"));
        QVERIFY(row >= 0);
        dialog->view()->selectRow(row);
        QVERIFY(dialog->adoptButton()->isEnabled());
        dialog->close();
        PolicyTab* profiles = page.tab(PolicyKind::Resource);
        page.findChild<QTabWidget*>()->setCurrentWidget(profiles);
        QTRY_COMPARE(profiles->findChildren<ExternalCard*>().size(), 2);
        const auto cardFor = [&](const QString& name) -> ExternalCard* {
            for (ExternalCard* c : profiles->findChildren<ExternalCard*>())
                for (QLabel* l : c->findChildren<QLabel*>())
                    if (l->objectName() == u"cardTitle" && l->text() == name)
                        return c;
            return nullptr;
        };
        ExternalCard* oddCard = cardFor(QStringLiteral("gitops-registry"));
        QVERIFY(oddCard && oddCard->adoptButton());
        QTest::mouseClick(oddCard->adoptButton(), Qt::LeftButton);
        const QString path = QStringLiteral("spec.overrideRules[1].overriders.imageOverrider");
        QTRY_VERIFY_WITH_TIMEOUT(page.notice()->text().contains(path), 10000);
        QVERIFY(page.notice()->text().contains(QStringLiteral("gitops-registry")));
        QVERIFY(!env->service->policies().profile(QStringLiteral("gitops-registry")));
        const QString dir = fd::test::screenshotDir(lang);
        fd::test::saveScreenshot(&page,
                                 dir + QStringLiteral("/policies-adopt-profile-refused.png"));

        ExternalCard* card = cardFor(QStringLiteral("gitops-infer"));
        QVERIFY(card && card->adoptButton());
        QTest::mouseClick(card->adoptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(env->service->policies().profile(QStringLiteral("gitops-infer")),
                                 10000);
        const ResourceProfile* adopted =
            env->service->policies().profile(QStringLiteral("gitops-infer"));
        QCOMPARE(adopted->zoneA.gpus, 4);
        QVERIFY(adopted->zoneA.nvlink);
        QCOMPARE(toString(adopted->zoneB.qosClass), QStringLiteral("LSR"));
        QTRY_VERIFY(page.notice()->text().contains(QStringLiteral("fleetdeck-gitops-infer")));
        QVERIFY(page.notice()->text().contains(QStringLiteral("profile/gitops-infer")));
        // The adopted profile has its card now, and its external card is gone (no check needed);
        // the refused one stays.
        QTRY_VERIFY(findCard<ProfileCard>(profiles, QStringLiteral("gitops-infer")));
        QTRY_COMPARE(profiles->findChildren<ExternalCard*>().size(), 1);
        QVERIFY(cardFor(QStringLiteral("gitops-registry")));
        const auto original = admin(*env, "GET", kCop + QStringLiteral("/gitops-infer"));
        QCOMPARE(original.json.value(u"metadata")
                     .toObject()
                     .value(u"annotations")
                     .toObject()
                     .value(kAdoptedAsAnnotation)
                     .toString(),
                 QStringLiteral("profile/gitops-infer"));
        fd::test::saveScreenshot(&page, dir + QStringLiteral("/policies-adopt-profile.png"));
        env->f.language->setChoice(LanguageManager::Choice::English);
    }

    // Namespaced PropagationPolicy / OverridePolicy objects: rows in the check dialog and cards
    // titled "<namespace>/<name>" on their tabs, saying why they cannot be adopted (no Adopt).
    void namespacedExternalsAreShownWithoutAdopt_data() { fd::test::addLanguageRows(); }

    void namespacedExternalsAreShownWithoutAdopt() {
        QFETCH(QString, lang);
        QFETCH(int, choice);
        auto env = makeEnv();
        env->f.language->setChoice(LanguageManager::Choice(choice));
        PoliciesPage& page = *env->page;
        const QJsonArray deployments{
            QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                        {QStringLiteral("kind"), QStringLiteral("Deployment")},
                        {QStringLiteral("name"), QStringLiteral("web")}}};
        const QJsonObject pp{
            {QStringLiteral("apiVersion"), QStringLiteral("policy.karmada.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("PropagationPolicy")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("web")},
                         {QStringLiteral("namespace"), QStringLiteral("team-a")}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("resourceSelectors"), deployments},
                 {QStringLiteral("placement"),
                  QJsonObject{{QStringLiteral("clusterAffinity"),
                               QJsonObject{{QStringLiteral("clusterNames"),
                                            QJsonArray{QStringLiteral("karmada-hq")}}}}}}}}};
        for (const char* ns : {"team-a", "team-b"})
            QCOMPARE(admin(*env, "POST", QStringLiteral("/api/v1/namespaces"),
                           QJsonObject{{QStringLiteral("metadata"),
                                        QJsonObject{{QStringLiteral("name"), QLatin1String(ns)}}}})
                         .status,
                     201);
        QCOMPARE(admin(*env, "POST",
                       QStringLiteral("/apis/policy.karmada.io/v1alpha1/namespaces/team-a/"
                                      "propagationpolicies"),
                       pp)
                     .status,
                 201);
        const QJsonObject op{
            {QStringLiteral("apiVersion"), QStringLiteral("policy.karmada.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("OverridePolicy")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("web-override")},
                         {QStringLiteral("namespace"), QStringLiteral("team-b")}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("resourceSelectors"), deployments},
                 {QStringLiteral("overrideRules"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("overriders"),
                       QJsonObject{{QStringLiteral("plaintext"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("path"), QStringLiteral("/spec/replicas")},
                                        {QStringLiteral("operator"), QStringLiteral("replace")},
                                        {QStringLiteral("value"), 1}}}}}}}}}}}};
        QCOMPARE(admin(*env, "POST",
                       QStringLiteral("/apis/policy.karmada.io/v1alpha1/namespaces/team-b/"
                                      "overridepolicies"),
                       op)
                     .status,
                 201);

        SyncDialog* dialog = clickAndWait(page, page.checkButton());
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model());
        const int ppRow = rowOf(*dialog->model(), QStringLiteral("team-a/web"));
        const int opRow = rowOf(*dialog->model(), QStringLiteral("team-b/web-override"));
        QVERIFY(ppRow >= 0 && opRow >= 0);
        QCOMPARE_ENUM(dialog->model()->item(ppRow).action, SyncAction::External);
        QCOMPARE(dialog->model()
                     ->data(dialog->model()->index(ppRow, SyncResultModel::ObjectColumn),
                            Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("PropagationPolicy/team-a/web"));
        QVERIFY(dialog->model()
                    ->data(dialog->model()->index(opRow, SyncResultModel::DetailsColumn),
                           Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("team-b")));
        if (lang == u"en")
            QVERIFY(dialog->summary()->text().contains(QStringLiteral("2 external")));
        for (int row : {ppRow, opRow}) {
            dialog->view()->selectRow(row);
            QVERIFY(!dialog->adoptButton()->isEnabled());
        }
        const QString dir = fd::test::screenshotDir(lang);
        fd::test::saveScreenshot(dialog, dir + QStringLiteral("/policies-sync-namespaced.png"));
        dialog->close();

        const auto onlyCard = [](PolicyTab* tab) -> ExternalCard* {
            const auto cards = tab->findChildren<ExternalCard*>();
            return cards.size() == 1 ? cards.first() : nullptr;
        };
        QTRY_VERIFY(onlyCard(page.tab(PolicyKind::Placement)));
        QTRY_VERIFY(onlyCard(page.tab(PolicyKind::Resource)));
        for (auto [kind, name, ns] :
             {std::tuple{PolicyKind::Placement, QStringLiteral("team-a/web"),
                         QStringLiteral("team-a")},
              std::tuple{PolicyKind::Resource, QStringLiteral("team-b/web-override"),
                         QStringLiteral("team-b")}}) {
            ExternalCard* card = onlyCard(page.tab(kind));
            QCOMPARE(card->findChild<QLabel*>(QStringLiteral("cardTitle"))->text(), name);
            QVERIFY(!card->adoptButton());
            QVERIFY(card->findChild<QLabel*>(QStringLiteral("cardDescription"))
                        ->text()
                        .contains(lang == u"en" ? QStringLiteral("only in namespace ") + ns : ns));
        }
        fd::test::saveScreenshot(&page, dir + QStringLiteral("/policies-namespaced-external.png"));
    }

    // An external object named like a Fleetdeck strategy ("general") gets its own card, titled
    // with its name, and the strategy's card keeps its own state.
    void externalNamedLikeAStrategyHasItsOwnCard() {
        auto env = makeEnv();
        PoliciesPage& page = *env->page;
        SyncDialog* synced = clickAndWait(page, page.syncButton());
        QVERIFY(synced);
        synced->close();
        const QJsonObject external{
            {QStringLiteral("apiVersion"), QStringLiteral("policy.karmada.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("ClusterPropagationPolicy")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("general")}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("resourceSelectors"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                              {QStringLiteral("kind"), QStringLiteral("Deployment")}}}}}}};
        QCOMPARE(admin(*env, "POST", kCpp, external).status, 201);
        SyncDialog* dialog = clickAndWait(page, page.checkButton());
        QVERIFY(dialog);
        dialog->close();
        PolicyTab* strategies = page.tab(PolicyKind::Placement);
        QTRY_COMPARE(strategies->findChildren<ExternalCard*>().size(), 1);
        ExternalCard* card = strategies->findChildren<ExternalCard*>().first();
        auto* title = card->findChild<QLabel*>(QStringLiteral("cardTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("general"));
        QCOMPARE_ENUM(
            env->service->syncSummary(PolicyKind::Placement, QStringLiteral("general")).state,
            repository::SyncState::InSync);
    }

    void previewListsMembersAndWhy() {
        auto env = makeEnv(false);
        QVERIFY(importCluster(*env, env->vc + QStringLiteral("m"), QStringLiteral("gpu-a")));
        const PlacementStrategy* large =
            env->service->policies().strategy(QStringLiteral("large-models"));
        QVERIFY(large);
        const QList<ClusterFacts> facts =
            PlacementPreviewDialog::factsFrom(env->registry.registry->clusters());
        QCOMPARE(facts.size(), 1);
        QCOMPARE(int(facts.first().zone), int(fd::policy::Zone::A)); // the registry's zone
        PlacementPreviewDialog dialog(*large, facts);
        dialog.show();
        QCOMPARE(dialog.view()->topLevelItemCount(), 1);
        QCOMPARE(dialog.view()->topLevelItem(0)->text(0), QStringLiteral("gpu-a"));
        // Never health-checked: not Ready, so not selected, and the reason says so.
        QCOMPARE(dialog.view()->topLevelItem(0)->text(1), QStringLiteral("No"));
        QVERIFY(!dialog.view()->topLevelItem(0)->text(2).isEmpty());
        fd::test::saveScreenshot(&dialog, fd::test::screenshotDir(QStringLiteral("en")) +
                                              QStringLiteral("/policies-placement-preview.png"));
    }

    // Sync clicked twice: the second dialog says another sync runs and changes nothing; a sync
    // while another Fleetdeck (elsewhere) holds the control plane's lease names the holder.
    // The strategy editor shows the placement preview live: every change to the targets moves
    // clusters in or out, with the reason, without opening anything.
    void strategyEditorPreviewFollowsTheForm() {
        auto env = makeEnv(false);
        const PlacementStrategy* large =
            env->service->policies().strategy(QStringLiteral("large-models"));
        QVERIFY(large);
        QList<ClusterFacts> facts;
        for (auto [name, zone, ready] : {std::tuple{"gpu-a", fd::policy::Zone::A, true},
                                         std::tuple{"gpu-b", fd::policy::Zone::B, true},
                                         std::tuple{"gpu-c", fd::policy::Zone::A, false}}) {
            ClusterFacts f;
            f.name = QLatin1String(name);
            f.zone = zone;
            f.ready = ready;
            facts << f;
        }
        StrategyEditor editor(*env->service, large);
        editor.setClusters(facts);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        PlacementPreviewPanel* panel = editor.previewPanel();
        QVERIFY(panel && panel->isVisible());
        const auto selected = [&] {
            QStringList out;
            for (int i = 0; i < panel->view()->topLevelItemCount(); ++i)
                out << panel->view()->topLevelItem(i)->text(0) + u'=' +
                           panel->view()->topLevelItem(i)->text(1);
            return out;
        };
        // Zone A clusters: gpu-a; gpu-c is in zone A but not Ready.
        QCOMPARE(selected(), (QStringList{QStringLiteral("gpu-a=Yes"), QStringLiteral("gpu-b=No"),
                                          QStringLiteral("gpu-c=No")}));
        QVERIFY(panel->summary()->text().contains(QStringLiteral("selects 1 of 3")));
        // To zone B, as a user picks it from the list.
        editor.zoneCombo()->setFocus();
        QComboBox* zone = editor.zoneCombo();
        const int b = zone->findData(QStringLiteral("B"));
        QVERIFY(b >= 0);
        while (zone->currentIndex() != b) {
            const int before = zone->currentIndex();
            QTest::keyClick(zone, zone->currentIndex() < b ? Qt::Key_Down : Qt::Key_Up);
            QVERIFY(zone->currentIndex() != before);
        }
        QCOMPARE(selected(), (QStringList{QStringLiteral("gpu-a=No"), QStringLiteral("gpu-b=Yes"),
                                          QStringLiteral("gpu-c=No")}));
        // By name, typed: the named cluster that is not Ready and one that is not registered.
        QComboBox* by = editor.targetByCombo();
        by->setCurrentIndex(by->findData(int(TargetBy::Names)));
        QTest::keyClicks(editor.clustersEdit(), QStringLiteral("gpu-c, ghost"));
        QCOMPARE(selected(), (QStringList{QStringLiteral("gpu-a=No"), QStringLiteral("gpu-b=No"),
                                          QStringLiteral("gpu-c=No"), QStringLiteral("ghost=No")}));
        QVERIFY(!panel->view()->topLevelItem(2)->text(2).isEmpty());
        QVERIFY(
            panel->view()->topLevelItem(3)->text(2).contains(QStringLiteral("not a registered")));
        editor.clustersEdit()->clear();
        QTest::keyClicks(editor.clustersEdit(), QStringLiteral("gpu-a"));
        QCOMPARE(selected().first(), QStringLiteral("gpu-a=Yes"));
        fd::test::saveScreenshot(&editor,
                                 fd::test::screenshotDir(QStringLiteral("en")) +
                                     QStringLiteral("/policies-strategy-editor-preview.png"));
    }

    // Namespaced policies the user may not list: the sync goes on, and the dialog says they
    // were not compared (the server's words in the note).
    void namespacedListForbiddenIsShown() {
        auto env = makeEnv();
        PoliciesPage& page = *env->page;
        const QString denied = QStringLiteral(
            "propagationpolicies.policy.karmada.io is forbidden: User \"ops\" cannot list "
            "resource \"propagationpolicies\" in API group \"policy.karmada.io\" at the cluster "
            "scope");
        QVERIFY(m_kube.setKnobs(
            {{QStringLiteral("fail"),
              QJsonObject{{QStringLiteral("path"), QStringLiteral("v1alpha1/propagationpolicies$")},
                          {QStringLiteral("method"), QStringLiteral("GET")},
                          {QStringLiteral("status"), 403},
                          {QStringLiteral("reason"), QStringLiteral("Forbidden")},
                          {QStringLiteral("message"), denied}}}},
            env->vc));
        SyncDialog* dialog = clickAndWait(page, page.syncButton());
        QVERIFY(dialog);
        QVERIFY(m_kube.setKnobs({{QStringLiteral("fail"), QJsonValue::Null}}, env->vc));
        QVERIFY2(dialog->summary()->text().contains(QStringLiteral("6 created")),
                 qPrintable(dialog->summary()->text()));
        const QString sentence = QStringLiteral("Namespaced PropagationPolicy objects could not be "
                                                "listed: %1; they are not compared.")
                                     .arg(denied);
        bool shown = false;
        for (QLabel* l : dialog->findChildren<QLabel*>())
            shown = shown || (l->isVisible() && l->text().contains(sentence));
        QVERIFY(shown);
        dialog->close();
    }

    void concurrentSyncIsRefused() {
        auto env = makeEnv();
        PoliciesPage& page = *env->page;
        // Slow the control plane so the first sync is still running at the second click.
        QVERIFY(m_kube.setKnobs(QJsonObject{{QStringLiteral("latencyMs"), 150}}, env->vc));
        QTest::mouseClick(page.syncButton(), Qt::LeftButton);
        QTRY_COMPARE(page.findChildren<SyncDialog*>().size(), 1);
        SyncDialog* first = page.findChildren<SyncDialog*>().first();
        QVERIFY(first->isRunning());
        SyncDialog* second = clickAndWait(page, page.syncButton());
        QVERIFY(second);
        QCOMPARE(page.findChildren<SyncDialog*>().size(), 2);
        if (second == first)
            for (SyncDialog* d : page.findChildren<SyncDialog*>())
                if (d != first)
                    second = d;
        QTRY_VERIFY(!second->isRunning());
        QCOMPARE(second->summary()->text(),
                 QStringLiteral("Another policy sync with karmada-hq is running; nothing was "
                                "changed."));
        QCOMPARE(second->model()->rowCount(), 0);
        QSignalSpy finished(first, &SyncDialog::finished);
        QVERIFY(!first->isRunning() || finished.wait(60000));
        QVERIFY(first->summary()->text().contains(QStringLiteral("6 created")));
        QVERIFY(m_kube.setKnobs(QJsonObject{{QStringLiteral("latencyMs"), QJsonValue()}}, env->vc));
        for (SyncDialog* d : page.findChildren<SyncDialog*>())
            d->close();

        // Someone else's Fleetdeck holds the lease (fresh): refused, with the holder's name.
        // (The finished syncs left the lease released; carol's Fleetdeck holds a new one.)
        const QString leasePath = QStringLiteral("/apis/coordination.k8s.io/v1/namespaces/"
                                                 "kube-system/leases/fleetdeck-policy-sync");
        QCOMPARE(
            admin(*env, "GET", leasePath).json.value(u"spec").toObject().value(u"holderIdentity"),
            QJsonValue(QJsonValue::Undefined));
        QCOMPARE(admin(*env, "DELETE", leasePath).status, 200);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const auto created = admin(
            *env, "POST",
            QStringLiteral("/apis/coordination.k8s.io/v1/namespaces/kube-system/leases"),
            QJsonObject{
                {QStringLiteral("apiVersion"), QStringLiteral("coordination.k8s.io/v1")},
                {QStringLiteral("kind"), QStringLiteral("Lease")},
                {QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("fleetdeck-policy-sync")},
                             {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
                {QStringLiteral("spec"), QJsonObject{{QStringLiteral("holderIdentity"),
                                                      QStringLiteral("carol@ws9 pid 4242")},
                                                     {QStringLiteral("leaseDurationSeconds"), 15},
                                                     {QStringLiteral("acquireTime"), now},
                                                     {QStringLiteral("renewTime"), now}}}});
        QCOMPARE(created.status, 201);
        SyncDialog* held = clickAndWait(page, page.syncButton());
        QVERIFY(held);
        QTRY_VERIFY(!held->isRunning());
        QVERIFY(held->summary()->text().startsWith(QStringLiteral("Another policy sync")));
        QVERIFY(held->findChildren<QLabel*>().size() > 0);
        bool named = false;
        for (QLabel* l : held->findChildren<QLabel*>())
            named = named || l->text().contains(QStringLiteral("held by carol@ws9 pid 4242"));
        QVERIFY(named);
        fd::test::saveScreenshot(held, fd::test::screenshotDir(QStringLiteral("en")) +
                                           QStringLiteral("/policies-sync-busy.png"));
    }

    void koreanScreenshots() {
        auto env = makeEnv();
        env->f.language->setChoice(LanguageManager::Choice::Korean);
        QCOMPARE(env->f.language->effectiveLanguage(), QStringLiteral("ko"));
        PoliciesPage& page = *env->page;
        QVERIFY(clickAndWait(page, page.syncButton()));
        auto got = admin(*env, "GET", kCpp + QStringLiteral("/fleetdeck-general"));
        QJsonObject obj = got.json;
        QJsonObject spec = obj.value(u"spec").toObject();
        spec.insert(QStringLiteral("conflictResolution"), QStringLiteral("Overwrite"));
        obj.insert(QStringLiteral("spec"), spec);
        QCOMPARE(admin(*env, "PUT", kCpp + QStringLiteral("/fleetdeck-general"), obj).status, 200);
        for (SyncDialog* d : page.findChildren<SyncDialog*>())
            d->close();
        SyncDialog* dialog = clickAndWait(page, page.checkButton());
        QVERIFY(dialog);
        QVERIFY(dialog->summary()->text().contains(QStringLiteral("karmada-hq")));
        QVERIFY(QFontMetrics(dialog->font()).inFont(page.syncButton()->text().at(0)));
        const QString dir = fd::test::screenshotDir(QStringLiteral("ko"));
        fd::test::saveScreenshot(dialog, dir + QStringLiteral("/policies-sync-check.png"));
        fd::test::saveScreenshot(&page, dir + QStringLiteral("/policies-sync-page.png"));
        env->f.language->setChoice(LanguageManager::Choice::English);
    }
};

QTEST_MAIN(TestPoliciesSync)
#include "tst_policies_sync.moc"
