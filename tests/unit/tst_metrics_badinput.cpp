// The Prometheus client against a misbehaving server of our own (tests/servers/prometheus/
// badprom.py): HTML instead of JSON, a 50 MB answer, a slow server, malformed and odd JSON,
// error bodies, 401 with credential renewal, a wrong CA, nothing listening. Every case must end
// in one clear message (or a gap), exactly once, never a crash or a hang.
#include "metrics/alertmanagerclient.h"
#include "metrics/promclient.h"
#include "net/httpclient.h"

#include "serverprocess.h"
#include "testpki.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <optional>

using namespace fd::metrics;
using fd::test::ServerProcess;

namespace {

template <typename T>
std::optional<PromResult<T>> await(const std::function<void(QObject*, PromCallback<T>)>& call,
                                   int timeoutMs = 60000) {
    std::optional<PromResult<T>> out;
    int calls = 0;
    QObject context;
    call(&context, [&](PromResult<T> r) {
        ++calls;
        out.emplace(std::move(r));
    });
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (calls > 1)
        qFatal("a callback ran %d times", calls);
    return out;
}

} // namespace

class TestMetricsBadInput final : public QObject {
    Q_OBJECT

private:
    ServerProcess m_bad;
    ServerProcess m_tls;
    fd::test::TestPki m_pki;
    std::unique_ptr<fd::net::HttpClient> m_http;

    PromResult<QueryResult> query(const QString& prefix, int timeoutMs = 30000,
                                  AuthProvider auth = noAuth()) {
        PromClient client(fd::net::Endpoint{m_bad.baseUrl() + prefix, {}, {}}, std::move(auth),
                          m_http.get());
        auto r = await<QueryResult>([&](QObject* c, PromCallback<QueryResult> d) {
            client.query(InstantQuery{QStringLiteral("DCGM_FI_DEV_GPU_UTIL"), {}, timeoutMs}, c,
                         std::move(d));
        });
        if (!r)
            return makePromError(PromErrorCategory::Cancelled, QStringLiteral("test timeout"));
        return *r;
    }

private Q_SLOTS:
    void initTestCase();
    void htmlInsteadOfJson();
    void hugeAnswerHitsTheLimit();
    void slowServerTimesOut();
    void malformedAndTrailingJson();
    void deeplyNestedJson();
    void oddValuesAndLabels();
    void serverErrorBodies();
    void alertmanagerErrorString();
    void unauthorizedRenewsOnce();
    void authProviderFailure();
    void nothingListening();
    void wrongCertificateAuthority();
};

void TestMetricsBadInput::initTestCase() {
    QString error;
    QVERIFY2(m_bad.startPython(QStringLiteral("prometheus/badprom.py"), {}, &error),
             qPrintable(error));
    QVERIFY2(m_pki.generate(&error), qPrintable(error));
    QVERIFY2(m_tls.startPython(QStringLiteral("prometheus/badprom.py"),
                               {QStringLiteral("--cert"), m_pki.path(QStringLiteral("server.pem")),
                                QStringLiteral("--key"), m_pki.path(QStringLiteral("server.key"))},
                               &error),
             qPrintable(error));
    m_http = std::make_unique<fd::net::HttpClient>();
}

void TestMetricsBadInput::htmlInsteadOfJson() {
    for (const char* prefix : {"/html", "/htmljson"}) {
        const auto r = query(QLatin1String(prefix));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().category, PromErrorCategory::NotPrometheus);
        QVERIFY2(r.error().message.contains(QLatin1String("web page")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1String("<html")));
    }
}

void TestMetricsBadInput::hugeAnswerHitsTheLimit() {
    QElapsedTimer timer;
    timer.start();
    const auto r = query(QStringLiteral("/huge"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, PromErrorCategory::TooLarge);
    QVERIFY2(r.error().message.contains(QLatin1String("32 MB")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("shorter time range")),
             qPrintable(r.error().message));
    qInfo() << "50 MB answer refused after" << timer.elapsed() << "ms";
    // With a larger limit the same answer is read and decoded (off this thread).
    PromClient big(fd::net::Endpoint{m_bad.baseUrl() + QStringLiteral("/huge"), {}, {}}, noAuth(),
                   m_http.get());
    big.setMaxResponseBytes(qint64(64) << 20);
    auto ok = await<QueryResult>([&](QObject* c, PromCallback<QueryResult> d) {
        big.query(InstantQuery{QStringLiteral("x")}, c, std::move(d));
    });
    QVERIFY(ok && ok->ok());
    QCOMPARE(ok->value().type, ResultType::Matrix);
    QVERIFY(ok->value().matrix[0].points.size() > 2000000);
}

void TestMetricsBadInput::slowServerTimesOut() {
    QElapsedTimer timer;
    timer.start();
    const auto r = query(QStringLiteral("/slow"), 500); // the transfer gives up at 5.5 s
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, PromErrorCategory::Network);
    QCOMPARE(r.error().netKind, fd::net::NetErrorKind::Timeout);
    QVERIFY2(r.error().message.contains(QLatin1String("did not answer in time")),
             qPrintable(r.error().message));
    QVERIFY(timer.elapsed() < 9000);
}

void TestMetricsBadInput::malformedAndTrailingJson() {
    for (const char* prefix : {"/malformed", "/trailing"}) {
        const auto r = query(QLatin1String(prefix));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().category, PromErrorCategory::Malformed);
        QVERIFY(!r.error().detail.isEmpty());
    }
}

void TestMetricsBadInput::deeplyNestedJson() {
    const auto r = query(QStringLiteral("/nested"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, PromErrorCategory::Malformed);
}

void TestMetricsBadInput::oddValuesAndLabels() {
    const auto r = query(QStringLiteral("/odd"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const QueryResult& q = r.value();
    QCOMPARE(q.warnings, QStringList{QStringLiteral("a warning from the server")});
    QCOMPARE(q.invalidValues, 1);
    QCOMPARE(q.matrix.size(), 3);
    QCOMPARE(q.matrix[0].points.size(), size_t(6));
    QVERIFY(std::isnan(q.matrix[0].points[1].value));
    QVERIFY(std::isinf(q.matrix[0].points[2].value));
    QVERIFY(q.matrix[1].labels.isEmpty());
    QVERIFY(!q.matrix[2].labels.contains(u"gpu")); // a number where a string belongs: dropped
}

void TestMetricsBadInput::serverErrorBodies() {
    const auto e422 = query(QStringLiteral("/error422"));
    QVERIFY(!e422.ok());
    QCOMPARE(e422.error().category, PromErrorCategory::QueryFailed);
    QCOMPARE(e422.error().errorType, QStringLiteral("execution"));
    QVERIFY(e422.error().message.contains(QLatin1String("too many chunks")));
    const auto e503 = query(QStringLiteral("/plain503"));
    QVERIFY(!e503.ok());
    QCOMPARE(e503.error().category, PromErrorCategory::Unavailable);
    QVERIFY(e503.error().message.contains(QLatin1String("not ready")));
    const auto e404 = query(QStringLiteral("/nothing-here"));
    QVERIFY(!e404.ok());
    QCOMPARE(e404.error().category, PromErrorCategory::NotFound);
    QVERIFY(e404.error().message.contains(QLatin1String("path prefix")));
}

void TestMetricsBadInput::alertmanagerErrorString() {
    AlertmanagerClient am(fd::net::Endpoint{m_bad.baseUrl() + QStringLiteral("/am400"), {}, {}},
                          noAuth(), m_http.get());
    auto r = await<QList<AmAlert>>(
        [&](QObject* c, PromCallback<QList<AmAlert>> d) { am.alerts({}, c, std::move(d)); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().category, PromErrorCategory::BadQuery);
    QVERIFY(r->error().message.startsWith(QLatin1String("Alertmanager")));
    QVERIFY(r->error().message.contains(QLatin1String("bad matcher format")));
}

void TestMetricsBadInput::unauthorizedRenewsOnce() {
    // A token that expired: the provider hands a fresh one when asked to renew.
    std::atomic<int> asked{0}, renewals{0};
    AuthProvider renewing = [&](bool renew, std::function<void(fd::Result<RequestAuth>)> ready) {
        ++asked;
        if (renew)
            ++renewals;
        RequestAuth auth;
        auth.headers.append({"Authorization", bearerAuthorization(renew ? "good" : "stale")});
        ready(auth);
    };
    const auto ok = query(QStringLiteral("/auth"), 30000, renewing);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    QCOMPARE(asked.load(), 2);
    QCOMPARE(renewals.load(), 1);
    // A credential that stays wrong: exactly one retry, then one clear message.
    asked = 0;
    AuthProvider wrong = [&](bool, std::function<void(fd::Result<RequestAuth>)> ready) {
        ++asked;
        RequestAuth auth;
        auth.headers.append({"Authorization", bearerAuthorization("wrong")});
        ready(auth);
    };
    const auto denied = query(QStringLiteral("/auth"), 30000, wrong);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().category, PromErrorCategory::Unauthorized);
    QCOMPARE(asked.load(), 2);
    QVERIFY(!denied.error().message.contains(QLatin1String("wrong"))); // no secret in the text
    QVERIFY(!denied.error().detail.contains(QLatin1String("wrong")));
}

void TestMetricsBadInput::authProviderFailure() {
    // A provider that answers later, from another thread, with an error (a locked vault).
    AuthProvider locked = [](bool, std::function<void(fd::Result<RequestAuth>)> ready) {
        QThreadPool::globalInstance()->start([ready] {
            ready(fd::makeError(fd::ErrorKind::Locked,
                                QStringLiteral("The vault is locked; unlock it to continue.")));
        });
    };
    const auto r = query(QStringLiteral("/ok"), 30000, locked);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, PromErrorCategory::Unauthorized);
    QCOMPARE(r.error().message, QStringLiteral("The vault is locked; unlock it to continue."));
    // And one that answers later with a good credential.
    AuthProvider later = [](bool, std::function<void(fd::Result<RequestAuth>)> ready) {
        QThreadPool::globalInstance()->start([ready] { ready(RequestAuth{}); });
    };
    QVERIFY(query(QStringLiteral("/ok"), 30000, later).ok());
}

void TestMetricsBadInput::nothingListening() {
    const quint16 port = fd::test::freeTcpPort();
    PromClient client(fd::net::Endpoint{QStringLiteral("http://127.0.0.1:%1").arg(port), {}, {}},
                      noAuth(), m_http.get());
    auto r = await<ConnectionReport>([&](QObject* c, PromCallback<ConnectionReport> d) {
        client.testConnection(c, std::move(d));
    });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().category, PromErrorCategory::Network);
    QCOMPARE(r->error().netKind, fd::net::NetErrorKind::Refused);
    QVERIFY(r->error().message.contains(QString::number(port)));
}

void TestMetricsBadInput::wrongCertificateAuthority() {
    const QString url = m_tls.baseUrl(QStringLiteral("https")) + QStringLiteral("/ok");
    // The server's certificate is issued by "ca"; we trust only "clientca".
    fd::net::Endpoint wrong{url, {}, {}};
    wrong.tls.caPem = m_pki.cert(QStringLiteral("clientca"));
    PromClient client(wrong, noAuth(), m_http.get());
    auto r = await<QueryResult>([&](QObject* c, PromCallback<QueryResult> d) {
        client.query(InstantQuery{QStringLiteral("up")}, c, std::move(d));
    });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().category, PromErrorCategory::Network);
    QCOMPARE(r->error().netKind, fd::net::NetErrorKind::TlsUnknownCa);
    QCOMPARE(r->error().peerCertSha256, m_pki.sha256Fingerprint(QStringLiteral("server")));
    QVERIFY(r->error().message.contains(r->error().peerCertSha256));
    // The right CA works.
    fd::net::Endpoint right{url, {}, {}};
    right.tls.caPem = m_pki.cert(QStringLiteral("ca"));
    PromClient good(right, noAuth(), m_http.get());
    auto ok = await<QueryResult>([&](QObject* c, PromCallback<QueryResult> d) {
        good.query(InstantQuery{QStringLiteral("up")}, c, std::move(d));
    });
    QVERIFY(ok && ok->ok());
    // "Trust this certificate": the wrong CA with the server's fingerprint pinned works, since
    // the endpoint's pin reaches the request.
    fd::net::Endpoint pinned = wrong;
    pinned.tls.pinnedSha256 = r->error().peerCertSha256;
    PromClient trusted(pinned, noAuth(), m_http.get());
    auto viaPin = await<QueryResult>([&](QObject* c, PromCallback<QueryResult> d) {
        trusted.query(InstantQuery{QStringLiteral("up")}, c, std::move(d));
    });
    QVERIFY(viaPin);
    if (!viaPin->ok())
        QFAIL(qPrintable(viaPin->error().message));
}

QTEST_GUILESS_MAIN(TestMetricsBadInput)
#include "tst_metrics_badinput.moc"
