// Renders the Policies page (every tab, the empty state), the three editors (the profile with its
// MIG/NVLink conflict showing), the delete dialogs, the YAML preview, the history and the failover
// timeline in English and Korean into <build>/screenshots/<lang>/policy*.png, for review and the
// user guide. Fails when something cannot be rendered or Korean would show as missing glyphs.
#include "guifixture.h"
#include "screenshothelpers.h"

#include "policies/deletepolicydialog.h"
#include "policies/failovereditor.h"
#include "policies/failovertimelinewidget.h"
#include "policies/policiespage.h"
#include "policies/policyhistorydialog.h"
#include "policies/policyhistorymodel.h"
#include "policies/policytab.h"
#include "policies/policyyamldialog.h"
#include "policies/profileeditor.h"
#include "policies/strategyeditor.h"
#include "policy/policyservice.h"
#include "shell/mainwindow.h"
#include "store/sqlite.h"

#include <QCheckBox>
#include <QEventLoop>
#include <QFontMetrics>
#include <QJsonDocument>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

using namespace fd::policy;
using namespace fd::widgets;

namespace {

template <typename T, typename Start> T await(Start start) {
    QEventLoop loop;
    std::optional<T> result;
    QObject context;
    start(&context, [&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

const char* const kBinding =
    R"({"apiVersion":"work.karmada.io/v1alpha2","kind":"ResourceBinding",
      "metadata":{"name":"llama3-70b","namespace":"ai"},
      "spec":{"clusters":[{"name":"hq-idc-gpu-2","replicas":2}],
        "gracefulEvictionTasks":[
          {"fromCluster":"seoul-dc1-gpu-1","reason":"ApplicationFailure","producer":"x",
           "purgeMode":"Gracefully","gracePeriodSeconds":600,"replicas":2,
           "creationTimestamp":"2026-03-02T01:20:00Z"}]},
      "status":{"lastScheduledTime":"2026-03-02T01:21:10Z"}})";

} // namespace

class TestPoliciesScreenshots final : public QObject {
    Q_OBJECT

    void shot(QWidget* w, const QString& dir, const char* name) {
        fd::test::saveScreenshot(w, dir + QLatin1Char('/') + QString::fromLatin1(name) +
                                        QStringLiteral(".png"));
    }

    template <typename D> D* openDialog(D* dialog) {
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog))
            qFatal("dialog not exposed");
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { fd::test::applyTestTheme(); }

    void render_data() { fd::test::addLanguageRows(); }

    void render() {
        QFETCH(QString, lang);
        QFETCH(int, choice);
        fd::test::GuiFixture f;
        QVERIFY(f.openStore());
        f.language->setChoice(static_cast<LanguageManager::Choice>(choice));
        QCOMPARE(f.language->effectiveLanguage(), lang);
        PolicyService service(*f.store);
        service.setAuthor(QStringLiteral("jiyoung.park"));
        QVERIFY(service.loadNow().ok());
        f.services.policies = &service;
        const QString dir = fd::test::screenshotDir(lang);

        MainWindow w(f.services);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(PoliciesPage::id());
        auto* page = qobject_cast<PoliciesPage*>(w.currentPage());
        QVERIFY(page);
        if (lang == QLatin1String("ko")) {
            const QString sample = page->tabs()->tabText(0);
            QVERIFY(QFontMetrics(page->font()).inFont(sample.at(0)));
        }
        shot(&w, dir, "policies-empty");

        // The default set, with deployments using a strategy, sync states and an external object.
        service.setDeploymentsUsing([](PolicyKind kind, const QString& name) {
            if (kind == PolicyKind::Placement && name == u"large-models")
                return QStringList{QStringLiteral("llama3-70b"), QStringLiteral("qwen2-72b")};
            return QStringList();
        });
        QVERIFY(await<fd::Result<DefaultSetOutcome>>([&](QObject* c, auto done) {
                    service.createDefaultSet(c, done);
                }).ok());
        QVERIFY(f.store
                    ->writeSync([](sqlite3* db) {
                        return fd::store::exec(
                            db, "INSERT INTO clusters (name, created_at, updated_at) "
                                "VALUES ('karmada-hq', 1, 1)");
                    })
                    .ok());
        const auto record = [](PolicyKind kind, const char* name, repository::SyncState state) {
            repository::SyncRecord r;
            r.kind = kind;
            r.name = QString::fromLatin1(name);
            r.controlPlaneId = 1;
            r.state = state;
            r.objectKind = kind == PolicyKind::Resource
                               ? QStringLiteral("ClusterOverridePolicy")
                               : QStringLiteral("ClusterPropagationPolicy");
            r.checkedAt = QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC);
            return r;
        };
        auto failed = record(PolicyKind::Placement, "small-models", repository::SyncState::Failed);
        failed.lastError = QStringLiteral("admission webhook denied the request");
        for (const auto& r :
             {record(PolicyKind::Placement, "general", repository::SyncState::InSync),
              record(PolicyKind::Placement, "large-models", repository::SyncState::Drifted), failed,
              record(PolicyKind::Resource, "standard", repository::SyncState::InSync),
              record(PolicyKind::Placement, "nginx-propagation", repository::SyncState::External)})
            QVERIFY(await<fd::Status>([&](QObject* c, auto done) {
                        service.saveSyncRecord(r, c, done);
                    }).ok());
        QTRY_COMPARE(page->tab(PolicyKind::Placement)->cards().size(), 4);
        const char* tabNames[] = {"policies-strategies", "policies-profiles", "policies-failover"};
        for (int i = 0; i < 3; ++i) {
            page->tabs()->setCurrentIndex(i);
            shot(&w, dir, tabNames[i]);
        }

        // Editors.
        auto* strategy = openDialog(new StrategyEditor(
            service, service.policies().strategy(QStringLiteral("small-models")), page));
        shot(strategy, dir, "policy-editor-strategy");
        strategy->close();
        auto* profile = openDialog(new ProfileEditor(
            service, service.policies().profile(QStringLiteral("shared-gpu")), page));
        profile->nvlinkCheck()->setChecked(true); // MIG + NVLink: the conflict, inline
        shot(profile, dir, "policy-editor-profile");
        profile->close();
        auto* failover = openDialog(new FailoverEditor(
            service, service.policies().failoverPolicy(QStringLiteral("standard")), page));
        failover->tolerationSpin()->setValue(120);
        shot(failover, dir, "policy-editor-failover");
        failover->close();

        // Delete: blocked, and the default strategy's warning.
        auto* blocked = openDialog(new DeletePolicyDialog(service, PolicyKind::Placement,
                                                          QStringLiteral("large-models"), page));
        shot(blocked, dir, "policy-delete-blocked");
        blocked->close();
        auto* def = openDialog(new DeletePolicyDialog(service, PolicyKind::Placement,
                                                      QStringLiteral("general"), page));
        shot(def, dir, "policy-delete-default");
        def->close();

        // YAML and history.
        auto* yaml = openDialog(new PolicyYamlDialog(service, PolicyKind::Placement,
                                                     QStringLiteral("large-models"), page));
        shot(yaml, dir, "policy-yaml");
        yaml->close();
        FailoverPolicy edited = *service.policies().failoverPolicy(QStringLiteral("standard"));
        edited.tolerationSeconds = 120;
        QVERIFY(await<fd::Result<SaveOutcome>>([&](QObject* c, auto done) {
                    service.save(edited, SaveMode::Replace, c, done);
                }).ok());
        auto* history = openDialog(new PolicyHistoryDialog(service, PolicyKind::Failover,
                                                           QStringLiteral("standard"), page));
        QTRY_COMPARE(history->model()->rowCount(), 2);
        shot(history, dir, "policy-history");
        history->close();

        // The timeline with a failover that happened.
        FailoverTimelineWidget timeline(FailoverTimelineWidget::Variant::Full);
        timeline.setPolicy(FailoverPolicy{});
        auto binding =
            decodeBindingFailovers(QJsonDocument::fromJson(QByteArray(kBinding)).object());
        QVERIFY(binding.ok());
        timeline.setObserved(FailoverTimelineWidget::observedRows(*binding, {}));
        timeline.resize(760, timeline.sizeHint().height());
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        shot(&timeline, dir, "policy-timeline");
    }
};

QTEST_MAIN(TestPoliciesScreenshots)
#include "tst_policies_screenshots.moc"
