// Prometheus endpoints in the store (prometheus_endpoints + endpoints, round trip, unique names,
// removal of the endpoint row), service references for the API server's proxy, and the ranking
// that finds a Prometheus among a cluster's services by labels.
#include "secretstesthelpers.h"
#include "testutil.h"

#include "metrics/metricsendpoints.h"
#include "metrics/serviceproxy.h"
#include "net/httpclient.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace fd::metrics;

namespace {

fd::kube::Service service(const QString& ns, const QString& name, fd::kube::StringMap labels,
                          QList<std::pair<QString, int>> ports) {
    fd::kube::Service s;
    s.metadata.namespaceName = ns;
    s.metadata.name = name;
    s.metadata.labels = std::move(labels);
    s.type = QStringLiteral("ClusterIP");
    for (const auto& [n, p] : ports) {
        fd::kube::ServicePort port;
        port.name = n;
        port.port = p;
        s.ports << port;
    }
    return s;
}

} // namespace

class TestMetricsEndpoints : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serviceRefs() {
        const auto a = ServiceRef::parse(QStringLiteral("monitoring/prometheus-operated:9090"));
        QVERIFY(a);
        QCOMPARE(a->namespaceName, QStringLiteral("monitoring"));
        QCOMPARE(a->name, QStringLiteral("prometheus-operated"));
        QCOMPARE(a->port, QStringLiteral("9090"));
        QCOMPARE(a->proxyPath(), QStringLiteral("/api/v1/namespaces/monitoring/services/"
                                                "prometheus-operated:9090/proxy"));
        const auto b = ServiceRef::parse(QStringLiteral("mon/https:kps-prometheus:web"));
        QVERIFY(b);
        QCOMPARE(b->scheme, QStringLiteral("https"));
        QCOMPARE(b->port, QStringLiteral("web"));
        QCOMPARE(b->toString(), QStringLiteral("mon/https:kps-prometheus:web"));
        QCOMPARE(ServiceRef::parse(b->toString()), b);
        QCOMPARE(b->proxyPath(),
                 QStringLiteral("/api/v1/namespaces/mon/services/https:kps-prometheus:web/proxy"));
        for (const char* bad : {"prometheus:9090", "/x:1", "ns/", "NS/x:1", "ns/x:1/y", "ns/x y:1"})
            QVERIFY2(!ServiceRef::parse(QString::fromLatin1(bad)), bad);
    }

    void rankingByLabels() {
        const QList<fd::kube::Service> services{
            service(QStringLiteral("monitoring"),
                    QStringLiteral("kps-kube-prometheus-stack-alertmanager"),
                    {{QStringLiteral("app"), QStringLiteral("kube-prometheus-stack-alertmanager")}},
                    {{QStringLiteral("http-web"), 9093}}),
            service(QStringLiteral("monitoring"), QStringLiteral("kps-prometheus-node-exporter"),
                    {{QStringLiteral("app.kubernetes.io/name"),
                      QStringLiteral("prometheus-node-exporter")}},
                    {{QStringLiteral("http-metrics"), 9100}}),
            service(QStringLiteral("monitoring"), QStringLiteral("prometheus-operated"),
                    {{QStringLiteral("operated-prometheus"), QStringLiteral("true")}},
                    {{QStringLiteral("http-web"), 9090}, {QStringLiteral("grpc"), 10901}}),
            service(QStringLiteral("monitoring"),
                    QStringLiteral("kps-kube-prometheus-stack-prometheus"),
                    {{QStringLiteral("app"), QStringLiteral("kube-prometheus-stack-prometheus")}},
                    {{QStringLiteral("reloader-web"), 8080}, {QStringLiteral("http-web"), 9090}}),
            service(QStringLiteral("gpu-operator"), QStringLiteral("nvidia-dcgm-exporter"),
                    {{QStringLiteral("app"), QStringLiteral("nvidia-dcgm-exporter")}},
                    {{QStringLiteral("gpu-metrics"), 9400}}),
            service(QStringLiteral("default"), QStringLiteral("kubernetes"), {},
                    {{QStringLiteral("https"), 443}}),
            service(QStringLiteral("observability"), QStringLiteral("prom-server"),
                    {{QStringLiteral("app.kubernetes.io/name"), QStringLiteral("prometheus")},
                     {QStringLiteral("app.kubernetes.io/component"), QStringLiteral("server")}},
                    {{QStringLiteral("http"), 80}}),
        };
        const QList<ServiceCandidate> ranked = rankPrometheusServices(services);
        QStringList names;
        for (const auto& c : ranked)
            names << c.ref.toString();
        QCOMPARE(names, (QStringList{
                            QStringLiteral("monitoring/kps-kube-prometheus-stack-prometheus:9090"),
                            QStringLiteral("monitoring/prometheus-operated:9090"),
                            QStringLiteral("observability/prom-server:80")}));
        QCOMPARE(ranked.first().reason, QStringLiteral("app=kube-prometheus-stack-prometheus"));
    }

    void storeRoundTrip() {
        QTemporaryDir dir;
        auto store = fd::store::Store::open(dir.path());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        MetricsEndpoint url;
        url.name = QStringLiteral("Lab");
        url.auth = AuthKind::Basic;
        url.username = QStringLiteral("grafana");
        fd::store::StoredEndpoint e;
        e.endpoint.url = QStringLiteral("https://prom.example:9090/prometheus");
        e.endpoint.tls.pinnedSha256 = QStringLiteral("AB:CD");
        e.endpoint.tls.caPem = "-----BEGIN CERTIFICATE-----\n";
        e.credentialRefs = {
            {QStringLiteral("password"), QStringLiteral("prometheus/lab/password")}};
        url.endpoint = e;
        fd::store::StoredEndpoint am;
        am.endpoint.url = QStringLiteral("https://am.example:9093");
        am.endpoint.tls.insecure = true;
        // The Alertmanager uses the Prometheus endpoint's credentials: none are stored for it.
        am.credentialRefs = {{QStringLiteral("password"), QStringLiteral("ignored")}};
        url.alertmanager = am;
        MetricsEndpoint api;
        api.name = QStringLiteral("via-api");
        api.service = ServiceRef::parse(QStringLiteral("monitoring/prometheus-operated:9090"));
        QVERIFY((*store)->writeSync([&](sqlite3* db) { return insertMetricsEndpoint(db, url); }));
        QVERIFY((*store)->writeSync([&](sqlite3* db) { return insertMetricsEndpoint(db, api); }));
        QVERIFY(url.id > 0 && url.endpoint->id > 0 && api.id > 0);
        QVERIFY(url.alertmanager->id > 0 && url.alertmanager->id != url.endpoint->id);
        // Names are unique whatever their case.
        MetricsEndpoint clash = api;
        clash.name = QStringLiteral("VIA-API");
        QVERIFY(
            !(*store)->writeSync([&](sqlite3* db) { return insertMetricsEndpoint(db, clash); }));

        QList<MetricsEndpoint> loaded;
        QVERIFY((*store)->read([&](sqlite3* db) -> fd::Status {
            auto r = loadMetricsEndpoints(db);
            if (!r)
                return r.error();
            loaded = *r;
            return {};
        }));
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded[0].name, QStringLiteral("Lab"));
        QCOMPARE(loaded[0].auth, AuthKind::Basic);
        QCOMPARE(loaded[0].username, QStringLiteral("grafana"));
        QVERIFY(loaded[0].endpoint);
        QCOMPARE(loaded[0].endpoint->endpoint, e.endpoint);
        QCOMPARE(loaded[0].endpoint->credentialRefs, e.credentialRefs);
        QVERIFY(!loaded[0].viaApiServer());
        QVERIFY(loaded[0].alertmanager);
        QCOMPARE(loaded[0].alertmanager->endpoint, am.endpoint);
        QVERIFY(loaded[0].alertmanager->credentialRefs.isEmpty());
        QVERIFY(!loaded[1].alertmanager);
        QCOMPARE(loaded[1].service, api.service);
        QVERIFY(loaded[1].viaApiServer());

        QVERIFY((*store)->writeSync([&](sqlite3* db) { return deleteMetricsEndpoint(db, url); }));
        qint64 endpoints = -1;
        QVERIFY((*store)->read([&](sqlite3* db) -> fd::Status {
            auto n = fd::store::queryInt(db, "SELECT count(*) FROM endpoints");
            if (!n)
                return n.error();
            endpoints = *n;
            return {};
        }));
        QCOMPARE(endpoints, 0);
    }

    // The Alertmanager is asked with the endpoint's own secret, read from the vault for the
    // request; an endpoint without one says how to add it.
    void alertmanagerClientUsesTheEndpointsSecret() {
        QTemporaryDir dir;
        fd::test::SecretsEnv env;
        QVERIFY(env.open(dir.path(), fd::test::backendOptions(fd::secrets::Backend::Vault)));
        QVERIFY(env.secrets->unlock("metrics alertmanager test").ok());
        QFile status(fd::test::testsPath("data/prometheus/am_status.json"));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QByteArray body = status.readAll();
        // A one-shot server that records the request and answers like Alertmanager 0.25.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QByteArray request;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&request, socket, body] {
                request += socket->readAll();
                if (!request.contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });

        fd::net::HttpClient http;
        MetricsEndpoints endpoints(*env.store, *env.secrets, http, nullptr);
        QObject context;
        MetricsEndpoint e;
        e.name = QStringLiteral("lab");
        e.auth = AuthKind::Basic;
        e.username = QStringLiteral("grafana");
        fd::store::StoredEndpoint prom;
        prom.endpoint.url = QStringLiteral("http://127.0.0.1:1");
        e.endpoint = prom;
        fd::store::StoredEndpoint am;
        am.endpoint.url = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        e.alertmanager = am;
        std::optional<fd::Result<MetricsEndpoint>> added;
        endpoints.add(e, "s3cret-pw", &context,
                      [&added](fd::Result<MetricsEndpoint> r) { added.emplace(std::move(r)); });
        QTRY_VERIFY(added.has_value());
        QVERIFY2(added->ok(), added->ok() ? "" : qPrintable(added->error().message));
        QVERIFY((*added)->alertmanager && (*added)->alertmanager->id > 0);

        auto client = endpoints.alertmanagerClient(**added, &context);
        QVERIFY2(client.ok(), client.ok() ? "" : qPrintable(client.error().message));
        std::optional<PromResult<AmStatus>> answer;
        (*client)->status(&context, [&answer](PromResult<AmStatus> r) { answer.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY2(answer->ok(), answer->ok() ? "" : qPrintable(answer->error().message));
        QVERIFY(!(*answer)->version.isEmpty());
        QVERIFY2(request.startsWith("GET /api/v2/status "), request.constData());
        const QByteArray expected =
            QByteArray("Authorization: Basic ") + QByteArray("grafana:s3cret-pw").toBase64();
        QVERIFY2(request.contains(QByteArray(expected + "\r\n")), request.constData());

        MetricsEndpoint none = **added;
        none.alertmanager.reset();
        const auto missing = endpoints.alertmanagerClient(none, &context);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, fd::ErrorKind::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("Alertmanager URL")));
    }

    // update() is store-first: a refused write changes neither memory nor the vault's references
    // and emits nothing; a saved one replaces the secret (a new kind under a new reference, the
    // old one removed), keeps it when none is given, deletes a dropped Alertmanager's row, and
    // keeps names unique.
    void updateIsStoreFirst() {
        QTemporaryDir dir;
        fd::test::SecretsEnv env;
        QVERIFY(env.open(dir.path(), fd::test::backendOptions(fd::secrets::Backend::Vault)));
        QVERIFY(env.secrets->unlock("metrics update test").ok());
        fd::net::HttpClient http;
        MetricsEndpoints endpoints(*env.store, *env.secrets, http, nullptr);
        QObject context;
        const auto add = [&](const QString& name, const QByteArray& secret) {
            MetricsEndpoint e;
            e.name = name;
            e.auth = AuthKind::Basic;
            e.username = QStringLiteral("grafana");
            e.endpoint = fd::store::StoredEndpoint{};
            e.endpoint->endpoint.url = QStringLiteral("http://127.0.0.1:1");
            e.setAlertmanagerUrl(QStringLiteral("http://127.0.0.1:2"));
            std::optional<fd::Result<MetricsEndpoint>> added;
            endpoints.add(e, secret, &context,
                          [&added](fd::Result<MetricsEndpoint> r) { added.emplace(std::move(r)); });
            if (!QTest::qWaitFor([&] { return added.has_value(); }, 10000) || !added->ok())
                return MetricsEndpoint{};
            return **added;
        };
        const auto update = [&](const MetricsEndpoint& e, const QByteArray& secret) {
            std::optional<fd::Result<MetricsEndpoint>> done;
            endpoints.update(e, secret, &context, [&done](fd::Result<MetricsEndpoint> r) {
                done.emplace(std::move(r));
            });
            if (!QTest::qWaitFor([&] { return done.has_value(); }, 10000))
                return fd::Result<MetricsEndpoint>(
                    fd::makeError(fd::ErrorKind::Internal, QStringLiteral("no answer")));
            return *done;
        };
        const auto count = [&](const char* sql) {
            qint64 n = -1;
            (void)env.store->read([&](sqlite3* db) -> fd::Status {
                auto r = fd::store::queryInt(db, sql);
                if (r)
                    n = *r;
                return {};
            });
            return n;
        };
        const MetricsEndpoint lab = add(QStringLiteral("lab"), "pw-1");
        QVERIFY(lab.id > 0);
        QVERIFY(add(QStringLiteral("other"), "pw-x").id > 0);
        QSignalSpy changed(&endpoints, &MetricsEndpoints::changed);

        // The name stays unique; a new kind needs its secret.
        MetricsEndpoint e = lab;
        e.name = QStringLiteral("OTHER");
        fd::Result<MetricsEndpoint> r = update(e, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, fd::ErrorKind::InvalidInput);
        e = lab;
        e.auth = AuthKind::Bearer;
        r = update(e, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, fd::ErrorKind::InvalidInput);

        // Refused by the store: nothing changes.
        QVERIFY(env.store->writeSync([](sqlite3* db) {
            return fd::store::exec(db,
                                   "CREATE TRIGGER refuse BEFORE UPDATE ON prometheus_endpoints "
                                   "BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }));
        e = lab;
        e.endpoint->endpoint.url = QStringLiteral("http://127.0.0.1:3");
        r = update(e, {});
        QVERIFY(!r.ok());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(endpoints.byName(QStringLiteral("lab"))->endpoint->endpoint.url,
                 QStringLiteral("http://127.0.0.1:1"));
        // A new password refused with the rows: the stored one is still the one in the vault,
        // and the new one is not left behind.
        r = update(e, "pw-2");
        QVERIFY(!r.ok());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(*env.secrets->load(QStringLiteral("prometheus/lab/password")), QByteArray("pw-1"));
        QTRY_COMPARE(count("SELECT count(*) FROM secret_refs WHERE id LIKE 'prometheus/lab/%'"),
                     qint64(1));
        QVERIFY(env.store->writeSync(
            [](sqlite3* db) { return fd::store::exec(db, "DROP TRIGGER refuse"); }));

        // No secret given: the password stays; the URL changes.
        r = update(e, {});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(endpoints.byName(QStringLiteral("lab"))->endpoint->endpoint.url,
                 QStringLiteral("http://127.0.0.1:3"));
        QCOMPARE(*env.secrets->load(QStringLiteral("prometheus/lab/password")), QByteArray("pw-1"));

        // A new password of the same kind replaces the old one under a reference of its own;
        // the old one leaves the vault once the rows point at the new one.
        r = update(*r, "pw-3");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const QString passwordRef = r->endpoint->credentialRefs.value(QStringLiteral("password"));
        QVERIFY(passwordRef.startsWith(QStringLiteral("prometheus/lab/")));
        QVERIFY(passwordRef != QStringLiteral("prometheus/lab/password"));
        QCOMPARE(*env.secrets->load(passwordRef), QByteArray("pw-3"));
        QTRY_COMPARE(env.secrets->load(QStringLiteral("prometheus/lab/password")).error().kind,
                     fd::ErrorKind::NotFound);

        // Bearer with a token, without the Alertmanager: the token under its own reference, the
        // password gone from the vault, the Alertmanager's row deleted.
        e = *r;
        e.auth = AuthKind::Bearer;
        e.username.clear();
        e.alertmanager.reset();
        r = update(e, "tok-2");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->endpoint->credentialRefs,
                 (QMap<QString, QString>{
                     {QStringLiteral("token"), QStringLiteral("prometheus/lab/token")}}));
        QCOMPARE(*env.secrets->load(QStringLiteral("prometheus/lab/token")), QByteArray("tok-2"));
        QTRY_COMPARE(env.secrets->load(passwordRef).error().kind, fd::ErrorKind::NotFound);
        QCOMPARE(count("SELECT count(*) FROM endpoints"), 3); // lab, other and other's AM
        QList<MetricsEndpoint> stored;
        QVERIFY(env.store->read([&](sqlite3* db) -> fd::Status {
            auto loaded = loadMetricsEndpoints(db);
            if (!loaded)
                return loaded.error();
            stored = *loaded;
            return {};
        }));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].name, QStringLiteral("lab"));
        QCOMPARE(stored[0].auth, AuthKind::Bearer);
        QVERIFY(!stored[0].alertmanager);
        QCOMPARE(stored[0].endpoint->endpoint.url, QStringLiteral("http://127.0.0.1:3"));
        QCOMPARE(stored[0].endpoint->id, lab.endpoint->id); // updated in place

        // Renamed with its token kept (still under the old name's reference), then a new
        // endpoint under the old name: its token goes elsewhere, the renamed one keeps its own.
        e = *r;
        e.name = QStringLiteral("lab-renamed");
        r = update(e, {});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->endpoint->credentialRefs.value(QStringLiteral("token")),
                 QStringLiteral("prometheus/lab/token"));
        MetricsEndpoint again;
        again.name = QStringLiteral("lab");
        again.auth = AuthKind::Bearer;
        again.endpoint = fd::store::StoredEndpoint{};
        again.endpoint->endpoint.url = QStringLiteral("http://127.0.0.1:4");
        std::optional<fd::Result<MetricsEndpoint>> added;
        endpoints.add(again, "tok-new", &context,
                      [&added](fd::Result<MetricsEndpoint> a) { added.emplace(std::move(a)); });
        QTRY_VERIFY(added.has_value());
        QVERIFY2(added->ok(), added->ok() ? "" : qPrintable(added->error().message));
        const QString newRef = (*added)->endpoint->credentialRefs.value(QStringLiteral("token"));
        QVERIFY(newRef != QStringLiteral("prometheus/lab/token"));
        QCOMPARE(*env.secrets->load(newRef), QByteArray("tok-new"));
        QCOMPARE(*env.secrets->load(QStringLiteral("prometheus/lab/token")), QByteArray("tok-2"));

        // Another process (the CLI) removes the row this one still lists: an edit here is
        // refused as no longer saved, writes no row, and leaves no new secret behind.
        const MetricsEndpoint renamed = *r;
        QVERIFY(env.store->writeSync(
            [&renamed](sqlite3* db) { return deleteMetricsEndpoint(db, renamed); }));
        const qint64 rowsBefore = count("SELECT count(*) FROM endpoints");
        e = renamed;
        e.endpoint->endpoint.url = QStringLiteral("http://127.0.0.1:5");
        e.setAlertmanagerUrl(QStringLiteral("http://127.0.0.1:6"));
        r = update(e, "tok-3");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, fd::ErrorKind::NotFound);
        QVERIFY2(r.error().message.contains(QStringLiteral("no longer saved")),
                 qPrintable(r.error().message));
        QCOMPARE(count("SELECT count(*) FROM endpoints"), rowsBefore);
        QCOMPARE(count("SELECT count(*) FROM prometheus_endpoints WHERE name = 'lab-renamed'"), 0);
        QTRY_COMPARE(env.secrets->load(QStringLiteral("prometheus/lab-renamed/token")).error().kind,
                     fd::ErrorKind::NotFound);
    }

    // The service reads its list on the store's reader thread: nothing arrives inside load(),
    // the list and the callback come on a later turn of the event loop, and an add made while
    // the read runs is not lost.
    void loadDeliversLaterAndKeepsConcurrentAdds() {
        QTemporaryDir dir;
        fd::test::SecretsEnv env;
        QVERIFY(env.open(dir.path(), fd::test::backendOptions(fd::secrets::Backend::Vault)));
        QVERIFY(env.secrets->unlock("metrics endpoints test").ok());
        MetricsEndpoint api;
        api.name = QStringLiteral("stored");
        api.service = ServiceRef::parse(QStringLiteral("monitoring/prometheus-operated:9090"));
        QVERIFY(env.store->writeSync([&](sqlite3* db) { return insertMetricsEndpoint(db, api); }));

        fd::net::HttpClient http;
        MetricsEndpoints endpoints(*env.store, *env.secrets, http, nullptr);
        QSignalSpy changed(&endpoints, &MetricsEndpoints::changed);
        QObject context;
        std::optional<fd::Status> loaded;
        endpoints.load(&context, [&loaded](fd::Status st) { loaded = st; });
        QVERIFY(!loaded);
        QVERIFY(!endpoints.isLoaded());
        QVERIFY(endpoints.endpoints().isEmpty());
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(loaded->ok());
        QVERIFY(endpoints.isLoaded());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(endpoints.endpoints().size(), 1);
        QCOMPARE(endpoints.endpoints().first().name, QStringLiteral("stored"));

        std::optional<fd::Status> reloaded;
        endpoints.load(&context, [&reloaded](fd::Status st) { reloaded = st; });
        MetricsEndpoint second = api;
        second.id = 0;
        second.name = QStringLiteral("second");
        std::optional<fd::Result<MetricsEndpoint>> added;
        endpoints.add(second, {}, &context,
                      [&added](fd::Result<MetricsEndpoint> r) { added.emplace(std::move(r)); });
        QTRY_VERIFY(added.has_value() && reloaded.has_value());
        QVERIFY(added->ok());
        QVERIFY(reloaded->ok());
        QCOMPARE(endpoints.endpoints().size(), 2);
        QVERIFY(endpoints.byName(QStringLiteral("second")).has_value());

        // A context that died first gets no callback.
        bool late = false;
        auto* gone = new QObject;
        endpoints.load(gone, [&late](fd::Status) { late = true; });
        delete gone;
        std::optional<fd::Status> last;
        endpoints.load(&context, [&last](fd::Status st) { last = st; });
        QTRY_VERIFY(last.has_value());
        QCoreApplication::processEvents();
        QVERIFY(!late);
    }
};

QTEST_GUILESS_MAIN(TestMetricsEndpoints)
#include "tst_metrics_endpoints.moc"
