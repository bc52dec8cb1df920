// The asynchronous HTTP core against real servers on loopback: Python standard-library HTTP(S)
// servers and proxies, nginx for HTTP/2, certificates generated per run with openssl.
#include "net/httpclient.h"
#include "net/synchttp.h"

#include "serverprocess.h"
#include "testpki.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace fd::net;
using fd::test::ServerProcess;

namespace {

QString statusField(const char* field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(int(qstrlen(field)))).trimmed();
    return {};
}

int processThreads() {
    return statusField("Threads:").toInt();
}

qint64 peakRssKiB() {
    return statusField("VmHWM:").section(QLatin1Char(' '), 0, 0).toLongLong();
}

QJsonObject getJson(const QString& url) {
    Request r;
    r.url = QUrl(url);
    const Reply reply = sendAndWait(std::move(r));
    return QJsonDocument::fromJson(reply.response.body).object();
}

} // namespace

class TestHttp final : public QObject {
    Q_OBJECT

private:
    fd::test::TestPki m_pki;
    ServerProcess m_http, m_https, m_wrongName, m_selfSigned, m_mtls, m_proxy, m_denyProxy;

    Request get(const QString& url) const {
        Request r;
        r.url = QUrl(url);
        r.totalTimeoutMs = 10000;
        return r;
    }
    Request tlsGet(const ServerProcess& server, const QString& path) const {
        Request r = get(server.baseUrl(QStringLiteral("https")) + path);
        r.tls.caPem = m_pki.cert(QStringLiteral("ca"));
        return r;
    }
    static QString closedPortUrl(const QString& scheme) {
        return scheme + QStringLiteral("://127.0.0.1:") + QString::number(fd::test::freeTcpPort());
    }
    bool startTls(ServerProcess& s, const QString& name, const QStringList& extra = {}) {
        QString error;
        const bool ok = s.startPython(
            QStringLiteral("net_http_server.py"),
            QStringList{QStringLiteral("--cert"), m_pki.path(name + QStringLiteral(".pem")),
                        QStringLiteral("--key"), m_pki.path(name + QStringLiteral(".key"))} +
                extra,
            &error);
        if (!ok)
            qWarning().noquote() << error;
        return ok;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_pki.generate(&error), qPrintable(error));
        QVERIFY2(m_http.startPython(QStringLiteral("net_http_server.py"), {}, &error),
                 qPrintable(error));
        QVERIFY(startTls(m_https, QStringLiteral("server")));
        QVERIFY(startTls(m_wrongName, QStringLiteral("wrongname")));
        QVERIFY(startTls(m_selfSigned, QStringLiteral("selfsigned")));
        QVERIFY(
            startTls(m_mtls, QStringLiteral("server"),
                     {QStringLiteral("--client-ca"), m_pki.path(QStringLiteral("clientca.pem"))}));
        QVERIFY2(m_proxy.startPython(QStringLiteral("net_proxy.py"), {}, &error),
                 qPrintable(error));
        QVERIFY2(m_denyProxy.startPython(QStringLiteral("net_proxy.py"), {QStringLiteral("--deny")},
                                         &error),
                 qPrintable(error));
    }

    // --- success paths ---------------------------------------------------------------------

    void httpsWithCaFromMemory() {
        const Reply r = sendAndWait(tlsGet(m_https, QStringLiteral("/hello")));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.response.status, 200);
        QCOMPARE(r.response.body, QByteArray("hello"));
        QCOMPARE(r.response.httpVersion, HttpVersion::Http1_1);
        QCOMPARE(r.response.header("content-length"), QByteArray("5"));
        QVERIFY(r.timings.totalMs > 0);
        QVERIFY(r.timings.tlsMs > 0);
        QVERIFY(r.timings.connectMs <= r.timings.totalMs);
    }

    void joinUrlKeepsThePrefix_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no prefix") << "https://10.0.0.1:6443"
                                   << "/api/v1/nodes"
                                   << "https://10.0.0.1:6443/api/v1/nodes";
        QTest::newRow("trailing slash") << "https://h:6443/"
                                        << "/version"
                                        << "https://h:6443/version";
        QTest::newRow("prefix") << "https://h:6443/clusters/x"
                                << "/version"
                                << "https://h:6443/clusters/x/version";
        QTest::newRow("prefix with slash") << "https://h:6443/clusters/x/"
                                           << "/api"
                                           << "https://h:6443/clusters/x/api";
        QTest::newRow("query") << "https://h/clusters/x"
                               << "/api/v1/pods?fieldSelector=status.phase%3DRunning&limit=500"
                               << "https://h/clusters/x/api/v1/"
                                  "pods?fieldSelector=status.phase%3DRunning&limit=500";
        QTest::newRow("escapes kept") << "https://h/p%20q"
                                      << "/api/v1/namespaces/a%2Fb"
                                      << "https://h/p%20q/api/v1/"
                                         "namespaces/a%2Fb";
        QTest::newRow("no leading slash") << "https://vc"
                                          << "sdk"
                                          << "https://vc/sdk";
        QTest::newRow("empty path: the endpoint itself") << "https://vc/sdk"
                                                         << ""
                                                         << "https://vc/sdk";
        QTest::newRow("ipv6") << "https://[fd00::1]:6443/x"
                              << "/version"
                              << "https://[fd00::1]:6443/x/version";
    }
    void joinUrlKeepsThePrefix() {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(joinUrl(base, path).toString(QUrl::FullyEncoded), expected);
    }

    void requestFromEndpoint() {
        Endpoint ep;
        ep.url = m_wrongName.baseUrl(QStringLiteral("https")) + QStringLiteral("/clusters/x/");
        ep.tls.caPem = m_pki.cert(QStringLiteral("ca"));
        ep.tls.serverName = QStringLiteral("wrong.fleetdeck.test");
        ep.proxyUrl = m_proxy.baseUrl();
        const Request r = Request::to(ep, QStringLiteral("/echo?watch=1"));
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.tls.caPem, ep.tls.caPem);
        QCOMPARE(r.tls.serverName, ep.tls.serverName);
        QCOMPARE(r.proxyUrl, ep.proxyUrl);
        QCOMPARE(static_cast<const TlsPolicy&>(r.tls), ep.tls);
        // Through the proxy, with the server name, to the prefixed path.
        const Reply reply = sendAndWait(r);
        QVERIFY2(reply.ok(), qPrintable(reply.error.detail));
        const QJsonObject echo = QJsonDocument::fromJson(reply.response.body).object();
        QCOMPARE(echo.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/clusters/x/echo?watch=1"));
    }

    void postSendsBodyAndHeaders() {
        Request r = get(m_http.baseUrl() + QStringLiteral("/echo"));
        r.method = "POST";
        r.body = "{\"a\":1}";
        r.headers.append({"Content-Type", "application/json"});
        r.headers.append({"X-Fleetdeck", "yes"});
        const Reply reply = sendAndWait(std::move(r));
        QVERIFY2(reply.ok(), qPrintable(reply.error.detail));
        const QJsonObject o = QJsonDocument::fromJson(reply.response.body).object();
        QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(o.value(QStringLiteral("body")).toString(), QStringLiteral("{\"a\":1}"));
        const QJsonObject h = o.value(QStringLiteral("headers")).toObject();
        QCOMPARE(h.value(QStringLiteral("x-fleetdeck")).toString(), QStringLiteral("yes"));
        QVERIFY(!h.contains(QStringLiteral("expect")));

        Request patch = get(m_http.baseUrl() + QStringLiteral("/echo"));
        patch.method = "PATCH";
        patch.body = "{}";
        const Reply p = sendAndWait(std::move(patch));
        QCOMPARE(QJsonDocument::fromJson(p.response.body)
                     .object()
                     .value(QStringLiteral("method"))
                     .toString(),
                 QStringLiteral("PATCH"));
    }

    void mutualTlsWithKeyFromMemory() {
        Request r = tlsGet(m_mtls, QStringLiteral("/hello"));
        r.tls.clientCertPem = m_pki.cert(QStringLiteral("client"));
        r.tls.clientKeyPem = m_pki.key(QStringLiteral("client"));
        const Reply reply = sendAndWait(std::move(r));
        QVERIFY2(reply.ok(), qPrintable(reply.error.detail));
        QCOMPARE(reply.response.body, QByteArray("hello"));
    }

    void tlsServerNameOverride() {
        // The certificate only covers wrong.fleetdeck.test; the URL says 127.0.0.1.
        Request r = tlsGet(m_wrongName, QStringLiteral("/echo"));
        r.tls.serverName = QStringLiteral("wrong.fleetdeck.test");
        const Reply reply = sendAndWait(std::move(r));
        QVERIFY2(reply.ok(),
                 qPrintable(reply.error.message + QLatin1Char(' ') + reply.error.detail));
        const QJsonObject h = QJsonDocument::fromJson(reply.response.body)
                                  .object()
                                  .value(QStringLiteral("headers"))
                                  .toObject();
        QCOMPARE(h.value(QStringLiteral("host")).toString(),
                 QStringLiteral("127.0.0.1:") + QString::number(m_wrongName.port()));
    }

    void insecureOnlyWhenAsked() {
        Request r = get(m_selfSigned.baseUrl(QStringLiteral("https")) + QStringLiteral("/hello"));
        QCOMPARE(sendAndWait(r).error.kind, NetErrorKind::TlsUnknownCa);
        r.tls.insecure = true;
        const Reply reply = sendAndWait(std::move(r));
        QVERIFY2(reply.ok(), qPrintable(reply.error.detail));
    }

    // --- the error taxonomy ------------------------------------------------------------------

    void dnsFailure() {
        const Reply r =
            sendAndWait(get(QStringLiteral("https://api.cluster.fleetdeck.invalid:6443/")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, NetErrorKind::Dns);
        QVERIFY(r.error.message.contains(QStringLiteral("api.cluster.fleetdeck.invalid")));
    }

    void connectionRefused() {
        const Reply r =
            sendAndWait(get(closedPortUrl(QStringLiteral("http")) + QStringLiteral("/")));
        QCOMPARE(r.error.kind, NetErrorKind::Refused);
        QVERIFY(!r.error.message.isEmpty());
    }

    void timeoutWhenServerNeverAnswers() {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Request r = get(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()));
        r.totalTimeoutMs = 400;
        QElapsedTimer clock;
        clock.start();
        const Reply reply = sendAndWait(std::move(r));
        QCOMPARE(reply.error.kind, NetErrorKind::Timeout);
        QVERIFY(clock.elapsed() >= 350);
        QVERIFY(clock.elapsed() < 3000);

        Request idle = get(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()));
        idle.totalTimeoutMs = 0;
        idle.idleTimeoutMs = 1000;
        idle.onData = [](QByteArrayView) {};
        QCOMPARE(sendAndWait(std::move(idle)).error.kind, NetErrorKind::Timeout);
    }

    void unknownCaReportsFingerprint() {
        const Reply r =
            sendAndWait(get(m_https.baseUrl(QStringLiteral("https")) + QStringLiteral("/hello")));
        QCOMPARE(r.error.kind, NetErrorKind::TlsUnknownCa);
        QVERIFY(r.error.message.contains(QStringLiteral("127.0.0.1:%1").arg(m_https.port())));
        const QString expected = m_pki.sha256Fingerprint(QStringLiteral("server"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(r.error.peerCertSha256, expected);
        QVERIFY(r.error.message.contains(expected));
        QVERIFY(r.error.peerCertsPem.startsWith("-----BEGIN CERTIFICATE-----"));

        const Reply self =
            sendAndWait(get(m_selfSigned.baseUrl(QStringLiteral("https")) + QStringLiteral("/")));
        QCOMPARE(self.error.kind, NetErrorKind::TlsUnknownCa);
        QCOMPARE(self.error.peerCertSha256, m_pki.sha256Fingerprint(QStringLiteral("selfsigned")));

        // A CA given in memory replaces the system store: the right CA for the wrong server.
        Request other = tlsGet(m_selfSigned, QStringLiteral("/"));
        QCOMPARE(sendAndWait(std::move(other)).error.kind, NetErrorKind::TlsUnknownCa);
    }

    void nameMismatch() {
        const Reply r = sendAndWait(tlsGet(m_wrongName, QStringLiteral("/hello")));
        QCOMPARE(r.error.kind, NetErrorKind::TlsNameMismatch);
        QVERIFY(!r.error.message.isEmpty());
    }

    void clientCertRequired() {
        const Reply r = sendAndWait(tlsGet(m_mtls, QStringLiteral("/hello")));
        QVERIFY2(r.error.kind == NetErrorKind::TlsClientCertRejected,
                 qPrintable(kindName(r.error.kind) + QLatin1Char(' ') + r.error.detail));
    }

    void clientCertRejected_data() {
        QTest::addColumn<QString>("cert");
        QTest::newRow("foreign issuer") << QStringLiteral("client-foreign");
        QTest::newRow("expired") << QStringLiteral("client-expired");
    }
    void clientCertRejected() {
        QFETCH(QString, cert);
        Request r = tlsGet(m_mtls, QStringLiteral("/hello"));
        r.tls.clientCertPem = m_pki.cert(cert);
        r.tls.clientKeyPem = m_pki.key(cert);
        const Reply reply = sendAndWait(std::move(r));
        QVERIFY2(reply.error.kind == NetErrorKind::TlsClientCertRejected,
                 qPrintable(kindName(reply.error.kind) + QLatin1Char(' ') + reply.error.detail));
    }

    void proxyUnreachable_data() {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("http") << QStringLiteral("http");
        QTest::newRow("socks5") << QStringLiteral("socks5");
    }
    void proxyUnreachable() {
        QFETCH(QString, scheme);
        Request r = tlsGet(m_https, QStringLiteral("/hello"));
        r.proxyUrl = closedPortUrl(scheme);
        QCOMPARE(sendAndWait(std::move(r)).error.kind, NetErrorKind::Proxy);
    }

    void proxyRefusesToForward_data() {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("CONNECT 403") << QStringLiteral("http");
        QTest::newRow("socks5 not allowed") << QStringLiteral("socks5");
    }
    void proxyRefusesToForward() {
        QFETCH(QString, scheme);
        Request r = tlsGet(m_https, QStringLiteral("/hello"));
        r.proxyUrl = m_denyProxy.baseUrl(scheme);
        const Reply reply = sendAndWait(std::move(r));
        QVERIFY2(reply.error.kind == NetErrorKind::Proxy,
                 qPrintable(kindName(reply.error.kind) + QLatin1Char(' ') + reply.error.detail));
    }

    void httpStatusCarriesBody() {
        const Reply r = sendAndWait(get(m_http.baseUrl() + QStringLiteral("/status/404")));
        QCOMPARE(r.error.kind, NetErrorKind::HttpStatus);
        QCOMPARE(r.error.httpStatus, 404);
        QCOMPARE(r.response.status, 404);
        QCOMPARE(
            QJsonDocument::fromJson(r.error.body).object().value(QStringLiteral("code")).toInt(),
            404);
        QVERIFY(r.error.message.contains(QStringLiteral("404")));
        QCOMPARE(r.error.toError().kind, fd::ErrorKind::Remote);
    }

    void tooLargeKeepsMemoryBounded() {
        HttpClient client;
        client.setDefaultMaxResponseBytes(qint64(8) << 20);
        // Reset the peak-RSS mark so this test measures only itself.
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        bool canReset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
        clear.close();
#if defined(__SANITIZE_ADDRESS__)
        // Under AddressSanitizer the peak RSS measures its shadow memory and quarantine, not the
        // client: the bound is checked by the optimised build; the refusals below still are here.
        canReset = false;
#endif
        const qint64 before = peakRssKiB();
        const Reply r = sendAndWait(client, get(m_http.baseUrl() + QStringLiteral("/big?bytes=") +
                                                QString::number(50 << 20)));
        QCOMPARE(r.error.kind, NetErrorKind::TooLarge);
        QVERIFY(r.response.body.size() <= (8 << 20));
        if (canReset) {
            const qint64 grewKiB = peakRssKiB() - before;
            qInfo("peak RSS grew by %lld KiB while refusing a 50 MiB body", grewKiB);
            QVERIFY2(grewKiB < 30 * 1024, qPrintable(QString::number(grewKiB)));
        }

        // Content-Length above the limit is refused without reading the body.
        const Reply cl =
            sendAndWait(client, get(m_http.baseUrl() + QStringLiteral("/big-cl?bytes=") +
                                    QString::number(50 << 20)));
        QCOMPARE(cl.error.kind, NetErrorKind::TooLarge);

        // A per-request limit overrides the client's default both ways.
        Request small = get(m_http.baseUrl() + QStringLiteral("/big?bytes=3000000"));
        small.maxResponseBytes = 2000000;
        QCOMPARE(sendAndWait(client, std::move(small)).error.kind, NetErrorKind::TooLarge);
        Request large = get(m_http.baseUrl() + QStringLiteral("/big?bytes=10000000"));
        large.maxResponseBytes = 12000000;
        const Reply ok = sendAndWait(client, std::move(large));
        QVERIFY2(ok.ok(), qPrintable(ok.error.detail));
        QCOMPARE(ok.response.body.size(), 10000000);
    }

    void cancelRunningAndQueued() {
        HttpClient client;
        client.setMaxRequestsInFlight(1);
        std::optional<Reply> running, queued;
        const RequestId a = client.send(get(m_http.baseUrl() + QStringLiteral("/slow?ms=5000")),
                                        this, [&](Reply r) { running = std::move(r); });
        const RequestId b = client.send(get(m_http.baseUrl() + QStringLiteral("/hello")), this,
                                        [&](Reply r) { queued = std::move(r); });
        QTRY_COMPARE(client.runningCount(), 1);
        QCOMPARE(client.queuedCount(), 1);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(client.cancel(b));
        QTest::qWait(100);
        QVERIFY(client.cancel(a));
        QVERIFY(!client.cancel(a));
        QTRY_VERIFY(running && queued);
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(running->error.kind, NetErrorKind::Cancelled);
        QCOMPARE(queued->error.kind, NetErrorKind::Cancelled);
        QCOMPARE(running->error.toError().kind, fd::ErrorKind::Cancelled);
    }

    void streamingDeliversChunksAsTheyArrive() {
        HttpClient client;
        QElapsedTimer clock;
        clock.start();
        QList<qint64> chunkTimes;
        QByteArray streamed;
        int headStatus = 0;
        Request r = get(m_http.baseUrl() + QStringLiteral("/stream?n=5&ms=150"));
        r.totalTimeoutMs = 0;
        r.onHeaders = [&](const Response& head) { headStatus = head.status; };
        r.onData = [&](QByteArrayView chunk) {
            QVERIFY(headStatus == 200); // head first
            chunkTimes.append(clock.elapsed());
            streamed += chunk.toByteArray();
        };
        const Reply reply = sendAndWait(client, std::move(r));
        const qint64 doneAt = clock.elapsed();
        QVERIFY2(reply.ok(), qPrintable(reply.error.detail));
        QVERIFY(reply.response.body.isEmpty()); // not accumulated
        QCOMPARE(streamed, QByteArray("event 0\nevent 1\nevent 2\nevent 3\nevent 4\n"));
        QVERIFY(chunkTimes.size() >= 5);
        QVERIFY2(chunkTimes.first() + 400 < doneAt,
                 qPrintable(QStringLiteral("%1 vs %2").arg(chunkTimes.first()).arg(doneAt)));

        // Cancelling from inside the data callback stops the stream.
        int seen = 0;
        RequestId id = 0;
        std::optional<Reply> cancelled;
        Request watch = get(m_http.baseUrl() + QStringLiteral("/stream?n=20&ms=100"));
        watch.totalTimeoutMs = 0;
        watch.onData = [&](QByteArrayView) {
            if (++seen == 2)
                client.cancel(id);
        };
        id = client.send(std::move(watch), this, [&](Reply rep) { cancelled = std::move(rep); });
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.has_value(), 5000);
        QCOMPARE(cancelled->error.kind, NetErrorKind::Cancelled);
        QCOMPARE(seen, 2);
    }

    void deliveryDroppedWhenContextDies() {
        HttpClient client;
        bool called = false;
        auto context = std::make_unique<QObject>();
        client.send(get(m_http.baseUrl() + QStringLiteral("/slow?ms=100")), context.get(),
                    [&](Reply) { called = true; });
        context.reset();
        QTest::qWait(400);
        QVERIFY(!called);
        QVERIFY(sendAndWait(client, get(m_http.baseUrl() + QStringLiteral("/hello"))).ok());
    }

    // --- proxies that really forward ----------------------------------------------------------

    void connectProxyForwards() {
        const int before = getJson(m_proxy.baseUrl() + QStringLiteral("/__stats"))
                               .value(QStringLiteral("connect"))
                               .toInt();
        Request r = tlsGet(m_https, QStringLiteral("/hello"));
        r.proxyUrl = m_proxy.baseUrl();
        const Reply reply = sendAndWait(std::move(r));
        QVERIFY2(reply.ok(), qPrintable(reply.error.detail));
        QCOMPARE(reply.response.body, QByteArray("hello"));
        QCOMPARE(getJson(m_proxy.baseUrl() + QStringLiteral("/__stats"))
                     .value(QStringLiteral("connect"))
                     .toInt(),
                 before + 1);

        Request plain = get(m_http.baseUrl() + QStringLiteral("/hello"));
        plain.proxyUrl = m_proxy.baseUrl();
        QCOMPARE(sendAndWait(std::move(plain)).response.body, QByteArray("hello"));
        QVERIFY(getJson(m_proxy.baseUrl() + QStringLiteral("/__stats"))
                    .value(QStringLiteral("forward"))
                    .toInt() >= 1);
    }

    void socksProxyForwards_data() {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("counter");
        QTest::newRow("socks5") << QStringLiteral("socks5") << QStringLiteral("127.0.0.1")
                                << QStringLiteral("socksIp");
        QTest::newRow("socks5h resolves at the proxy")
            << QStringLiteral("socks5h") << QStringLiteral("localhost")
            << QStringLiteral("socksDomain");
    }
    void socksProxyForwards() {
        QFETCH(QString, scheme);
        QFETCH(QString, host);
        QFETCH(QString, counter);
        const QString stats = m_proxy.baseUrl() + QStringLiteral("/__stats");
        const int before = getJson(stats).value(counter).toInt();
        Request r = tlsGet(m_https, QStringLiteral("/hello"));
        r.url.setHost(host);
        r.proxyUrl = m_proxy.baseUrl(scheme);
        const Reply reply = sendAndWait(std::move(r));
        QVERIFY2(reply.ok(), qPrintable(reply.error.detail));
        QCOMPARE(reply.response.body, QByteArray("hello"));
        QCOMPARE(getJson(stats).value(counter).toInt(), before + 1);
    }

    // --- concurrency --------------------------------------------------------------------------

    void perHostConnectionCap() {
        ServerProcess server;
        QString error;
        QVERIFY2(server.startPython(QStringLiteral("net_http_server.py"), {}, &error),
                 qPrintable(error));
        HttpClient client;
        client.setMaxConnectionsPerHost(2);
        client.setMaxRequestsInFlight(4);
        int done = 0, maxRunning = 0;
        for (int i = 0; i < 10; ++i)
            client.send(get(server.baseUrl() + QStringLiteral("/slow?ms=100")), this, [&](Reply r) {
                QVERIFY(r.ok());
                ++done;
            });
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this,
                [&] { maxRunning = qMax(maxRunning, client.runningCount()); });
        sampler.start(5);
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 10000);
        QVERIFY(maxRunning <= 4);
        const QJsonObject stats = getJson(server.baseUrl() + QStringLiteral("/stats"));
        const int maxSlow = stats.value(QStringLiteral("maxSlow")).toInt();
        qInfo("server saw at most %d requests at once", maxSlow);
        QCOMPARE(maxSlow, 2); // two connections, HTTP/1.1: never more, and the cap was used
    }

    void manyParallelRequestsWithoutThreads() {
        ServerProcess server;
        QString error;
        QVERIFY2(server.startPython(QStringLiteral("net_http_server.py"), {}, &error),
                 qPrintable(error));
        HttpClient client;
        client.setMaxConnectionsPerHost(16);
        client.setMaxRequestsInFlight(200);
        QVERIFY(sendAndWait(client, get(server.baseUrl() + QStringLiteral("/hello"))).ok());
        const int baseline = processThreads();
        int peak = baseline, ok = 0, done = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = qMax(peak, processThreads()); });
        sampler.start(2);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 200; ++i)
            client.send(get(server.baseUrl() + QStringLiteral("/hello")), this, [&](Reply r) {
                ok += r.ok() ? 1 : 0;
                ++done;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, 200, 30000);
        qInfo("200 requests in %lld ms; threads %d before, %d at most", clock.elapsed(), baseline,
              peak);
        QCOMPARE(ok, 200);
        QCOMPARE(peak, baseline);
    }

    void http2WithNginx() {
        const QString nginx = QStandardPaths::findExecutable(
            QStringLiteral("nginx"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
        // A missing nginx fails: a skipped test would count as passed.
        QVERIFY2(!nginx.isEmpty(),
                 "nginx is not installed (installers/quickstart.sh test installs nginx-light)");
        QTemporaryDir dir;
        const quint16 port = fd::test::freeTcpPort();
        const QString conf = dir.filePath(QStringLiteral("nginx.conf"));
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString d = dir.path();
        f.write(QStringLiteral(
                    "daemon off; master_process off; worker_processes 1; pid %1/nginx.pid;\n"
                    "error_log %1/error.log; events { worker_connections 64; }\n"
                    "http { access_log off; client_body_temp_path %1/body; proxy_temp_path "
                    "%1/proxy; fastcgi_temp_path %1/fcgi; uwsgi_temp_path %1/uwsgi; "
                    "scgi_temp_path %1/scgi;\n"
                    "  server { listen 127.0.0.1:%2 ssl http2; ssl_certificate %3; "
                    "ssl_certificate_key %4;\n"
                    "    location / { default_type text/plain; return 200 \"h2 ok\"; } } }\n")
                    .arg(d)
                    .arg(port)
                    .arg(m_pki.path(QStringLiteral("server.pem")),
                         m_pki.path(QStringLiteral("server.key")))
                    .toUtf8());
        f.close();
        QProcess proc;
        proc.setProcessChannelMode(QProcess::MergedChannels);
        proc.start(nginx, {QStringLiteral("-p"), d, QStringLiteral("-e"),
                           dir.filePath(QStringLiteral("error.log")), QStringLiteral("-c"), conf});
        QVERIFY(proc.waitForStarted(5000));
        auto stop = qScopeGuard([&] {
            proc.kill(); // this child's PID only
            proc.waitForFinished(5000);
        });
        QTcpSocket probe;
        QTRY_VERIFY_WITH_TIMEOUT(
            (probe.connectToHost(QHostAddress::LocalHost, port), probe.waitForConnected(100)),
            5000);
        probe.close();

        HttpClient client;
        client.setMaxConnectionsPerHost(1); // HTTP/2 multiplexes over the one connection
        int done = 0, h2 = 0;
        const QString url = QStringLiteral("https://localhost:%1/").arg(port);
        for (int i = 0; i < 10; ++i) {
            Request r = get(url);
            r.tls.caPem = m_pki.cert(QStringLiteral("ca"));
            client.send(std::move(r), this, [&](Reply reply) {
                QVERIFY2(reply.ok(), qPrintable(reply.error.detail));
                QCOMPARE(reply.response.body, QByteArray("h2 ok"));
                h2 += reply.response.httpVersion == HttpVersion::Http2 ? 1 : 0;
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 10000);
        QCOMPARE(h2, 10);
    }
};

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
