// OIDC auth-provider credentials: an expired id-token is refreshed at the issuer's token endpoint
// (found through .well-known/openid-configuration) before the request, concurrent requests share
// one refresh, the new tokens are handed to the owner, a 401 forces a refresh, and a refusal is
// an OidcRefreshFailed error without secrets. The issuer is a small Python stdlib HTTPS server
// tests/servers/oidc/issuer.py, using the test API server's certificate. Through the registry, a
// cluster's one client refreshes once for all its requests and the vault keeps the rotated pair.

#include "kube/kubeclient.h"
#include "kube/oidc.h"
#include "kubeawait.h"
#include "kubetestserver.h"
#include "registry/clusterconnections.h"
#include "registry/clusterregistryimpl.h"
#include "registry/credentials.h"
#include "registry/importcandidate.h"
#include "registrytesthelpers.h"
#include "secrets/secretstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fd::kube;
using fd::test::await;
using fd::test::KubeTestServer;
using fd::test::waitUntil;

namespace {

QByteArray b64url(const QByteArray& b) {
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An unsigned JWT with the given expiry (the API server here matches tokens verbatim).
QByteArray jwt(qint64 exp, const QString& nonce) {
    const QByteArray header =
        QJsonDocument(QJsonObject{{QStringLiteral("alg"), "RS256"}}).toJson(QJsonDocument::Compact);
    const QByteArray claims = QJsonDocument(QJsonObject{{QStringLiteral("sub"), "oidc-user"},
                                                        {QStringLiteral("exp"), double(exp)},
                                                        {QStringLiteral("nonce"), nonce}})
                                  .toJson(QJsonDocument::Compact);
    return b64url(header) + '.' + b64url(claims) + ".TestOnlySignature";
}

} // namespace

class OidcTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void jwtExpiryIsRead();
    void expiredTokenIsRefreshedOnce();
    void concurrentRequestsShareOneRefresh();
    void unauthorizedForcesRefresh();
    void refusalIsTypedWithoutSecrets();
    void registryRefreshesOncePerClusterAndKeepsTheRotatedPair();

private:
    void writeConfig(const QStringList& accept);
    int tokenRequests() const;
    ClusterConnection connection(const QByteArray& idToken, const QByteArray& refreshToken) const;

    KubeTestServer m_kube;
    QTemporaryDir m_dir;
    QProcess m_issuer;
    QString m_issuerUrl;
    QByteArray m_freshToken;
};

void OidcTest::initTestCase() {
    QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
    QVERIFY(m_dir.isValid());
    const QString script = QStringLiteral(FLEETDECK_TESTS_DIR "/servers/oidc/issuer.py");
    m_freshToken = jwt(QDateTime::currentSecsSinceEpoch() + 3600, QStringLiteral("fresh"));
    writeConfig({QStringLiteral("TestOnlyRefreshToken")});
    m_issuer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_issuer.start(QStringLiteral("python3"),
                   {script, m_kube.workDir() + QStringLiteral("/server.crt"),
                    m_kube.workDir() + QStringLiteral("/server.key"), m_dir.path()});
    QVERIFY(m_issuer.waitForStarted());
    QVERIFY(waitUntil([&] { return QFile::exists(m_dir.filePath(QStringLiteral("port"))); }));
    QFile port(m_dir.filePath(QStringLiteral("port")));
    QVERIFY(port.open(QIODevice::ReadOnly));
    m_issuerUrl = QStringLiteral("https://127.0.0.1:") + QString::fromLatin1(port.readAll());

    // The API server accepts the id-token the issuer hands out, for a user who may list nodes.
    const QJsonObject user = m_kube.fixture(
        QStringLiteral("permissions"),
        {{QStringLiteral("user"), QStringLiteral("oidc-user")},
         {QStringLiteral("rules"),
          QJsonArray{QJsonObject{{QStringLiteral("verbs"), QJsonArray{"get", "list"}},
                                 {QStringLiteral("apiGroups"), QJsonArray{""}},
                                 {QStringLiteral("resources"), QJsonArray{"nodes"}}}}},
         {QStringLiteral("token"), QString::fromLatin1(m_freshToken)}});
    QVERIFY(!user.isEmpty());
}

void OidcTest::cleanupTestCase() {
    if (m_issuer.state() != QProcess::NotRunning) {
        m_issuer.terminate();
        if (!m_issuer.waitForFinished(5000))
            m_issuer.kill();
        m_issuer.waitForFinished(2000);
    }
    m_kube.stop();
}

void OidcTest::init() {
    QFile::remove(m_dir.filePath(QStringLiteral("requests")));
    writeConfig({QStringLiteral("TestOnlyRefreshToken")});
}

void OidcTest::writeConfig(const QStringList& accept) {
    QFile f(m_dir.filePath(QStringLiteral("config.json")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(
        QJsonDocument(QJsonObject{{QStringLiteral("accept"), QJsonArray::fromStringList(accept)},
                                  {QStringLiteral("id_token"), QString::fromLatin1(m_freshToken)},
                                  {QStringLiteral("refresh_token"),
                                   QStringLiteral("TestOnlyRotatedRefreshToken")}})
            .toJson());
}

int OidcTest::tokenRequests() const {
    QFile f(m_dir.filePath(QStringLiteral("requests")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count('\n'));
}

ClusterConnection OidcTest::connection(const QByteArray& idToken,
                                       const QByteArray& refreshToken) const {
    ClusterConnection c;
    c.endpoint.url = m_kube.url();
    c.endpoint.tls.caPem = m_kube.caPem();
    c.auth = ClusterConnection::Auth::Oidc;
    c.oidc.issuerUrl = m_issuerUrl;
    c.oidc.clientId = QStringLiteral("fleetdeck");
    c.oidc.clientSecret = "TestOnlyClientSecret";
    c.oidc.idToken = idToken;
    c.oidc.refreshToken = refreshToken;
    c.oidc.issuerCaPem = m_kube.caPem();
    return c;
}

void OidcTest::jwtExpiryIsRead() {
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 120;
    QCOMPARE(jwtExpiry(jwt(exp, QStringLiteral("x")))->toSecsSinceEpoch(), exp);
    QVERIFY(!jwtExpiry("not-a-jwt"));
    OidcConfig c;
    c.idToken = jwt(exp, QStringLiteral("x"));
    QVERIFY(!oidcNeedsRefresh(c));
    c.idToken = jwt(QDateTime::currentSecsSinceEpoch() + 5, QStringLiteral("x"));
    QVERIFY(oidcNeedsRefresh(c)); // within the skew
}

void OidcTest::expiredTokenIsRefreshedOnce() {
    KubeClient client(
        connection(jwt(QDateTime::currentSecsSinceEpoch() - 60, QStringLiteral("old")),
                   "TestOnlyRefreshToken"));
    QList<OidcTokens> stored;
    client.setOidcTokensChanged([&](const OidcTokens& t) { stored << t; });
    auto nodes = await<ObjectList<Node>>(
        [&](QObject* c, auto done) { client.list<Node>({}, c, std::move(done)); });
    QVERIFY(nodes);
    QVERIFY2(nodes->ok(), qPrintable(nodes->ok() ? QString() : nodes->error().userMessage()));
    QCOMPARE((*nodes)->items.size(), 6);
    QCOMPARE(tokenRequests(), 1);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().idToken, m_freshToken);
    QCOMPARE(stored.first().refreshToken, QByteArray("TestOnlyRotatedRefreshToken"));
    QCOMPARE(client.connection().oidc.refreshToken, QByteArray("TestOnlyRotatedRefreshToken"));

    // The fresh token is used until it expires.
    auto again = await<Node>([&](QObject* c, auto done) {
        client.get<Node>({}, QStringLiteral("cpu-0"), c, std::move(done));
    });
    QVERIFY(again && again->ok());
    QCOMPARE(tokenRequests(), 1);
}

void OidcTest::concurrentRequestsShareOneRefresh() {
    KubeClient client(connection({}, "TestOnlyRefreshToken")); // no id-token yet
    int answered = 0;
    int ok = 0;
    QObject context;
    for (int i = 0; i < 4; ++i)
        client.list<Node>({}, &context, [&](KubeResult<ObjectList<Node>> r) {
            ++answered;
            ok += r.ok() ? 1 : 0;
        });
    QVERIFY(waitUntil([&] { return answered == 4; }));
    QCOMPARE(ok, 4);
    QCOMPARE(tokenRequests(), 1);
}

void OidcTest::unauthorizedForcesRefresh() {
    // Not expired, but the API server does not know it (revoked, other audience...).
    KubeClient client(
        connection(jwt(QDateTime::currentSecsSinceEpoch() + 3600, QStringLiteral("unknown")),
                   "TestOnlyRefreshToken"));
    auto v = await<Node>([&](QObject* c, auto done) {
        client.get<Node>({}, QStringLiteral("cpu-0"), c, std::move(done));
    });
    QVERIFY(v && v->ok());
    QCOMPARE(tokenRequests(), 1);
}

void OidcTest::refusalIsTypedWithoutSecrets() {
    writeConfig({}); // the issuer accepts no refresh token any more
    KubeClient client(
        connection(jwt(QDateTime::currentSecsSinceEpoch() - 60, QStringLiteral("old")),
                   "TestOnlyRefreshToken"));
    auto r = await<VersionInfo>([&](QObject* c, auto done) { client.version(c, done); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().category, KubeErrorCategory::OidcRefreshFailed);
    const QString text = r->error().userMessage() + r->error().detail + r->error().message;
    QVERIFY2(text.contains(QStringLiteral("invalid_grant")), qPrintable(text));
    QVERIFY(text.contains(m_issuerUrl));
    QVERIFY(!text.contains(QStringLiteral("TestOnly")));
    QCOMPARE(tokenRequests(), 1);

    // Without a refresh token nothing is sent to the issuer.
    KubeClient none(
        connection(jwt(QDateTime::currentSecsSinceEpoch() - 60, QStringLiteral("o")), {}));
    r = await<VersionInfo>([&](QObject* c, auto done) { none.version(c, done); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().category, KubeErrorCategory::OidcRefreshFailed);
    QCOMPARE(tokenRequests(), 1);
}

// Three views asking at once share the cluster's one client: one credential read from the vault,
// one refresh at the issuer. The issuer rotated the refresh token, so the vault must hold the new
// pair (the old refresh token is revoked); after a restart the stored, still valid id-token is
// used without asking the issuer again.
void OidcTest::registryRefreshesOncePerClusterAndKeepsTheRotatedPair() {
    using namespace fd::registry;
    fd::test::RegistryEnv env;
    QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
    ImportCandidate candidate;
    candidate.record.name = QStringLiteral("oidc-cluster");
    candidate.record.connection =
        connection(jwt(QDateTime::currentSecsSinceEpoch() - 60, QStringLiteral("old")),
                   "TestOnlyRefreshToken");
    candidate.credentials = takeSecrets(candidate.record.connection);
    QObject context;
    std::optional<QList<ImportOutcome>> imported;
    env.registry->importClusters({candidate}, &context,
                                 [&](QList<ImportOutcome> o) { imported = std::move(o); });
    QVERIFY(waitUntil([&] { return imported.has_value(); }));
    QCOMPARE(imported->size(), 1);
    QCOMPARE(int(imported->first().action), int(ImportOutcome::Action::Created));
    const ClusterId id = imported->first().id;
    const int before = tokenRequests();

    int answered = 0;
    int ok = 0;
    for (int i = 0; i < 3; ++i)
        env.registry->connections().list<Node>(id, {}, &context,
                                               [&](KubeResult<ObjectList<Node>> r) {
                                                   ++answered;
                                                   ok += r.ok() ? 1 : 0;
                                               });
    QVERIFY(waitUntil([&] { return answered == 3; }));
    QCOMPARE(ok, 3);
    QCOMPARE(tokenRequests(), before + 1);
    QCOMPARE(env.registry->connections().clientCount(), 1);
    QCOMPARE(env.registry->connections().credentialLoads(), 1);

    const SecretRefs refs = env.registry->cluster(id)->secrets;
    QVERIFY(!refs.oidcRefreshToken.isEmpty());
    QVERIFY(waitUntil([&] {
        const auto stored = env.secrets->load(refs.oidcRefreshToken);
        return stored && *stored == "TestOnlyRotatedRefreshToken";
    }));
    QCOMPARE(env.secrets->load(refs.oidcIdToken).value(), m_freshToken);

    env.reopen();
    QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
    std::optional<KubeResult<ObjectList<Node>>> after;
    env.registry->connections().list<Node>(
        id, {}, &context, [&](KubeResult<ObjectList<Node>> r) { after = std::move(r); });
    QVERIFY(waitUntil([&] { return after.has_value(); }));
    QVERIFY2(after->ok(), qPrintable(after->ok() ? QString() : after->error().userMessage()));
    QCOMPARE(tokenRequests(), before + 1);
}

QTEST_GUILESS_MAIN(OidcTest)
#include "tst_kube_oidc.moc"
