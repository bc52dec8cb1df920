// The manifest builder: golden files for every runtime × model-store choice plus a few mixed
// cases (tests/data/deploy/golden; the schema test tests/deploy/check_manifest_schema.py
// validates the same files against the Kubernetes OpenAPI schema), the YAML rendering read back
// by yaml-cpp, probes that let a model load, names, settings and the errors a user can cause.
//
// Regenerate the goldens after an intended change: FLEETDECK_UPDATE_GOLDEN=1
// unit_tst_deploy_manifest

#include "deploy/catalog.h"
#include "deploy/manifest.h"
#include "deploy/yamlrender.h"
#include "testutil.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace fd::deploy;

namespace {

const Catalog& catalog() {
    static const Catalog c = Catalog::load({Catalog::builtinDir()});
    return c;
}

const RuntimeSpec& runtime(const QString& id) {
    const RuntimeSpec* r = catalog().runtime(id);
    if (!r)
        qFatal("runtime %s missing from the catalog", qPrintable(id));
    return *r;
}

DeploySpec baseSpec(const QString& runtimeId, StorageKind kind) {
    const RuntimeSpec& rt = runtime(runtimeId);
    DeploySpec d;
    d.runtimeId = rt.id;
    d.namespaceName = QStringLiteral("llm-serving");
    d.model = rt.presets.first();
    d.gpuModel = QStringLiteral("H100");
    d.store.kind = kind;
    switch (kind) {
    case StorageKind::NewPvc:
        d.store.storageClass = QStringLiteral("local-path");
        break;
    case StorageKind::ExistingPvc:
        d.store.claimName = QStringLiteral("shared-models");
        break;
    case StorageKind::Nfs:
        d.store.nfsServer = QStringLiteral("nfs.hq-idc.example");
        d.store.nfsPath = QStringLiteral("/exports/models");
        break;
    case StorageKind::HostPath:
        d.store.hostPath = QStringLiteral("/data/models");
        break;
    case StorageKind::EmptyDir:
        d.store.size = QStringLiteral("60Gi");
        break;
    }
    return d;
}

// The mixed cases: name -> spec.
QList<std::pair<QString, DeploySpec>> extraCases() {
    QList<std::pair<QString, DeploySpec>> out;
    {
        DeploySpec d = baseSpec(QStringLiteral("vllm"), StorageKind::NewPvc);
        d.model = *runtime(QStringLiteral("vllm")).preset(QStringLiteral("llama3.1-70b-instruct"));
        d.replicas = 2;
        d.target = {TargetKind::Karmada,
                    {},
                    QStringLiteral("high-performance"),
                    QStringLiteral("zone-a-h100")};
        d.registryMirror = QStringLiteral("harbor.hq-idc.example/proxy");
        d.imagePullSecret = QStringLiteral("harbor-robot");
        d.settings.insert(QStringLiteral("maxModelLen"), QStringLiteral("32768"));
        out.append({QStringLiteral("vllm-70b-karmada-mirror"), d});
    }
    {
        DeploySpec d = baseSpec(QStringLiteral("ollama"), StorageKind::NewPvc);
        d.migProfile = QStringLiteral("1g.10gb");
        d.settings.insert(QStringLiteral("gpuLayers"), QStringLiteral("99"));
        d.settings.insert(QStringLiteral("keepAlive"), QStringLiteral("-1"));
        d.nodePort = 31434;
        out.append({QStringLiteral("ollama-mig-nodeport"), d});
    }
    {
        DeploySpec d = baseSpec(QStringLiteral("llamacpp"), StorageKind::ExistingPvc);
        d.gpus = 0;
        d.gpuModel.clear();
        d.model = ModelPreset();
        d.model.model = QStringLiteral("/models/llama-3.2-3b-instruct-q4_k_m.gguf");
        d.model.fileSizeBytes = qint64(2020000000);
        d.store.readOnly = true;
        d.resources.cpu = QStringLiteral("16");
        d.resources.memory = QStringLiteral("8Gi");
        out.append({QStringLiteral("llamacpp-cpu-local-model"), d});
    }
    {
        DeploySpec d = baseSpec(QStringLiteral("tgi"), StorageKind::Nfs);
        d.gpus = 2;
        d.gpuModel = QStringLiteral("NVIDIA-A100-SXM4-80GB");
        d.settings.insert(QStringLiteral("quantize"), QStringLiteral("awq"));
        d.resources = {QStringLiteral("8"), QStringLiteral("64Gi"), QStringLiteral("16"),
                       QStringLiteral("96Gi")};
        d.name = QStringLiteral("mistral-awq");
        out.append({QStringLiteral("tgi-two-gpus-quantized"), d});
    }
    return out;
}

QList<std::pair<QString, DeploySpec>> goldenCases() {
    QList<std::pair<QString, DeploySpec>> out;
    for (const QString id : {"ollama", "vllm", "tgi", "llamacpp"})
        for (StorageKind kind : allStorageKinds())
            out.append({id + QLatin1Char('-') + storageKindName(kind), baseSpec(id, kind)});
    return out + extraCases();
}

QString goldenDir() {
    return fd::test::testsPath(QStringLiteral("data/deploy/golden"));
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray goldenJson(const Manifest& m) {
    QJsonArray objects;
    for (const QJsonObject& o : m.jsonObjects())
        objects.append(o);
    return QJsonDocument(
               QJsonObject{{QStringLiteral("name"), m.name},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(m.warnings)},
                           {QStringLiteral("objects"), objects}})
        .toJson(QJsonDocument::Indented);
}

// YAML -> JSON as a Kubernetes client reads it: quoted scalars are strings, plain scalars are
// resolved (YAML 1.1 booleans included, so an unquoted "yes" would show up as a mismatch).
QJsonValue toJson(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto& kv : node)
            o.insert(QString::fromStdString(kv.first.Scalar()), toJson(kv.second));
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const auto& item : node)
            a.append(toJson(item));
        return a;
    }
    case YAML::NodeType::Null:
        return QJsonValue::Null;
    case YAML::NodeType::Scalar: {
        const QString s = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!")
            return s; // quoted or block: always a string
        static const QRegularExpression boolTrue(
            QStringLiteral("^(y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$"));
        static const QRegularExpression boolFalse(
            QStringLiteral("^(n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$"));
        static const QRegularExpression number(
            QStringLiteral("^[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|^0x[0-"
                           "9a-fA-F]+$|^0o[0-7]+$|^[-+]?\\.(inf|Inf|INF)$|^\\.(nan|NaN|NAN)$"));
        if (boolTrue.match(s).hasMatch())
            return true;
        if (boolFalse.match(s).hasMatch())
            return false;
        if (s == QLatin1String("~") || s == QLatin1String("null") || s.isEmpty())
            return QJsonValue::Null;
        if (number.match(s).hasMatch())
            return s.toDouble();
        return s;
    }
    default:
        return QJsonValue::Undefined;
    }
}

QList<QJsonObject> readBack(const QString& yaml) {
    QList<QJsonObject> out;
    for (const YAML::Node& doc : YAML::LoadAll(yaml.toStdString()))
        out.append(toJson(doc).toObject());
    return out;
}

QJsonObject podSpecOf(const Manifest& m) {
    return m.find(QStringLiteral("Deployment"))
        ->json.value(QLatin1String("spec"))
        .toObject()
        .value(QLatin1String("template"))
        .toObject()
        .value(QLatin1String("spec"))
        .toObject();
}

QJsonObject containerOf(const Manifest& m) {
    return podSpecOf(m).value(QLatin1String("containers")).toArray().first().toObject();
}

QStringList argsOf(const Manifest& m) {
    QStringList out;
    for (const QJsonValue& v : containerOf(m).value(QLatin1String("args")).toArray())
        out << v.toString();
    return out;
}

Manifest build(const DeploySpec& spec, const QSet<QString>& taken = {}) {
    auto m = buildManifest(spec, runtime(spec.runtimeId), taken);
    if (!m)
        qFatal("build failed: %s", qPrintable(m.error().message));
    return *m;
}

QString buildError(const DeploySpec& spec, const QSet<QString>& taken = {}) {
    auto m = buildManifest(spec, runtime(spec.runtimeId), taken);
    return m.ok() ? QString() : m.error().message;
}

} // namespace

class TestDeployManifest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goldens_data();
    void goldens();
    void everyCaseHasAGolden();
    void yamlReadsBackAsTheSameJson();
    void yamlQuoting();
    void probesLetTheModelLoad();
    void ollamaStartsBeforeItPulls();
    void namesFromTheModel();
    void settingsReachTheServer();
    void gpuResources();
    void labelsOnEveryObject();
    void storeChoices();
    void userErrors_data();
    void userErrors();
    void specJsonRoundTrip();
};

void TestDeployManifest::goldens_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    const auto cases = goldenCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases[i].first)) << cases[i].first << i;
}

void TestDeployManifest::goldens() {
    QFETCH(QString, name);
    QFETCH(int, index);
    const Manifest m = build(goldenCases()[index].second);
    const QByteArray json = goldenJson(m);
    const QByteArray yaml = m.yaml().toUtf8();
    const QString jsonPath = QDir(goldenDir()).filePath(name + QStringLiteral(".json"));
    const QString yamlPath = QDir(goldenDir()).filePath(name + QStringLiteral(".yaml"));
    if (qEnvironmentVariableIsSet("FLEETDECK_UPDATE_GOLDEN")) {
        QDir().mkpath(goldenDir());
        for (const auto& [path, bytes] : {std::pair{jsonPath, json}, std::pair{yamlPath, yaml}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
    }
    QVERIFY2(readFile(jsonPath) == json,
             qPrintable(QStringLiteral("%1 differs from the build (FLEETDECK_UPDATE_GOLDEN=1 "
                                       "regenerates it)")
                            .arg(jsonPath)));
    QVERIFY2(readFile(yamlPath) == yaml, qPrintable(yamlPath));
}

void TestDeployManifest::everyCaseHasAGolden() {
    // No stale golden files: the schema test validates exactly what the builder produces.
    QStringList expected;
    for (const auto& c : goldenCases())
        expected << c.first + QStringLiteral(".json") << c.first + QStringLiteral(".yaml");
    expected.sort();
    QStringList present = QDir(goldenDir()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(present, expected);
    QCOMPARE(goldenCases().size(), 4 * 5 + 4);
}

void TestDeployManifest::yamlReadsBackAsTheSameJson() {
    for (const auto& [name, spec] : goldenCases()) {
        const Manifest m = build(spec);
        const QList<QJsonObject> back = readBack(m.yaml());
        QCOMPARE(back.size(), m.objects.size());
        for (qsizetype i = 0; i < back.size(); ++i)
            QVERIFY2(back[i] == m.objects[i].json,
                     qPrintable(name + QLatin1Char(' ') + m.objects[i].kind));
    }
}

void TestDeployManifest::yamlQuoting() {
    // Strings a YAML reader would take for something else are quoted; the rest stay plain.
    const QJsonObject o{
        {QStringLiteral("plain"), QStringLiteral("vllm/vllm-openai:v0.10.1")},
        {QStringLiteral("flag"), QStringLiteral("--max-model-len")},
        {QStringLiteral("number"), QStringLiteral("8192")},
        {QStringLiteral("float"), QStringLiteral("0.9")},
        {QStringLiteral("negative"), QStringLiteral("-1")},
        {QStringLiteral("yes"), QStringLiteral("yes")},
        {QStringLiteral("on"), QStringLiteral("On")},
        {QStringLiteral("null"), QStringLiteral("~")},
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("colon"), QStringLiteral("a: b")},
        {QStringLiteral("hash"), QStringLiteral("a #b")},
        {QStringLiteral("star"), QStringLiteral("*alias")},
        {QStringLiteral("korean"), QStringLiteral("모델")},
        {QStringLiteral("quote"), QStringLiteral("say \"hi\"")},
        {QStringLiteral("tab"), QStringLiteral("a\tb")},
        {QStringLiteral("script"), QStringLiteral("#!/bin/sh\necho \"a: b\"\n\n  indented\n")},
        {QStringLiteral("noEol"), QStringLiteral("line1\nline2")},
        {QStringLiteral("manyEol"), QStringLiteral("line1\n\n\n")},
        {QStringLiteral("leadingSpace"), QStringLiteral(" x\ny")},
        {QStringLiteral("int"), 8000},
        {QStringLiteral("bool"), false},
        {QStringLiteral("list"), QJsonArray{QStringLiteral("a"), QJsonArray{1, 2}, QJsonObject{}}},
        {QStringLiteral("nvidia.com/gpu"), QStringLiteral("1")},
        {QStringLiteral("3"), QStringLiteral("key looks like a number")},
        {QStringLiteral("units"),
         QJsonArray{QStringLiteral("10Gi"), QStringLiteral("24h"), QStringLiteral("1e3"),
                    QStringLiteral("0x1F"), QStringLiteral("1:20"), QStringLiteral("12e")}},
    };
    const QString yaml = toYaml(o);
    QVERIFY2(yaml.contains(QLatin1String("plain: vllm/vllm-openai:v0.10.1\n")), qPrintable(yaml));
    QVERIFY(yaml.contains(QLatin1String("flag: --max-model-len\n")));
    QVERIFY(yaml.contains(QLatin1String("number: \"8192\"\n")));
    QVERIFY(yaml.contains(QLatin1String("yes: \"yes\"\n")) ||
            yaml.contains(QLatin1String("\"yes\": \"yes\"\n")));
    QVERIFY(yaml.contains(QLatin1String("script: |\n  #!/bin/sh\n")));
    QVERIFY(yaml.contains(QLatin1String("nvidia.com/gpu: \"1\"\n")));
    QVERIFY(yaml.contains(QLatin1String("\"3\": key looks like a number\n")));
    const QList<QJsonObject> back = readBack(yaml);
    QCOMPARE(back.size(), 1);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        QVERIFY2(back[0].value(it.key()) == it.value(),
                 qPrintable(it.key() + QStringLiteral("\n") + yaml));
    QCOMPARE(back[0], o);
    QVERIFY(isPlainSafe(QStringLiteral("NVIDIA-H100-80GB-HBM3")));
    for (const char* plain : {"10Gi", "24h", "1g.10gb", "500m", "3g.40gb"})
        QVERIFY2(isPlainSafe(QLatin1String(plain)), plain);
    for (const char* quoted : {"8192", "0.9", "1e3", "1E-3", "0x1F", "0o17", "0b101", "1_000",
                               "1:20", "2026-12-05", "12e", "-1", ".inf", "+1"})
        QVERIFY2(!isPlainSafe(QLatin1String(quoted)), quoted);
}

void TestDeployManifest::probesLetTheModelLoad() {
    // 40 GB: the startup probe allows download and load before liveness may restart anything.
    QVERIFY(startupBudgetFor(qint64(40) * 1000 * 1000 * 1000) >= 40 * 60);
    QCOMPARE(startupBudgetFor(0), 30 * 60);
    for (const QString id : {"vllm", "tgi", "llamacpp", "ollama"}) {
        DeploySpec spec = baseSpec(id, StorageKind::NewPvc);
        spec.model.fileSizeBytes = qint64(40) * 1000 * 1000 * 1000;
        const Manifest m = build(spec);
        const QJsonObject c = containerOf(m);
        const QJsonObject startup = c.value(QLatin1String("startupProbe")).toObject();
        const QJsonObject liveness = c.value(QLatin1String("livenessProbe")).toObject();
        const QJsonObject readiness = c.value(QLatin1String("readinessProbe")).toObject();
        QVERIFY2(!startup.isEmpty() && !liveness.isEmpty() && !readiness.isEmpty(), qPrintable(id));
        const int budget = startup.value(QLatin1String("periodSeconds")).toInt() *
                           startup.value(QLatin1String("failureThreshold")).toInt();
        QCOMPARE(budget, m.startupBudgetSeconds);
        QVERIFY2(liveness.value(QLatin1String("initialDelaySeconds")).toInt() == 0,
                 "liveness waits for the startup probe, not for a guessed delay");
        const QString health = runtime(id).health.path;
        QCOMPARE(liveness.value(QLatin1String("httpGet"))
                     .toObject()
                     .value(QLatin1String("path"))
                     .toString(),
                 health);
        if (id == QLatin1String("ollama")) {
            // The server answers at once; the pull is gated by readiness, which never restarts.
            QCOMPARE(m.startupBudgetSeconds, 600);
            QVERIFY(readiness.contains(QLatin1String("exec")));
        } else {
            QVERIFY2(m.startupBudgetSeconds >= 40 * 60, qPrintable(id));
            QCOMPARE(startup.value(QLatin1String("httpGet"))
                         .toObject()
                         .value(QLatin1String("path"))
                         .toString(),
                     health);
            QCOMPARE(readiness.value(QLatin1String("httpGet"))
                         .toObject()
                         .value(QLatin1String("port"))
                         .toString(),
                     QStringLiteral("http"));
        }
        // A rollout that is still loading is not a failed rollout.
        QVERIFY(m.find(QStringLiteral("Deployment"))
                    ->json.value(QLatin1String("spec"))
                    .toObject()
                    .value(QLatin1String("progressDeadlineSeconds"))
                    .toInt() > m.startupBudgetSeconds);
    }
    DeploySpec spec = baseSpec(QStringLiteral("vllm"), StorageKind::NewPvc);
    spec.startupBudgetSeconds = 7200;
    QCOMPARE(build(spec).startupBudgetSeconds, 7200);
}

void TestDeployManifest::ollamaStartsBeforeItPulls() {
    const Manifest m = build(baseSpec(QStringLiteral("ollama"), StorageKind::NewPvc));
    const ManifestObject* cm = m.find(QStringLiteral("ConfigMap"));
    QVERIFY(cm);
    QCOMPARE(m.objects.first().kind, QStringLiteral("ConfigMap")); // applied first
    const QString script = cm->json.value(QLatin1String("data"))
                               .toObject()
                               .value(QLatin1String("start.sh"))
                               .toString();
    QVERIFY(script.contains(QLatin1String("OLLAMA_HOST=\"0.0.0.0:11434\"")));
    QVERIFY(!script.contains(QLatin1String("{{")));
    const QJsonObject c = containerOf(m);
    QCOMPARE(c.value(QLatin1String("command")).toArray(),
             (QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("/fleetdeck/start.sh")}));
    bool modelEnv = false;
    for (const QJsonValue& e : c.value(QLatin1String("env")).toArray())
        modelEnv |=
            e.toObject().value(QLatin1String("name")).toString() ==
                QLatin1String("FLEETDECK_MODEL") &&
            e.toObject().value(QLatin1String("value")).toString() == QLatin1String("llama3.2:1b");
    QVERIFY(modelEnv);
    QVERIFY(!c.contains(QLatin1String("args")));
    bool mounted = false;
    for (const QJsonValue& v : podSpecOf(m).value(QLatin1String("volumes")).toArray())
        mounted |= v.toObject()
                       .value(QLatin1String("configMap"))
                       .toObject()
                       .value(QLatin1String("name"))
                       .toString() == cm->name;
    QVERIFY(mounted);
}

void TestDeployManifest::namesFromTheModel() {
    DeploySpec spec = baseSpec(QStringLiteral("ollama"), StorageKind::NewPvc);
    QCOMPARE(build(spec).name, QStringLiteral("llama3-2-1b"));
    // A second deployment of the same model on the same cluster gets its own name.
    QCOMPARE(build(spec, {QStringLiteral("llama3-2-1b")}).name, QStringLiteral("llama3-2-1b-2"));
    QCOMPARE(build(spec, {QStringLiteral("llama3-2-1b"), QStringLiteral("llama3-2-1b-2")}).name,
             QStringLiteral("llama3-2-1b-3"));
    spec = baseSpec(QStringLiteral("vllm"), StorageKind::NewPvc);
    const Manifest m = build(spec);
    QCOMPARE(m.name, QStringLiteral("llama-3-1-8b-instruct"));
    QCOMPARE(m.find(QStringLiteral("Service"))->name, m.name);
    QCOMPARE(m.find(QStringLiteral("PersistentVolumeClaim"))->name,
             m.name + QStringLiteral("-models"));
    spec.name = QStringLiteral("prod-llama");
    QCOMPARE(build(spec).name, QStringLiteral("prod-llama"));
}

void TestDeployManifest::settingsReachTheServer() {
    DeploySpec spec = baseSpec(QStringLiteral("vllm"), StorageKind::NewPvc);
    spec.gpus = 4;
    spec.settings.insert(QStringLiteral("maxModelLen"), QStringLiteral("16384"));
    Manifest m = build(spec);
    QStringList args = argsOf(m);
    QCOMPARE(args.mid(0, 6), (QStringList{"--host", "0.0.0.0", "--port", "8000", "--model",
                                          "meta-llama/Llama-3.1-8B-Instruct"}));
    QVERIFY(args.join(' ').contains(QLatin1String("--max-model-len 16384")));
    QVERIFY(args.join(' ').contains(QLatin1String("--gpu-memory-utilization 0.9")));
    QVERIFY(args.join(' ').contains(QLatin1String("--dtype auto")));
    // Tensor parallelism follows the GPUs when not set.
    QVERIFY(args.join(' ').contains(QLatin1String("--tensor-parallel-size 4")));
    QCOMPARE(m.settings.value(QStringLiteral("tensorParallelSize")).toLongLong(), 4);

    spec = baseSpec(QStringLiteral("ollama"), StorageKind::NewPvc);
    spec.settings.insert(QStringLiteral("contextLength"), QStringLiteral("8192"));
    spec.settings.insert(QStringLiteral("gpuLayers"), QStringLiteral("20"));
    m = build(spec);
    QMap<QString, QString> env;
    for (const QJsonValue& e : containerOf(m).value(QLatin1String("env")).toArray())
        env.insert(e.toObject().value(QLatin1String("name")).toString(),
                   e.toObject().value(QLatin1String("value")).toString());
    QCOMPARE(env.value(QStringLiteral("OLLAMA_CONTEXT_LENGTH")), QStringLiteral("8192"));
    QCOMPARE(env.value(QStringLiteral("OLLAMA_NUM_PARALLEL")), QStringLiteral("1"));
    QCOMPARE(env.value(QStringLiteral("OLLAMA_KEEP_ALIVE")), QStringLiteral("24h"));
    QCOMPARE(m.requestOptions, (QJsonObject{{QStringLiteral("num_gpu"), 20}}));

    spec = baseSpec(QStringLiteral("llamacpp"), StorageKind::NewPvc);
    args = argsOf(build(spec));
    QCOMPARE(args.mid(0, 4), (QStringList{"--host", "0.0.0.0", "--port", "8080"}));
    QVERIFY(args.contains(QStringLiteral("-hf")));
    QVERIFY(
        args.join(' ').contains(QLatin1String("--ctx-size 8192 --n-gpu-layers 999 --parallel 1")));
    spec.model.model = QStringLiteral("/models/x.gguf");
    QVERIFY(argsOf(build(spec)).join(' ').contains(QLatin1String("-m /models/x.gguf")));
}

void TestDeployManifest::gpuResources() {
    DeploySpec spec = baseSpec(QStringLiteral("vllm"), StorageKind::NewPvc);
    spec.gpus = 2;
    Manifest m = build(spec);
    QJsonObject res = containerOf(m).value(QLatin1String("resources")).toObject();
    QCOMPARE(res.value(QLatin1String("limits"))
                 .toObject()
                 .value(QLatin1String("nvidia.com/gpu"))
                 .toString(),
             QStringLiteral("2"));
    QCOMPARE(res.value(QLatin1String("requests"))
                 .toObject()
                 .value(QLatin1String("nvidia.com/gpu"))
                 .toString(),
             QStringLiteral("2"));
    QCOMPARE(podSpecOf(m).value(QLatin1String("nodeSelector")).toObject(),
             (QJsonObject{{QStringLiteral("nvidia.com/gpu.product"),
                           QStringLiteral("NVIDIA-H100-80GB-HBM3")}}));
    QCOMPARE(m.gpuResource, QStringLiteral("nvidia.com/gpu"));

    spec.gpus = -1;
    spec.migProfile = QStringLiteral("3g.40gb");
    m = build(spec);
    res = containerOf(m).value(QLatin1String("resources")).toObject();
    QCOMPARE(res.value(QLatin1String("limits"))
                 .toObject()
                 .value(QLatin1String("nvidia.com/mig-3g.40gb"))
                 .toString(),
             QStringLiteral("1"));
    QVERIFY(
        !res.value(QLatin1String("limits")).toObject().contains(QLatin1String("nvidia.com/gpu")));
    QCOMPARE(m.gpus, 1);

    spec = baseSpec(QStringLiteral("llamacpp"), StorageKind::NewPvc);
    spec.gpus = 0;
    spec.gpuModel.clear();
    m = build(spec);
    QVERIFY(m.gpuResource.isEmpty());
    QVERIFY(!podSpecOf(m).contains(QLatin1String("tolerations")));
    QVERIFY(!podSpecOf(m).contains(QLatin1String("nodeSelector")));
    QVERIFY(m.warnings.join(' ').contains(QLatin1String("runs on the CPU")));
    // A product label value that Fleetdeck does not know is taken as it is.
    spec = baseSpec(QStringLiteral("vllm"), StorageKind::NewPvc);
    spec.gpuModel = QStringLiteral("NVIDIA-B200");
    QCOMPARE(build(spec).gpuProduct, QStringLiteral("NVIDIA-B200"));
}

void TestDeployManifest::labelsOnEveryObject() {
    const auto extra = extraCases();
    const Manifest m = build(extra[0].second); // Karmada
    for (const ManifestObject& o : m.objects) {
        const QJsonObject labels = o.json.value(QLatin1String("metadata"))
                                       .toObject()
                                       .value(QLatin1String("labels"))
                                       .toObject();
        QCOMPARE(labels.value(QLatin1String("fleetdeck.io/deployment")).toString(), m.name);
        QCOMPARE(labels.value(QLatin1String("app.kubernetes.io/managed-by")).toString(),
                 QStringLiteral("fleetdeck"));
        QCOMPARE(labels.value(QLatin1String("fleetdeck.io/placement-strategy")).toString(),
                 QStringLiteral("high-performance"));
        QCOMPARE(labels.value(QLatin1String("fleetdeck.io/resource-profile")).toString(),
                 QStringLiteral("zone-a-h100"));
    }
    QCOMPARE(m.image, QStringLiteral("harbor.hq-idc.example/proxy/vllm/vllm-openai:v0.10.1"));
    QCOMPARE(podSpecOf(m).value(QLatin1String("imagePullSecrets")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("harbor-robot")}}}));
    // A cluster target has no Karmada labels.
    const Manifest direct = build(baseSpec(QStringLiteral("vllm"), StorageKind::NewPvc));
    const QJsonObject labels = direct.objects.first()
                                   .json.value(QLatin1String("metadata"))
                                   .toObject()
                                   .value(QLatin1String("labels"))
                                   .toObject();
    QVERIFY(!labels.contains(QLatin1String("fleetdeck.io/placement-strategy")));
    QCOMPARE(labels.value(QLatin1String("app.kubernetes.io/version")).toString(),
             QStringLiteral("v0.10.1"));
}

void TestDeployManifest::storeChoices() {
    DeploySpec spec = baseSpec(QStringLiteral("vllm"), StorageKind::NewPvc);
    Manifest m = build(spec);
    const QJsonObject pvc = m.find(QStringLiteral("PersistentVolumeClaim"))
                                ->json.value(QLatin1String("spec"))
                                .toObject();
    // 16.1 GB × 1.5 = 24.15 GB -> 23 GiB rounded up; at least 10 Gi.
    QCOMPARE(pvc.value(QLatin1String("resources"))
                 .toObject()
                 .value(QLatin1String("requests"))
                 .toObject()
                 .value(QLatin1String("storage"))
                 .toString(),
             QStringLiteral("23Gi"));
    QCOMPARE(pvc.value(QLatin1String("accessModes")).toArray(),
             (QJsonArray{QStringLiteral("ReadWriteOnce")}));
    QVERIFY(m.warnings.isEmpty());
    spec.replicas = 3;
    m = build(spec);
    QVERIFY(m.warnings.join(' ').contains(QLatin1String("ReadWriteMany")));
    spec = baseSpec(QStringLiteral("vllm"), StorageKind::EmptyDir);
    m = build(spec);
    QVERIFY(m.warnings.join(' ').contains(
        QLatin1String("every restart of a pod downloads the model again")));
    QVERIFY(!m.find(QStringLiteral("PersistentVolumeClaim")));
    spec.store.size = QStringLiteral("5Gi");
    QVERIFY(build(spec).warnings.join(' ').contains(QLatin1String("smaller than the model")));
    spec = baseSpec(QStringLiteral("vllm"), StorageKind::Nfs);
    spec.store.readOnly = true;
    m = build(spec);
    QVERIFY(m.warnings.join(' ').contains(QLatin1String("read-only")));
    QCOMPARE(containerOf(m)
                 .value(QLatin1String("volumeMounts"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("readOnly"))
                 .toBool(),
             true);
    spec = baseSpec(QStringLiteral("vllm"), StorageKind::HostPath);
    QVERIFY(build(spec).warnings.join(' ').contains(QLatin1String("hostPath")));
}

void TestDeployManifest::userErrors_data() {
    QTest::addColumn<QString>("runtimeId");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("vllm without gpu") << "vllm"
                                      << "gpus"
                                      << "0"
                                      << "vLLM needs at least one GPU";
    QTest::newRow("tp does not divide") << "vllm"
                                        << "set"
                                        << "tensorParallelSize=3"
                                        << "must divide the GPU count";
    QTest::newRow("mig with two") << "vllm"
                                  << "mig2"
                                  << "1g.10gb"
                                  << "one MIG slice";
    QTest::newRow("bad mig") << "vllm"
                             << "mig"
                             << "big"
                             << "not a MIG profile";
    QTest::newRow("unknown setting") << "tgi"
                                     << "set"
                                     << "maxTokens=1"
                                     << "no setting \"maxTokens\"";
    QTest::newRow("setting range") << "ollama"
                                   << "set"
                                   << "numParallel=0"
                                   << "numParallel";
    QTest::newRow("mirror") << "vllm"
                            << "mirror"
                            << "harbor mirror"
                            << "not a registry";
    QTest::newRow("image") << "vllm"
                           << "image"
                           << "Bad:Image"
                           << "not an image reference";
    QTest::newRow("pull secret") << "vllm"
                                 << "secret"
                                 << "Harbor_Robot"
                                 << "not a valid secret name";
    QTest::newRow("node port") << "vllm"
                               << "nodePort"
                               << "8000"
                               << "30000–32767";
    QTest::newRow("name") << "vllm"
                          << "name"
                          << "Llama.3"
                          << "for example \"llama-3\"";
    QTest::newRow("name taken") << "vllm"
                                << "taken"
                                << "prod"
                                << "for example \"prod-2\"";
    QTest::newRow("namespace") << "vllm"
                               << "namespace"
                               << "LLM"
                               << "not a valid namespace";
    QTest::newRow("model") << "vllm"
                           << "model"
                           << ""
                           << "Choose a model";
    QTest::newRow("storage class") << "vllm"
                                   << "storageClass"
                                   << "Fast SSD"
                                   << "storage class";
    QTest::newRow("claim") << "vllm"
                           << "claim"
                           << ""
                           << "existing volume claim";
    QTest::newRow("nfs path") << "vllm"
                              << "nfsPath"
                              << "exports"
                              << "absolute path";
    QTest::newRow("subpath") << "vllm"
                             << "subPath"
                             << "../etc"
                             << "without \"..\"";
    QTest::newRow("cpu") << "vllm"
                         << "cpu"
                         << "four"
                         << "not a CPU amount";
    QTest::newRow("memory limit") << "vllm"
                                  << "memoryLimit"
                                  << "1Gi"
                                  << "at least the request";
    QTest::newRow("karmada strategy") << "vllm"
                                      << "karmada"
                                      << ""
                                      << "placement strategy";
    QTest::newRow("gpu model") << "vllm"
                               << "gpuModel"
                               << "H100 80GB"
                               << "not a GPU model";
    QTest::newRow("replicas") << "vllm"
                              << "replicas"
                              << "100"
                              << "between 0 and 64";
}

void TestDeployManifest::userErrors() {
    QFETCH(QString, runtimeId);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    DeploySpec spec = baseSpec(runtimeId, StorageKind::NewPvc);
    QSet<QString> taken;
    if (field == QLatin1String("gpus"))
        spec.gpus = value.toInt();
    else if (field == QLatin1String("set")) {
        spec.gpus = 4;
        spec.settings.insert(value.section(QLatin1Char('='), 0, 0),
                             value.section(QLatin1Char('='), 1));
    } else if (field == QLatin1String("mig2")) {
        spec.migProfile = value;
        spec.gpus = 2;
    } else if (field == QLatin1String("mig"))
        spec.migProfile = value;
    else if (field == QLatin1String("mirror"))
        spec.registryMirror = value;
    else if (field == QLatin1String("image"))
        spec.image = value;
    else if (field == QLatin1String("secret"))
        spec.imagePullSecret = value;
    else if (field == QLatin1String("nodePort"))
        spec.nodePort = value.toInt();
    else if (field == QLatin1String("name"))
        spec.name = value;
    else if (field == QLatin1String("taken")) {
        spec.name = value;
        taken << value;
    } else if (field == QLatin1String("namespace"))
        spec.namespaceName = value;
    else if (field == QLatin1String("model"))
        spec.model.model = value;
    else if (field == QLatin1String("storageClass"))
        spec.store.storageClass = value;
    else if (field == QLatin1String("claim"))
        spec.store.kind = StorageKind::ExistingPvc;
    else if (field == QLatin1String("nfsPath")) {
        spec.store = {StorageKind::Nfs, {}, {}, {}, QStringLiteral("nfs"), value, {}, {}, false};
    } else if (field == QLatin1String("subPath"))
        spec.store.subPath = value;
    else if (field == QLatin1String("cpu"))
        spec.resources.cpu = value;
    else if (field == QLatin1String("memoryLimit"))
        spec.resources = {{}, QStringLiteral("16Gi"), {}, value};
    else if (field == QLatin1String("karmada"))
        spec.target = {TargetKind::Karmada, {}, value, {}};
    else if (field == QLatin1String("gpuModel"))
        spec.gpuModel = value;
    else if (field == QLatin1String("replicas"))
        spec.replicas = value.toInt();
    const QString error = buildError(spec, taken);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error)); // one sentence
}

void TestDeployManifest::specJsonRoundTrip() {
    for (const auto& [name, spec] : goldenCases()) {
        const auto back = DeploySpec::fromJson(spec.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), spec.toJson());
        QCOMPARE(goldenJson(build(*back)), goldenJson(build(spec)));
    }
    QVERIFY(!DeploySpec::fromJson(QJsonObject{}));
}

QTEST_APPLESS_MAIN(TestDeployManifest)
#include "tst_deploy_manifest.moc"
