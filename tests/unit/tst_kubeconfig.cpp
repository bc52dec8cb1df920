// The kubeconfig reader against files shaped like what real tools write (kubeadm, kind, k3s,
// oc login, aws eks, kubelogin, gke-gcloud-auth-plugin, OIDC) and against messy hand-edited
// ones. kubectl's own view of the same files is checked in tests/e2e/test_kubeconfig_oracle.py.
#include "kube/kubeconfig.h"
#include "kube/kubeconfigjson.h"
#include "kube/pemcert_p.h"
#include "kube/redact.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace fd::kube;

namespace QTest {
template <> char* toString(const CaSource& source) {
    return qstrdup(qPrintable(caSourceName(source)));
}
template <> char* toString(const AuthKind& kind) {
    return qstrdup(qPrintable(authKindName(kind)));
}
} // namespace QTest

namespace {

QString fixture(const QString& name) {
    return fd::test::testsPath(QStringLiteral("data/kubeconfig/") + name);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool anyContains(const QStringList& list, const QString& needle) {
    for (const QString& s : list)
        if (s.contains(needle))
            return true;
    return false;
}

Kubeconfig mustRead(const QString& path, const ReadOptions& options = {}) {
    auto r = readKubeconfigFile(path, options);
    if (!r) {
        qWarning() << r.error().message;
        return {};
    }
    return std::move(r).value();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestKubeconfig final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kubeadmAdminConf() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("kubeadm-admin.conf")));
        QCOMPARE(kc.currentContext.value_or(QString()),
                 QStringLiteral("kubernetes-admin@kubernetes"));
        QCOMPARE(kc.contexts.size(), 1);
        const KubeContext& c = kc.contexts.first();
        QCOMPARE(c.clusterName, QStringLiteral("kubernetes"));
        QCOMPARE(c.userName, QStringLiteral("kubernetes-admin"));
        QCOMPARE(c.server, QStringLiteral("https://192.168.10.21:6443"));
        QCOMPARE(c.ca.source, CaSource::Data);
        QCOMPARE(c.ca.data, readAll(fixture(QStringLiteral("pki/ca.crt"))));
        QCOMPARE(c.credential.kind, AuthKind::ClientCert);
        QCOMPARE(c.credential.clientCert.data, readAll(fixture(QStringLiteral("pki/admin.crt"))));
        QCOMPARE(c.credential.clientKey.data, readAll(fixture(QStringLiteral("pki/admin.key"))));
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(QLatin1Char('\n'))));
        QVERIFY(kc.warnings.isEmpty());
    }

    void kindAndK3s() {
        for (const char* name : {"kind.yaml", "k3s.yaml"}) {
            const Kubeconfig kc = mustRead(fixture(QLatin1String(name)));
            QCOMPARE(kc.contexts.size(), 1);
            QCOMPARE(kc.contexts.first().credential.kind, AuthKind::ClientCert);
            QVERIFY(kc.contexts.first().server.startsWith(QLatin1String("https://127.0.0.1:")));
            QVERIFY(kc.contexts.first().warnings.isEmpty());
        }
    }

    void openshiftTokenAndNamespaces() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("openshift-oc-login.yaml")));
        QCOMPARE(kc.contexts.size(), 2);
        QCOMPARE(kc.contexts.at(0).namespaceName, QStringLiteral("default"));
        QCOMPARE(kc.contexts.at(1).namespaceName, QStringLiteral("llm-serving"));
        QCOMPARE(*kc.currentContext, kc.contexts.at(1).name);
        const KubeContext& c = kc.contexts.at(1);
        QCOMPARE(c.credential.kind, AuthKind::Token);
        QVERIFY(c.credential.token.startsWith("sha256~"));
        QVERIFY(c.insecureSkipTlsVerify);
        QCOMPARE(c.ca.source, CaSource::None);
        QVERIFY(anyContains(c.warnings, QStringLiteral("insecure-skip-tls-verify")));
    }

    void eksExec() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("eks-aws-cli.yaml")));
        const KubeContext& c = kc.contexts.first();
        QCOMPARE(c.credential.kind, AuthKind::Exec);
        QVERIFY(c.credential.exec);
        QCOMPARE(c.credential.exec->command, QStringLiteral("aws"));
        QCOMPARE(c.credential.exec->apiVersion,
                 QStringLiteral("client.authentication.k8s.io/v1beta1"));
        QCOMPARE(c.credential.exec->args,
                 QStringList({"--region", "ap-northeast-2", "eks", "get-token", "--cluster-name",
                              "inference-prod", "--output", "json"}));
        QCOMPARE(c.credential.exec->env, QList<EnvVar>({{"AWS_PROFILE", "gpu-admins"}}));
        // Not written: client-go defaults it for v1beta1 (kubectl config view shows it too).
        QCOMPARE(c.credential.exec->interactiveMode, QStringLiteral("IfAvailable"));
        QVERIFY(c.warnings.isEmpty());
    }

    void aksKubeloginAndSecretArgs() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("aks-kubelogin.yaml")));
        QCOMPARE(kc.contexts.size(), 2);
        const ExecConfig& exec = *kc.contexts.at(0).credential.exec;
        QCOMPARE(exec.command, QStringLiteral("kubelogin"));
        QVERIFY(exec.installHint.contains(QLatin1String("https://aka.ms/aks/kubelogin")));
        QVERIFY(exec.installHint.startsWith(QLatin1Char('\n'))); // the "|2" block keeps it
        QVERIFY(!exec.provideClusterInfo);
        QVERIFY(exec.env.isEmpty());

        const KubeContext spn = kc.contexts.at(1);
        QVERIFY(spn.credential.exec->args.contains(
            QStringLiteral("--client-secret=TestOnlySpnSecretValue~42")));
        const KubeContext shown = spn.redacted();
        QVERIFY(shown.credential.exec->args.contains(QStringLiteral("--client-secret=<redacted>")));
        QVERIFY(shown.credential.exec->args.contains(QStringLiteral("--client-id")));
        const QByteArray json = QJsonDocument(toRedactedJson(kc)).toJson();
        QVERIFY(!json.contains("TestOnlySpnSecretValue"));
    }

    void gkeExec() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("gke-gcloud-auth-plugin.yaml")));
        const ExecConfig& exec = *kc.contexts.first().credential.exec;
        QCOMPARE(exec.command, QStringLiteral("gke-gcloud-auth-plugin"));
        QVERIFY(exec.provideClusterInfo);
        QVERIFY(exec.args.isEmpty());
        // A folded plain scalar over two lines becomes one line with a space.
        QVERIFY(exec.installHint.contains(QLatin1String("following https://cloud.google.com")));
    }

    void oidcAuthProvider() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("oidc-auth-provider.yaml")));
        const KubeContext& c = kc.contexts.first();
        QCOMPARE(c.credential.kind, AuthKind::AuthProvider);
        const AuthProviderConfig& p = *c.credential.authProvider;
        QCOMPARE(p.name, QStringLiteral("oidc"));
        QCOMPARE(p.config.value(QStringLiteral("client-id")), QStringLiteral("kubernetes"));
        QVERIFY(p.config.value(QStringLiteral("id-token")).startsWith(QLatin1String("eyJ")));
        QVERIFY(
            p.config.value(QStringLiteral("refresh-token")).startsWith(QLatin1String("TestOnly")));
        QCOMPARE(p.config.value(QStringLiteral("idp-issuer-url")),
                 QStringLiteral("https://oidcidp.tremolo.lan:8443/auth/idp/OidcIdP"));
        QVERIFY(anyContains(c.warnings, QStringLiteral("deprecated auth-provider \"oidc\"")));

        const AuthProviderConfig shown = *c.redacted().credential.authProvider;
        QCOMPARE(shown.config.value(QStringLiteral("id-token")), QStringLiteral("<redacted>"));
        QCOMPARE(shown.config.value(QStringLiteral("refresh-token")), QStringLiteral("<redacted>"));
        QCOMPARE(shown.config.value(QStringLiteral("client-secret")), QStringLiteral("<redacted>"));
        QCOMPARE(shown.config.value(QStringLiteral("client-id")), QStringLiteral("kubernetes"));
        const QByteArray json = QJsonDocument(toRedactedJson(kc)).toJson();
        QVERIFY(!json.contains("TestOnly"));
        QVERIFY(json.contains("\"authProvider\": \"oidc\""));
    }

    void messyFileLoadsWithPerContextWarnings() {
        ReadOptions options;
        options.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("messy.yaml")), options);
        QCOMPARE(kc.contexts.size(), 12);
        QCOMPARE(kc.currentContext.value_or(QString()), QStringLiteral("gone-context"));
        QVERIFY(anyContains(kc.warnings, QStringLiteral("\"gone-context\" is not defined")));

        auto ctx = [&](const char* name) -> const KubeContext& {
            const KubeContext* c = kc.findContext(QLatin1String(name));
            if (!c)
                qFatal("no context %s", name);
            return *c;
        };
        // Duplicate key: the last one wins, as in client-go; path kept.
        QCOMPARE(ctx("dc1").server, QStringLiteral("https://10.1.0.5:6443/k8s/clusters/c-m-8x2lz"));
        QCOMPARE(ctx("dc1").namespaceName, QStringLiteral("inference"));
        QVERIFY(ctx("dc1").warnings.isEmpty());
        QCOMPARE(ctx("proxied").proxyUrl, QStringLiteral("http://squid.dc1.example.internal:3128"));
        QCOMPARE(ctx("proxied").tlsServerName, QStringLiteral("kubernetes.default.svc"));
        QVERIFY(ctx("insecure").insecureSkipTlsVerify);
        QVERIFY(anyContains(ctx("insecure-with-ca").warnings, QStringLiteral("kubectl refuses")));
        QVERIFY(anyContains(ctx("bad-ca").warnings, QStringLiteral("not a PEM certificate")));
        QVERIFY(anyContains(ctx("expired-cert").warnings, QStringLiteral("expired on 2024-01-01")));
        QCOMPARE(ctx("basic").credential.kind, AuthKind::Basic);
        QCOMPARE(ctx("basic").credential.username, QStringLiteral("admin"));
        QVERIFY(anyContains(ctx("basic").warnings, QStringLiteral("basic authentication")));
        QVERIFY(anyContains(ctx("alpha").warnings, QStringLiteral("v1alpha1")));
        QVERIFY(anyContains(ctx("gcp").warnings, QStringLiteral("removed in 1.26")));
        QVERIFY(anyContains(ctx("dangling").warnings,
                            QStringLiteral("cluster \"deleted-cluster\" is not defined")));
        QVERIFY(anyContains(ctx("dangling").warnings,
                            QStringLiteral("user \"deleted-user\" is not defined")));
        QCOMPARE(ctx("null-context").clusterName, QString());
        QVERIFY(anyContains(ctx("no-user").warnings, QStringLiteral("names no user")));
        QCOMPARE(ctx("no-user").credential.kind, AuthKind::None);

        // File order is kept (kubectl sorts by name; an import dialog should not).
        QCOMPARE(kc.contexts.first().name, QStringLiteral("dc1"));
        QCOMPARE(kc.contexts.last().name, QStringLiteral("no-user"));
    }

    void expiryDependsOnNow() {
        ReadOptions before;
        before.now = QDateTime(QDate(2023, 6, 1), QTime(0, 0), Qt::UTC);
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("messy.yaml")), before);
        QVERIFY(!anyContains(kc.findContext(QStringLiteral("expired-cert"))->warnings,
                             QStringLiteral("expired")));
        ReadOptions later;
        later.now = QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC);
        const Kubeconfig kc2 = mustRead(fixture(QStringLiteral("kubeadm-admin.conf")), later);
        QVERIFY(anyContains(kc2.contexts.first().warnings, QStringLiteral("expired on 2036")));
    }

    void nullListsAndEmptyCurrentContext() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("null-lists.yaml")));
        QVERIFY(kc.contexts.isEmpty());
        QVERIFY(!kc.currentContext);
    }

    void crlfAndBom() {
        const QByteArray bytes = readAll(fixture(QStringLiteral("crlf-bom.yaml")));
        QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
        QVERIFY(bytes.contains("\r\n"));
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("crlf-bom.yaml")));
        QCOMPARE(kc.contexts.size(), 1);
        QCOMPARE(kc.contexts.first().credential.token,
                 QByteArray("TestOnlyBearerToken-0123456789abcdef")); // no stray \r
        QCOMPARE(kc.contexts.first().server,
                 QStringLiteral("https://seoul-dc1.example.internal:6443"));
    }

    void utf16FromPowerShell() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("powershell-utf16le.yaml")));
        QCOMPARE(kc.contexts.size(), 2);
        QCOMPARE(kc.contexts.at(1).namespaceName, QStringLiteral("llm-serving"));
    }

    void windowsPathsStayAsWritten() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("windows-paths.yaml")));
        const KubeContext& c = kc.contexts.first();
        QCOMPARE(c.ca.source, CaSource::File);
        QCOMPARE(c.ca.filePath,
                 QStringLiteral("C:\\Users\\operator\\.kube\\certs\\docker-desktop-ca.crt"));
        QCOMPARE(c.credential.clientKey.filePath,
                 QStringLiteral("C:\\Users\\operator\\.kube\\certs\\client.key"));
        QCOMPARE(kc.contexts.at(1).ca.filePath, QStringLiteral("\\\\fileserver\\kube\\ca.crt"));
        QCOMPARE(kc.contexts.at(1).credential.exec->command,
                 QStringLiteral("C:\\Program Files\\kubelogin\\kubelogin.exe"));
#ifndef Q_OS_WIN
        QVERIFY(anyContains(c.warnings, QStringLiteral("does not exist")));
#endif
    }

    void relativePathsResolveAgainstTheirFile() {
        const QString dir =
            QFileInfo(fixture(QStringLiteral("relative/nested/config"))).absolutePath();
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("relative/nested/config")));
        const QString pki = QDir::cleanPath(dir + QStringLiteral("/../../pki"));
        const KubeContext& c = *kc.findContext(QStringLiteral("rel"));
        QCOMPARE(c.ca.filePath, pki + QStringLiteral("/ca.crt"));
        QCOMPARE(c.credential.clientCert.filePath, pki + QStringLiteral("/admin.crt"));
        QCOMPARE(c.credential.clientKey.filePath, pki + QStringLiteral("/admin.key"));
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(QLatin1Char('\n'))));
        const KubeContext& t = *kc.findContext(QStringLiteral("rel-tokenfile"));
        QCOMPARE(t.credential.kind, AuthKind::TokenFile);
        QCOMPARE(t.credential.tokenFile, dir + QStringLiteral("/token"));
        QVERIFY(t.warnings.isEmpty());
        // An exec command with a path separator resolves too; a bare name stays for PATH.
        const KubeContext& e = *kc.findContext(QStringLiteral("rel-exec"));
        QCOMPARE(e.credential.exec->command, dir + QStringLiteral("/bin/credential-helper"));
        QCOMPARE(e.credential.exec->interactiveMode, QStringLiteral("IfAvailable"));
        QVERIFY(e.credential.exec->provideClusterInfo);
    }

    void pastedBytes() {
        const QByteArray bytes = readAll(fixture(QStringLiteral("relative/nested/config")));
        // Without a base directory relative paths cannot be resolved: warned, kept as written.
        auto pasted = readKubeconfigBytes(bytes);
        QVERIFY(pasted);
        const KubeContext& c = *pasted->findContext(QStringLiteral("rel"));
        QCOMPARE(c.ca.filePath, QStringLiteral("../../pki/ca.crt"));
        QVERIFY(anyContains(c.warnings, QStringLiteral("cannot be resolved")));
        QVERIFY(c.sourceFile.isEmpty());
        // With one (a dropped file's directory), they resolve.
        auto dropped = readKubeconfigBytes(
            bytes, QFileInfo(fixture(QStringLiteral("relative/nested/config"))).absolutePath());
        QVERIFY(dropped);
        QVERIFY(dropped->findContext(QStringLiteral("rel"))->warnings.isEmpty());
    }

    void notYamlFailsWithLineAndColumn() {
        auto r = readKubeconfigFile(fixture(QStringLiteral("not-yaml.yaml")));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, fd::ErrorKind::InvalidInput);
        QVERIFY2(r.error().message.contains(QLatin1String("line 6, column 6")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("not valid YAML")));
    }

    void notKubeconfigFails_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::newRow("pod") << readAll(fixture(QStringLiteral("not-kubeconfig-pod.yaml")))
                             << QStringLiteral("line 2, column 7");
        QTest::newRow("scalar") << QByteArray("just some text\n") << QStringLiteral("line 1");
        QTest::newRow("list") << QByteArray("- a\n- b\n") << QStringLiteral("line 1, column 1");
        QTest::newRow("other map") << QByteArray("foo: bar\n") << QStringLiteral("line 1");
        QTest::newRow("clusters not a list")
            << QByteArray("apiVersion: v1\nclusters: 5\n") << QStringLiteral("line 2, column 11");
        QTest::newRow("tab indentation")
            << QByteArray("clusters:\n\t- name: a\n") << QStringLiteral("line 2");
    }
    void notKubeconfigFails() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        auto r = readKubeconfigBytes(bytes);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, fd::ErrorKind::InvalidInput);
        QVERIFY2(r.error().message.contains(where), qPrintable(r.error().message));
    }

    void emptyInputFails() {
        QVERIFY(!readKubeconfigBytes(QByteArray()));
        QVERIFY(!readKubeconfigBytes(QByteArray("# only a comment\n")));
        auto missing = readKubeconfigFile(fixture(QStringLiteral("no-such-file.yaml")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, fd::ErrorKind::NotFound);
    }

    void oddFieldsBecomeEntryWarnings() {
        const QByteArray bytes = "clusters:\n"
                                 "- name: c\n"
                                 "  cluster:\n"
                                 "    server: [a, b]\n"
                                 "    insecure-skip-tls-verify: maybe\n"
                                 "    certificate-authority-data: '!!notbase64'\n"
                                 "- just-a-string\n"
                                 "contexts:\n"
                                 "- name: x\n"
                                 "  context: {cluster: c}\n";
        auto r = readKubeconfigBytes(bytes);
        QVERIFY(r);
        const KubeContext& c = r->contexts.first();
        QVERIFY(anyContains(c.warnings, QStringLiteral("\"server\" is not a text value (line 4")));
        QVERIFY(anyContains(c.warnings, QStringLiteral("not true or false")));
        QVERIFY(anyContains(c.warnings, QStringLiteral("not valid base64")));
        QVERIFY(anyContains(r->warnings, QStringLiteral("line 7")));
        QCOMPARE(c.ca.source, CaSource::None);
    }

    void duplicateNamesInOneFile() {
        const QByteArray bytes = "contexts:\n"
                                 "- name: a\n  context: {cluster: first}\n"
                                 "- name: a\n  context: {cluster: second}\n";
        auto r = readKubeconfigBytes(bytes);
        QVERIFY(r);
        QCOMPARE(r->contexts.size(), 1);
        QCOMPARE(r->contexts.first().clusterName, QStringLiteral("first"));
        QVERIFY(anyContains(r->warnings, QStringLiteral("defined more than once")));
    }

    void severalCredentials() {
        const QByteArray bytes =
            "users:\n"
            "- name: u\n  user: {token: t, username: a, password: b}\n"
            "- name: both\n  user:\n"
            "    exec: {command: x, apiVersion: client.authentication.k8s.io/v1,"
            " interactiveMode: Never}\n"
            "    auth-provider: {name: oidc}\n"
            "contexts:\n"
            "- name: a\n  context: {cluster: c, user: u}\n"
            "- name: b\n  context: {cluster: c, user: both}\n";
        auto r = readKubeconfigBytes(bytes);
        QVERIFY(r);
        QCOMPARE(r->contexts.at(0).credential.kind, AuthKind::Token);
        QVERIFY(anyContains(r->contexts.at(0).warnings, QStringLiteral("kubectl refuses")));
        QCOMPARE(r->contexts.at(1).credential.kind, AuthKind::Exec);
        QVERIFY(
            anyContains(r->contexts.at(1).warnings, QStringLiteral("both exec and auth-provider")));
    }

    void mergedListFollowsKubectlRules() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString a = tmp.filePath(QStringLiteral("a/config"));
        const QString b = tmp.filePath(QStringLiteral("b/stg.config"));
        writeFile(a, "clusters:\n- name: shared\n  cluster: {server: https://a, "
                     "certificate-authority: ca.crt}\n"
                     "users:\n- name: shared\n  user: {token: from-a}\n"
                     "contexts:\n- name: only-a\n  context: {cluster: shared, user: shared}\n"
                     "- name: both\n  context: {cluster: shared, user: shared, namespace: a}\n");
        writeFile(b, "current-context: both\n"
                     "clusters:\n- name: shared\n  cluster: {server: https://b}\n"
                     "- name: b-only\n  cluster: {server: https://bb, "
                     "certificate-authority: ca.crt}\n"
                     "users:\n- name: shared\n  user: {token: from-b}\n"
                     "contexts:\n- name: both\n  context: {cluster: b-only, user: shared, "
                     "namespace: b}\n"
                     "- name: only-b\n  context: {cluster: b-only, user: shared}\n");
        writeFile(tmp.filePath(QStringLiteral("a/ca.crt")), readAll(fixture("pki/ca.crt")));

        const QString list = a + QLatin1Char(':') + tmp.filePath(QStringLiteral("missing")) +
                             QLatin1Char(':') + b + QLatin1Char(':') + a;
        auto r = readKubeconfigList(list, QLatin1Char(':'));
        QVERIFY(r);
        QCOMPARE(r->files, QStringList({a, b}));
        QCOMPARE(r->currentContext.value_or(QString()), QStringLiteral("both"));
        QVERIFY(anyContains(r->warnings, QStringLiteral("does not exist; it is skipped")));
        QStringList names;
        for (const KubeContext& c : r->contexts)
            names << c.name;
        QCOMPARE(names, QStringList({"only-a", "both", "only-b"}));
        const KubeContext& both = *r->findContext(QStringLiteral("both"));
        QCOMPARE(both.namespaceName, QStringLiteral("a")); // first file wins the context
        QCOMPARE(both.server, QStringLiteral("https://a"));
        QCOMPARE(both.credential.token, QByteArray("from-a"));
        // The CA path resolves against the file that defined the cluster.
        QCOMPARE(both.ca.filePath, tmp.filePath(QStringLiteral("a/ca.crt")));
        const KubeContext& onlyB = *r->findContext(QStringLiteral("only-b"));
        QCOMPARE(onlyB.server, QStringLiteral("https://bb"));
        QCOMPARE(onlyB.credential.token, QByteArray("from-a")); // user "shared" from a
        QCOMPARE(onlyB.ca.filePath, tmp.filePath(QStringLiteral("b/ca.crt")));
        QVERIFY(anyContains(onlyB.warnings, QStringLiteral("does not exist")));
        QCOMPARE(onlyB.sourceFile, b);
        QCOMPARE(onlyB.userSource, a);

        // The Windows separator.
        auto w = readKubeconfigList(b + QLatin1Char(';') + a, QLatin1Char(';'));
        QVERIFY(w);
        QCOMPARE(w->findContext(QStringLiteral("both"))->namespaceName, QStringLiteral("b"));

        QVERIFY(!readKubeconfigList(tmp.filePath(QStringLiteral("missing")), QLatin1Char(':')));
        QVERIFY(!readKubeconfigList(QString(), QLatin1Char(':')));
        QVERIFY(!readKubeconfigFiles({a, tmp.filePath(QStringLiteral("missing"))}));
    }

    // The one redactor (kube/redact.h), as a table: what a command line looks like and what may
    // be shown of it.
    void redactArgsTable_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("shown");
        const QString r = QStringLiteral("<redacted>");
        QTest::newRow("flag value")
            << QStringList{"get-token", "--client-secret", "s3cret", "--client-id", "id"}
            << QStringList{"get-token", "--client-secret", r, "--client-id", "id"};
        QTest::newRow("flag=value")
            << QStringList{"--password=hunter2", "--token-cache-dir", "/tmp/x"}
            << QStringList{"--password=" + r, "--token-cache-dir", "/tmp/x"};
        QTest::newRow("value starting with -") << QStringList{"--password", "-hunter2", "--verbose"}
                                               << QStringList{"--password", r, "--verbose"};
        QTest::newRow("a flag after a secret flag is not its value")
            << QStringList{"--oidc-client-secret", "--next"}
            << QStringList{"--oidc-client-secret", "--next"};
        QTest::newRow("positional JWT")
            << QStringList{"get-token", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.sig"}
            << QStringList{"get-token", r};
        QTest::newRow("JWT as the value of a harmless flag")
            << QStringList{"--id-token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.sig"}
            << QStringList{"--id-token=" + r};
        QTest::newRow("AWS access key id and secret")
            << QStringList{"--access-key-id", "AKIAIOSFODNN7EXAMPLE",
                           "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
            << QStringList{"--access-key-id", r, r};
        QTest::newRow("AWS variable assignment")
            << QStringList{"AWS_SECRET_ACCESS_KEY=abc", "AWS_REGION=eu-west-1"}
            << QStringList{"AWS_SECRET_ACCESS_KEY=" + r, "AWS_REGION=eu-west-1"};
        QTest::newRow("long opaque token")
            << QStringList{"token", "sk9Fq2LmZ8xR4vT7wB1nH6yJ3cK0pD5g"} << QStringList{"token", r};
        QTest::newRow("hex token")
            << QStringList{"3f7a9c2e5b8d1f4a6c0e9b2d7f3a5c8e"} << QStringList{r};
        QTest::newRow("bootstrap token")
            << QStringList{"abcdef.0123456789abcdef"} << QStringList{r};
        QTest::newRow("ordinary arguments stay")
            << QStringList{"get-token",
                           "--server-id",
                           "6dae42f8-4368-4678-94ff-3960e28e3630",
                           "--login",
                           "devicecode",
                           "--environment",
                           "AzurePublicCloud",
                           "gke_my-project_us-central1-a_cluster",
                           "--token-cache-dir",
                           "/home/admin/.kube/cache",
                           "https://login.example.com/oauth2"}
            << QStringList{"get-token",
                           "--server-id",
                           "6dae42f8-4368-4678-94ff-3960e28e3630",
                           "--login",
                           "devicecode",
                           "--environment",
                           "AzurePublicCloud",
                           "gke_my-project_us-central1-a_cluster",
                           "--token-cache-dir",
                           "/home/admin/.kube/cache",
                           "https://login.example.com/oauth2"};
    }

    void redactArgsTable() {
        QFETCH(QStringList, args);
        QFETCH(QStringList, shown);
        QCOMPARE(redactArgs(args), shown);
        // Redacting what is already redacted changes nothing (the store migration relies on it).
        QCOMPARE(redactArgs(shown), shown);
    }

    void redactedClearsEverySecret() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("messy.yaml")));
        for (const KubeContext& c : kc.contexts) {
            const KubeContext r = c.redacted();
            QVERIFY(r.credential.token.isEmpty());
            QVERIFY(r.credential.password.isEmpty());
            QVERIFY(r.credential.clientKey.data.isEmpty());
        }
        const QByteArray json = QJsonDocument(toRedactedJson(kc)).toJson();
        QVERIFY(!json.contains("TestOnlyPassw0rd"));
        QVERIFY(!json.contains("PRIVATE KEY"));
    }

    void jsonContract() {
        const Kubeconfig kc = mustRead(fixture(QStringLiteral("eks-aws-cli.yaml")));
        const QJsonObject o = toRedactedJson(kc);
        QCOMPARE(o.value(QStringLiteral("currentContext")).toString(), kc.contexts.first().name);
        const QJsonObject c = o.value(QStringLiteral("contexts")).toArray().first().toObject();
        const QStringList keys{"name",          "cluster",  "user",     "server",
                               "namespace",     "authKind", "caSource", "insecureSkipTlsVerify",
                               "tlsServerName", "proxyUrl", "exec",     "authProvider",
                               "warnings"};
        QCOMPARE(QStringList(c.keys()).size(), keys.size());
        for (const QString& k : keys)
            QVERIFY2(c.contains(k), qPrintable(k));
        QVERIFY(c.value(QStringLiteral("namespace")).isNull());
        QVERIFY(c.value(QStringLiteral("authProvider")).isNull());
        QCOMPARE(c.value(QStringLiteral("authKind")).toString(), QStringLiteral("exec"));
        QCOMPARE(c.value(QStringLiteral("caSource")).toString(), QStringLiteral("data"));
        QCOMPARE(c.value(QStringLiteral("exec")).toObject().value(QStringLiteral("command")),
                 QStringLiteral("aws"));
    }

    void writerRoundTrip_data() {
        QTest::addColumn<QString>("file");
        for (const char* f :
             {"kubeadm-admin.conf", "kind.yaml", "openshift-oc-login.yaml", "eks-aws-cli.yaml",
              "aks-kubelogin.yaml", "gke-gcloud-auth-plugin.yaml", "oidc-auth-provider.yaml",
              "messy.yaml", "relative/nested/config", "crlf-bom.yaml"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void writerRoundTrip() {
        QFETCH(QString, file);
        const Kubeconfig kc = mustRead(fixture(file));
        for (const KubeContext& c : kc.contexts) {
            auto bytes = writeKubeconfig(c);
            QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().message));
            auto back = readKubeconfigBytes(*bytes);
            QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
            QCOMPARE(back->contexts.size(), 1);
            QCOMPARE(back->currentContext.value_or(QString()), c.name);
            const KubeContext& d = back->contexts.first();
            QCOMPARE(d.name, c.name);
            QCOMPARE(d.clusterName, c.clusterName);
            QCOMPARE(d.userName, c.userName);
            QCOMPARE(d.server, c.server);
            QCOMPARE(d.namespaceName, c.namespaceName);
            QCOMPARE(d.tlsServerName, c.tlsServerName);
            QCOMPARE(d.insecureSkipTlsVerify, c.insecureSkipTlsVerify);
            QCOMPARE(d.proxyUrl, c.proxyUrl);
            QCOMPARE(d.credential.kind, c.credential.kind);
            QCOMPARE(d.credential.token, c.credential.token);
            QCOMPARE(d.credential.tokenFile, c.credential.tokenFile);
            QCOMPARE(d.credential.username, c.credential.username);
            QCOMPARE(d.credential.password, c.credential.password);
            // Files are embedded: the data equals the file's bytes.
            if (c.ca.source != CaSource::None) {
                QCOMPARE(d.ca.source, CaSource::Data);
                QCOMPARE(d.ca.data,
                         c.ca.source == CaSource::Data ? c.ca.data : readAll(c.ca.filePath));
            }
            if (!c.credential.clientKey.isEmpty())
                QCOMPARE(d.credential.clientKey.data, c.credential.clientKey.data.isEmpty()
                                                          ? readAll(c.credential.clientKey.filePath)
                                                          : c.credential.clientKey.data);
            QCOMPARE(bool(d.credential.exec), bool(c.credential.exec));
            if (c.credential.exec) {
                QCOMPARE(d.credential.exec->command, c.credential.exec->command);
                QCOMPARE(d.credential.exec->args, c.credential.exec->args);
                QCOMPARE(d.credential.exec->env, c.credential.exec->env);
                QCOMPARE(d.credential.exec->apiVersion, c.credential.exec->apiVersion);
                QCOMPARE(d.credential.exec->installHint, c.credential.exec->installHint);
                QCOMPARE(d.credential.exec->interactiveMode, c.credential.exec->interactiveMode);
                QCOMPARE(d.credential.exec->provideClusterInfo,
                         c.credential.exec->provideClusterInfo);
            }
            QCOMPARE(bool(d.credential.authProvider), bool(c.credential.authProvider));
            if (c.credential.authProvider) {
                QCOMPARE(d.credential.authProvider->name, c.credential.authProvider->name);
                QCOMPARE(d.credential.authProvider->config, c.credential.authProvider->config);
            }
        }
    }

    void writerFailsOnUnreadableFile() {
        KubeContext c;
        c.name = QStringLiteral("x");
        c.clusterName = QStringLiteral("x");
        c.ca.source = CaSource::File;
        c.ca.filePath = QStringLiteral("/nonexistent/ca.crt");
        QVERIFY(!writeKubeconfig(c));
#ifdef Q_OS_UNIX
        // A device reports size 0 and never ends: refused, not read until memory runs out.
        c.ca.filePath = QStringLiteral("/dev/zero");
        QVERIFY(!writeKubeconfig(c));
        // A file larger than any certificate bundle is refused too.
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.crt"));
        writeFile(big, QByteArray(2 * 1024 * 1024, 'A'));
        c.ca.filePath = big;
        QVERIFY(!writeKubeconfig(c));
#endif
    }

    void aliases() {
        // Anchors and aliases read as the anchored value (kubectl's go-yaml does the same).
        const QByteArray shared = "clusters:\n- name: a\n  cluster: &c {server: 'https://a:1'}\n"
                                  "- name: b\n  cluster: *c\n"
                                  "contexts:\n- name: x\n  context: {cluster: b}\n";
        auto kc = readKubeconfigBytes(shared);
        QVERIFY(kc);
        QCOMPARE(kc->contexts.first().server, QStringLiteral("https://a:1"));
        // A self-reference is an undefined alias, not a cycle.
        QVERIFY(!readKubeconfigBytes("clusters: &l [*l]\n"));
        // Nested aliases: 10^9 nodes from a few hundred bytes are refused, and quickly.
        QByteArray bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 10; ++i) {
            bomb += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
            for (int j = 0; j < 10; ++j)
                bomb += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
            bomb += "]\n";
        }
        bomb += "users: [{name: u, user: {exec: {args: *a9}}}]\n";
        QElapsedTimer timer;
        timer.start();
        const auto r = readKubeconfigBytes(bomb);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("excessive aliasing")),
                 qPrintable(r.error().message));
        QVERIFY(timer.elapsed() < 2000);
    }

    // The DER reader behind the CA and expiry warnings agrees with OpenSSL on real files and
    // refuses what OpenSSL refuses.
    void pemCertificateMatchesOpenSsl() {
        const QStringList files{QStringLiteral("pki/ca.crt"), QStringLiteral("pki/admin.crt"),
                                QStringLiteral("pki/expired.crt")};
        for (const QString& name : files) {
            const QByteArray pem = readAll(fixture(name));
            const auto mine = fd::kube::detail::firstPemCertificate(pem);
            QVERIFY2(mine, qPrintable(name));
            BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
            X509* x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
            QVERIFY(x);
            struct tm tm {};
            QVERIFY(ASN1_TIME_to_tm(X509_get0_notAfter(x), &tm) == 1);
            const QDateTime expected(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
            X509_free(x);
            BIO_free(bio);
            QCOMPARE(mine->notAfter, expected);
            // A key block first is skipped; a truncated body is refused.
            QVERIFY(fd::kube::detail::firstPemCertificate(
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n" + pem));
            const qsizetype cut = pem.indexOf("-----END") - 20;
            QVERIFY(!fd::kube::detail::firstPemCertificate(pem.left(cut) + pem.mid(cut + 8)));
        }
        QVERIFY(!fd::kube::detail::firstPemCertificate("not a certificate"));
        QVERIFY(!fd::kube::detail::firstPemCertificate(
            "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n"));
    }

    void writerQuotesAmbiguousNames() {
        KubeContext c;
        c.name = QStringLiteral("yes");
        c.clusterName = QStringLiteral("0123");
        c.userName = QStringLiteral("null");
        c.namespaceName = QStringLiteral("~");
        c.server = QStringLiteral("https://h:1/p?q=#x");
        c.credential.token = "a\"b'c: d";
        auto bytes = writeKubeconfig(c);
        QVERIFY(bytes);
        auto back = readKubeconfigBytes(*bytes);
        QVERIFY(back);
        const KubeContext& d = back->contexts.first();
        QCOMPARE(d.name, c.name);
        QCOMPARE(d.clusterName, c.clusterName);
        QCOMPARE(d.userName, c.userName);
        QCOMPARE(d.namespaceName, c.namespaceName);
        QCOMPARE(d.server, c.server);
        QCOMPARE(d.credential.token, c.credential.token);
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
