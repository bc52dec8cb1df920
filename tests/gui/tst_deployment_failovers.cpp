// The deployment detail's Failovers tab for a Karmada deployment, against the test API server as
// its control plane: opened with the tab bar as a user would, it reads the deployment's
// ResourceBinding (`<name>-deployment`) through the registry's connection and shows "No failover
// observed since <creation>" until a binding with graceful-eviction tasks appears, then draws
// them live (a new task appears without reopening; bars on the axis at their times, under the
// model of the strategy's failover policy); a deleted binding goes back to the empty state.
// Error states: the ResourceBinding API not served, the vault locked. A single-cluster
// deployment has no such tab. Screenshots in English and Korean.
#include "clustertesthelpers.h"
#include "deploy/catalog.h"
#include "deploy/deployservice.h"
#include "deployments/deploymentdetaildialog.h"
#include "deployments/deploymentfailoverspanel.h"
#include "guifixture.h"
#include "kubetestserver.h"
#include "policies/failovertimelinewidget.h"
#include "policy/deploymentfailovers.h"
#include "policy/policyservice.h"
#include "registry/clusterregistryimpl.h"
#include "registrytesthelpers.h"
#include "screenshothelpers.h"
#include "secrets/secretstore.h"
#include "store/store.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <optional>

using fd::test::KubeTestServer;
using fd::widgets::DeploymentDetailDialog;
using fd::widgets::DeploymentFailoversPanel;
using State = fd::policy::DeploymentFailovers::State;

namespace {

const QString kRb = QStringLiteral("/apis/work.karmada.io/v1alpha2/namespaces/default/"
                                   "resourcebindings");

// The task of tests/data/policy/bindings/website_application-failover_rb-spec-
// gracefulEvictionTasks.excerpt.yaml, and one more of the TaintManager with a grace period.
QJsonObject websiteTask(const QDateTime& created) {
    return QJsonObject{{QStringLiteral("creationTimestamp"), created.toString(Qt::ISODate)},
                       {QStringLiteral("fromCluster"), QStringLiteral("member2")},
                       {QStringLiteral("producer"),
                        QStringLiteral("resource-binding-application-failover-controller")},
                       {QStringLiteral("reason"), QStringLiteral("ApplicationFailure")},
                       {QStringLiteral("suppressDeletion"), true}};
}

QJsonObject taintTask(const QDateTime& created) {
    return QJsonObject{{QStringLiteral("creationTimestamp"), created.toString(Qt::ISODate)},
                       {QStringLiteral("fromCluster"), QStringLiteral("member1")},
                       {QStringLiteral("producer"), QStringLiteral("TaintManager")},
                       {QStringLiteral("reason"), QStringLiteral("TaintUntolerated")},
                       {QStringLiteral("purgeMode"), QStringLiteral("Gracefully")},
                       {QStringLiteral("gracePeriodSeconds"), 600}};
}

QJsonObject binding(const QString& deployment, const QJsonArray& tasks,
                    const QDateTime& scheduled) {
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("work.karmada.io/v1alpha2")},
        {QStringLiteral("kind"), QStringLiteral("ResourceBinding")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), QString(deployment + QStringLiteral("-deployment"))},
                     {QStringLiteral("namespace"), QStringLiteral("default")}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("resource"),
                      QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                  {QStringLiteral("kind"), QStringLiteral("Deployment")},
                                  {QStringLiteral("namespace"), QStringLiteral("default")},
                                  {QStringLiteral("name"), deployment}}},
                     {QStringLiteral("clusters"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("member3")},
                                             {QStringLiteral("replicas"), 2}}}},
                     {QStringLiteral("gracefulEvictionTasks"), tasks}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("lastScheduledTime"), scheduled.toString(Qt::ISODate)}}}};
}

struct Env {
    fd::test::RegistryEnv env;
    fd::test::GuiFixture gui;
    std::unique_ptr<fd::deploy::DeployService> service;
    std::unique_ptr<fd::policy::PolicyService> policies;
    qint64 controlPlane = 0;
    qint64 single = 0;
    QString error;

    Env(KubeTestServer& kube, QTemporaryDir& files, const QString& cp, const QString& one) {
        if (!env.error.isEmpty()) {
            error = env.error;
            return;
        }
        for (const QString& vc : {cp, one}) {
            const QString path = files.filePath(vc + QStringLiteral(".yaml"));
            if (!fd::test::writeKubeconfig(
                    path, {{vc, kube.url(vc), kube.caPem(), kube.token(QStringLiteral("admin"))}},
                    vc)) {
                error = QStringLiteral("kubeconfig");
                return;
            }
            const QList<qint64> ids = fd::test::importFile(env.registry.get(), path);
            if (ids.size() != 1) {
                error = QStringLiteral("import failed");
                return;
            }
            (vc == cp ? controlPlane : single) = ids.first();
        }
        service = std::make_unique<fd::deploy::DeployService>(*env.store, *env.registry);
        const fd::Status marked = fd::test::await<fd::Status>([&](auto done) {
            env.registry->setControlPlane(controlPlane, true, service.get(), done);
        });
        if (!marked.ok()) {
            error = marked.error().message;
            return;
        }
        service->setCatalog(fd::deploy::Catalog::loadDefault(env.dataDir));
        policies = std::make_unique<fd::policy::PolicyService>(*env.store);
        if (!policies->loadNow().ok()) {
            error = QStringLiteral("policies");
            return;
        }
        const auto defaults = fd::test::await<fd::Result<fd::policy::DefaultSetOutcome>>(
            [&](auto done) { policies->createDefaultSet(service.get(), done); });
        if (!defaults.ok()) {
            error = defaults.error().message;
            return;
        }
        service->setPolicies(policies.get());
    }

    fd::deploy::DeploymentRecord record(const QString& name, bool karmada) const {
        fd::deploy::DeploymentRecord r;
        r.id = 1;
        r.name = name;
        r.targetKind = karmada ? fd::deploy::TargetKind::Karmada : fd::deploy::TargetKind::Cluster;
        r.clusterId = karmada ? controlPlane : single;
        r.placementStrategy = QStringLiteral("general");
        r.runtimeId = QStringLiteral("vllm");
        r.model = QStringLiteral("qwen2.5-7b-instruct");
        r.created = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        return r;
    }
};

// Opens the Failovers tab by clicking its tab, as a user would.
DeploymentFailoversPanel* openFailoversTab(DeploymentDetailDialog* detail) {
    DeploymentFailoversPanel* panel = detail->failoversPanel();
    if (!panel)
        return nullptr;
    QTabBar* bar = detail->tabs()->tabBar();
    const int index = detail->tabs()->indexOf(panel);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    return detail->tabs()->currentWidget() == panel ? panel : nullptr;
}

} // namespace

class TestDeploymentFailovers final : public QObject {
    Q_OBJECT

    KubeTestServer m_kube;
    QTemporaryDir m_files;

private Q_SLOTS:
    void initTestCase() {
        fd::test::applyTestTheme();
        QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
    }

    void liveTimelineAndEmptyState() {
        Env e(m_kube, m_files, QStringLiteral("fo-cp"), QStringLiteral("fo-single"));
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        const QString name = QStringLiteral("qwen-live");
        DeploymentDetailDialog detail(*e.service, nullptr, e.record(name, true));
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        DeploymentFailoversPanel* panel = openFailoversTab(&detail);
        QVERIFY(panel);
        QCOMPARE(detail.tabs()->tabText(detail.tabs()->currentIndex()),
                 QStringLiteral("Failovers"));
        QTRY_COMPARE(panel->failovers()->state(), State::Ready);
        QVERIFY2(
            panel->stateLabel()->text().startsWith(QStringLiteral("No failover observed since ")),
            qPrintable(panel->stateLabel()->text()));
        QVERIFY(panel->stateLabel()->text().contains(QStringLiteral("qwen-live-deployment")));
        QVERIFY(panel->timeline()->observed().isEmpty());
        // The model of the "general" strategy's failover policy is drawn for comparison.
        QVERIFY(!panel->timeline()->phases().isEmpty());

        // Karmada records a failover: it appears without reopening.
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-900);
        const auto created =
            fd::test::httpJson(m_kube, QStringLiteral("fo-cp"), "POST", kRb,
                               binding(name, QJsonArray{websiteTask(t0)}, t0.addSecs(40)));
        QCOMPARE(created.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(panel->timeline()->observed().size(), 1, 10000);
        QVERIFY2(panel->stateLabel()->text().startsWith(QStringLiteral("1 failover observed: "
                                                                       "the model of the")),
                 qPrintable(panel->stateLabel()->text()));
        QCOMPARE(panel->clustersLabel()->text(), QStringLiteral("Runs on: member3"));
        QVERIFY(panel->timeline()->isVisible());
        const auto row0 = panel->timeline()->observed().first();
        QVERIFY(row0.label.startsWith(QStringLiteral("From member2 · ApplicationFailure")));
        // Rescheduled 40 s after the eviction: the bar ends at 40 s on the axis.
        const QRectF resched = panel->timeline()->barRect(QStringLiteral("rescheduling"), 0);
        QVERIFY(resched.isValid());
        QVERIFY(qAbs(resched.right() - panel->timeline()->xForSeconds(40)) <= 1.0);

        // A second failover, later: one more row, oldest first, with its grace period.
        auto current = fd::test::httpJson(m_kube, QStringLiteral("fo-cp"), "GET",
                                          kRb + u'/' + name + QStringLiteral("-deployment"));
        QCOMPARE(current.status, 200);
        QJsonObject updated =
            binding(name, QJsonArray{websiteTask(t0), taintTask(t0.addSecs(300))}, t0.addSecs(40));
        QJsonObject meta = updated.value(QStringLiteral("metadata")).toObject();
        meta.insert(QStringLiteral("resourceVersion"),
                    current.json.value(QStringLiteral("metadata"))
                        .toObject()
                        .value(QStringLiteral("resourceVersion")));
        updated.insert(QStringLiteral("metadata"), meta);
        QCOMPARE(fd::test::httpJson(m_kube, QStringLiteral("fo-cp"), "PUT",
                                    kRb + u'/' + name + QStringLiteral("-deployment"), updated)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(panel->timeline()->observed().size(), 2, 10000);
        QVERIFY(panel->timeline()->observed().at(1).label.startsWith(
            QStringLiteral("From member1 · TaintUntolerated")));
        const QRectF grace = panel->timeline()->barRect(QStringLiteral("gracePeriod"), 1);
        QVERIFY(qAbs(grace.width() - (panel->timeline()->xForSeconds(600) -
                                      panel->timeline()->xForSeconds(0))) <= 1.0);
        QVERIFY(
            panel->timeline()->accessibleDescription().contains(QStringLiteral("What happened")));

        // The binding goes (the deployment was deleted on the control plane): empty again.
        QCOMPARE(fd::test::httpJson(m_kube, QStringLiteral("fo-cp"), "DELETE",
                                    kRb + u'/' + name + QStringLiteral("-deployment"))
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(panel->timeline()->observed().isEmpty(), 10000);
        QVERIFY(
            panel->stateLabel()->text().startsWith(QStringLiteral("No failover observed since ")));
    }

    void singleClusterHasNoTab() {
        Env e(m_kube, m_files, QStringLiteral("fo-cp2"), QStringLiteral("fo-single2"));
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        DeploymentDetailDialog detail(*e.service, nullptr, e.record(QStringLiteral("one"), false));
        QVERIFY(!detail.failoversPanel());
        for (int i = 0; i < detail.tabs()->count(); ++i)
            QVERIFY(detail.tabs()->tabText(i) != QStringLiteral("Failovers"));
    }

    void apiNotServed() {
        Env e(m_kube, m_files, QStringLiteral("fo-cp3"), QStringLiteral("fo-single3"));
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        // What an API server without Karmada's CRDs answers for the group's resources.
        QVERIFY(m_kube.setKnobs(
            QJsonObject{
                {QStringLiteral("fail"),
                 QJsonObject{{QStringLiteral("path"), QStringLiteral("/apis/work.karmada.io/")},
                             {QStringLiteral("status"), 404},
                             {QStringLiteral("reason"), QStringLiteral("NotFound")}}}},
            QStringLiteral("fo-cp3")));
        DeploymentDetailDialog detail(*e.service, nullptr, e.record(QStringLiteral("nocrd"), true));
        detail.show();
        DeploymentFailoversPanel* panel = openFailoversTab(&detail);
        QVERIFY(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->failovers()->state(), State::NotServed, 10000);
        QVERIFY2(panel->stateLabel()->text().contains(
                     QStringLiteral("does not serve Karmada's ResourceBinding API")),
                 qPrintable(panel->stateLabel()->text()));
        QVERIFY(!panel->timeline()->isVisible());
        QVERIFY(panel->retryButton()->isVisible());
        fd::test::saveScreenshot(&detail, fd::test::screenshotDir(QStringLiteral("en")) +
                                              QStringLiteral("/deployment-failovers-no-api.png"));
        // Karmada installed meanwhile: "Try again" finds the API.
        QVERIFY(m_kube.setKnobs(QJsonObject{{QStringLiteral("fail"), QJsonValue()}},
                                QStringLiteral("fo-cp3")));
        QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->failovers()->state(), State::Ready, 10000);
        QVERIFY(!panel->retryButton()->isVisible());
    }

    void vaultLocked() {
        Env e(m_kube, m_files, QStringLiteral("fo-cp4"), QStringLiteral("fo-single4"));
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        e.env.secrets->lock();
        DeploymentDetailDialog detail(*e.service, nullptr,
                                      e.record(QStringLiteral("locked"), true));
        detail.show();
        DeploymentFailoversPanel* panel = openFailoversTab(&detail);
        QVERIFY(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->failovers()->state(), State::Locked, 10000);
        QVERIFY2(panel->stateLabel()->text().startsWith(QStringLiteral("Vault locked")),
                 qPrintable(panel->stateLabel()->text()));
        // Unlocked, "Try again" watches anew.
        QVERIFY(panel->retryButton()->isVisible());
        QVERIFY(e.env.secrets->unlock("registry-test-passphrase").ok());
        QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->failovers()->state(), State::Ready, 10000);
        QVERIFY(panel->stateLabel()->text().startsWith(QStringLiteral("No failover observed")));
        QVERIFY(!panel->retryButton()->isVisible());
    }

    void screenshots_data() { fd::test::addLanguageRows(); }
    void screenshots() {
        QFETCH(QString, lang);
        QFETCH(int, choice);
        Env e(m_kube, m_files, QStringLiteral("fo-shot-") + lang,
              QStringLiteral("fo-shot-single-") + lang);
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        e.gui.language->setChoice(fd::widgets::LanguageManager::Choice(choice));
        const QString name = QStringLiteral("llama-shot");
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-1200);
        QCOMPARE(fd::test::httpJson(m_kube, QStringLiteral("fo-shot-") + lang, "POST", kRb,
                                    binding(name,
                                            QJsonArray{websiteTask(t0), taintTask(t0.addSecs(420))},
                                            t0.addSecs(455)))
                     .status,
                 201);
        DeploymentDetailDialog detail(*e.service, nullptr, e.record(name, true));
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        DeploymentFailoversPanel* panel = openFailoversTab(&detail);
        QVERIFY(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->timeline()->observed().size(), 2, 10000);
        // Nothing clipped: the timeline gets the height it asks for.
        QTRY_VERIFY(panel->timeline()->height() >= panel->timeline()->sizeHint().height());
        fd::test::saveScreenshot(&detail, fd::test::screenshotDir(lang) +
                                              QStringLiteral("/deployment-failovers.png"));
    }
};

QTEST_MAIN(TestDeploymentFailovers)
#include "tst_deployment_failovers.moc"
