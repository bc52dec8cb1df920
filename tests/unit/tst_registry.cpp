// The cluster registry against the test API server: import (new, re-import, name clash),
// secrets only in the vault, connection tests (success and every failure category), health
// refresh coalescing, remove with report, Karmada join/unjoin read back from the server, and
// the reconcile that discovers clusters registered on a control plane by other means.
#include "registrytesthelpers.h"

#include "kube/kubeconfig.h"
#include "registry/clusterconnections.h"
#include "registry/clusterregistryimpl.h"
#include "registry/credentialvault.h"
#include "registry/karmadaobjects.h"
#include "registry/recordjson.h"
#include "secrets/secretstore.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

// The registry's enums have QString toString() overloads (found by ADL), which QCOMPARE cannot
// print; compare their stable names instead.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(toString(actual), toString(expected))

using namespace fd::registry;
using fd::test::KubeTestServer;

class TestRegistry final : public QObject {
    Q_OBJECT

private:
    KubeTestServer m_kube;
    std::unique_ptr<fd::test::RegistryEnv> m_env;

    ClusterRegistryImpl& registry() { return *m_env->registry; }

    ImportCandidate candidate(const QString& user, KubeTestServer::AuthKind kind, const QString& vc,
                              const QString& name) {
        const QString path =
            m_env->dir.filePath(QStringLiteral("kc-%1-%2-%3.yaml")
                                    .arg(user, vc.isEmpty() ? QStringLiteral("root") : vc)
                                    .arg(int(kind)));
        if (!m_kube.writeKubeconfig(path, user, kind, vc))
            qFatal("writeKubeconfig failed");
        auto config = fd::kube::readKubeconfigFile(path);
        if (!config || config->contexts.isEmpty())
            qFatal("kubeconfig from the fixture does not read");
        auto c = candidateFromContext(config->contexts.first());
        if (!c)
            qFatal("candidateFromContext failed");
        c->record.name = name;
        return *c;
    }

    QList<ImportOutcome> import(QList<ImportCandidate> candidates) {
        return fd::test::await<QList<ImportOutcome>>(
            [&](auto done) { registry().importClusters(candidates, this, done); });
    }

    // Requests the test API server has answered for the virtual cluster so far (this call
    // counts itself).
    int serverRequests(const QString& vc) {
        return m_kube.fixture(QStringLiteral("stats"), {}, vc)
            .value(QStringLiteral("requests"))
            .toObject()
            .value(vc)
            .toInt();
    }

    ClusterId importOne(const QString& user, const QString& vc, const QString& name,
                        KubeTestServer::AuthKind kind = KubeTestServer::AuthKind::Token) {
        const auto outcomes = import({candidate(user, kind, vc, name)});
        if (outcomes.size() != 1 || outcomes.first().action == ImportOutcome::Action::Failed)
            return 0;
        return outcomes.first().id;
    }

    ConnectionReport test(ImportCandidate c) {
        return fd::test::await<ConnectionReport>(
            [&](auto done) { registry().testConnection(c, this, done); });
    }

    // Admin read-back straight from the server, not through the code under test.
    fd::test::HttpAnswer adminGet(const QString& vc, const QString& path) {
        return fd::test::httpJson(m_kube, vc, "GET", path);
    }

private Q_SLOTS:
    // The GUI's load reads on the store's reader thread: nothing changes inside load(), the
    // stored data centers and the callback arrive on a later turn of the event loop.
    void asyncLoadDeliversLater() {
        fd::test::RegistryEnv env;
        QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
        std::optional<fd::Status> added;
        env.registry->addDataCenter({QStringLiteral("lab-idc"), QStringLiteral("Lab IDC")}, this,
                                    [&added](fd::Status st) { added = st; });
        QTRY_VERIFY(added.has_value());
        QVERIFY(added->ok());

        fd::registry::ClusterRegistryImpl fresh(*env.store, *env.secrets, *env.http);
        const auto hasLab = [&fresh] {
            for (const auto& dc : fresh.dataCenters())
                if (dc.id == QLatin1String("lab-idc"))
                    return true;
            return false;
        };
        std::optional<fd::Status> loaded;
        fresh.load(this, [&loaded](fd::Status st) { loaded = st; });
        QVERIFY(!loaded);
        QVERIFY(!hasLab());
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(loaded->ok());
        QVERIFY(hasLab());
    }

    void initTestCase() { QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString())); }

    void init() {
        m_env = std::make_unique<fd::test::RegistryEnv>();
        QVERIFY2(m_env->error.isEmpty(), qPrintable(m_env->error));
    }

    void cleanup() { m_env.reset(); }

    void importNewThenReimportUpdates() {
        QSignalSpy changed(&registry(), &ClusterRegistry::clustersChanged);
        auto first = import({candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token,
                                       QStringLiteral("imp"), QStringLiteral("gpu-a"))});
        QCOMPARE(first.size(), 1);
        QCOMPARE_ENUM(first[0].action, ImportOutcome::Action::Created);
        QVERIFY(first[0].id > 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(registry().clusters().size(), 1);
        const ClusterRecord saved = *registry().cluster(first[0].id);
        QCOMPARE(saved.name, QStringLiteral("gpu-a"));
        QCOMPARE_ENUM(saved.authKind(), AuthKind::Token);
        QVERIFY(!saved.secrets.token.isEmpty());
        QVERIFY(!saved.endpoint().tls.caPem.isEmpty());

        // Same server and user, another display name: an update of the same record.
        ImportCandidate again = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token,
                                          QStringLiteral("imp"), QStringLiteral("gpu-a-renamed"));
        again.record.labels.insert(QStringLiteral("team"), QStringLiteral("ml"));
        const auto matched = fd::test::await<fd::Result<QList<std::optional<ClusterId>>>>(
            [&](auto done) { registry().matchIdentities({again}, this, done); });
        QVERIFY(matched.ok());
        QCOMPARE(matched->value(0), std::optional<ClusterId>(first[0].id));
        auto second = import({again});
        QCOMPARE_ENUM(second[0].action, ImportOutcome::Action::Updated);
        QCOMPARE(second[0].id, first[0].id);
        QCOMPARE(registry().clusters().size(), 1);
        QCOMPARE(registry().cluster(first[0].id)->name, QStringLiteral("gpu-a-renamed"));
        QCOMPARE(registry().cluster(first[0].id)->labels.value(QStringLiteral("team")),
                 QStringLiteral("ml"));

        // Survives a restart: reload from the store.
        m_env->reopen();
        QCOMPARE(registry().clusters().size(), 1);
        const ClusterRecord reloaded = *registry().cluster(first[0].id);
        QCOMPARE(reloaded.name, QStringLiteral("gpu-a-renamed"));
        QCOMPARE(reloaded.identity, saved.identity);
        QCOMPARE(reloaded.endpoint(), saved.endpoint());

        // Audit: one entry per import, no secret in it.
        auto audit = m_env->store->audit({});
        QVERIFY(audit.ok());
        int imports = 0;
        for (const auto& e : *audit)
            if (e.action == QLatin1String("cluster.import"))
                ++imports;
        QCOMPARE(imports, 2);
    }

    void nameClashFailsWithSuggestion() {
        QVERIFY(
            importOne(QStringLiteral("admin"), QStringLiteral("clash"), QStringLiteral("prod")));
        // Another user of the same server is another registration; the name is taken.
        auto out = import({candidate(QStringLiteral("viewer"), KubeTestServer::AuthKind::Token,
                                     QStringLiteral("clash"), QStringLiteral("PROD"))});
        QCOMPARE_ENUM(out[0].action, ImportOutcome::Action::Failed);
        QCOMPARE(out[0].error.kind, fd::ErrorKind::InvalidInput);
        QCOMPARE(out[0].error.detail, QStringLiteral("PROD-2"));
        QVERIFY(out[0].error.message.contains(QLatin1String("PROD-2")));
        QCOMPARE(registry().suggestName(QStringLiteral("prod")), QStringLiteral("prod-2"));
        // Two candidates of one import asking for the same name: the second is refused too.
        auto both = import({candidate(QStringLiteral("viewer"), KubeTestServer::AuthKind::Token,
                                      QStringLiteral("clash"), QStringLiteral("prod-2")),
                            candidate(QStringLiteral("noperm"), KubeTestServer::AuthKind::Token,
                                      QStringLiteral("clash"), QStringLiteral("prod-2"))});
        QCOMPARE_ENUM(both[0].action, ImportOutcome::Action::Created);
        QCOMPARE_ENUM(both[1].action, ImportOutcome::Action::Failed);
        QCOMPARE(both[1].error.detail, QStringLiteral("prod-3"));
        QCOMPARE(registry().clusters().size(), 2);
    }

    void secretsOnlyInTheVault() {
        const QByteArray token = m_kube.token(QStringLiteral("admin")).toUtf8();
        const QByteArray key = m_kube.clientKeyPem(QStringLiteral("cert-admin"));
        QVERIFY(token.size() > 8);
        QVERIFY(importOne(QStringLiteral("admin"), QStringLiteral("sec"), QStringLiteral("tok")));
        QVERIFY(importOne(QStringLiteral("admin"), QStringLiteral("sec"), QStringLiteral("cert"),
                          KubeTestServer::AuthKind::ClientCert));
        m_env->flush();
        // The key's base64 body line is what would show up if it were stored.
        const QByteArray keyLine = key.split('\n').value(1);
        QVERIFY(keyLine.size() > 40);
        QDirIterator it(m_env->dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(QLatin1String(".yaml")))
                continue; // the kubeconfigs the test wrote itself
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++scanned;
            for (const QByteArray& needle : {token, token.toBase64(), token.toHex(), keyLine,
                                             QByteArray::fromBase64(keyLine).toHex()})
                QVERIFY2(!bytes.contains(needle), qPrintable(file));
        }
        QVERIFY(scanned >= 1);
        // ...and they come back from the vault after a restart: the test still authenticates.
        m_env->reopen();
        const auto report = fd::test::await<ConnectionReport>([&](auto done) {
            registry().testCluster(registry().clusterByName(QStringLiteral("cert"))->id, this,
                                   done);
        });
        QVERIFY2(report.ok, qPrintable(report.sentence()));
    }

    // Every auth kind, with secrets where a careless store would keep them: a positional JWT
    // and flags in exec arguments, an exec environment variable, OIDC tokens and client secret,
    // a basic password, a token, a client key. None of their bytes may reach the database, its
    // WAL, the settings or the temp dir — nor what `cluster list --json` prints.
    void everyAuthKindKeepsItsSecretsOutOfTheStore() {
        const QByteArray jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb3NpdGlvbmFsIn0.SigPositional123";
        const QByteArray flagSecret = "S3cr3t-Exec-Flag-Value-9";
        const QByteArray dashSecret = "-Pw-Starting-With-Dash-77";
        const QByteArray envSecret = "EnvSecretValue-12345-abc";
        const QByteArray idToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvaWRjIn0.SigOidcIdToken456";
        const QByteArray refresh = "RefreshSecret-XYZ-987-tuv";
        const QByteArray clientSecret = "OidcClientSecret-321-pqr";
        const QByteArray token = m_kube.token(QStringLiteral("admin")).toUtf8();
        const QByteArray keyLine =
            m_kube.clientKeyPem(QStringLiteral("cert-admin")).split('\n').value(1);
        const QByteArray password = m_kube.basicPassword().toUtf8();
        const QString server = m_kube.url(QStringLiteral("kinds"));
        const QString yaml =
            QStringLiteral(
                "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                "    server: %1\n    certificate-authority-data: %2\n"
                "users:\n"
                "- name: tok\n  user:\n    token: %3\n"
                "- name: cert\n  user:\n    client-certificate-data: %4\n"
                "    client-key-data: %5\n"
                "- name: basic\n  user:\n    username: %6\n    password: %7\n"
                "- name: exec\n  user:\n    exec:\n      apiVersion: "
                "client.authentication.k8s.io/v1\n"
                "      command: fleetdeck-test-plugin\n      interactiveMode: Never\n"
                "      args: [get-token, \"%8\", --client-secret, \"%9\", \"--password\", "
                "\"%10\"]\n"
                "      env: [{name: API_TOKEN, value: \"%11\"}]\n"
                "- name: oidc\n  user:\n    auth-provider:\n      name: oidc\n      config:\n"
                "        idp-issuer-url: https://127.0.0.1:1/issuer\n        client-id: fleetdeck\n"
                "        id-token: %12\n        refresh-token: %13\n        client-secret: %14\n"
                "contexts:\n- {name: tok, context: {cluster: c, user: tok}}\n"
                "- {name: cert, context: {cluster: c, user: cert}}\n"
                "- {name: basic, context: {cluster: c, user: basic}}\n"
                "- {name: exec, context: {cluster: c, user: exec}}\n"
                "- {name: oidc, context: {cluster: c, user: oidc}}\n")
                .arg(server, QString::fromLatin1(m_kube.caPem().toBase64()),
                     QString::fromLatin1(token),
                     QString::fromLatin1(
                         m_kube.clientCertPem(QStringLiteral("cert-admin")).toBase64()),
                     QString::fromLatin1(
                         m_kube.clientKeyPem(QStringLiteral("cert-admin")).toBase64()),
                     m_kube.basicUser(), QString::fromLatin1(password), QString::fromLatin1(jwt),
                     QString::fromLatin1(flagSecret))
                .arg(QString::fromLatin1(dashSecret), QString::fromLatin1(envSecret),
                     QString::fromLatin1(idToken), QString::fromLatin1(refresh),
                     QString::fromLatin1(clientSecret));
        auto config = fd::kube::readKubeconfigBytes(yaml.toUtf8());
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().message));
        QList<ImportCandidate> all;
        for (const auto& context : config->contexts) {
            auto c = candidateFromContext(context);
            QVERIFY2(c.ok(), qPrintable(context.name));
            all << *c;
        }
        QCOMPARE(all.size(), 5);
        for (const auto& o : import(all))
            QVERIFY2(o.action != ImportOutcome::Action::Failed, qPrintable(o.error.message));
        m_env->flush();

        const QList<QByteArray> secrets{jwt,     flagSecret,   dashSecret, envSecret, idToken,
                                        refresh, clientSecret, token,      keyLine,   password};
        // What scripts see.
        QByteArray listed;
        for (const auto& r : registry().clusters())
            listed += QJsonDocument(recordToJson(r)).toJson();
        for (const QByteArray& secret : secrets)
            QVERIFY2(!listed.contains(secret), secret.constData());
        // The exec plugin's arguments are shown redacted, the flags themselves kept.
        const auto exec = registry().clusterByName(QStringLiteral("exec"));
        QVERIFY(exec.has_value());
        QCOMPARE(exec->execArgsShown,
                 (QStringList{QStringLiteral("get-token"), QStringLiteral("<redacted>"),
                              QStringLiteral("--client-secret"), QStringLiteral("<redacted>"),
                              QStringLiteral("--password"), QStringLiteral("<redacted>")}));
        // What is on disk: the data dir (database, WAL, settings) and the process's temp dir.
        m_env->close(); // the WAL is checkpointed into the file: scan what stays
        int scanned = 0;
        for (const QString& root : {m_env->dataDir, QDir::tempPath()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (file.endsWith(QLatin1String(".yaml")) || file.startsWith(m_kube.workDir()))
                    continue; // kubeconfigs and the test server's own files
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = f.read(64 << 20);
                ++scanned;
                for (const QByteArray& secret : secrets)
                    QVERIFY2(!bytes.contains(secret),
                             qPrintable(file + QLatin1Char(' ') + QString::fromLatin1(secret)));
            }
        }
        QVERIFY(scanned >= 1);
    }

    // A locked vault is a state: nothing is asked of the vault or the cluster, the stored
    // health stays what it was (never Unreachable), a re-import is refused instead of guessed,
    // and locking drops every client and decrypted credential.
    void lockedVaultIsAState() {
        const ClusterId id =
            importOne(QStringLiteral("admin"), QStringLiteral("lock"), QStringLiteral("locky"));
        QVERIFY(id);
        const auto before = fd::test::await<ConnectionReport>(
            [&](auto done) { registry().testCluster(id, this, done); });
        QVERIFY2(before.ok, qPrintable(before.sentence()));
        QCOMPARE(registry().connections().clientCount(), 1);
        const HealthSnapshot known = registry().cluster(id)->health;

        QSignalSpy health(&registry(), &ClusterRegistry::healthChanged);
        m_env->secrets->lock();
        QCOMPARE(registry().connections().clientCount(), 0);
        QVERIFY(registry().needsUnlock(id));
        QVERIFY(!health.isEmpty()); // the list learns it shows "Locked" now

        QSignalSpy finished(&registry(), &ClusterRegistry::refreshFinished);
        registry().refreshNow();
        QVERIFY(finished.wait(10000));
        m_env->flush();
        const ClusterRecord after = *registry().cluster(id);
        QCOMPARE_ENUM(after.health.status, known.status);
        QCOMPARE(after.health.lastCheck, known.lastCheck);
        const auto locked = fd::test::await<ConnectionReport>(
            [&](auto done) { registry().testCluster(id, this, done); });
        QCOMPARE_ENUM(locked.category, ConnectionCategory::VaultLocked);
        QCOMPARE_ENUM(registry().cluster(id)->health.status, known.status);

        // Re-import while locked: refused as Locked, the record keeps its name.
        auto again = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token,
                               QStringLiteral("lock"), QStringLiteral("renamed"));
        const auto out = import({again});
        QCOMPARE_ENUM(out.value(0).action, ImportOutcome::Action::Failed);
        QCOMPARE(out.value(0).error.kind, fd::ErrorKind::Locked);
        QCOMPARE(registry().clusters().size(), 1);
        QCOMPARE(registry().cluster(id)->name, QStringLiteral("locky"));

        QVERIFY(m_env->secrets->unlock("registry-test-passphrase").ok());
        QVERIFY(!registry().needsUnlock(id));
        const auto unlocked = fd::test::await<ConnectionReport>(
            [&](auto done) { registry().testCluster(id, this, done); });
        QVERIFY2(unlocked.ok, qPrintable(unlocked.sentence()));
    }

    // One client per cluster: parallel requests share it and read the vault once.
    void oneConnectionPerCluster() {
        const ClusterId id =
            importOne(QStringLiteral("admin"), QStringLiteral("one"), QStringLiteral("one"));
        QVERIFY(id);
        ClusterConnections& connections = registry().connections();
        const int loadsBefore = connections.credentialLoads();
        int answered = 0;
        for (int i = 0; i < 3; ++i)
            connections.list<fd::kube::Node>(
                id, {}, this, [&](fd::kube::KubeResult<fd::kube::ObjectList<fd::kube::Node>> r) {
                    QVERIFY(r.ok());
                    ++answered;
                });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 10000);
        QCOMPARE(connections.credentialLoads() - loadsBefore, 1);
        QCOMPARE(connections.clientCount(), 1);
        // A changed record gets a new client: the old settings are never used again.
        ClusterRecord r = *registry().cluster(id);
        r.connection.endpoint.tls.insecure = false;
        r.labels.insert(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(fd::test::await<fd::Status>([&](auto done) {
                    registry().updateCluster(r, std::nullopt, this, done);
                }).ok());
        QCOMPARE(connections.clientCount(), 0);
    }

    // Views asking for the same watch share one stream: one list and one watch on the server
    // however many subscribe, each gets the state first (never inside the call) and then every
    // change; a late subscriber starts from the shared state without asking the server; the
    // stream ends with its last subscriber.
    void sharedWatchIsOneStream() {
        const QString vc = QStringLiteral("shared");
        const ClusterId id = importOne(QStringLiteral("admin"), vc, vc);
        QVERIFY(id);
        ClusterConnections& connections = registry().connections();
        const auto requests = [&] { return serverRequests(vc); };
        struct View {
            std::unique_ptr<QObject> context = std::make_unique<QObject>();
            int states = 0;
            QStringList pods;
            QStringList added;
        };
        fd::kube::ListOptions serving;
        serving.namespaceName = QStringLiteral("llm-serving");
        const auto subscribe = [&](View& view) {
            fd::kube::WatchHandlers<fd::kube::Pod> h;
            h.onRelisted = [&view](fd::kube::ObjectList<fd::kube::Pod>&& list) {
                ++view.states;
                view.pods.clear();
                for (const auto& p : list.items)
                    view.pods << p.metadata.name;
                view.pods.sort();
            };
            h.onDeltas = [&view](QList<fd::kube::WatchDelta<fd::kube::Pod>>&& deltas) {
                for (const auto& d : deltas)
                    if (d.type == fd::kube::WatchDelta<fd::kube::Pod>::Type::Added)
                        view.added << d.object.metadata.name;
            };
            connections.sharedWatch<fd::kube::Pod>(id, serving, view.context.get(), h);
        };
        // Warm the cluster's client up (one credential read, one discovery), then count.
        QVERIFY(fd::test::await<fd::kube::KubeResult<fd::kube::ObjectList<fd::kube::Node>>>(
                    [&](auto done) { connections.list<fd::kube::Node>(id, {}, this, done); })
                    .ok());
        const int before = requests();
        std::array<View, 3> views;
        for (View& v : views)
            subscribe(v);
        QCOMPARE(connections.sharedWatchCount(), 1);
        QCOMPARE(views[0].states, 0); // never inside the call
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(views.begin(), views.end(), [](const View& v) { return v.states == 1; }),
            10000);
        QVERIFY(!views[0].pods.isEmpty());
        QCOMPARE(views[1].pods, views[0].pods);
        const QJsonObject pod{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Pod")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("shared-watch-pod")}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("containers"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("c")},
                                         {QStringLiteral("image"), QStringLiteral("x")}}}}}}};
        QCOMPARE(fd::test::httpJson(m_kube, vc, "POST",
                                    QStringLiteral("/api/v1/namespaces/llm-serving/pods"), pod)
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(
                views.begin(), views.end(),
                [](const View& v) { return v.added.contains(QStringLiteral("shared-watch-pod")); }),
            10000);
        // A late view: the state as it is now, from the shared stream.
        View late;
        subscribe(late);
        QTRY_COMPARE_WITH_TIMEOUT(late.states, 1, 10000);
        QVERIFY(late.pods.contains(QStringLiteral("shared-watch-pod")));
        QCOMPARE(connections.sharedWatchCount(), 1);
        // One list and one watch for all four (the stats calls count themselves: +1 each after
        // the first, and the pod's POST goes to the same cluster).
        QCOMPARE(requests() - before, 2 + 1 + 1);
        // Other options are another stream; the last view gone ends each.
        View nodes;
        fd::kube::WatchHandlers<fd::kube::Node> nodeHandlers;
        nodeHandlers.onRelisted = [&nodes](fd::kube::ObjectList<fd::kube::Node>&&) {
            ++nodes.states;
        };
        connections.sharedWatch<fd::kube::Node>(id, {}, nodes.context.get(), nodeHandlers);
        QCOMPARE(connections.sharedWatchCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(nodes.states, 1, 10000);
        for (View& v : views)
            v.context.reset();
        QCOMPARE(connections.sharedWatchCount(), 2); // the late view still holds the pods
        late.context.reset();
        QCOMPARE(connections.sharedWatchCount(), 1);
        nodes.context.reset();
        QCOMPARE(connections.sharedWatchCount(), 0);
        QTest::qWait(200); // the ended streams' last events, if any, reach nobody
    }

    // A shared watch stopped by a locked vault restarts once, however many subscribers arrive
    // at the unlock (a page makes a row's watches for every deployment in one turn): one list
    // and one watch on the server, and every subscriber gets the state.
    void sharedWatchRestartsOnceAfterUnlock() {
        const QString vc = QStringLiteral("shared-lock");
        const ClusterId id = importOne(QStringLiteral("admin"), vc, vc);
        QVERIFY(id);
        ClusterConnections& connections = registry().connections();
        const auto requests = [&] { return serverRequests(vc); };
        struct View {
            std::unique_ptr<QObject> context = std::make_unique<QObject>();
            int states = 0;
            bool locked = false;
        };
        const auto subscribe = [&](View& view) {
            fd::kube::WatchHandlers<fd::kube::Node> h;
            h.onRelisted = [&view](fd::kube::ObjectList<fd::kube::Node>&&) {
                ++view.states;
                view.locked = false;
            };
            h.onError = [&view](const fd::kube::KubeError& e, bool fatal) {
                view.locked = fatal && e.category == fd::kube::KubeErrorCategory::VaultLocked;
            };
            connections.sharedWatch<fd::kube::Node>(id, {}, view.context.get(), h);
        };
        m_env->secrets->lock();
        std::array<View, 3> early;
        for (View& v : early)
            subscribe(v);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(early.begin(), early.end(), [](const View& v) { return v.locked; }), 10000);
        QVERIFY(m_env->secrets->unlock("registry-test-passphrase").ok());
        const int before = requests();
        std::array<View, 3> late;
        for (View& v : late)
            subscribe(v);
        QCOMPARE(connections.sharedWatchCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(late.begin(), late.end(), [](const View& v) { return v.states >= 1; }),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(early.begin(), early.end(), [](const View& v) { return v.states >= 1; }),
            10000);
        QTest::qWait(300); // a second stream, had one been started, would have asked by now
        // One list and one watch, plus the stats call counting itself; a restart per subscriber
        // would have made three of each.
        QCOMPARE(requests() - before, 2 + 1);
    }

    // Store first: a change whose write fails leaves memory as it was and says why; every
    // answer arrives later, never inside the call.
    void changesAreWrittenFirstAndAnsweredLater() {
        const ClusterId id =
            importOne(QStringLiteral("admin"), QStringLiteral("sf"), QStringLiteral("sf"));
        QVERIFY(id);
        // Taken away behind the registry's back: the update's write cannot succeed.
        QVERIFY(m_env->store
                    ->writeSync([id](sqlite3* db) {
                        auto st =
                            fd::store::Statement::prepare(db, "DELETE FROM clusters WHERE id = ?");
                        if (!st)
                            return fd::Status(st.error());
                        st->bind(1, id);
                        return st->run();
                    })
                    .ok());
        ClusterRecord r = *registry().cluster(id);
        r.name = QStringLiteral("sf-renamed");
        bool answered = false;
        fd::Status status;
        registry().updateCluster(r, std::nullopt, this, [&](fd::Status st) {
            answered = true;
            status = st;
        });
        QVERIFY(!answered); // never synchronously
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QVERIFY(!status.ok());
        QCOMPARE(registry().cluster(id)->name, QStringLiteral("sf")); // memory unchanged
        // An unknown id is answered later too.
        bool unknownAnswered = false;
        registry().trustCertificate(424242, QStringLiteral("AB:CD"), this,
                                    [&](fd::Status) { unknownAnswered = true; });
        QVERIFY(!unknownAnswered);
        QTRY_VERIFY(unknownAnswered);
    }

    // "Trust this certificate" pins what the message showed, and the audit records that value.
    void trustCertificatePinsAndAuditsTheShownFingerprint() {
        const ClusterId id =
            importOne(QStringLiteral("admin"), QStringLiteral("pin"), QStringLiteral("pinned"));
        QVERIFY(id);
        ClusterRecord r = *registry().cluster(id);
        r.connection.endpoint.tls.caPem.clear();
        QVERIFY(fd::test::await<fd::Status>([&](auto done) {
                    registry().updateCluster(r, std::nullopt, this, done);
                }).ok());
        const auto failed = fd::test::await<ConnectionReport>(
            [&](auto done) { registry().testCluster(id, this, done); });
        QCOMPARE_ENUM(failed.category, ConnectionCategory::TlsUnknownCa);
        QVERIFY(failed.message.contains(failed.certSha256));
        QVERIFY(fd::test::await<fd::Status>([&](auto done) {
                    registry().trustCertificate(id, failed.certSha256, this, done);
                }).ok());
        QCOMPARE(registry().cluster(id)->endpoint().tls.pinnedSha256, failed.certSha256);
        const auto ok = fd::test::await<ConnectionReport>(
            [&](auto done) { registry().testCluster(id, this, done); });
        QVERIFY2(ok.ok, qPrintable(ok.sentence()));
        m_env->flush();
        bool audited = false;
        const auto audit = m_env->store->audit({});
        QVERIFY(audit.ok());
        for (const auto& e : *audit)
            if (e.action == QLatin1String("cluster.trustCertificate"))
                audited = e.detail.contains(failed.certSha256);
        QVERIFY(audited);
        // The pin survives a restart (it lives in the endpoint row).
        m_env->reopen();
        QCOMPARE(registry().cluster(id)->endpoint().tls.pinnedSha256, failed.certSha256);
    }

    // Health checks read from the API server's cache and only the pods that hold resources.
    void healthReadsFromTheCacheAndOnlyLivePods() {
        const ClusterId id =
            importOne(QStringLiteral("admin"), QStringLiteral("cache"), QStringLiteral("cache"));
        QVERIFY(id);
        const auto report = fd::test::await<ConnectionReport>(
            [&](auto done) { registry().testCluster(id, this, done); });
        QVERIFY2(report.ok, qPrintable(report.sentence()));
        QFile log(m_kube.workDir() + QStringLiteral("/access.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray lines = log.readAll();
        QByteArray nodes, pods;
        for (const QByteArray& line : lines.split('\n')) {
            if (!line.contains("/clusters/cache/"))
                continue;
            if (line.contains("/api/v1/nodes"))
                nodes = line;
            if (line.contains("/api/v1/pods"))
                pods = line;
        }
        QVERIFY2(nodes.contains("resourceVersion=0"), nodes.constData());
        QVERIFY2(pods.contains("resourceVersion=0"), pods.constData());
        QVERIFY2(pods.contains("status.phase%21%3DSucceeded"), pods.constData());
    }

    void connectionTestSuccess() {
        const ConnectionReport r = test(candidate(
            QStringLiteral("admin"), KubeTestServer::AuthKind::Token, {}, QStringLiteral("root")));
        QVERIFY2(r.ok, qPrintable(r.sentence() + QLatin1Char(' ') + r.detail));
        QCOMPARE_ENUM(r.category, ConnectionCategory::Ok);
        QCOMPARE(r.version, QStringLiteral("v1.32.3"));
        QCOMPARE(r.nodesTotal, 6);
        QCOMPARE(r.nodesReady, 5);
        QCOMPARE_ENUM(r.clusterStatus(), ClusterStatus::NotReady);
        QVERIFY(r.latencyMs >= 0);
        QHash<QString, GpuModelUsage> gpus;
        for (const auto& g : r.gpus)
            gpus.insert(g.model, g);
        QVERIFY2(gpus.contains(QStringLiteral("NVIDIA-A100-SXM4-80GB")),
                 qPrintable(gpus.keys().join(',')));
        QCOMPARE(gpus[QStringLiteral("NVIDIA-A100-SXM4-80GB")].capacity, 8);
        QCOMPARE(gpus[QStringLiteral("NVIDIA-A100-SXM4-80GB")].allocatable, 7);
        QCOMPARE(gpus[QStringLiteral("NVIDIA-L40S")].allocatable, 4);
        QVERIFY(gpus[QStringLiteral("NVIDIA-H100-80GB-HBM3")].allocatable >= 8);
        QCOMPARE(gpus[QStringLiteral("NVIDIA-H100-80GB-HBM3")].used, 2); // the running vLLM pod
        QVERIFY(!r.mig.isEmpty());
        QVERIFY(r.mig.first().resource.startsWith(QLatin1String("nvidia.com/mig-")));
        // Client certificate and basic auth work as well.
        QVERIFY(test(candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::ClientCert, {},
                               QStringLiteral("c")))
                    .ok);
        QVERIFY(test(candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Basic, {},
                               QStringLiteral("b")))
                    .ok);
    }

    void failureRefused() {
        auto c = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token, {},
                           QStringLiteral("x"));
        c.record.connection.endpoint.url =
            QStringLiteral("https://127.0.0.1:%1").arg(fd::test::closedPort());
        const auto r = test(c);
        QCOMPARE_ENUM(r.category, ConnectionCategory::Refused);
        QCOMPARE_ENUM(r.clusterStatus(), ClusterStatus::Unreachable);
        QVERIFY(!r.nextStep.isEmpty());
    }

    void failureTimeout() {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto c = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token, {},
                           QStringLiteral("x"));
        c.record.connection.endpoint.url =
            QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort());
        registry().setTestBudgetMs(1500);
        QElapsedTimer clock;
        clock.start();
        const auto r = test(c);
        QCOMPARE_ENUM(r.category, ConnectionCategory::Timeout);
        QVERIFY(clock.elapsed() < 5000);
    }

    void failureUnknownCa() {
        auto c = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token, {},
                           QStringLiteral("x"));
        c.record.connection.endpoint.tls.caPem.clear(); // the system store lacks the test CA
        const auto r = test(c);
        QCOMPARE_ENUM(r.category, ConnectionCategory::TlsUnknownCa);
        // What is shown is the SHA-256 of the certificate the server presented...
        QCOMPARE(r.certSha256, fd::test::opensslFingerprint(m_kube.workDir()));
        QVERIFY(r.message.contains(r.certSha256));
        // ...and exactly that is what "Trust this certificate" pins: the test passes with it.
        c.record.connection.endpoint.tls.pinnedSha256 = r.certSha256;
        const auto pinned = test(c);
        QVERIFY2(pinned.ok, qPrintable(pinned.sentence()));
    }

    void failureNameMismatch() {
        auto c = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token, {},
                           QStringLiteral("x"));
        c.record.connection.endpoint.tls.serverName = QStringLiteral("not-this-server.example");
        QCOMPARE_ENUM(test(c).category, ConnectionCategory::TlsNameMismatch);
    }

    void failureUnauthorized() {
        auto c = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token, {},
                           QStringLiteral("x"));
        c.credentials.token = "wrong-token";
        const auto r = test(c);
        QCOMPARE_ENUM(r.category, ConnectionCategory::Unauthorized);
        QCOMPARE(r.httpStatus, 401);
        QVERIFY(!r.message.contains(QLatin1String("wrong-token")));
    }

    void failureForbiddenNamesPermission() {
        const auto r = test(candidate(QStringLiteral("noperm"), KubeTestServer::AuthKind::Token, {},
                                      QStringLiteral("x")));
        QCOMPARE_ENUM(r.category, ConnectionCategory::Forbidden);
        QCOMPARE(r.httpStatus, 403);
        QVERIFY2(r.missingPermission.contains(QLatin1String("list resource \"nodes\"")),
                 qPrintable(r.missingPermission));
        QVERIFY(r.message.contains(r.missingPermission));
    }

    void failureExecPluginMissing() {
        auto c = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token, {},
                           QStringLiteral("x"));
        fd::kube::ExecPluginConfig& exec = c.record.connection.exec;
        c.record.connection.auth = AuthKind::Exec;
        c.credentials.token.clear();
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.command = QStringLiteral("kubelogin-not-installed-here");
        exec.installHint = QStringLiteral("See https://azure.github.io/kubelogin/");
        const auto r = test(c);
        QCOMPARE_ENUM(r.category, ConnectionCategory::CredentialPluginMissing);
        QVERIFY(r.message.contains(QLatin1String("kubelogin-not-installed-here")));
        QVERIFY(r.nextStep.contains(QLatin1String("azure.github.io/kubelogin")));
        QVERIFY(r.detail.contains(QLatin1String("PATH")));
        // Pointing the override at a plugin that prints the admin token makes it work.
        const QString plugin = m_env->dir.filePath(QStringLiteral("token-plugin.sh"));
        QFile f(plugin);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"%s\"}}' \"$TOKEN\"\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        exec.pathOverride = plugin;
        exec.env = {{QStringLiteral("TOKEN"), m_kube.token(QStringLiteral("admin"))}};
        const auto ok = test(c);
        QVERIFY2(ok.ok, qPrintable(ok.sentence() + ok.detail));
    }

    void failureMalformedResponse() {
        fd::test::HtmlServer html; // answers every request with a login page
        QVERIFY(html.start());
        auto c = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token, {},
                           QStringLiteral("x"));
        c.record.connection.endpoint.url = QStringLiteral("http://127.0.0.1:%1").arg(html.port());
        QCOMPARE_ENUM(test(c).category, ConnectionCategory::MalformedResponse);
    }

    void cancelledTest() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto c = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token, {},
                           QStringLiteral("x"));
        c.record.connection.endpoint.url =
            QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort());
        std::optional<ConnectionReport> got;
        const TestId id = registry().testConnection(c, this, [&](ConnectionReport r) { got = r; });
        QTimer::singleShot(100, this, [&] { registry().cancelTest(id); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QCOMPARE_ENUM(got->category, ConnectionCategory::Cancelled);
    }

    void healthRefreshIsCoalesced() {
        const int n = 24;
        QList<ImportCandidate> cs;
        for (int i = 0; i < n; ++i)
            cs << candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token,
                            QStringLiteral("h%1").arg(i), QStringLiteral("h%1").arg(i));
        const auto out = import(cs);
        for (const auto& o : out)
            QCOMPARE_ENUM(o.action, ImportOutcome::Action::Created);
        registry().setMaxRequestsInFlight(8);
        QSignalSpy health(&registry(), &ClusterRegistry::healthChanged);
        QSignalSpy finished(&registry(), &ClusterRegistry::refreshFinished);
        registry().refreshNow();
        QVERIFY(registry().isRefreshing());
        QVERIFY(finished.wait(20000));
        QSet<qint64> seen;
        for (const auto& args : health)
            for (qint64 id : args.at(0).value<QList<qint64>>())
                seen.insert(id);
        QCOMPARE(seen.size(), n);
        // 24 results in far fewer signals: one per ~100 ms batch.
        QVERIFY2(health.count() < n / 2, qPrintable(QString::number(health.count())));
        for (const auto& r : registry().clusters()) {
            QCOMPARE_ENUM(r.health.status, ClusterStatus::NotReady); // the seeded L40S node
            QCOMPARE(r.health.nodesTotal, 6);
            QVERIFY(r.health.lastCheck.isValid());
        }
        // The batch reached the store.
        m_env->flush();
        m_env->reopen();
        for (const auto& r : registry().clusters())
            QCOMPARE(r.health.nodesTotal, 6);
    }

    void removeReportsWhatWasCleaned() {
        const ClusterId id =
            importOne(QStringLiteral("admin"), QStringLiteral("rm"), QStringLiteral("rm-me"));
        QVERIFY(id);
        const ClusterRecord r = *registry().cluster(id);
        const CleanupPlan plan = registry().cleanupPlan(id);
        QVERIFY(plan.items.size() >= 2);
        QVERIFY(plan.items.first().contains(QLatin1String("rm-me")));
        const RemoveReport report = fd::test::await<RemoveReport>(
            [&](auto done) { registry().removeCluster(id, this, done); });
        QVERIFY(report.ok);
        QVERIFY(report.leftBehind.isEmpty());
        QVERIFY(report.done.size() >= 2);
        QVERIFY(!registry().cluster(id));
        const auto gone = fd::test::await<fd::Result<ClusterCredentials>>(
            [&](auto done) { m_env->vault().load(r.secrets, this, done); });
        QVERIFY2(!gone.ok(), "secrets must be gone from the vault");
        m_env->reopen();
        QVERIFY(!registry().cluster(id));
    }

    void joinAndUnjoinKarmada() {
        const ClusterId cp = importOne(QStringLiteral("admin"), QStringLiteral("karmada"),
                                       QStringLiteral("karmada"));
        const ClusterId member = importOne(QStringLiteral("admin"), QStringLiteral("member1"),
                                           QStringLiteral("Member 1"));
        QVERIFY(cp && member);
        const JoinReport joined = fd::test::await<JoinReport>(
            [&](auto done) { registry().join(member, cp, JoinOptions{}, this, done); });
        QVERIFY2(joined.ok, qPrintable(joined.error.message + joined.leftBehind.join(';')));
        const ClusterRecord m = *registry().cluster(member);
        QVERIFY(m.joined);
        QCOMPARE_ENUM(m.karmadaRole, KarmadaRole::Member);
        QCOMPARE(m.karmadaClusterName, QStringLiteral("member-1"));
        QCOMPARE_ENUM(registry().cluster(cp)->karmadaRole, KarmadaRole::ControlPlane);

        const JoinObjectNames n = joinObjectNames(QStringLiteral("member-1"));
        const QString vcM = QStringLiteral("member1");
        const QString vcC = QStringLiteral("karmada");
        // Member side.
        QCOMPARE(adminGet(vcM, QStringLiteral("/api/v1/namespaces/karmada-cluster")).status, 200);
        QCOMPARE(
            adminGet(vcM,
                     QStringLiteral(
                         "/api/v1/namespaces/karmada-cluster/serviceaccounts/karmada-member-1"))
                .status,
            200);
        const auto role =
            adminGet(vcM, QStringLiteral("/apis/rbac.authorization.k8s.io/v1/clusterroles/") +
                              n.clusterRole);
        QCOMPARE(role.status, 200);
        QCOMPARE(role.json.value(QLatin1String("rules")).toArray(), karmada::leastPrivilegeRules());
        const auto binding = adminGet(
            vcM, QStringLiteral("/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/") +
                     n.clusterRoleBinding);
        QCOMPARE(binding.json.value(QLatin1String("roleRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 n.clusterRole);
        const auto tokenSecret = adminGet(
            vcM, QStringLiteral("/api/v1/namespaces/karmada-cluster/secrets/karmada-member-1"));
        const QString memberToken = tokenSecret.json.value(QLatin1String("data"))
                                        .toObject()
                                        .value(QLatin1String("token"))
                                        .toString();
        QVERIFY(!memberToken.isEmpty());
        // Control plane side: the Secret carries the member's token, the Cluster is valid
        // (the server validates it against Karmada's OpenAPI schema on create).
        const auto cpSecret =
            adminGet(vcC, QStringLiteral("/api/v1/namespaces/karmada-cluster/secrets/member-1"));
        QCOMPARE(cpSecret.status, 200);
        QCOMPARE(cpSecret.json.value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("token"))
                     .toString(),
                 memberToken);
        QVERIFY(!cpSecret.json.value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("caBundle"))
                     .toString()
                     .isEmpty());
        const auto clusterObj =
            adminGet(vcC, QStringLiteral("/apis/cluster.karmada.io/v1alpha1/clusters/member-1"));
        QCOMPARE(clusterObj.status, 200);
        const QJsonObject spec = clusterObj.json.value(QLatin1String("spec")).toObject();
        QCOMPARE(spec.value(QLatin1String("syncMode")).toString(), QStringLiteral("Push"));
        QCOMPARE(spec.value(QLatin1String("apiEndpoint")).toString(), m_kube.url(vcM));
        QCOMPARE(spec.value(QLatin1String("secretRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("member-1"));
        // The server really validates: a Cluster without syncMode is refused.
        auto invalid = fd::test::httpJson(
            m_kube, vcC, "POST", QStringLiteral("/apis/cluster.karmada.io/v1alpha1/clusters"),
            QJsonObject{
                {QStringLiteral("apiVersion"), QStringLiteral("cluster.karmada.io/v1alpha1")},
                {QStringLiteral("kind"), QStringLiteral("Cluster")},
                {QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("bad")}}},
                {QStringLiteral("spec"),
                 QJsonObject{{QStringLiteral("apiEndpoint"), QStringLiteral("https://x")}}}});
        QCOMPARE(invalid.status, 422);

        // Remove names the Karmada objects; unjoin takes everything away again.
        QVERIFY(registry().cleanupPlan(member).items.join(' ').contains(QLatin1String("member-1")));
        const JoinReport unjoined =
            fd::test::await<JoinReport>([&](auto done) { registry().unjoin(member, this, done); });
        QVERIFY2(unjoined.ok, qPrintable(unjoined.leftBehind.join(';')));
        QCOMPARE(
            adminGet(vcC, QStringLiteral("/apis/cluster.karmada.io/v1alpha1/clusters/member-1"))
                .status,
            404);
        QCOMPARE(
            adminGet(vcC, QStringLiteral("/api/v1/namespaces/karmada-cluster/secrets/member-1"))
                .status,
            404);
        QCOMPARE(adminGet(vcM, QStringLiteral("/apis/rbac.authorization.k8s.io/v1/clusterroles/") +
                                   n.clusterRole)
                     .status,
                 404);
        QCOMPARE(adminGet(vcM, QStringLiteral(
                                   "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/") +
                                   n.clusterRoleBinding)
                     .status,
                 404);
        QCOMPARE(
            adminGet(vcM,
                     QStringLiteral(
                         "/api/v1/namespaces/karmada-cluster/serviceaccounts/karmada-member-1"))
                .status,
            404);
        QCOMPARE(adminGet(vcM, QStringLiteral(
                                   "/api/v1/namespaces/karmada-cluster/secrets/karmada-member-1"))
                     .status,
                 404);
        QVERIFY(!registry().cluster(member)->joined);

        // The test server listens on 127.0.0.1: the join said Karmada cannot reach that.
        QVERIFY2(!joined.warnings.isEmpty() &&
                     joined.warnings.first().contains(QLatin1String("loopback")),
                 qPrintable(joined.warnings.join(';')));

        // Full access binds cluster-admin and creates no ClusterRole.
        JoinOptions full;
        full.fullAccess = true;
        const JoinReport again = fd::test::await<JoinReport>(
            [&](auto done) { registry().join(member, cp, full, this, done); });
        QVERIFY2(again.ok, qPrintable(again.error.message));
        QCOMPARE(adminGet(vcM, QStringLiteral(
                                   "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/") +
                                   n.clusterRoleBinding)
                     .json.value(QLatin1String("roleRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("cluster-admin"));
        QCOMPARE(adminGet(vcM, QStringLiteral("/apis/rbac.authorization.k8s.io/v1/clusterroles/") +
                                   n.clusterRole)
                     .status,
                 404);
        // Removing a joined member unjoins it first.
        const RemoveReport removed = fd::test::await<RemoveReport>(
            [&](auto done) { registry().removeCluster(member, this, done); });
        QVERIFY2(removed.ok, qPrintable(removed.leftBehind.join(';')));
        QCOMPARE(
            adminGet(vcC, QStringLiteral("/apis/cluster.karmada.io/v1alpha1/clusters/member-1"))
                .status,
            404);
    }

    // Zone and data center reach the Karmada Cluster object: on join (created with them) and on
    // every change (store first, then a merge patch); GPU model names only as sanitised
    // presence labels.
    void zoneAndDataCenterArePushedToKarmada() {
        const ClusterId cp = importOne(QStringLiteral("admin"), QStringLiteral("karmada"),
                                       QStringLiteral("karmada"));
        ImportCandidate c = candidate(QStringLiteral("admin"), KubeTestServer::AuthKind::Token,
                                      QStringLiteral("member1"), QStringLiteral("zoned"));
        c.record.zone = fd::policy::Zone::A;
        c.record.datacenter = {QStringLiteral("hq-idc"), QStringLiteral("HQ IDC")};
        c.record.gpuModels = {QStringLiteral("NVIDIA T4")};
        c.record.labels.insert(fd::policy::kZoneLabel, QStringLiteral("B")); // not the zone
        c.record.labels.insert(QStringLiteral("team"), QStringLiteral("ml"));
        const auto outcomes = import({c});
        QCOMPARE(outcomes.size(), 1);
        const ClusterId member = outcomes.first().id;
        QVERIFY(cp && member);
        QCOMPARE_ENUM(registry().cluster(member)->zone, fd::policy::Zone::A);
        const JoinReport joined = fd::test::await<JoinReport>(
            [&](auto done) { registry().join(member, cp, JoinOptions{}, this, done); });
        QVERIFY2(joined.ok, qPrintable(joined.error.message + joined.leftBehind.join(';')));

        const QString path = QStringLiteral("/apis/cluster.karmada.io/v1alpha1/clusters/zoned");
        auto labelsOf = [&](const fd::test::HttpAnswer& a) {
            return a.json.value(QLatin1String("metadata"))
                .toObject()
                .value(QLatin1String("labels"))
                .toObject();
        };
        auto regionOf = [&](const fd::test::HttpAnswer& a) {
            return a.json.value(QLatin1String("spec"))
                .toObject()
                .value(QLatin1String("region"))
                .toString();
        };
        auto obj = adminGet(QStringLiteral("karmada"), path);
        QCOMPARE(obj.status, 200);
        QCOMPARE(labelsOf(obj).value(fd::policy::kZoneLabel).toString(), QStringLiteral("A"));
        QCOMPARE(labelsOf(obj).value(fd::policy::kDataCenterLabel).toString(),
                 QStringLiteral("hq-idc"));
        QCOMPARE(labelsOf(obj).value(QStringLiteral("gpu.fleetdeck.io/nvidia-t4")).toString(),
                 QStringLiteral("true"));
        const QJsonObject joinedLabels = labelsOf(obj);
        for (auto it = joinedLabels.begin(); it != joinedLabels.end(); ++it)
            QVERIFY2(!it.value().toString().contains(u' '), qPrintable(it.key()));
        QCOMPARE(regionOf(obj), QStringLiteral("hq-idc"));
        QCOMPARE(labelsOf(obj).value(QStringLiteral("team")).toString(), QStringLiteral("ml"));
        // Karmada's own label stays.
        QVERIFY(labelsOf(obj).contains(QStringLiteral("karmada.io/system")));

        // Change zone and data center: saved, then pushed.
        ClusterRecord edited = *registry().cluster(member);
        edited.zone = fd::policy::Zone::B;
        edited.datacenter = {QStringLiteral("seoul-dc1"), QStringLiteral("Seoul DC1")};
        edited.gpuModels = {QStringLiteral("NVIDIA A100 80GB")};
        edited.labels.remove(QStringLiteral("team"));
        const fd::Status updated = fd::test::await<fd::Status>(
            [&](auto done) { registry().updateCluster(edited, std::nullopt, this, done); });
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
        obj = adminGet(QStringLiteral("karmada"), path);
        QCOMPARE(labelsOf(obj).value(fd::policy::kZoneLabel).toString(), QStringLiteral("B"));
        QCOMPARE(labelsOf(obj).value(fd::policy::kDataCenterLabel).toString(),
                 QStringLiteral("seoul-dc1"));
        QCOMPARE(regionOf(obj), QStringLiteral("seoul-dc1"));
        QVERIFY(!labelsOf(obj).contains(QStringLiteral("gpu.fleetdeck.io/nvidia-t4")));
        QVERIFY(labelsOf(obj).contains(QStringLiteral("gpu.fleetdeck.io/nvidia-a100-80gb")));
        QVERIFY(!labelsOf(obj).contains(QStringLiteral("team"))); // removed locally, so there
        QVERIFY(labelsOf(obj).contains(QStringLiteral("karmada.io/system")));

        // No zone: the label goes away; the data center stays.
        edited = *registry().cluster(member);
        edited.zone = fd::policy::Zone::None;
        const fd::Status cleared = fd::test::await<fd::Status>(
            [&](auto done) { registry().updateCluster(edited, std::nullopt, this, done); });
        QVERIFY(cleared.ok());
        obj = adminGet(QStringLiteral("karmada"), path);
        QVERIFY(!labelsOf(obj).contains(fd::policy::kZoneLabel));
        QCOMPARE(labelsOf(obj).value(fd::policy::kDataCenterLabel).toString(),
                 QStringLiteral("seoul-dc1"));

        // The zone survives a restart.
        edited.zone = fd::policy::Zone::A;
        QVERIFY(fd::test::await<fd::Status>([&](auto done) {
                    registry().updateCluster(edited, std::nullopt, this, done);
                }).ok());
        m_env->reopen();
        QCOMPARE_ENUM(registry().cluster(member)->zone, fd::policy::Zone::A);
    }

    void reconcileDiscoversClusters() {
        const ClusterId cp =
            importOne(QStringLiteral("admin"), QStringLiteral("karmada2"), QStringLiteral("cp2"));
        QVERIFY(cp);
        // Registered on the control plane by someone else (e.g. karmadactl).
        const auto created = fd::test::httpJson(
            m_kube, QStringLiteral("karmada2"), "POST",
            QStringLiteral("/apis/cluster.karmada.io/v1alpha1/clusters"),
            karmada::cluster(joinObjectNames(QStringLiteral("edge-7")),
                             QStringLiteral("https://10.20.30.40:6443"), false, {}));
        QCOMPARE(created.status, 201);
        const fd::Status st = fd::test::await<fd::Status>(
            [&](auto done) { registry().setControlPlane(cp, true, this, done); });
        QVERIFY(st.ok());
        QTRY_VERIFY_WITH_TIMEOUT(registry().clusterByName(QStringLiteral("edge-7")).has_value(),
                                 10000);
        const ClusterRecord found = *registry().clusterByName(QStringLiteral("edge-7"));
        QCOMPARE_ENUM(found.origin, ClusterOrigin::DiscoveredFromKarmada);
        QCOMPARE_ENUM(found.karmadaRole, KarmadaRole::Member);
        QCOMPARE(found.controlPlaneId, cp);
        QCOMPARE(found.server(), QStringLiteral("https://10.20.30.40:6443"));
        // A second reconcile does not duplicate it.
        QVERIFY(fd::test::await<fd::Status>([&](auto done) {
                    registry().reconcileNow(this, done);
                }).ok());
        QCOMPARE(registry().clusters().size(), 2);
        // Gone from the control plane → the mirror goes too.
        QCOMPARE(
            fd::test::httpJson(m_kube, QStringLiteral("karmada2"), "DELETE",
                               QStringLiteral("/apis/cluster.karmada.io/v1alpha1/clusters/edge-7"))
                .status,
            200);
        QVERIFY(fd::test::await<fd::Status>([&](auto done) {
                    registry().reconcileNow(this, done);
                }).ok());
        QVERIFY(!registry().clusterByName(QStringLiteral("edge-7")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
