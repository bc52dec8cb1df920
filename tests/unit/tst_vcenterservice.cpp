// VcenterService over a real store and vault, without a vCenter: a connection is a
// vcenter_connections row over an endpoints row with its password in the vault; bad input and a
// taken name change nothing; a locked vault is "vault-locked" (never "unreachable") and drops
// every client; removing takes the password with it; a test against a closed port is "refused".
// (Signing in, TLS pinning and the actions run against the simulator in tst_vsphereclient, the
// e2e test and the GUI test.)
#include "secretstesthelpers.h"

#include "net/httpclient.h"
#include "vsphere/vcenterservice.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using fd::vsphere::VcenterConnectionInput;
using fd::vsphere::VcenterService;
using fd::vsphere::VcenterTestReport;

class TestVcenterService final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addStoresRowAndPassword();
    void badInputChangesNothing();
    void lockedVaultIsAStateAndDropsClients();
    void removeTakesThePassword();
    void refusedIsItsOwnCategory();
    void fingerprintsAreNormalised();
    void reloadDeliversLaterAndKeepsConcurrentAdds();

private:
    template <typename T, typename Start> T await(Start start) {
        std::optional<T> out;
        start([&out](T v) { out = std::move(v); });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 30000))
            qFatal("no answer");
        return std::move(*out);
    }
    static VcenterConnectionInput input(const QString& name) {
        VcenterConnectionInput in;
        in.name = name;
        in.url = QStringLiteral("https://127.0.0.1:9/sdk");
        in.userName = QStringLiteral("administrator@vsphere.local");
        in.password = "s3cret-vc-password";
        return in;
    }
    fd::Status reload(VcenterService& service) {
        return await<fd::Status>([&](auto done) { service.reload(this, done); });
    }
    fd::Result<VcenterService::Row> add(const VcenterConnectionInput& in) {
        return await<fd::Result<VcenterService::Row>>(
            [&](auto done) { m_service->add(in, this, done); });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<fd::test::SecretsEnv> m_env;
    std::unique_ptr<fd::net::HttpClient> m_http;
    std::unique_ptr<VcenterService> m_service;
};

void TestVcenterService::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_env = std::make_unique<fd::test::SecretsEnv>();
    QVERIFY(m_env->open(m_dir->path(), fd::test::backendOptions(fd::secrets::Backend::Vault)));
    QVERIFY(m_env->secrets->unlock("vcenter service test").ok());
    m_http = std::make_unique<fd::net::HttpClient>();
    m_service = std::make_unique<VcenterService>(*m_env->store, *m_env->secrets, *m_http);
    QVERIFY(reload(*m_service).ok());
    QVERIFY(m_service->isLoaded());
}

void TestVcenterService::cleanup() {
    m_service.reset();
    m_http.reset();
    m_env.reset();
    m_dir.reset();
}

void TestVcenterService::addStoresRowAndPassword() {
    QSignalSpy changed(m_service.get(), &VcenterService::connectionsChanged);
    auto row = add(input(QStringLiteral("lab")));
    QVERIFY2(row.ok(), qPrintable(row.ok() ? QString() : row.error().message));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_service->connections().size(), 1);
    QVERIFY(row->passwordRef().startsWith(QLatin1String("vcenter/")));
    auto password = m_env->secrets->load(row->passwordRef());
    QVERIFY(password.ok());
    QCOMPARE(*password, QByteArray("s3cret-vc-password"));
    // Read back as a fresh process would.
    VcenterService again(*m_env->store, *m_env->secrets, *m_http);
    QVERIFY(reload(again).ok());
    QCOMPARE(again.connections().size(), 1);
    QCOMPARE(again.connections().first().endpoint.endpoint.url,
             QStringLiteral("https://127.0.0.1:9/sdk"));
    QCOMPARE(again.connections().first().passwordRef(), row->passwordRef());
    // The password is in no row of the store.
    QFile db(m_env->store->databasePath());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains("s3cret-vc-password"));
}

void TestVcenterService::badInputChangesNothing() {
    QVERIFY(add(input(QStringLiteral("lab"))).ok());
    const int secrets = m_env->secrets->status()->secretCount;
    auto dup = add(input(QStringLiteral("LAB")));
    QVERIFY(!dup.ok());
    QVERIFY(dup.error().message.contains(QLatin1String("already exists")));
    auto badUrl = input(QStringLiteral("x"));
    badUrl.url = QStringLiteral("vcenter.example");
    QCOMPARE(add(badUrl).error().kind, fd::ErrorKind::InvalidInput);
    auto badName = input(QStringLiteral("has space"));
    QCOMPARE(add(badName).error().kind, fd::ErrorKind::InvalidInput);
    auto badPin = input(QStringLiteral("y"));
    badPin.tls.pinnedSha256 = QStringLiteral("AB:CD");
    QCOMPARE(add(badPin).error().kind, fd::ErrorKind::InvalidInput);
    QCOMPARE(m_service->connections().size(), 1);
    QCOMPARE(m_env->secrets->status()->secretCount, secrets);
}

void TestVcenterService::lockedVaultIsAStateAndDropsClients() {
    QVERIFY(add(input(QStringLiteral("lab"))).ok());
    auto client = await<fd::vsphere::VsphereResult<fd::vsphere::VsphereClient*>>(
        [&](auto done) { m_service->client(QStringLiteral("lab"), this, done); });
    QVERIFY(client.ok());
    QPointer<fd::vsphere::VsphereClient> held(*client);
    // The same client for the next caller.
    auto again = await<fd::vsphere::VsphereResult<fd::vsphere::VsphereClient*>>(
        [&](auto done) { m_service->client(QStringLiteral("lab"), this, done); });
    QCOMPARE(*again, held.data());

    QSignalSpy reset(m_service.get(), &VcenterService::clientsReset);
    m_env->secrets->lock();
    QTRY_COMPARE(reset.size(), 1);
    QTRY_VERIFY(held.isNull());
    auto locked = await<fd::vsphere::VsphereResult<fd::vsphere::VsphereClient*>>(
        [&](auto done) { m_service->client(QStringLiteral("lab"), this, done); });
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().category, fd::vsphere::VsphereErrorCategory::VaultLocked);
    const VcenterTestReport report = await<VcenterTestReport>(
        [&](auto done) { m_service->test(QStringLiteral("lab"), this, done); });
    QVERIFY(!report.ok);
    QCOMPARE(report.category, QStringLiteral("vault-locked"));
}

void TestVcenterService::removeTakesThePassword() {
    auto row = add(input(QStringLiteral("lab")));
    QVERIFY(row.ok());
    const fd::Status st =
        await<fd::Status>([&](auto done) { m_service->remove(QStringLiteral("lab"), this, done); });
    QVERIFY(st.ok());
    QVERIFY(m_service->connections().isEmpty());
    QCOMPARE(m_env->secrets->load(row->passwordRef()).error().kind, fd::ErrorKind::NotFound);
    const fd::Status missing =
        await<fd::Status>([&](auto done) { m_service->remove(QStringLiteral("lab"), this, done); });
    QCOMPARE(missing.error().kind, fd::ErrorKind::NotFound);
}

void TestVcenterService::refusedIsItsOwnCategory() {
    // A port that was just free: nothing listens on it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    auto in = input(QStringLiteral("gone"));
    in.url = QStringLiteral("https://127.0.0.1:%1/sdk").arg(port);
    const VcenterTestReport report =
        await<VcenterTestReport>([&](auto done) { m_service->testInput(in, this, done); });
    QVERIFY(!report.ok);
    QCOMPARE(report.category, QStringLiteral("refused"));
    QVERIFY(!report.message.isEmpty());
}

void TestVcenterService::fingerprintsAreNormalised() {
    const QString hex(64, u'a');
    const QString want = fd::vsphere::normalizeSha256(hex);
    QCOMPARE(want.size(), 95);
    QVERIFY(want.startsWith(QLatin1String("AA:AA:")));
    QCOMPARE(fd::vsphere::normalizeSha256(want.toLower()), want);
    QVERIFY(fd::vsphere::normalizeSha256(QStringLiteral("xyz")).isEmpty());
}

void TestVcenterService::reloadDeliversLaterAndKeepsConcurrentAdds() {
    QVERIFY(add(input(QStringLiteral("first"))).ok());
    // A fresh service has nothing until the read (on the store's reader thread) comes back:
    // the rows and the callback arrive on a later turn of the event loop, never inside reload().
    VcenterService fresh(*m_env->store, *m_env->secrets, *m_http);
    QSignalSpy changed(&fresh, &VcenterService::connectionsChanged);
    bool called = false;
    fresh.reload(this, [&called](fd::Status st) {
        QVERIFY(st.ok());
        called = true;
    });
    QVERIFY(!called);
    QVERIFY(!fresh.isLoaded());
    QVERIFY(fresh.connections().isEmpty());
    QTRY_VERIFY(called);
    QVERIFY(fresh.isLoaded());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(fresh.connections().size(), 1);

    // An add and a reload in flight together: the added row survives whichever lands first.
    bool reloaded = false;
    m_service->reload(this, [&reloaded](fd::Status) { reloaded = true; });
    auto second = add(input(QStringLiteral("second")));
    QVERIFY(second.ok());
    QTRY_VERIFY(reloaded);
    QCOMPARE(m_service->connections().size(), 2);
    QVERIFY(m_service->find(QStringLiteral("second")).has_value());

    // A context that died first gets no callback.
    bool late = false;
    auto* context = new QObject;
    m_service->reload(context, [&late](fd::Status) { late = true; });
    delete context;
    QVERIFY(reload(*m_service).ok());
    QCoreApplication::processEvents();
    QVERIFY(!late);
}

QTEST_MAIN(TestVcenterService)
#include "tst_vcenterservice.moc"
