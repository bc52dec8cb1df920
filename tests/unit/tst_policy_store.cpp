// core/policy/policyrepository over a real store (schema step 6): saving with version history,
// deleting (history kept, sync rows marked for deletion), the default flag, sync bookkeeping.

#include "policy/defaults.h"
#include "policy/policyformat.h"
#include "policy/policyrepository.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace fd::policy;
namespace repo = fd::policy::repository;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

} // namespace

class TestPolicyStore final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<fd::store::Store> m_store;

    template <typename F> void write(F fn) {
        const fd::Status st = m_store->writeSync([&](sqlite3* db) { return fn(db); });
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
    }

    qint64 addCluster(const char* name) {
        qint64 id = 0;
        write([&](sqlite3* db) -> fd::Status {
            auto st = fd::store::Statement::prepare(
                db, "INSERT INTO clusters (name, created_at, updated_at) VALUES (?, 1, 1)");
            if (!st)
                return st.error();
            st->bind(1, QString::fromLatin1(name));
            auto r = st->run();
            id = sqlite3_last_insert_rowid(db);
            return r;
        });
        return id;
    }

    PolicySet load() {
        PolicySet out;
        const fd::Status st = m_store->read([&](sqlite3* db) -> fd::Status {
            auto set = repo::loadPolicies(db);
            if (!set)
                return set.error();
            out = *set;
            return {};
        });
        if (!st.ok())
            qFatal("%s", qPrintable(st.error().message));
        return out;
    }

    QList<repo::PolicyVersion> historyOf(PolicyKind kind, const QString& name) {
        QList<repo::PolicyVersion> out;
        (void)m_store->read([&](sqlite3* db) -> fd::Status {
            auto h = repo::history(db, kind, name);
            if (!h)
                return h.error();
            out = *h;
            return {};
        });
        return out;
    }

    QString summaryState(PolicyKind kind, const QString& name) {
        QString out;
        (void)m_store->read([&](sqlite3* db) -> fd::Status {
            auto st = fd::store::Statement::prepare(
                db, "SELECT sync_state FROM policies WHERE kind = ? AND name = ?");
            st->bind(1, toString(kind)).bind(2, name);
            if (auto r = st->step(); r && *r)
                out = st->columnText(0);
            return {};
        });
        return out;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        auto s = fd::store::Store::open(m_dir.path());
        QVERIFY(s.ok());
        m_store = std::move(*s);
    }
    void cleanup() { m_store.reset(); }

    void saveLoadAndHistory() {
        const PolicySet defaults = defaultPolicySet();
        write([&](sqlite3* db) -> fd::Status {
            for (const auto& s : defaults.strategies)
                if (auto r = repo::savePolicy(db, s, QStringLiteral("admin"), kT0); !r)
                    return r.error();
            for (const auto& p : defaults.profiles)
                if (auto r = repo::savePolicy(db, p, QStringLiteral("admin"), kT0); !r)
                    return r.error();
            for (const auto& f : defaults.failoverPolicies)
                if (auto r = repo::savePolicy(db, f, QStringLiteral("admin"), kT0); !r)
                    return r.error();
            return {};
        });
        PolicySet loaded = load();
        QCOMPARE(loaded.strategies.size(), 3);
        QCOMPARE(*loaded.profile(QStringLiteral("shared-gpu")),
                 normalized(*defaults.profile(QStringLiteral("shared-gpu"))));
        QCOMPARE(loaded.defaultStrategy()->name, QStringLiteral("general"));

        // An unchanged save adds no version; a change adds one with the changed fields.
        ResourceProfile p = *defaults.profile(QStringLiteral("standard"));
        int version = 0;
        write([&](sqlite3* db) -> fd::Status {
            auto r = repo::savePolicy(db, p, QStringLiteral("admin"), kT0.addSecs(1));
            version = r ? *r : -1;
            return r ? fd::Status() : fd::Status(r.error());
        });
        QCOMPARE(version, 1);
        p.zoneA.gpus = 2;
        p.zoneA.nvlink = true;
        write([&](sqlite3* db) -> fd::Status {
            auto r = repo::savePolicy(db, p, QStringLiteral("kim"), kT0.addSecs(60));
            version = r ? *r : -1;
            return r ? fd::Status() : fd::Status(r.error());
        });
        QCOMPARE(version, 2);
        const auto h = historyOf(PolicyKind::Resource, QStringLiteral("standard"));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].version, 2);
        QCOMPARE(int(h[0].action), int(repo::VersionAction::Updated));
        QCOMPARE(h[0].changedBy, QStringLiteral("kim"));
        QCOMPARE(h[0].changedAt, kT0.addSecs(60));
        QCOMPARE(h[0].changes.size(), 2);
        QCOMPARE(h[0].changes[0].path, QStringLiteral("zoneA.gpus"));
        QCOMPARE(h[0].changes[0].from.toInt(), 1);
        QCOMPARE(h[0].changes[0].to.toInt(), 2);
        QCOMPARE(h[0].changes[1].path, QStringLiteral("zoneA.nvlink"));
        QCOMPARE(profileFromJson(h[0].spec).value(), normalized(p));
        QCOMPARE(int(h[1].action), int(repo::VersionAction::Created));
    }

    void defaultFlagMoves() {
        const PolicySet defaults = defaultPolicySet();
        write([&](sqlite3* db) -> fd::Status {
            for (const auto& s : defaults.strategies)
                if (auto r = repo::savePolicy(db, s, {}, kT0); !r)
                    return r.error();
            return repo::setDefaultStrategy(db, QStringLiteral("large-models"),
                                            QStringLiteral("lee"), kT0.addSecs(5));
        });
        const PolicySet loaded = load();
        QCOMPARE(loaded.defaultStrategy()->name, QStringLiteral("large-models"));
        QVERIFY(!loaded.strategy(QStringLiteral("general"))->isDefault);
        QCOMPARE(historyOf(PolicyKind::Placement, QStringLiteral("general")).size(), 2);
        const fd::Status missing = m_store->writeSync([](sqlite3* db) {
            return repo::setDefaultStrategy(db, QStringLiteral("nope"), {}, kT0);
        });
        QCOMPARE(missing.error().kind, fd::ErrorKind::NotFound);
    }

    void deleteKeepsHistoryAndMarksSync() {
        const qint64 cp = addCluster("karmada-hq");
        FailoverPolicy f;
        f.name = QStringLiteral("standard");
        write([&](sqlite3* db) -> fd::Status {
            if (auto r = repo::savePolicy(db, f, {}, kT0); !r)
                return r.error();
            repo::SyncRecord rec;
            rec.kind = PolicyKind::Failover;
            rec.name = f.name;
            rec.controlPlaneId = cp;
            rec.state = repo::SyncState::InSync;
            return repo::saveSyncRecord(db, rec);
        });
        write([&](sqlite3* db) {
            return repo::deletePolicy(db, PolicyKind::Failover, QStringLiteral("standard"),
                                      QStringLiteral("park"), kT0.addSecs(9));
        });
        QVERIFY(load().failoverPolicies.isEmpty());
        const auto h = historyOf(PolicyKind::Failover, QStringLiteral("standard"));
        QCOMPARE(h.size(), 2);
        QCOMPARE(int(h[0].action), int(repo::VersionAction::Deleted));
        QCOMPARE(h[0].changedBy, QStringLiteral("park"));
        QList<repo::SyncRecord> recs;
        (void)m_store->read([&](sqlite3* db) -> fd::Status {
            recs = repo::syncRecords(db).value();
            return {};
        });
        QCOMPARE(recs.size(), 1);
        QCOMPARE(int(recs[0].state), int(repo::SyncState::Deleting));
        const fd::Status again = m_store->writeSync([](sqlite3* db) {
            return repo::deletePolicy(db, PolicyKind::Failover, QStringLiteral("standard"), {},
                                      kT0);
        });
        QCOMPARE(again.error().kind, fd::ErrorKind::NotFound);
        // Re-creating continues the version numbers.
        write([&](sqlite3* db) -> fd::Status {
            auto r = repo::savePolicy(db, f, {}, kT0.addSecs(20));
            return r ? (*r == 3 ? fd::Status()
                                : fd::Status(fd::makeError(fd::ErrorKind::Internal, "v")))
                     : fd::Status(r.error());
        });
    }

    void syncBookkeeping() {
        const qint64 cp1 = addCluster("karmada-hq");
        const qint64 cp2 = addCluster("karmada-seoul");
        PlacementStrategy s = defaultPolicySet().strategies[0];
        write([&](sqlite3* db) -> fd::Status {
            return repo::savePolicy(db, s, {}, kT0).ok()
                       ? fd::Status()
                       : fd::Status(fd::makeError(fd::ErrorKind::Internal, "save"));
        });
        QCOMPARE(summaryState(PolicyKind::Placement, s.name), QStringLiteral("unsynced"));
        repo::SyncRecord a;
        a.kind = PolicyKind::Placement;
        a.name = s.name;
        a.controlPlaneId = cp1;
        a.state = repo::SyncState::InSync;
        a.objectKind = QStringLiteral("ClusterPropagationPolicy");
        a.objectName = QStringLiteral("fleetdeck-general");
        a.appliedHash = QStringLiteral("sha256:00");
        a.appliedVersion = 1;
        a.appliedAt = kT0;
        a.checkedAt = kT0.addSecs(30);
        a.generation = QStringLiteral("v1.19+");
        repo::SyncRecord b = a;
        b.controlPlaneId = cp2;
        b.state = repo::SyncState::Drifted;
        b.driftedFields = {QStringLiteral("spec.placement.clusterTolerations")};
        write([&](sqlite3* db) { return repo::saveSyncRecord(db, a); });
        QCOMPARE(summaryState(PolicyKind::Placement, s.name), QStringLiteral("synced"));
        write([&](sqlite3* db) { return repo::saveSyncRecord(db, b); });
        QCOMPARE(summaryState(PolicyKind::Placement, s.name), QStringLiteral("drifted"));
        b.state = repo::SyncState::Failed;
        b.lastError = QStringLiteral("admission webhook denied the request");
        write([&](sqlite3* db) { return repo::saveSyncRecord(db, b); });
        QCOMPARE(summaryState(PolicyKind::Placement, s.name), QStringLiteral("failed"));
        QList<repo::SyncRecord> recs;
        (void)m_store->read([&](sqlite3* db) -> fd::Status {
            recs = repo::syncRecords(db, cp2).value();
            return {};
        });
        QCOMPARE(recs.size(), 1);
        b.controlPlaneName = QStringLiteral("karmada-seoul"); // joined from the clusters table
        QCOMPARE(recs[0], b);
        // A change to the policy makes every control plane "not synced" again.
        s.targetLabels.insert(QStringLiteral("team"), QStringLiteral("llm"));
        write([&](sqlite3* db) -> fd::Status {
            return repo::savePolicy(db, s, {}, kT0.addSecs(99)).ok()
                       ? fd::Status()
                       : fd::Status(fd::makeError(fd::ErrorKind::Internal, "save"));
        });
        (void)m_store->read([&](sqlite3* db) -> fd::Status {
            recs = repo::syncRecords(db).value();
            return {};
        });
        QCOMPARE(recs.size(), 2);
        for (const auto& r : recs)
            QCOMPARE(int(r.state), int(repo::SyncState::NotSynced));
        write([&](sqlite3* db) {
            return repo::removeSyncRecord(db, PolicyKind::Placement, s.name, cp1);
        });
        // Removing the control plane's cluster removes its rows.
        write([&](sqlite3* db) {
            return fd::store::exec(db, "DELETE FROM clusters WHERE name = 'karmada-seoul'");
        });
        (void)m_store->read([&](sqlite3* db) -> fd::Status {
            recs = repo::syncRecords(db).value();
            return {};
        });
        QVERIFY(recs.isEmpty());
    }

    void externalObjectsAreKeptApart() {
        const qint64 cp = addCluster("karmada-ext");
        repo::SyncRecord ext;
        ext.kind = PolicyKind::Placement;
        ext.name = QStringLiteral("nginx-propagation");
        ext.controlPlaneId = cp;
        ext.state = repo::SyncState::External;
        ext.objectKind = QStringLiteral("ClusterPropagationPolicy");
        ext.objectName = ext.name;
        write([&](sqlite3* db) { return repo::saveSyncRecord(db, ext); });
        // A Fleetdeck policy of the same name does not turn the external object into its own.
        PlacementStrategy s = defaultPolicySet().strategies[0];
        s.name = ext.name;
        write([&](sqlite3* db) -> fd::Status {
            auto r = repo::savePolicy(db, s, {}, kT0);
            return r ? fd::Status() : fd::Status(r.error());
        });
        s.description = QStringLiteral("changed");
        write([&](sqlite3* db) -> fd::Status {
            auto r = repo::savePolicy(db, s, {}, kT0.addSecs(1));
            return r ? fd::Status() : fd::Status(r.error());
        });
        write([&](sqlite3* db) {
            return repo::deletePolicy(db, PolicyKind::Placement, s.name, {}, kT0.addSecs(2));
        });
        QList<repo::SyncRecord> recs;
        (void)m_store->read([&](sqlite3* db) -> fd::Status {
            recs = repo::syncRecords(db, cp).value();
            return {};
        });
        QCOMPARE(recs.size(), 1);
        QCOMPARE(int(recs[0].state), int(repo::SyncState::External));
        QCOMPARE(recs[0].controlPlaneName, QStringLiteral("karmada-ext"));
        QCOMPARE(int(repo::syncStateFromString(QStringLiteral("external"))),
                 int(repo::SyncState::External));
    }

    void corruptRowIsReported() {
        write([](sqlite3* db) {
            return fd::store::exec(db, "INSERT INTO policies (kind, name, spec_json, created_at, "
                                       "updated_at) VALUES ('resource', 'bad', "
                                       "'{\"name\":\"bad\",\"zoneA\":{\"gpus\":\"many\"}}', 1, 1)");
        });
        const fd::Status st = m_store->read([](sqlite3* db) -> fd::Status {
            auto set = repo::loadPolicies(db);
            return set ? fd::Status() : fd::Status(set.error());
        });
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, fd::ErrorKind::Corrupt);
        QVERIFY(st.error().message.contains(QLatin1String("bad")));
        QVERIFY(st.error().detail.contains(QLatin1String("gpus")));
    }

    void diffOfSpecs() {
        const auto changes = repo::diffSpecs(
            QJsonObject{{QStringLiteral("a"), 1},
                        {QStringLiteral("m"), QJsonObject{{QStringLiteral("x"), 1}}}},
            QJsonObject{{QStringLiteral("a"), 1},
                        {QStringLiteral("m"), QJsonObject{{QStringLiteral("y"), 2}}},
                        {QStringLiteral("l"), QJsonArray{1}}});
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].path, QStringLiteral("l"));
        QCOMPARE(changes[1].path, QStringLiteral("m.x"));
        QVERIFY(changes[1].to.isNull());
        QCOMPARE(changes[2].path, QStringLiteral("m.y"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyStore)
#include "tst_policy_store.moc"
