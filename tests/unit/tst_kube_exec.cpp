// Exec credential plugins run for real: small Python scripts written by the test stand in for
// kubelogin & co. and record how they were called.

#include "kube/execplugin.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace fd::kube;

namespace {

const char* kApi = "client.authentication.k8s.io/v1";

// Prints an ExecCredential; every run appends a line to $COUNT_FILE and stores
// KUBERNETES_EXEC_INFO in $INFO_FILE. EXPIRES_IN (seconds) sets expirationTimestamp.
const char* kCountingPlugin = R"py(#!/usr/bin/env python3
import datetime, json, os, sys
with open(os.environ["COUNT_FILE"], "a") as f:
    f.write("run\n")
with open(os.environ["COUNT_FILE"]) as f:
    n = len(f.readlines())
with open(os.environ["INFO_FILE"], "w") as f:
    f.write(os.environ.get("KUBERNETES_EXEC_INFO", ""))
status = {"token": "token-%d-%s" % (n, " ".join(sys.argv[1:]))}
if os.environ.get("EXPIRES_IN"):
    t = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=float(os.environ["EXPIRES_IN"]))
    status["expirationTimestamp"] = t.strftime("%Y-%m-%dT%H:%M:%SZ") if float(os.environ["EXPIRES_IN"]) >= 5 else t.isoformat().replace("+00:00", "Z")
print(json.dumps({"apiVersion": os.environ.get("ANSWER_API", "client.authentication.k8s.io/v1"),
                  "kind": "ExecCredential", "status": status}))
)py";

const char* kFailingPlugin = R"py(#!/usr/bin/env python3
import sys
sys.stderr.write("error: you must be logged in to the server (run 'corp-login')\n")
sys.exit(3)
)py";

class ExecTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsPluginAndCaches();
    void execInfoCarriesClusterAndInteractive();
    void concurrentRequestsShareOneRun();
    void expiryForcesRerun();
    void invalidateAfter401();
    void failureCarriesStderr();
    void missingBinaryNamesCommandHintAndPath();
    void pathOverride();
    void wrongApiVersion();
    void alwaysInteractiveWithoutTerminal();
    void deadContextDropsCallback();
    void parseOutputValidates();

private:
    QString writeScript(const QString& name, const char* text);
    ExecPluginConfig config(const QString& script);
    KubeResult<ExecCredential> fetch(ExecCredentialProvider& p, const ExecPluginConfig& c,
                                     const ExecClusterInfo& cluster = {},
                                     const QString& key = QStringLiteral("c1/u1"));
    int runs() const;
    QJsonObject execInfo() const;

    std::optional<QTemporaryDir> m_dir;
};

void ExecTest::init() {
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    ExecCredentialProvider::clearCache();
    ExecCredentialProvider::setTerminalAvailable(false);
}

void ExecTest::cleanup() {
    m_dir.reset();
}

QString ExecTest::writeScript(const QString& name, const char* text) {
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

ExecPluginConfig ExecTest::config(const QString& script) {
    ExecPluginConfig c;
    c.apiVersion = QString::fromLatin1(kApi);
    c.command = script;
    c.args = {QStringLiteral("get-token"), QStringLiteral("--server-id=abc")};
    c.env = {{QStringLiteral("COUNT_FILE"), m_dir->filePath(QStringLiteral("count"))},
             {QStringLiteral("INFO_FILE"), m_dir->filePath(QStringLiteral("info.json"))}};
    c.interactiveMode = QStringLiteral("IfAvailable");
    return c;
}

KubeResult<ExecCredential> ExecTest::fetch(ExecCredentialProvider& p, const ExecPluginConfig& c,
                                           const ExecClusterInfo& cluster, const QString& key) {
    std::optional<KubeResult<ExecCredential>> result;
    p.credential(key, c, cluster, this, [&](KubeResult<ExecCredential> r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return makeKubeError(KubeErrorCategory::Cancelled, QStringLiteral("test timeout"));
    return *result;
}

int ExecTest::runs() const {
    QFile f(m_dir->filePath(QStringLiteral("count")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count('\n'));
}

QJsonObject ExecTest::execInfo() const {
    QFile f(m_dir->filePath(QStringLiteral("info.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void ExecTest::runsPluginAndCaches() {
    ExecCredentialProvider p;
    const auto c = config(writeScript(QStringLiteral("plugin.py"), kCountingPlugin));
    auto first = fetch(p, c);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->token, QByteArray("token-1-get-token --server-id=abc"));
    QVERIFY(!first->expiry.isValid());
    auto second = fetch(p, c);
    QVERIFY(second.ok());
    QCOMPARE(second->token, first->token);
    QCOMPARE(runs(), 1);
    // Another (cluster, user) runs its own plugin.
    auto other = fetch(p, c, {}, QStringLiteral("c2/u1"));
    QVERIFY(other.ok());
    QCOMPARE(runs(), 2);
    // A changed configuration never reuses the old credential.
    auto changed = c;
    changed.args.append(QStringLiteral("--extra"));
    auto third = fetch(p, changed);
    QVERIFY(third.ok());
    QCOMPARE(runs(), 3);
}

void ExecTest::execInfoCarriesClusterAndInteractive() {
    ExecCredentialProvider p;
    auto c = config(writeScript(QStringLiteral("plugin.py"), kCountingPlugin));
    c.provideClusterInfo = true;
    ExecClusterInfo cluster;
    cluster.server = QStringLiteral("https://10.0.0.1:6443");
    cluster.tlsServerName = QStringLiteral("kubernetes");
    cluster.caPem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    QVERIFY(fetch(p, c, cluster).ok());
    QJsonObject info = execInfo();
    QCOMPARE(info.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
    QCOMPARE(info.value(QLatin1String("apiVersion")).toString(), QString::fromLatin1(kApi));
    QJsonObject spec = info.value(QLatin1String("spec")).toObject();
    QCOMPARE(spec.value(QLatin1String("interactive")).toBool(true), false);
    const QJsonObject clusterJson = spec.value(QLatin1String("cluster")).toObject();
    QCOMPARE(clusterJson.value(QLatin1String("server")).toString(), cluster.server);
    QCOMPARE(clusterJson.value(QLatin1String("tls-server-name")).toString(),
             QStringLiteral("kubernetes"));
    QCOMPARE(
        QByteArray::fromBase64(
            clusterJson.value(QLatin1String("certificate-authority-data")).toString().toLatin1()),
        cluster.caPem);

    // Without provideClusterInfo there is no cluster; with a terminal, interactive is true.
    ExecCredentialProvider::clearCache();
    ExecCredentialProvider::setTerminalAvailable(true);
    c.provideClusterInfo = false;
    c.interactiveMode = QStringLiteral("Never"); // Never keeps stdin away even with a terminal
    QVERIFY(fetch(p, c, cluster).ok());
    spec = execInfo().value(QLatin1String("spec")).toObject();
    QVERIFY(!spec.contains(QLatin1String("cluster")));
    QCOMPARE(spec.value(QLatin1String("interactive")).toBool(true), false);
}

void ExecTest::concurrentRequestsShareOneRun() {
    ExecCredentialProvider p;
    const auto c = config(writeScript(QStringLiteral("plugin.py"), kCountingPlugin));
    int answered = 0;
    QByteArray tokens[5];
    for (int i = 0; i < 5; ++i) {
        p.credential(QStringLiteral("c1/u1"), c, {}, this, [&, i](KubeResult<ExecCredential> r) {
            QVERIFY(r.ok());
            tokens[i] = r->token;
            ++answered;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 15000);
    QCOMPARE(runs(), 1);
    for (const QByteArray& t : tokens)
        QCOMPARE(t, tokens[0]);
}

void ExecTest::expiryForcesRerun() {
    ExecCredentialProvider p;
    auto c = config(writeScript(QStringLiteral("plugin.py"), kCountingPlugin));
    c.env.append({QStringLiteral("EXPIRES_IN"), QStringLiteral("1.5")});
    auto first = fetch(p, c);
    QVERIFY(first.ok());
    QVERIFY(first->expiry.isValid());
    QVERIFY(first->expiry > QDateTime::currentDateTimeUtc());
    QVERIFY(fetch(p, c).ok());
    QCOMPARE(runs(), 1); // still valid: cached
    QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(first->expiry)) + 100);
    auto later = fetch(p, c);
    QVERIFY(later.ok());
    QCOMPARE(runs(), 2);
    QVERIFY(later->token != first->token);
}

void ExecTest::invalidateAfter401() {
    ExecCredentialProvider p;
    const auto c = config(writeScript(QStringLiteral("plugin.py"), kCountingPlugin));
    QVERIFY(fetch(p, c).ok());
    ExecCredentialProvider::invalidate(QStringLiteral("c1/u1"));
    auto again = fetch(p, c);
    QVERIFY(again.ok());
    QCOMPARE(runs(), 2);
    QVERIFY(again->token.startsWith("token-2"));
}

void ExecTest::failureCarriesStderr() {
    ExecCredentialProvider p;
    const auto c = config(writeScript(QStringLiteral("corp-login"), kFailingPlugin));
    auto r = fetch(p, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, KubeErrorCategory::ExecPluginFailed);
    QVERIFY2(r.error().message.contains(QStringLiteral("exit code 3")),
             qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("you must be logged in")));
    QVERIFY(r.error().userMessage().contains(QStringLiteral("corp-login")));
    // A failure is not cached: the next request tries again.
    auto again = fetch(p, c);
    QVERIFY(!again.ok());
}

void ExecTest::missingBinaryNamesCommandHintAndPath() {
    ExecCredentialProvider p;
    auto c = config(QString());
    c.command = QStringLiteral("kubelogin-not-installed");
    c.installHint = QStringLiteral("Install kubelogin from your company's software portal.");
    auto r = fetch(p, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, KubeErrorCategory::ExecPluginMissing);
    const QString m = r.error().userMessage();
    QVERIFY2(m.contains(QStringLiteral("kubelogin-not-installed")), qPrintable(m));
    QVERIFY(m.contains(c.installHint));
    QVERIFY(m.contains(u"PATH=" + qEnvironmentVariable("PATH")));
    QVERIFY(m.contains(QStringLiteral("path")));
}

void ExecTest::pathOverride() {
    ExecCredentialProvider p;
    const QString script = writeScript(QStringLiteral("kubelogin-real"), kCountingPlugin);
    auto c = config(QString());
    c.command = QStringLiteral("kubelogin"); // as written in the kubeconfig, not on PATH here
    c.pathOverride = script;
    auto r = fetch(p, c);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(runs(), 1);
    // A wrong override says where it looked.
    c.pathOverride = m_dir->filePath(QStringLiteral("nope/kubelogin"));
    auto missing = fetch(p, c);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().category, KubeErrorCategory::ExecPluginMissing);
    QVERIFY(missing.error().message.contains(c.pathOverride));
}

void ExecTest::wrongApiVersion() {
    ExecCredentialProvider p;
    auto c = config(writeScript(QStringLiteral("plugin.py"), kCountingPlugin));
    c.env.append(
        {QStringLiteral("ANSWER_API"), QStringLiteral("client.authentication.k8s.io/v1beta1")});
    auto r = fetch(p, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, KubeErrorCategory::ExecPluginFailed);
    QVERIFY(r.error().message.contains(QStringLiteral("v1beta1")));
}

void ExecTest::alwaysInteractiveWithoutTerminal() {
    ExecCredentialProvider p;
    auto c = config(writeScript(QStringLiteral("plugin.py"), kCountingPlugin));
    c.interactiveMode = QStringLiteral("Always");
    auto r = fetch(p, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, KubeErrorCategory::ExecPluginFailed);
    QVERIFY(r.error().message.contains(QStringLiteral("terminal")));
    QCOMPARE(runs(), 0);
}

void ExecTest::deadContextDropsCallback() {
    ExecCredentialProvider p;
    const auto c = config(writeScript(QStringLiteral("plugin.py"), kCountingPlugin));
    auto* context = new QObject;
    bool called = false;
    p.credential(QStringLiteral("c1/u1"), c, {}, context,
                 [&](KubeResult<ExecCredential>) { called = true; });
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(runs(), 1, 15000);
    QTest::qWait(200);
    QVERIFY(!called);
    // The run still filled the cache.
    QVERIFY(fetch(p, c).ok());
    QCOMPARE(runs(), 1);
}

void ExecTest::parseOutputValidates() {
    ExecPluginConfig c;
    c.apiVersion = QString::fromLatin1(kApi);
    c.command = QStringLiteral("x");
    auto certOnly = ExecCredentialProvider::parseOutput(
        c,
        R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientCertificateData":"-----BEGIN CERTIFICATE-----"}})");
    QVERIFY(!certOnly.ok());
    auto pair = ExecCredentialProvider::parseOutput(
        c,
        R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientCertificateData":"C","clientKeyData":"K","expirationTimestamp":"2030-01-01T00:00:00Z"}})");
    QVERIFY(pair.ok());
    QCOMPARE(pair->clientKeyPem, QByteArray("K"));
    QCOMPARE(pair->expiry, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(!ExecCredentialProvider::parseOutput(c, "not json").ok());
    QVERIFY(
        !ExecCredentialProvider::parseOutput(
             c,
             R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{}})")
             .ok());
}

} // namespace

QTEST_GUILESS_MAIN(ExecTest)
#include "tst_kube_exec.moc"
