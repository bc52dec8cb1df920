// KubeWatch against the test API server: initial list, events, bookmarks, reconnects after the
// server ends the stream or drops the connection (nothing lost, nothing twice), relist on 410
// Gone after a compaction, fatal errors, and the watch ending with its context.

#include "kube/kubeclient.h"
#include "kube/kubewatch.h"
#include "kubeawait.h"
#include "kubetestserver.h"

#include <QJsonArray>
#include <QTest>

using namespace fd::kube;
using fd::test::await;
using fd::test::KubeTestServer;
using fd::test::waitUntil;

namespace {

const ResourceType kConfigMaps{QString(), QStringLiteral("v1"), QStringLiteral("configmaps"),
                               QStringLiteral("ConfigMap"), true};

QJsonObject configMap(const QString& name, const QString& value = QStringLiteral("1")) {
    return QJsonObject{{QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("namespace"), QStringLiteral("default")}}},
                       {QStringLiteral("data"), QJsonObject{{QStringLiteral("v"), value}}}};
}

QString nameOf(const QJsonObject& o) {
    return o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
}

// Records what a watch reports.
struct Recorder {
    QStringList events; // "ADDED cm-1"
    QList<RawList> relists;
    int bookmarks = 0;
    QList<QPair<KubeError, bool>> errors;

    int batches = 0;

    WatchHandlers<QJsonObject> handlers() {
        WatchHandlers<QJsonObject> h;
        h.onDeltas = [this](QList<WatchDelta<QJsonObject>>&& deltas) {
            static const char* names[] = {"ADDED", "MODIFIED", "DELETED"};
            ++batches;
            for (const auto& d : std::as_const(deltas))
                events << QString::fromLatin1(names[int(d.type)]) + u' ' + nameOf(d.object);
        };
        h.onRelisted = [this](RawList&& l) { relists << l; };
        h.onBookmark = [this](const QString&) { ++bookmarks; };
        h.onError = [this](const KubeError& e, bool fatal) { errors.append({e, fatal}); };
        return h;
    }
};

} // namespace

class KubeWatchTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listThenEventsAndBookmarks();
    void reconnectsWithoutLossOrRepeat();
    void droppedConnectionsAreRetried();
    void goneRelists();
    void forbiddenIsFatal();
    void endsWithItsContext();
    void typedDeltasInOrder();

private:
    ClusterConnection connection(const QString& vc, const QString& user = QStringLiteral("admin"));
    bool createConfigMap(KubeClient& client, const QString& name);

    KubeTestServer m_kube;
};

void KubeWatchTest::initTestCase() {
    QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
}

void KubeWatchTest::cleanupTestCase() {
    m_kube.stop();
}

ClusterConnection KubeWatchTest::connection(const QString& vc, const QString& user) {
    ClusterConnection c;
    c.endpoint.url = m_kube.url(vc);
    c.endpoint.tls.caPem = m_kube.caPem();
    c.auth = ClusterConnection::Auth::Token;
    c.token = m_kube.token(user).toUtf8();
    return c;
}

bool KubeWatchTest::createConfigMap(KubeClient& client, const QString& name) {
    auto r = await<QJsonObject>([&](QObject* c, auto done) {
        client.create(kConfigMaps, configMap(name), {}, c, std::move(done));
    });
    return r && r->ok();
}

void KubeWatchTest::listThenEventsAndBookmarks() {
    KubeClient client(connection(QStringLiteral("watch-basic")));
    QVERIFY(createConfigMap(client, QStringLiteral("before")));
    Recorder rec;
    QObject context;
    ListOptions o;
    o.namespaceName = QStringLiteral("default");
    KubeWatch* w = client.watch(kConfigMaps, o, {}, &context, rec.handlers());
    QVERIFY(waitUntil([&] { return rec.relists.size() == 1; }));
    QStringList listed;
    for (const QJsonObject& item : rec.relists.first().items)
        listed << nameOf(item);
    QVERIFY(listed.contains(QStringLiteral("before")));
    QVERIFY(rec.events.isEmpty()); // the listed state is not replayed as events

    QVERIFY(createConfigMap(client, QStringLiteral("cm-1")));
    auto patched = await<QJsonObject>([&](QObject* c, auto done) {
        client.mergePatch(kConfigMaps, QStringLiteral("default"), QStringLiteral("cm-1"),
                          {{QStringLiteral("data"), QJsonObject{{QStringLiteral("v"), "2"}}}}, {},
                          c, std::move(done));
    });
    QVERIFY(patched && patched->ok());
    auto deleted = await<QJsonObject>([&](QObject* c, auto done) {
        client.remove(kConfigMaps, QStringLiteral("default"), QStringLiteral("cm-1"), {}, c,
                      std::move(done));
    });
    QVERIFY(deleted && deleted->ok());
    QVERIFY(waitUntil([&] { return rec.events.size() >= 3; }));
    QCOMPARE(rec.events, (QStringList{QStringLiteral("ADDED cm-1"), QStringLiteral("MODIFIED cm-1"),
                                      QStringLiteral("DELETED cm-1")}));
    const QString rvAfterDelete = w->resourceVersion();

    // The server sends a bookmark every second on a quiet stream.
    QVERIFY(waitUntil([&] { return rec.bookmarks >= 1; }, 5000));
    QVERIFY(w->resourceVersion().toLongLong() >= rvAfterDelete.toLongLong());
    QVERIFY(rec.errors.isEmpty());
}

void KubeWatchTest::reconnectsWithoutLossOrRepeat() {
    KubeClient client(connection(QStringLiteral("watch-reconnect")));
    Recorder rec;
    QObject context;
    ListOptions o;
    o.namespaceName = QStringLiteral("default");
    WatchOptions wo;
    wo.timeoutSeconds = 1; // the server ends every stream after a second
    KubeWatch* w = client.watch(kConfigMaps, o, wo, &context, rec.handlers());
    QVERIFY(waitUntil([&] { return rec.relists.size() == 1; }));
    QStringList expected;
    for (int i = 0; i < 8; ++i) {
        const QString name = QStringLiteral("r-%1").arg(i);
        QVERIFY(createConfigMap(client, name));
        expected << u"ADDED " + name;
        QTest::qWait(350); // spreads the writes over several streams
    }
    QVERIFY(waitUntil([&] { return rec.events.size() >= expected.size(); }));
    QTest::qWait(1200); // one more reconnect: nothing may be delivered again
    QCOMPARE(rec.events, expected);
    QVERIFY2(w->reconnects() >= 2, qPrintable(QString::number(w->reconnects())));
    QCOMPARE(w->relists(), 0);
    QVERIFY(rec.errors.isEmpty());
}

void KubeWatchTest::droppedConnectionsAreRetried() {
    const QString vc = QStringLiteral("watch-drop");
    KubeClient client(connection(vc));
    Recorder rec;
    QObject context;
    ListOptions o;
    o.namespaceName = QStringLiteral("default");
    WatchOptions wo;
    wo.timeoutSeconds = 1;
    KubeWatch* w = client.watch(kConfigMaps, o, wo, &context, rec.handlers());
    QVERIFY(waitUntil([&] { return rec.relists.size() == 1; }));
    // The next two stream requests are cut without an answer.
    QVERIFY(m_kube.setKnobs({{QStringLiteral("dropConnection"),
                              QJsonObject{{QStringLiteral("path"), QStringLiteral("configmaps$")},
                                          {QStringLiteral("count"), 2}}}},
                            vc));
    // (libcurl itself retries a request whose reused connection died without an answer once,
    // so the watch may see only one of the two.)
    QVERIFY(waitUntil([&] { return rec.errors.size() >= 1; }));
    for (const auto& [error, fatal] : rec.errors) {
        QVERIFY(!fatal);
        QCOMPARE(error.category, KubeErrorCategory::Network);
    }
    QVERIFY(createConfigMap(client, QStringLiteral("after-drop")));
    QVERIFY(waitUntil([&] { return rec.events.contains(QStringLiteral("ADDED after-drop")); }));
    QVERIFY(!w->isStopped());
}

void KubeWatchTest::goneRelists() {
    const QString vc = QStringLiteral("watch-gone");
    KubeClient client(connection(vc));
    Recorder rec;
    QObject context;
    ListOptions o;
    o.namespaceName = QStringLiteral("default");
    WatchOptions wo;
    wo.timeoutSeconds = 1;
    wo.bookmarks = false; // keep our version old
    KubeWatch* w = client.watch(kConfigMaps, o, wo, &context, rec.handlers());
    QVERIFY(waitUntil([&] { return rec.relists.size() == 1; }));
    QVERIFY(createConfigMap(client, QStringLiteral("g-1")));
    QVERIFY(waitUntil([&] { return rec.events.size() == 1; }));

    // Another writer's change in another namespace moves the version on; then the server
    // forgets the history, so our next reconnect is too old.
    QVERIFY(!m_kube.fixture(QStringLiteral("compact"), {}, vc).isEmpty());
    QVERIFY(createConfigMap(client, QStringLiteral("g-2")));
    QVERIFY(waitUntil([&] { return rec.relists.size() >= 2; }));
    QCOMPARE(w->relists(), rec.relists.size() - 1);
    QStringList names;
    for (const QJsonObject& item : rec.relists.last().items)
        names << nameOf(item);
    QVERIFY(names.contains(QStringLiteral("g-1")));
    // The watch goes on after the relist.
    QVERIFY(createConfigMap(client, QStringLiteral("g-3")));
    QVERIFY(waitUntil([&] { return rec.events.contains(QStringLiteral("ADDED g-3")); }));
    QVERIFY(!w->isStopped());
}

void KubeWatchTest::forbiddenIsFatal() {
    KubeClient client(connection(QStringLiteral("watch-forbidden"), QStringLiteral("noperm")));
    Recorder rec;
    QObject context;
    KubeWatch* w = client.watch(KindTraits<Node>::type(), {}, {}, &context, rec.handlers());
    QVERIFY(waitUntil([&] { return !rec.errors.isEmpty(); }));
    QCOMPARE(rec.errors.first().first.category, KubeErrorCategory::Forbidden);
    QVERIFY(rec.errors.first().second);
    QVERIFY(w->isStopped());
    QTest::qWait(500);
    QCOMPARE(rec.errors.size(), 1);
}

void KubeWatchTest::endsWithItsContext() {
    KubeClient client(connection(QStringLiteral("watch-context")));
    Recorder rec;
    auto* context = new QObject;
    ListOptions o;
    o.namespaceName = QStringLiteral("default");
    QPointer<KubeWatch> w = client.watch(kConfigMaps, o, {}, context, rec.handlers());
    QVERIFY(waitUntil([&] { return rec.relists.size() == 1; }));
    delete context;
    QVERIFY(waitUntil([&] { return w.isNull(); }));
    QVERIFY(createConfigMap(client, QStringLiteral("unseen")));
    QTest::qWait(300);
    QVERIFY(rec.events.isEmpty());
}

// A typed watch hands over decoded objects, in the order the server sent them, nothing lost
// however the burst is split into batches.
void KubeWatchTest::typedDeltasInOrder() {
    KubeClient client(connection(QStringLiteral("watch-typed")));
    QList<fd::kube::Namespace> listed;
    QStringList seen;
    QObject context;
    WatchHandlers<fd::kube::Namespace> h;
    h.onRelisted = [&](ObjectList<fd::kube::Namespace>&& state) { listed = state.items; };
    h.onDeltas = [&](QList<WatchDelta<fd::kube::Namespace>>&& deltas) {
        for (const auto& d : std::as_const(deltas))
            if (d.type == WatchDelta<fd::kube::Namespace>::Type::Added)
                seen << d.object.metadata.name;
    };
    client.watch<fd::kube::Namespace>({}, {}, &context, h);
    QVERIFY(waitUntil([&] { return !listed.isEmpty(); }));
    QStringList expected;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("burst-%1").arg(i, 2, 10, QLatin1Char('0'));
        expected << name;
        auto r = await<QJsonObject>([&](QObject* c, auto done) {
            client.create(KindTraits<fd::kube::Namespace>::type(),
                          QJsonObject{{QStringLiteral("metadata"),
                                       QJsonObject{{QStringLiteral("name"), name}}}},
                          {}, c, std::move(done));
        });
        QVERIFY(r && r->ok());
    }
    QVERIFY(waitUntil([&] { return seen.size() >= expected.size(); }));
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(KubeWatchTest)
#include "tst_kubeclient_watch.moc"
