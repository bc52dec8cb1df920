// Auto-placement of Karmada deployments: the strategy the policies' rules choose from what the
// spec says (model size, GPU type, runtime), the default strategy for the rest, the chosen
// strategy's default profile, the reason recorded in the spec, and a clear refusal when nothing
// matches and no strategy is the default. Through DeployService as the wizard and the GUI use
// it: render() applies the choice (the labels on the Deployment), create() refuses before any
// cluster is asked.
#include "registrytesthelpers.h"

#include "deploy/catalog.h"
#include "deploy/deployservice.h"
#include "deploy/placementchoice.h"
#include "policy/defaults.h"
#include "policy/policyservice.h"
#include "registry/clusterregistryimpl.h"
#include "store/store.h"

#include <QtTest>

#include <optional>

using namespace fd::deploy;
using fd::policy::PolicySet;

namespace {

DeploySpec karmadaSpec(const Catalog& catalog, const QString& runtime, const QString& preset) {
    DeploySpec spec;
    spec.runtimeId = runtime;
    spec.model = *catalog.runtime(runtime)->preset(preset);
    spec.target.kind = TargetKind::Karmada;
    return spec;
}

QString label(const Manifest& m, const QString& key) {
    return m.find(QStringLiteral("Deployment"))
        ->json.value(QStringLiteral("metadata"))
        .toObject()
        .value(QStringLiteral("labels"))
        .toObject()
        .value(key)
        .toString();
}

} // namespace

class TestDeployPlacement final : public QObject {
    Q_OBJECT

    Catalog m_catalog = Catalog::loadDefault(QString());

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_catalog.runtime(QStringLiteral("vllm"))); }

    // The default set: ≥ 30B → large-models (profile high-performance); < 8B on Ollama or
    // llama.cpp → small-models (shared-gpu); anything else → general, the default (standard).
    void defaultSetChoices() {
        const PolicySet set = fd::policy::defaultPolicySet();

        auto large = choosePlacement(set, karmadaSpec(m_catalog, QStringLiteral("vllm"),
                                                      QStringLiteral("llama3.1-70b-instruct")));
        QVERIFY(large.ok());
        QCOMPARE(large->strategy, QStringLiteral("large-models"));
        QCOMPARE(large->resourceProfile, QStringLiteral("high-performance"));
        QVERIFY(!large->byDefault);
        QCOMPARE(large->reason, QStringLiteral("Chosen by rule: model size ≥ 30B."));

        auto small = choosePlacement(
            set, karmadaSpec(m_catalog, QStringLiteral("ollama"), QStringLiteral("llama3.2-1b")));
        QVERIFY(small.ok());
        QCOMPARE(small->strategy, QStringLiteral("small-models"));
        QCOMPARE(small->resourceProfile, QStringLiteral("shared-gpu"));
        QCOMPARE(small->reason,
                 QStringLiteral("Chosen by rule: model size < 8B and runtime is one of "
                                "ollama, llamacpp."));

        // 1.24B on vLLM: the size rule matches, the runtime rule does not → the default.
        auto general = choosePlacement(set, karmadaSpec(m_catalog, QStringLiteral("vllm"),
                                                        QStringLiteral("qwen2.5-7b-instruct")));
        QVERIFY(general.ok());
        QCOMPARE(general->strategy, QStringLiteral("general"));
        QVERIFY(general->byDefault);
        QCOMPARE(general->resourceProfile, QStringLiteral("standard"));
        QVERIFY(general->rules.isEmpty());
        QCOMPARE(
            general->reason,
            QStringLiteral("The default strategy: no strategy's rules match this deployment."));

        // A custom model of unknown size matches no size rule.
        DeploySpec custom =
            karmadaSpec(m_catalog, QStringLiteral("ollama"), QStringLiteral("llama3.2-1b"));
        custom.model.parameters = 0;
        QVERIFY(!deploymentFacts(custom).modelSizeBillions);
        QCOMPARE(choosePlacement(set, custom)->strategy, QStringLiteral("general"));

        // A known GPU model compares as its product label.
        DeploySpec h100 = custom;
        h100.gpuModel = QStringLiteral("h100");
        QVERIFY(deploymentFacts(h100).gpuType.startsWith(QLatin1String("NVIDIA-H100")));
    }

    // Nothing matches and no default: the spec is refused with what to do.
    void noMatchNoDefault() {
        PolicySet set = fd::policy::defaultPolicySet();
        for (auto& s : set.strategies)
            s.isDefault = false;
        const DeploySpec spec =
            karmadaSpec(m_catalog, QStringLiteral("vllm"), QStringLiteral("qwen2.5-7b-instruct"));
        auto choice = choosePlacement(set, spec);
        QVERIFY(!choice.ok());
        QCOMPARE(choice.error().kind, fd::ErrorKind::InvalidInput);
        QVERIFY(choice.error().message.contains(QLatin1String("no strategy is the default")));
        QVERIFY(!withAutoPlacement(set, spec).ok());
    }

    // The admin's strategy and profile are kept; a named profile survives an auto strategy.
    void adminChoiceWins() {
        const PolicySet set = fd::policy::defaultPolicySet();
        DeploySpec spec =
            karmadaSpec(m_catalog, QStringLiteral("vllm"), QStringLiteral("llama3.1-70b-instruct"));
        spec.target.placementStrategy = QStringLiteral("general");
        auto kept = withAutoPlacement(set, spec);
        QVERIFY(kept.ok());
        QCOMPARE(kept->target.placementStrategy, QStringLiteral("general"));
        QVERIFY(kept->target.resourceProfile.isEmpty());
        QVERIFY(kept->strategyReason.isEmpty());

        spec.target.placementStrategy.clear();
        spec.target.resourceProfile = QStringLiteral("standard");
        auto chosen = withAutoPlacement(set, spec);
        QVERIFY(chosen.ok());
        QCOMPARE(chosen->target.placementStrategy, QStringLiteral("large-models"));
        QCOMPARE(chosen->target.resourceProfile, QStringLiteral("standard"));
        // The reason is recorded with the spec (spec_json in the store).
        const auto back = DeploySpec::fromJson(chosen->toJson());
        QVERIFY(back);
        QCOMPARE(back->strategyReason, QStringLiteral("Chosen by rule: model size ≥ 30B."));

        // A cluster target is never touched.
        DeploySpec cluster = spec;
        cluster.target.kind = TargetKind::Cluster;
        QVERIFY(withAutoPlacement(set, cluster)->target.placementStrategy.isEmpty());
    }

    // DeployService over the stored policies: render() labels the Deployment with the chosen
    // strategy and profile; without policies, or with nothing to choose, it says what to do and
    // create() refuses before asking any cluster.
    void throughTheService() {
        fd::test::RegistryEnv env;
        QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
        DeployService service(*env.store, *env.registry);
        // The records come from the store's reader thread: never inside load().
        std::optional<fd::Status> loaded;
        service.load(this, [&loaded](fd::Status st) { loaded = st; });
        QVERIFY(!loaded);
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(loaded->ok());
        QVERIFY(service.deployments().isEmpty());
        service.setCatalog(m_catalog);
        const DeploySpec spec =
            karmadaSpec(m_catalog, QStringLiteral("vllm"), QStringLiteral("llama3.1-70b-instruct"));

        auto without = service.render(spec);
        QVERIFY(!without.ok());
        QVERIFY2(without.error().message.contains(QLatin1String("placement strategy")),
                 qPrintable(without.error().message));
        QCOMPARE(service.choosePlacement(spec).error().message,
                 QStringLiteral("A Karmada deployment needs a placement strategy; pick one."));

        fd::policy::PolicyService policies(*env.store);
        QVERIFY(policies.loadNow().ok());
        service.setPolicies(&policies);
        QVERIFY(fd::test::await<fd::Result<fd::policy::DefaultSetOutcome>>([&](auto done) {
                    policies.createDefaultSet(this, done);
                }).ok());

        auto rendered = service.render(spec);
        QVERIFY2(rendered.ok(), qPrintable(rendered ? QString() : rendered.error().message));
        QCOMPARE(label(*rendered, QStringLiteral("fleetdeck.io/placement-strategy")),
                 QStringLiteral("large-models"));
        QCOMPARE(label(*rendered, QStringLiteral("fleetdeck.io/resource-profile")),
                 QStringLiteral("high-performance"));
        QCOMPARE(service.choosePlacement(spec)->strategy, QStringLiteral("large-models"));
        QCOMPARE(service.placed(spec)->strategyReason,
                 QStringLiteral("Chosen by rule: model size ≥ 30B."));

        // No default any more: the 7B vLLM model matches nothing.
        PolicySet set = policies.policies();
        auto general = set.strategies.at(0);
        for (const auto& s : set.strategies)
            if (s.name == QLatin1String("general"))
                general = s;
        general.isDefault = false;
        QVERIFY(fd::test::await<fd::Result<fd::policy::SaveOutcome>>([&](auto done) {
                    policies.save(general, fd::policy::SaveMode::Replace, this, done);
                }).ok());
        const DeploySpec seven =
            karmadaSpec(m_catalog, QStringLiteral("vllm"), QStringLiteral("qwen2.5-7b-instruct"));
        QVERIFY(!service.render(seven).ok());
        auto created = fd::test::await<fd::Result<CreateReport>>(
            [&](auto done) { service.create(seven, {}, this, done); });
        QVERIFY(!created.ok());
        QVERIFY2(created.error().message.contains(QLatin1String("no strategy is the default")),
                 qPrintable(created.error().message));
        QVERIFY(service.deployments().isEmpty());

        // A named strategy or profile must exist: the admin's (or a script's) typo is refused
        // with the names that do, before any cluster is asked.
        DeploySpec named = seven;
        named.target.placementStrategy = QStringLiteral("spread");
        auto unknown = service.resolveTarget(named);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, fd::ErrorKind::NotFound);
        QCOMPARE(unknown.error().message,
                 QStringLiteral("No placement strategy named spread exists; use one of: general, "
                                "large-models, small-models."));
        named.target.placementStrategy = QStringLiteral("general");
        named.target.resourceProfile = QStringLiteral("h100");
        created = fd::test::await<fd::Result<CreateReport>>(
            [&](auto done) { service.create(named, {}, this, done); });
        QVERIFY(!created.ok());
        QCOMPARE(created.error().message,
                 QStringLiteral("No resource profile named h100 exists; use one of: "
                                "high-performance, shared-gpu, standard."));
        QVERIFY(service.deployments().isEmpty());
        named.target.resourceProfile = QStringLiteral("shared-gpu");
        auto known = service.resolveTarget(named);
        // Past the policies: what is left missing is the control plane itself.
        QVERIFY(!known.ok());
        QVERIFY2(known.error().message.contains(QLatin1String("No Karmada control plane")),
                 qPrintable(known.error().message));

        // The policies gone (the GUI shuts down): back to "pick one", no dangling pointer.
        service.setPolicies(nullptr);
        QVERIFY(!service.choosePlacement(spec).ok());
    }
};

QTEST_GUILESS_MAIN(TestDeployPlacement)
#include "tst_deploy_placement.moc"
