// PolicyService over a real store: store-first changes (memory and signals only after the write
// committed; a failed write changes nothing and reaches the caller), version history with author
// and changed fields, audit entries, the default set, delete rules (deployments, references, the
// default strategy), the default-strategy change, policy apply in one transaction, sync records
// and the context rule (a callback whose context died is dropped).

#include "policy/defaults.h"
#include "policy/policyformat.h"
#include "policy/policyservice.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sqlite3.h>

#include <optional>

using namespace fd::policy;
namespace repo = fd::policy::repository;

namespace {

// Runs the event loop until the callback of `start` ran; fails the test after 15 s.
template <typename T, typename Start> T await(Start start) {
    QEventLoop loop;
    std::optional<T> result;
    QObject context;
    start(&context, [&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        qFatal("no answer within 15 s");
    return std::move(*result);
}

QStringList names(const auto& list) {
    QStringList out;
    for (const auto& p : list)
        out.append(p.name);
    return out;
}

} // namespace

class TestPolicyService final : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<fd::store::Store> m_store;
    std::unique_ptr<PolicyService> m_service;

    PolicyService& svc() { return *m_service; }

    fd::Result<DefaultSetOutcome> createDefaults() {
        return await<fd::Result<DefaultSetOutcome>>(
            [&](QObject* c, auto done) { svc().createDefaultSet(c, done); });
    }
    template <typename P> fd::Result<SaveOutcome> save(const P& p, SaveMode mode) {
        return await<fd::Result<SaveOutcome>>(
            [&](QObject* c, auto done) { svc().save(p, mode, c, done); });
    }
    fd::Status remove(PolicyKind kind, const QString& name) {
        return await<fd::Status>([&](QObject* c, auto done) { svc().remove(kind, name, c, done); });
    }
    QList<fd::store::AuditEntry> audit() {
        // appendAudit is a job of its own, queued after the change: flush the writer first.
        (void)m_store->writeSync([](sqlite3*) { return fd::Status(); });
        return m_store->audit({}).value();
    }
    PolicySet stored() {
        PolicySet out;
        (void)m_store->read([&](sqlite3* db) -> fd::Status {
            out = repo::loadPolicies(db).value();
            return {};
        });
        return out;
    }
    void exec(const char* sql) {
        const fd::Status st =
            m_store->writeSync([sql](sqlite3* db) { return fd::store::exec(db, sql); });
        QVERIFY2(st.ok(), sql);
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::move(fd::store::Store::open(m_dir->path())).value();
        m_service = std::make_unique<PolicyService>(*m_store);
        m_service->setAuthor(QStringLiteral("alice"));
        QVERIFY(m_service->loadNow().ok());
    }
    void cleanup() {
        m_service.reset();
        m_store.reset();
        m_dir.reset();
    }

    void asyncLoadFillsMemory() {
        QVERIFY(createDefaults().ok());
        PolicyService other(*m_store);
        QVERIFY(!other.isLoaded());
        QSignalSpy changed(&other, &PolicyService::policiesChanged);
        const fd::Status st =
            await<fd::Status>([&](QObject* c, auto done) { other.load(c, done); });
        QVERIFY(st.ok());
        QVERIFY(other.isLoaded());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(other.policies(), svc().policies());
    }

    void defaultSetIsCreatedOnceAndAudited() {
        QSignalSpy changed(&svc(), &PolicyService::policiesChanged);
        bool memoryBeforeCallback = false;
        auto r = await<fd::Result<DefaultSetOutcome>>([&](QObject* c, auto done) {
            svc().createDefaultSet(c, [&, done](fd::Result<DefaultSetOutcome> o) {
                // Store-first: memory and the signal precede the caller's callback.
                memoryBeforeCallback =
                    changed.count() == 1 && svc().policies().strategies.size() == 3;
                done(std::move(o));
            });
        });
        QVERIFY(r.ok());
        QVERIFY(memoryBeforeCallback);
        QCOMPARE(r->created.size(), 7);
        QVERIFY(r->skipped.isEmpty());
        QVERIFY(r->generalIsDefault);
        const PolicySet defaults = defaultPolicySet(); // stored sets come back in name order
        for (const auto& s : defaults.strategies)
            QCOMPARE(*svc().policies().strategy(s.name), normalized(s));
        for (const auto& p : defaults.profiles)
            QCOMPARE(*svc().policies().profile(p.name), normalized(p));
        for (const auto& f : defaults.failoverPolicies)
            QCOMPARE(*svc().policies().failoverPolicy(f.name), normalized(f));
        QCOMPARE(stored(), svc().policies());
        QCOMPARE(svc().policies().defaultStrategy()->name, QStringLiteral("general"));

        const auto entries = audit();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].action, QStringLiteral("policy.defaults"));
        QCOMPARE(entries[0].result, QStringLiteral("ok"));
        QVERIFY(entries[0].detail.contains(QLatin1String("strategy/general")));

        // Again: everything exists, nothing is overwritten.
        auto again = createDefaults();
        QVERIFY(again.ok());
        QVERIFY(again->created.isEmpty());
        QCOMPARE(again->skipped.size(), 7);
        QCOMPARE(audit().size(), 1); // nothing changed, nothing audited
    }

    void defaultSetKeepsAnExistingDefault() {
        PlacementStrategy mine;
        mine.name = QStringLiteral("mine");
        mine.isDefault = true;
        mine.targetLabels.insert(QStringLiteral("fleetdeck.io/zone"), QStringLiteral("A"));
        QVERIFY(save(mine, SaveMode::Create).ok());
        auto r = createDefaults();
        QVERIFY(r.ok());
        QVERIFY(!r->generalIsDefault);
        QCOMPARE(svc().policies().defaultStrategy()->name, QStringLiteral("mine"));
        QVERIFY(!svc().policies().strategy(QStringLiteral("general"))->isDefault);
    }

    void createRefusesATakenName() {
        QVERIFY(createDefaults().ok());
        ResourceProfile p = *svc().policies().profile(QStringLiteral("standard"));
        p.zoneA.gpus = 2;
        auto r = save(p, SaveMode::Create);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, fd::ErrorKind::InvalidInput);
        QVERIFY(r.error().message.contains(QLatin1String("already exists")));
        QCOMPARE(svc().policies().profile(QStringLiteral("standard"))->zoneA.gpus, 1);
        const auto entries = audit();
        QCOMPARE(entries.first().action, QStringLiteral("policy.update"));
        QCOMPARE(entries.first().result, QStringLiteral("failed"));
        QCOMPARE(entries.first().target, QStringLiteral("profile/standard"));
    }

    void invalidPolicyIsRefusedWithItsMessage() {
        ResourceProfile p;
        p.name = QStringLiteral("mig-nvlink");
        p.zoneA.mig = true;
        p.zoneA.migProfile = QStringLiteral("1g.10gb");
        p.zoneA.nvlink = true;
        QSignalSpy changed(&svc(), &PolicyService::policiesChanged);
        auto r = save(p, SaveMode::Create);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, fd::ErrorKind::InvalidInput);
        QVERIFY2(r.error().message.contains(QLatin1String("MIG and NVLink conflict")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().detail.contains(QLatin1String("profile/mig-nvlink zoneA.nvlink")));
        QCOMPARE(changed.count(), 0);
        QVERIFY(stored().profiles.isEmpty());
    }

    void updateKeepsHistoryWithAuthorAndChanges() {
        QVERIFY(createDefaults().ok());
        FailoverPolicy f = *svc().policies().failoverPolicy(QStringLiteral("standard"));
        f.tolerationSeconds = 60;
        f.purgeMode = PurgeMode::Directly;
        svc().setAuthor(QStringLiteral("bob"));
        auto r = save(f, SaveMode::Replace);
        QVERIFY(r.ok());
        QVERIFY(!r->created);
        QCOMPARE(r->version, 2);
        QStringList paths;
        for (const auto& c : r->changes)
            paths.append(c.path);
        QVERIFY2(paths.contains(QStringLiteral("tolerationSeconds")), qPrintable(paths.join(',')));
        QVERIFY(paths.contains(QStringLiteral("purgeMode")));
        QCOMPARE(svc().policies().failoverPolicy(QStringLiteral("standard"))->tolerationSeconds,
                 60);

        auto h = await<fd::Result<QList<repo::PolicyVersion>>>([&](QObject* c, auto done) {
            svc().history(PolicyKind::Failover, QStringLiteral("standard"), c, done);
        });
        QVERIFY(h.ok());
        QCOMPARE(h->size(), 2);
        QCOMPARE(h->at(0).version, 2);
        QCOMPARE(h->at(0).changedBy, QStringLiteral("bob"));
        QCOMPARE(h->at(1).changedBy, QStringLiteral("alice"));
        QCOMPARE(int(h->at(0).action), int(repo::VersionAction::Updated));
        QVERIFY(h->at(0).changedAt.isValid());
        QCOMPARE(h->at(0).changes.size(), r->changes.size());

        const auto entries = audit();
        QCOMPARE(entries.first().action, QStringLiteral("policy.update"));
        QCOMPARE(entries.first().target, QStringLiteral("failover/standard"));
        QVERIFY(entries.first().detail.contains(QLatin1String("tolerationSeconds")));

        // Saving the same again changes nothing and is not audited.
        const int before = audit().size();
        auto same = save(f, SaveMode::Replace);
        QVERIFY(same.ok());
        QVERIFY(same->changes.isEmpty());
        QCOMPARE(same->version, 2);
        QCOMPARE(audit().size(), before);
    }

    void aDefaultStrategyIsTheOnlyDefault() {
        QVERIFY(createDefaults().ok());
        PlacementStrategy s = *svc().policies().strategy(QStringLiteral("large-models"));
        s.isDefault = true;
        QVERIFY(save(s, SaveMode::Replace).ok());
        QCOMPARE(svc().policies().defaultStrategy()->name, QStringLiteral("large-models"));
        QVERIFY(!svc().policies().strategy(QStringLiteral("general"))->isDefault);

        const fd::Status st = await<fd::Status>([&](QObject* c, auto done) {
            svc().setDefaultStrategy(QStringLiteral("small-models"), c, done);
        });
        QVERIFY(st.ok());
        int defaults = 0;
        for (const auto& x : svc().policies().strategies)
            defaults += x.isDefault;
        QCOMPARE(defaults, 1);
        QCOMPARE(stored().defaultStrategy()->name, QStringLiteral("small-models"));
        const auto entries = audit();
        QCOMPARE(entries.first().action, QStringLiteral("policy.default"));
        QCOMPARE(entries.first().target, QStringLiteral("strategy/small-models"));
        QCOMPARE(entries.first().detail, QStringLiteral("was: large-models"));

        const fd::Status missing = await<fd::Status>([&](QObject* c, auto done) {
            svc().setDefaultStrategy(QStringLiteral("nope"), c, done);
        });
        QCOMPARE(missing.error().kind, fd::ErrorKind::NotFound);
    }

    void deleteRules() {
        QVERIFY(createDefaults().ok());
        // No deployments feature: nothing is used by deployments (and it says so honestly).
        QVERIFY(!svc().tracksDeployments());
        QCOMPARE(
            int(svc().checkDelete(PolicyKind::Placement, QStringLiteral("large-models")).verdict),
            int(DeleteVerdict::Allowed));
        // A profile linked by strategies and a failover policy attached to them are blocked.
        DeleteCheck profile = svc().checkDelete(PolicyKind::Resource, QStringLiteral("standard"));
        QCOMPARE(int(profile.verdict), int(DeleteVerdict::Blocked));
        QCOMPARE(profile.usage.strategies, QStringList{QStringLiteral("general")});
        QVERIFY(profile.message.contains(QLatin1String("general")));
        DeleteCheck failover = svc().checkDelete(PolicyKind::Failover, QStringLiteral("standard"));
        QCOMPARE(int(failover.verdict), int(DeleteVerdict::Blocked));
        QCOMPARE(failover.usage.strategies.size(), 3);
        fd::Status st = remove(PolicyKind::Resource, QStringLiteral("standard"));
        QCOMPARE(st.error().kind, fd::ErrorKind::InvalidInput);
        QVERIFY(svc().policies().profile(QStringLiteral("standard")));
        QCOMPARE(audit().first().result, QStringLiteral("failed"));

        // With deployments: a used strategy is blocked, listing them.
        svc().setDeploymentsUsing([](PolicyKind kind, const QString& name) {
            if (kind == PolicyKind::Placement && name == u"large-models")
                return QStringList{QStringLiteral("llama3-70b"), QStringLiteral("qwen2-72b")};
            return QStringList();
        });
        DeleteCheck used = svc().checkDelete(PolicyKind::Placement, QStringLiteral("large-models"));
        QCOMPARE(int(used.verdict), int(DeleteVerdict::Blocked));
        QCOMPARE(used.usage.deployments.size(), 2);
        QVERIFY(used.message.contains(QLatin1String("llama3-70b, qwen2-72b")));
        st = remove(PolicyKind::Placement, QStringLiteral("large-models"));
        QVERIFY(!st.ok());
        QVERIFY(svc().policies().strategy(QStringLiteral("large-models")));

        // The default strategy: allowed with a stronger warning.
        DeleteCheck def = svc().checkDelete(PolicyKind::Placement, QStringLiteral("general"));
        QCOMPARE(int(def.verdict), int(DeleteVerdict::AllowedButDefault));
        QVERIFY(!def.message.isEmpty());
        QVERIFY(remove(PolicyKind::Placement, QStringLiteral("general")).ok());
        QVERIFY(!svc().policies().strategy(QStringLiteral("general")));
        QVERIFY(!stored().strategy(QStringLiteral("general")));
        QCOMPARE(audit().first().action, QStringLiteral("policy.delete"));
        // Now the profile "standard" is no longer linked and can go.
        QVERIFY(remove(PolicyKind::Resource, QStringLiteral("standard")).ok());
        // History outlives the policy.
        auto h = await<fd::Result<QList<repo::PolicyVersion>>>([&](QObject* c, auto done) {
            svc().history(PolicyKind::Placement, QStringLiteral("general"), c, done);
        });
        QCOMPARE(int(h->first().action), int(repo::VersionAction::Deleted));
        // A policy that is not there.
        QCOMPARE(remove(PolicyKind::Failover, QStringLiteral("nope")).error().kind,
                 fd::ErrorKind::NotFound);
    }

    void deploymentsInTheStoreGuardTheirStrategy() {
        QVERIFY(createDefaults().ok());
        exec("INSERT INTO deployments (name, placement_policy_id, runtime, model, created_at, "
             "updated_at) SELECT 'vllm-llama', id, 'vllm', 'llama', 1, 1 FROM policies WHERE "
             "kind = 'placement' AND name = 'small-models'");
        const fd::Status st = remove(PolicyKind::Placement, QStringLiteral("small-models"));
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QLatin1String("Deployments in the local store")),
                 qPrintable(st.error().message));
        QVERIFY(svc().policies().strategy(QStringLiteral("small-models")));
    }

    void applyIsAllOrNothing() {
        QVERIFY(createDefaults().ok());
        PolicySet incoming;
        FailoverPolicy fast;
        fast.name = QStringLiteral("fast");
        fast.tolerationSeconds = 30;
        fast.purgeMode = PurgeMode::Directly;
        incoming.failoverPolicies.append(fast);
        PlacementStrategy general = *svc().policies().strategy(QStringLiteral("general"));
        incoming.strategies.append(general); // unchanged
        PlacementStrategy large = *svc().policies().strategy(QStringLiteral("large-models"));
        large.failoverPolicy = QStringLiteral("fast");
        incoming.strategies.append(large);
        auto r = await<fd::Result<ApplyOutcome>>(
            [&](QObject* c, auto done) { svc().apply(incoming, c, done); });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->created, QStringList{QStringLiteral("failover/fast")});
        QCOMPARE(r->updated, QStringList{QStringLiteral("strategy/large-models")});
        QCOMPARE(r->unchanged, QStringList{QStringLiteral("strategy/general")});
        QCOMPARE(svc().policies().strategy(QStringLiteral("large-models"))->failoverPolicy,
                 QStringLiteral("fast"));

        // One bad policy stops the whole file: nothing of it is written.
        PolicySet bad;
        FailoverPolicy slow;
        slow.name = QStringLiteral("slow");
        bad.failoverPolicies.append(slow);
        ResourceProfile broken;
        broken.name = QStringLiteral("Broken_Name");
        bad.profiles.append(broken);
        const PolicySet before = stored();
        auto r2 = await<fd::Result<ApplyOutcome>>(
            [&](QObject* c, auto done) { svc().apply(bad, c, done); });
        QVERIFY(!r2.ok());
        QVERIFY(r2.error().detail.contains(QLatin1String("profile/Broken_Name name")));
        QCOMPARE(stored(), before);
        QVERIFY(!svc().policies().failoverPolicy(QStringLiteral("slow")));

        // A default strategy in the file becomes the only default.
        PolicySet def;
        PlacementStrategy small = *svc().policies().strategy(QStringLiteral("small-models"));
        small.isDefault = true;
        def.strategies.append(small);
        QVERIFY(await<fd::Result<ApplyOutcome>>([&](QObject* c, auto done) {
                    svc().apply(def, c, done);
                }).ok());
        QCOMPARE(svc().policies().defaultStrategy()->name, QStringLiteral("small-models"));
        QVERIFY(!svc().policies().strategy(QStringLiteral("general"))->isDefault);
    }

    void aFailedWriteReachesTheCallerAndChangesNothing() {
        QVERIFY(createDefaults().ok());
        const PolicySet before = svc().policies();
        // A row another program damaged: the job reads the stored set first and stops.
        exec("INSERT INTO policies (kind, name, spec_json, created_at, updated_at) VALUES "
             "('resource', 'damaged', '{\"name\":\"damaged\",\"zoneA\":{\"gpus\":\"many\"}}', 1, "
             "1)");
        QSignalSpy changed(&svc(), &PolicyService::policiesChanged);
        FailoverPolicy f;
        f.name = QStringLiteral("quick");
        auto r = save(f, SaveMode::Create);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, fd::ErrorKind::Corrupt);
        QVERIFY(r.error().message.contains(QLatin1String("damaged")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(svc().policies(), before);
        QCOMPARE(audit().first().result, QStringLiteral("failed"));
    }

    void aDeadContextDropsTheCallback() {
        bool called = false;
        {
            QObject context;
            svc().createDefaultSet(&context, [&](fd::Result<DefaultSetOutcome>) { called = true; });
        }
        QSignalSpy changed(&svc(), &PolicyService::policiesChanged);
        QVERIFY(changed.wait(15000)); // the write itself still happens
        QCoreApplication::processEvents();
        QVERIFY(!called);
        QCOMPARE(svc().policies().strategies.size(), 3);
    }

    void syncRecordsGiveTheBadge() {
        QVERIFY(createDefaults().ok());
        exec("INSERT INTO clusters (name, created_at, updated_at) VALUES ('karmada-hq', 1, 1), "
             "('karmada-dr', 1, 1)");
        QCOMPARE(int(svc().syncSummary(PolicyKind::Placement, QStringLiteral("general")).state),
                 int(repo::SyncState::NotSynced));
        repo::SyncRecord a;
        a.kind = PolicyKind::Placement;
        a.name = QStringLiteral("general");
        a.controlPlaneId = 1;
        a.state = repo::SyncState::InSync;
        QSignalSpy sync(&svc(), &PolicyService::syncStateChanged);
        QVERIFY(await<fd::Status>([&](QObject* c, auto done) {
                    svc().saveSyncRecord(a, c, done);
                }).ok());
        QCOMPARE(sync.count(), 1);
        SyncSummary s = svc().syncSummary(PolicyKind::Placement, QStringLiteral("general"));
        QCOMPARE(int(s.state), int(repo::SyncState::InSync));
        QCOMPARE(s.records.size(), 1);
        QCOMPARE(s.records[0].controlPlaneName, QStringLiteral("karmada-hq"));
        repo::SyncRecord b = a;
        b.controlPlaneId = 2;
        b.state = repo::SyncState::Failed;
        b.lastError = QStringLiteral("the server rejected the object");
        QVERIFY(await<fd::Status>([&](QObject* c, auto done) {
                    svc().saveSyncRecord(b, c, done);
                }).ok());
        s = svc().syncSummary(PolicyKind::Placement, QStringLiteral("general"));
        QCOMPARE(int(s.state), int(repo::SyncState::Failed));
        QCOMPARE(s.records.size(), 2);

        repo::SyncRecord ext;
        ext.kind = PolicyKind::Placement;
        ext.name = QStringLiteral("nginx-propagation");
        ext.controlPlaneId = 1;
        ext.state = repo::SyncState::External;
        ext.objectKind = QStringLiteral("ClusterPropagationPolicy");
        QVERIFY(await<fd::Status>([&](QObject* c, auto done) {
                    svc().saveSyncRecord(ext, c, done);
                }).ok());
        QCOMPARE(names(svc().externalObjects()), QStringList{QStringLiteral("nginx-propagation")});

        // Editing a policy makes it "not synced" on every control plane again.
        PlacementStrategy g = *svc().policies().strategy(QStringLiteral("general"));
        g.description = QStringLiteral("changed");
        QVERIFY(save(g, SaveMode::Replace).ok());
        s = svc().syncSummary(PolicyKind::Placement, QStringLiteral("general"));
        QCOMPARE(int(s.state), int(repo::SyncState::NotSynced));
    }

    void capabilitiesDefaultToTheNewestGeneration() {
        QVERIFY(!svc().capabilitiesKnown());
        QVERIFY(svc().capabilities().offeredPurgeModes() ==
                (QList<PurgeMode>{PurgeMode::Directly, PurgeMode::Gracefully, PurgeMode::Never}));
        QSignalSpy spy(&svc(), &PolicyService::capabilitiesChanged);
        svc().setCapabilities(KarmadaCapabilities::assumed(KarmadaGeneration::V1_6_to_1_10));
        QCOMPARE(spy.count(), 1);
        QVERIFY(svc().capabilitiesKnown());
        QCOMPARE(int(svc().capabilities().generation), int(KarmadaGeneration::V1_6_to_1_10));
    }
};

QTEST_GUILESS_MAIN(TestPolicyService)
#include "tst_policy_service.moc"
