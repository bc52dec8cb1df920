// KubeClient against the test API server (tests/servers/kubeapi): discovery, typed lists and
// gets, selectors, pagination, Status errors, every credential kind resolved at request time.

#include "kube/clusterconnection.h"
#include "kube/execplugin.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kubeawait.h"
#include "kubetestserver.h"
#include "net/httpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <optional>

using namespace fd::kube;
using fd::test::await;
using fd::test::KubeTestServer;

namespace {

// Prints an ExecCredential. Each run appends to $COUNT_FILE; the Nth run prints the Nth line of
// $TOKENS_FILE (the last one once they run out), so a test can hand out a bad token first.
const char* kTokenPlugin = R"py(#!/usr/bin/env python3
import json, os
with open(os.environ["COUNT_FILE"], "a") as f:
    f.write("run\n")
with open(os.environ["COUNT_FILE"]) as f:
    n = len(f.readlines())
with open(os.environ["TOKENS_FILE"]) as f:
    tokens = [t.strip() for t in f if t.strip()]
print(json.dumps({"apiVersion": "client.authentication.k8s.io/v1", "kind": "ExecCredential",
                  "status": {"token": tokens[min(n, len(tokens)) - 1]}}))
)py";

const char* kFailingPlugin = R"py(#!/usr/bin/env python3
import sys
sys.stderr.write("error: refresh token expired, run 'corp-login'\n")
sys.exit(2)
)py";

} // namespace

class KubeClientTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void fromKubeconfigContext();
    void discovery();
    void listNodesTyped();
    void labelAndFieldSelectors();
    void paginationAcrossThreePages();
    void singlePageWithContinueToken();
    void getTypedAndRaw();
    void customResourceList();
    void notFoundIsTyped();
    void unauthorizedAndForbidden();
    void clientCertBasicAndVirtualCluster();
    void tokenFileIsReRead();
    void execPluginCachedAndReRunOn401();
    void execPluginFailureAndMissing();
    void deadContextDropsCallback();
    void deadContextCancelsTransfer();

private:
    ClusterConnection tokenConnection(const QString& user = QStringLiteral("admin")) const;
    QString writeFile(const QString& name, const QByteArray& bytes, bool executable = false);
    int countRuns() const;

    KubeTestServer m_kube;
    std::optional<QTemporaryDir> m_dir;
};

void KubeClientTest::initTestCase() {
    QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
}

void KubeClientTest::cleanupTestCase() {
    m_kube.stop();
}

void KubeClientTest::init() {
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    ExecCredentialProvider::clearCache();
}

ClusterConnection KubeClientTest::tokenConnection(const QString& user) const {
    ClusterConnection c;
    c.endpoint.url = m_kube.url();
    c.endpoint.tls.caPem = m_kube.caPem();
    c.auth = ClusterConnection::Auth::Token;
    c.token = m_kube.token(user).toUtf8();
    return c;
}

QString KubeClientTest::writeFile(const QString& name, const QByteArray& bytes, bool executable) {
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    f.close();
    if (executable)
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

int KubeClientTest::countRuns() const {
    QFile f(m_dir->filePath(QStringLiteral("count")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count('\n'));
}

void KubeClientTest::fromKubeconfigContext() {
    const QString path = m_dir->filePath(QStringLiteral("config"));
    QVERIFY(m_kube.writeKubeconfig(path, QStringLiteral("viewer"),
                                   KubeTestServer::AuthKind::ClientCert));
    auto config = readKubeconfigFile(path);
    QVERIFY(config);
    QVERIFY(config->currentContext);
    const KubeContext* ctx = config->findContext(*config->currentContext);
    QVERIFY(ctx);
    auto conn = connectionFromKubeContext(*ctx);
    QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().message));
    QCOMPARE(conn->auth, ClusterConnection::Auth::ClientCert);
    QVERIFY(conn->clientKeyPem.contains("PRIVATE KEY"));
    KubeClient client(*conn);
    auto nodes = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>({}, c, std::move(done)); });
    QVERIFY(nodes);
    QVERIFY2(nodes->ok(), qPrintable(nodes->ok() ? QString() : nodes->error().userMessage()));
    QCOMPARE((*nodes)->items.size(), 6);
}

void KubeClientTest::discovery() {
    KubeClient client(tokenConnection(QStringLiteral("noperm")));
    auto v = await<VersionInfo>([&](QObject* c, auto done) { client.version(c, done); });
    QVERIFY(v && v->ok());
    QCOMPARE((*v)->gitVersion, QStringLiteral("v1.32.3"));
    QCOMPARE((*v)->major, QStringLiteral("1"));

    auto versions = await<QStringList>([&](QObject* c, auto done) { client.apiVersions(c, done); });
    QVERIFY(versions && versions->ok());
    QCOMPARE(**versions, QStringList{QStringLiteral("v1")});

    auto groups = await<QList<ApiGroup>>([&](QObject* c, auto done) { client.apiGroups(c, done); });
    QVERIFY(groups && groups->ok());
    QStringList names;
    for (const ApiGroup& g : **groups)
        names << g.name;
    for (const char* expected : {"apps", "rbac.authorization.k8s.io", "policy.karmada.io",
                                 "cluster.karmada.io", "work.karmada.io"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);

    auto apps = await<ApiResourceList>(
        [&](QObject* c, auto done) { client.apiResources(QStringLiteral("apps/v1"), c, done); });
    QVERIFY(apps && apps->ok());
    QCOMPARE((*apps)->groupVersion, QStringLiteral("apps/v1"));
    bool deployments = false;
    for (const ApiResource& r : (*apps)->resources)
        deployments |= r.name == QLatin1String("deployments") && r.namespaced &&
                       r.kind == QLatin1String("Deployment");
    QVERIFY(deployments);
}

void KubeClientTest::listNodesTyped() {
    KubeClient client(tokenConnection(QStringLiteral("viewer")));
    auto nodes = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>({}, c, std::move(done)); });
    QVERIFY(nodes && nodes->ok());
    const auto& items = (*nodes)->items;
    QCOMPARE(items.size(), 6);
    QVERIFY(!(*nodes)->metadata.resourceVersion.isEmpty());
    const Node* mig = nullptr;
    const Node* cp = nullptr;
    const Node* l40s = nullptr;
    for (const Node& n : items) {
        if (n.metadata.name == QLatin1String("gpu-h100-mig-0"))
            mig = &n;
        if (n.metadata.name == QLatin1String("cp-0"))
            cp = &n;
        if (n.metadata.name == QLatin1String("gpu-l40s-0"))
            l40s = &n;
    }
    QVERIFY(mig && cp && l40s);
    QVERIFY(cp->roles().contains(QStringLiteral("control-plane")));
    QVERIFY(mig->gpuProduct().contains(QStringLiteral("H100")));
    QVERIFY(!mig->migResources().isEmpty());
    QVERIFY(mig->migResources().contains(QStringLiteral("nvidia.com/mig-1g.10gb")));
    QVERIFY(!l40s->isReady());
    QVERIFY(!l40s->taints.isEmpty());
}

void KubeClientTest::labelAndFieldSelectors() {
    KubeClient client(tokenConnection());
    ListOptions gpu;
    gpu.labelSelector.exists(QStringLiteral("nvidia.com/gpu.product"))
        .notIn(QStringLiteral("nvidia.com/mig.strategy"), {QStringLiteral("mixed")});
    auto nodes = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>(gpu, c, std::move(done)); });
    QVERIFY(nodes && nodes->ok());
    QStringList names;
    for (const Node& n : (*nodes)->items) {
        QVERIFY(!n.gpuProduct().isEmpty());
        names << n.metadata.name;
    }
    QVERIFY(!names.contains(QStringLiteral("gpu-h100-mig-0")));
    QVERIFY(!names.contains(QStringLiteral("cpu-0")));
    QVERIFY(names.contains(QStringLiteral("gpu-h100-0")));

    ListOptions byField;
    byField.namespaceName = QStringLiteral("kube-system");
    byField.fieldSelector.equals(QStringLiteral("status.phase"), QStringLiteral("Running"));
    auto pods = await<ObjectList<Pod>>(
        [&](QObject* c, auto done) { client.list<Pod>(byField, c, std::move(done)); });
    QVERIFY(pods && pods->ok());
    QVERIFY(!(*pods)->items.isEmpty());
    for (const Pod& p : (*pods)->items) {
        QCOMPARE(p.phase, QStringLiteral("Running"));
        QCOMPARE(p.metadata.namespaceName, QStringLiteral("kube-system"));
    }

    ListOptions byName;
    byName.fieldSelector.equals(QStringLiteral("metadata.name"), QStringLiteral("cpu-0"));
    nodes = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>(byName, c, std::move(done)); });
    QVERIFY(nodes && nodes->ok());
    QCOMPARE((*nodes)->items.size(), 1);
    QCOMPARE((*nodes)->items.first().metadata.name, QStringLiteral("cpu-0"));
}

void KubeClientTest::paginationAcrossThreePages() {
    const QString vc = QStringLiteral("pages");
    ClusterConnection conn = tokenConnection();
    conn.endpoint.url = m_kube.url(vc);
    KubeClient client(conn);
    // Warm the virtual cluster up, then count the list requests the client makes.
    auto first = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>({}, c, std::move(done)); });
    QVERIFY(first && first->ok());
    const int before = m_kube.fixture(QStringLiteral("stats"), {}, vc)
                           .value(QStringLiteral("requests"))
                           .toObject()
                           .value(vc)
                           .toInt();
    ListOptions paged;
    paged.limit = 2;
    auto all = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>(paged, c, std::move(done)); });
    QVERIFY(all && all->ok());
    QCOMPARE((*all)->items.size(), 6);
    QVERIFY((*all)->metadata.continueToken.isEmpty());
    QStringList names;
    for (const Node& n : (*all)->items)
        names << n.metadata.name;
    QStringList unique = names;
    unique.removeDuplicates();
    QCOMPARE(unique.size(), 6);
    QCOMPARE(names, [&] {
        QStringList fromFirst;
        for (const Node& n : (*first)->items)
            fromFirst << n.metadata.name;
        return fromFirst;
    }());
    const int after = m_kube.fixture(QStringLiteral("stats"), {}, vc)
                          .value(QStringLiteral("requests"))
                          .toObject()
                          .value(vc)
                          .toInt();
    // Three list pages, plus the second stats call counting itself.
    QVERIFY(before > 0);
    QCOMPARE(after - before, 4);
}

void KubeClientTest::singlePageWithContinueToken() {
    KubeClient client(tokenConnection());
    ListOptions one;
    one.limit = 4;
    one.allPages = false;
    auto page1 = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>(one, c, std::move(done)); });
    QVERIFY(page1 && page1->ok());
    QCOMPARE((*page1)->items.size(), 4);
    QVERIFY(!(*page1)->metadata.continueToken.isEmpty());
    QCOMPARE((*page1)->metadata.remainingItemCount, 2);
    one.continueToken = (*page1)->metadata.continueToken;
    auto page2 = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>(one, c, std::move(done)); });
    QVERIFY(page2 && page2->ok());
    QCOMPARE((*page2)->items.size(), 2);
    QVERIFY((*page2)->metadata.continueToken.isEmpty());
}

void KubeClientTest::getTypedAndRaw() {
    KubeClient client(tokenConnection());
    auto ns = await<Namespace>([&](QObject* c, auto done) {
        client.get<Namespace>({}, QStringLiteral("gpu-operator"), c, std::move(done));
    });
    QVERIFY(ns && ns->ok());
    QCOMPARE((*ns)->metadata.name, QStringLiteral("gpu-operator"));
    QCOMPARE((*ns)->phase, QStringLiteral("Active"));

    auto svc = await<Service>([&](QObject* c, auto done) {
        client.get<Service>(QStringLiteral("default"), QStringLiteral("kubernetes"), c,
                            std::move(done));
    });
    QVERIFY(svc && svc->ok());
    QCOMPARE((*svc)->ports.first().port, 443);

    auto raw = await<QJsonObject>([&](QObject* c, auto done) {
        client.getRaw(KindTraits<Node>::type(), {}, QStringLiteral("cpu-0"), c, std::move(done));
    });
    QVERIFY(raw && raw->ok());
    QCOMPARE((*raw)->value(QStringLiteral("kind")).toString(), QStringLiteral("Node"));
}

void KubeClientTest::customResourceList() {
    KubeClient client(tokenConnection());
    auto clusters = await<RawList>([&](QObject* c, auto done) {
        client.listRaw(resources::karmadaClusters(), {}, c, std::move(done));
    });
    QVERIFY(clusters && clusters->ok());
    QVERIFY(!(*clusters)->metadata.resourceVersion.isEmpty());
    auto policies = await<RawList>([&](QObject* c, auto done) {
        ListOptions all; // every namespace
        client.listRaw(resources::propagationPolicies(), all, c, std::move(done));
    });
    QVERIFY(policies && policies->ok());
}

void KubeClientTest::notFoundIsTyped() {
    KubeClient client(tokenConnection());
    auto pod = await<Pod>([&](QObject* c, auto done) {
        client.get<Pod>(QStringLiteral("default"), QStringLiteral("no-such-pod"), c,
                        std::move(done));
    });
    QVERIFY(pod && !pod->ok());
    const KubeError& e = pod->error();
    QCOMPARE(e.category, KubeErrorCategory::NotFound);
    QCOMPARE(e.httpStatus, 404);
    QCOMPARE(e.reason, QStringLiteral("NotFound"));
    QCOMPARE(e.message, QStringLiteral("pods \"no-such-pod\" not found"));
    QCOMPARE(e.detailsKind, QStringLiteral("pods"));
}

void KubeClientTest::unauthorizedAndForbidden() {
    ClusterConnection bad = tokenConnection();
    bad.token = "not-a-token";
    KubeClient badClient(bad);
    auto r = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { badClient.list<Node>({}, c, std::move(done)); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().category, KubeErrorCategory::Unauthorized);
    QCOMPARE(r->error().httpStatus, 401);
    QCOMPARE(r->error().message, QStringLiteral("Unauthorized"));
    QVERIFY(!r->error().userMessage().contains(QStringLiteral("not-a-token")));

    KubeClient noperm(tokenConnection(QStringLiteral("noperm")));
    auto f = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { noperm.list<Node>({}, c, std::move(done)); });
    QVERIFY(f && !f->ok());
    QCOMPARE(f->error().category, KubeErrorCategory::Forbidden);
    QCOMPARE(f->error().message,
             QStringLiteral("nodes is forbidden: User \"noperm\" cannot list resource \"nodes\" "
                            "in API group \"\" at the cluster scope"));
}

void KubeClientTest::clientCertBasicAndVirtualCluster() {
    ClusterConnection cert;
    cert.endpoint.url = m_kube.url(QStringLiteral("vc-cert"));
    cert.endpoint.tls.caPem = m_kube.caPem();
    cert.auth = ClusterConnection::Auth::ClientCert;
    cert.clientCertPem = m_kube.clientCertPem();
    cert.clientKeyPem = m_kube.clientKeyPem();
    KubeClient certClient(cert);
    auto ns = await<ObjectList<Namespace>>(
        [&](QObject* c, auto done) { certClient.list<Namespace>({}, c, std::move(done)); });
    QVERIFY(ns && ns->ok());
    QVERIFY((*ns)->items.size() >= 6);

    ClusterConnection basic;
    basic.endpoint.url = m_kube.url();
    basic.endpoint.tls.caPem = m_kube.caPem();
    basic.auth = ClusterConnection::Auth::Basic;
    basic.username = m_kube.basicUser();
    basic.password = m_kube.basicPassword().toUtf8();
    KubeClient basicClient(basic);
    auto sa = await<ObjectList<ServiceAccount>>([&](QObject* c, auto done) {
        ListOptions o;
        o.namespaceName = QStringLiteral("default");
        basicClient.list<ServiceAccount>(o, c, std::move(done));
    });
    QVERIFY(sa && sa->ok());
    QCOMPARE((*sa)->items.first().metadata.name, QStringLiteral("default"));

    basic.password = "wrong";
    KubeClient wrongBasic(basic);
    auto denied = await<VersionInfo>([&](QObject* c, auto done) { wrongBasic.version(c, done); });
    QVERIFY(denied && !denied->ok());
    QCOMPARE(denied->error().category, KubeErrorCategory::Unauthorized);
}

void KubeClientTest::tokenFileIsReRead() {
    const QString tokenFile =
        writeFile(QStringLiteral("token"), m_kube.token(QStringLiteral("noperm")).toUtf8() + '\n');
    ClusterConnection conn = tokenConnection();
    conn.auth = ClusterConnection::Auth::TokenFile;
    conn.token.clear();
    conn.tokenFile = tokenFile;
    KubeClient client(conn);
    auto list = [&] {
        return await<ObjectList<Node>>(
            [&](QObject* c, auto done) { client.list<Node>({}, c, std::move(done)); });
    };
    auto r = list();
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().category, KubeErrorCategory::Forbidden); // noperm may not list nodes

    writeFile(QStringLiteral("token"), m_kube.token(QStringLiteral("viewer")).toUtf8());
    r = list();
    QVERIFY(r && r->ok());
    QCOMPARE((*r)->items.size(), 6);

    QFile::remove(tokenFile);
    r = list();
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().category, KubeErrorCategory::Unauthorized);
    QVERIFY(r->error().message.contains(tokenFile));
}

void KubeClientTest::execPluginCachedAndReRunOn401() {
    const QString plugin = writeFile(QStringLiteral("login.py"), kTokenPlugin, true);
    // First run hands out a token the server rejects; the 401 must re-run the plugin once.
    writeFile(QStringLiteral("tokens"),
              "stale-token\n" + m_kube.token(QStringLiteral("viewer")).toUtf8() + '\n');
    ClusterConnection conn = tokenConnection();
    conn.token.clear();
    conn.auth = ClusterConnection::Auth::Exec;
    conn.exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    conn.exec.command = plugin;
    conn.exec.interactiveMode = QStringLiteral("Never");
    conn.exec.env = {{QStringLiteral("COUNT_FILE"), m_dir->filePath(QStringLiteral("count"))},
                     {QStringLiteral("TOKENS_FILE"), m_dir->filePath(QStringLiteral("tokens"))}};
    KubeClient client(conn);
    auto r = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>({}, c, std::move(done)); });
    QVERIFY(r && r->ok());
    QCOMPARE(countRuns(), 2);

    // Cached: further requests (also from a second client for the same cluster) do not run it.
    for (int i = 0; i < 3; ++i) {
        auto v = await<VersionInfo>([&](QObject* c, auto done) { client.version(c, done); });
        QVERIFY(v && v->ok());
    }
    KubeClient second(conn);
    auto n = await<ObjectList<Namespace>>(
        [&](QObject* c, auto done) { second.list<Namespace>({}, c, std::move(done)); });
    QVERIFY(n && n->ok());
    QCOMPARE(countRuns(), 2);

    // A credential that keeps failing is retried once only and then reported.
    ExecCredentialProvider::clearCache();
    writeFile(QStringLiteral("count"), {});
    writeFile(QStringLiteral("tokens"), "revoked-token\n");
    auto denied = await<VersionInfo>([&](QObject* c, auto done) { client.version(c, done); });
    QVERIFY(denied && !denied->ok());
    QCOMPARE(denied->error().category, KubeErrorCategory::Unauthorized);
    QCOMPARE(countRuns(), 2);
}

void KubeClientTest::execPluginFailureAndMissing() {
    ClusterConnection conn = tokenConnection();
    conn.auth = ClusterConnection::Auth::Exec;
    conn.exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    conn.exec.command = writeFile(QStringLiteral("corp-login"), kFailingPlugin, true);
    KubeClient failing(conn);
    auto r = await<VersionInfo>([&](QObject* c, auto done) { failing.version(c, done); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().category, KubeErrorCategory::ExecPluginFailed);
    QVERIFY(r->error().userMessage().contains(QStringLiteral("refresh token expired")));

    conn.exec.command = QStringLiteral("kubelogin-not-installed");
    conn.exec.installHint = QStringLiteral("Install kubelogin from your package manager.");
    KubeClient missing(conn);
    r = await<VersionInfo>([&](QObject* c, auto done) { missing.version(c, done); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().category, KubeErrorCategory::ExecPluginMissing);
    const QString m = r->error().userMessage();
    QVERIFY(m.contains(QStringLiteral("kubelogin-not-installed")));
    QVERIFY(m.contains(QStringLiteral("Install kubelogin")));
    QVERIFY(m.contains(QStringLiteral("PATH=")));

    // The per-cluster override finds a binary that is not on PATH.
    writeFile(QStringLiteral("tokens"), m_kube.token(QStringLiteral("viewer")).toUtf8());
    conn.exec.pathOverride = writeFile(QStringLiteral("kubelogin-real"), kTokenPlugin, true);
    conn.exec.env = {{QStringLiteral("COUNT_FILE"), m_dir->filePath(QStringLiteral("count"))},
                     {QStringLiteral("TOKENS_FILE"), m_dir->filePath(QStringLiteral("tokens"))}};
    KubeClient overridden(conn);
    r = await<VersionInfo>([&](QObject* c, auto done) { overridden.version(c, done); });
    QVERIFY(r && r->ok());
}

void KubeClientTest::deadContextDropsCallback() {
    KubeClient client(tokenConnection());
    bool called = false;
    auto* context = new QObject;
    client.list<Node>({}, context, [&](KubeResult<ObjectList<Node>>) { called = true; });
    delete context;
    // A later request on the same connection finishes after the first one would have.
    auto v = await<VersionInfo>([&](QObject* c, auto done) { client.version(c, done); });
    QVERIFY(v && v->ok());
    QTest::qWait(300);
    QVERIFY(!called);
}

void KubeClientTest::deadContextCancelsTransfer() {
    // Every answer takes 3 s; a context that goes away after 0.1 s must take its request with
    // it at once (the transfer is aborted, not left to run to its end).
    QVERIFY(m_kube.setKnobs({{QStringLiteral("latencyMs"), 3000}}));
    fd::net::HttpClient http;
    KubeClient client(tokenConnection(), nullptr, &http);
    bool called = false;
    auto* context = new QObject;
    client.list<Node>({}, context, [&](KubeResult<ObjectList<Node>>) { called = true; });
    QTRY_COMPARE(http.runningCount(), 1);
    QTest::qWait(100);
    QCOMPARE(http.runningCount(), 1);
    QElapsedTimer sinceDelete;
    sinceDelete.start();
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(http.runningCount() + http.queuedCount(), 0, 1000);
    QVERIFY2(sinceDelete.elapsed() < 1000, "the transfer ran on after its context was gone");
    QTest::qWait(50);
    QVERIFY(!called);
    QVERIFY(m_kube.setKnobs({{QStringLiteral("latencyMs"), 0}}));

    // A request whose context lives on is not affected.
    auto v = await<VersionInfo>([&](QObject* c, auto done) { client.version(c, done); });
    QVERIFY(v && v->ok());
}

QTEST_GUILESS_MAIN(KubeClientTest)
#include "tst_kubeclient.moc"
