// Decoding of real API objects (tests/data/kube, copied from the shared reference set) into the
// typed structs, Status bodies into typed errors, quantities and label selectors.

#include "kube/kubedecode.h"
#include "kube/quantity.h"
#include "kube/selectors.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace fd::kube;

namespace {

QByteArray readData(const QString& relative) {
    QFile f(fd::test::testsPath(QStringLiteral("data/kube/") + relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return f.readAll();
}

QJsonObject readObject(const QString& relative) {
    return QJsonDocument::fromJson(readData(relative)).object();
}

// Synthetic GPU node (see tests/data/MANIFEST.md): the full k9s node with the real H100 MIG
// mixed-strategy labels and the GPU/MIG capacity names from NVIDIA's docs.
QJsonObject syntheticGpuNode() {
    QJsonObject node = readObject(QStringLiteral("objects/k9s_dao_n1.json"));
    QJsonObject meta = node.value(QLatin1String("metadata")).toObject();
    meta.insert(QStringLiteral("labels"),
                readObject(QStringLiteral("gpu-node/nvidia-docs_h100_mig-mixed_node-labels.json")));
    node.insert(QStringLiteral("metadata"), meta);
    QJsonObject status = node.value(QLatin1String("status")).toObject();
    for (const char* key : {"capacity", "allocatable"}) {
        QJsonObject res = status.value(QLatin1String(key)).toObject();
        res.insert(QStringLiteral("nvidia.com/gpu"), QStringLiteral("0"));
        res.insert(QStringLiteral("nvidia.com/mig-1g.10gb"), QStringLiteral("2"));
        res.insert(QStringLiteral("nvidia.com/mig-2g.20gb"), QStringLiteral("1"));
        res.insert(QStringLiteral("nvidia.com/mig-3g.40gb"), QStringLiteral("1"));
        status.insert(QLatin1String(key), res);
    }
    node.insert(QStringLiteral("status"), status);
    return node;
}

QByteArray listOf(const QList<QJsonObject>& items, const QString& kind, const QString& cont = {}) {
    QJsonArray array;
    for (const QJsonObject& o : items)
        array.append(o);
    QJsonObject meta{{QStringLiteral("resourceVersion"), QStringLiteral("4242")}};
    if (!cont.isEmpty())
        meta.insert(QStringLiteral("continue"), cont);
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), kind},
                                     {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                     {QStringLiteral("metadata"), meta},
                                     {QStringLiteral("items"), array}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestKubeDecode final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void node();
    void gpuNode();
    void nodeListParallelKeepsOrder();
    void fastListPathMatchesWholeDocument();
    void timesFastAndGeneral();
    void event();
    void deployment();
    void serviceNamespaceSaSecretCrb();
    void version();
    void discovery();
    void malformedEnvelopes();
    void statusBodies_data();
    void statusBodies();
    void statusCauses();
    void nonStatusErrorBody();
    void quantities_data();
    void quantities();
    void selectorsBuildAndMatch();
    void selectorsParse_data();
    void selectorsParse();
};

void TestKubeDecode::node() {
    auto n = decodeObject<Node>(readData(QStringLiteral("objects/k9s_dao_n1.json")));
    QVERIFY(n.ok());
    QCOMPARE(n->metadata.name, QStringLiteral("minikube"));
    QCOMPARE(n->metadata.resourceVersion, QStringLiteral("214450"));
    QCOMPARE(n->metadata.creationTimestamp,
             QDateTime(QDate(2019, 12, 31), QTime(20, 49, 21), Qt::UTC));
    QCOMPARE(n->kubeletVersion, QStringLiteral("v1.17.0"));
    QCOMPARE(n->roles(), QStringList{QStringLiteral("master")});
    QVERIFY(n->isReady());
    QCOMPARE(n->readyStatus(), QStringLiteral("Ready"));
    QCOMPARE(n->internalIp(), QStringLiteral("192.168.64.6"));
    QCOMPARE(n->capacity.value(QStringLiteral("cpu")), 4);
    QCOMPARE(n->capacity.value(QStringLiteral("memory")), qint64(8163684) * 1024);
    QCOMPARE(n->gpuProduct(), QString());
    QCOMPARE(n->gpuCapacity(), 0);
    QVERIFY(n->migResources().isEmpty());
    QCOMPARE(n->conditions.size(), 4);
}

void TestKubeDecode::gpuNode() {
    Node n;
    decode(syntheticGpuNode(), n);
    QCOMPARE(n.gpuProduct(), QStringLiteral("NVIDIA-H100-80GB-HBM3"));
    QCOMPARE(n.roles(), (QStringList{QStringLiteral("control-plane"), QStringLiteral("worker")}));
    QCOMPARE(n.migStrategy(), QStringLiteral("mixed"));
    QCOMPARE(n.migConfig(), QStringLiteral("all-balanced"));
    const auto mig = n.migResources();
    QCOMPARE(mig.size(), 3);
    QCOMPARE(mig.value(QStringLiteral("nvidia.com/mig-1g.10gb")), 2);
    QCOMPARE(mig.value(QStringLiteral("nvidia.com/mig-3g.40gb")), 1);

    // The single strategy advertises whole GPUs under nvidia.com/gpu.
    QJsonObject single = syntheticGpuNode();
    QJsonObject status = single.value(QLatin1String("status")).toObject();
    QJsonObject cap = status.value(QLatin1String("capacity")).toObject();
    cap.insert(QStringLiteral("nvidia.com/gpu"), QStringLiteral("8"));
    status.insert(QStringLiteral("capacity"), cap);
    single.insert(QStringLiteral("status"), status);
    decode(single, n);
    QCOMPARE(n.gpuCapacity(), 8);
    QCOMPARE(n.gpuAllocatable(), 0);
}

void TestKubeDecode::nodeListParallelKeepsOrder() {
    // Above the parallel threshold: items decoded on several threads must keep list order.
    QList<QJsonObject> items;
    const QJsonObject base = syntheticGpuNode();
    for (int i = 0; i < 600; ++i) {
        QJsonObject n = base;
        QJsonObject meta = n.value(QLatin1String("metadata")).toObject();
        meta.insert(QStringLiteral("name"),
                    QStringLiteral("gpu-%1").arg(i, 4, 10, QLatin1Char('0')));
        n.insert(QStringLiteral("metadata"), meta);
        items.append(n);
    }
    auto list = decodeList<Node>(listOf(items, QStringLiteral("NodeList"), QStringLiteral("tok")));
    QVERIFY(list.ok());
    QCOMPARE(list->items.size(), 600);
    QCOMPARE(list->metadata.resourceVersion, QStringLiteral("4242"));
    QCOMPARE(list->metadata.continueToken, QStringLiteral("tok"));
    for (int i = 0; i < 600; ++i)
        QCOMPARE(list->items.at(i).metadata.name,
                 QStringLiteral("gpu-%1").arg(i, 4, 10, QLatin1Char('0')));
    QCOMPARE(list->items.last().gpuProduct(), QStringLiteral("NVIDIA-H100-80GB-HBM3"));

    // Strings that repeat across items are shared, not copied per node (that is what keeps a
    // decoded 5,000-node list under 50 MB): neighbours decoded on the same thread hold one copy.
    const Node& a = list->items.at(0);
    const Node& b = list->items.at(1);
    const QString product = QStringLiteral("nvidia.com/gpu.product");
    QCOMPARE(a.metadata.labels.value(product), b.metadata.labels.value(product));
    QCOMPARE(a.metadata.labels.value(product).constData(),
             b.metadata.labels.value(product).constData());
    QCOMPARE(a.metadata.labels.firstKey().constData(), b.metadata.labels.firstKey().constData());
    QCOMPARE(a.conditions.first().message.constData(), b.conditions.first().message.constData());
    QCOMPARE(a.capacity.values.value(QStringLiteral("nvidia.com/gpu")).constData(),
             b.capacity.values.value(QStringLiteral("nvidia.com/gpu")).constData());
    // Names stay each node's own.
    QVERIFY(a.metadata.name != b.metadata.name);
}

void TestKubeDecode::fastListPathMatchesWholeDocument() {
    // The item-by-item path (kubelistscan.cpp) must give what parsing the whole body gives.
    QJsonObject tricky = readObject(QStringLiteral("objects/k9s_render_ns.json"));
    QJsonObject meta = tricky.value(QLatin1String("metadata")).toObject();
    meta.insert(QStringLiteral("annotations"),
                QJsonObject{{QStringLiteral("note"), QStringLiteral("a \"quoted\" }] [{ \\")},
                            {QStringLiteral("json"), QStringLiteral("{\"items\":[1,2]}")}});
    tricky.insert(QStringLiteral("metadata"), meta);
    const QByteArray compact = listOf({tricky, syntheticGpuNode()}, QStringLiteral("List"), "c1");
    const QByteArray indented = QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented);
    const QList<QByteArray> bodies{
        compact,
        indented,
        // metadata after items, odd spacing
        "{ \"items\" : [ {\"metadata\":{\"name\":\"a\"}} , {\"metadata\":{\"name\":\"b]\"}} ] ,"
        " \"metadata\" : {\"continue\":\"x\"} }\n",
        // an escaped key spelling "items": only the full parser understands it
        "{\"it\\u0065ms\":[{\"metadata\":{\"name\":\"esc\"}}]}",
        "{\"items\":[]}",
        "{\"items\":null,\"metadata\":{}}",
        "{\"items\":[{\"metadata\":{\"name\":\"x\"}}]} trailing",
        "{\"items\":[{\"metadata\":{\"name\":}}]}",
        "{\"items\":[{\"a\":\"unterminated}]}",
        "{\"items\":[],\"items\":[{}]}",
        "{}",
    };
    for (const QByteArray& body : bodies) {
        const auto fast = decodeRawList(body);
        const auto whole = decodeRawListWhole(body);
        QVERIFY2(fast.ok() == whole.ok(), body.left(80).constData());
        if (!fast.ok()) {
            QCOMPARE(fast.error().category, KubeErrorCategory::MalformedResponse);
            continue;
        }
        QCOMPARE(fast->items, whole->items);
        QCOMPARE(fast->metadata.continueToken, whole->metadata.continueToken);
        QCOMPARE(fast->metadata.resourceVersion, whole->metadata.resourceVersion);
    }
    auto nodes = decodeList<Node>(indented);
    QVERIFY(nodes.ok());
    QCOMPARE(nodes->items.size(), 2);
    QCOMPARE(nodes->items.last().gpuProduct(), QStringLiteral("NVIDIA-H100-80GB-HBM3"));
    QCOMPARE(nodes->metadata.continueToken, QStringLiteral("c1"));
}

void TestKubeDecode::timesFastAndGeneral() {
    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    };
    QCOMPARE(parseTime(QStringLiteral("2026-11-23T10:40:05Z")), utc(2026, 11, 23, 10, 40, 5));
    QCOMPARE(parseTime(QStringLiteral("2026-11-23T10:40:05.123456Z")),
             utc(2026, 11, 23, 10, 40, 5, 123));
    QCOMPARE(parseTime(QStringLiteral("2026-11-23T10:40:05.5Z")),
             utc(2026, 11, 23, 10, 40, 5, 500));
    // Offsets go through Qt's general parser.
    QCOMPARE(parseTime(QStringLiteral("2026-11-23T19:40:05+09:00")), utc(2026, 11, 23, 10, 40, 5));
    QVERIFY(!parseTime(QStringLiteral("2026-13-23T10:40:05Z")).isValid());
    QVERIFY(!parseTime(QStringLiteral("2026-11-23T10:40:0xZ")).isValid());
    QVERIFY(!parseTime(QStringLiteral("yesterday")).isValid());
}

void TestKubeDecode::event() {
    auto e = decodeObject<Event>(readData(QStringLiteral("objects/k9s_render_ev.json")));
    QVERIFY(e.ok());
    QCOMPARE(e->type, QStringLiteral("Normal"));
    QCOMPARE(e->reason, QStringLiteral("Pulled"));
    QCOMPARE(e->message, QStringLiteral("Successfully pulled image \"blang/busybox-bash\""));
    QCOMPARE(e->involvedObject.kind, QStringLiteral("Pod"));
    QCOMPARE(e->involvedObject.name, QStringLiteral("hello-1567197780-mn4mv"));
    QCOMPARE(e->involvedObject.fieldPath, QStringLiteral("spec.containers{c1}"));
    QCOMPARE(e->count, 1);
    QVERIFY(!e->eventTime.isValid()); // null in the capture
    QCOMPARE(e->sourceComponent, QStringLiteral("kubelet"));
    QCOMPARE(e->lastSeen(), QDateTime(QDate(2019, 8, 30), QTime(20, 43, 5), Qt::UTC));

    // MicroTime with microseconds, as events.k8s.io reporters write eventTime.
    QCOMPARE(parseTime(QStringLiteral("2024-05-01T10:00:00.123456Z")).time().msec(), 123);
}

void TestKubeDecode::deployment() {
    auto d = decodeObject<Deployment>(readData(QStringLiteral("objects/k9s_render_dp.json")));
    QVERIFY(d.ok());
    QCOMPARE(d->metadata.name, QStringLiteral("icx-db"));
    QCOMPARE(d->metadata.namespaceName, QStringLiteral("icx"));
    QCOMPARE(d->metadata.generation, 1);
    QCOMPARE(d->replicas, 1);
    QCOMPARE(d->readyReplicas, 1);
    QCOMPARE(d->availableReplicas, 1);
    QCOMPARE(d->selector.value(QStringLiteral("app")), QStringLiteral("icx-db"));
    QCOMPARE(d->images, QStringList{QStringLiteral("postgres:9.2-alpine")});
    QCOMPARE(d->conditions.size(), 2);
    QCOMPARE(d->conditions.first().reason, QStringLiteral("MinimumReplicasAvailable"));
}

void TestKubeDecode::serviceNamespaceSaSecretCrb() {
    auto svc = decodeObject<Service>(readData(QStringLiteral("objects/k9s_render_svc.json")));
    QVERIFY(svc.ok());
    QCOMPARE(svc->type, QStringLiteral("ClusterIP"));
    QCOMPARE(svc->clusterIp, QStringLiteral("10.47.248.116"));
    QCOMPARE(svc->ports.size(), 1);
    QCOMPARE(svc->ports.first().port, 4001);
    QCOMPARE(svc->ports.first().targetPort, QStringLiteral("http"));

    auto ns = decodeObject<Namespace>(readData(QStringLiteral("objects/k9s_render_ns.json")));
    QVERIFY(ns.ok());
    QCOMPARE(ns->metadata.name, QStringLiteral("kube-system"));
    QCOMPARE(ns->phase, QStringLiteral("Active"));

    auto sa = decodeObject<ServiceAccount>(readData(QStringLiteral("objects/k9s_render_sa.json")));
    QVERIFY(sa.ok());
    QCOMPARE(sa->secrets,
             (QStringList{QStringLiteral("blee"), QStringLiteral("blee-token-k42bt")}));

    auto sec = decodeObject<Secret>(readData(QStringLiteral("objects/k9s_render_sec.json")));
    QVERIFY(sec.ok());
    QCOMPARE(sec->type, QStringLiteral("Opaque"));
    QCOMPARE(sec->data.value(QStringLiteral("token")), QByteArray("fernand\n"));

    auto crb =
        decodeObject<ClusterRoleBinding>(readData(QStringLiteral("objects/k9s_render_crb.json")));
    QVERIFY(crb.ok());
    QCOMPARE(crb->roleRef.kind, QStringLiteral("ClusterRole"));
    QCOMPARE(crb->roleRef.name, QStringLiteral("blee"));
    QCOMPARE(crb->subjects.size(), 1);
    QCOMPARE(crb->subjects.first().kind, QStringLiteral("User"));
    QCOMPARE(crb->subjects.first().name, QStringLiteral("fernand"));
}

void TestKubeDecode::version() {
    auto v =
        decodeObject<VersionInfo>(readData(QStringLiteral("objects/version_v1.32.3_kthw.json")));
    QVERIFY(v.ok());
    QCOMPARE(v->gitVersion, QStringLiteral("v1.32.3"));
    QCOMPARE(v->minor, QStringLiteral("32"));
    QCOMPARE(v->platform, QStringLiteral("linux/arm64"));
    QVERIFY(v->emulationMajor.isEmpty());
}

void TestKubeDecode::discovery() {
    const QStringList versions =
        decodeApiVersions(readObject(QStringLiteral("discovery/api_APIVersions_k8s-repo.json")));
    QCOMPARE(versions, QStringList{QStringLiteral("v1")});
    const QList<ApiGroup> groups =
        decodeApiGroups(readObject(QStringLiteral("discovery/apis_APIGroupList_k8s-repo.json")));
    QVERIFY(groups.size() > 10);
    auto apps = std::find_if(groups.cbegin(), groups.cend(),
                             [](const ApiGroup& g) { return g.name == QLatin1String("apps"); });
    QVERIFY(apps != groups.cend());
    QCOMPARE(apps->preferredVersion, QStringLiteral("v1"));
    ApiResourceList res;
    decode(readObject(QStringLiteral("discovery/apis_apps_v1_APIResourceList_k8s-repo.json")), res);
    QCOMPARE(res.groupVersion, QStringLiteral("apps/v1"));
    auto dep = std::find_if(res.resources.cbegin(), res.resources.cend(), [](const ApiResource& r) {
        return r.name == QLatin1String("deployments");
    });
    QVERIFY(dep != res.resources.cend());
    QCOMPARE(dep->kind, QStringLiteral("Deployment"));
    QVERIFY(dep->namespaced);
    QVERIFY(dep->verbs.contains(QStringLiteral("create")));
}

void TestKubeDecode::malformedEnvelopes() {
    for (const QByteArray& body :
         {QByteArray(""), QByteArray("<html>proxy login</html>"), QByteArray("[1,2]"),
          QByteArray("{\"items\": {}}"), QByteArray("{\"items\": 3}"),
          QByteArray("{\"kind\":\"NodeList\",\"items\":[")}) {
        auto list = decodeList<Node>(body);
        QVERIFY2(!list.ok(), body.constData());
        QCOMPARE(list.error().category, KubeErrorCategory::MalformedResponse);
        QVERIFY(!list.error().userMessage().isEmpty());
    }
    // items: null is an empty list; mistyped fields stay default.
    auto empty = decodeList<Node>("{\"metadata\":{\"resourceVersion\":\"9\"},\"items\":null}");
    QVERIFY(empty.ok());
    QVERIFY(empty->items.isEmpty());
    auto odd = decodeList<Pod>("{\"items\":[{\"metadata\":7,\"status\":{\"phase\":1}}, 5]}");
    QVERIFY(odd.ok());
    QCOMPARE(odd->items.size(), 2);
    QVERIFY(odd->items.first().phase.isEmpty());
}

void TestKubeDecode::statusBodies_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    auto row = [](const char* file, int status, KubeErrorCategory c, const char* reason,
                  const char* message) {
        QTest::newRow(file) << QString::fromLatin1(file) << status << int(c)
                            << QString::fromLatin1(reason) << QString::fromUtf8(message);
    };
    row("401_unauthorized.json", 401, KubeErrorCategory::Unauthorized, "Unauthorized",
        "Unauthorized");
    row("403_forbidden_events-watch_real-capture.json", 403, KubeErrorCategory::Forbidden,
        "Forbidden",
        "events is forbidden: User \"system:serviceaccount:default:sentry-kubernetes\" cannot "
        "watch resource \"events\" in API group \"\" at the cluster scope");
    row("403_forbidden_nonresource-path.json", 403, KubeErrorCategory::Forbidden, "Forbidden",
        "forbidden: User \"NAME\" cannot GET path \"/whatever\"");
    row("404_notfound_api-conventions.json", 404, KubeErrorCategory::NotFound, "NotFound",
        "pods \"grafana\" not found");
    row("409_alreadyexists_service.json", 409, KubeErrorCategory::AlreadyExists, "AlreadyExists",
        "services \"mock-2\" already exists");
    row("409_conflict_resourceversion.json", 409, KubeErrorCategory::Conflict, "Conflict",
        "Operation cannot be fulfilled on resourcequotas \"quota\": the object has been "
        "modified; please apply your changes to the latest version and try again");
    row("422_invalid_statefulset.json", 422, KubeErrorCategory::Invalid, "Invalid",
        "StatefulSet.apps \"zk\" is invalid: spec: Forbidden: updates to statefulset spec for "
        "fields other than 'replicas', 'template', and 'updateStrategy' are forbidden.");
}

void TestKubeDecode::statusBodies() {
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(int, category);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const KubeError e = errorFromResponse(status, readData(u"status/" + file));
    QCOMPARE(int(e.category), category);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.reason, reason);
    QCOMPARE(e.message, message);
    // The user sees the server's words and our next step.
    QVERIFY(e.userMessage().startsWith(message));
    QVERIFY(e.userMessage().size() > message.size() + 20);
    QCOMPARE(e.toError().kind, category == int(KubeErrorCategory::NotFound)
                                   ? fd::ErrorKind::NotFound
                                   : fd::ErrorKind::Remote);
}

void TestKubeDecode::statusCauses() {
    const KubeError e = errorFromResponse(
        422, readData(QStringLiteral("status/422_invalid_pod_multiple-causes.json")));
    QCOMPARE(e.category, KubeErrorCategory::Invalid);
    QCOMPARE(e.detailsName, QStringLiteral("fry-38b04"));
    QCOMPARE(e.detailsKind, QStringLiteral("Pod"));
    QCOMPARE(e.causes.size(), 2);
    QCOMPARE(e.causes.at(0).reason, QStringLiteral("FieldValueInvalid"));
    QCOMPARE(e.causes.at(0).field, QStringLiteral("spec.resources.requests[cpu]"));
    QCOMPARE(e.causes.at(1).field, QStringLiteral("spec.resources.requests[memory]"));

    const KubeError grouped =
        errorFromResponse(409, readData(QStringLiteral("status/409_alreadyexists_grouped.json")));
    QCOMPARE(grouped.category, KubeErrorCategory::AlreadyExists);
    QCOMPARE(grouped.detailsGroup, QStringLiteral("apiregistration.k8s.io"));

    // 429 with Retry-After header and details.retryAfterSeconds; 410 Expired.
    const KubeError throttled = errorFromResponse(
        429,
        R"json({"kind":"Status","apiVersion":"v1","status":"Failure","message":"Too many requests, please try again later.","reason":"TooManyRequests","details":{"retryAfterSeconds":3},"code":429})json",
        "2");
    QCOMPARE(throttled.category, KubeErrorCategory::TooManyRequests);
    QCOMPARE(throttled.retryAfterSeconds, 2); // the header wins
    const KubeError gone = errorFromResponse(
        410,
        R"json({"kind":"Status","status":"Failure","message":"too old resource version: 1 (5)","reason":"Expired","code":410})json");
    QCOMPARE(gone.category, KubeErrorCategory::Gone);
}

void TestKubeDecode::nonStatusErrorBody() {
    const KubeError e = errorFromResponse(502, "<html><body>Bad Gateway</body></html>");
    QCOMPARE(e.category, KubeErrorCategory::ServerError);
    QCOMPARE(e.message, QStringLiteral("HTTP 502"));
    QVERIFY(e.detail.contains(QStringLiteral("Bad Gateway")));
    QVERIFY(e.reason.isEmpty());
}

void TestKubeDecode::quantities_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<qint64>("value");
    QTest::newRow("int") << "4" << true << qint64(4000) << qint64(4);
    QTest::newRow("milli") << "250m" << true << qint64(250) << qint64(1);
    QTest::newRow("Gi") << "16Gi" << true << qint64(16) * 1024 * 1024 * 1024 * 1000
                        << qint64(16) * 1024 * 1024 * 1024;
    QTest::newRow("Ki") << "8163684Ki" << true << qint64(8163684) * 1024 * 1000
                        << qint64(8163684) * 1024;
    QTest::newRow("exp") << "1e3" << true << qint64(1000000) << qint64(1000);
    QTest::newRow("Exp-neg") << "5E-3" << true << qint64(5) << qint64(1);
    QTest::newRow("decimal") << "1.5" << true << qint64(1500) << qint64(2);
    QTest::newRow("k") << "100k" << true << qint64(100000000) << qint64(100000);
    QTest::newRow("M") << "2M" << true << qint64(2000000000) << qint64(2000000);
    QTest::newRow("zero") << "0" << true << qint64(0) << qint64(0);
    QTest::newRow("nano rounds up") << "1n" << true << qint64(1) << qint64(1);
    QTest::newRow("neg") << "-2" << true << qint64(-2000) << qint64(-2);
    QTest::newRow("empty") << "" << false << qint64(0) << qint64(0);
    QTest::newRow("suffix only") << "Gi" << false << qint64(0) << qint64(0);
    QTest::newRow("bad suffix") << "12GB" << false << qint64(0) << qint64(0);
    QTest::newRow("two dots") << "1.2.3" << false << qint64(0) << qint64(0);
    QTest::newRow("exp frac") << "1e1.5" << false << qint64(0) << qint64(0);
    QTest::newRow("space inside") << "1 Gi" << false << qint64(0) << qint64(0);
    QTest::newRow("overflow") << "9Ei" << false << qint64(0) << qint64(0);
}

void TestKubeDecode::quantities() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, milli);
    QFETCH(qint64, value);
    const auto q = Quantity::parse(text);
    QCOMPARE(q.has_value(), valid);
    if (valid) {
        QCOMPARE(q->milliValue(), milli);
        QCOMPARE(q->value(), value);
        QCOMPARE(q->text(), text);
    }
}

void TestKubeDecode::selectorsBuildAndMatch() {
    LabelSelector s;
    s.equals(QStringLiteral("app"), QStringLiteral("web"))
        .notEquals(QStringLiteral("tier"), QStringLiteral("db"))
        .in(QStringLiteral("env"), {QStringLiteral("prod"), QStringLiteral("stage")})
        .exists(QStringLiteral("nvidia.com/gpu.present"))
        .doesNotExist(QStringLiteral("canary"));
    QCOMPARE(s.toString(), QStringLiteral("app=web,tier!=db,env in (prod,stage),"
                                          "nvidia.com/gpu.present,!canary"));
    StringMap labels{{QStringLiteral("app"), QStringLiteral("web")},
                     {QStringLiteral("env"), QStringLiteral("prod")},
                     {QStringLiteral("nvidia.com/gpu.present"), QStringLiteral("true")}};
    QVERIFY(s.matches(labels));
    labels.insert(QStringLiteral("canary"), QString());
    QVERIFY(!s.matches(labels));
    // Round trip through the parser.
    auto parsed = LabelSelector::parse(s.toString());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->requirements(), s.requirements());

    FieldSelector f;
    f.equals(QStringLiteral("spec.nodeName"), QStringLiteral("gpu-1"))
        .notEquals(QStringLiteral("status.phase"), QStringLiteral("Succeeded"));
    QCOMPARE(f.toString(), QStringLiteral("spec.nodeName=gpu-1,status.phase!=Succeeded"));
}

void TestKubeDecode::selectorsParse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("eq") << "app=web" << true;
    QTest::newRow("double eq") << "app==web" << true;
    QTest::newRow("prefixed") << "node-role.kubernetes.io/worker" << true;
    QTest::newRow("notin") << "env notin (dev, test),app" << true;
    QTest::newRow("empty value") << "app=" << true;
    QTest::newRow("bad key") << "-app=web" << false;
    QTest::newRow("bad value") << "app=we b" << false;
    QTest::newRow("unbalanced") << "env in (prod" << false;
    QTest::newRow("empty term") << "app=web,,x" << false;
    QTest::newRow("empty set") << "env in ()" << false;
    QTest::newRow("long name") << QString(64, QLatin1Char('a')) << false;
}

void TestKubeDecode::selectorsParse() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto s = LabelSelector::parse(text);
    QCOMPARE(s.ok(), valid);
    if (!valid) {
        QCOMPARE(s.error().kind, fd::ErrorKind::InvalidInput);
        QVERIFY(!s.error().message.isEmpty());
    }
}

QTEST_APPLESS_MAIN(TestKubeDecode)
#include "tst_kube_decode.moc"
