// "Trust this certificate" and connection pooling in the HTTP core, against Python HTTPS servers
// on loopback that send a real chain (leaf + intermediate; the root stays with the client or
// nowhere). Certificates are generated per run with the openssl command line.
#include "net/connectionpool.h"
#include "net/httpclient.h"
#include "net/synchttp.h"
#include "net/tlsobserver.h"

#include "serverprocess.h"
#include "testpki.h"

#include <QFile>
#include <QtTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace fd::net;
using fd::test::ServerProcess;

namespace {

// Certificates in a PEM bundle, in order.
QList<QByteArray> pemBlocks(const QByteArray& pem) {
    QList<QByteArray> out;
    qsizetype from = 0;
    const QByteArray end = "-----END CERTIFICATE-----";
    while (true) {
        const qsizetype begin = pem.indexOf("-----BEGIN CERTIFICATE-----", from);
        const qsizetype stop = begin < 0 ? -1 : pem.indexOf(end, begin);
        if (stop < 0)
            return out;
        out.append(pem.mid(begin, stop + end.size() - begin).trimmed());
        from = stop + end.size();
    }
}

// Counts how often a file is opened while it is watched (inotify IN_OPEN). inotify merges an
// event into an identical unread one, so read between the steps you want told apart.
class OpenCounter final {
public:
    explicit OpenCounter(const QString& path)
        : m_fd(inotify_init1(IN_NONBLOCK)) {
        if (m_fd >= 0)
            m_watch = inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN);
    }
    ~OpenCounter() {
        if (m_fd >= 0)
            close(m_fd);
    }
    bool isValid() const { return m_fd >= 0 && m_watch >= 0; }
    int opens() {
        alignas(inotify_event) char buffer[4096];
        while (true) {
            const ssize_t n = read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                return m_opens;
            for (ssize_t at = 0; at < n;) {
                const auto* e = reinterpret_cast<const inotify_event*>(buffer + at);
                m_opens += (e->mask & IN_OPEN) ? 1 : 0;
                at += ssize_t(sizeof(inotify_event) + e->len);
            }
        }
    }

private:
    int m_fd = -1;
    int m_watch = -1;
    int m_opens = 0;
};

} // namespace

class TestHttpTls final : public QObject {
    Q_OBJECT

private:
    fd::test::TestPki m_pki;
    ServerProcess m_chain, m_chain2, m_wrongName, m_selfSigned;

    bool startTls(ServerProcess& s, const QString& certFile, const QString& keyName) {
        QString error;
        const bool ok = s.startPython(QStringLiteral("net_http_server.py"),
                                      {QStringLiteral("--cert"), m_pki.path(certFile),
                                       QStringLiteral("--key"), m_pki.path(keyName + ".key")},
                                      &error);
        if (!ok)
            qWarning().noquote() << error;
        return ok;
    }
    static Request get(const ServerProcess& server, const QString& path) {
        Request r;
        r.url = QUrl(server.baseUrl(QStringLiteral("https")) + path);
        r.totalTimeoutMs = 10000;
        return r;
    }
    QString fp(const QString& name) const { return m_pki.sha256Fingerprint(name); }
    static QString describe(const Reply& r) {
        return kindName(r.error.kind) + QLatin1Char(' ') + r.error.detail;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_pki.generate(&error), qPrintable(error));
        QVERIFY2(m_pki.generateChain(&error), qPrintable(error));
        QVERIFY(startTls(m_chain, QStringLiteral("chain-leaf-chain.pem"),
                         QStringLiteral("chain-leaf")));
        QVERIFY(startTls(m_chain2, QStringLiteral("chain-leaf2-chain.pem"),
                         QStringLiteral("chain-leaf2")));
        QVERIFY(startTls(m_wrongName, QStringLiteral("chain-wrongname-chain.pem"),
                         QStringLiteral("chain-wrongname")));
        QVERIFY(
            startTls(m_selfSigned, QStringLiteral("selfsigned.pem"), QStringLiteral("selfsigned")));
        for (const QString& name :
             {QStringLiteral("chain-leaf"), QStringLiteral("chain-leaf2"),
              QStringLiteral("chain-intermediate"), QStringLiteral("chain-root")})
            QVERIFY(!fp(name).isEmpty());
    }

    // The chain verifies against its root: the servers are set up right.
    void chainVerifiesAgainstItsRoot() {
        Request r = get(m_chain, QStringLiteral("/hello"));
        r.tls.caPem = m_pki.cert(QStringLiteral("chain-root"));
        const Reply reply = sendAndWait(std::move(r));
        QVERIFY2(reply.ok(), qPrintable(describe(reply)));
        QCOMPARE(reply.response.body, QByteArray("hello"));
    }

    void unknownCaCarriesTheLeafAndTheChain() {
        const Reply r = sendAndWait(get(m_chain, QStringLiteral("/hello")));
        QCOMPARE(r.error.kind, NetErrorKind::TlsUnknownCa);
        QCOMPARE(r.error.peerCertSha256, fp(QStringLiteral("chain-leaf")));
        QVERIFY(r.error.message.contains(fp(QStringLiteral("chain-leaf"))));
        const QList<QByteArray> sent = pemBlocks(r.error.peerCertsPem);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0), m_pki.cert(QStringLiteral("chain-leaf")).trimmed());
        QCOMPARE(sent.at(1), m_pki.cert(QStringLiteral("chain-intermediate")).trimmed());
    }

    // The fingerprint the error shows is exactly what makes the next request succeed.
    void pinningTheShownFingerprintSucceeds() {
        HttpClient client;
        const Reply first = sendAndWait(client, get(m_chain, QStringLiteral("/hello")));
        QCOMPARE(first.error.kind, NetErrorKind::TlsUnknownCa);
        Request pinned = get(m_chain, QStringLiteral("/hello"));
        pinned.tls.pinnedSha256 = first.error.peerCertSha256;
        const Reply second = sendAndWait(client, std::move(pinned));
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QCOMPARE(second.response.body, QByteArray("hello"));

        // Any spelling of the same digest (lower case, no colons).
        Request spelled = get(m_chain, QStringLiteral("/hello"));
        spelled.tls.pinnedSha256 = first.error.peerCertSha256.toLower().remove(QLatin1Char(':'));
        const Reply third = sendAndWait(std::move(spelled));
        QVERIFY2(third.ok(), qPrintable(describe(third)));
    }

    void pinningAnIssuerDoesNotTrustTheLeaf_data() {
        QTest::addColumn<QString>("cert");
        QTest::newRow("intermediate") << QStringLiteral("chain-intermediate");
        QTest::newRow("root") << QStringLiteral("chain-root");
    }
    void pinningAnIssuerDoesNotTrustTheLeaf() {
        QFETCH(QString, cert);
        Request r = get(m_chain, QStringLiteral("/hello"));
        r.tls.pinnedSha256 = fp(cert);
        const Reply reply = sendAndWait(std::move(r));
        QCOMPARE(reply.error.kind, NetErrorKind::TlsUnknownCa);
        QCOMPARE(reply.error.peerCertSha256, fp(QStringLiteral("chain-leaf")));
    }

    // A pinned certificate is trusted whatever names it carries (IP-addressed API servers).
    void pinnedLeafWithOtherNamesSucceeds() {
        Request unpinned = get(m_wrongName, QStringLiteral("/hello"));
        unpinned.tls.caPem = m_pki.cert(QStringLiteral("chain-root"));
        const Reply mismatch = sendAndWait(unpinned);
        QCOMPARE(mismatch.error.kind, NetErrorKind::TlsNameMismatch);
        QCOMPARE(mismatch.error.peerCertSha256, fp(QStringLiteral("chain-wrongname")));

        Request pinned = unpinned;
        pinned.tls.pinnedSha256 = mismatch.error.peerCertSha256;
        const Reply ok = sendAndWait(std::move(pinned));
        QVERIFY2(ok.ok(), qPrintable(describe(ok)));

        // Without the CA too: the pin alone.
        Request pinOnly = get(m_wrongName, QStringLiteral("/hello"));
        pinOnly.tls.pinnedSha256 = fp(QStringLiteral("chain-wrongname"));
        const Reply alone = sendAndWait(std::move(pinOnly));
        QVERIFY2(alone.ok(), qPrintable(describe(alone)));
    }

    void selfSignedCertificatePinned() {
        Request r = get(m_selfSigned, QStringLiteral("/hello"));
        const Reply refused = sendAndWait(r);
        QCOMPARE(refused.error.kind, NetErrorKind::TlsUnknownCa);
        r.tls.pinnedSha256 = refused.error.peerCertSha256;
        QVERIFY(sendAndWait(std::move(r)).ok());
    }

    // Another certificate under the same pin is verified normally: unknown CA without the root,
    // accepted with it (a renewed certificate from the trusted CA), and its name still checked.
    void otherCertificateUnderAPinIsVerifiedNormally() {
        const QString pin = fp(QStringLiteral("chain-leaf"));
        Request other = get(m_chain2, QStringLiteral("/hello"));
        other.tls.pinnedSha256 = pin;
        const Reply refused = sendAndWait(other);
        QCOMPARE(refused.error.kind, NetErrorKind::TlsUnknownCa);
        QCOMPARE(refused.error.peerCertSha256, fp(QStringLiteral("chain-leaf2")));

        other.tls.caPem = m_pki.cert(QStringLiteral("chain-root"));
        const Reply renewed = sendAndWait(other);
        QVERIFY2(renewed.ok(), qPrintable(describe(renewed)));

        Request wrongName = get(m_wrongName, QStringLiteral("/hello"));
        wrongName.tls.pinnedSha256 = pin;
        wrongName.tls.caPem = m_pki.cert(QStringLiteral("chain-root"));
        const Reply mismatch = sendAndWait(std::move(wrongName));
        QVERIFY2(mismatch.error.kind == NetErrorKind::TlsNameMismatch,
                 qPrintable(describe(mismatch)));
        QCOMPARE(mismatch.error.peerCertSha256, fp(QStringLiteral("chain-wrongname")));

        // The name checked is the TLS server name when one is set.
        Request named = get(m_wrongName, QStringLiteral("/hello"));
        named.tls.pinnedSha256 = pin;
        named.tls.caPem = m_pki.cert(QStringLiteral("chain-root"));
        named.tls.serverName = QStringLiteral("wrong.fleetdeck.test");
        const Reply covered = sendAndWait(std::move(named));
        QVERIFY2(covered.ok(), qPrintable(describe(covered)));
    }

    void malformedPinIsRefusedBeforeSending() {
        Request r = get(m_chain, QStringLiteral("/hello"));
        r.tls.pinnedSha256 = QStringLiteral("AB:CD");
        const Reply reply = sendAndWait(std::move(r));
        QCOMPARE(reply.error.kind, NetErrorKind::TlsOther);
        QVERIFY(reply.error.detail.contains(QStringLiteral("SHA-256")));
    }

    // One client, one host:port: a connection verified under one policy never serves another.
    void connectionsNeverCrossPolicies() {
        HttpClient client;
        Request pinned = get(m_chain, QStringLiteral("/hello"));
        pinned.tls.pinnedSha256 = fp(QStringLiteral("chain-leaf"));
        QVERIFY(sendAndWait(client, pinned).ok());

        const Reply unpinned = sendAndWait(client, get(m_chain, QStringLiteral("/hello")));
        QCOMPARE(unpinned.error.kind, NetErrorKind::TlsUnknownCa);

        Request otherPin = get(m_chain, QStringLiteral("/hello"));
        otherPin.tls.pinnedSha256 = fp(QStringLiteral("chain-leaf2"));
        QCOMPARE(sendAndWait(client, otherPin).error.kind, NetErrorKind::TlsUnknownCa);

        Request otherCa = get(m_chain, QStringLiteral("/hello"));
        otherCa.tls.caPem = m_pki.cert(QStringLiteral("ca"));
        QCOMPARE(sendAndWait(client, otherCa).error.kind, NetErrorKind::TlsUnknownCa);

        Request rightCa = get(m_chain, QStringLiteral("/hello"));
        rightCa.tls.caPem = m_pki.cert(QStringLiteral("chain-root"));
        QVERIFY(sendAndWait(client, rightCa).ok());
        // ... and the first policy still reuses its own connection.
        const quint64 opened = client.stats().connectionsOpened;
        QVERIFY(sendAndWait(client, pinned).ok());
        QCOMPARE(client.stats().connectionsOpened, opened);
    }

    void connectionsReusedWithinAPolicy() {
        HttpClient client;
        for (int i = 0; i < 5; ++i) {
            Request r = get(m_chain, QStringLiteral("/hello"));
            r.tls.caPem = m_pki.cert(QStringLiteral("chain-root"));
            QVERIFY(sendAndWait(client, std::move(r)).ok());
        }
        QCOMPARE(client.stats().requests, quint64(5));
        QCOMPARE(client.stats().connectionsOpened, quint64(1));
        QCOMPARE(client.stats().pools, 1);

        client.dropIdleConnections();
        QCOMPARE(client.stats().pools, 0);
        Request again = get(m_chain, QStringLiteral("/hello"));
        again.tls.caPem = m_pki.cert(QStringLiteral("chain-root"));
        QVERIFY(sendAndWait(client, std::move(again)).ok());
        QCOMPARE(client.stats().connectionsOpened, quint64(2));
    }

    // A new connection to a server already met resumes the TLS session (no certificate check,
    // no key exchange with signatures).
    void newConnectionsResumeTheTlsSession() {
        HttpClient client;
        for (int i = 0; i < 3; ++i) {
            Request r = get(m_chain, QStringLiteral("/close"));
            r.tls.caPem = m_pki.cert(QStringLiteral("chain-root"));
            const Reply reply = sendAndWait(client, std::move(r));
            QVERIFY2(reply.ok(), qPrintable(describe(reply)));
        }
        QCOMPARE(client.stats().connectionsOpened, quint64(3));
        QCOMPARE(client.stats().tlsSessionsResumed, quint64(2));
    }

    // The system CA bundle is read once per client: not for a plain http request (no
    // certificate to check), not once per connection, and not again when the pools that used
    // it closed.
    void systemStoreReadOnce() {
        const QString bundle = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        QVERIFY2(QFile::exists(bundle), "Debian's ca-certificates bundle is missing");
        OpenCounter counter(bundle);
        QVERIFY(counter.isValid());
        HttpClient client;
        ServerProcess plain;
        QString error;
        QVERIFY2(plain.startPython(QStringLiteral("net_http_server.py"), {}, &error),
                 qPrintable(error));
        Request hello;
        hello.url = QUrl(plain.baseUrl() + QStringLiteral("/hello"));
        hello.totalTimeoutMs = 10000;
        const Reply plainReply = sendAndWait(client, hello);
        QVERIFY2(plainReply.ok(), qPrintable(describe(plainReply)));
        QCOMPARE(counter.opens(), 0);
        QList<int> opens;
        for (int i = 0; i < 5; ++i) {
            // The chain is unknown to the system store: every attempt is a new connection.
            const Reply r = sendAndWait(client, get(m_chain, QStringLiteral("/close")));
            QCOMPARE(r.error.kind, NetErrorKind::TlsUnknownCa);
            opens.append(counter.opens());
        }
        QCOMPARE(client.stats().connectionsOpened, quint64(6)); // with the plain one
        QCOMPARE(opens, QList<int>({1, 1, 1, 1, 1}));
        client.dropIdleConnections();
        QCOMPARE(client.stats().pools, 0);
        QCOMPARE(sendAndWait(client, get(m_chain, QStringLiteral("/close"))).error.kind,
                 NetErrorKind::TlsUnknownCa);
        QCOMPARE(counter.opens(), 1);
        // A plain pool never serves an https request: that one still gets the system store.
        QVERIFY(sendAndWait(client, hello).ok());
        QCOMPARE(client.stats().pools, 2);
    }

    void trustStoresParsedOncePerCa() {
        TrustStores stores;
        QString error;
        const TrustStore a = stores.get(m_pki.cert(QStringLiteral("chain-root")), &error);
        const TrustStore b = stores.get(m_pki.cert(QStringLiteral("chain-root")), &error);
        const TrustStore c = stores.get(m_pki.cert(QStringLiteral("ca")), &error);
        QVERIFY(a && c);
        QCOMPARE(a.get(), b.get());
        QVERIFY(a.get() != c.get());
        QVERIFY(!stores.get("not a certificate", &error));
        QVERIFY(!error.isEmpty());
    }

    void caWithoutCertificateIsATlsError() {
        Request r = get(m_chain, QStringLiteral("/hello"));
        r.tls.caPem = "-----BEGIN NOTHING-----\n-----END NOTHING-----\n";
        QCOMPARE(sendAndWait(std::move(r)).error.kind, NetErrorKind::TlsOther);
    }

    void fingerprintFormat() {
        const QByteArray digest =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        QCOMPARE(formatSha256Fingerprint(digest),
                 QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"));
        QCOMPARE(parseSha256Fingerprint(formatSha256Fingerprint(digest)), digest);
        QCOMPARE(parseSha256Fingerprint(QString::fromLatin1(digest.toHex())), digest);
        QVERIFY(parseSha256Fingerprint(QStringLiteral("00:11")).isEmpty());
        QVERIFY(parseSha256Fingerprint(QString(64, QLatin1Char('g'))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpTls)
#include "tst_http_tls.moc"
