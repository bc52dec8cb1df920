// KubeClient writes against the test API server: create, merge patch, server-side apply (with
// conflicts and force), delete with propagation, dryRun=All leaving nothing behind, custom
// resources found by group/version/kind, typed Invalid causes, 429 Retry-After and 5xx.

#include "kube/kubeclient.h"
#include "kubeawait.h"
#include "kubetestserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fd::kube;
using fd::test::await;
using fd::test::KubeTestServer;
using fd::test::waitUntil;

namespace {

const ResourceType kConfigMaps{QString(), QStringLiteral("v1"), QStringLiteral("configmaps"),
                               QStringLiteral("ConfigMap"), true};
const ResourceType kReplicaSets{QStringLiteral("apps"), QStringLiteral("v1"),
                                QStringLiteral("replicasets"), QStringLiteral("ReplicaSet"), true};

QJsonObject configMap(const QString& name, const QJsonObject& data) {
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                       {QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("namespace"), QStringLiteral("default")}}},
                       {QStringLiteral("data"), data}};
}

QJsonObject deployment(const QString& name) {
    const QJsonObject labels{{QStringLiteral("app"), name}};
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
        {QStringLiteral("kind"), QStringLiteral("Deployment")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("namespace"), QStringLiteral("default")}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("replicas"), 1},
             {QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), labels}}},
             {QStringLiteral("template"),
              QJsonObject{
                  {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labels}}},
                  {QStringLiteral("spec"),
                   QJsonObject{
                       {QStringLiteral("containers"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("name"), QStringLiteral("web")},
                            {QStringLiteral("image"), QStringLiteral("nginx:1.27")}}}}}}}}}}};
}

QString dataOf(const QJsonObject& object, const QString& key) {
    return object.value(QStringLiteral("data")).toObject().value(key).toString();
}

} // namespace

class KubeWritesTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createGetAndAlreadyExists();
    void dryRunLeavesNothing();
    void mergePatch();
    void serverSideApplyConflictAndForce();
    void deletePropagation();
    void customResourceByKind();
    void tooManyRequestsHonoursRetryAfter();
    void serverErrorIsTyped();

private:
    ClusterConnection connection(const QString& vc) const;
    KubeResult<QJsonObject> getConfigMap(KubeClient& client, const QString& name);
    int replicaSetsOf(KubeClient& client, const QString& app);

    KubeTestServer m_kube;
};

void KubeWritesTest::initTestCase() {
    QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
}

void KubeWritesTest::cleanupTestCase() {
    m_kube.stop();
}

ClusterConnection KubeWritesTest::connection(const QString& vc) const {
    ClusterConnection c;
    c.endpoint.url = m_kube.url(vc);
    c.endpoint.tls.caPem = m_kube.caPem();
    c.auth = ClusterConnection::Auth::Token;
    c.token = m_kube.token().toUtf8();
    return c;
}

KubeResult<QJsonObject> KubeWritesTest::getConfigMap(KubeClient& client, const QString& name) {
    auto r = await<QJsonObject>([&](QObject* c, auto done) {
        client.getRaw(kConfigMaps, QStringLiteral("default"), name, c, std::move(done));
    });
    if (!r)
        return makeKubeError(KubeErrorCategory::Cancelled, QStringLiteral("timeout"));
    return *r;
}

int KubeWritesTest::replicaSetsOf(KubeClient& client, const QString& app) {
    ListOptions o;
    o.namespaceName = QStringLiteral("default");
    o.labelSelector.equals(QStringLiteral("app"), app);
    auto r = await<RawList>(
        [&](QObject* c, auto done) { client.listRaw(kReplicaSets, o, c, std::move(done)); });
    return r && r->ok() ? int((*r)->items.size()) : -1;
}

void KubeWritesTest::createGetAndAlreadyExists() {
    KubeClient client(connection(QStringLiteral("w-create")));
    const QJsonObject cm = configMap(QStringLiteral("settings"), {{QStringLiteral("a"), "1"}});
    auto created = await<QJsonObject>(
        [&](QObject* c, auto done) { client.create(kConfigMaps, cm, {}, c, std::move(done)); });
    QVERIFY(created && created->ok());
    const QJsonObject meta = (*created)->value(QStringLiteral("metadata")).toObject();
    QVERIFY(!meta.value(QStringLiteral("uid")).toString().isEmpty());
    QVERIFY(!meta.value(QStringLiteral("resourceVersion")).toString().isEmpty());

    auto got = getConfigMap(client, QStringLiteral("settings"));
    QVERIFY(got.ok());
    QCOMPARE(dataOf(*got, QStringLiteral("a")), QStringLiteral("1"));

    auto again = await<QJsonObject>(
        [&](QObject* c, auto done) { client.create(kConfigMaps, cm, {}, c, std::move(done)); });
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().category, KubeErrorCategory::AlreadyExists);
    QCOMPARE(again->error().message, QStringLiteral("configmaps \"settings\" already exists"));
}

void KubeWritesTest::dryRunLeavesNothing() {
    KubeClient client(connection(QStringLiteral("w-dry")));
    WriteOptions dry;
    dry.dryRun = true;
    auto created = await<QJsonObject>([&](QObject* c, auto done) {
        client.create(kConfigMaps, configMap(QStringLiteral("ghost"), {}), dry, c, std::move(done));
    });
    QVERIFY(created && created->ok());
    QCOMPARE((*created)->value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")),
             QStringLiteral("ghost"));
    auto gone = getConfigMap(client, QStringLiteral("ghost"));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().category, KubeErrorCategory::NotFound);

    // A real object: dry-run patch, apply and delete change nothing.
    auto real = await<QJsonObject>([&](QObject* c, auto done) {
        client.create(kConfigMaps, configMap(QStringLiteral("real"), {{QStringLiteral("k"), "v"}}),
                      {}, c, std::move(done));
    });
    QVERIFY(real && real->ok());
    auto patched = await<QJsonObject>([&](QObject* c, auto done) {
        client.mergePatch(kConfigMaps, QStringLiteral("default"), QStringLiteral("real"),
                          {{QStringLiteral("data"), QJsonObject{{QStringLiteral("k"), "dry"}}}},
                          dry, c, std::move(done));
    });
    QVERIFY(patched && patched->ok());
    QCOMPARE(dataOf(**patched, QStringLiteral("k")), QStringLiteral("dry"));
    DeleteOptions dryDelete;
    dryDelete.dryRun = true;
    auto deleted = await<QJsonObject>([&](QObject* c, auto done) {
        client.remove(kConfigMaps, QStringLiteral("default"), QStringLiteral("real"), dryDelete, c,
                      std::move(done));
    });
    QVERIFY(deleted && deleted->ok());
    auto still = getConfigMap(client, QStringLiteral("real"));
    QVERIFY(still.ok());
    QCOMPARE(dataOf(*still, QStringLiteral("k")), QStringLiteral("v"));
}

void KubeWritesTest::mergePatch() {
    KubeClient client(connection(QStringLiteral("w-patch")));
    auto created = await<QJsonObject>([&](QObject* c, auto done) {
        client.create(kConfigMaps,
                      configMap(QStringLiteral("p"),
                                {{QStringLiteral("keep"), "1"}, {QStringLiteral("drop"), "2"}}),
                      {}, c, std::move(done));
    });
    QVERIFY(created && created->ok());
    const QJsonObject patch{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), "gpu"}}}}},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("drop"), QJsonValue::Null}, {QStringLiteral("new"), "3"}}}};
    auto patched = await<QJsonObject>([&](QObject* c, auto done) {
        client.mergePatch(kConfigMaps, QStringLiteral("default"), QStringLiteral("p"), patch, {}, c,
                          std::move(done));
    });
    QVERIFY(patched && patched->ok());
    auto got = getConfigMap(client, QStringLiteral("p"));
    QVERIFY(got.ok());
    const QJsonObject data = got->value(QStringLiteral("data")).toObject();
    QCOMPARE(data.keys(), (QStringList{QStringLiteral("keep"), QStringLiteral("new")}));
    QCOMPARE(got->value(QStringLiteral("metadata"))
                 .toObject()
                 .value(QStringLiteral("labels"))
                 .toObject()
                 .value(QStringLiteral("tier")),
             QStringLiteral("gpu"));
}

void KubeWritesTest::serverSideApplyConflictAndForce() {
    KubeClient client(connection(QStringLiteral("w-apply")));
    auto applied = await<QJsonObject>([&](QObject* c, auto done) {
        client.apply(kConfigMaps, configMap(QStringLiteral("ssa"), {{QStringLiteral("a"), "1"}}),
                     {}, c, std::move(done));
    });
    QVERIFY2(applied && applied->ok(),
             qPrintable(applied && !applied->ok() ? applied->error().message : QString()));
    const QJsonArray managed = (*applied)
                                   ->value(QStringLiteral("metadata"))
                                   .toObject()
                                   .value(QStringLiteral("managedFields"))
                                   .toArray();
    QVERIFY(!managed.isEmpty());
    QCOMPARE(managed.first().toObject().value(QStringLiteral("manager")),
             QStringLiteral("fleetdeck"));

    WriteOptions other;
    other.fieldManager = QStringLiteral("other-tool");
    const QJsonObject change = configMap(QStringLiteral("ssa"), {{QStringLiteral("a"), "2"}});
    auto conflict = await<QJsonObject>([&](QObject* c, auto done) {
        client.apply(kConfigMaps, change, other, c, std::move(done));
    });
    QVERIFY(conflict && !conflict->ok());
    QCOMPARE(conflict->error().category, KubeErrorCategory::Conflict);
    QCOMPARE(conflict->error().httpStatus, 409);
    QVERIFY(!conflict->error().causes.isEmpty());
    QCOMPARE(conflict->error().causes.first().field, QStringLiteral(".data.a"));

    other.force = true;
    auto forced = await<QJsonObject>([&](QObject* c, auto done) {
        client.apply(kConfigMaps, change, other, c, std::move(done));
    });
    QVERIFY(forced && forced->ok());
    QCOMPARE(dataOf(**forced, QStringLiteral("a")), QStringLiteral("2"));
}

void KubeWritesTest::deletePropagation() {
    KubeClient client(connection(QStringLiteral("w-delete")));
    const ResourceType deployments = KindTraits<Deployment>::type();
    for (const QString& name : {QStringLiteral("orphaned"), QStringLiteral("cascaded")}) {
        auto d = await<QJsonObject>([&](QObject* c, auto done) {
            client.create(deployments, deployment(name), {}, c, std::move(done));
        });
        QVERIFY(d && d->ok());
        QVERIFY2(waitUntil([&] { return replicaSetsOf(client, name) == 1; }), qPrintable(name));
    }

    DeleteOptions orphan;
    orphan.propagation = Propagation::Orphan;
    auto r = await<QJsonObject>([&](QObject* c, auto done) {
        client.remove(deployments, QStringLiteral("default"), QStringLiteral("orphaned"), orphan, c,
                      std::move(done));
    });
    QVERIFY(r && r->ok());
    DeleteOptions background;
    background.propagation = Propagation::Background;
    r = await<QJsonObject>([&](QObject* c, auto done) {
        client.remove(deployments, QStringLiteral("default"), QStringLiteral("cascaded"),
                      background, c, std::move(done));
    });
    QVERIFY(r && r->ok());

    QVERIFY(waitUntil([&] { return replicaSetsOf(client, QStringLiteral("cascaded")) == 0; }));
    QTest::qWait(300); // the orphan's ReplicaSet must survive the garbage collector
    QCOMPARE(replicaSetsOf(client, QStringLiteral("orphaned")), 1);
    auto gone = await<Deployment>([&](QObject* c, auto done) {
        client.get<Deployment>(QStringLiteral("default"), QStringLiteral("orphaned"), c,
                               std::move(done));
    });
    QVERIFY(gone && !gone->ok());
    QCOMPARE(gone->error().category, KubeErrorCategory::NotFound);
}

void KubeWritesTest::customResourceByKind() {
    KubeClient client(connection(QStringLiteral("w-karmada")));
    auto type = await<ResourceType>([&](QObject* c, auto done) {
        client.resolveKind(QStringLiteral("policy.karmada.io"), QStringLiteral("v1alpha1"),
                           QStringLiteral("PropagationPolicy"), c, std::move(done));
    });
    QVERIFY(type && type->ok());
    QCOMPARE(**type, resources::propagationPolicies());

    auto missing = await<ResourceType>([&](QObject* c, auto done) {
        client.resolveKind(QStringLiteral("policy.karmada.io"), QStringLiteral("v1alpha1"),
                           QStringLiteral("NoSuchPolicy"), c, std::move(done));
    });
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error().category, KubeErrorCategory::NotFound);

    QFile f(QStringLiteral(FLEETDECK_TESTS_DIR) +
            QStringLiteral("/data/kubeapi/karmada/samples/"
                           "artifacts-example_propagationpolicy_simple.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(f.readAll()).array().first().toObject();
    QJsonObject meta = policy.value(QStringLiteral("metadata")).toObject();
    meta.insert(QStringLiteral("namespace"), QStringLiteral("default"));
    policy.insert(QStringLiteral("metadata"), meta);
    auto created = await<QJsonObject>(
        [&](QObject* c, auto done) { client.create(**type, policy, {}, c, std::move(done)); });
    QVERIFY2(created && created->ok(),
             qPrintable(created && !created->ok() ? created->error().message : QString()));
    auto listed = await<RawList>(
        [&](QObject* c, auto done) { client.listRaw(**type, {}, c, std::move(done)); });
    QVERIFY(listed && listed->ok());
    QCOMPARE((*listed)->items.size(), 1);

    // The CRD schema rejects a wrong type: Invalid with the field in the causes.
    QJsonObject bad = policy;
    meta.insert(QStringLiteral("name"), QStringLiteral("bad-policy"));
    bad.insert(QStringLiteral("metadata"), meta);
    QJsonObject spec = bad.value(QStringLiteral("spec")).toObject();
    spec.insert(QStringLiteral("resourceSelectors"), QStringLiteral("not-a-list"));
    bad.insert(QStringLiteral("spec"), spec);
    auto invalid = await<QJsonObject>(
        [&](QObject* c, auto done) { client.create(**type, bad, {}, c, std::move(done)); });
    QVERIFY(invalid && !invalid->ok());
    QCOMPARE(invalid->error().category, KubeErrorCategory::Invalid);
    QCOMPARE(invalid->error().httpStatus, 422);
    QVERIFY(!invalid->error().causes.isEmpty());
    QVERIFY(invalid->error().causes.first().field.contains(QStringLiteral("resourceSelectors")));
}

void KubeWritesTest::tooManyRequestsHonoursRetryAfter() {
    const QString vc = QStringLiteral("w-throttle");
    KubeClient client(connection(vc));
    auto warm = await<VersionInfo>([&](QObject* c, auto done) { client.version(c, done); });
    QVERIFY(warm && warm->ok());
    QVERIFY(m_kube.setKnobs(
        {{QStringLiteral("fail"),
          QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/v1/namespaces$")},
                      {QStringLiteral("status"), 429},
                      {QStringLiteral("retryAfter"), 1},
                      {QStringLiteral("count"), 2}}}},
        vc));
    QElapsedTimer t;
    t.start();
    auto ns = await<ObjectList<Namespace>>(
        [&](QObject* c, auto done) { client.list<Namespace>({}, c, std::move(done)); });
    QVERIFY(ns && ns->ok());
    QVERIFY2(t.elapsed() >= 1900, qPrintable(QString::number(t.elapsed()))); // 2 × Retry-After 1 s
    QVERIFY(t.elapsed() < 10000);

    QVERIFY(m_kube.setKnobs(
        {{QStringLiteral("fail"),
          QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/v1/namespaces$")},
                      {QStringLiteral("status"), 429},
                      {QStringLiteral("retryAfter"), 1},
                      {QStringLiteral("count"), -1}}}},
        vc));
    client.setMaxRetries(1);
    auto throttled = await<ObjectList<Namespace>>(
        [&](QObject* c, auto done) { client.list<Namespace>({}, c, std::move(done)); });
    QVERIFY(throttled && !throttled->ok());
    QCOMPARE(throttled->error().category, KubeErrorCategory::TooManyRequests);
    QCOMPARE(throttled->error().retryAfterSeconds, 1);
    QVERIFY(m_kube.setKnobs({{QStringLiteral("fail"), QJsonValue::Null}}, vc));
}

void KubeWritesTest::serverErrorIsTyped() {
    const QString vc = QStringLiteral("w-500");
    KubeClient client(connection(vc));
    auto warm = await<VersionInfo>([&](QObject* c, auto done) { client.version(c, done); });
    QVERIFY(warm && warm->ok());
    QVERIFY(
        m_kube.setKnobs({{QStringLiteral("fail"),
                          QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/v1/nodes$")},
                                      {QStringLiteral("status"), 500},
                                      {QStringLiteral("count"), 1}}}},
                        vc));
    auto nodes = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>({}, c, std::move(done)); });
    QVERIFY(nodes && !nodes->ok());
    QCOMPARE(nodes->error().category, KubeErrorCategory::ServerError);
    QCOMPARE(nodes->error().httpStatus, 500);
    nodes = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>({}, c, std::move(done)); });
    QVERIFY(nodes && nodes->ok());
}

QTEST_GUILESS_MAIN(KubeWritesTest)
#include "tst_kubeclient_writes.moc"
