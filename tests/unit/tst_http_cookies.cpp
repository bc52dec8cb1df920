// Session cookies in the HTTP core (fd::net::CookieJar), the way the vSphere SOAP client will
// use them: a login sets vmware_soap_session (Path=/; Secure; HttpOnly), later calls must carry
// it, a logout expires it. Against the Python HTTPS test server on loopback.
#include "net/cookiejar.h"
#include "net/httpclient.h"
#include "net/synchttp.h"

#include "serverprocess.h"
#include "testpki.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace fd::net;
using fd::test::ServerProcess;

class TestHttpCookies final : public QObject {
    Q_OBJECT

private:
    fd::test::TestPki m_pki;
    ServerProcess m_https;

    Request call(const QString& path, std::shared_ptr<CookieJar> jar) const {
        Request r;
        r.url = QUrl(m_https.baseUrl(QStringLiteral("https")) + path);
        r.tls.caPem = m_pki.cert(QStringLiteral("ca"));
        r.totalTimeoutMs = 10000;
        r.cookies = std::move(jar);
        return r;
    }
    static QJsonObject json(const Reply& r) {
        return QJsonDocument::fromJson(r.response.body).object();
    }
    QString login(const std::shared_ptr<CookieJar>& jar) const {
        const Reply r = sendAndWait(call(QStringLiteral("/login"), jar));
        if (!r.ok())
            return {};
        const Reply s = sendAndWait(call(QStringLiteral("/session"), jar));
        return json(s).value(QStringLiteral("session")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_pki.generate(&error), qPrintable(error));
        QVERIFY2(
            m_https.startPython(QStringLiteral("net_http_server.py"),
                                {QStringLiteral("--cert"), m_pki.path(QStringLiteral("server.pem")),
                                 QStringLiteral("--key"), m_pki.path(QStringLiteral("server.key"))},
                                &error),
            qPrintable(error));
    }

    void sessionCookieKeptAndSent() {
        auto jar = std::make_shared<CookieJar>();
        QCOMPARE(sendAndWait(call(QStringLiteral("/session"), jar)).error.httpStatus, 401);
        const Reply in = sendAndWait(call(QStringLiteral("/login"), jar));
        QVERIFY2(in.ok(), qPrintable(in.error.detail));
        QVERIFY(jar->contains("vmware_soap_session"));
        QCOMPARE(jar->count(), 2); // and the one scoped to /other

        const Reply s = sendAndWait(call(QStringLiteral("/session"), jar));
        QVERIFY2(s.ok(), qPrintable(s.error.detail));
        const QString sid = json(s).value(QStringLiteral("session")).toString();
        QCOMPARE(sid.size(), 32);
        // Only what matches the path goes out.
        QCOMPARE(json(s).value(QStringLiteral("cookieHeader")).toString(),
                 QStringLiteral("vmware_soap_session=") + sid);

        // Another jar, or none, is another session.
        QCOMPARE(sendAndWait(call(QStringLiteral("/session"), nullptr)).error.httpStatus, 401);
        QCOMPARE(sendAndWait(call(QStringLiteral("/session"), std::make_shared<CookieJar>()))
                     .error.httpStatus,
                 401);
        // A later login replaces the session in the same jar.
        const QString next = login(jar);
        QVERIFY(!next.isEmpty() && next != sid);
        QCOMPARE(jar->count(), 2);
    }

    // A host-only cookie stays with the host that set it. (Secure is not testable here: libcurl,
    // like browsers, treats loopback as a secure context and sends Secure cookies over plain
    // HTTP to 127.0.0.1.)
    void cookiesStayWithTheirHost() {
        auto jar = std::make_shared<CookieJar>();
        QVERIFY(!login(jar).isEmpty());
        Request other = call(QStringLiteral("/session"), jar);
        other.url.setHost(QStringLiteral("localhost")); // same server, another host name
        const Reply r = sendAndWait(std::move(other));
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(sendAndWait(call(QStringLiteral("/session"), jar)).response.status, 200);
    }

    void logoutExpiresTheCookie() {
        auto jar = std::make_shared<CookieJar>();
        QVERIFY(!login(jar).isEmpty());
        QVERIFY(sendAndWait(call(QStringLiteral("/logout"), jar)).ok());
        QVERIFY(!jar->contains("vmware_soap_session"));
        QCOMPARE(jar->count(), 1);
        QCOMPARE(sendAndWait(call(QStringLiteral("/session"), jar)).error.httpStatus, 401);
    }

    void clearForgetsTheSession() {
        auto jar = std::make_shared<CookieJar>();
        QVERIFY(!login(jar).isEmpty());
        jar->clear();
        QCOMPARE(jar->count(), 0);
        QCOMPARE(sendAndWait(call(QStringLiteral("/session"), jar)).error.httpStatus, 401);
    }

    // A login answered after clear() does not bring a session back.
    void clearWinsOverAnAnswerUnderWay() {
        auto jar = std::make_shared<CookieJar>();
        HttpClient client;
        std::optional<Reply> reply;
        client.send(call(QStringLiteral("/login?ms=300"), jar), this,
                    [&](Reply r) { reply = std::move(r); });
        QTest::qWait(100);
        jar->clear();
        QTRY_VERIFY(reply.has_value());
        QVERIFY(reply->ok());
        QCOMPARE(jar->count(), 0);
    }

    // Requests in parallel share the jar; none loses what another set.
    void parallelRequestsShareTheJar() {
        auto jar = std::make_shared<CookieJar>();
        const QString sid = login(jar);
        QVERIFY(!sid.isEmpty());
        HttpClient client;
        int ok = 0;
        for (int i = 0; i < 20; ++i)
            client.send(call(QStringLiteral("/session"), jar), this, [&](Reply r) {
                if (r.ok() && json(r).value(QStringLiteral("session")).toString() == sid)
                    ++ok;
            });
        QTRY_COMPARE_WITH_TIMEOUT(ok, 20, 20000);
        QCOMPARE(jar->count(), 2);
    }

    // One jar, two clients in two threads (the jar is thread-safe).
    void jarSharedAcrossThreads() {
        auto jar = std::make_shared<CookieJar>();
        const QString sid = login(jar);
        QVERIFY(!sid.isEmpty());
        QString seen;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            HttpClient client;
            const Reply r = sendAndWait(client, call(QStringLiteral("/session"), jar));
            seen = json(r).value(QStringLiteral("session")).toString();
        }));
        worker->start();
        QVERIFY(worker->wait(20000));
        QCOMPARE(seen, sid);
    }
};

QTEST_GUILESS_MAIN(TestHttpCookies)
#include "tst_http_cookies.moc"
