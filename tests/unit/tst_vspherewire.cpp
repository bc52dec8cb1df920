// VsphereClient against a loopback stand-in (tests/servers/vsphere_loopback.py) for what the
// simulator cannot show: maxObjects paging with ContinueRetrievePropertiesEx tokens, an HTML
// answer, a truncated or malformed body, a fault in the middle of the pages, a session that
// expires between pages, a missing /sdk, and the REST content library (/api and legacy /rest
// shapes of the 7.0.3 OpenAPI, or none at all).

#include "net/synchttp.h"
#include "serverprocess.h"
#include "vsphere/vsphereclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace fd::vsphere;

namespace {

template <typename T> class Await {
public:
    std::function<void(VsphereResult<T>)> callback() {
        return [this](VsphereResult<T> r) { m_result.emplace(std::move(r)); };
    }
    bool wait(int ms = 60000) {
        const QDeadlineTimer deadline(ms);
        while (!m_result && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return m_result.has_value();
    }
    VsphereResult<T>& result() { return *m_result; }

private:
    std::optional<VsphereResult<T>> m_result;
};

QString describe(const VsphereError& e) {
    return categoryName(e.category) + QStringLiteral(": ") + e.message + QStringLiteral(" [") +
           e.detail + u']';
}

} // namespace

class TestVsphereWire : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void pagesFollowTheToken();
    void htmlAnswer_data();
    void htmlAnswer();
    void truncatedBody();
    void malformedBody();
    void faultInTheMiddleOfThePages();
    void sessionExpiresBetweenPages();
    void noSdk();
    void wrongPassword();
    void libraryTemplates_data();
    void libraryTemplates();

private:
    Connection connection(const QString& scenario, const QString& user = QStringLiteral("admin"));
    QJsonObject stats();
    VsphereResult<InventoryResult> inventory(const QString& scenario, int pageSize = 1000);

    fd::test::ServerProcess m_server;
    static constexpr int kVms = 2500;
};

void TestVsphereWire::initTestCase() {
    QString error;
    QVERIFY2(m_server.startPython(QStringLiteral("vsphere_loopback.py"),
                                  {QStringLiteral("--vms"), QString::number(kVms)}, &error),
             qPrintable(error));
}

void TestVsphereWire::init() {
    fd::net::Request req;
    req.method = "POST";
    req.url = QUrl(m_server.baseUrl() + QStringLiteral("/_reset"));
    QVERIFY(fd::net::sendAndWait(std::move(req)).ok());
}

QJsonObject TestVsphereWire::stats() {
    fd::net::Request req;
    req.url = QUrl(m_server.baseUrl() + QStringLiteral("/_stats"));
    const fd::net::Reply reply = fd::net::sendAndWait(std::move(req));
    return QJsonDocument::fromJson(reply.response.body).object();
}

Connection TestVsphereWire::connection(const QString& scenario, const QString& user) {
    Connection c;
    c.endpoint.url = m_server.baseUrl() + u'/' + scenario + QStringLiteral("/sdk");
    c.userName = user;
    c.password = "secret-pw";
    return c;
}

VsphereResult<InventoryResult> TestVsphereWire::inventory(const QString& scenario, int pageSize) {
    VsphereClient client(connection(scenario));
    Await<InventoryResult> inv;
    InventoryOptions options;
    options.pageSize = pageSize;
    client.inventory(options, this, inv.callback());
    if (!inv.wait())
        qFatal("no answer");
    return std::move(inv.result());
}

void TestVsphereWire::pagesFollowTheToken() {
    const auto r = inventory(QStringLiteral("paging"), 1000);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : describe(r.error())));
    QCOMPARE(r->inventory.vms.size(), kVms);
    QCOMPARE(r->pages, 3); // 1000 + 1000 + 500
    QCOMPARE(r->requests, 4);
    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("paging RetrievePropertiesEx")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("paging ContinueRetrievePropertiesEx")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("paging CreateContainerView")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("paging Login")).toInt(), 1);
    QTRY_COMPARE(stats().value(QStringLiteral("paging DestroyView")).toInt(), 1);
    // Every address of every NIC, and the names resolved across pages.
    const VirtualMachine vm =
        r->inventory.vms.value(MoRef{QStringLiteral("VirtualMachine"), QStringLiteral("vm-3499")});
    QCOMPARE(vm.name, QStringLiteral("gpu-worker-2499"));
    QCOMPARE(vm.ipAddresses().size(), 3);
    QCOMPARE(vm.hostName, QStringLiteral("esx-01.seoul"));
    QCOMPARE(vm.clusterName, QStringLiteral("gpu-cluster"));
    QCOMPARE(vm.datacenterName, QStringLiteral("Seoul-DC1"));
    QCOMPARE(vm.folderPath, QStringLiteral("/Seoul-DC1/vm"));
}

void TestVsphereWire::htmlAnswer_data() {
    QTest::addColumn<QString>("scenario");
    QTest::newRow("200 sign-in page") << QStringLiteral("html");
    QTest::newRow("503 proxy page") << QStringLiteral("html503");
}

void TestVsphereWire::htmlAnswer() {
    QFETCH(QString, scenario);
    const auto r = inventory(scenario);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, VsphereErrorCategory::NotVsphere);
    QVERIFY2(r.error().message.contains(QLatin1String("web page")),
             qPrintable(describe(r.error())));
}

void TestVsphereWire::truncatedBody() {
    const auto r = inventory(QStringLiteral("truncated"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, VsphereErrorCategory::Truncated);
    QVERIFY(r.error().message.contains(QLatin1String("ended in the middle")));
}

void TestVsphereWire::malformedBody() {
    const auto r = inventory(QStringLiteral("malformed"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, VsphereErrorCategory::Malformed);
    QVERIFY(r.error().message.contains(QLatin1String("not valid XML")));
}

void TestVsphereWire::faultInTheMiddleOfThePages() {
    const auto r = inventory(QStringLiteral("midfault"), 1000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, VsphereErrorCategory::InvalidArgument);
    QCOMPARE(r.error().property, QStringLiteral("token"));
    // One sentence that says the read stopped part-way, and why.
    QVERIFY2(r.error().message.contains(QLatin1String("only in part")),
             qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QLatin1String("token is not valid")));
    QVERIFY(r.error().detail.startsWith(QLatin1String("page 2")));
}

void TestVsphereWire::sessionExpiresBetweenPages() {
    const auto r = inventory(QStringLiteral("midexpire"), 1000);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : describe(r.error())));
    QCOMPARE(r->inventory.vms.size(), kVms);
    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("midexpire Login")).toInt(), 2);
    // The read started over with a new view (the old one died with the session).
    QCOMPARE(s.value(QStringLiteral("midexpire CreateContainerView")).toInt(), 2);
}

void TestVsphereWire::noSdk() {
    const auto r = inventory(QStringLiteral("nosdk"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, VsphereErrorCategory::HttpStatus);
    QCOMPARE(r.error().httpStatus, 404);
    QVERIFY(r.error().message.contains(QLatin1String("no vSphere API")));
}

void TestVsphereWire::wrongPassword() {
    Connection c = connection(QStringLiteral("paging"));
    c.password = "wrong";
    VsphereClient client(c);
    Await<UserSession> login;
    client.login(this, login.callback());
    QVERIFY(login.wait());
    QVERIFY(!login.result().ok());
    QCOMPARE(login.result().error().category, VsphereErrorCategory::InvalidLogin);
}

void TestVsphereWire::libraryTemplates_data() {
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("count");
    QTest::newRow("/api") << QStringLiteral("api") << 2;
    QTest::newRow("legacy /rest") << QStringLiteral("legacy") << 2;
    QTest::newRow("no REST API") << QStringLiteral("esxi") << 0;
}

void TestVsphereWire::libraryTemplates() {
    QFETCH(QString, user);
    QFETCH(int, count);
    VsphereClient client(connection(QStringLiteral("paging"), user));
    Await<QList<LibraryTemplate>> lib;
    client.libraryTemplates(this, lib.callback());
    QVERIFY(lib.wait());
    QVERIFY2(lib.result().ok(),
             qPrintable(lib.result().ok() ? QString() : describe(lib.result().error())));
    QCOMPARE(lib.result()->size(), count);
    if (count) {
        QCOMPARE(lib.result()->at(0).name, QStringLiteral("golden_image"));
        QCOMPARE(lib.result()->at(0).type, QStringLiteral("ovf"));
        QCOMPARE(lib.result()->at(0).libraryName, QStringLiteral("golden-images"));
        QCOMPARE(lib.result()->at(1).name, QStringLiteral("rhel9-vllm"));
        QCOMPARE(lib.result()->at(1).type, QStringLiteral("vm-template"));
    }
    // The REST session is closed afterwards.
    if (user != u"esxi") {
        const QString del = user == u"api"
                                ? QStringLiteral("REST DELETE /api/session")
                                : QStringLiteral("REST DELETE /rest/com/vmware/cis/session");
        QTRY_VERIFY(stats().value(del).toInt() >= 1);
    }
}

QTEST_GUILESS_MAIN(TestVsphereWire)
#include "tst_vspherewire.moc"
