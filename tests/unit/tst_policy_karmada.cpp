// core/policy against Karmada: reading each generation's schema (CRDs, OpenAPI v2 and v3) into
// capabilities, and the golden translation of the default set and of a set of variants for each
// generation (tests/data/policy/golden/<generation>/*.yaml; FLEETDECK_UPDATE_GOLDEN=1 rewrites
// them), and its inverse: adopting a ClusterOverridePolicy as a resource profile (every rendered
// profile and golden object comes back; real and hostile objects are refused with one message).
// tests/cmake/check_policy_goldens.py validates every golden object against the CRD of
// its generation with python3-jsonschema.

#include "policy/clusterlabels.h"
#include "policy/defaults.h"
#include "policy/karmadarender.h"
#include "policy/karmadaschema.h"
#include "policy/policysync.h"
#include "policy/yamldoc.h"

#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fd::policy;

namespace {

QString dataPath(const QString& rel) {
    return fd::test::testsPath(QStringLiteral("data/policy/") + rel);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

KarmadaCapabilities capsFor(const QString& generationDir) {
    auto schema = readSchemaDirectory(dataPath(QStringLiteral("crds/") + generationDir));
    if (!schema)
        qFatal("%s", qPrintable(schema.error().message));
    return capabilitiesFrom(*schema);
}

// Strategies and profiles that exercise every branch of the mapping.
PolicySet variants() {
    PolicySet set;
    FailoverPolicy fast;
    fast.name = QStringLiteral("fast-directly");
    fast.tolerationSeconds = 60;
    fast.purgeMode = PurgeMode::Directly;
    FailoverPolicy keep;
    keep.name = QStringLiteral("keep-never");
    keep.tolerationSeconds = 120;
    keep.purgeMode = PurgeMode::Never;
    FailoverPolicy off;
    off.name = QStringLiteral("off");
    off.enabled = false;
    set.failoverPolicies = {fast, keep, off};

    PlacementStrategy dup;
    dup.name = QStringLiteral("pinned-duplicated");
    dup.mode = PlacementMode::Manual;
    dup.targetBy = TargetBy::Names;
    dup.targetClusters = {QStringLiteral("seoul-dc1-a"), QStringLiteral("hq-idc-1")};
    dup.conflictResolution = ConflictResolution::Overwrite;
    dup.keepResourcesOnDeletion = true;
    dup.failoverPolicy = fast.name;
    PlacementStrategy weighted;
    weighted.name = QStringLiteral("pinned-weighted");
    weighted.mode = PlacementMode::Manual;
    weighted.targetBy = TargetBy::Names;
    weighted.targetClusters = {QStringLiteral("seoul-dc1-a"), QStringLiteral("hq-idc-1")};
    weighted.spread = ReplicaSpread::StaticWeights;
    weighted.weights = {{QStringLiteral("seoul-dc1-a"), 3}, {QStringLiteral("hq-idc-1"), 1}};
    weighted.failoverPolicy = keep.name;
    PlacementStrategy h100;
    h100.name = QStringLiteral("h100-hq");
    h100.targetLabels = {
        {QStringLiteral("gpu.fleetdeck.io/nvidia-h100-80gb-hbm3"), QStringLiteral("true")},
        {QStringLiteral("fleetdeck.io/datacenter"), QStringLiteral("hq-idc")}};
    h100.failoverPolicy = off.name;
    PlacementStrategy everywhere;
    everywhere.name = QStringLiteral("everywhere");
    set.strategies = {dup, weighted, h100, everywhere};

    ResourceProfile mig;
    mig.name = QStringLiteral("mig-small");
    mig.zoneA.mig = true;
    mig.zoneA.migProfile = QStringLiteral("1g.10gb");
    mig.zoneA.migCount = 2;
    mig.zoneA.cpuMillis = 1500;
    mig.zoneB.enabled = false;
    ResourceProfile gang;
    gang.name = QStringLiteral("gang-overcommit");
    gang.zoneA.enabled = false;
    gang.zoneB.gpus = 2;
    gang.zoneB.gangScheduling = true;
    gang.zoneB.gangMinMembers = 4;
    gang.zoneB.overcommit = true;
    ResourceProfile cpu;
    cpu.name = QStringLiteral("cpu-only");
    cpu.zoneA.gpus = 0;
    cpu.zoneB.gpus = 0;
    cpu.zoneB.qosClass = QosClass::BE;
    set.profiles = {mig, gang, cpu};
    return set;
}

void checkGolden(const QString& rel, const QByteArray& actual) {
    const QString path = dataPath(QStringLiteral("golden/") + rel);
    if (qEnvironmentVariableIsSet("FLEETDECK_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual);
        return;
    }
    const QByteArray expected = readFile(path);
    if (actual != expected)
        qWarning().noquote() << "actual" << rel << ":\n" << actual;
    QCOMPARE(actual, expected);
}

// What a profile holds that its rendered object cannot carry, reset to the defaults adoption
// gives (a disabled zone's values, MIG-only or sharing-only fields while those are off).
ResourceProfile representable(ResourceProfile p) {
    if (!p.zoneA.enabled) {
        p.zoneA = ZoneA{};
        p.zoneA.enabled = false;
    } else if (p.zoneA.mig) {
        p.zoneA.gpus = ZoneA{}.gpus;
    } else {
        p.zoneA.migProfile = ZoneA{}.migProfile;
        p.zoneA.migCount = ZoneA{}.migCount;
    }
    if (!p.zoneB.enabled) {
        p.zoneB = ZoneB{};
        p.zoneB.enabled = false;
    } else {
        if (!p.zoneB.gpuSharing || p.zoneB.gpus == 0) {
            p.zoneB.gpuSharing = false;
            p.zoneB.gpuSharePercent = ZoneB{}.gpuSharePercent;
        }
        if (!p.zoneB.gangScheduling)
            p.zoneB.gangMinMembers = ZoneB{}.gangMinMembers;
    }
    return p;
}

QJsonObject parseOne(const QByteArray& yamlText) {
    auto doc = yaml::Document::parse(yamlText);
    if (!doc || (*doc)->documents().empty())
        qFatal("bad test YAML");
    return (*doc)->documents().front()->toJson().toObject();
}

// A rendered Zone A + Zone B object to break in the refusal tests.
QJsonObject renderedBoth() {
    ResourceProfile p;
    p.name = QStringLiteral("both");
    p.zoneB.gangScheduling = true;
    return renderProfile(p, KarmadaCapabilities::assumed(KarmadaGeneration::V1_19_or_later))
        .objects.front()
        .object;
}

// Sets the JSON value at a dotted path with [i] indexes ("spec.overrideRules[0].overriders").
QJsonValue setAt(const QJsonValue& root, QStringList parts, const QJsonValue& v) {
    if (parts.isEmpty())
        return v;
    const QString head = parts.takeFirst();
    if (head.startsWith(u'[')) {
        QJsonArray a = root.toArray();
        const int i = head.mid(1, head.size() - 2).toInt();
        a[i] = setAt(a[i], parts, v);
        return a;
    }
    QJsonObject o = root.toObject();
    if (v.isUndefined() && parts.isEmpty())
        o.remove(head);
    else
        o.insert(head, setAt(o.value(head), parts, v));
    return o;
}

QJsonObject withValue(QJsonObject object, const QString& path, const QJsonValue& v) {
    QString p = path;
    p.replace(u'[', QStringLiteral(".["));
    return setAt(object, p.split(u'.'), v).toObject();
}

QStringList settingsNotExpressed(const RenderResult& r) {
    QStringList out;
    for (const Finding& f : r.notExpressed)
        out.append(f.policy + u'/' + f.path);
    return out;
}

} // namespace

class TestPolicyKarmada final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classifiesEachGeneration_data() {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<int>("generation");
        QTest::addColumn<QStringList>("purgeModes");
        QTest::addColumn<QStringList>("deprecated");
        QTest::addColumn<bool>("enforced");
        QTest::addColumn<bool>("preserve");
        QTest::addColumn<bool>("fieldOverrider");
        QTest::addColumn<bool>("clusterFailover");
        const QStringList oldWords{"Immediately", "Graciously", "Never"};
        QTest::newRow("v1.10.11") << "v1.10.11" << int(KarmadaGeneration::V1_6_to_1_10) << oldWords
                                  << QStringList{} << false << false << false << false;
        QTest::newRow("v1.14.10") << "v1.14.10" << int(KarmadaGeneration::V1_11_to_1_14) << oldWords
                                  << QStringList{} << true << true << true << false;
        QTest::newRow("v1.18.2") << "v1.18.2" << int(KarmadaGeneration::V1_15_to_1_18)
                                 << QStringList{"Directly", "Gracefully", "Never", "Immediately",
                                                "Graciously"}
                                 << QStringList{"Immediately", "Graciously"} << true << true << true
                                 << true;
        QTest::newRow("head") << "head" << int(KarmadaGeneration::V1_19_or_later)
                              << QStringList{"Directly", "Gracefully", "Never"} << QStringList{}
                              << true << true << true << true;
    }

    void classifiesEachGeneration() {
        QFETCH(QString, dir);
        QFETCH(int, generation);
        QFETCH(QStringList, purgeModes);
        QFETCH(QStringList, deprecated);
        QFETCH(bool, enforced);
        QFETCH(bool, preserve);
        QFETCH(bool, fieldOverrider);
        QFETCH(bool, clusterFailover);
        const KarmadaCapabilities c = capsFor(dir);
        QCOMPARE(int(c.generation), generation);
        QCOMPARE(c.applicationPurgeModes, purgeModes);
        QCOMPARE(c.deprecatedPurgeModes, deprecated);
        QCOMPARE(c.purgeModeEnforced, enforced);
        QCOMPARE(c.hasPropagationField(QStringLiteral("preserveResourcesOnDeletion")), preserve);
        QCOMPARE(c.hasOverrideField(QStringLiteral("overrideRules.overriders.fieldOverrider")),
                 fieldOverrider);
        QCOMPARE(c.hasPropagationField(QStringLiteral("failover.cluster")), clusterFailover);
        QCOMPARE(c.hasPropagationField(QStringLiteral("failover.application")), true);
        QVERIFY(c.hasPropagationField(QStringLiteral("failover.application.gracePeriodSeconds")));
        QVERIFY(c.hasPropagationField(QStringLiteral("placement.clusterTolerations")));
        for (const char* p : {"plaintext", "labelsOverrider", "annotationsOverrider",
                              "imageOverrider", "commandOverrider", "argsOverrider"})
            QVERIFY2(c.hasOverrideField(QStringLiteral("overrideRules.overriders.") +
                                        QString::fromLatin1(p)),
                     p);
        QVERIFY(
            c.overrideOpaque.contains(QStringLiteral("overrideRules.overriders.plaintext.value")));
        if (clusterFailover)
            QCOMPARE(c.clusterPurgeModes,
                     (QStringList{QStringLiteral("Directly"), QStringLiteral("Gracefully")}));
        // The built-in assumption agrees with the real schema on every field Fleetdeck writes.
        const KarmadaCapabilities assumed = KarmadaCapabilities::assumed(c.generation);
        for (const QString& f : assumed.propagationFields)
            QVERIFY2(c.propagationFields.contains(f), qPrintable(f));
        for (const QString& f : assumed.overrideFields)
            QVERIFY2(c.overrideFields.contains(f), qPrintable(f));
        QCOMPARE(assumed.applicationPurgeModes, c.applicationPurgeModes);
        QCOMPARE(assumed.deprecatedPurgeModes, c.deprecatedPurgeModes);
        QCOMPARE(assumed.hasPropagationField(QStringLiteral("preserveResourcesOnDeletion")),
                 preserve);
    }

    void purgeWordsNeverDeprecatedWhenNewAccepted() {
        const KarmadaCapabilities v10 = capsFor(QStringLiteral("v1.10.11"));
        const KarmadaCapabilities v18 = capsFor(QStringLiteral("v1.18.2"));
        const KarmadaCapabilities head = capsFor(QStringLiteral("head"));
        QCOMPARE(v10.purgeModeWord(PurgeMode::Gracefully), QStringLiteral("Graciously"));
        QCOMPARE(v10.purgeModeWord(PurgeMode::Directly), QStringLiteral("Immediately"));
        QCOMPARE(v18.purgeModeWord(PurgeMode::Gracefully), QStringLiteral("Gracefully"));
        QCOMPARE(v18.purgeModeWord(PurgeMode::Directly), QStringLiteral("Directly"));
        QCOMPARE(head.purgeModeWord(PurgeMode::Never), QStringLiteral("Never"));
        QCOMPARE(head.offeredPurgeModes().size(), 3);
    }

    void readsOpenApiV3AndV2() {
        auto v3 = readSchemaBytes(readFile(
            dataPath(QStringLiteral("openapi/openapi-v3_policy.karmada.io_v1alpha1.head.json"))));
        QVERIFY2(v3.ok(), v3.ok() ? "" : qPrintable(v3.error().message));
        QCOMPARE(v3->specs.size(), 4);
        const KarmadaCapabilities c3 = capabilitiesFrom(*v3);
        QCOMPARE(int(c3.generation), int(KarmadaGeneration::V1_19_or_later));
        QCOMPARE(c3.propagationFields, capsFor(QStringLiteral("head")).propagationFields);

        auto v14 = readSchemaBytes(readFile(dataPath(
            QStringLiteral("openapi/openapi-v3_policy.karmada.io_v1alpha1.v1.14.10.json"))));
        QVERIFY(v14.ok());
        QCOMPARE(int(capabilitiesFrom(*v14).generation), int(KarmadaGeneration::V1_11_to_1_14));

        // Karmada's own swagger.json: $ref everywhere, purge modes only in descriptions.
        auto v2 = readSchemaBytes(
            readFile(dataPath(QStringLiteral("openapi/karmada-swagger.policy-subset.json"))));
        QVERIFY(v2.ok());
        const KarmadaCapabilities c2 = capabilitiesFrom(*v2);
        QCOMPARE(c2.applicationPurgeModes,
                 (QStringList{QStringLiteral("Directly"), QStringLiteral("Gracefully"),
                              QStringLiteral("Never")}));
        QVERIFY(!c2.purgeModeEnforced);
        QCOMPARE(int(c2.generation), int(KarmadaGeneration::V1_19_or_later));
        QVERIFY(c2.hasPropagationField(QStringLiteral("failover.cluster.purgeMode")));
        QVERIFY(c2.hasPropagationField(QStringLiteral("placement.clusterAffinity.labelSelector")));
        QVERIFY(c2.propagationOpaque.contains(
            QStringLiteral("placement.clusterAffinity.labelSelector.matchLabels")));
        QVERIFY(c2.hasOverrideField(QStringLiteral("overrideRules.overriders.fieldOverrider")));
    }

    void crdAsServerJson() {
        // The API returns the CRD as JSON; the reader takes either.
        auto doc = yaml::Document::parse(readFile(dataPath(
            QStringLiteral("crds/v1.14.10/policy.karmada.io_clusterpropagationpolicies.yaml"))));
        QVERIFY(doc.ok());
        const QByteArray json =
            QJsonDocument((*doc)->documents().front()->toJson().toObject()).toJson();
        auto schema = readCrd(json);
        QVERIFY(schema.ok());
        QVERIFY(schema->specs.contains(QStringLiteral("ClusterPropagationPolicy")));
        QVERIFY(!readCrd("kind: Deployment\n").ok());
        auto other = readCrd("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"
                             "spec: {group: example.com, names: {kind: Foo}}\n");
        QVERIFY(other.ok());
        QVERIFY(other->isEmpty());
    }

    void purgeModeDescriptions() {
        QStringList words, deprecated;
        parsePurgeModeDescription(
            QStringLiteral("PurgeMode represents ...\nValid options are \"Directly\", "
                           "\"Gracefully\", \"Never\", \"Immediately\"(deprecated),\nand "
                           "\"Graciously\"(deprecated).\nDefaults to \"Gracefully\"."),
            &words, &deprecated);
        QCOMPARE(words,
                 (QStringList{"Directly", "Gracefully", "Never", "Immediately", "Graciously"}));
        QCOMPARE(deprecated, (QStringList{"Immediately", "Graciously"}));
    }

    void goldenTranslation_data() {
        QTest::addColumn<QString>("dir");
        for (const char* d : {"v1.10.11", "v1.14.10", "v1.18.2", "head"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }

    void goldenTranslation() {
        QFETCH(QString, dir);
        const KarmadaCapabilities caps = capsFor(dir);
        const RenderResult defaults = renderAll(defaultPolicySet(), caps);
        QVERIFY2(defaults.notExpressed.isEmpty(),
                 qPrintable(settingsNotExpressed(defaults).join(u',')));
        QCOMPARE(defaults.objects.size(), 6);
        checkGolden(dir + QStringLiteral("/defaults.yaml"), toYaml(defaults.objects));

        const RenderResult v = renderAll(variants(), caps);
        QCOMPARE(v.objects.size(), 7);
        checkGolden(dir + QStringLiteral("/variants.yaml"), toYaml(v.objects));
        // Only v1.10 lacks preserveResourcesOnDeletion, and says so.
        const QStringList missing = settingsNotExpressed(v);
        if (dir == u"v1.10.11")
            QCOMPARE(missing,
                     QStringList{QStringLiteral("pinned-duplicated/keepResourcesOnDeletion")});
        else
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u',')));

        // Rendering is deterministic and the hash covers the object.
        const RenderResult again = renderAll(variants(), caps);
        for (qsizetype i = 0; i < v.objects.size(); ++i) {
            QCOMPARE(again.objects[i].object, v.objects[i].object);
            QCOMPARE(appliedHash(v.objects[i].object), v.objects[i].hash);
        }
        // Rendering offline with the built-in knowledge gives the same objects.
        const RenderResult offline =
            renderAll(variants(), KarmadaCapabilities::assumed(caps.generation));
        for (qsizetype i = 0; i < v.objects.size(); ++i)
            QCOMPARE(offline.objects[i].object, v.objects[i].object);
    }

    void objectShape() {
        const KarmadaCapabilities caps = capsFor(QStringLiteral("head"));
        const PolicySet set = defaultPolicySet();
        const RenderResult r = renderStrategy(set.strategies[0], set, caps);
        QCOMPARE(r.objects.size(), 1);
        const QJsonObject o = r.objects[0].object;
        QCOMPARE(o.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("ClusterPropagationPolicy"));
        const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(meta.value(QStringLiteral("name")).toString(),
                 QStringLiteral("fleetdeck-general"));
        QCOMPARE(meta.value(QStringLiteral("labels")).toObject().value(kManagedByLabel).toString(),
                 QStringLiteral("fleetdeck"));
        const QString hash = meta.value(QStringLiteral("annotations"))
                                 .toObject()
                                 .value(kAppliedHashAnnotation)
                                 .toString();
        QVERIFY(hash.startsWith(QLatin1String("sha256:")) && hash.size() == 71);
        const QJsonObject spec = o.value(QStringLiteral("spec")).toObject();
        QVERIFY(spec.value(QStringLiteral("propagateDeps")).toBool());
        const QJsonArray selectors = spec.value(QStringLiteral("resourceSelectors")).toArray();
        QCOMPARE(selectors.size(), 2);
        QCOMPARE(selectors[1].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("Service"));
        const QJsonObject app = spec.value(QStringLiteral("failover"))
                                    .toObject()
                                    .value(QStringLiteral("application"))
                                    .toObject();
        QCOMPARE(app.value(QStringLiteral("purgeMode")).toString(), QStringLiteral("Gracefully"));
        QCOMPARE(app.value(QStringLiteral("gracePeriodSeconds")).toInt(), 600);
        const QJsonArray tol = spec.value(QStringLiteral("placement"))
                                   .toObject()
                                   .value(QStringLiteral("clusterTolerations"))
                                   .toArray();
        QCOMPARE(tol.size(), 2);
        QCOMPARE(tol[1].toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("cluster.karmada.io/unreachable"));
        QCOMPARE(tol[1].toObject().value(QStringLiteral("tolerationSeconds")).toInt(), 300);

        // Any change to the spec changes the hash.
        PolicySet changed = set;
        changed.failoverPolicies[0].tolerationSeconds = 301;
        QVERIFY(renderStrategy(changed.strategies[0], changed, caps).objects[0].hash !=
                r.objects[0].hash);
    }

    void unknownSchemaRendersWhatItDeclares() {
        // A made-up control plane: a PropagationPolicy schema without failover and without
        // replicaScheduling, no override kind at all.
        const QByteArray crd = R"(apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
spec:
  group: policy.karmada.io
  names: {kind: ClusterPropagationPolicy}
  versions:
    - name: v1alpha1
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                resourceSelectors:
                  type: array
                  items:
                    type: object
                    properties:
                      apiVersion: {type: string}
                      kind: {type: string}
                      labelSelector:
                        type: object
                        properties:
                          matchLabels: {type: object, additionalProperties: {type: string}}
                placement:
                  type: object
                  properties:
                    clusterAffinity:
                      type: object
                      properties:
                        clusterNames: {type: array, items: {type: string}}
)";
        auto schema = readSchemaBytes(crd);
        QVERIFY(schema.ok());
        const KarmadaCapabilities caps = capabilitiesFrom(*schema);
        QCOMPARE(int(caps.generation), int(KarmadaGeneration::BeforeFailover));
        const PolicySet set = defaultPolicySet();
        PlacementStrategy s = set.strategies[0];
        s.targetBy = TargetBy::Names;
        s.targetClusters = {QStringLiteral("a")};
        const RenderResult r = renderStrategy(s, set, caps);
        const QJsonObject spec = r.objects[0].object.value(QStringLiteral("spec")).toObject();
        QCOMPARE(spec.keys(),
                 (QStringList{QStringLiteral("placement"), QStringLiteral("resourceSelectors")}));
        QCOMPARE(spec.value(QStringLiteral("placement")).toObject().keys(),
                 QStringList{QStringLiteral("clusterAffinity")});
        const QStringList missing = settingsNotExpressed(r);
        for (const char* setting : {"general/failoverPolicy", "general/mode",
                                    "general/conflictResolution", "general/targets"})
            QVERIFY2(missing.contains(QString::fromLatin1(setting)),
                     qPrintable(missing.join(u',')));
        for (const Finding& f : r.notExpressed)
            QCOMPARE(int(f.severity), int(Severity::Warning));
        const RenderResult p = renderProfile(set.profiles[0], caps);
        QVERIFY(p.objects.isEmpty());
        QCOMPARE(p.notExpressed.size(), 1);
    }

    // Every profile rendered for every generation, then adopted, gives the same profile back.
    void adoptProfileRoundTrip_data() {
        QTest::addColumn<QString>("dir");
        for (const char* d : {"v1.10.11", "v1.14.10", "v1.18.2", "head"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }

    void adoptProfileRoundTrip() {
        QFETCH(QString, dir);
        const KarmadaCapabilities caps = capsFor(dir);
        QList<ResourceProfile> profiles = defaultPolicySet().profiles + variants().profiles;
        // Every branch of the mapping: sharing, batch colocation, NVLink, topology, no Zone A.
        ResourceProfile shared;
        shared.name = QStringLiteral("shared");
        shared.zoneA.nvlink = true;
        shared.zoneA.topologyAware = true;
        shared.zoneA.cpuMillis = 500;
        shared.zoneB.gpus = 3;
        shared.zoneB.gpuSharing = true;
        shared.zoneB.gpuSharePercent = 25;
        shared.zoneB.overcommit = true;
        shared.zoneB.qosClass = QosClass::LSR;
        ResourceProfile batch;
        batch.name = QStringLiteral("batch");
        batch.zoneA.enabled = false;
        batch.zoneB.qosClass = QosClass::BE;
        batch.zoneB.overcommit = true;
        batch.zoneB.cpuMillis = 2500;
        batch.zoneB.gpus = 0;
        batch.zoneB.gpuSharing = true; // no GPUs: sharing is not rendered, nor adopted
        profiles << shared << batch;
        QVERIFY(profiles.size() >= 8);
        for (const ResourceProfile& p : profiles) {
            const RenderResult r = renderProfile(p, caps);
            QCOMPARE(r.objects.size(), 1);
            const auto adopted = adoptOverridePolicy(r.objects[0].object, p.name);
            QVERIFY2(adopted.ok(),
                     qPrintable(p.name + u": " + (adopted ? QString() : adopted.error().message)));
            ResourceProfile expected = representable(p);
            expected.description = adopted->description;
            QVERIFY(adopted->description.contains(r.objects[0].name));
            if (!(*adopted == expected))
                qWarning().noquote() << p.name << QJsonDocument(r.objects[0].object).toJson();
            QVERIFY2(*adopted == expected, qPrintable(p.name));
        }
    }

    // Each golden ClusterOverridePolicy adopted and rendered again is the same object.
    void adoptGoldenProfiles() {
        int seen = 0;
        for (const char* d : {"v1.10.11", "v1.14.10", "v1.18.2", "head"}) {
            const QString dir = QString::fromLatin1(d);
            const KarmadaCapabilities caps = capsFor(dir);
            for (const char* file : {"/defaults.yaml", "/variants.yaml"}) {
                auto doc = yaml::Document::parse(
                    readFile(dataPath(QStringLiteral("golden/") + dir + QLatin1String(file))));
                QVERIFY(doc.ok());
                for (const yaml::Node* node : (*doc)->documents()) {
                    const QJsonObject object = node->toJson().toObject();
                    if (object.value(u"kind").toString() != u"ClusterOverridePolicy")
                        continue;
                    const QString objectName =
                        object.value(u"metadata").toObject().value(u"name").toString();
                    const auto adopted = adoptOverridePolicy(object, adoptedPolicyName(objectName));
                    QVERIFY2(adopted.ok(), qPrintable(objectName));
                    const RenderResult again = renderProfile(*adopted, caps);
                    QCOMPARE(again.objects.size(), 1);
                    QCOMPARE(again.objects[0].object, object);
                    ++seen;
                }
            }
        }
        QCOMPARE(seen, 4 * 6); // 3 default and 3 variant profiles per generation
    }

    // Karmada's own examples (tests/data/kubeapi/karmada/samples) are not Fleetdeck's shape.
    void adoptProfileRefusesRealExamples() {
        const auto samples = [](const char* name) {
            return parseOne(readFile(fd::test::testsPath(
                QStringLiteral("data/kubeapi/karmada/samples/") + QLatin1String(name))));
        };
        const auto cop = adoptOverridePolicy(
            samples("artifacts-example_clusteroverridepolicy.yaml"), QStringLiteral("x"));
        QVERIFY(!cop.ok());
        QCOMPARE(int(cop.error().kind), int(fd::ErrorKind::InvalidInput));
        QCOMPARE(cop.error().detail,
                 QStringLiteral("spec.overrideRules[0].targetCluster.clusterNames"));
        QVERIFY2(cop.error().message.contains(QStringLiteral("example-cluster-override")) &&
                     cop.error().message.contains(cop.error().detail),
                 qPrintable(cop.error().message));
        // A namespaced OverridePolicy: a profile cannot be limited to its namespace.
        QJsonObject image = samples("artifacts-example_overridepolicy_image.yaml");
        const auto op = adoptOverridePolicy(image, QStringLiteral("x"));
        QVERIFY(!op.ok());
        QCOMPARE(op.error().detail, QStringLiteral("metadata.namespace"));
        QVERIFY2(op.error().message.contains(QStringLiteral("OverridePolicy")),
                 qPrintable(op.error().message));
        // The same rules as a ClusterOverridePolicy: the selector is not a zone.
        image.insert(QStringLiteral("kind"), QStringLiteral("ClusterOverridePolicy"));
        const auto asCluster = adoptOverridePolicy(image, QStringLiteral("x"));
        QVERIFY(!asCluster.ok());
        QCOMPARE(asCluster.error().detail,
                 QStringLiteral("spec.overrideRules[0].targetCluster.labelSelector.matchLabels"));
    }

    void adoptProfileRefusesOddObjects_data() {
        QTest::addColumn<QString>("path");     // what to change in a rendered Zone A + B object
        QTest::addColumn<QJsonValue>("value"); // undefined: remove it
        QTest::addColumn<QString>("detail");   // the first field named as not representable
        const QString a = QStringLiteral("spec.overrideRules[0]");
        const QString b = QStringLiteral("spec.overrideRules[1]");
        const QJsonObject image{
            {QStringLiteral("imageOverrider"),
             QJsonArray{QJsonObject{{QStringLiteral("component"), QStringLiteral("Registry")}}}}};
        QTest::newRow("unknown overrider") << a + QStringLiteral(".overriders.imageOverrider")
                                           << QJsonValue(image.value(u"imageOverrider"))
                                           << a + QStringLiteral(".overriders.imageOverrider");
        QTest::newRow("two rules for zone A")
            << b + QStringLiteral(".targetCluster.labelSelector.matchLabels.fleetdeck.io/zone")
            << QJsonValue(QStringLiteral("A")) << b;
        QTest::newRow("no rules") << QStringLiteral("spec.overrideRules")
                                  << QJsonValue(QJsonArray{})
                                  << QStringLiteral("spec.overrideRules");
        QTest::newRow("rules missing")
            << QStringLiteral("spec.overrideRules") << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("spec.overrideRules");
        QTest::newRow("no target")
            << a + QStringLiteral(".targetCluster") << QJsonValue(QJsonValue::Undefined)
            << a + QStringLiteral(".targetCluster");
        QTest::newRow("zone C")
            << a + QStringLiteral(".targetCluster.labelSelector.matchLabels.fleetdeck.io/zone")
            << QJsonValue(QStringLiteral("C"))
            << a + QStringLiteral(".targetCluster.labelSelector.matchLabels.fleetdeck.io/zone");
        QTest::newRow("replace operator")
            << a + QStringLiteral(".overriders.plaintext[0].operator")
            << QJsonValue(QStringLiteral("replace"))
            << a + QStringLiteral(".overriders.plaintext[0].operator");
        QTest::newRow("other path")
            << a + QStringLiteral(".overriders.plaintext[0].path")
            << QJsonValue(QStringLiteral("/spec/replicas"))
            << a + QStringLiteral(".overriders.plaintext[0] (/spec/replicas)");
        QTest::newRow("no resources")
            << b + QStringLiteral(".overriders.plaintext[0].path")
            << QJsonValue(QStringLiteral("/spec/template/spec/priorityClassName"))
            << b + QStringLiteral(".overriders.plaintext[path=/spec/template/spec/containers/0/"
                                  "resources]");
        QTest::newRow("cpu in cores with decimals")
            << a + QStringLiteral(".overriders.plaintext[0].value.limits.cpu")
            << QJsonValue(QStringLiteral("1.5"))
            << a + QStringLiteral(".overriders.plaintext[0].value.limits.cpu");
        QTest::newRow("memory missing")
            << a + QStringLiteral(".overriders.plaintext[0].value.limits.memory")
            << QJsonValue(QJsonValue::Undefined)
            << a + QStringLiteral(".overriders.plaintext[0].value.limits.memory");
        QTest::newRow("unknown resource")
            << a + QStringLiteral(".overriders.plaintext[0].value.limits.amd.com/gpu")
            << QJsonValue(QStringLiteral("1"))
            << a + QStringLiteral(".overriders.plaintext[0].value.limits.amd.com/gpu");
        QTest::newRow("no scheduler")
            << b + QStringLiteral(".overriders.plaintext[2].path")
            << QJsonValue(QStringLiteral("/spec/template/spec/priorityClassName"))
            << b + QStringLiteral(".overriders.plaintext[path=/spec/template/spec/schedulerName]");
        QTest::newRow("unknown QoS") << b + QStringLiteral(".overriders.plaintext[1].value")
                                     << QJsonValue(QStringLiteral("GOLD"))
                                     << b + QStringLiteral(".overriders.plaintext[1].value");
        QTest::newRow("cluster names besides the zone")
            << a + QStringLiteral(".targetCluster.clusterNames")
            << QJsonValue(QJsonArray{QStringLiteral("member1")})
            << a + QStringLiteral(".targetCluster.clusterNames");
        QTest::newRow("deprecated top-level overriders")
            << QStringLiteral("spec.overriders") << QJsonValue(QJsonObject{})
            << QStringLiteral("spec.overriders");
    }

    void adoptProfileRefusesOddObjects() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, detail);
        const QJsonObject good = renderedBoth();
        QVERIFY(adoptOverridePolicy(good, QStringLiteral("both")).ok());
        // Keys with dots (label names) are kept whole: split only where a part starts.
        QJsonObject odd;
        if (path.endsWith(QStringLiteral("fleetdeck.io/zone")) ||
            path.endsWith(QStringLiteral("amd.com/gpu"))) {
            const QString key = path.endsWith(QStringLiteral("zone"))
                                    ? QStringLiteral("fleetdeck.io/zone")
                                    : QStringLiteral("amd.com/gpu");
            const QString parent = path.chopped(key.size() + 1);
            QString pp = parent;
            pp.replace(u'[', QStringLiteral(".["));
            const QStringList parts = pp.split(u'.');
            // Read the parent object, add the key, write it back.
            QJsonValue at = good;
            for (const QString& part : parts)
                at = part.startsWith(u'[') ? at.toArray().at(part.mid(1, part.size() - 2).toInt())
                                           : at.toObject().value(part);
            QJsonObject parentObject = at.toObject();
            parentObject.insert(key, value);
            odd = setAt(good, parts, parentObject).toObject();
        } else {
            odd = withValue(good, path, value);
        }
        QVERIFY(odd != good);
        const auto r = adoptOverridePolicy(odd, QStringLiteral("both"));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), int(fd::ErrorKind::InvalidInput));
        QCOMPARE(r.error().detail, detail);
        QVERIFY2(r.error().message.contains(QStringLiteral("fleetdeck-both")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(detail), qPrintable(r.error().message));
    }
};

QTEST_APPLESS_MAIN(TestPolicyKarmada)
#include "tst_policy_karmada.moc"
