// Reading the cluster for deployments: the GPU fit check and the memory estimate behind it, the
// instance status (Pending → Running → Ready, CrashLoopBackOff with the event message, waiting
// for GPUs) and the NodePort endpoints — against the nodes, pods and events the test API server
// seeds (tests/servers/kubeapi/fixtures.py: MIG-mixed H100, 8×H100 with a vLLM pod using 2,
// 8×A100 with 7 allocatable, a NotReady L40S node with the unreachable taint, CPU and
// control-plane nodes, a Pending Ollama pod asking for 8 GPUs) — taken from the fixture module
// itself and decoded with fd::kube's decoder, no server running.

#include "deploy/catalog.h"
#include "deploy/fitcheck.h"
#include "deploy/instancestatus.h"
#include "deploy/manifest.h"
#include "deploy/memoryestimate.h"
#include "kube/kubedecode.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace fd::deploy;
using fd::kube::Node;
using fd::kube::Pod;

namespace {

constexpr qint64 kGiB = qint64(1) << 30;
constexpr qint64 kMiB = qint64(1) << 20;

struct Seed {
    QList<Node> nodes;
    QList<Pod> pods;
    QList<fd::kube::Event> events;
};

// The seeded objects, straight from the test API server's fixture module.
Seed loadSeed() {
    const char* script = R"(import json, sys
sys.path.insert(0, sys.argv[1])
import fixtures
class Store:
    def __init__(self):
        self.items = {}
    def bulk_insert(self, key, objs):
        self.items.setdefault(key[1], []).extend(objs)
store = Store()
fixtures.seed(store)
print(json.dumps({k: {"kind": "List", "apiVersion": "v1", "metadata": {"resourceVersion": "1"},
                      "items": v} for k, v in store.items.items()}))
)";
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script),
                                        fd::test::testsPath(QStringLiteral("servers/kubeapi"))});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("fixture dump failed: %s", p.readAllStandardError().constData());
    const QJsonObject all = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const auto list = [&](const char* key) {
        return QJsonDocument(all.value(QLatin1String(key)).toObject())
            .toJson(QJsonDocument::Compact);
    };
    auto nodes = fd::kube::decodeList<Node>(list("nodes"));
    auto pods = fd::kube::decodeList<Pod>(list("pods"));
    auto events = fd::kube::decodeList<fd::kube::Event>(list("events"));
    if (!nodes || !pods || !events)
        qFatal("seeded lists do not decode");
    return {nodes->items, pods->items, events->items};
}

const Seed& seed() {
    static const Seed s = loadSeed();
    return s;
}

const RuntimeSpec& runtime(const QString& id) {
    static const Catalog c = Catalog::load({Catalog::builtinDir()});
    return *c.runtime(id);
}

FitRequest request(int gpus, const QString& product = {}, qint64 bytes = 0, int replicas = 1) {
    FitRequest r;
    r.gpus = gpus;
    r.gpuProduct = product;
    r.requiredBytes = bytes;
    r.replicas = replicas;
    return r;
}

const QString kH100 = QStringLiteral("NVIDIA-H100-80GB-HBM3");
const QString kA100 = QStringLiteral("NVIDIA-A100-SXM4-80GB");
const QString kL40S = QStringLiteral("NVIDIA-L40S");

Pod seededPod(const QString& name) {
    for (const Pod& p : seed().pods)
        if (p.metadata.name == name)
            return p;
    qFatal("no seeded pod %s", qPrintable(name));
}

QList<fd::kube::Event> eventsFor(const QString& pod) {
    QList<fd::kube::Event> out;
    for (const fd::kube::Event& e : seed().events)
        if (e.involvedObject.name == pod)
            out << e;
    return out;
}

fd::kube::Deployment deployment(int replicas, int ready) {
    fd::kube::Deployment d;
    d.metadata.name = QStringLiteral("model");
    d.replicas = replicas;
    d.readyReplicas = ready;
    return d;
}

// A pod of the deployment as the kubelet reports it (decoded from the API's JSON shape).
Pod pod(const QString& phase, const QJsonObject& state, bool ready, int restarts = 0,
        bool scheduled = true) {
    QJsonObject status{{QStringLiteral("phase"), phase}};
    if (scheduled)
        status.insert(QStringLiteral("containerStatuses"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("vllm")},
                                             {QStringLiteral("ready"), ready},
                                             {QStringLiteral("restartCount"), restarts},
                                             {QStringLiteral("state"), state}}});
    const QJsonObject json{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("model-7d9f-x2k4p")}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("nodeName"), QStringLiteral("gpu-h100-0")}}},
        {QStringLiteral("status"), status}};
    Pod p;
    fd::kube::decode(json, p);
    return p;
}

fd::kube::Event podEvent(const QString& type, const QString& reason, const QString& message,
                         int secondsAgo) {
    const QJsonObject json{
        {QStringLiteral("type"), type},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
        {QStringLiteral("involvedObject"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("Pod")},
                     {QStringLiteral("name"), QStringLiteral("model-7d9f-x2k4p")}}},
        {QStringLiteral("lastTimestamp"),
         QDateTime::currentDateTimeUtc().addSecs(-secondsAgo).toString(Qt::ISODate)}};
    fd::kube::Event e;
    fd::kube::decode(json, e);
    return e;
}

const NodeFit* nodeFit(const FitResult& r, const QString& name) {
    for (const NodeFit& f : r.nodes)
        if (f.node == name)
            return &f;
    return nullptr;
}

} // namespace

class TestDeployFit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedIsWhatTheTestsAssume();
    void freeGpusPerNode();
    void fitsOnTheH100Node();
    void notEnoughFreeGpusNamesTheBestNode();
    void allocatableNotCapacity();
    void notReadyNodeIsNamed();
    void unknownProductListsWhatThereIs();
    void anyProductPicksTheMostFree();
    void memoryDecides();
    void migSlices();
    void replicas();
    void cordonedAndTaintedNodes();
    void noGpuNodes();
    void cpuOnlyNeedsNoCheck();
    void estimateFormula();
    void estimateRoles();
    void fitFromAManifest();
    void statusReadyFromTheSeed();
    void statusWaitingForGpusFromTheSeed();
    void statusTransitions();
    void statusCrashLoopWithTheEventMessage();
    void statusImagePull();
    void statusDegradedAndScaledDown();
    void endpointsOfReadyNodes();
};

void TestDeployFit::seedIsWhatTheTestsAssume() {
    QStringList names;
    for (const Node& n : seed().nodes)
        names << n.metadata.name;
    QCOMPARE(names, (QStringList{"cp-0", "gpu-h100-mig-0", "gpu-h100-0", "gpu-a100-0", "gpu-l40s-0",
                                 "cpu-0"}));
    QVERIFY(!seed().pods.isEmpty());
}

void TestDeployFit::freeGpusPerNode() {
    const FitResult r = checkFit(seed().nodes, seed().pods, request(1));
    // cp-0, cpu-0 and the MIG node offer no whole GPUs.
    QCOMPARE(r.nodes.size(), 3);
    const NodeFit* h100 = nodeFit(r, QStringLiteral("gpu-h100-0"));
    QVERIFY(h100);
    QCOMPARE(h100->allocatable, 8);
    QCOMPARE(h100->requested, 2); // the seeded vLLM pod
    QCOMPARE(h100->free, 6);
    QCOMPARE(h100->product, kH100);
    QCOMPARE(h100->memoryPerGpuBytes, 81559 * kMiB);
    const NodeFit* l40s = nodeFit(r, QStringLiteral("gpu-l40s-0"));
    QVERIFY(l40s && !l40s->ready && !l40s->usable());
    QCOMPARE(l40s->blockingTaint, QStringLiteral("node.kubernetes.io/unreachable:NoSchedule"));
}

void TestDeployFit::fitsOnTheH100Node() {
    const FitResult r = checkFit(seed().nodes, seed().pods, request(2, kH100, 100 * kGiB));
    QVERIFY(r.fits);
    QCOMPARE(r.bestNode, QStringLiteral("gpu-h100-0"));
    QCOMPARE(r.placeableReplicas, 1);
    QVERIFY2(
        r.message.startsWith(QLatin1String("gpu-h100-0 has 6 free NVIDIA-H100-80GB-HBM3 GPUs")),
        qPrintable(r.message));
    QVERIFY(r.message.contains(QLatin1String("100.0 GiB")));
}

void TestDeployFit::notEnoughFreeGpusNamesTheBestNode() {
    const FitResult r = checkFit(seed().nodes, seed().pods, request(8, kH100));
    QVERIFY(!r.fits);
    QCOMPARE(r.bestNode, QStringLiteral("gpu-h100-0"));
    QCOMPARE(r.message, QStringLiteral("No node has 8 free NVIDIA-H100-80GB-HBM3 GPU(s) for a "
                                       "replica; the best, gpu-h100-0, has 6 of 8 free."));
}

void TestDeployFit::allocatableNotCapacity() {
    // 8 GPUs in the box, 7 allocatable (one lost, as in NVIDIA's troubleshooting guide).
    QVERIFY(checkFit(seed().nodes, seed().pods, request(7, kA100)).fits);
    const FitResult r = checkFit(seed().nodes, seed().pods, request(8, kA100));
    QVERIFY(!r.fits);
    QVERIFY2(r.message.contains(QLatin1String("gpu-a100-0, has 7 of 7 free")),
             qPrintable(r.message));
}

void TestDeployFit::notReadyNodeIsNamed() {
    const FitResult r = checkFit(seed().nodes, seed().pods, request(1, kL40S));
    QVERIFY(!r.fits);
    QCOMPARE(r.bestNode, QStringLiteral("gpu-l40s-0"));
    QCOMPARE(r.message,
             QStringLiteral("No node with NVIDIA-L40S GPUs can take the pod: the best, gpu-l40s-0, "
                            "is not Ready."));
}

void TestDeployFit::unknownProductListsWhatThereIs() {
    const FitResult r =
        checkFit(seed().nodes, seed().pods, request(1, QStringLiteral("NVIDIA-H200")));
    QVERIFY(!r.fits);
    QVERIFY(r.bestNode.isEmpty());
    QCOMPARE(r.message,
             QStringLiteral("No node has NVIDIA-H200 GPUs; the cluster has "
                            "NVIDIA-A100-SXM4-80GB, NVIDIA-H100-80GB-HBM3, NVIDIA-L40S."));
}

void TestDeployFit::anyProductPicksTheMostFree() {
    const FitResult r = checkFit(seed().nodes, seed().pods, request(1));
    QVERIFY(r.fits);
    QCOMPARE(r.bestNode, QStringLiteral("gpu-a100-0"));          // 7 free beats 6 free
    QCOMPARE(r.nodes.last().node, QStringLiteral("gpu-l40s-0")); // unusable last
}

void TestDeployFit::memoryDecides() {
    // Llama 3.1 70B in bf16 on vLLM: ~141 GB of weights; 2 H100 (2 × 79.6 GiB × 0.9) are too
    // small, 4 are enough.
    const RuntimeSpec& vllm = runtime(QStringLiteral("vllm"));
    const ModelPreset& big = *vllm.preset(QStringLiteral("llama3.1-70b-instruct"));
    QMap<QString, QVariant> settings{{QStringLiteral("gpuMemoryUtilization"), 0.9},
                                     {QStringLiteral("maxModelLen"), qlonglong(8192)}};
    const MemoryEstimate e = estimateMemory(big, vllm, settings);
    FitRequest r = request(2, kH100, e.totalBytes);
    r.memoryUtilization = e.memoryUtilization;
    FitResult fit = checkFit(seed().nodes, seed().pods, r);
    QVERIFY(!fit.fits);
    QCOMPARE(fit.bestNode, QStringLiteral("gpu-h100-0"));
    QVERIFY2(fit.message.startsWith(QLatin1String("The model needs about 148.2 GiB")),
             qPrintable(fit.message));
    QVERIFY2(fit.message.contains(QLatin1String("2 GPU(s) on gpu-h100-0 offer 143.4 GiB")),
             qPrintable(fit.message));
    r.gpus = 4;
    fit = checkFit(seed().nodes, seed().pods, r);
    QVERIFY2(fit.fits, qPrintable(fit.message));
    QCOMPARE(fit.offeredBytes, qint64(81559 * kMiB * 4 * 0.9));
}

void TestDeployFit::migSlices() {
    FitRequest r = request(1);
    r.gpuResource = QStringLiteral("nvidia.com/mig-1g.10gb");
    const RuntimeSpec& ollama = runtime(QStringLiteral("ollama"));
    r.requiredBytes = estimateMemory(*ollama.preset(QStringLiteral("llama3.2-1b")), ollama,
                                     {{QStringLiteral("contextLength"), qlonglong(4096)}})
                          .totalBytes;
    FitResult fit = checkFit(seed().nodes, seed().pods, r);
    QVERIFY2(fit.fits, qPrintable(fit.message));
    QCOMPARE(fit.bestNode, QStringLiteral("gpu-h100-mig-0"));
    QCOMPARE(fit.nodes.first().free, 2);
    QCOMPARE(fit.nodes.first().memoryPerGpuBytes, 9984 * kMiB); // nvidia.com/mig-1g.10gb.memory
    // 70B at Q4 (43 GB) does not fit a 3g.40gb slice.
    r.gpuResource = QStringLiteral("nvidia.com/mig-3g.40gb");
    r.requiredBytes =
        estimateMemory(*ollama.preset(QStringLiteral("llama3.1-70b")), ollama, {}).totalBytes;
    fit = checkFit(seed().nodes, seed().pods, r);
    QVERIFY(!fit.fits);
    QVERIFY2(fit.message.contains(QLatin1String("1 GPU(s) on gpu-h100-mig-0 offer 39.4 GiB")),
             qPrintable(fit.message));
    // No node has 7g slices.
    r.gpuResource = QStringLiteral("nvidia.com/mig-7g.80gb");
    fit = checkFit(seed().nodes, seed().pods, r);
    QVERIFY(!fit.fits);
    QVERIFY(fit.message.contains(QLatin1String("No node offers nvidia.com/mig-7g.80gb")));
    // Without the memory label the profile's nominal size is used (a little less, to be safe).
    Node bare = seed().nodes[1];
    bare.metadata.labels.remove(QStringLiteral("nvidia.com/mig-3g.40gb.memory"));
    QCOMPARE(gpuMemoryBytes(bare, QStringLiteral("nvidia.com/mig-3g.40gb")), 40 * 998 * kMiB);
}

void TestDeployFit::replicas() {
    FitResult r = checkFit(seed().nodes, seed().pods, request(4, kH100, 0, 2));
    QVERIFY(!r.fits);
    QCOMPARE(r.placeableReplicas, 1);
    QCOMPARE(r.message, QStringLiteral("Only 1 of 2 replicas fit; the best node, gpu-h100-0, has "
                                       "6 free NVIDIA-H100-80GB-HBM3 GPUs."));
    r = checkFit(seed().nodes, seed().pods, request(3, kH100, 0, 2));
    QVERIFY(r.fits);
    QCOMPARE(r.placeableReplicas, 2);
    r = checkFit(seed().nodes, seed().pods, request(4, {}, 0, 2)); // one on H100, one on A100
    QVERIFY(r.fits);
}

void TestDeployFit::cordonedAndTaintedNodes() {
    QList<Node> nodes = seed().nodes;
    for (Node& n : nodes) {
        if (n.metadata.name == QLatin1String("gpu-h100-0"))
            n.unschedulable = true;
        if (n.metadata.name == QLatin1String("gpu-a100-0"))
            n.taints.append({QStringLiteral("dedicated"), QStringLiteral("training"),
                             QStringLiteral("NoSchedule")});
    }
    FitResult r = checkFit(nodes, seed().pods, request(1, kH100));
    QVERIFY(!r.fits);
    QVERIFY2(r.message.endsWith(QLatin1String("gpu-h100-0, is cordoned.")), qPrintable(r.message));
    r = checkFit(nodes, seed().pods, request(1, kA100));
    QVERIFY2(
        r.message.endsWith(QLatin1String("gpu-a100-0, is tainted dedicated=training:NoSchedule.")),
        qPrintable(r.message));
    // The usual GPU taint is tolerated by the generated pods; PreferNoSchedule never blocks.
    nodes = seed().nodes;
    for (Node& n : nodes)
        if (n.metadata.name == QLatin1String("gpu-a100-0"))
            n.taints = {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("present"),
                         QStringLiteral("NoSchedule")},
                        {QStringLiteral("busy"), {}, QStringLiteral("PreferNoSchedule")}};
    QVERIFY(checkFit(nodes, seed().pods, request(1, kA100)).fits);
    // Finished pods free their GPUs.
    QList<Pod> pods = seed().pods;
    for (Pod& p : pods)
        if (p.nodeName == QLatin1String("gpu-h100-0"))
            p.phase = QStringLiteral("Succeeded");
    QVERIFY(checkFit(seed().nodes, pods, request(8, kH100)).fits);
}

void TestDeployFit::noGpuNodes() {
    QList<Node> cpuOnly;
    for (const Node& n : seed().nodes)
        if (n.gpuProduct().isEmpty())
            cpuOnly << n;
    QCOMPARE(cpuOnly.size(), 2);
    const FitResult r = checkFit(cpuOnly, {}, request(1));
    QVERIFY(!r.fits);
    QVERIFY(r.bestNode.isEmpty());
    QVERIFY(r.message.startsWith(QLatin1String("No node offers NVIDIA GPUs")));
}

void TestDeployFit::cpuOnlyNeedsNoCheck() {
    const FitResult r = checkFit(seed().nodes, seed().pods, request(0));
    QVERIFY(r.fits);
    QVERIFY(!r.message.isEmpty());
}

void TestDeployFit::estimateFormula() {
    const RuntimeSpec& vllm = runtime(QStringLiteral("vllm"));
    const ModelPreset& llama8 = *vllm.preset(QStringLiteral("llama3.1-8b-instruct"));
    // weights 8.03e9 × 2 (bf16); KV 2 × 32 × 8 × 128 × 2 B = 128 KiB per token × 8192 = 1 GiB;
    // overhead 1 GiB + 10 % of the weights.
    MemoryEstimate e =
        estimateMemory(llama8, vllm, {{QStringLiteral("maxModelLen"), qlonglong(8192)}});
    QCOMPARE(e.weightsBytes, qint64(16060000000));
    QCOMPARE(e.kvCacheBytes, kGiB);
    QCOMPARE(e.overheadBytes, kGiB + 1606000000);
    QCOMPARE(e.totalBytes, e.weightsBytes + e.kvCacheBytes + e.overheadBytes);
    QCOMPARE(e.contextTokens, 8192);
    QVERIFY(e.architectureKnown);
    QCOMPARE(e.bytesPerParameter, 2.0);
    // Without a max model length vLLM sizes for the model's full context (131072 tokens).
    e = estimateMemory(llama8, vllm, {});
    QCOMPARE(e.kvCacheBytes, 16 * kGiB);
    // Quantisation halves and quarters the weights.
    e = estimateMemory(llama8, vllm, {{QStringLiteral("quantization"), QStringLiteral("awq")}});
    QCOMPARE(e.weightsBytes, qint64(4015000000));
    e = estimateMemory(llama8, vllm, {{QStringLiteral("dtype"), QStringLiteral("float32")}});
    QCOMPARE(e.weightsBytes, qint64(32120000000));
    // GGUF: the file is what is loaded.
    const RuntimeSpec& ollama = runtime(QStringLiteral("ollama"));
    e = estimateMemory(*ollama.preset(QStringLiteral("llama3.2-1b")), ollama,
                       {{QStringLiteral("contextLength"), qlonglong(4096)},
                        {QStringLiteral("numParallel"), qlonglong(4)}});
    QCOMPARE(e.weightsBytes, qint64(1300000000));
    QCOMPARE(e.kvCacheBytes, qint64(2 * 16 * 8 * 64 * 2) * 4096 * 4); // a context per slot
    QCOMPARE(e.contextSlots, 4);
    QVERIFY(e.explain().contains(QStringLiteral("4096 tokens × 4")));
    // Unknown architecture: the Llama-shaped fallback (within 2× of Llama 3 8B's real 128 KiB).
    ModelPreset custom;
    custom.model = QStringLiteral("org/custom");
    custom.parameters = 8.03e9;
    custom.dtype = QStringLiteral("bf16");
    e = estimateMemory(custom, vllm, {{QStringLiteral("maxModelLen"), qlonglong(1)}});
    QVERIFY(!e.architectureKnown);
    QVERIFY2(e.kvCacheBytes > 128 * 1024 && e.kvCacheBytes < 2 * 128 * 1024,
             qPrintable(QString::number(e.kvCacheBytes)));
    QCOMPARE(bytesPerParameter(QStringLiteral("Q4_K_M")), 4.5 / 8);
    QVERIFY(isGgufQuantization(QStringLiteral("Q4_K_M")));
    QVERIFY(!isGgufQuantization(QStringLiteral("bf16")));
}

void TestDeployFit::estimateRoles() {
    // llama.cpp shares its context over the slots; GPU layers offload part of the model only.
    const RuntimeSpec& llama = runtime(QStringLiteral("llamacpp"));
    const ModelPreset& p = llama.presets.first();
    const MemoryEstimate all = estimateMemory(
        p, llama,
        {{QStringLiteral("ctxSize"), qlonglong(8192)}, {QStringLiteral("parallel"), qlonglong(4)}});
    QCOMPARE(all.contextSlots, 1);
    QCOMPARE(all.weightsBytes, p.fileSizeBytes);
    const MemoryEstimate half = estimateMemory(p, llama,
                                               {{QStringLiteral("ctxSize"), qlonglong(8192)},
                                                {QStringLiteral("nGpuLayers"), qlonglong(16)}});
    QCOMPARE(half.weightsBytes, p.fileSizeBytes / 2);
    QCOMPARE(half.kvCacheBytes, all.kvCacheBytes / 2);
}

void TestDeployFit::fitFromAManifest() {
    DeploySpec spec;
    spec.runtimeId = QStringLiteral("vllm");
    spec.model = *runtime(QStringLiteral("vllm")).preset(QStringLiteral("llama3.1-8b-instruct"));
    spec.gpuModel = QStringLiteral("h100");
    spec.gpus = 2;
    spec.settings.insert(QStringLiteral("maxModelLen"), QStringLiteral("8192"));
    auto m = buildManifest(spec, runtime(QStringLiteral("vllm")));
    QVERIFY(m.ok());
    const MemoryEstimate e =
        estimateMemory(spec.model, runtime(QStringLiteral("vllm")), m->settings);
    const FitRequest r = fitRequestFor(*m, e, spec.replicas);
    QCOMPARE(r.gpus, 2);
    QCOMPARE(r.gpuProduct, kH100);
    QCOMPARE(r.memoryUtilization, 0.9);
    const FitResult fit = checkFit(seed().nodes, seed().pods, r);
    QVERIFY2(fit.fits, qPrintable(fit.message));
    QCOMPARE(fit.bestNode, QStringLiteral("gpu-h100-0"));
}

void TestDeployFit::statusReadyFromTheSeed() {
    const InstanceStatus s =
        summarizeInstance(deployment(1, 1), {seededPod(QStringLiteral("vllm-llama3-0"))},
                          eventsFor(QStringLiteral("vllm-llama3-0")));
    QCOMPARE(s.state, InstanceState::Ready);
    QCOMPARE(instanceStateName(s.state), QStringLiteral("ready"));
    QCOMPARE(s.latestEvent, QStringLiteral("Started: Started container main"));
    QVERIFY(s.latestEventTime.isValid());
}

void TestDeployFit::statusWaitingForGpusFromTheSeed() {
    // The seeded Ollama pod asks for 8 GPUs; the scheduler says "Insufficient nvidia.com/gpu".
    const InstanceStatus s =
        summarizeInstance(deployment(1, 0), {seededPod(QStringLiteral("ollama-0"))},
                          eventsFor(QStringLiteral("ollama-0")));
    QCOMPARE(s.state, InstanceState::WaitingForGpus);
    QCOMPARE(s.reason, QStringLiteral("Unschedulable"));
    QVERIFY2(s.message.startsWith(QLatin1String("Waiting for free GPUs: 0/6 nodes are available: 1 "
                                                "Insufficient nvidia.com/gpu")),
             qPrintable(s.message));
    QVERIFY(s.latestEvent.startsWith(QLatin1String("FailedScheduling: ")));
}

void TestDeployFit::statusTransitions() {
    const HealthSpec& health = runtime(QStringLiteral("vllm")).health;
    const QJsonObject creating{
        {QStringLiteral("waiting"),
         QJsonObject{{QStringLiteral("reason"), QStringLiteral("ContainerCreating")}}}};
    const QJsonObject running{{QStringLiteral("running"), QJsonObject{}}};
    // Pending: scheduled, containers being created.
    InstanceStatus s = summarizeInstance(
        deployment(1, 0), {pod(QStringLiteral("Pending"), creating, false)},
        {podEvent(QStringLiteral("Normal"), QStringLiteral("Scheduled"),
                  QStringLiteral("Successfully assigned llm/model to gpu-h100-0"), 30)},
        health);
    QCOMPARE(s.state, InstanceState::Pending);
    // The image is being pulled.
    s = summarizeInstance(
        deployment(1, 0), {pod(QStringLiteral("Pending"), creating, false)},
        {podEvent(QStringLiteral("Normal"), QStringLiteral("Scheduled"), QStringLiteral("assigned"),
                  30),
         podEvent(QStringLiteral("Normal"), QStringLiteral("Pulling"),
                  QStringLiteral("Pulling image \"vllm/vllm-openai:v0.10.1\""), 20)},
        health);
    QCOMPARE(s.state, InstanceState::PullingImage);
    QVERIFY(s.message.contains(QLatin1String("vllm/vllm-openai:v0.10.1")));
    // Running, not ready: loading the model (the startup probe holds liveness off).
    s = summarizeInstance(deployment(1, 0), {pod(QStringLiteral("Running"), running, false)}, {},
                          health);
    QCOMPARE(s.state, InstanceState::Starting);
    QVERIFY2(s.message.contains(health.loadingText.en), qPrintable(s.message));
    // Ready.
    s = summarizeInstance(deployment(1, 1), {pod(QStringLiteral("Running"), running, true)}, {},
                          health);
    QCOMPARE(s.state, InstanceState::Ready);
    // No pod yet at all.
    s = summarizeInstance(deployment(1, 0), {}, {});
    QCOMPARE(s.state, InstanceState::Pending);
}

void TestDeployFit::statusCrashLoopWithTheEventMessage() {
    const QJsonObject crashing{
        {QStringLiteral("waiting"),
         QJsonObject{{QStringLiteral("reason"), QStringLiteral("CrashLoopBackOff")},
                     {QStringLiteral("message"),
                      QStringLiteral("back-off 2m40s restarting failed container=vllm")}}}};
    const InstanceStatus s = summarizeInstance(
        deployment(1, 0), {pod(QStringLiteral("Running"), crashing, false, 5)},
        {podEvent(QStringLiteral("Normal"), QStringLiteral("Pulled"),
                  QStringLiteral("already present"), 300),
         podEvent(
             QStringLiteral("Warning"), QStringLiteral("BackOff"),
             QStringLiteral("Back-off restarting failed container vllm in pod model-7d9f-x2k4p"),
             10)});
    QCOMPARE(s.state, InstanceState::Failing);
    QCOMPARE(s.reason, QStringLiteral("CrashLoopBackOff"));
    QCOMPARE(s.restarts, 5);
    QVERIFY2(s.message.contains(QLatin1String("5 restart(s)")) &&
                 s.message.endsWith(QLatin1String(
                     "Back-off restarting failed container vllm in pod model-7d9f-x2k4p")),
             qPrintable(s.message));
    QCOMPARE(instanceStateName(s.state), QStringLiteral("failing"));
}

void TestDeployFit::statusImagePull() {
    const QJsonObject pulling{
        {QStringLiteral("waiting"),
         QJsonObject{{QStringLiteral("reason"), QStringLiteral("ImagePullBackOff")}}}};
    const InstanceStatus s = summarizeInstance(
        deployment(1, 0), {pod(QStringLiteral("Pending"), pulling, false)},
        {podEvent(QStringLiteral("Warning"), QStringLiteral("Failed"),
                  QStringLiteral("Failed to pull image \"vllm/vllm-openai:v9\": not found"), 5)});
    QCOMPARE(s.state, InstanceState::Failing);
    QCOMPARE(s.message,
             QStringLiteral("The image cannot be pulled (ImagePullBackOff): Failed to pull image "
                            "\"vllm/vllm-openai:v9\": not found"));
}

void TestDeployFit::statusDegradedAndScaledDown() {
    const QJsonObject running{{QStringLiteral("running"), QJsonObject{}}};
    const QJsonObject crashing{
        {QStringLiteral("waiting"),
         QJsonObject{{QStringLiteral("reason"), QStringLiteral("CrashLoopBackOff")}}}};
    InstanceStatus s = summarizeInstance(deployment(2, 1),
                                         {pod(QStringLiteral("Running"), running, true),
                                          pod(QStringLiteral("Running"), crashing, false, 2)},
                                         {});
    QCOMPARE(s.state, InstanceState::Degraded);
    QCOMPARE(s.reason, QStringLiteral("CrashLoopBackOff"));
    QVERIFY(s.message.startsWith(
        QLatin1String("1 of 2 replicas are ready. The model server keeps crashing")));
    s = summarizeInstance(deployment(0, 0), {}, {});
    QCOMPARE(s.state, InstanceState::ScaledDown);
    // A pod on its way out does not count.
    Pod leaving = pod(QStringLiteral("Running"), crashing, false, 9);
    leaving.metadata.deletionTimestamp = QDateTime::currentDateTimeUtc();
    s = summarizeInstance(deployment(1, 1),
                          {pod(QStringLiteral("Running"), running, true), leaving}, {});
    QCOMPARE(s.state, InstanceState::Ready);
    QCOMPARE(s.restarts, 0);
}

void TestDeployFit::endpointsOfReadyNodes() {
    fd::kube::Service svc;
    svc.ports = {
        {QStringLiteral("http"), QStringLiteral("TCP"), 8000, QStringLiteral("http"), 31434}};
    QList<Node> nodes = seed().nodes;
    nodes[2].addresses.append({QStringLiteral("ExternalIP"), QStringLiteral("203.0.113.7")});
    const QList<QUrl> urls = serviceEndpoints(nodes, svc);
    QStringList text;
    for (const QUrl& u : urls)
        text << u.toString();
    // Every Ready node (the NotReady L40S node is left out), InternalIP first, then ExternalIP.
    QCOMPARE(text.size(), 6);
    QVERIFY(text.contains(QStringLiteral("http://203.0.113.7:31434")));
    QCOMPARE(
        text.indexOf(QStringLiteral("http://203.0.113.7:31434")),
        text.indexOf(QStringLiteral("http://") + nodes[2].internalIp() + QStringLiteral(":31434")) +
            1);
    for (const Node& n : seed().nodes)
        QCOMPARE(text.contains(QStringLiteral("http://%1:31434").arg(n.internalIp())), n.isReady());
    svc.ports[0].nodePort = 0;
    QVERIFY(serviceEndpoints(nodes, svc).isEmpty());
}

QTEST_APPLESS_MAIN(TestDeployFit)
#include "tst_deploy_fit.moc"
