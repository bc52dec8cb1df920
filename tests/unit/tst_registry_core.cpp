// Pure parts of the cluster registry: identity, health summaries from node/pod lists, failure
// wording, Karmada object shapes (checked against Karmada's OpenAPI schema).
#include "registry/clusteridentity.h"
#include "registry/connectionreport.h"
#include "registry/healthsummary.h"
#include "registry/karmadaobjects.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fd::registry;

namespace {

QJsonObject readJson(const QString& relative) {
    QFile f(fd::test::testsPath(QStringLiteral("data/registry/") + relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Strict validation against Swagger 2.0 definitions, the way the API server treats a create
// with fieldValidation=Strict: unknown fields, missing required fields and wrong types fail.
void validate(const QJsonObject& defs, const QJsonObject& schema, const QJsonValue& value,
              const QString& path, QStringList& errors) {
    if (schema.contains(QLatin1String("$ref"))) {
        const QString ref = schema.value(QLatin1String("$ref")).toString().section('/', -1);
        validate(defs, defs.value(ref).toObject(), value, path, errors);
        return;
    }
    const QString type = schema.value(QLatin1String("type")).toString();
    if (type == QLatin1String("object") || schema.contains(QLatin1String("properties"))) {
        if (!value.isObject()) {
            errors << path + QLatin1String(": not an object");
            return;
        }
        const QJsonObject obj = value.toObject();
        const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
        const QJsonObject additional =
            schema.value(QLatin1String("additionalProperties")).toObject();
        for (const auto& req : schema.value(QLatin1String("required")).toArray())
            if (!obj.contains(req.toString()))
                errors << path + QLatin1String(".") + req.toString() + QLatin1String(": required");
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (props.contains(it.key()))
                validate(defs, props.value(it.key()).toObject(), it.value(),
                         path + QLatin1Char('.') + it.key(), errors);
            else if (!additional.isEmpty())
                validate(defs, additional, it.value(), path + QLatin1Char('.') + it.key(), errors);
            else if (!props.isEmpty())
                errors << path + QLatin1Char('.') + it.key() + QLatin1String(": unknown field");
        }
    } else if (type == QLatin1String("array")) {
        if (!value.isArray())
            errors << path + QLatin1String(": not an array");
        for (const auto& item : value.toArray())
            validate(defs, schema.value(QLatin1String("items")).toObject(), item,
                     path + QLatin1String("[]"), errors);
    } else if (type == QLatin1String("string")) {
        if (!value.isString())
            errors << path + QLatin1String(": not a string");
    } else if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            errors << path + QLatin1String(": not a boolean");
    } else if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        if (!value.isDouble())
            errors << path + QLatin1String(": not a number");
    }
}

QJsonObject gpuNode(const QString& name, const QJsonObject& labels, const QJsonObject& extra,
                    bool ready) {
    QJsonObject node = readJson(QStringLiteral("node_k9s_dao_n1.json"));
    QJsonObject meta = node.value(QLatin1String("metadata")).toObject();
    meta.insert(QStringLiteral("name"), name);
    QJsonObject l = meta.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        l.insert(it.key(), it.value());
    meta.insert(QStringLiteral("labels"), l);
    node.insert(QStringLiteral("metadata"), meta);
    QJsonObject status = node.value(QLatin1String("status")).toObject();
    for (const char* key : {"capacity", "allocatable"}) {
        QJsonObject res = status.value(QLatin1String(key)).toObject();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            res.insert(it.key(), it.value());
        status.insert(QLatin1String(key), res);
    }
    if (!ready) {
        QJsonArray conds = status.value(QLatin1String("conditions")).toArray();
        for (int i = 0; i < conds.size(); ++i) {
            QJsonObject c = conds[i].toObject();
            if (c.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
                c.insert(QStringLiteral("status"), QStringLiteral("Unknown"));
            conds[i] = c;
        }
        status.insert(QStringLiteral("conditions"), conds);
    }
    node.insert(QStringLiteral("status"), status);
    return node;
}

QJsonObject pod(const QString& node, const QString& phase, const QJsonObject& requests,
                bool limitsOnly = false) {
    QJsonObject resources{
        {limitsOnly ? QStringLiteral("limits") : QStringLiteral("requests"), requests}};
    return QJsonObject{
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("nodeName"), node},
                     {QStringLiteral("containers"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("c")},
                                             {QStringLiteral("resources"), resources}}}}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), phase}}}};
}

QByteArray list(const QJsonArray& items) {
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("List")},
                                     {QStringLiteral("items"), items}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestRegistryCore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalizeServer_data() {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("default port") << "https://API.Example.com:443/"
                                      << "https://api.example.com";
        QTest::newRow("port kept") << "https://10.0.0.1:6443"
                                   << "https://10.0.0.1:6443";
        QTest::newRow("path kept") << "https://h/k8s/clusters/c-1/"
                                   << "https://h/k8s/clusters/c-1";
        QTest::newRow("http 80") << "HTTP://h:80"
                                 << "http://h";
    }
    void normalizeServer() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(normalizeServerUrl(in), out);
    }

    void identityIsKeyedAndStable() {
        ClusterRecord r;
        r.connection.endpoint.url = QStringLiteral("https://api.x:443/");
        r.kubeUser = QStringLiteral("admin");
        r.connection.auth = AuthKind::Token;
        ClusterCredentials c;
        c.token = "s3cr3t-token-value";
        const QByteArray key(32, 'k');
        const QString id = computeIdentity(r, c, key);
        QVERIFY(!id.contains(QLatin1String("s3cr3t")));
        QVERIFY(id.startsWith(QLatin1String("https://api.x|token:")));
        r.name = QStringLiteral("renamed"); // metadata does not change identity
        r.connection.endpoint.url = QStringLiteral("https://API.x");
        QCOMPARE(computeIdentity(r, c, key), id);
        ClusterCredentials other;
        other.token = "another-token";
        QVERIFY(computeIdentity(r, other, key) != id);
        // Another install key gives another digest: nothing to correlate across machines.
        QVERIFY(computeIdentity(r, c, QByteArray(32, 'z')) != id);

        r.connection.auth = AuthKind::Exec;
        r.connection.exec.command = QStringLiteral("kubelogin");
        ClusterCredentials e1;
        e1.execConfigJson = R"({"args":["get-token","--server-id","a"]})";
        ClusterCredentials e2;
        e2.execConfigJson = R"({"args":["get-token","--server-id","b"]})";
        QVERIFY(computeIdentity(r, e1, key) != computeIdentity(r, e2, key));
        QCOMPARE(computeIdentity(r, e1, key), computeIdentity(r, e1, key));
    }

    void healthSummaryFromGpuNodes() {
        // Synthetic (see tests/data/MANIFEST.md): a real Node shape with NVIDIA's real labels.
        const QJsonObject h100Labels = readJson(QStringLiteral("h100_mig-mixed_node-labels.json"));
        const QJsonObject h100 =
            gpuNode(QStringLiteral("h100-a"), h100Labels,
                    {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("0")},
                     {QStringLiteral("nvidia.com/mig-1g.10gb"), QStringLiteral("2")},
                     {QStringLiteral("nvidia.com/mig-2g.20gb"), QStringLiteral("1")},
                     {QStringLiteral("nvidia.com/mig-3g.40gb"), QStringLiteral("1")}},
                    true);
        const QJsonObject t4 =
            gpuNode(QStringLiteral("t4-a"),
                    {{QStringLiteral("nvidia.com/gpu.product"), QStringLiteral("Tesla-T4-SHARED")}},
                    {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("16")}}, true);
        const QJsonObject t4b =
            gpuNode(QStringLiteral("t4-b"),
                    {{QStringLiteral("nvidia.com/gpu.product"), QStringLiteral("Tesla-T4-SHARED")}},
                    {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("16")}}, false);
        const QJsonObject cpu = gpuNode(QStringLiteral("cpu-a"), {}, {}, true);
        const QJsonArray pods{
            pod(QStringLiteral("t4-a"), QStringLiteral("Running"),
                {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("2")}}),
            pod(QStringLiteral("t4-b"), QStringLiteral("Running"),
                {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("1")}}, true),
            pod(QStringLiteral("t4-a"), QStringLiteral("Pending"),
                {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("4")}}),
            pod(QStringLiteral("t4-a"), QStringLiteral("Succeeded"),
                {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("4")}}),
            pod(QStringLiteral("h100-a"), QStringLiteral("Running"),
                {{QStringLiteral("nvidia.com/mig-1g.10gb"), QStringLiteral("1")}}),
            pod(QStringLiteral("cpu-a"), QStringLiteral("Running"),
                {{QStringLiteral("cpu"), QStringLiteral("2")}}),
        };
        auto summary = summarizeHealth(list({h100, t4, t4b, cpu}), list(pods));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary->nodesTotal, 4);
        QCOMPARE(summary->nodesReady, 3);
        QCOMPARE(summary->gpus.size(), 2);
        QCOMPARE(summary->gpus[0].model, QStringLiteral("NVIDIA-H100-80GB-HBM3"));
        QCOMPARE(summary->gpus[0].capacity, 0);
        QCOMPARE(summary->gpus[1].model, QStringLiteral("Tesla-T4-SHARED"));
        QCOMPARE(summary->gpus[1].allocatable, 32);
        // Pods bound to a node and not finished hold their GPUs (Pending on t4-a too, as
        // `kubectl describe node` counts them); limits-only counts as a request.
        QCOMPARE(summary->gpus[1].used, 7);
        QCOMPARE(summary->mig.size(), 3);
        QCOMPARE(summary->mig[0].resource, QStringLiteral("nvidia.com/mig-1g.10gb"));
        QCOMPARE(summary->mig[0].capacity, 2);
        QCOMPARE(summary->mig[0].used, 1);
        QCOMPARE(summary->mig[2].resource, QStringLiteral("nvidia.com/mig-3g.40gb"));
    }

    void healthSummaryRejectsGarbage() {
        QVERIFY(!summarizeHealth("<html>login</html>").ok());
        QVERIFY(!summarizeHealth(R"({"items": 3})").ok());
        auto empty = summarizeHealth(R"({"kind":"NodeList","items":null})");
        QVERIFY(empty.ok());
        QCOMPARE(empty->nodesTotal, 0);
    }

    void missingPermission() {
        const QString watch =
            readJson(QStringLiteral("403_forbidden_events-watch_real-capture.json"))
                .value(QLatin1String("message"))
                .toString();
        QCOMPARE(
            missingPermissionFromStatus(watch),
            QStringLiteral("watch resource \"events\" in API group \"\" at the cluster scope"));
        const QString named = readJson(QStringLiteral("403_forbidden_named-resource.json"))
                                  .value(QLatin1String("message"))
                                  .toString();
        QCOMPARE(missingPermissionFromStatus(named),
                 QStringLiteral("get resource \"pod\" in API group \"\" at the cluster scope"));
        QVERIFY(missingPermissionFromStatus(QStringLiteral("Unauthorized")).isEmpty());
    }

    void failureSentences() {
        ConnectionReport r;
        r.category = ConnectionCategory::TlsUnknownCa;
        r.certSha256 = QStringLiteral("AB:CD");
        describeFailure(r);
        QVERIFY(r.message.contains(QLatin1String("AB:CD")));
        QVERIFY(r.nextStep.contains(QLatin1String("Trust this certificate")));
        r = {};
        r.category = ConnectionCategory::Forbidden;
        r.missingPermission = QStringLiteral("list resource \"nodes\"");
        describeFailure(r);
        QVERIFY(r.message.contains(QLatin1String("cannot list resource \"nodes\"")));
        r = {};
        r.category = ConnectionCategory::CredentialPluginMissing;
        r.execCommand = QStringLiteral("kubelogin");
        r.execInstallHint = QStringLiteral("brew install kubelogin");
        describeFailure(r);
        QVERIFY(r.message.contains(QLatin1String("kubelogin")));
        QVERIFY(r.nextStep.contains(QLatin1String("brew install kubelogin")));
        // Every category has a sentence and (except Ok/Cancelled) a next step.
        for (int c = int(ConnectionCategory::Ok); c <= int(ConnectionCategory::Other); ++c) {
            ConnectionReport x;
            x.category = ConnectionCategory(c);
            describeFailure(x);
            QVERIFY(!x.message.isEmpty());
            if (x.category != ConnectionCategory::Ok && x.category != ConnectionCategory::Cancelled)
                QVERIFY2(!x.nextStep.isEmpty(), qPrintable(fd::net::toString(x.category)));
        }
    }

    void joinNamesFollowKarmadactl() {
        const JoinObjectNames n = joinObjectNames(QStringLiteral("GPU Seoul_1"));
        QCOMPARE(n.clusterName, QStringLiteral("gpu-seoul-1"));
        QCOMPARE(n.memberNamespace, QStringLiteral("karmada-cluster"));
        QCOMPARE(n.serviceAccount, QStringLiteral("karmada-gpu-seoul-1"));
        QCOMPARE(n.clusterRole, QStringLiteral("karmada-controller-manager:karmada-gpu-seoul-1"));
        QCOMPARE(n.controlPlaneSecret, QStringLiteral("gpu-seoul-1"));
    }

    void clusterObjectMatchesKarmadaSchema() {
        const QJsonObject spec = readJson(QStringLiteral(
            "../kubeapi/karmada/cluster.karmada.io_v1alpha1_Cluster.extracted.json"));
        const QJsonObject defs = spec.value(QLatin1String("definitions")).toObject();
        const QJsonObject clusterSchema =
            defs.value(QLatin1String(
                           "com.github.karmada-io.karmada.pkg.apis.cluster.v1alpha1.Cluster"))
                .toObject();
        QVERIFY(!clusterSchema.isEmpty());
        const JoinObjectNames n = joinObjectNames(QStringLiteral("member-1"));
        const QJsonObject c = karmada::cluster(n, QStringLiteral("https://10.0.0.5:6443"), true,
                                               QStringLiteral("socks5://proxy:1080"));
        QStringList errors;
        validate(defs, clusterSchema, c, QStringLiteral("Cluster"), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));
        const QJsonObject s = c.value(QLatin1String("spec")).toObject();
        QCOMPARE(s.value(QLatin1String("syncMode")).toString(), QStringLiteral("Push"));
        QCOMPARE(s.value(QLatin1String("proxyURL")).toString(),
                 QStringLiteral("socks5://proxy:1080"));
        QCOMPARE(s.value(QLatin1String("insecureSkipTLSVerification")).toBool(), true);
        QCOMPARE(
            s.value(QLatin1String("secretRef")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("member-1"));
        // The validator itself catches mistakes.
        QJsonObject bad = c;
        QJsonObject badSpec = s;
        badSpec.insert(QStringLiteral("proxyUrl"), QStringLiteral("x"));
        badSpec.remove(QStringLiteral("syncMode"));
        bad.insert(QStringLiteral("spec"), badSpec);
        errors.clear();
        validate(defs, clusterSchema, bad, QStringLiteral("Cluster"), errors);
        QCOMPARE(errors.size(), 2);
    }

    void leastPrivilegeIsNotClusterAdmin() {
        const JoinObjectNames n = joinObjectNames(QStringLiteral("m"));
        const QJsonArray rules = karmada::leastPrivilegeRules();
        for (const auto& r : rules) {
            const QJsonObject rule = r.toObject();
            QVERIFY(!rule.value(QLatin1String("verbs")).toArray().contains(QStringLiteral("*")));
            QVERIFY(
                !rule.value(QLatin1String("resources")).toArray().contains(QStringLiteral("*")));
            QVERIFY(!rule.value(QLatin1String("resources"))
                         .toArray()
                         .contains(QStringLiteral("secrets")));
        }
        QCOMPARE(karmada::clusterRoleBinding(n, false)
                     .value(QLatin1String("roleRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 n.clusterRole);
        QCOMPARE(karmada::clusterRoleBinding(n, true)
                     .value(QLatin1String("roleRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("cluster-admin"));
        const QJsonObject secret = karmada::controlPlaneSecret(n, "tok", "ca");
        QCOMPARE(
            secret.value(QLatin1String("data")).toObject().value(QLatin1String("token")).toString(),
            QStringLiteral("dG9r"));
        QCOMPARE(secret.value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("caBundle"))
                     .toString(),
                 QStringLiteral("Y2E="));
    }
};

QTEST_APPLESS_MAIN(TestRegistryCore)
#include "tst_registry_core.moc"
