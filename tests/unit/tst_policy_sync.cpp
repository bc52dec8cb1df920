// Policy sync against the test API server with Karmada's policy CRDs (HEAD, and v1.10.11 for an
// older-generation control plane): create, in sync, drift made behind Fleetdeck's back, a local
// change, deletion, external objects and adoption, a control plane that is down or refuses one
// object. Everything through the registry's one connection per cluster. The guard against two
// syncs at once: in this process, and across processes through the control plane's Lease
// (taken, renewed, released; held by another; stale and taken over; racing holders).
#include "registrytesthelpers.h"

#include "kube/kubeconfig.h"
#include "policy/policyservice.h"
#include "policy/policysync.h"
#include "policy/synclease.h"
#include "registry/clusterconnections.h"
#include "registry/clusterregistryimpl.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <optional>

using namespace fd::policy;
using fd::policy::repository::SyncState;
using fd::test::KubeTestServer;

#define QCOMPARE_ENUM(actual, expected) QCOMPARE(toString(actual), toString(expected))

namespace {

const QString kCpp = QStringLiteral("/apis/policy.karmada.io/v1alpha1/clusterpropagationpolicies");
const QString kCop = QStringLiteral("/apis/policy.karmada.io/v1alpha1/clusteroverridepolicies");

const SyncItem* findItem(const QList<SyncItem>& items, const QString& objectName) {
    for (const SyncItem& i : items)
        if (i.objectName == objectName)
            return &i;
    return nullptr;
}

// Every leaf path of a JSON object ("spec.failover.application.purgeMode").
void leafPaths(const QJsonValue& v, const QString& path, QStringList* out) {
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            leafPaths(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            leafPaths(item, path, out);
    } else {
        out->append(path);
    }
}

} // namespace

class TestPolicySync final : public QObject {
    Q_OBJECT

private:
    KubeTestServer m_kube;
    std::unique_ptr<fd::test::RegistryEnv> m_env;
    std::unique_ptr<PolicyService> m_service;
    std::unique_ptr<PolicySync> m_sync;
    QString m_vc;
    qint64 m_cp = 0;
    int m_serial = 0;

    fd::registry::ClusterRegistryImpl& registry() { return *m_env->registry; }

    qint64 importControlPlane(const QString& vc) {
        const QString path = m_env->dir.filePath(vc + QStringLiteral(".yaml"));
        if (!m_kube.writeKubeconfig(path, QStringLiteral("admin"), KubeTestServer::AuthKind::Token,
                                    vc))
            return 0;
        auto config = fd::kube::readKubeconfigFile(path);
        if (!config || config->contexts.isEmpty())
            return 0;
        auto c = fd::registry::candidateFromContext(config->contexts.first());
        if (!c)
            return 0;
        c->record.name = QStringLiteral("karmada-") + vc;
        const auto outcomes = fd::test::await<QList<fd::registry::ImportOutcome>>(
            [&](auto done) { registry().importClusters({*c}, this, done); });
        if (outcomes.size() != 1 ||
            outcomes.first().action == fd::registry::ImportOutcome::Action::Failed)
            return 0;
        const qint64 id = outcomes.first().id;
        const fd::Status st = fd::test::await<fd::Status>(
            [&](auto done) { registry().setControlPlane(id, true, this, done); });
        return st.ok() ? id : 0;
    }

    SyncReport runSync(bool checkOnly = false, QList<SyncItem>* progress = nullptr) {
        SyncOptions options;
        options.checkOnly = checkOnly;
        return fd::test::await<SyncReport>([&](auto done) {
            m_sync->sync(
                m_cp, QStringLiteral("karmada-") + m_vc, options, this,
                [progress](const SyncItem& i) {
                    if (progress)
                        progress->append(i);
                },
                done);
        });
    }

    fd::test::HttpAnswer admin(const QByteArray& method, const QString& path,
                               const QJsonObject& body = {}) {
        return fd::test::httpJson(m_kube, m_vc, method, path, body);
    }

    repository::SyncRecord record(PolicyKind kind, const QString& name) {
        for (const auto& r : m_service->syncRecords())
            if (r.kind == kind && r.name == name && r.controlPlaneId == m_cp)
                return r;
        return {};
    }

    template <typename Policy> fd::Status save(const Policy& p) {
        return fd::test::await<fd::Result<SaveOutcome>>([&](auto done) {
                   m_service->save(p, SaveMode::Replace, this, done);
               }).ok()
                   ? fd::Status()
                   : fd::Status(
                         fd::Error{fd::ErrorKind::Internal, QStringLiteral("save failed"), {}});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString())); }

    void init() {
        m_env = std::make_unique<fd::test::RegistryEnv>();
        QVERIFY2(m_env->error.isEmpty(), qPrintable(m_env->error));
        m_vc = QStringLiteral("polsync%1").arg(++m_serial);
        m_cp = importControlPlane(m_vc);
        QVERIFY(m_cp > 0);
        m_service = std::make_unique<PolicyService>(*m_env->store);
        QVERIFY(m_service->loadNow().ok());
        const auto defaults = fd::test::await<fd::Result<DefaultSetOutcome>>(
            [&](auto done) { m_service->createDefaultSet(this, done); });
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->created.size(), 7);
        m_sync = std::make_unique<PolicySync>(*m_service, registry().connections());
    }

    void cleanup() {
        m_sync.reset();
        m_service.reset();
        m_env.reset();
    }

    void syncCreatesThenEverythingIsInSync() {
        QList<SyncItem> progress;
        const SyncReport first = runSync(false, &progress);
        QVERIFY2(first.ok(), qPrintable(first.failure ? first.failure->message : QString()));
        QCOMPARE(toString(first.capabilities.generation), QStringLiteral("v1.19+"));
        QCOMPARE(first.items.size(), 6); // 3 strategies + 3 profiles
        QCOMPARE(first.count(SyncAction::Created), 6);
        QCOMPARE(progress.size(), 6); // one progress report per object
        // On the server, as rendered: labels, hash, field manager.
        const auto general = admin("GET", kCpp + QStringLiteral("/fleetdeck-general"));
        QCOMPARE(general.status, 200);
        const QJsonObject meta = general.json.value(u"metadata").toObject();
        QCOMPARE(meta.value(u"labels").toObject().value(kManagedByLabel).toString(),
                 QStringLiteral("fleetdeck"));
        const RenderResult rendered = renderAll(m_service->policies(), first.capabilities);
        for (const RenderedObject& o : rendered.objects) {
            const auto got =
                admin("GET", (o.kind == u"ClusterOverridePolicy" ? kCop : kCpp) + u'/' + o.name);
            QCOMPARE(got.status, 200);
            QCOMPARE(got.json.value(u"metadata")
                         .toObject()
                         .value(u"annotations")
                         .toObject()
                         .value(kAppliedHashAnnotation)
                         .toString(),
                     o.hash);
            QVERIFY2(driftedFields(o.object, got.json).isEmpty(), qPrintable(o.name));
        }
        const QJsonArray managers = meta.value(u"managedFields").toArray();
        QVERIFY(std::any_of(managers.begin(), managers.end(), [](const QJsonValue& m) {
            return m.toObject().value(u"manager").toString() == u"fleetdeck" &&
                   m.toObject().value(u"operation").toString() == u"Apply";
        }));
        QCOMPARE_ENUM(record(PolicyKind::Placement, QStringLiteral("general")).state,
                      SyncState::InSync);
        QCOMPARE_ENUM(
            m_service->syncSummary(PolicyKind::Resource, QStringLiteral("high-performance")).state,
            SyncState::InSync);
        QVERIFY(m_service->capabilitiesKnown());

        // Nothing changed: a second sync sends nothing, a check finds everything in sync.
        const SyncReport second = runSync();
        QCOMPARE(second.count(SyncAction::Unchanged), 6);
        // Every item of a check reaches the progress callback too, though they all settle at once.
        QList<SyncItem> checked;
        const SyncReport check = runSync(true, &checked);
        QVERIFY(check.checkOnly);
        QCOMPARE(check.count(SyncAction::Unchanged), 6);
        QCOMPARE(checked.size(), 6);
    }

    void driftIsFoundWithItsFieldsAndOverwrittenBySync() {
        QVERIFY(runSync().ok());
        // Someone edits the object behind Fleetdeck's back (kubectl edit).
        auto got = admin("GET", kCpp + QStringLiteral("/fleetdeck-general"));
        QCOMPARE(got.status, 200);
        QJsonObject obj = got.json;
        QJsonObject spec = obj.value(u"spec").toObject();
        const QString before = spec.value(u"conflictResolution").toString();
        QCOMPARE(before, QStringLiteral("Abort"));
        spec.insert(QStringLiteral("conflictResolution"), QStringLiteral("Overwrite"));
        obj.insert(QStringLiteral("spec"), spec);
        QCOMPARE(admin("PUT", kCpp + QStringLiteral("/fleetdeck-general"), obj).status, 200);

        const SyncReport check = runSync(true);
        const SyncItem* item = findItem(check.items, QStringLiteral("fleetdeck-general"));
        QVERIFY(item);
        QCOMPARE_ENUM(item->action, SyncAction::Drifted);
        QCOMPARE(item->driftedFields, QStringList{QStringLiteral("spec.conflictResolution")});
        const auto r = record(PolicyKind::Placement, QStringLiteral("general"));
        QCOMPARE_ENUM(r.state, SyncState::Drifted);
        QCOMPARE(r.driftedFields, QStringList{QStringLiteral("spec.conflictResolution")});
        QCOMPARE_ENUM(
            m_service->syncSummary(PolicyKind::Placement, QStringLiteral("general")).state,
            SyncState::Drifted);
        // The check wrote nothing.
        QCOMPARE(admin("GET", kCpp + QStringLiteral("/fleetdeck-general"))
                     .json.value(u"spec")
                     .toObject()
                     .value(u"conflictResolution")
                     .toString(),
                 QStringLiteral("Overwrite"));

        const SyncReport sync = runSync();
        item = findItem(sync.items, QStringLiteral("fleetdeck-general"));
        QVERIFY(item);
        QCOMPARE_ENUM(item->action, SyncAction::Updated);
        QCOMPARE(item->driftedFields, QStringList{QStringLiteral("spec.conflictResolution")});
        QCOMPARE(admin("GET", kCpp + QStringLiteral("/fleetdeck-general"))
                     .json.value(u"spec")
                     .toObject()
                     .value(u"conflictResolution")
                     .toString(),
                 QStringLiteral("Abort"));
        QCOMPARE_ENUM(record(PolicyKind::Placement, QStringLiteral("general")).state,
                      SyncState::InSync);
    }

    void localChangeIsPendingThenApplied() {
        QVERIFY(runSync().ok());
        FailoverPolicy f = m_service->policies().failoverPolicies.first();
        f.tolerationSeconds = 120;
        QVERIFY(save(f).ok());
        // The strategies using it are not synced any more.
        const SyncReport check = runSync(true);
        int pending = 0;
        for (const SyncItem& i : check.items)
            if (i.action == SyncAction::Pending) {
                ++pending;
                QVERIFY(i.driftedFields.contains(
                    QStringLiteral("spec.failover.application.decisionConditions."
                                   "tolerationSeconds")));
            }
        QVERIFY(pending >= 1);
        const SyncReport sync = runSync();
        QCOMPARE(sync.count(SyncAction::Updated), pending);
        QCOMPARE(sync.count(SyncAction::Failed), 0);
    }

    void deletedPolicyIsRemovedFromTheControlPlane() {
        // A profile nothing links to.
        ResourceProfile scratch = m_service->policies().profiles.first();
        scratch.name = QStringLiteral("scratch");
        QVERIFY(save(scratch).ok());
        const QString unused = scratch.name;
        QCOMPARE(runSync().count(SyncAction::Created), 7);
        QCOMPARE(m_service->checkDelete(PolicyKind::Resource, unused).verdict,
                 DeleteVerdict::Allowed);
        QVERIFY(fd::test::await<fd::Status>([&](auto done) {
                    m_service->remove(PolicyKind::Resource, unused, this, done);
                }).ok());
        QCOMPARE_ENUM(record(PolicyKind::Resource, unused).state, SyncState::Deleting);
        const SyncReport check = runSync(true);
        const SyncItem* pending = findItem(check.items, karmadaObjectName(unused));
        QVERIFY(pending);
        QCOMPARE_ENUM(pending->action, SyncAction::Pending);
        QCOMPARE(admin("GET", kCop + u'/' + karmadaObjectName(unused)).status, 200);
        const SyncReport sync = runSync();
        QCOMPARE(sync.count(SyncAction::Deleted), 1);
        QCOMPARE(admin("GET", kCop + u'/' + karmadaObjectName(unused)).status, 404);
        QCOMPARE(record(PolicyKind::Resource, unused).name, QString()); // no record left
    }

    void externalObjectsAreListedAndCanBeAdopted() {
        // Made on the control plane by someone else (karmadactl, a GitOps tool).
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
                 {QStringLiteral("conflictResolution"), QStringLiteral("Overwrite")},
                 {QStringLiteral("placement"),
                  QJsonObject{{QStringLiteral("clusterAffinity"),
                               QJsonObject{{QStringLiteral("clusterNames"),
                                            QJsonArray{QStringLiteral("seoul-a"),
                                                       QStringLiteral("seoul-b")}}}},
                              {QStringLiteral("replicaScheduling"),
                               QJsonObject{{QStringLiteral("replicaSchedulingType"),
                                            QStringLiteral("Duplicated")}}}}},
                 {QStringLiteral("failover"),
                  QJsonObject{
                      {QStringLiteral("application"),
                       QJsonObject{{QStringLiteral("decisionConditions"),
                                    QJsonObject{{QStringLiteral("tolerationSeconds"), 60}}},
                                   {QStringLiteral("purgeMode"), QStringLiteral("Gracefully")},
                                   {QStringLiteral("gracePeriodSeconds"), 900}}}}}}}};
        QCOMPARE(admin("POST", kCpp, external).status, 201);

        const SyncReport check = runSync(true);
        QCOMPARE(check.external.size(), 1);
        QCOMPARE_ENUM(check.external.first().action, SyncAction::External);
        QCOMPARE(m_service->externalObjects().size(), 1);
        QCOMPARE(m_service->externalObjects().first().objectName, QStringLiteral("team-train"));

        const auto adopted = fd::test::await<fd::Result<AdoptOutcome>>([&](auto done) {
            m_sync->adopt(m_cp, QStringLiteral("ClusterPropagationPolicy"),
                          QStringLiteral("team-train"), this, done);
        });
        QVERIFY2(adopted.ok(), qPrintable(adopted ? QString() : adopted.error().message));
        QVERIFY(adopted->created.contains(QStringLiteral("strategy/team-train")));
        QVERIFY(adopted->created.contains(QStringLiteral("failover/team-train")));
        QVERIFY(adopted->notCarried.contains(QStringLiteral("spec.resourceSelectors")));
        const PlacementStrategy* s = m_service->policies().strategy(QStringLiteral("team-train"));
        QVERIFY(s);
        QCOMPARE_ENUM(s->mode, PlacementMode::Manual);
        QCOMPARE(s->targetClusters,
                 (QStringList{QStringLiteral("seoul-a"), QStringLiteral("seoul-b")}));
        QCOMPARE_ENUM(s->conflictResolution, ConflictResolution::Overwrite);
        const FailoverPolicy* f =
            m_service->policies().failoverPolicy(QStringLiteral("team-train"));
        QVERIFY(f);
        QCOMPARE(f->tolerationSeconds, 60);
        QCOMPARE(f->gracePeriodSeconds, 900);

        // The next sync applies Fleetdeck's own object; the original stays, no longer external.
        const SyncReport sync = runSync();
        QVERIFY(sync.ok());
        const SyncItem* mine = findItem(sync.items, QStringLiteral("fleetdeck-team-train"));
        QVERIFY(mine);
        QCOMPARE_ENUM(mine->action, SyncAction::Created);
        QCOMPARE(sync.external.size(), 1);
        QCOMPARE_ENUM(sync.external.first().action, SyncAction::Adopted);
        QVERIFY(m_service->externalObjects().isEmpty());
        const auto original = admin("GET", kCpp + QStringLiteral("/team-train"));
        QCOMPARE(original.status, 200);
        QCOMPARE(original.json.value(u"spec").toObject().value(u"conflictResolution").toString(),
                 QStringLiteral("Overwrite"));

        // Adopting something that is Fleetdeck's own is refused.
        const auto again = fd::test::await<fd::Result<AdoptOutcome>>([&](auto done) {
            m_sync->adopt(m_cp, QStringLiteral("ClusterPropagationPolicy"),
                          QStringLiteral("fleetdeck-general"), this, done);
        });
        QVERIFY(!again.ok());
    }

    void externalOverridePolicyIsAdoptedAsAProfile() {
        // A ClusterOverridePolicy in Fleetdeck's shape made by someone else: rendered from a
        // profile, then stripped of Fleetdeck's marks and renamed.
        ResourceProfile p;
        p.name = QStringLiteral("team-infer");
        p.zoneA.gpus = 2;
        p.zoneA.nvlink = true;
        p.zoneB.gpuSharing = true;
        p.zoneB.gpuSharePercent = 25;
        QJsonObject external =
            renderProfile(p, KarmadaCapabilities::assumed(KarmadaGeneration::V1_19_or_later))
                .objects.first()
                .object;
        external.insert(QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("team-infer")}});
        QCOMPARE(admin("POST", kCop, external).status, 201);
        // And one Fleetdeck cannot represent (Karmada's own example): refused, left alone.
        QJsonObject odd = external;
        odd.insert(QStringLiteral("metadata"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("replicas-one")}});
        QJsonObject spec = odd.value(u"spec").toObject();
        QJsonArray rules = spec.value(u"overrideRules").toArray();
        QJsonObject rule = rules[0].toObject();
        rule.insert(
            QStringLiteral("targetCluster"),
            QJsonObject{{QStringLiteral("clusterNames"), QJsonArray{QStringLiteral("member1")}}});
        rules[0] = rule;
        spec.insert(QStringLiteral("overrideRules"), rules);
        odd.insert(QStringLiteral("spec"), spec);
        QCOMPARE(admin("POST", kCop, odd).status, 201);

        const SyncReport check = runSync(true);
        QCOMPARE(check.external.size(), 2);
        for (const SyncItem& i : check.external) {
            QCOMPARE_ENUM(i.action, SyncAction::External);
            QCOMPARE_ENUM(i.kind, PolicyKind::Resource);
        }

        const auto refused = fd::test::await<fd::Result<AdoptOutcome>>([&](auto done) {
            m_sync->adopt(m_cp, QStringLiteral("ClusterOverridePolicy"),
                          QStringLiteral("replicas-one"), this, done);
        });
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().kind), int(fd::ErrorKind::InvalidInput));
        QCOMPARE(refused.error().detail,
                 QStringLiteral("spec.overrideRules[0].targetCluster.clusterNames"));
        QVERIFY(!m_service->policies().profile(QStringLiteral("replicas-one")));
        const auto untouched = admin("GET", kCop + QStringLiteral("/replicas-one"));
        QCOMPARE(untouched.status, 200);
        QVERIFY(!untouched.json.value(u"metadata")
                     .toObject()
                     .value(u"annotations")
                     .toObject()
                     .contains(kAdoptedAsAnnotation));

        const auto adopted = fd::test::await<fd::Result<AdoptOutcome>>([&](auto done) {
            m_sync->adopt(m_cp, QStringLiteral("ClusterOverridePolicy"),
                          QStringLiteral("team-infer"), this, done);
        });
        QVERIFY2(adopted.ok(), qPrintable(adopted ? QString() : adopted.error().message));
        QCOMPARE(adopted->created, QStringList{QStringLiteral("profile/team-infer")});
        QCOMPARE(adopted->notCarried, QStringList{QStringLiteral("spec.resourceSelectors")});
        const ResourceProfile* got = m_service->policies().profile(QStringLiteral("team-infer"));
        QVERIFY(got);
        ResourceProfile expected = p;
        expected.description = got->description;
        QVERIFY(*got == expected);
        const auto original = admin("GET", kCop + QStringLiteral("/team-infer"));
        QCOMPARE(original.json.value(u"metadata")
                     .toObject()
                     .value(u"annotations")
                     .toObject()
                     .value(kAdoptedAsAnnotation)
                     .toString(),
                 QStringLiteral("profile/team-infer"));
        // No longer listed as external, without waiting for a check.
        QCOMPARE(m_service->externalObjects().size(), 1);
        QCOMPARE(m_service->externalObjects().first().objectName, QStringLiteral("replicas-one"));

        // The next sync applies fleetdeck-team-infer; only the refused one is still external.
        const SyncReport sync = runSync();
        QVERIFY(sync.ok());
        const SyncItem* mine = findItem(sync.items, QStringLiteral("fleetdeck-team-infer"));
        QVERIFY(mine);
        QCOMPARE_ENUM(mine->action, SyncAction::Created);
        QCOMPARE(m_service->externalObjects().size(), 1);
        QCOMPARE(m_service->externalObjects().first().objectName, QStringLiteral("replicas-one"));

        // Other kinds are refused.
        const auto other = fd::test::await<fd::Result<AdoptOutcome>>([&](auto done) {
            m_sync->adopt(m_cp, QStringLiteral("ResourceBinding"), QStringLiteral("team-infer"),
                          this, done);
        });
        QVERIFY(!other.ok());
        QCOMPARE(other.error().detail, QStringLiteral("ResourceBinding"));
    }

    // Namespaced PropagationPolicy / OverridePolicy objects are listed as external under
    // "<namespace>/<name>", never changed by a sync (even one carrying Fleetdeck's label), and
    // adopting one is refused: Fleetdeck's policies have no namespace scope.
    void namespacedPoliciesAreExternalAndNotAdopted() {
        const QString pp = QStringLiteral("/apis/policy.karmada.io/v1alpha1/namespaces/%1/"
                                          "propagationpolicies");
        const QString op =
            QStringLiteral("/apis/policy.karmada.io/v1alpha1/namespaces/%1/overridepolicies");
        const auto sample = [](const char* file) {
            QFile f(QStringLiteral(FLEETDECK_TESTS_DIR "/data/kubeapi/karmada/samples/") +
                    QLatin1String(file));
            if (!f.open(QIODevice::ReadOnly))
                return QJsonObject();
            return QJsonDocument::fromJson(f.readAll()).array().first().toObject();
        };
        for (const char* ns : {"team-a", "team-b"})
            QCOMPARE(admin("POST", QStringLiteral("/api/v1/namespaces"),
                           QJsonObject{{QStringLiteral("metadata"),
                                        QJsonObject{{QStringLiteral("name"), QLatin1String(ns)}}}})
                         .status,
                     201);
        QJsonObject web = sample("nginx_propagationpolicy.json");
        QVERIFY(!web.isEmpty());
        web.insert(QStringLiteral("metadata"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("web")}});
        QCOMPARE(admin("POST", pp.arg(QStringLiteral("team-a")), web).status, 201);
        QJsonObject webOverride = sample("artifacts-example_overridepolicy_simple.json");
        QVERIFY(!webOverride.isEmpty());
        webOverride.insert(QStringLiteral("metadata"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("web")}});
        QCOMPARE(admin("POST", op.arg(QStringLiteral("team-a")), webOverride).status, 201);
        // Named and labelled like Fleetdeck's own object: still not Fleetdeck's.
        QJsonObject lookalike = web;
        lookalike.insert(
            QStringLiteral("metadata"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("fleetdeck-general")},
                        {QStringLiteral("labels"),
                         QJsonObject{{kManagedByLabel, QStringLiteral("fleetdeck")}}}});
        QCOMPARE(admin("POST", pp.arg(QStringLiteral("team-b")), lookalike).status, 201);

        for (bool checkOnly : {true, false}) {
            const SyncReport report = runSync(checkOnly);
            QVERIFY2(report.ok(), qPrintable(report.failure ? report.failure->message : QString()));
            QCOMPARE(report.external.size(), 3);
            const SyncItem* item = findItem(report.external, QStringLiteral("team-b/"
                                                                            "fleetdeck-general"));
            QVERIFY(item);
            QCOMPARE(item->objectKind, QStringLiteral("PropagationPolicy"));
            QCOMPARE_ENUM(item->action, SyncAction::External);
            QVERIFY2(item->message.contains(QStringLiteral("namespace team-b")),
                     qPrintable(item->message));
            QCOMPARE(m_service->externalObjects().size(), 3);
            QCOMPARE(
                record(PolicyKind::Placement, QStringLiteral("external/team-a/web")).objectName,
                QStringLiteral("team-a/web"));
            QCOMPARE(
                record(PolicyKind::Placement, QStringLiteral("external/team-a/web")).objectKind,
                QStringLiteral("PropagationPolicy"));
            QCOMPARE(record(PolicyKind::Resource, QStringLiteral("external/team-a/web")).objectKind,
                     QStringLiteral("OverridePolicy"));
            // Fleetdeck's own ClusterPropagationPolicy of that name is untouched by the lookalike.
            QCOMPARE_ENUM(record(PolicyKind::Placement, QStringLiteral("general")).state,
                          checkOnly ? SyncState::NotSynced : SyncState::InSync);
        }
        // The sync deleted nothing namespaced.
        QCOMPARE(
            admin("GET", pp.arg(QStringLiteral("team-b")) + QStringLiteral("/fleetdeck-general"))
                .status,
            200);

        const auto adopt = [&](const QString& kind, const QString& name) {
            return fd::test::await<fd::Result<AdoptOutcome>>(
                [&](auto done) { m_sync->adopt(m_cp, kind, name, this, done); });
        };
        const auto refused =
            adopt(QStringLiteral("PropagationPolicy"), QStringLiteral("team-a/web"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().detail, QStringLiteral("metadata.namespace"));
        QCOMPARE(refused.error().message,
                 QStringLiteral("PropagationPolicy team-a/web applies only in namespace team-a, "
                                "and a Fleetdeck placement strategy cannot be limited to one "
                                "namespace; keep it as it is, or create a strategy in Fleetdeck "
                                "for every namespace."));
        const auto refusedProfile =
            adopt(QStringLiteral("OverridePolicy"), QStringLiteral("team-a/web"));
        QVERIFY(!refusedProfile.ok());
        QCOMPARE(refusedProfile.error().detail, QStringLiteral("metadata.namespace"));
        QVERIFY(refusedProfile.error().message.contains(QStringLiteral("resource profile")));
        // Nothing saved, the object not annotated, still listed.
        QVERIFY(!m_service->policies().strategy(QStringLiteral("web")));
        QVERIFY(!m_service->policies().profile(QStringLiteral("web")));
        const QJsonObject after =
            admin("GET", pp.arg(QStringLiteral("team-a")) + QStringLiteral("/web")).json;
        QVERIFY(!after.value(u"metadata")
                     .toObject()
                     .value(u"annotations")
                     .toObject()
                     .contains(kAdoptedAsAnnotation));
        QCOMPARE(m_service->externalObjects().size(), 3);
        // Named without its namespace, or one that is not there.
        const auto bare = adopt(QStringLiteral("PropagationPolicy"), QStringLiteral("web"));
        QVERIFY(!bare.ok());
        QCOMPARE(bare.error().message,
                 QStringLiteral("Name the PropagationPolicy as NAMESPACE/NAME, as the sync lists "
                                "it."));
        const auto qualifiedCluster =
            adopt(QStringLiteral("ClusterPropagationPolicy"), QStringLiteral("team-a/web"));
        QVERIFY(!qualifiedCluster.ok());
        const auto missing =
            adopt(QStringLiteral("PropagationPolicy"), QStringLiteral("team-a/nothing"));
        QVERIFY(!missing.ok());
        QCOMPARE(int(missing.error().kind), int(fd::ErrorKind::NotFound));
    }

    // A user who may not list PropagationPolicy across namespaces gets a sync of the rest and
    // one sentence saying those objects were not compared (with the server's words).
    void forbiddenNamespacedListIsReported() {
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
            m_vc));
        const SyncReport report = runSync(false);
        QVERIFY2(report.ok(), qPrintable(report.failure ? report.failure->message : QString()));
        QCOMPARE(report.count(SyncAction::Created), 6);
        QCOMPARE(report.notCompared,
                 QStringList{QStringLiteral("Namespaced PropagationPolicy objects could not be "
                                            "listed: %1; they are not compared.")
                                 .arg(denied)});
        QVERIFY(m_kube.setKnobs({{QStringLiteral("fail"), QJsonValue::Null}}, m_vc));
        QVERIFY(runSync(true).notCompared.isEmpty());
    }

    void olderGenerationGetsOnlyWhatItsSchemaDeclares() {
        QVERIFY(m_kube.setKnobs(
            QJsonObject{{QStringLiteral("karmadaRelease"), QStringLiteral("v1.10.11")}}, m_vc));
        const auto caps = fd::test::await<fd::Result<KarmadaCapabilities>>(
            [&](auto done) { m_sync->readCapabilities(m_cp, this, done); });
        QVERIFY(caps.ok());
        QCOMPARE_ENUM(caps->generation, KarmadaGeneration::V1_6_to_1_10);
        QCOMPARE_ENUM(m_service->capabilities().generation, KarmadaGeneration::V1_6_to_1_10);

        const SyncReport report = runSync();
        QVERIFY2(report.ok(), qPrintable(report.failure ? report.failure->message : QString()));
        QCOMPARE(report.count(SyncAction::Created), 6);
        // Every field on the server is one its CRD declares, and purge modes are the old words.
        const auto list = admin("GET", kCpp);
        QCOMPARE(list.status, 200);
        for (const QJsonValue& item : list.json.value(u"items").toArray()) {
            QStringList paths;
            leafPaths(item.toObject().value(u"spec"), QString(), &paths);
            for (const QString& p : std::as_const(paths)) {
                // Declared, or inside a free-form map the schema declares (matchLabels: keys of
                // its own, with dots).
                bool declared = caps->hasPropagationField(p);
                for (qsizetype dot = p.indexOf(u'.'); !declared && dot > 0;
                     dot = p.indexOf(u'.', dot + 1))
                    declared = caps->propagationOpaque.contains(p.left(dot));
                QVERIFY2(declared, qPrintable(p));
            }
            const QString purge = item.toObject()
                                      .value(u"spec")
                                      .toObject()
                                      .value(u"failover")
                                      .toObject()
                                      .value(u"application")
                                      .toObject()
                                      .value(u"purgeMode")
                                      .toString();
            if (!purge.isEmpty())
                QVERIFY2(QStringList({QStringLiteral("Immediately"), QStringLiteral("Graciously"),
                                      QStringLiteral("Never")})
                             .contains(purge),
                         qPrintable(purge));
        }
        QCOMPARE(record(PolicyKind::Placement, QStringLiteral("general")).generation,
                 QStringLiteral("v1.6-v1.10"));
        // The same objects again are in sync (no field the server dropped).
        QCOMPARE(runSync(true).count(SyncAction::Unchanged), 6);
        QVERIFY(
            m_kube.setKnobs(QJsonObject{{QStringLiteral("karmadaRelease"), QJsonValue()}}, m_vc));
    }

    void controlPlaneDownKeepsPoliciesAndMarksThemFailed() {
        QVERIFY(
            m_kube.setKnobs(QJsonObject{{QStringLiteral("fail"),
                                         QJsonObject{{QStringLiteral("path"), QStringLiteral(".*")},
                                                     {QStringLiteral("status"), 500},
                                                     {QStringLiteral("count"), -1}}}},
                            m_vc));
        const SyncReport report = runSync();
        QVERIFY(report.failure.has_value());
        QVERIFY(!report.failure->message.isEmpty());
        QCOMPARE(m_service->policies().strategies.size(), 3);
        const auto r = record(PolicyKind::Placement, QStringLiteral("general"));
        QCOMPARE_ENUM(r.state, SyncState::Failed);
        QCOMPARE(r.lastError, report.failure->message);
        QVERIFY(m_kube.setKnobs(QJsonObject{{QStringLiteral("fail"), QJsonValue()}}, m_vc));
        // Back up: the next sync puts everything there.
        QCOMPARE(runSync().count(SyncAction::Created), 6);
    }

    void refusedObjectFailsAloneWithTheServersMessage() {
        QVERIFY(m_kube.setKnobs(
            QJsonObject{{QStringLiteral("fail"),
                         QJsonObject{{QStringLiteral("path"),
                                      QStringLiteral("clusteroverridepolicies/fleetdeck-")},
                                     {QStringLiteral("method"), QStringLiteral("PATCH")},
                                     {QStringLiteral("status"), 500},
                                     {QStringLiteral("count"), -1}}}},
            m_vc));
        const SyncReport report = runSync();
        QVERIFY(!report.failure);
        QCOMPARE(report.count(SyncAction::Created), 3);
        QCOMPARE(report.count(SyncAction::Failed), 3);
        for (const SyncItem& i : report.items)
            if (i.action == SyncAction::Failed) {
                QCOMPARE(i.objectKind, QStringLiteral("ClusterOverridePolicy"));
                QVERIFY(!i.message.isEmpty());
                QCOMPARE_ENUM(record(PolicyKind::Resource, i.policy).state, SyncState::Failed);
                QCOMPARE(record(PolicyKind::Resource, i.policy).lastError, i.message);
            }
        QVERIFY(m_kube.setKnobs(QJsonObject{{QStringLiteral("fail"), QJsonValue()}}, m_vc));
    }

    void driftIgnoresWhatFleetdeckDidNotWrite() {
        const QJsonObject applied{
            {QStringLiteral("metadata"),
             QJsonObject{
                 {QStringLiteral("labels"), QJsonObject{{QStringLiteral("fleetdeck.io/managed-by"),
                                                         QStringLiteral("fleetdeck")}}}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("a"), 1},
                         {QStringLiteral("list"), QJsonArray{QStringLiteral("x")}}}}};
        QJsonObject server = applied;
        QJsonObject spec = server.value(u"spec").toObject();
        spec.insert(QStringLiteral("defaulted"), true); // set by the server, no manager
        server.insert(QStringLiteral("spec"), spec);
        QVERIFY(driftedFields(applied, server).isEmpty());
        spec.insert(QStringLiteral("list"), QJsonArray{QStringLiteral("y")});
        server.insert(QStringLiteral("spec"), spec);
        QCOMPARE(driftedFields(applied, server), QStringList{QStringLiteral("spec.list[0]")});
        // A field another manager owns (kubectl edit on a real API server) is a drift too.
        QJsonObject meta = server.value(u"metadata").toObject();
        meta.insert(
            QStringLiteral("managedFields"),
            QJsonArray{QJsonObject{
                {QStringLiteral("manager"), QStringLiteral("kubectl-edit")},
                {QStringLiteral("fieldsV1"),
                 QJsonObject{{QStringLiteral("f:spec"),
                              QJsonObject{{QStringLiteral("f:priority"), QJsonObject{}}}}}}}});
        server.insert(QStringLiteral("metadata"), meta);
        QCOMPARE(driftedFields(applied, server),
                 (QStringList{QStringLiteral("spec.list[0]"), QStringLiteral("spec.priority")}));
        // Another tool applying Fleetdeck's own value shares the field: no drift. The same tool
        // holding another value is one.
        meta.insert(QStringLiteral("managedFields"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("manager"), QStringLiteral("helm")},
                        {QStringLiteral("operation"), QStringLiteral("Apply")},
                        {QStringLiteral("fieldsV1"),
                         QJsonObject{{QStringLiteral("f:spec"),
                                      QJsonObject{{QStringLiteral("f:a"), QJsonObject{}}}}}}}});
        server.insert(QStringLiteral("metadata"), meta);
        spec.insert(QStringLiteral("list"), QJsonArray{QStringLiteral("x")});
        server.insert(QStringLiteral("spec"), spec);
        QVERIFY(driftedFields(applied, server).isEmpty());
        spec.insert(QStringLiteral("a"), 2);
        server.insert(QStringLiteral("spec"), spec);
        QCOMPARE(driftedFields(applied, server), QStringList{QStringLiteral("spec.a")});
    }

    // The removal after the forced apply is tested against the resourceVersion the apply
    // answered: a failed test (422; 409 alike) reads the object again and tries once more, a
    // second failure fails the item with the server's message and leaves the field.
    void foreignFieldRemovalRetriesOnceThenFails() {
        QVERIFY(runSync().ok());
        const QString path = kCpp + QStringLiteral("/fleetdeck-general");
        const auto addPriority = [&] {
            QJsonObject obj = admin("GET", path).json;
            QJsonObject spec = obj.value(u"spec").toObject();
            spec.insert(QStringLiteral("priority"), 7);
            obj.insert(QStringLiteral("spec"), spec);
            return admin("PUT", path + QStringLiteral("?fieldManager=kubectl-edit"), obj).status;
        };
        const auto failRemoval = [&](int status, const QString& reason, const QString& message,
                                     int count) {
            return m_kube.setKnobs(
                QJsonObject{{QStringLiteral("fail"),
                             QJsonObject{{QStringLiteral("method"), QStringLiteral("PATCH")},
                                         {QStringLiteral("contentType"),
                                          QStringLiteral("application/json-patch+json")},
                                         {QStringLiteral("status"), status},
                                         {QStringLiteral("reason"), reason},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("count"), count}}}},
                m_vc);
        };
        const auto priority = [&] {
            return admin("GET", path).json.value(u"spec").toObject().value(u"priority");
        };
        QCOMPARE(addPriority(), 200);
        QVERIFY(failRemoval(422, QStringLiteral("Invalid"),
                            QStringLiteral("testing value /metadata/resourceVersion failed"), 1));
        SyncReport sync = runSync();
        const SyncItem* item = findItem(sync.items, QStringLiteral("fleetdeck-general"));
        QVERIFY(item);
        QCOMPARE_ENUM(item->action, SyncAction::Updated);
        QCOMPARE_ENUM(item->state, SyncState::InSync);
        QCOMPARE(item->removedFields, QStringList{QStringLiteral("spec.priority")});
        QVERIFY(item->message.contains(u"spec.priority"));
        QVERIFY(priority().isUndefined());
        QVERIFY(sync.ok());

        QCOMPARE(addPriority(), 200);
        const QString conflict = QStringLiteral(
            "Operation cannot be fulfilled on clusterpropagationpolicies.policy.karmada.io "
            "\"fleetdeck-general\": the object has been modified; please apply your changes to "
            "the latest version and try again");
        QVERIFY(failRemoval(409, QStringLiteral("Conflict"), conflict, 2));
        sync = runSync();
        item = findItem(sync.items, QStringLiteral("fleetdeck-general"));
        QVERIFY(item);
        QCOMPARE_ENUM(item->action, SyncAction::Failed);
        QCOMPARE(item->message, conflict);
        QVERIFY(item->removedFields.isEmpty());
        QCOMPARE(priority(), QJsonValue(7));
        QCOMPARE_ENUM(record(PolicyKind::Placement, QStringLiteral("general")).state,
                      SyncState::Failed);
        QVERIFY(m_kube.setKnobs(QJsonObject{{QStringLiteral("fail"), QJsonValue()}}, m_vc));
        // Once the server lets it, the next sync removes it.
        sync = runSync();
        QVERIFY(sync.ok());
        QVERIFY(priority().isUndefined());
    }

    // What a sync removes after its forced apply: spec fields only other managers own, that
    // Fleetdeck does not render, outermost first, only where the object has them.
    void foreignOnlyFieldsAreWhatOnlyOthersSet() {
        const auto parse = [](const char* json) { return QJsonDocument::fromJson(json).object(); };
        const QJsonObject rendered =
            parse("{"
                  "\"metadata\": {\"name\": \"fleetdeck-x\", \"labels\": "
                  "{\"fleetdeck.io/managed-by\": \"fleetdeck\"}},"
                  "\"spec\": {\"a\": 1, \"shared\": \"s\","
                  "\"placement\": {\"affinity\": {\"names\": [\"m1\"]},"
                  "\"selector\": {\"matchLabels\": {\"fleetdeck.io/zone\": \"A\"}}},"
                  "\"tolerations\": [{\"key\": \"k\"}]}}");
        QJsonObject server = parse(
            "{"
            "\"metadata\": {\"name\": \"fleetdeck-x\", \"resourceVersion\": \"42\", "
            "\"managedFields\": ["
            "{\"manager\": \"fleetdeck\", \"operation\": \"Apply\", \"fieldsV1\": {\"f:spec\": {"
            "\"f:a\": {}, \"f:shared\": {}, \"f:tolerations\": {},"
            "\"f:placement\": {\"f:affinity\": {\"f:names\": {}},"
            "\"f:selector\": {\"f:matchLabels\": {\"f:fleetdeck.io/zone\": {}}}}}}},"
            "{\"manager\": \"kubectl-patch\", \"operation\": \"Update\", \"fieldsV1\": "
            "{\"f:spec\": {"
            "\"f:priority\": {}, \"f:shared\": {}, \"f:gone\": {},"
            "\"f:suspension\": {\".\": {}, \"f:dispatching\": {}},"
            "\"f:spreadConstraints\": {\"k:{\\\"spreadByField\\\":\\\"cluster\\\"}\": {}},"
            "\"f:tolerations\": {\"k:{\\\"key\\\":\\\"other\\\"}\": {}},"
            "\"f:placement\": {\"f:affinity\": {\"f:exclude\": {}},"
            "\"f:selector\": {\"f:matchLabels\": {\"f:team.io/o~x\": {}}}}}}},"
            "{\"manager\": \"other-tool\", \"operation\": \"Apply\", \"fieldsV1\": {\"f:spec\": {"
            "\"f:suspension\": {\"f:dispatchingOnClusters\": {\"f:clusterNames\": {}}}}}}]},"
            "\"spec\": {\"a\": 1, \"shared\": \"s\", \"priority\": 7, \"defaulted\": true,"
            "\"suspension\": {\"dispatching\": true, \"dispatchingOnClusters\": {\"clusterNames\": "
            "[\"m2\"]}},"
            "\"spreadConstraints\": [{\"spreadByField\": \"cluster\"}],"
            "\"placement\": {\"affinity\": {\"names\": [\"m1\"], \"exclude\": [\"m3\"]},"
            "\"selector\": {\"matchLabels\": {\"fleetdeck.io/zone\": \"A\","
            "\"team.io/o~x\": \"y\"}}},"
            "\"tolerations\": [{\"key\": \"k\"}, {\"key\": \"other\"}]}}");
        const QList<ForeignField> fields = foreignOnlyFields(rendered, server);
        // Not: a (Fleetdeck's), shared (Fleetdeck renders it), gone (not on the object),
        // defaulted (no manager), tolerations (a list Fleetdeck renders); suspension once.
        QCOMPARE(fields,
                 (QList<ForeignField>{
                     {QStringLiteral("spec.placement.affinity.exclude"),
                      QStringLiteral("/spec/placement/affinity/exclude")},
                     {QStringLiteral("spec.placement.selector.matchLabels.team.io/o~x"),
                      QStringLiteral("/spec/placement/selector/matchLabels/team.io~1o~0x")},
                     {QStringLiteral("spec.priority"), QStringLiteral("/spec/priority")},
                     {QStringLiteral("spec.spreadConstraints"),
                      QStringLiteral("/spec/spreadConstraints")},
                     {QStringLiteral("spec.suspension"), QStringLiteral("/spec/suspension")}}));
        const QJsonArray patch = removalPatch(QStringLiteral("42"), fields.mid(2, 1));
        QCOMPARE(
            patch,
            (QJsonArray{
                QJsonObject{{QStringLiteral("op"), QStringLiteral("test")},
                            {QStringLiteral("path"), QStringLiteral("/metadata/resourceVersion")},
                            {QStringLiteral("value"), QStringLiteral("42")}},
                QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                            {QStringLiteral("path"), QStringLiteral("/spec/priority")}}}));
        // Fleetdeck's own ownership of a part wins: nothing under it is removed.
        QJsonObject meta = server.value(u"metadata").toObject();
        QJsonArray managed = meta.value(u"managedFields").toArray();
        QJsonObject ours = managed.at(0).toObject();
        QJsonObject ownedSpec = ours.value(u"fieldsV1").toObject().value(u"f:spec").toObject();
        ownedSpec.insert(QStringLiteral("f:priority"), QJsonObject{});
        ours.insert(QStringLiteral("fieldsV1"), QJsonObject{{QStringLiteral("f:spec"), ownedSpec}});
        managed.replace(0, ours);
        meta.insert(QStringLiteral("managedFields"), managed);
        server.insert(QStringLiteral("metadata"), meta);
        QVERIFY(!foreignOnlyFields(rendered, server)
                     .contains(ForeignField{QStringLiteral("spec.priority"),
                                            QStringLiteral("/spec/priority")}));
        // No other manager: nothing to remove.
        meta.insert(QStringLiteral("managedFields"), QJsonArray{managed.at(0)});
        server.insert(QStringLiteral("metadata"), meta);
        QVERIFY(foreignOnlyFields(rendered, server).isEmpty());
    }

    // An external object named like a Fleetdeck policy of the same kind (strategy "general",
    // whose own object is fleetdeck-general) is recorded and listed too, and leaves the
    // policy's state alone.
    void externalNamedLikeAPolicyIsKeptApart() {
        QVERIFY(runSync().ok());
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
        QCOMPARE(admin("POST", kCpp, external).status, 201);
        for (bool checkOnly : {true, false}) {
            const SyncReport report = runSync(checkOnly);
            QVERIFY(report.ok());
            QCOMPARE(report.external.size(), 1);
            const QList<repository::SyncRecord> externals = m_service->externalObjects();
            QCOMPARE(externals.size(), 1);
            QCOMPARE(externals.first().objectName, QStringLiteral("general"));
            QCOMPARE(externals.first().name, QStringLiteral("external/general"));
            QCOMPARE(int(externals.first().kind), int(PolicyKind::Placement));
            QCOMPARE_ENUM(record(PolicyKind::Placement, QStringLiteral("general")).state,
                          SyncState::InSync);
            QCOMPARE(record(PolicyKind::Placement, QStringLiteral("general")).objectName,
                     QStringLiteral("fleetdeck-general"));
            QCOMPARE_ENUM(
                m_service->syncSummary(PolicyKind::Placement, QStringLiteral("general")).state,
                SyncState::InSync);
        }
        // Gone from the control plane, gone from the list.
        QCOMPARE(admin("DELETE", kCpp + QStringLiteral("/general")).status, 200);
        QVERIFY(runSync(true).ok());
        QVERIFY(m_service->externalObjects().isEmpty());
    }

    // ---- the concurrent sync guard -------------------------------------------------------------

    void secondSyncInThisProcessIsRefused() {
        SyncOptions options;
        std::optional<SyncReport> first, second;
        m_sync->sync(m_cp, QStringLiteral("karmada-") + m_vc, options, this, {},
                     [&](SyncReport r) { first = r; });
        // Another PolicySync on the same connections (a second window) while the first runs.
        PolicySync other(*m_service, registry().connections());
        other.sync(m_cp, QStringLiteral("karmada-") + m_vc, options, this, {},
                   [&](SyncReport r) { second = r; });
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 30000);
        QVERIFY2(first->ok(), qPrintable(first->failure ? first->failure->message : QString()));
        QVERIFY(second->failure);
        QCOMPARE(second->failure->message,
                 QStringLiteral("A policy sync with karmada-%1 is already running here; wait for "
                                "it to finish, then sync again.")
                     .arg(m_vc));
        QVERIFY(second->items.isEmpty());
        QVERIFY(second->busy);
        QVERIFY(!first->busy);
        // Once the first ended, the guard is free again (a check too goes through).
        QVERIFY(runSync().ok());
        QVERIFY(runSync(true).ok());
    }

    // A view closed mid-sync takes its PolicySync with it: the control plane is free again for
    // the next one in this process (its lease, not released, expires by itself).
    void syncObjectDestroyedMidRunFreesTheGuard() {
        bool called = false;
        auto doomed = std::make_unique<PolicySync>(*m_service, registry().connections());
        doomed->sync(m_cp, QStringLiteral("karmada-") + m_vc, {}, this, {},
                     [&](SyncReport) { called = true; });
        doomed.reset();
        QVERIFY(SyncGuard::tryEnter(&registry().connections(), m_cp));
        SyncGuard::leave(&registry().connections(), m_cp);
        QVERIFY(!called);
    }

    void leaseIsTakenRenewedAndReleased() {
        // No karmada-system here: the lease goes to kube-system.
        SyncLease lease(registry().connections(), m_cp, m_vc, QStringLiteral("unit@test pid 1"));
        lease.setRenewIntervalMs(100);
        const fd::Status taken =
            fd::test::await<fd::Status>([&](auto done) { lease.acquire(done); });
        QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().message));
        QCOMPARE(lease.namespaceName(), QStringLiteral("kube-system"));
        const QString path = QStringLiteral("/apis/coordination.k8s.io/v1/namespaces/kube-system/"
                                            "leases/fleetdeck-policy-sync");
        auto got = admin("GET", path);
        QCOMPARE(got.status, 200);
        const LeaseState first = decodeLease(got.json);
        QCOMPARE(first.holder, QStringLiteral("unit@test pid 1"));
        QCOMPARE(first.durationSeconds, kSyncLeaseSeconds);
        QTRY_VERIFY(lease.renewals() >= 2);
        QVERIFY(decodeLease(admin("GET", path).json).renewed >= first.renewed);

        // Another holder is refused while it is held, with who holds it.
        SyncLease rival(registry().connections(), m_cp, m_vc, QStringLiteral("rival@test pid 2"));
        const fd::Status refused =
            fd::test::await<fd::Status>([&](auto done) { rival.acquire(done); });
        QVERIFY(!refused.ok());
        QVERIFY(rival.heldByOther());
        QVERIFY2(refused.error().message.contains(QStringLiteral("held by unit@test pid 1")),
                 qPrintable(refused.error().message));

        bool released = false;
        lease.release([&] { released = true; });
        QTRY_VERIFY(released);
        got = admin("GET", path);
        QVERIFY(decodeLease(got.json).holder.isEmpty());
        const int renewalsAtRelease = lease.renewals();
        QTest::qWait(300);
        QCOMPARE(lease.renewals(), renewalsAtRelease); // no renewal after the release
        // Free now: the rival takes it, counting one transition.
        SyncLease again(registry().connections(), m_cp, m_vc, QStringLiteral("rival@test pid 2"));
        QVERIFY(fd::test::await<fd::Status>([&](auto done) { again.acquire(done); }).ok());
        QCOMPARE(decodeLease(admin("GET", path).json).holder, QStringLiteral("rival@test pid 2"));
        bool done = false;
        again.release([&] { done = true; });
        QTRY_VERIFY(done);
    }

    // Expiry is judged by watching the record on the local monotonic clock, as client-go does;
    // renewTime is only a hint.
    void leaseDecisionJudgesExpiryByLocalTime() {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        LeaseState lease;
        lease.holder = QStringLiteral("other@host pid 9");
        lease.durationSeconds = 15;
        lease.renewed = now;
        lease.resourceVersion = QStringLiteral("10");
        LeaseObservation seen;
        const QString me = QStringLiteral("me@host pid 1");
        // Free or ours: taken.
        LeaseState free = lease;
        free.holder.clear();
        QCOMPARE(decideLease(free, me, now, 0, &seen).action, LeaseDecision::Take);
        LeaseState mine = lease;
        mine.holder = me;
        QCOMPARE(decideLease(mine, me, now, 0, &seen).action, LeaseDecision::Take);
        // Looks live: refused, and watched from now on.
        QCOMPARE(decideLease(lease, me, now, 1000, &seen).action, LeaseDecision::Refuse);
        QCOMPARE(seen.resourceVersion, QStringLiteral("10"));
        QCOMPARE(seen.sinceMs, 1000);
        QCOMPARE(decideLease(lease, me, now, 15999, &seen).action, LeaseDecision::Refuse);
        // Unchanged for its whole duration here: expired, whatever its renewTime says (this
        // clock may be behind the holder's).
        QCOMPARE(decideLease(lease, me, now, 16000, &seen).action, LeaseDecision::Take);
        // Renewed meanwhile: watched again from that moment.
        lease.resourceVersion = QStringLiteral("11");
        QCOMPARE(decideLease(lease, me, now, 17000, &seen).action, LeaseDecision::Refuse);
        QCOMPARE(seen.sinceMs, 17000);
        // Stale by its renewTime (or this clock is ahead): not taken at once, watched for the
        // rest of its duration first.
        LeaseObservation fresh;
        LeaseState old = lease;
        old.renewed = now.addSecs(-3600);
        LeaseDecision d = decideLease(old, me, now, 50000, &fresh);
        QCOMPARE(d.action, LeaseDecision::Wait);
        QCOMPARE(d.waitMs, 15000);
        d = decideLease(old, me, now, 56000, &fresh);
        QCOMPARE(d.action, LeaseDecision::Wait);
        QCOMPARE(d.waitMs, 9000);
        QCOMPARE(decideLease(old, me, now, 65000, &fresh).action, LeaseDecision::Take);
        // Without a resourceVersion there is nothing to watch: the clock decides.
        LeaseObservation none;
        old.resourceVersion.clear();
        QCOMPARE(decideLease(old, me, now, 0, &none).action, LeaseDecision::Take);
        lease.resourceVersion.clear();
        QCOMPARE(decideLease(lease, me, now, 0, &none).action, LeaseDecision::Refuse);
    }

    // A lease left by a crashed holder (renewTime long past) is taken over only after it was
    // watched unchanged for its duration; one renewed meanwhile is refused.
    void staleLeaseIsWatchedBeforeItIsTaken() {
        const QString path = QStringLiteral("/apis/coordination.k8s.io/v1/namespaces/kube-system/"
                                            "leases/fleetdeck-policy-sync");
        const QString old = microTime(QDateTime::currentDateTimeUtc().addSecs(-3600));
        const QJsonObject ghost{
            {QStringLiteral("apiVersion"), QStringLiteral("coordination.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("Lease")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), kSyncLeaseName},
                         {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("holderIdentity"), QStringLiteral("ghost@test pid 7")},
                         {QStringLiteral("leaseDurationSeconds"), 2},
                         {QStringLiteral("acquireTime"), old},
                         {QStringLiteral("renewTime"), old},
                         {QStringLiteral("leaseTransitions"), 3}}}};
        QCOMPARE(admin("POST",
                       QStringLiteral("/apis/coordination.k8s.io/v1/namespaces/kube-system/leases"),
                       ghost)
                     .status,
                 201);
        QElapsedTimer clock;
        clock.start();
        SyncLease lease(registry().connections(), m_cp, m_vc, QStringLiteral("unit@test pid 1"));
        const fd::Status taken =
            fd::test::await<fd::Status>([&](auto done) { lease.acquire(done); });
        QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().message));
        QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
        LeaseState now = decodeLease(admin("GET", path).json);
        QCOMPARE(now.holder, QStringLiteral("unit@test pid 1"));
        QCOMPARE(now.transitions, 4);
        bool released = false;
        lease.release([&] { released = true; });
        QTRY_VERIFY(released);

        // Stale-looking again, but its holder comes back while it is watched: refused.
        QJsonObject back = admin("GET", path).json;
        QJsonObject spec = back.value(u"spec").toObject();
        spec.insert(QStringLiteral("holderIdentity"), QStringLiteral("ghost@test pid 7"));
        spec.insert(QStringLiteral("leaseDurationSeconds"), 2);
        spec.insert(QStringLiteral("renewTime"), old);
        back.insert(QStringLiteral("spec"), spec);
        QCOMPARE(admin("PUT", path, back).status, 200);
        SyncLease second(registry().connections(), m_cp, m_vc, QStringLiteral("unit@test pid 1"));
        std::optional<fd::Status> result;
        second.acquire([&](fd::Status s) { result = s; });
        QTest::qWait(500);
        QVERIFY(!result);
        QJsonObject renewed = admin("GET", path).json;
        spec = renewed.value(u"spec").toObject();
        spec.insert(QStringLiteral("renewTime"), microTime(QDateTime::currentDateTimeUtc()));
        spec.insert(QStringLiteral("leaseDurationSeconds"), 30);
        renewed.insert(QStringLiteral("spec"), spec);
        QCOMPARE(admin("PUT", path, renewed).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QVERIFY(second.heldByOther());
        QVERIFY(result->error().message.contains(QStringLiteral("held by ghost@test pid 7")));
    }

    // The process-wide observation table keeps only what is in use: entries idle for longer
    // than the bound go on the next lookup, forgotten ones at once.
    void leaseObservationsArePruned() {
        LeaseObservations table;
        const qint64 t0 = 1'000'000;
        table.at(QStringLiteral("a"), t0).resourceVersion = QStringLiteral("1");
        table.at(QStringLiteral("b"), t0 + 1000).resourceVersion = QStringLiteral("2");
        QCOMPARE(table.size(), 2);
        // Looked at again: kept, with what was observed.
        QCOMPARE(table.at(QStringLiteral("a"), t0 + LeaseObservations::kMaxIdleMs).resourceVersion,
                 QStringLiteral("1"));
        QCOMPARE(table.size(), 2);
        // "b" idle past the bound: dropped when anything is looked up.
        table.at(QStringLiteral("c"), t0 + 1000 + LeaseObservations::kMaxIdleMs + 1);
        QVERIFY(!table.contains(QStringLiteral("b")));
        QVERIFY(table.contains(QStringLiteral("a")));
        // The entry looked up is kept whatever its age (a lease longer than the bound is still
        // being watched); the others idle too long go.
        QCOMPARE(
            table.at(QStringLiteral("a"), t0 + 3 * LeaseObservations::kMaxIdleMs).resourceVersion,
            QStringLiteral("1"));
        QVERIFY(!table.contains(QStringLiteral("c")));
        table.at(QStringLiteral("c"), t0 + 5 * LeaseObservations::kMaxIdleMs);
        QCOMPARE(table.size(), 1); // "a" idle too long as well
        table.forget(QStringLiteral("c"));
        QCOMPARE(table.size(), 0);
        // A fresh entry after being dropped: nothing observed.
        QVERIFY(table.at(QStringLiteral("b"), t0).resourceVersion.isEmpty());
    }

    // A lease that looks live only because this clock is behind the holder's (renewTime in the
    // future) is refused at first, and taken once this process has seen it unchanged for its
    // duration.
    void liveLookingLeaseIsTakenOnceSeenUnchanged() {
        const QString ahead = microTime(QDateTime::currentDateTimeUtc().addSecs(3600));
        const QJsonObject lease{
            {QStringLiteral("apiVersion"), QStringLiteral("coordination.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("Lease")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), kSyncLeaseName},
                         {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("holderIdentity"), QStringLiteral("ahead@test pid 8")},
                         {QStringLiteral("leaseDurationSeconds"), 1},
                         {QStringLiteral("acquireTime"), ahead},
                         {QStringLiteral("renewTime"), ahead}}}};
        QCOMPARE(admin("POST",
                       QStringLiteral("/apis/coordination.k8s.io/v1/namespaces/kube-system/leases"),
                       lease)
                     .status,
                 201);
        SyncLease first(registry().connections(), m_cp, m_vc, QStringLiteral("unit@test pid 1"));
        QVERIFY(!fd::test::await<fd::Status>([&](auto done) { first.acquire(done); }).ok());
        QVERIFY(first.heldByOther());
        const QString observed = LeaseObservations::key(&registry().connections(), m_cp, m_vc,
                                                        QStringLiteral("kube-system"));
        QVERIFY(LeaseObservations::process().contains(observed)); // remembered for the next try
        QTest::qWait(1100);
        SyncLease later(registry().connections(), m_cp, m_vc, QStringLiteral("unit@test pid 1"));
        const fd::Status taken =
            fd::test::await<fd::Status>([&](auto done) { later.acquire(done); });
        QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().message));
        QVERIFY(!LeaseObservations::process().contains(observed)); // taken: forgotten
        bool released = false;
        later.release([&] { released = true; });
        QTRY_VERIFY(released);
    }

    // A renewal the server refuses (someone else wrote the lease) stops the running sync: no
    // further write, each write not made failed with the reason, the report stopped.
    void lostLeaseStopsTheSync() {
        QVERIFY(m_kube.setKnobs(
            QJsonObject{{QStringLiteral("latencyMs"), 150},
                        {QStringLiteral("fail"),
                         QJsonObject{{QStringLiteral("method"), QStringLiteral("PATCH")},
                                     {QStringLiteral("path"), QStringLiteral("leases/"
                                                                             "fleetdeck-policy-"
                                                                             "sync")},
                                     {QStringLiteral("status"), 409},
                                     {QStringLiteral("count"), -1}}}},
            m_vc));
        m_sync->setLeaseRenewIntervalMs(50);
        const SyncReport report = runSync(false);
        m_kube.setKnobs(QJsonObject{{QStringLiteral("latencyMs"), QJsonValue()},
                                    {QStringLiteral("fail"), QJsonValue()}},
                        m_vc);
        QVERIFY(!report.ok());
        QVERIFY(report.stopped);
        QVERIFY(!report.busy);
        QVERIFY(report.failure);
        QVERIFY2(report.failure->message.contains(QStringLiteral("lease was lost")),
                 qPrintable(report.failure->message));
        QVERIFY2(report.failure->message.contains(QStringLiteral("someone else changed it")),
                 qPrintable(report.failure->message));
        int stopped = 0;
        for (const SyncItem& i : report.items) {
            if (i.action == SyncAction::Failed) {
                QCOMPARE(i.message, report.failure->message);
                ++stopped;
                QCOMPARE(admin("GET", kCpp + u'/' + i.objectName).status == 200 &&
                             i.objectKind == u"ClusterPropagationPolicy",
                         false);
            } else {
                QCOMPARE_ENUM(i.action, SyncAction::Created);
            }
        }
        QVERIFY(stopped > 0);
        // Recorded: the policies not applied say why.
        QCOMPARE_ENUM(record(PolicyKind::Resource, QStringLiteral("standard")).state,
                      SyncState::Failed);
        QCOMPARE(record(PolicyKind::Resource, QStringLiteral("standard")).lastError,
                 report.failure->message);
    }

    // The lease is lost part way: the writes made before are reported done (and are on the
    // control plane), the ones not yet made failed with the lost-lease sentence (and are not).
    void leaseLostPartWayKeepsWhatWasDone() {
        m_sync->setLeaseRenewIntervalMs(100);
        int created = 0;
        QList<SyncItem> progress;
        const SyncReport report = fd::test::await<SyncReport>([&](auto done) {
            m_sync->sync(
                m_cp, QStringLiteral("karmada-") + m_vc, {}, this,
                [&](const SyncItem& i) {
                    progress.append(i);
                    if (i.action != SyncAction::Created || ++created != 2)
                        return;
                    // Two writes made. From now on every request is slow and every renewal is
                    // refused: the lease is lost while a write is in flight (~1.1 s from here),
                    // before the last writes start (one write takes 1 s).
                    QVERIFY(m_kube.setKnobs(
                        QJsonObject{
                            {QStringLiteral("latencyMs"), 1000},
                            {QStringLiteral("fail"),
                             QJsonObject{{QStringLiteral("method"), QStringLiteral("PATCH")},
                                         {QStringLiteral("path"),
                                          QStringLiteral("leases/fleetdeck-policy-sync")},
                                         {QStringLiteral("status"), 409},
                                         {QStringLiteral("count"), -1}}}},
                        m_vc));
                },
                done);
        });
        QVERIFY(m_kube.setKnobs(QJsonObject{{QStringLiteral("latencyMs"), QJsonValue()},
                                            {QStringLiteral("fail"), QJsonValue()}},
                                m_vc));
        QVERIFY(!report.ok());
        QVERIFY(report.stopped);
        QVERIFY(report.failure);
        QVERIFY2(report.failure->message.contains(QStringLiteral("lease was lost")),
                 qPrintable(report.failure->message));
        QCOMPARE(report.items.size(), 6);
        int done = 0, notMade = 0;
        for (const SyncItem& i : report.items) {
            const QString path =
                (i.objectKind == u"ClusterPropagationPolicy" ? kCpp : kCop) + u'/' + i.objectName;
            if (i.action == SyncAction::Created) {
                ++done;
                QCOMPARE_ENUM(i.state, SyncState::InSync);
                QCOMPARE(admin("GET", path).status, 200);
                QCOMPARE_ENUM(record(i.kind, i.policy).state, SyncState::InSync);
            } else {
                QCOMPARE_ENUM(i.action, SyncAction::Failed);
                ++notMade;
                QCOMPARE(i.message, report.failure->message);
                QCOMPARE(admin("GET", path).status, 404);
                QCOMPARE_ENUM(record(i.kind, i.policy).state, SyncState::Failed);
                QCOMPARE(record(i.kind, i.policy).lastError, report.failure->message);
            }
        }
        QVERIFY2(done >= 2 && notMade >= 1,
                 qPrintable(QStringLiteral("%1 done, %2 not made").arg(done).arg(notMade)));
        QCOMPARE(done + notMade, 6);
    }

    // Adopting holds the control plane as a sync does, so its record change never crosses a
    // sync's: one waits for the other to end.
    void adoptAndSyncExcludeEachOther() {
        const QJsonObject external{
            {QStringLiteral("apiVersion"), QStringLiteral("policy.karmada.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("ClusterPropagationPolicy")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("team-x")}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("resourceSelectors"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                              {QStringLiteral("kind"), QStringLiteral("Deployment")}}}}}}};
        QCOMPARE(admin("POST", kCpp, external).status, 201);
        QVERIFY(runSync(true).ok());
        // A sync runs: adopting now is refused, nothing changes.
        std::optional<SyncReport> syncing;
        m_sync->sync(m_cp, QStringLiteral("karmada-") + m_vc, {}, this, {},
                     [&](SyncReport r) { syncing = r; });
        const auto during = fd::test::await<fd::Result<AdoptOutcome>>([&](auto done) {
            m_sync->adopt(m_cp, QStringLiteral("ClusterPropagationPolicy"),
                          QStringLiteral("team-x"), this, done);
        });
        QVERIFY(!during.ok());
        QVERIFY2(during.error().message.contains(QStringLiteral("is running here")),
                 qPrintable(during.error().message));
        QVERIFY(!m_service->policies().strategy(QStringLiteral("team-x")));
        QTRY_VERIFY_WITH_TIMEOUT(syncing.has_value(), 30000);
        QVERIFY(syncing->ok());
        QCOMPARE(m_service->externalObjects().size(), 1);
        // An adoption runs: a sync started meanwhile ends at once, storing nothing; the
        // adoption's record change stands.
        std::optional<fd::Result<AdoptOutcome>> adopted;
        m_sync->adopt(m_cp, QStringLiteral("ClusterPropagationPolicy"), QStringLiteral("team-x"),
                      this, [&](fd::Result<AdoptOutcome> r) { adopted = r; });
        const SyncReport blocked = runSync(false);
        QVERIFY(blocked.busy);
        QCOMPARE(blocked.failure->message,
                 QStringLiteral("An adoption on karmada-%1 is running here; wait for it to "
                                "finish, then sync again.")
                     .arg(m_vc));
        QTRY_VERIFY_WITH_TIMEOUT(adopted.has_value(), 30000);
        QVERIFY2(adopted->ok(), qPrintable(adopted->ok() ? QString() : adopted->error().message));
        QVERIFY(m_service->externalObjects().isEmpty());
        // Both free again; the lease was released by the adoption.
        QVERIFY(runSync(false).ok());
        QVERIFY(m_service->externalObjects().isEmpty());
    }

    // An adoption refused because another process holds the lease says to adopt again, not to
    // sync again.
    void adoptRefusedByAnotherHolderSaysAdopt() {
        QVERIFY(runSync(true).ok()); // the control plane's name in the records
        const QString now = microTime(QDateTime::currentDateTimeUtc());
        const QJsonObject held{
            {QStringLiteral("apiVersion"), QStringLiteral("coordination.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("Lease")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), kSyncLeaseName},
                         {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("holderIdentity"), QStringLiteral("other@test pid 9")},
                         {QStringLiteral("leaseDurationSeconds"), 30},
                         {QStringLiteral("acquireTime"), now},
                         {QStringLiteral("renewTime"), now}}}};
        QCOMPARE(admin("POST",
                       QStringLiteral("/apis/coordination.k8s.io/v1/namespaces/kube-system/leases"),
                       held)
                     .status,
                 201);
        const auto refused = fd::test::await<fd::Result<AdoptOutcome>>([&](auto done) {
            m_sync->adopt(m_cp, QStringLiteral("ClusterPropagationPolicy"),
                          QStringLiteral("team-x"), this, done);
        });
        QVERIFY(!refused.ok());
        const QString message = refused.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("Another policy sync with karmada-%1 is running "
                                                   "(held by other@test pid 9 since ")
                                        .arg(m_vc)),
                 qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("); adopt once it has finished.")),
                 qPrintable(message));
        // A sync refused by the same lease keeps the sync wording.
        const SyncReport sync = runSync(false);
        QVERIFY(sync.busy);
        QVERIFY2(sync.failure->message.endsWith(QStringLiteral("then sync again.")),
                 qPrintable(sync.failure->message));
    }

    void racingHoldersGetOneLease() {
        // Two holders read the free lease at once; the write with the older resourceVersion
        // loses (409) and that one reads again and finds it held.
        SyncLease a(registry().connections(), m_cp, m_vc, QStringLiteral("a@test pid 1"));
        SyncLease b(registry().connections(), m_cp, m_vc, QStringLiteral("b@test pid 2"));
        std::optional<fd::Status> ra, rb;
        a.acquire([&](fd::Status s) { ra = s; });
        b.acquire([&](fd::Status s) { rb = s; });
        QTRY_VERIFY_WITH_TIMEOUT(ra && rb, 15000);
        QCOMPARE(int(ra->ok()) + int(rb->ok()), 1);
        QCOMPARE(int(a.heldByOther()) + int(b.heldByOther()), 1);
        bool done = false;
        (ra->ok() ? a : b).release([&] { done = true; });
        QTRY_VERIFY(done);
    }
};

QTEST_GUILESS_MAIN(TestPolicySync)
#include "tst_policy_sync.moc"
