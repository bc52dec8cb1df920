// The runtime catalog (resources/runtimes/*.yaml + files admins drop into <dataDir>/runtimes):
// the built-ins load clean and say what the issue asks (ports, llama.cpp's explicit --port,
// Ollama's start-up script), broken files are skipped with one message naming file and line,
// presets can be added by a file of their own; typed settings and --set; the DNS-1035 name
// sanitiser; image mirror rewriting.

#include "deploy/catalog.h"
#include "deploy/image.h"
#include "deploy/names.h"
#include "deploy/settings.h"
#include "deploy/sizes.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fd::deploy;

namespace {

// A small valid runtime; tests replace one line to break it.
const char kValid[] = R"(id: myrt
name: My runtime
api: openai
image: registry.example/team/server:1.0
port: 9000
args: ["--port", "{{port}}"]
model:
  args: ["--model", "{{model}}"]
  storePath: /models
health:
  path: /health
  loading: refused
settings:
  - key: ctx
    type: int
    min: 1
    max: 100
    default: 10
    arg: --ctx
    role: contextLength
presets:
  - id: tiny
    model: org/tiny
    parameters: 1B
    fileSize: 2GB
)";

QByteArray withLines(std::initializer_list<std::pair<int, QByteArray>> replacements) {
    QList<QByteArray> lines = QByteArray(kValid).split('\n');
    for (const auto& [line, text] : replacements)
        lines[line - 1] = text;
    return lines.join('\n');
}

QByteArray withLine(int line, const QByteArray& replacement) {
    return withLines({{line, replacement}});
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestDeployCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinsLoadClean();
    void builtinsSayWhatTheIssueAsks();
    void validUserRuntime();
    void brokenFilesNameFileAndLine_data();
    void brokenFilesNameFileAndLine();
    void brokenFileDoesNotStopTheRest();
    void presetsFileAddsToRuntime();
    void clashesAreSkipped();
    void oversizedAndUnreadableFiles();
    void settingValues_data();
    void settingValues();
    void resolveSettingsWithOverrides();
    void setArgument();
    void sanitizer_data();
    void sanitizer();
    void sanitizerIsStableAndDistinct();
    void uniqueNames();
    void labelValues();
    void objectsOfADeployment();
    void imageReferences_data();
    void imageReferences();
    void mirrorRewrite_data();
    void mirrorRewrite();
    void sizes();
};

void TestDeployCatalog::builtinsLoadClean() {
    const Catalog catalog = Catalog::load({Catalog::builtinDir()});
    for (const CatalogIssue& issue : catalog.issues())
        qWarning("%s", qPrintable(issue.message()));
    QVERIFY(catalog.issues().isEmpty());
    QStringList ids;
    for (const RuntimeSpec& r : catalog.runtimes())
        ids << r.id;
    ids.sort();
    QCOMPARE(ids, (QStringList{"llamacpp", "ollama", "tgi", "vllm"}));
}

void TestDeployCatalog::builtinsSayWhatTheIssueAsks() {
    const Catalog catalog = Catalog::load({Catalog::builtinDir()});
    const RuntimeSpec* ollama = catalog.runtime(QStringLiteral("ollama"));
    const RuntimeSpec* vllm = catalog.runtime(QStringLiteral("vllm"));
    const RuntimeSpec* tgi = catalog.runtime(QStringLiteral("tgi"));
    const RuntimeSpec* llama = catalog.runtime(QStringLiteral("llamacpp"));
    QVERIFY(ollama && vllm && tgi && llama);
    QCOMPARE(ollama->port, 11434);
    QCOMPARE(vllm->port, 8000);
    QCOMPARE(tgi->port, 80);
    QCOMPARE(ollama->api, ChatApi::Ollama);
    QCOMPARE(vllm->api, ChatApi::OpenAi);
    QCOMPARE(vllm->chatPath, QStringLiteral("/v1/chat/completions"));
    QCOMPARE(ollama->chatPath, QStringLiteral("/api/chat"));
    // llama.cpp's default port moved (8080 -> 9931): the port is always passed explicitly.
    const qsizetype portArg = llama->args.indexOf(QStringLiteral("--port"));
    QVERIFY(portArg >= 0);
    QCOMPARE(llama->args.value(portArg + 1), QStringLiteral("{{port}}"));
    QCOMPARE(llama->health.loading, HealthSpec::Loading::Unavailable503);
    // Ollama: the server starts first, the pull only when the model is missing from the store.
    QVERIFY(!ollama->startupScript.isEmpty());
    const QString script = ollama->startupScript;
    const qsizetype serve = script.indexOf(QLatin1String("ollama serve &"));
    const qsizetype wait = script.indexOf(QLatin1String("until client list"));
    const qsizetype show = script.indexOf(QLatin1String("client show \"$FLEETDECK_MODEL\""));
    const qsizetype pull = script.indexOf(QLatin1String("client pull \"$FLEETDECK_MODEL\""));
    QVERIFY(serve >= 0 && wait > serve && show > wait && pull > show);
    QVERIFY(!script.contains(QLatin1String("{{model}}"))); // never spliced into the script
    QVERIFY(!ollama->health.readyExec.isEmpty());
    // The typed settings the issue names, with roles the fit check reads.
    for (const auto& [rt, keys] :
         {std::pair{ollama, QStringList{"contextLength", "numParallel", "gpuLayers", "keepAlive"}},
          std::pair{vllm, QStringList{"maxModelLen", "gpuMemoryUtilization", "tensorParallelSize",
                                      "dtype"}},
          std::pair{tgi, QStringList{"maxInputTokens", "maxTotalTokens", "quantize"}},
          std::pair{llama, QStringList{"ctxSize", "nGpuLayers", "parallel"}}}) {
        for (const QString& key : keys)
            QVERIFY2(rt->setting(key), qPrintable(rt->id + QLatin1Char('.') + key));
        QVERIFY2(rt->settingWithRole(SettingRole::ContextLength), qPrintable(rt->id));
        QVERIFY2(!rt->presets.isEmpty(), qPrintable(rt->id));
        for (const ModelPreset& p : rt->presets)
            QVERIFY2(p.parameters > 0 && p.fileSizeBytes > 0, qPrintable(p.id));
    }
    const SettingSpec* util = vllm->setting(QStringLiteral("gpuMemoryUtilization"));
    QCOMPARE(util->type, SettingType::Float);
    QCOMPARE(*util->min, 0.1);
    QCOMPARE(*util->max, 1.0);
    QCOMPARE(util->defaultValue.toDouble(), 0.9);
    QCOMPARE(vllm->setting(QStringLiteral("dtype"))->type, SettingType::Enum);
    QCOMPARE(ollama->setting(QStringLiteral("gpuLayers"))->apply, SettingApply::RequestOption);
    QCOMPARE(ollama->setting(QStringLiteral("contextLength"))->apply, SettingApply::Env);
    QCOMPARE(ollama->setting(QStringLiteral("keepAlive"))->type, SettingType::Duration);
    QCOMPARE(ollama->preset(QStringLiteral("llama3.2:1b"))->id, QStringLiteral("llama3.2-1b"));
    // Catalog text has Korean forms.
    QVERIFY(!vllm->description.ko.isEmpty());
    QVERIFY(!util->label.ko.isEmpty());
}

void TestDeployCatalog::validUserRuntime() {
    auto parsed = parseCatalogFile(kValid, QStringLiteral("my.yaml"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    QVERIFY(parsed->runtime);
    const RuntimeSpec& rt = *parsed->runtime;
    QCOMPARE(rt.id, QStringLiteral("myrt"));
    QCOMPARE(rt.port, 9000);
    QCOMPARE(rt.presets.size(), 1);
    QCOMPARE(rt.presets[0].line, 22);
    QCOMPARE(rt.presets[0].fileSizeBytes, qint64(2000000000));
    QCOMPARE(rt.settings[0].line, 14);
    QCOMPARE(rt.settings[0].defaultValue.toLongLong(), 10);
}

void TestDeployCatalog::brokenFilesNameFileAndLine_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");
    // libyaml reports an unclosed flow list where it gives up (as kubectl would).
    QTest::newRow("not yaml") << withLine(6, "args: [\"--port\", ") << 8 << "not valid YAML";
    QTest::newRow("unknown key") << withLine(4, "imagee: x/y:1") << 4 << "unknown key \"imagee\"";
    QTest::newRow("port range") << withLine(5, "port: 70000") << 5 << "70000 is outside 1…65535";
    QTest::newRow("port text") << withLine(5, "port: http") << 5 << "expected a whole number";
    QTest::newRow("unknown placeholder") << withLine(6, "args: [\"--port\", \"{{prot}}\"]") << 6
                                         << "unknown placeholder \"{{prot}}\"";
    QTest::newRow("unclosed placeholder")
        << withLine(8, "  args: [\"--model\", \"{{model\"]") << 8 << "without a closing";
    QTest::newRow("bad image") << withLine(4, "image: UPPER/Case:1") << 4
                               << "not an image reference";
    QTest::newRow("bad id") << withLine(1, "id: My_Runtime") << 1 << "not a valid runtime id";
    QTest::newRow("default out of range")
        << withLine(18, "    default: 1000") << 18 << "1000 is not between 1 and 100";
    QTest::newRow("min above max") << withLine(17, "    max: 0") << 17 << "max is below min";
    QTest::newRow("bad role") << withLine(20, "    role: contextLen") << 20
                              << "\"contextLen\" is not a known role";
    QTest::newRow("two ways to pass") << withLine(19, "    arg: --ctx\n    env: CTX") << 14
                                      << "exactly one of arg, env or requestOption";
    QTest::newRow("bad type") << withLine(15, "    type: integer") << 15
                              << "\"integer\" is not one of";
    QTest::newRow("bad size") << withLine(25, "    fileSize: lots") << 25
                              << "\"lots\" is not a size";
    QTest::newRow("bad parameters")
        << withLine(24, "    parameters: many") << 24 << "not a parameter count";
    QTest::newRow("model with space")
        << withLine(23, "    model: org/tiny model") << 23 << "contains a space";
    QTest::newRow("health path") << withLine(11, "  path: health") << 11 << "not an HTTP path";
    QTest::newRow("loading kind") << withLine(12, "  loading: slow") << 12
                                  << "\"slow\" is not one of refused";
    QTest::newRow("missing model store")
        << withLine(9, "  other: /models") << 9 << "unknown key \"other\"";
    QTest::newRow("duplicate key") << withLine(5, "port: 9000\nport: 9001") << 6 << "appears twice";
    QTest::newRow("script gets the model")
        << QByteArray(kValid) + "startupScript: |\n  ollama pull {{model}}\n"
        << 26 << "unknown placeholder \"{{model}}\" (allowed here: port, modelStore)";
    QTest::newRow("range on an enum")
        << withLine(15, "    type: enum") << 16 << "only int and float settings have a range";
    QTest::newRow("enum without choices") << withLines({{15, "    type: enum"},
                                                        {16, "    unit: x"},
                                                        {17, "    label: y"},
                                                        {18, "    description: z"}})
                                          << 14 << "an enum setting needs choices";
    QTest::newRow("not a mapping")
        << QByteArray("- just\n- a list\n") << 1 << "expected a runtime (id: …) or presets for one";
    QTest::newRow("presets file without runtime")
        << QByteArray("presets:\n  - id: a\n    model: b\n    parameters: 1B\n    fileSize: 1GB\n")
        << 1 << "the key \"runtime\" is required";
}

void TestDeployCatalog::brokenFilesNameFileAndLine() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, problem);
    const auto parsed = parseCatalogFile(bytes, QStringLiteral("/data/runtimes/broken.yaml"));
    QVERIFY(!parsed.ok());
    const CatalogIssue& issue = parsed.error();
    QVERIFY2(issue.problem.contains(problem), qPrintable(issue.problem));
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.file, QStringLiteral("/data/runtimes/broken.yaml"));
    const QString message = issue.message();
    QVERIFY2(message.contains(QLatin1String("/data/runtimes/broken.yaml")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line %1").arg(line)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("skipped")), qPrintable(message));
}

void TestDeployCatalog::brokenFileDoesNotStopTheRest() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a-broken.yaml")), withLine(5, "port: x")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b-good.yml")), kValid));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a catalog file"));
    const Catalog catalog = Catalog::load({Catalog::builtinDir(), dir.path()});
    QCOMPARE(catalog.issues().size(), 1);
    QVERIFY(catalog.issues()[0].file.endsWith(QLatin1String("a-broken.yaml")));
    QCOMPARE(catalog.issues()[0].line, 5);
    QCOMPARE(catalog.runtimes().size(), 5);
    QVERIFY(catalog.runtime(QStringLiteral("myrt")));
    // The user directory under the data dir.
    QCOMPARE(Catalog::userDir(QStringLiteral("/home/a/.local/share/Fleetdeck")),
             QStringLiteral("/home/a/.local/share/Fleetdeck/runtimes"));
}

void TestDeployCatalog::presetsFileAddsToRuntime() {
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("site-presets.yaml")),
                      "runtime: vllm\npresets:\n"
                      "  - id: qwen2.5-72b-awq\n"
                      "    name: {en: Qwen2.5 72B AWQ, ko: Qwen2.5 72B AWQ}\n"
                      "    model: /models/qwen2.5-72b-awq\n"
                      "    parameters: 72.7B\n"
                      "    fileSize: 41GiB\n"
                      "    dtype: awq\n"
                      "    gpus: 2\n"));
    const Catalog catalog = Catalog::load({Catalog::builtinDir(), dir.path()});
    QVERIFY(catalog.issues().isEmpty());
    const ModelPreset* p =
        catalog.runtime(QStringLiteral("vllm"))->preset(QStringLiteral("qwen2.5-72b-awq"));
    QVERIFY(p);
    QCOMPARE(p->fileSizeBytes, qint64(41) << 30);
    QCOMPARE(p->gpus, 2);
    QCOMPARE(p->line, 3);
    QVERIFY(p->sourceFile.endsWith(QLatin1String("site-presets.yaml")));
}

void TestDeployCatalog::clashesAreSkipped() {
    QTemporaryDir dir;
    QByteArray clash = kValid;
    clash.replace("id: myrt", "id: vllm");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.yaml")), clash));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b.yaml")),
                      "runtime: sglang\npresets:\n  - id: a\n    model: b\n    parameters: 1B\n"
                      "    fileSize: 1GB\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("c.yaml")),
                      "runtime: ollama\npresets:\n  - id: llama3.2-1b\n    model: llama3.2:1b\n"
                      "    parameters: 1B\n    fileSize: 1GB\n"));
    const Catalog catalog = Catalog::load({Catalog::builtinDir(), dir.path()});
    QCOMPARE(catalog.issues().size(), 3);
    QVERIFY(catalog.issues()[0].problem.contains(
        QLatin1String("already defined by :/runtimes/vllm.yaml")));
    QVERIFY(catalog.issues()[1].problem.contains(QLatin1String("no runtime \"sglang\"")));
    QVERIFY(catalog.issues()[2].problem.contains(
        QLatin1String("already has a preset \"llama3.2-1b\"")));
    QCOMPARE(catalog.issues()[2].line, 3);
    QCOMPARE(catalog.runtime(QStringLiteral("vllm"))->image,
             Catalog::load({Catalog::builtinDir()}).runtime(QStringLiteral("vllm"))->image);
}

void TestDeployCatalog::oversizedAndUnreadableFiles() {
    QTemporaryDir dir;
    QByteArray big = kValid;
    big += "# " + QByteArray(int(kMaxCatalogFileBytes), 'x') + "\n";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("big.yaml")), big));
    QVERIFY(!parseCatalogFile(big, QStringLiteral("big.yaml")).ok());
    // Alias expansion bombs are refused by the YAML reader, not expanded.
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c)
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) +
                ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + "]\n";
    const auto parsed = parseCatalogFile(bomb, QStringLiteral("bomb.yaml"));
    QVERIFY(!parsed.ok());
    const Catalog catalog = Catalog::load({dir.path()});
    QCOMPARE(catalog.issues().size(), 1);
    QVERIFY(catalog.issues()[0].problem.contains(QLatin1String("larger than 1 MiB")));
}

void TestDeployCatalog::settingValues_data() {
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: invalid
    QTest::newRow("int") << "vllm"
                         << "maxModelLen"
                         << "8192"
                         << "8192";
    QTest::newRow("int below") << "vllm"
                               << "maxModelLen"
                               << "64"
                               << "";
    QTest::newRow("int text") << "vllm"
                              << "maxModelLen"
                              << "8k"
                              << "";
    QTest::newRow("float") << "vllm"
                           << "gpuMemoryUtilization"
                           << "0.85"
                           << "0.85";
    QTest::newRow("float max") << "vllm"
                               << "gpuMemoryUtilization"
                               << "1"
                               << "1";
    QTest::newRow("float above") << "vllm"
                                 << "gpuMemoryUtilization"
                                 << "1.5"
                                 << "";
    QTest::newRow("float nan") << "vllm"
                               << "gpuMemoryUtilization"
                               << "nan"
                               << "";
    QTest::newRow("enum") << "vllm"
                          << "dtype"
                          << "bfloat16"
                          << "bfloat16";
    QTest::newRow("enum bad") << "vllm"
                              << "dtype"
                              << "int3"
                              << "";
    QTest::newRow("duration") << "ollama"
                              << "keepAlive"
                              << "1h30m"
                              << "1h30m";
    QTest::newRow("duration forever") << "ollama"
                                      << "keepAlive"
                                      << "-1"
                                      << "-1";
    QTest::newRow("duration seconds") << "ollama"
                                      << "keepAlive"
                                      << "3600"
                                      << "3600";
    QTest::newRow("duration bad") << "ollama"
                                  << "keepAlive"
                                  << "soon"
                                  << "";
    QTest::newRow("tgi quantize") << "tgi"
                                  << "quantize"
                                  << "awq"
                                  << "awq";
    QTest::newRow("llama layers") << "llamacpp"
                                  << "nGpuLayers"
                                  << "0"
                                  << "0";
}

void TestDeployCatalog::settingValues() {
    QFETCH(QString, runtime);
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const Catalog catalog = Catalog::load({Catalog::builtinDir()});
    const SettingSpec* s = catalog.runtime(runtime)->setting(key);
    QVERIFY(s);
    const auto value = parseSettingValue(*s, text);
    QCOMPARE(value.ok(), !canonical.isEmpty());
    if (value.ok())
        QCOMPARE(settingValueText(*s, *value), canonical);
    else
        QVERIFY(value.error().message.contains(text));
}

void TestDeployCatalog::resolveSettingsWithOverrides() {
    const Catalog catalog = Catalog::load({Catalog::builtinDir()});
    const RuntimeSpec& vllm = *catalog.runtime(QStringLiteral("vllm"));
    auto r = resolveSettings(vllm, {});
    QVERIFY(r.ok());
    QCOMPARE(r->value(QStringLiteral("gpuMemoryUtilization")).toDouble(), 0.9);
    QCOMPARE(r->value(QStringLiteral("dtype")).toString(), QStringLiteral("auto"));
    QVERIFY(!r->contains(QStringLiteral("maxModelLen"))); // no default: not sent
    r = resolveSettings(vllm, {{QStringLiteral("maxModelLen"), QStringLiteral("16384")},
                               {QStringLiteral("dtype"), QString()}});
    QVERIFY(r.ok());
    QCOMPARE(r->value(QStringLiteral("maxModelLen")).toLongLong(), 16384);
    QVERIFY(!r->contains(QStringLiteral("dtype"))); // cleared
    r = resolveSettings(vllm, {{QStringLiteral("maxModelLength"), QStringLiteral("1")}});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("no setting \"maxModelLength\"")));
    QVERIFY(r.error().message.contains(QLatin1String("maxModelLen")));
    r = resolveSettings(vllm, {{QStringLiteral("gpuMemoryUtilization"), QStringLiteral("2")}});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("gpuMemoryUtilization")) &&
                 r.error().message.contains(QLatin1String("2 is not between 0.1 and 1")),
             qPrintable(r.error().message));
}

void TestDeployCatalog::setArgument() {
    auto kv = parseSetArgument(QStringLiteral("maxModelLen=8192"));
    QVERIFY(kv.ok());
    QCOMPARE(kv->first, QStringLiteral("maxModelLen"));
    QCOMPARE(kv->second, QStringLiteral("8192"));
    kv = parseSetArgument(QStringLiteral("keepAlive="));
    QVERIFY(kv.ok());
    QVERIFY(kv->second.isEmpty());
    kv = parseSetArgument(QStringLiteral("a=b=c"));
    QCOMPARE(kv->second, QStringLiteral("b=c"));
    QVERIFY(!parseSetArgument(QStringLiteral("maxModelLen")).ok());
    QVERIFY(!parseSetArgument(QStringLiteral("=1")).ok());
}

void TestDeployCatalog::sanitizer_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // "<hash>" stands for the 6-hex suffix
    QTest::newRow("ollama tag") << "llama3.2:1b"
                                << "llama3-2-1b";
    QTest::newRow("hf id") << "meta-llama/Llama-3.1-8B-Instruct"
                           << "meta-llama-llama-3-1-8b-instruct";
    QTest::newRow("uppercase") << "MISTRAL"
                               << "mistral";
    QTest::newRow("underscores") << "qwen2_5__7b"
                                 << "qwen2-5-7b";
    QTest::newRow("leading digit") << "7b-chat"
                                   << "model-7b-chat";
    QTest::newRow("only digits") << "2024"
                                 << "model-2024";
    QTest::newRow("edges") << "--llama--"
                           << "llama";
    QTest::newRow("accents") << "Llamá-Ünïcödé"
                             << "llama-unicode";
    QTest::newRow("fullwidth") << "ｌｌａｍａ"
                               << "llama";
    QTest::newRow("hangul") << "라마3"
                            << "model-3-<hash>";
    QTest::newRow("only hangul") << "모델"
                                 << "model-<hash>";
    QTest::newRow("empty") << ""
                           << "model";
    QTest::newRow("punctuation only") << ":/."
                                      << "model";
    QTest::newRow("long")
        << "bartowski/Meta-Llama-3.1-70B-Instruct-abliterated-GGUF:IQ2_XXS-imatrix-calibrated-long"
        << "bartowski-meta-llama-3-1-70b-instruct-abliterated-gguf-i-<hash>";
}

void TestDeployCatalog::sanitizer() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString name = sanitizeDns1035(input);
    QVERIFY2(isDns1035Label(name), qPrintable(name));
    QVERIFY(name.size() <= 63);
    if (expected.endsWith(QLatin1String("<hash>"))) {
        const QString prefix = expected.chopped(6);
        QVERIFY2(name.startsWith(prefix), qPrintable(name));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{6}$"))
                     .match(name.mid(prefix.size()))
                     .hasMatch(),
                 qPrintable(name));
    } else {
        QCOMPARE(name, expected);
    }
}

void TestDeployCatalog::sanitizerIsStableAndDistinct() {
    QCOMPARE(sanitizeDns1035(QStringLiteral("라마3")), sanitizeDns1035(QStringLiteral("라마3")));
    QVERIFY(sanitizeDns1035(QStringLiteral("라마3")) != sanitizeDns1035(QStringLiteral("모델3")));
    const QString a =
        QStringLiteral("org/") + QString(80, QLatin1Char('a')) + QStringLiteral("-one");
    const QString b =
        QStringLiteral("org/") + QString(80, QLatin1Char('a')) + QStringLiteral("-two");
    QVERIFY(sanitizeDns1035(a) != sanitizeDns1035(b));
    QCOMPARE(sanitizeDns1035(a).size(), 63);
    QCOMPARE(sanitizeDns1035(a, 30).size(), 30);
    QVERIFY(isDns1035Label(sanitizeDns1035(a, 30)));
    // Every printable ASCII string and a few unicode ones give a valid label.
    for (int c = 0; c < 128; ++c) {
        const QString s = QStringLiteral("x") + QChar(c) + QStringLiteral("y") + QChar(c);
        QVERIFY2(isDns1035Label(sanitizeDns1035(s)), qPrintable(sanitizeDns1035(s)));
        QVERIFY(isDns1035Label(sanitizeDns1035(QString(QChar(c)))));
    }
}

void TestDeployCatalog::uniqueNames() {
    QSet<QString> taken{QStringLiteral("llama3-2-1b")};
    QCOMPARE(uniqueName(QStringLiteral("qwen"), taken), QStringLiteral("qwen"));
    QCOMPARE(uniqueName(QStringLiteral("llama3-2-1b"), taken), QStringLiteral("llama3-2-1b-2"));
    taken << QStringLiteral("llama3-2-1b-2");
    QCOMPARE(uniqueName(QStringLiteral("llama3-2-1b"), taken), QStringLiteral("llama3-2-1b-3"));
    const QString longName = QString(63, QLatin1Char('a'));
    const QString second = uniqueName(longName, {longName});
    QCOMPARE(second.size(), 63);
    QVERIFY(second.endsWith(QLatin1String("-2")));
    QVERIFY(isDns1035Label(second));
}

void TestDeployCatalog::objectsOfADeployment() {
    const QString llm = QStringLiteral("llm");
    // What Kubernetes names after the deployment "llm": its own objects, a ReplicaSet with the
    // pod-template-hash and a pod with the generated suffix.
    for (const auto& [kind, name] :
         {std::pair{"Deployment", "llm"}, std::pair{"Service", "llm"},
          std::pair{"PersistentVolumeClaim", "llm-models"}, std::pair{"ConfigMap", "llm-startup"},
          std::pair{"ReplicaSet", "llm-5d7c9b8f4"}, std::pair{"Pod", "llm-5d7c9b8f4-x2w9k"}})
        QVERIFY2(isObjectOfDeployment(QLatin1String(kind), QLatin1String(name), llm), name);
    // The deployment "llm-2"'s objects are not "llm"'s, nor are look-alikes of other kinds.
    for (const auto& [kind, name] :
         {std::pair{"Deployment", "llm-2"}, std::pair{"Service", "llm-2"},
          std::pair{"ReplicaSet", "llm-2-5d7c9b8f4"}, std::pair{"Pod", "llm-2-5d7c9b8f4-x2w9k"},
          std::pair{"PersistentVolumeClaim", "llm-2-models"}, std::pair{"Pod", "llm-5d7c9b8f4"},
          std::pair{"Pod", "llm-abcde-x2w9k"}, std::pair{"ReplicaSet", "llm-"},
          std::pair{"Pod", "llmx"}, std::pair{"ConfigMap", "llm-models"}})
        QVERIFY2(!isObjectOfDeployment(QLatin1String(kind), QLatin1String(name), llm), name);

    // Long names: Kubernetes cuts "<replicaset>-" to 58 characters before the 5 generated ones.
    const QString hash = QStringLiteral("5d7c9b8f4");
    const auto podOf = [&](const QString& deployment) -> QString {
        return QString(deployment + u'-' + hash + u'-').left(58) + QStringLiteral("x2w9k");
    };
    for (int length : {40, 47, 48, 50, 56, 57, 58, 63}) {
        const QString name = QString(length, QLatin1Char('m'));
        QVERIFY2(isObjectOfDeployment(QStringLiteral("Pod"), podOf(name), name),
                 qPrintable(podOf(name)));
        QVERIFY2(isObjectOfDeployment(QStringLiteral("ReplicaSet"), name + u'-' + hash, name),
                 qPrintable(name));
        // The pods of "<name>-2" stay out while the cut leaves them distinguishable (from 56
        // characters on, "<name>-2-…" and "<name>-<hash>-…" are cut to the same shape).
        if (length <= 55)
            QVERIFY2(!isObjectOfDeployment(QStringLiteral("Pod"),
                                           podOf(name + QStringLiteral("-2")), name),
                     qPrintable(podOf(name + QStringLiteral("-2"))));
    }
}

void TestDeployCatalog::labelValues() {
    QCOMPARE(sanitizeLabelValue(QStringLiteral("v0.10.1")), QStringLiteral("v0.10.1"));
    QCOMPARE(sanitizeLabelValue(QStringLiteral("server-cuda")), QStringLiteral("server-cuda"));
    QCOMPARE(sanitizeLabelValue(QStringLiteral("-x:y-")), QStringLiteral("x_y"));
    QVERIFY(sanitizeLabelValue(QStringLiteral("---")).isEmpty());
    QVERIFY(isLabelValue(QString()));
    QVERIFY(!isLabelValue(QStringLiteral("a b")));
    QVERIFY(isDns1123Subdomain(QStringLiteral("harbor-robot.pull")));
    QVERIFY(!isDns1123Subdomain(QStringLiteral("Harbor")));
}

void TestDeployCatalog::imageReferences_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("hub") << "vllm/vllm-openai:v0.10.1"
                         << ""
                         << "vllm/vllm-openai"
                         << "v0.10.1" << true;
    QTest::newRow("official") << "nginx"
                              << ""
                              << "nginx"
                              << "" << true;
    QTest::newRow("ghcr") << "ghcr.io/ggml-org/llama.cpp:server-cuda"
                          << "ghcr.io"
                          << "ggml-org/llama.cpp"
                          << "server-cuda" << true;
    QTest::newRow("port") << "harbor.local:8443/ai/ollama:0.9.0"
                          << "harbor.local:8443"
                          << "ai/ollama"
                          << "0.9.0" << true;
    QTest::newRow("localhost") << "localhost/x"
                               << "localhost"
                               << "x"
                               << "" << true;
    QTest::newRow("digest")
        << "ollama/ollama@sha256:0a8c266910232fd3291e71e5ba1e058cc5af9d411192cf88b6d30e92b6e73163"
        << ""
        << "ollama/ollama"
        << "" << true;
    QTest::newRow("uppercase") << "Vllm/x"
                               << ""
                               << ""
                               << "" << false;
    QTest::newRow("space") << "a b"
                           << ""
                           << ""
                           << "" << false;
    QTest::newRow("empty tag") << "a:"
                               << ""
                               << ""
                               << "" << false;
    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << "" << false;
}

void TestDeployCatalog::imageReferences() {
    QFETCH(QString, image);
    QFETCH(QString, registry);
    QFETCH(QString, path);
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    const auto ref = parseImageReference(image);
    QCOMPARE(bool(ref), valid);
    if (!ref)
        return;
    QCOMPARE(ref->registry, registry);
    QCOMPARE(ref->path, path);
    QCOMPARE(ref->tag, tag);
    QCOMPARE(ref->toString(), image);
}

void TestDeployCatalog::mirrorRewrite_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("mirror");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hub") << "vllm/vllm-openai:v0.10.1"
                         << "harbor.hq-idc.example/proxy"
                         << "harbor.hq-idc.example/proxy/vllm/vllm-openai:v0.10.1";
    QTest::newRow("official") << "nginx:1.27"
                              << "harbor.example"
                              << "harbor.example/library/nginx:1.27";
    QTest::newRow("ghcr") << "ghcr.io/ggml-org/llama.cpp:server-cuda"
                          << "https://mirror:5000/"
                          << "mirror:5000/ggml-org/llama.cpp:server-cuda";
    QTest::newRow("none") << "ollama/ollama:0.9.0"
                          << ""
                          << "ollama/ollama:0.9.0";
}

void TestDeployCatalog::mirrorRewrite() {
    QFETCH(QString, image);
    QFETCH(QString, mirror);
    QFETCH(QString, expected);
    QVERIFY(mirror.isEmpty() || isValidMirror(mirror));
    QCOMPARE(rewriteImage(image, mirror), expected);
    QVERIFY(parseImageReference(expected));
    QVERIFY(!isValidMirror(QStringLiteral("harbor example")));
    QVERIFY(!isValidMirror(QStringLiteral("harbor.example/Proxy")));
}

void TestDeployCatalog::sizes() {
    QCOMPARE(*parseParameterCount(QStringLiteral("8.03B")), 8.03e9);
    QCOMPARE(*parseParameterCount(QStringLiteral("500M")), 5e8);
    QVERIFY(!parseParameterCount(QStringLiteral("8 bytes")));
    QVERIFY(!parseParameterCount(QStringLiteral("-1B")));
    QCOMPARE(*parseByteSize(QStringLiteral("16.1GB")), qint64(16100000000));
    QCOMPARE(*parseByteSize(QStringLiteral("4.9GiB")), qint64(5261334938));
    QCOMPARE(*parseByteSize(QStringLiteral("100Gi")), qint64(100) << 30);
    QCOMPARE(*parseByteSize(QStringLiteral("43G")), qint64(43000000000));
    QVERIFY(!parseByteSize(QStringLiteral("1 XB")));
    QCOMPARE(toGiQuantity(qint64(16100000000)), QStringLiteral("15Gi"));
    QCOMPARE(toGiQuantity(1), QStringLiteral("1Gi"));
}

QTEST_APPLESS_MAIN(TestDeployCatalog)
#include "tst_deploy_catalog.moc"
