// core/policy: the model, validation, auto-placement rules, Fleetdeck's policy file, cluster
// labels, the failover timeline and the placement preview. Karmada rendering and schemas are in
// tst_policy_karmada, the store in tst_policy_store.

#include "policy/autoplacement.h"
#include "policy/clusterlabels.h"
#include "policy/defaults.h"
#include "policy/deploymentfailovers.h"
#include "policy/failovertimeline.h"
#include "policy/placementpreview.h"
#include "policy/policyformat.h"
#include "policy/synclease.h"
#include "policy/validation.h"
#include "policy/yamldoc.h"
#include "policy/yamlwriter.h"

#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace fd::policy;

Q_DECLARE_METATYPE(fd::policy::Severity)
Q_DECLARE_METATYPE(fd::policy::ResourceProfile)
Q_DECLARE_METATYPE(fd::policy::PlacementStrategy)

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QStringList codes(const QList<Finding>& findings) {
    QStringList out;
    for (const Finding& f : findings)
        out.append(f.code);
    return out;
}

const Finding* findCode(const QList<Finding>& findings, const QString& code) {
    for (const Finding& f : findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

ResourceProfile profileWith(const std::function<void(ResourceProfile&)>& edit) {
    ResourceProfile p;
    p.name = QStringLiteral("p");
    edit(p);
    return p;
}

PolicySet setWith(const ResourceProfile& p) {
    PolicySet s;
    s.profiles = {p};
    return s;
}

} // namespace

class TestPolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- defaults ----
    void defaultSetIsValidAndComplete() {
        const PolicySet set = defaultPolicySet();
        QCOMPARE(set.strategies.size(), 3);
        QCOMPARE(set.profiles.size(), 3);
        QCOMPARE(set.failoverPolicies.size(), 1);
        const QList<Finding> findings = validate(set);
        QVERIFY2(!hasErrors(findings), qPrintable(codes(findings).join(u',')));
        QVERIFY(set.defaultStrategy());
        QCOMPARE(set.defaultStrategy()->name, QStringLiteral("general"));
        const FailoverPolicy& f = set.failoverPolicies.front();
        QCOMPARE(f.tolerationSeconds, 300); // Karmada's defaults
        QCOMPARE(int(f.purgeMode), int(PurgeMode::Gracefully));
        QCOMPARE(f.gracePeriodSeconds, 600);
        // BE + overcommit in shared-gpu is the one expected note.
        QCOMPARE(codes(findings), QStringList{QStringLiteral("overcommit-best-effort")});
    }

    void defaultSetMatchesTheDocumentation() {
        // docs/policies.md shows the default set as a policy file; it must be what the code makes.
        const QByteArray doc = readFile(QStringLiteral(FLEETDECK_SOURCE_DIR "/docs/policies.md"));
        const qsizetype start = doc.indexOf("<!-- default-set:begin -->");
        const qsizetype end = doc.indexOf("<!-- default-set:end -->");
        QVERIFY(start > 0 && end > start);
        QByteArray block = doc.mid(start, end - start);
        block = block.mid(block.indexOf("```yaml\n") + 8);
        block.truncate(block.indexOf("```"));
        auto parsed = readPolicyYaml(block);
        if (!qEnvironmentVariableIsSet("FLEETDECK_UPDATE_GOLDEN"))
            QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        if (qEnvironmentVariableIsSet("FLEETDECK_UPDATE_GOLDEN")) {
            QFile f(QStringLiteral(FLEETDECK_SOURCE_DIR "/docs/policies.md"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray updated = doc;
            const qsizetype from = updated.indexOf("```yaml\n", start) + 8;
            updated.replace(from, updated.indexOf("```", from) - from,
                            writePolicyYaml(defaultPolicySet()));
            f.write(updated);
            return;
        }
        QCOMPARE(*parsed, normalized(defaultPolicySet()));
        QCOMPARE(block, writePolicyYaml(defaultPolicySet()));
    }

    // ---- validation tables ----
    void validateProfile_data() {
        QTest::addColumn<ResourceProfile>("profile");
        QTest::addColumn<QString>("code");
        QTest::addColumn<fd::policy::Severity>("severity");
        QTest::addColumn<QString>("path");
        const auto row = [](const char* name, std::function<void(ResourceProfile&)> edit,
                            const char* code, Severity sev, const char* path) {
            QTest::newRow(name) << profileWith(edit) << QString::fromLatin1(code) << sev
                                << QString::fromLatin1(path);
        };
        row(
            "mig+nvlink conflict",
            [](ResourceProfile& p) {
                p.zoneA.mig = true;
                p.zoneA.migProfile = QStringLiteral("1g.10gb");
                p.zoneA.nvlink = true;
            },
            "mig-with-nvlink", Severity::Error, "zoneA.nvlink");
        row(
            "overcommit LSE warning",
            [](ResourceProfile& p) {
                p.zoneB.qosClass = QosClass::LSE;
                p.zoneB.overcommit = true;
            },
            "overcommit-latency-sensitive", Severity::Warning, "zoneB.overcommit");
        row(
            "overcommit LSR warning",
            [](ResourceProfile& p) {
                p.zoneB.qosClass = QosClass::LSR;
                p.zoneB.overcommit = true;
            },
            "overcommit-latency-sensitive", Severity::Warning, "zoneB.overcommit");
        row(
            "BE overcommit info",
            [](ResourceProfile& p) {
                p.zoneB.qosClass = QosClass::BE;
                p.zoneB.overcommit = true;
            },
            "overcommit-best-effort", Severity::Info, "zoneB.overcommit");
        row(
            "mig profile missing", [](ResourceProfile& p) { p.zoneA.mig = true; },
            "mig-profile-required", Severity::Error, "zoneA.migProfile");
        row(
            "mig profile bad",
            [](ResourceProfile& p) {
                p.zoneA.mig = true;
                p.zoneA.migProfile = QStringLiteral("10gb");
            },
            "mig-profile-invalid", Severity::Error, "zoneA.migProfile");
        row(
            "mig count range",
            [](ResourceProfile& p) {
                p.zoneA.mig = true;
                p.zoneA.migProfile = QStringLiteral("3g.40gb");
                p.zoneA.migCount = 0;
            },
            "out-of-range", Severity::Error, "zoneA.migCount");
        row(
            "gpus range", [](ResourceProfile& p) { p.zoneA.gpus = 17; }, "out-of-range",
            Severity::Error, "zoneA.gpus");
        row(
            "memory range", [](ResourceProfile& p) { p.zoneB.memoryGiB = 0; }, "out-of-range",
            Severity::Error, "zoneB.memoryGiB");
        row(
            "cpu range", [](ResourceProfile& p) { p.zoneB.cpuMillis = 50; }, "out-of-range",
            Severity::Error, "zoneB.cpu");
        row(
            "topology needs whole cpus",
            [](ResourceProfile& p) {
                p.zoneA.topologyAware = true;
                p.zoneA.cpuMillis = 2500;
            },
            "topology-whole-cpus", Severity::Error, "zoneA.cpu");
        row(
            "sharing without gpu",
            [](ResourceProfile& p) {
                p.zoneB.gpus = 0;
                p.zoneB.gpuSharing = true;
            },
            "sharing-needs-gpu", Severity::Error, "zoneB.gpuSharing");
        row(
            "share percent range",
            [](ResourceProfile& p) {
                p.zoneB.gpuSharing = true;
                p.zoneB.gpuSharePercent = 101;
            },
            "out-of-range", Severity::Error, "zoneB.gpuSharePercent");
        row(
            "gang of one",
            [](ResourceProfile& p) {
                p.zoneB.gangScheduling = true;
                p.zoneB.gangMinMembers = 1;
            },
            "out-of-range", Severity::Error, "zoneB.gangMinMembers");
        row(
            "no zone",
            [](ResourceProfile& p) {
                p.zoneA.enabled = false;
                p.zoneB.enabled = false;
            },
            "no-zone", Severity::Error, "zones");
        row(
            "name upper case", [](ResourceProfile& p) { p.name = QStringLiteral("Big"); },
            "name-invalid", Severity::Error, "name");
        row(
            "name too long", [](ResourceProfile& p) { p.name = QString(64, u'a'); }, "name-invalid",
            Severity::Error, "name");
        row(
            "name empty", [](ResourceProfile& p) { p.name.clear(); }, "name-required",
            Severity::Error, "name");
    }

    void validateProfile() {
        QFETCH(ResourceProfile, profile);
        QFETCH(QString, code);
        QFETCH(fd::policy::Severity, severity);
        QFETCH(QString, path);
        const QList<Finding> findings = fd::policy::validateProfile(profile, setWith(profile));
        const Finding* f = findCode(findings, code);
        QVERIFY2(f, qPrintable(codes(findings).join(u',')));
        QCOMPARE(int(f->severity), int(severity));
        QCOMPARE(f->path, path);
        QCOMPARE(int(f->kind), int(PolicyKind::Resource));
        QVERIFY(!f->message.isEmpty());
        QVERIFY2(f->message.endsWith(u'.'), qPrintable(f->message)); // one sentence
        QCOMPARE(f->message.count(QLatin1String(". ")), 0);
    }

    void validProfileHasNoFindings() {
        const ResourceProfile p = profileWith([](ResourceProfile&) {});
        QVERIFY(fd::policy::validateProfile(p, setWith(p)).isEmpty());
        // MIG without NVLink is fine; hidden GPU count is not checked while MIG is on.
        const ResourceProfile mig = profileWith([](ResourceProfile& q) {
            q.zoneA.mig = true;
            q.zoneA.migProfile = QStringLiteral("1g.10gb");
            q.zoneA.gpus = 99;
        });
        QVERIFY(fd::policy::validateProfile(mig, setWith(mig)).isEmpty());
        // A disabled zone is not checked.
        const ResourceProfile off = profileWith([](ResourceProfile& q) {
            q.zoneB.enabled = false;
            q.zoneB.memoryGiB = 0;
        });
        QVERIFY(fd::policy::validateProfile(off, setWith(off)).isEmpty());
    }

    void validateStrategy_data() {
        QTest::addColumn<PlacementStrategy>("strategy");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        PlacementStrategy base;
        base.name = QStringLiteral("s");
        base.targetLabels = {{kZoneLabel, QStringLiteral("A")}};
        auto add = [&](const char* name, std::function<void(PlacementStrategy&)> edit,
                       const char* code, const char* path) {
            PlacementStrategy s = base;
            edit(s);
            QTest::newRow(name) << s << QString::fromLatin1(code) << QString::fromLatin1(path);
        };
        add(
            "manual by labels", [](PlacementStrategy& s) { s.mode = PlacementMode::Manual; },
            "manual-needs-names", "targets");
        add(
            "no labels", [](PlacementStrategy& s) { s.targetLabels.clear(); },
            "targets-all-clusters", "targets.labels");
        add(
            "bad label key",
            [](PlacementStrategy& s) {
                s.targetLabels = {{QStringLiteral("a b"), {}}};
            },
            "label-key-invalid", "targets.labels");
        add(
            "bad label value",
            [](PlacementStrategy& s) {
                s.targetLabels = {{QStringLiteral("gpu"), QStringLiteral("NVIDIA T4")}};
            },
            "label-value-invalid", "targets.labels");
        add(
            "no clusters", [](PlacementStrategy& s) { s.targetBy = TargetBy::Names; },
            "targets-required", "targets.clusters");
        add(
            "bad cluster",
            [](PlacementStrategy& s) {
                s.targetBy = TargetBy::Names;
                s.targetClusters = {QStringLiteral("Seoul DC")};
            },
            "cluster-name-invalid", "targets.clusters");
        add(
            "cluster twice",
            [](PlacementStrategy& s) {
                s.targetBy = TargetBy::Names;
                s.targetClusters = {QStringLiteral("a"), QStringLiteral("a")};
            },
            "cluster-duplicate", "targets.clusters");
        auto weighted = [](PlacementStrategy& s) {
            s.mode = PlacementMode::Manual;
            s.targetBy = TargetBy::Names;
            s.spread = ReplicaSpread::StaticWeights;
            s.targetClusters = {QStringLiteral("a"), QStringLiteral("b")};
            s.weights = {{QStringLiteral("a"), 2}};
        };
        add("weight missing", weighted, "weight-missing", "weights");
        add(
            "weight for stranger",
            [&](PlacementStrategy& s) {
                weighted(s);
                s.weights.insert(QStringLiteral("b"), 1);
                s.weights.insert(QStringLiteral("c"), 1);
            },
            "weight-not-target", "weights");
        add(
            "weight zero",
            [&](PlacementStrategy& s) {
                weighted(s);
                s.weights.insert(QStringLiteral("b"), 0);
            },
            "out-of-range", "weights");
        add(
            "profile missing",
            [](PlacementStrategy& s) { s.resourceProfile = QStringLiteral("nope"); },
            "profile-missing", "resourceProfile");
        add(
            "failover missing",
            [](PlacementStrategy& s) { s.failoverPolicy = QStringLiteral("nope"); },
            "failover-missing", "failoverPolicy");
        add(
            "size not a number",
            [](PlacementStrategy& s) {
                s.rules = {{RuleField::ModelSize, RuleOperator::AtLeast, {QStringLiteral("big")}}};
            },
            "rule-model-size", "rules[0].values");
        add(
            "size negative",
            [](PlacementStrategy& s) {
                s.rules = {{RuleField::ModelSize, RuleOperator::AtLeast, {QStringLiteral("-1")}}};
            },
            "rule-model-size", "rules[0].values");
        add(
            "less-than on text",
            [](PlacementStrategy& s) {
                s.rules = {{RuleField::GpuType, RuleOperator::LessThan, {QStringLiteral("A")}}};
            },
            "rule-operator", "rules[0].operator");
        add(
            "contains on number",
            [](PlacementStrategy& s) {
                s.rules = {{RuleField::ModelSize, RuleOperator::Contains, {QStringLiteral("7")}}};
            },
            "rule-operator", "rules[0].operator");
        add(
            "rule without value",
            [](PlacementStrategy& s) {
                s.rules = {{RuleField::Runtime, RuleOperator::Equals, {QStringLiteral(" ")}}};
            },
            "rule-value-required", "rules[0].values");
        add(
            "two values for equals",
            [](PlacementStrategy& s) {
                s.rules = {{RuleField::Runtime,
                            RuleOperator::Equals,
                            {QStringLiteral("vllm"), QStringLiteral("tgi")}}};
            },
            "rule-one-value", "rules[0].values");
        add(
            "unknown runtime",
            [](PlacementStrategy& s) {
                s.rules = {{RuleField::Runtime, RuleOperator::In, {QStringLiteral("triton")}}};
            },
            "rule-unknown-runtime", "rules[0].values");
    }

    void validateStrategy() {
        QFETCH(PlacementStrategy, strategy);
        QFETCH(QString, code);
        QFETCH(QString, path);
        PolicySet set;
        set.strategies = {strategy};
        const QList<Finding> findings = fd::policy::validateStrategy(strategy, set);
        const Finding* f = findCode(findings, code);
        QVERIFY2(f, qPrintable(codes(findings).join(u',')));
        QCOMPARE(f->path, path);
        QCOMPARE(int(f->kind), int(PolicyKind::Placement));
        const Severity expected =
            (code == u"targets-all-clusters" || code == u"rule-unknown-runtime") ? Severity::Warning
                                                                                 : Severity::Error;
        QCOMPARE(int(f->severity), int(expected));
    }

    void validateFailover_data() {
        QTest::addColumn<int>("toleration");
        QTest::addColumn<int>("purge");
        QTest::addColumn<int>("grace");
        QTest::addColumn<QString>("errorPath");
        QTest::newRow("defaults") << 300 << int(PurgeMode::Gracefully) << 600 << QString();
        QTest::newRow("zero toleration") << 0 << int(PurgeMode::Directly) << 600 << QString();
        QTest::newRow("negative toleration")
            << -1 << int(PurgeMode::Directly) << 600 << QStringLiteral("tolerationSeconds");
        QTest::newRow("toleration too long")
            << 86401 << int(PurgeMode::Never) << 600 << QStringLiteral("tolerationSeconds");
        QTest::newRow("zero grace")
            << 300 << int(PurgeMode::Gracefully) << 0 << QStringLiteral("gracePeriodSeconds");
        QTest::newRow("grace ignored unless graceful")
            << 300 << int(PurgeMode::Never) << 0 << QString();
    }

    void validateFailover() {
        QFETCH(int, toleration);
        QFETCH(int, purge);
        QFETCH(int, grace);
        QFETCH(QString, errorPath);
        FailoverPolicy f;
        f.name = QStringLiteral("f");
        f.tolerationSeconds = toleration;
        f.purgeMode = PurgeMode(purge);
        f.gracePeriodSeconds = grace;
        PolicySet set;
        set.failoverPolicies = {f};
        const QList<Finding> findings = fd::policy::validateFailover(f, set);
        if (errorPath.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(u',')));
        } else {
            QCOMPARE(findings.size(), 1);
            QCOMPARE(findings.front().path, errorPath);
            QCOMPARE(int(findings.front().severity), int(Severity::Error));
        }
    }

    void uniqueNamesAndOneDefault() {
        PolicySet set = defaultPolicySet();
        set.profiles.append(set.profiles.front());
        set.failoverPolicies.append(set.failoverPolicies.front());
        set.failoverPolicies.back().name = QStringLiteral("STANDARD"); // case-insensitive clash
        set.strategies[1].isDefault = true;
        const QList<Finding> findings = validate(set);
        QCOMPARE(codes(findings).count(QStringLiteral("name-duplicate")), 2 + 1);
        QVERIFY(findCode(findings, QStringLiteral("default-twice")));
        // STANDARD is also not DNS-1123.
        QVERIFY(findCode(findings, QStringLiteral("name-invalid")));
        PolicySet none = defaultPolicySet();
        for (auto& s : none.strategies)
            s.isDefault = false;
        const QList<Finding> noDefault = validate(none); // findCode points into this list
        const Finding* f = findCode(noDefault, QStringLiteral("no-default"));
        QVERIFY(f);
        QCOMPARE(int(f->severity), int(Severity::Warning));
    }

    // ---- auto-placement ----
    void ruleMatching_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("op");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("fact"); // for model size: the number; "" = unknown
        QTest::addColumn<bool>("matches");
        const int size = int(RuleField::ModelSize), gpu = int(RuleField::GpuType),
                  rt = int(RuleField::Runtime);
        QTest::newRow("70 >= 30") << size << int(RuleOperator::AtLeast) << QStringList{"30"} << "70"
                                  << true;
        QTest::newRow("30 >= 30") << size << int(RuleOperator::AtLeast) << QStringList{"30"} << "30"
                                  << true;
        QTest::newRow("30 > 30") << size << int(RuleOperator::GreaterThan) << QStringList{"30"}
                                 << "30" << false;
        QTest::newRow("7.5 < 8") << size << int(RuleOperator::LessThan) << QStringList{"8"} << "7.5"
                                 << true;
        QTest::newRow("8 <= 8") << size << int(RuleOperator::AtMost) << QStringList{"8"} << "8"
                                << true;
        QTest::newRow("size in") << size << int(RuleOperator::In) << QStringList{"7", "13"} << "13"
                                 << true;
        QTest::newRow("unknown size never matches")
            << size << int(RuleOperator::NotEquals) << QStringList{"7"} << "" << false;
        QTest::newRow("gpu equals, sanitised")
            << gpu << int(RuleOperator::Equals) << QStringList{"NVIDIA A100-SXM4-80GB"}
            << "nvidia-a100-sxm4-80gb" << true;
        QTest::newRow("gpu contains") << gpu << int(RuleOperator::Contains) << QStringList{"h100"}
                                      << "NVIDIA-H100-80GB-HBM3" << true;
        QTest::newRow("gpu not in")
            << gpu << int(RuleOperator::NotIn) << QStringList{"NVIDIA T4"} << "NVIDIA L4" << true;
        QTest::newRow("runtime case")
            << rt << int(RuleOperator::Equals) << QStringList{"vLLM"} << "vllm" << true;
        QTest::newRow("runtime not equals")
            << rt << int(RuleOperator::NotEquals) << QStringList{"vllm"} << "tgi" << true;
        QTest::newRow("unknown runtime never matches")
            << rt << int(RuleOperator::NotEquals) << QStringList{"vllm"} << "" << false;
    }

    void ruleMatching() {
        QFETCH(int, field);
        QFETCH(int, op);
        QFETCH(QStringList, values);
        QFETCH(QString, fact);
        QFETCH(bool, matches);
        DeploymentFacts facts;
        if (RuleField(field) == RuleField::ModelSize && !fact.isEmpty())
            facts.modelSizeBillions = fact.toDouble();
        else if (RuleField(field) == RuleField::GpuType)
            facts.gpuType = fact;
        else if (RuleField(field) == RuleField::Runtime)
            facts.runtime = fact;
        QCOMPARE(ruleMatches(PlacementRule{RuleField(field), RuleOperator(op), values}, facts),
                 matches);
    }

    void chooseStrategyFromDefaults() {
        const PolicySet set = defaultPolicySet();
        const auto choose = [&](std::optional<double> size, const char* runtime) {
            return chooseStrategy(set, DeploymentFacts{size, {}, QString::fromLatin1(runtime)});
        };
        QCOMPARE(choose(70, "vllm").strategy, QStringLiteral("large-models"));
        QCOMPARE(choose(3, "ollama").strategy, QStringLiteral("small-models"));
        const StrategyChoice rest = choose(13, "vllm");
        QCOMPARE(rest.strategy, QStringLiteral("general"));
        QVERIFY(rest.byDefault);
        QVERIFY(choose(std::nullopt, "ollama").byDefault); // unknown size: no rule matches
        // The more specific strategy wins when two match.
        PolicySet two = set;
        PlacementStrategy specific = set.strategies[1];
        specific.name = QStringLiteral("a-large-vllm");
        specific.isDefault = false;
        specific.rules.append({RuleField::Runtime, RuleOperator::Equals, {QStringLiteral("vllm")}});
        two.strategies.append(specific);
        QCOMPARE(chooseStrategy(two, DeploymentFacts{70, {}, QStringLiteral("vllm")}).strategy,
                 QStringLiteral("a-large-vllm"));
        QCOMPARE(chooseStrategy(two, DeploymentFacts{70, {}, QStringLiteral("tgi")}).strategy,
                 QStringLiteral("large-models"));
        PolicySet noDefault;
        QVERIFY(chooseStrategy(noDefault, {}).strategy.isEmpty());
    }

    // ---- labels ----
    void sanitizeLabelValue_data() {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("space") << "NVIDIA T4"
                               << "nvidia-t4";
        QTest::newRow("product label") << "NVIDIA-A100-SXM4-80GB"
                                       << "nvidia-a100-sxm4-80gb";
        QTest::newRow("punctuation") << "  (Tesla) V100 / 32GB!! "
                                     << "tesla-v100-32gb";
        QTest::newRow("dots kept") << "RTX 6000 Ada Gen.2"
                                   << "rtx-6000-ada-gen.2";
        QTest::newRow("korean dropped") << "서울 GPU"
                                        << "gpu";
        QTest::newRow("nothing left") << "***"
                                      << "";
        QTest::newRow("long") << QString(70, u'a') << QString(63, u'a');
        QTest::newRow("long ends clean") << QString(62, u'a') + u"-b" << QString(62, u'a');
    }

    void sanitizeLabelValue() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(fd::policy::sanitizeLabelValue(in), out);
        QVERIFY(isValidLabelValue(fd::policy::sanitizeLabelValue(in)));
    }

    void karmadaClusterLabelsAndKeys() {
        ClusterFacts c;
        c.name = QStringLiteral("seoul-dc1-a");
        c.labels = {{QStringLiteral("team"), QStringLiteral("llm")},
                    {kZoneLabel, QStringLiteral("B")}};
        c.zone = Zone::A;
        c.dataCenter = QStringLiteral("seoul-dc1");
        c.gpuModels = {QStringLiteral("NVIDIA T4"), QStringLiteral("NVIDIA-H100-80GB-HBM3")};
        const auto labels = karmadaClusterLabels(c);
        QCOMPARE(labels.value(kZoneLabel), QStringLiteral("A")); // Fleetdeck's key wins
        QCOMPARE(labels.value(kDataCenterLabel), QStringLiteral("seoul-dc1"));
        QCOMPARE(labels.value(QStringLiteral("gpu.fleetdeck.io/nvidia-t4")),
                 QStringLiteral("true"));
        QVERIFY(labels.contains(QStringLiteral("gpu.fleetdeck.io/nvidia-h100-80gb-hbm3")));
        QCOMPARE(labels.value(QStringLiteral("team")), QStringLiteral("llm"));
        // No zone: a free-form fleetdeck.io/zone label does not stand in for the field.
        ClusterFacts none = c;
        none.zone = Zone::None;
        QVERIFY(!karmadaClusterLabels(none).contains(kZoneLabel));
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            QVERIFY2(isValidLabelKey(it.key()), qPrintable(it.key()));
            QVERIFY2(isValidLabelValue(it.value()), qPrintable(it.value()));
        }
        QVERIFY(!isValidLabelKey(QStringLiteral("a/b/c")));
        QVERIFY(!isValidLabelKey(QStringLiteral("/b")));
        QVERIFY(!isValidLabelKey(QStringLiteral("Fleetdeck.IO/x")));
        QVERIFY(isDns1123Label(QStringLiteral("a-1")));
        QVERIFY(!isDns1123Label(QStringLiteral("-a")));
    }

    // ---- policy file ----
    void policyFileRoundTrip() {
        PolicySet set = defaultPolicySet();
        PlacementStrategy manual;
        manual.name = QStringLiteral("pinned");
        manual.description = QStringLiteral("서울 DC1 전용: \"quoted\", 100% # not a comment");
        manual.mode = PlacementMode::Manual;
        manual.targetBy = TargetBy::Names;
        manual.targetClusters = {QStringLiteral("seoul-dc1-a"), QStringLiteral("on")};
        manual.spread = ReplicaSpread::StaticWeights;
        manual.weights = {{QStringLiteral("seoul-dc1-a"), 3}, {QStringLiteral("on"), 1}};
        manual.conflictResolution = ConflictResolution::Overwrite;
        manual.keepResourcesOnDeletion = true;
        manual.rules = {{RuleField::GpuType, RuleOperator::Contains, {QStringLiteral("true")}},
                        {RuleField::ModelSize, RuleOperator::AtMost, {QStringLiteral("7.5")}}};
        set.strategies.append(manual);
        set.profiles[0].zoneA.cpuMillis = 500;
        set.profiles[0].zoneB.gangScheduling = true;
        set.profiles[0].zoneB.gangMinMembers = 4;
        FailoverPolicy f;
        f.name = QStringLiteral("never");
        f.enabled = false;
        f.purgeMode = PurgeMode::Never;
        f.tolerationSeconds = 45;
        set.failoverPolicies.append(f);

        const QByteArray yaml = writePolicyYaml(set);
        auto back = readPolicyYaml(yaml);
        QVERIFY2(back.ok(),
                 back.ok() ? ""
                           : qPrintable(back.error().message + u'\n' + QString::fromUtf8(yaml)));
        QCOMPARE(*back, normalized(set));
        QCOMPARE(writePolicyYaml(*back), yaml); // stable
        // And through the store's JSON.
        for (const PlacementStrategy& s : set.strategies)
            QCOMPARE(strategyFromJson(toJson(s)).value(), normalized(s));
        for (const ResourceProfile& p : set.profiles)
            QCOMPARE(profileFromJson(toJson(p)).value(), normalized(p));
        for (const FailoverPolicy& fp : set.failoverPolicies)
            QCOMPARE(failoverFromJson(toJson(fp)).value(), normalized(fp));
    }

    void writerHidesFieldsThatDoNotApply() {
        ResourceProfile p;
        p.name = QStringLiteral("p");
        p.zoneA.migProfile = QStringLiteral("1g.10gb"); // MIG off: not written
        p.zoneB.enabled = false;
        const QString text = QString::fromUtf8(writePolicyYaml(PolicySet{{}, {p}, {}}));
        QVERIFY(!text.contains(QLatin1String("migProfile")));
        QVERIFY(text.contains(QLatin1String("gpus: 1")));
        QVERIFY(text.contains(QLatin1String("zoneB:\n      enabled: false\n")));
        p.zoneA.mig = true;
        const QString mig = QString::fromUtf8(writePolicyYaml(PolicySet{{}, {p}, {}}));
        QVERIFY(mig.contains(QLatin1String("migProfile: 1g.10gb")));
        QVERIFY(!mig.contains(QLatin1String("gpus:")));
    }

    void policyFileErrors_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = "apiVersion: fleetdeck.io/v1alpha1\nkind: PolicySet\n";
        QTest::newRow("unknown top key") << head + "strategys: []\n" << 3 << "strategys";
        QTest::newRow("unknown strategy key")
            << head + "strategies:\n  - name: a\n    mode: auto\n    replica: duplicated\n"
            << 6 << "replica";
        QTest::newRow("bad mode") << head + "strategies:\n  - name: a\n    mode: automatic\n"
                                  << 5 << "automatic";
        QTest::newRow("bad bool") << head + "profiles:\n  - name: p\n    zoneA:\n      nvlink: "
                                            "maybe\n"
                                  << 6 << "nvlink";
        QTest::newRow("quoted number")
            << head + "profiles:\n  - name: p\n    zoneA:\n      gpus: \"4\"\n"
            << 6 << "gpus";
        QTest::newRow("fraction gpus")
            << head + "profiles:\n  - name: p\n    zoneB:\n      gpus: 1.5\n"
            << 6 << "gpus";
        QTest::newRow("bad cpu") << head + "profiles:\n  - name: p\n    zoneB:\n      cpu: lots\n"
                                 << 6 << "cpu";
        QTest::newRow("unknown purge")
            << head + "failoverPolicies:\n  - name: f\n    purgeMode: Later\n"
            << 5 << "Later";
        QTest::newRow("missing name") << head + "failoverPolicies:\n  - enabled: true\n"
                                      << 4 << "name";
        QTest::newRow("labels and clusters")
            << head + "strategies:\n  - name: a\n    targets:\n      labels: {a: b}\n      "
                      "clusters: [x]\n"
            << 7 << "clusters";
        QTest::newRow("rule without operator")
            << head + "strategies:\n  - name: a\n    rules:\n      - field: runtime\n        "
                      "value: vllm\n"
            << 6 << "operator";
        QTest::newRow("duplicate key") << head + "failoverPolicies:\n  - name: f\n    name: g\n"
                                       << 5 << "name";
        QTest::newRow("list expected") << head + "profiles:\n  name: p\n" << 4 << "profiles";
        QTest::newRow("syntax") << head + "profiles: [\n  - name: p\n" << 4 << "YAML";
        QTest::newRow("tab indentation") << head + "profiles:\n\t- name: p\n" << 4 << "YAML";
        QTest::newRow("alias") << head + "x: &a 1\nprofiles: *a\n" << 4 << "alias";
        QTest::newRow("karmada object")
            << QByteArray("apiVersion: policy.karmada.io/v1alpha1\nkind: PropagationPolicy\n") << 2
            << "PropagationPolicy";
        QTest::newRow("no header") << QByteArray("strategies: []\n") << 1 << "apiVersion";
        QTest::newRow("wrong version")
            << QByteArray("apiVersion: fleetdeck.io/v2\nkind: PolicySet\n") << 1 << "v2";
        QTest::newRow("two documents") << head + "---\n" + head << 4 << "one document";
    }

    void policyFileErrors() {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        auto r = readPolicyYaml(yaml);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, fd::ErrorKind::InvalidInput);
        const QString m = r.error().message;
        QVERIFY2(m.contains(QStringLiteral("Line %1").arg(line)), qPrintable(m));
        QVERIFY2(m.contains(mentions), qPrintable(m));
        QCOMPARE(m.count(u'\n'), 0); // one message, one line
    }

    void emptyFileIsAClearError() {
        auto r = readPolicyYaml("# nothing here\n");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("empty")));
    }

    void policyFileAcceptsPartialSetsAndCpuForms() {
        auto r = readPolicyYaml("apiVersion: fleetdeck.io/v1alpha1\nkind: PolicySet\n"
                                "profiles:\n  - name: p\n    zoneA: {cpu: 500m}\n"
                                "    zoneB: {cpu: \"2\", qosClass: BE}\n");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->profiles.size(), 1);
        QCOMPARE(r->profiles[0].zoneA.cpuMillis, 500);
        QCOMPARE(r->profiles[0].zoneB.cpuMillis, 2000);
        QCOMPARE(int(r->profiles[0].zoneB.qosClass), int(QosClass::BE));
        QVERIFY(r->strategies.isEmpty());
        // Deprecated Karmada spellings are read as the current ones.
        auto old = readPolicyYaml("apiVersion: fleetdeck.io/v1alpha1\nkind: PolicySet\n"
                                  "failoverPolicies:\n  - {name: f, purgeMode: Graciously}\n");
        QVERIFY(old.ok());
        QCOMPARE(int(old->failoverPolicies[0].purgeMode), int(PurgeMode::Gracefully));
    }

    // ---- YAML writer ----
    void writerQuotesWhatWouldNotStayAString_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("quoted");
        for (const char* s :
             {"300",    "true",        "on",    "No",   "~",          "null", "",     "1e3",
              "0x1F",   "1_000",       ".5",    "-1",   "2024-01-01", "1:20", ".inf", " lead",
              "trail ", "a: b",        "a #b",  "-x",   "{x}",        ",x",   "[x]",  "line\nbreak",
              "\"q\"",  "back\\slash", "*star", "&amp", "!tag",       "%pct", "@at",  "`tick"})
            QTest::newRow(s) << QString::fromUtf8(s) << true;
        for (const char* s : {"A", "fleetdeck.io/zone", "nvidia.com/mig-1g.10gb", "80Gi", "500m",
                              "sha256:abc", "a, b", "koord-scheduler", "1g.10gb", "a-b", "서울"})
            QTest::newRow(s) << QString::fromUtf8(s) << false;
    }

    void writerQuotesWhatWouldNotStayAString() {
        QFETCH(QString, text);
        QFETCH(bool, quoted);
        const QString out = yaml::scalarText(text);
        QCOMPARE(out.startsWith(u'"'), quoted);
        // Whatever it wrote reads back as the same string.
        auto doc = yaml::Document::parse(QByteArray("k: ") + out.toUtf8() + "\nl:\n  - " +
                                         out.toUtf8() + "\n");
        QVERIFY2(doc.ok(), qPrintable(out));
        const QJsonObject o = (*doc)->documents().front()->toJson().toObject();
        QCOMPARE(o.value(QStringLiteral("k")), QJsonValue(text));
        QCOMPARE(o.value(QStringLiteral("l")).toArray().first(), QJsonValue(text));
    }

    void writerNestsListsAndMaps() {
        const QJsonObject o{
            {QStringLiteral("b"), QJsonArray{QJsonArray{1, 2}, QJsonObject{},
                                             QJsonObject{{QStringLiteral("x"), 1},
                                                         {QStringLiteral("y"), QJsonArray{}}}}},
            {QStringLiteral("a"), QJsonValue::Null}};
        const QByteArray text = yaml::write(o);
        QCOMPARE(text,
                 QByteArray("a: null\nb:\n  -\n    - 1\n    - 2\n  - {}\n  - x: 1\n    \"y\": "
                            "[]\n"));
        auto back = yaml::Document::parse(text);
        QVERIFY(back.ok());
        QCOMPARE((*back)->documents().front()->toJson().toObject(), o);
    }

    // ---- failover timeline ----
    void timelineModel() {
        FailoverPolicy f; // Karmada's defaults
        const QList<TimelinePhase> p = failoverTimeline(f);
        const QList<TimelinePhase> expected{
            {QStringLiteral("failure"), 0, 0},         {QStringLiteral("detection"), 0, 300},
            {QStringLiteral("eviction"), 300, 305},    {QStringLiteral("rescheduling"), 305, 335},
            {QStringLiteral("gracePeriod"), 300, 900}, {QStringLiteral("purge"), 900, 905}};
        QCOMPARE(p, expected);
        f.purgeMode = PurgeMode::Directly;
        f.tolerationSeconds = 60;
        QCOMPARE(failoverTimeline(f).back(), (TimelinePhase{QStringLiteral("purge"), 60, 65}));
        f.purgeMode = PurgeMode::Never;
        for (const TimelinePhase& ph : failoverTimeline(f))
            QVERIFY(ph.name != u"purge" && ph.name != u"gracePeriod");
        f.enabled = false;
        QCOMPARE(failoverTimeline(f).size(), 1);
        const QJsonObject json = timelineJson(p);
        const QJsonObject first = json.value(QStringLiteral("phases")).toArray().at(1).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("detection"));
        QCOMPARE(first.value(QStringLiteral("endSeconds")).toInt(), 300);
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("endSeconds"), QStringLiteral("name"),
                                            QStringLiteral("startSeconds")}));
        for (const TimelinePhase& ph : p)
            QVERIFY(!phaseLabel(ph.name).isEmpty() && phaseLabel(ph.name) != ph.name);
    }

    void durations() {
        QCOMPARE(formatDuration(45), QStringLiteral("45 s"));
        QCOMPARE(formatDuration(300), QStringLiteral("5 min"));
        QCOMPARE(formatDuration(90), QStringLiteral("1 min 30 s"));
        QCOMPARE(formatDuration(7200), QStringLiteral("2 h"));
        QCOMPARE(formatDuration(3900), QStringLiteral("1 h 5 min"));
    }

    void bindingFromKarmadaDocs() {
        // The website's excerpts: an application failover with purgeMode Never.
        QJsonObject binding{
            {QStringLiteral("apiVersion"), QStringLiteral("work.karmada.io/v1alpha2")},
            {QStringLiteral("kind"), QStringLiteral("ResourceBinding")}};
        for (const char* file : {"website_application-failover_rb-spec-gracefulEvictionTasks."
                                 "excerpt.yaml",
                                 "website_application-failover_rb-status-unhealthy.excerpt.yaml"}) {
            auto doc = yaml::Document::parse(readFile(fd::test::testsPath(
                QStringLiteral("data/policy/bindings/") + QString::fromLatin1(file))));
            QVERIFY(doc.ok());
            const QJsonObject part = (*doc)->documents().front()->toJson().toObject();
            for (auto it = part.begin(); it != part.end(); ++it)
                binding.insert(it.key(), it.value());
        }
        auto decoded = decodeBindingFailovers(binding);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->clusters, QStringList{QStringLiteral("member1")});
        QCOMPARE(decoded->evictions.size(), 1);
        const ObservedEviction& e = decoded->evictions.front();
        QCOMPARE(e.fromCluster, QStringLiteral("member2"));
        QCOMPARE(e.reason, QStringLiteral("ApplicationFailure"));
        QCOMPARE(e.producer, QStringLiteral("resource-binding-application-failover-controller"));
        QVERIFY(e.suppressDeletion);
        QCOMPARE(e.gracePeriodSeconds, -1);
        QCOMPARE(e.created, QDateTime(QDate(2023, 5, 8), QTime(9, 29, 2), Qt::UTC));
        QVERIFY(!e.purgeDeadline().isValid()); // Never: the old replicas stay
        QCOMPARE(decoded->health.size(), 1);
        QCOMPARE(decoded->health[0].health, QStringLiteral("Unhealthy"));
        const auto phases = observedTimeline(e, *decoded, e.created.addSecs(40));
        QCOMPARE(phases, (QList<TimelinePhase>{{QStringLiteral("eviction"), 0, 0},
                                               {QStringLiteral("rescheduling"), 0, 40}}));
    }

    void bindingWithGraceAndConditions() {
        // Shapes from the CRDs and the workload-rebalancer proposal's conditions.
        const QByteArray json =
            R"({"apiVersion":"work.karmada.io/v1alpha2","kind":"ResourceBinding",
          "metadata":{"name":"llama-deployment","namespace":"ai"},
          "spec":{"clusters":[{"name":"hq-idc-2","replicas":2}],
            "gracefulEvictionTasks":[
              {"fromCluster":"seoul-dc1-a","reason":"TaintUntolerated","producer":"TaintManager",
               "purgeMode":"Gracefully","gracePeriodSeconds":600,"replicas":2,
               "creationTimestamp":"2024-04-17T15:00:00Z","clustersBeforeFailover":["seoul-dc1-a"]},
              {"fromCluster":"old","reason":"ApplicationFailure","producer":"x","purgeMode":"Immediately",
               "creationTimestamp":"2024-04-17T14:00:00Z"}]},
          "status":{"lastScheduledTime":"2024-04-17T15:00:05Z","conditions":[
            {"lastTransitionTime":"2024-04-17T15:00:40Z","message":"Binding has been scheduled successfully.",
             "reason":"Success","status":"True","type":"Scheduled"},
            {"lastTransitionTime":"2024-04-17T15:04:05Z","message":"All works have been successfully applied",
             "reason":"FullyAppliedSuccess","status":"True","type":"FullyApplied"}]}})";
        auto decoded = decodeBindingFailovers(QJsonDocument::fromJson(json).object());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->name, QStringLiteral("llama-deployment"));
        QCOMPARE(decoded->evictions.size(), 2);
        QCOMPARE(decoded->evictions[0].fromCluster, QStringLiteral("old")); // oldest first
        const ObservedEviction& e = decoded->evictions[1];
        QCOMPARE(e.purgeDeadline(), QDateTime(QDate(2024, 4, 17), QTime(15, 10, 0), Qt::UTC));
        QCOMPARE(e.clustersBeforeFailover, QStringList{QStringLiteral("seoul-dc1-a")});
        QCOMPARE(decoded->conditions.size(), 2);
        const auto phases = observedTimeline(e, *decoded, {});
        QCOMPARE(phases, (QList<TimelinePhase>{{QStringLiteral("eviction"), 0, 0},
                                               {QStringLiteral("rescheduling"), 0, 40},
                                               {QStringLiteral("gracePeriod"), 0, 600},
                                               {QStringLiteral("purge"), 600, 600}}));
        QCOMPARE(observedTimeline(decoded->evictions[0], *decoded, {}).back(),
                 (TimelinePhase{QStringLiteral("purge"), 0, 0}));
        QVERIFY(!decodeBindingFailovers(
                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("Deployment")},
                                 {QStringLiteral("spec"), QJsonObject{}}})
                     .ok());
    }

    // ---- placement preview ----
    void placementPreview() {
        QList<ClusterFacts> clusters;
        ClusterFacts a;
        a.name = QStringLiteral("hq-a");
        a.zone = Zone::A;
        a.ready = true;
        a.gpuModels = {QStringLiteral("NVIDIA H100 80GB HBM3")};
        ClusterFacts b = a;
        b.name = QStringLiteral("hq-b");
        b.zone = Zone::B;
        ClusterFacts down = a;
        down.name = QStringLiteral("hq-down");
        down.ready = false;
        ClusterFacts plain;
        plain.name = QStringLiteral("lab");
        plain.ready = true;
        clusters = {a, b, down, plain};

        PlacementStrategy s;
        s.targetLabels = {
            {kZoneLabel, QStringLiteral("A")},
            {QStringLiteral("gpu.fleetdeck.io/nvidia-h100-80gb-hbm3"), QStringLiteral("true")}};
        const PlacementPreview p = previewPlacement(s, clusters);
        QCOMPARE(p.matching(), QStringList{QStringLiteral("hq-a")});
        QCOMPARE(p.clusters[1].reasons.size(), 1);
        QCOMPARE(int(p.clusters[1].reasons[0].reason), int(MismatchReason::LabelDiffers));
        QCOMPARE(p.clusters[1].reasons[0].actual, QStringLiteral("B"));
        QCOMPARE(int(p.clusters[2].reasons[0].reason), int(MismatchReason::NotReady));
        QCOMPARE(p.clusters[3].reasons.size(), 2);
        QCOMPARE(int(p.clusters[3].reasons[0].reason), int(MismatchReason::LabelMissing));
        for (const ClusterPreview& c : p.clusters)
            for (const PreviewMismatch& m : c.reasons)
                QVERIFY(!m.message.isEmpty());

        PlacementStrategy named;
        named.targetBy = TargetBy::Names;
        named.targetClusters = {QStringLiteral("hq-b"), QStringLiteral("gone")};
        const PlacementPreview n = previewPlacement(named, clusters);
        QCOMPARE(n.matching(), QStringList{QStringLiteral("hq-b")});
        QCOMPARE(int(n.clusters[0].reasons[0].reason), int(MismatchReason::NotNamed));
        QCOMPARE(n.unknownTargets, QStringList{QStringLiteral("gone")});
    }

    // ---- a deployment's binding, and the sync lease (pure parts) ------------------------------

    void deploymentBindingIsKarmadasName() {
        QCOMPARE(deploymentBindingName(QStringLiteral("qwen2-5-7b")),
                 QStringLiteral("qwen2-5-7b-deployment"));
        const auto bindingOf = [](const QString& name, const QJsonObject& resource) {
            QJsonObject spec;
            if (!resource.isEmpty())
                spec.insert(QStringLiteral("resource"), resource);
            return QJsonObject{
                {QStringLiteral("kind"), QStringLiteral("ResourceBinding")},
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
                {QStringLiteral("spec"), spec}};
        };
        const QJsonObject deployment{{QStringLiteral("kind"), QStringLiteral("Deployment")},
                                     {QStringLiteral("name"), QStringLiteral("web")}};
        QVERIFY(isDeploymentBinding(bindingOf(QStringLiteral("web-deployment"), deployment),
                                    QStringLiteral("web")));
        // spec.resource decides: the Service of the same name has its own binding.
        QVERIFY(!isDeploymentBinding(
            bindingOf(QStringLiteral("web-service"),
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("Service")},
                                  {QStringLiteral("name"), QStringLiteral("web")}}),
            QStringLiteral("web")));
        QVERIFY(!isDeploymentBinding(bindingOf(QStringLiteral("web-deployment"), deployment),
                                     QStringLiteral("other")));
        // Without spec.resource, the name.
        QVERIFY(isDeploymentBinding(bindingOf(QStringLiteral("web-deployment"), {}),
                                    QStringLiteral("web")));
        QVERIFY(!isDeploymentBinding(bindingOf(QStringLiteral("web2-deployment"), {}),
                                     QStringLiteral("web")));
    }

    void observedEvictionAsJson() {
        // The task of tests/data/policy/bindings/website_application-failover_rb-spec-
        // gracefulEvictionTasks.excerpt.yaml, plus a graceful one.
        const auto decoded = decodeBindingFailovers(QJsonDocument::fromJson(R"({
            "kind": "ResourceBinding", "metadata": {"name": "web-deployment"},
            "spec": {"gracefulEvictionTasks": [
              {"creationTimestamp": "2023-05-08T09:29:02Z", "fromCluster": "member2",
               "producer": "resource-binding-application-failover-controller",
               "reason": "ApplicationFailure", "suppressDeletion": true},
              {"creationTimestamp": "2023-05-08T09:40:00Z", "fromCluster": "member1",
               "producer": "TaintManager", "reason": "TaintUntolerated", "purgeMode": "Gracefully",
               "gracePeriodSeconds": 600, "replicas": 2, "clustersBeforeFailover": ["member1"]}]}
        })")
                                                        .object());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->evictions.size(), 2);
        const QJsonObject never = observedEvictionJson(decoded->evictions[0]);
        QCOMPARE(never.value(u"fromCluster").toString(), QStringLiteral("member2"));
        QCOMPARE(never.value(u"creationTimestamp").toString(),
                 QStringLiteral("2023-05-08T09:29:02Z"));
        QVERIFY(never.value(u"purgeDeadline").isNull());
        QCOMPARE(never.value(u"suppressDeletion").toBool(), true);
        QCOMPARE(never.value(u"gracePeriodSeconds").toInt(), -1);
        const QJsonObject graceful = observedEvictionJson(decoded->evictions[1]);
        QCOMPARE(graceful.value(u"purgeDeadline").toString(),
                 QStringLiteral("2023-05-08T09:50:00Z"));
        QCOMPARE(graceful.value(u"replicas").toInt(), 2);
        QCOMPARE(graceful.value(u"clustersBeforeFailover").toArray().size(), 1);
        QCOMPARE(graceful.keys().size(), 11);
    }

    // A task created centuries ago (a damaged binding) must not wrap into a negative span.
    void observedTimelineOfAnAncientTaskIsClamped() {
        const auto binding = decodeBindingFailovers(QJsonDocument::fromJson(R"({
            "kind": "ResourceBinding", "metadata": {"name": "wt"},
            "spec": {"gracefulEvictionTasks": [
              {"creationTimestamp": "0454-05-08T09:29:02Z", "fromCluster": "m"}]}})")
                                                        .object());
        QVERIFY(binding.ok());
        const QDateTime now(QDate(2026, 12, 5), QTime(18, 0), Qt::UTC);
        const auto phases = observedTimeline(binding->evictions.first(), *binding, now);
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases[1].name, QStringLiteral("rescheduling"));
        QVERIFY(phases[1].endSeconds > 0);
        QCOMPARE(phases[1].endSeconds, 10 * 366 * 24 * 3600);
    }

    void syncLeaseRules() {
        const QDateTime now(QDate(2026, 12, 5), QTime(18, 0, 0), Qt::UTC);
        QCOMPARE(microTime(now.addMSecs(123)), QStringLiteral("2026-12-05T18:00:00.123000Z"));
        const LeaseState held = decodeLease(QJsonDocument::fromJson(R"({
            "metadata": {"resourceVersion": "42"},
            "spec": {"holderIdentity": "alice@ws1 pid 7", "leaseDurationSeconds": 15,
                     "acquireTime": "2026-12-05T17:59:00.000000Z",
                     "renewTime": "2026-12-05T17:59:50.654321Z", "leaseTransitions": 3}})")
                                                .object());
        QCOMPARE(held.holder, QStringLiteral("alice@ws1 pid 7"));
        QCOMPARE(held.renewed, QDateTime(QDate(2026, 12, 5), QTime(17, 59, 50), Qt::UTC));
        QCOMPARE(held.resourceVersion, QStringLiteral("42"));
        QCOMPARE(held.transitions, 3);
        // Fresh: renewed 10 s ago with 15 s to live.
        QVERIFY(!leaseTakeable(held, QStringLiteral("bob@ws2 pid 8"), now));
        QVERIFY(leaseTakeable(held, QStringLiteral("alice@ws1 pid 7"), now)); // ours
        // Stale once renewTime + duration has passed.
        QVERIFY(!leaseTakeable(held, QStringLiteral("bob@ws2 pid 8"), now.addSecs(5)));
        QVERIFY(leaseTakeable(held, QStringLiteral("bob@ws2 pid 8"), now.addSecs(6)));
        LeaseState released = held;
        released.holder.clear();
        QVERIFY(leaseTakeable(released, QStringLiteral("bob@ws2 pid 8"), now));
        LeaseState noRenew = held;
        noRenew.renewed = {};
        QVERIFY(leaseTakeable(noRenew, QStringLiteral("bob@ws2 pid 8"), now));
        // A new holder counts a transition and starts its own acquireTime; the same keeps it.
        const QJsonObject takeover = leaseSpecFor(held, QStringLiteral("bob@ws2 pid 8"), now);
        QCOMPARE(takeover.value(u"leaseTransitions").toInt(), 4);
        QCOMPARE(takeover.value(u"acquireTime").toString(),
                 QStringLiteral("2026-12-05T18:00:00.000000Z"));
        QCOMPARE(takeover.value(u"leaseDurationSeconds").toInt(), kSyncLeaseSeconds);
        const QJsonObject mine = leaseSpecFor(held, QStringLiteral("alice@ws1 pid 7"), now);
        QCOMPARE(mine.value(u"leaseTransitions").toInt(), 3);
        QCOMPARE(mine.value(u"acquireTime").toString(),
                 QStringLiteral("2026-12-05T17:59:00.000000Z"));
        QCOMPARE(leaseSpecFor({}, QStringLiteral("x"), now).value(u"leaseTransitions").toInt(), 0);
        QVERIFY(leaseHeldMessage(QStringLiteral("cp"), held)
                    .startsWith(QStringLiteral("Another policy sync with cp is running (held by "
                                               "alice@ws1 pid 7 since ")));
        QVERIFY(syncHolderIdentity().contains(QStringLiteral(" pid ")));
        QVERIFY(syncHolderIdentity().contains(u'@'));
    }

    void syncGuardIsPerControlPlane() {
        int a = 0, b = 0;
        QVERIFY(SyncGuard::tryEnter(&a, 1));
        QVERIFY(!SyncGuard::tryEnter(&a, 1));
        QVERIFY(SyncGuard::tryEnter(&a, 2)); // another control plane
        QVERIFY(SyncGuard::tryEnter(&b, 1)); // another registry's cluster 1
        SyncGuard::leave(&a, 1);
        QVERIFY(SyncGuard::tryEnter(&a, 1));
        SyncGuard::leave(&a, 1);
        SyncGuard::leave(&a, 2);
        SyncGuard::leave(&b, 1);
    }
};

QTEST_APPLESS_MAIN(TestPolicy)
#include "tst_policy.moc"
