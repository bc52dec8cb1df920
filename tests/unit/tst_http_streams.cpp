// Streams (watches, server-sent events, log follows) in their own lane of the HTTP core: open
// streams never hold the in-flight or per-host slots of ordinary requests. Against the Python
// HTTP test server on loopback.
#include "net/httpclient.h"
#include "net/synchttp.h"

#include "serverprocess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace fd::net;
using fd::test::ServerProcess;

class TestHttpStreams final : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;

    Request get(const QString& path) const {
        Request r;
        r.url = QUrl(m_server.baseUrl() + path);
        r.totalTimeoutMs = 10000;
        return r;
    }
    // A stream that stays open for a minute unless cancelled.
    Request longStream(int* heads) const {
        Request r = get(QStringLiteral("/stream?n=600&ms=100"));
        r.totalTimeoutMs = 0;
        r.onHeaders = [heads](const Response&) { ++*heads; };
        r.onData = [](QByteArrayView) {};
        return r;
    }
    int serverOpenConnections() const {
        const Reply r = sendAndWait(get(QStringLiteral("/stats")));
        return QJsonDocument::fromJson(r.response.body)
            .object()
            .value(QStringLiteral("open"))
            .toInt();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.startPython(QStringLiteral("net_http_server.py"), {}, &error),
                 qPrintable(error));
    }

    void whatIsAStream() {
        Request plain = get(QStringLiteral("/hello"));
        QVERIFY(!plain.isStream());
        Request watch = plain;
        watch.onData = [](QByteArrayView) {};
        QVERIFY(!watch.isStream()); // a bounded download that wants its chunks
        watch.totalTimeoutMs = 0;
        QVERIFY(watch.isStream());
        Request flagged = plain;
        flagged.stream = true;
        QVERIFY(flagged.isStream());
    }

    // The case: 64 open watches on one host, and then every other request to that host
    // waited forever. With 4 requests in flight and 2 connections per host, 64 streams open and
    // ordinary GETs still answer promptly.
    void streamsDoNotStarveRequests() {
        int heads = 0;
        QList<RequestId> streams;
        QList<Reply> ended;
        int answered = 0;
        int maxRunning = 0;
        HttpClient client; // after what its callbacks use: destroyed first
        client.setMaxRequestsInFlight(4);
        client.setMaxConnectionsPerHost(2);
        for (int i = 0; i < 64; ++i)
            streams << client.send(longStream(&heads), this,
                                   [&](Reply r) { ended.append(std::move(r)); });
        QTRY_COMPARE_WITH_TIMEOUT(heads, 64, 20000);
        QCOMPARE(client.streamCount(), 64);
        QCOMPARE(client.runningCount(), 0);
        QVERIFY(serverOpenConnections() >= 64); // HTTP/1.1: a connection each

        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 10; ++i)
            client.send(get(QStringLiteral("/hello")), this, [&](Reply r) {
                QVERIFY2(r.ok(), qPrintable(r.error.detail));
                ++answered;
                maxRunning = qMax(maxRunning, client.runningCount());
            });
        QCOMPARE(client.queuedCount(), 10); // the request lane's FIFO queue still applies
        QTRY_COMPARE_WITH_TIMEOUT(answered, 10, 10000);
        qInfo("10 GETs next to 64 open streams: %lld ms", clock.elapsed());
        QVERIFY(maxRunning <= 4);
        QVERIFY(ended.isEmpty()); // the streams are still open

        // Cancelling streams works and frees their connections.
        for (RequestId id : std::as_const(streams))
            QVERIFY(client.cancel(id));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 64, 10000);
        for (const Reply& r : std::as_const(ended))
            QCOMPARE(r.error.kind, NetErrorKind::Cancelled);
        QCOMPARE(client.streamCount(), 0);
        QVERIFY(!client.cancel(streams.first()));
        QTRY_VERIFY_WITH_TIMEOUT(serverOpenConnections() < 16, 10000);
    }

    // Streams set up their connections a bounded number at a time: against a server that
    // accepts TCP connections and never answers the TLS handshake, 100 streams make 32
    // connections, and the next ones come as those give up. (Without the bound, a burst of
    // 1,000 watches all finished their handshakes after the connect timeout.)
    void streamsConnectABoundedNumberAtATime() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket*> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                accepted << s;
        });
        int ended = 0;
        HttpClient client;
        for (int i = 0; i < 100; ++i) {
            Request r;
            r.url = QUrl(QStringLiteral("https://127.0.0.1:%1/watch").arg(silent.serverPort()));
            r.stream = true;
            r.connectTimeoutMs = 1500;
            // A pool each (a pin of its own): within one pool libcurl makes new transfers wait
            // for a connection being set up (PIPEWAIT), which would hide the cap.
            r.tls.pinnedSha256 = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                    .toHex());
            client.send(std::move(r), this, [&](Reply reply) {
                QCOMPARE(reply.error.kind, NetErrorKind::Timeout);
                ++ended;
            });
        }
        QTRY_COMPARE(accepted.size(), 32);
        QTest::qWait(500);
        QCOMPARE(accepted.size(), 32);
        QCOMPARE(client.streamCount(), 100);
        QTRY_VERIFY_WITH_TIMEOUT(accepted.size() > 32, 5000); // the first ones timed out
        QTRY_COMPARE_WITH_TIMEOUT(ended, 100, 20000);
        QCOMPARE(accepted.size(), 100);
    }

    void explicitStreamWithTimeoutUsesTheStreamLane() {
        HttpClient client;
        client.setMaxRequestsInFlight(1);
        Request r = get(QStringLiteral("/slow?ms=300"));
        r.stream = true;
        std::optional<Reply> reply;
        client.send(std::move(r), this, [&](Reply rep) { reply = std::move(rep); });
        QTRY_COMPARE(client.streamCount(), 1);
        QCOMPARE(client.runningCount(), 0);
        QTRY_VERIFY(reply.has_value());
        QVERIFY(reply->ok());
        QCOMPARE(client.streamCount(), 0);
    }

    // A stream can still end by itself and deliver what it streamed.
    void streamEndsNormally() {
        HttpClient client;
        QByteArray data;
        Request r = get(QStringLiteral("/stream?n=3&ms=50"));
        r.totalTimeoutMs = 0;
        r.onData = [&](QByteArrayView chunk) { data += chunk.toByteArray(); };
        const Reply reply = sendAndWait(client, std::move(r));
        QVERIFY2(reply.ok(), qPrintable(reply.error.detail));
        QCOMPARE(data, QByteArray("event 0\nevent 1\nevent 2\n"));
    }

    // Destroying the client answers every stream, running request and queued request with
    // Cancelled, once each.
    void destructorCancelsEverything() {
        auto client = std::make_unique<HttpClient>();
        client->setMaxRequestsInFlight(1);
        int heads = 0;
        QMap<RequestId, NetErrorKind> answers;
        int calls = 0;
        auto record = [&](Reply r) {
            ++calls;
            answers.insert(r.id, r.error.kind);
        };
        for (int i = 0; i < 8; ++i)
            client->send(longStream(&heads), this, record);
        for (int i = 0; i < 4; ++i)
            client->send(get(QStringLiteral("/slow?ms=5000")), this, record);
        QTRY_COMPARE_WITH_TIMEOUT(heads, 8, 10000);
        QTRY_COMPARE(client->runningCount(), 1);
        QCOMPARE(client->queuedCount(), 3);
        client.reset();
        QTRY_COMPARE(calls, 12);
        QCOMPARE(answers.size(), 12);
        for (NetErrorKind kind : std::as_const(answers))
            QCOMPARE(kind, NetErrorKind::Cancelled);
        QTest::qWait(100);
        QCOMPARE(calls, 12);
    }
};

QTEST_GUILESS_MAIN(TestHttpStreams)
#include "tst_http_streams.moc"
