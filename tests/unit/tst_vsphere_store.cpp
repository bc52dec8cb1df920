// vCenter's own tables (schema step 9) through their repository over a real store, and the
// scale-out planning (next free names and addresses, an exhausted pool refused up front).

#include "store/store.h"
#include "vsphere/connectionrepository.h"
#include "vsphere/scaleplan.h"
#include "vsphere/vsphererepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace fd::vsphere;
namespace repo = fd::vsphere::repository;

class TestVsphereStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void connectionsLiveInEndpoints();
    void templateNotes();
    void scaleGroups();
    void duplicateGroupName();
    void membersAndEvents();
    void deletingTheVcenterRemovesItsRows();
    void ipPools();
    void namePatterns();
    void planScaleOutTakesTheNextFree();
    void exhaustedPoolIsRefusedBeforeCloning();
    void planScaleInRemovesTheNewest();

private:
    qint64 addVcenter(const QString& name);
    template <typename Fn> fd::Status write(Fn fn) {
        return m_store->writeSync([fn](sqlite3* db) { return fn(db); });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<fd::store::Store> m_store;
};

void TestVsphereStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = fd::store::Store::open(m_dir->path());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    m_store = std::move(*store);
}

void TestVsphereStore::cleanup() {
    m_store.reset();
    m_dir.reset();
}

qint64 TestVsphereStore::addVcenter(const QString& name) {
    qint64 id = 0;
    const auto st = write([&id, name](sqlite3* db) -> fd::Status {
        repo::VcenterConnectionRow row;
        row.name = name;
        row.userName = QStringLiteral("administrator@vsphere.local");
        row.endpoint.endpoint.url = QStringLiteral("https://vc/sdk");
        if (auto r = repo::insertVcenterConnection(db, row); !r)
            return r;
        id = row.id;
        return {};
    });
    if (!st.ok())
        qFatal("cannot add a vCenter row: %s", qPrintable(st.error().message));
    return id;
}

// A connection is a vcenter_connections row over its own endpoints row (schema step 5): the pin
// and the vault reference of the password are the endpoint's; removing it removes both.
void TestVsphereStore::connectionsLiveInEndpoints() {
    repo::VcenterConnectionRow row;
    row.name = QStringLiteral("lab");
    row.userName = QStringLiteral("u@vsphere.local");
    row.endpoint.endpoint.url = QStringLiteral("https://127.0.0.1:8989/sdk");
    row.endpoint.endpoint.tls.pinnedSha256 = QStringLiteral("AB:CD");
    row.endpoint.credentialRefs.insert(QStringLiteral("password"),
                                       QStringLiteral("vcenter/lab/password"));
    QVERIFY(write([&row](sqlite3* db) { return repo::insertVcenterConnection(db, row); }).ok());
    QVERIFY(row.id > 0);
    QVERIFY(row.endpoint.id > 0);

    repo::VcenterConnectionRow same = row;
    same.name = QStringLiteral("LAB");
    const fd::Status dup =
        write([&same](sqlite3* db) { return repo::insertVcenterConnection(db, same); });
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().kind, fd::ErrorKind::InvalidInput);
    QVERIFY(dup.error().message.contains(QLatin1String("LAB")));

    QList<repo::VcenterConnectionRow> rows;
    int endpoints = -1;
    const auto readBack = [&] {
        return m_store->read([&](sqlite3* db) -> fd::Status {
            auto r = repo::loadVcenterConnections(db);
            if (!r)
                return r.error();
            rows = *r;
            auto e = fd::store::loadEndpoints(db);
            if (!e)
                return e.error();
            endpoints = int(e->size());
            return {};
        });
    };
    QVERIFY(readBack().ok());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(endpoints, 1);
    QCOMPARE(rows[0].name, QStringLiteral("lab"));
    QCOMPARE(rows[0].userName, QStringLiteral("u@vsphere.local"));
    QCOMPARE(rows[0].endpoint.endpoint.url, QStringLiteral("https://127.0.0.1:8989/sdk"));
    QCOMPARE(rows[0].endpoint.endpoint.tls.pinnedSha256, QStringLiteral("AB:CD"));
    QCOMPARE(rows[0].passwordRef(), QStringLiteral("vcenter/lab/password"));

    const qint64 id = row.id;
    QVERIFY(write([id](sqlite3* db) { return repo::deleteVcenterConnection(db, id); }).ok());
    QVERIFY(readBack().ok());
    QCOMPARE(rows.size(), 0);
    QCOMPARE(endpoints, 0);
}

void TestVsphereStore::templateNotes() {
    const qint64 vc = addVcenter(QStringLiteral("hq"));
    repo::TemplateNote note;
    note.vcenterId = vc;
    note.templateKey = QStringLiteral("vm:4213c1c5-0000-4000-8000-000000000001");
    note.templateName = QStringLiteral("tmpl-ubuntu-22.04-gpu");
    note.purpose = QStringLiteral("vLLM serving nodes");
    note.owner = QStringLiteral("김민수");
    note.ipPool = QStringLiteral("10.20.0.10-10.20.0.50");
    QVERIFY(write([&note](sqlite3* db) { return repo::saveTemplateNote(db, note); }).ok());
    // Saving again replaces (the key is the template's stable id).
    note.purpose = QStringLiteral("vLLM and TGI");
    QVERIFY(write([&note](sqlite3* db) { return repo::saveTemplateNote(db, note); }).ok());

    QList<repo::TemplateNote> notes;
    QVERIFY(m_store
                ->read([&](sqlite3* db) -> fd::Status {
                    auto r = repo::loadTemplateNotes(db, vc);
                    if (!r)
                        return r.error();
                    notes = *r;
                    return {};
                })
                .ok());
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].purpose, QStringLiteral("vLLM and TGI"));
    QCOMPARE(notes[0].owner, QStringLiteral("김민수"));
    QCOMPARE(notes[0].ipPool, note.ipPool);
    QVERIFY(notes[0].updatedAt.isValid());

    QVERIFY(write([&](sqlite3* db) {
                return repo::deleteTemplateNote(db, vc, note.templateKey);
            }).ok());
    QVERIFY(m_store
                ->read([&](sqlite3* db) -> fd::Status {
                    notes = repo::loadTemplateNotes(db, vc).value();
                    return {};
                })
                .ok());
    QVERIFY(notes.isEmpty());
}

namespace {

ScaleGroup sampleGroup(qint64 vc) {
    ScaleGroup g;
    g.vcenterId = vc;
    g.name = QStringLiteral("llm-serving");
    g.templateKey = QStringLiteral("vm:4213c1c5-0000-4000-8000-000000000001");
    g.templateName = QStringLiteral("tmpl-ubuntu-22.04-gpu");
    g.placement.computeResource = {QStringLiteral("ClusterComputeResource"),
                                   QStringLiteral("domain-c7")};
    g.placement.computeName = QStringLiteral("gpu-cluster");
    g.placement.datastore = {QStringLiteral("Datastore"), QStringLiteral("datastore-11")};
    g.placement.datastoreName = QStringLiteral("vsanDatastore");
    g.placement.folder = {QStringLiteral("Folder"), QStringLiteral("group-v22")};
    g.placement.folderPath = QStringLiteral("/Seoul-DC1/vm/llm");
    g.namePattern = QStringLiteral("llm-{n:02}");
    g.ipPool.first = QStringLiteral("10.20.0.10");
    g.ipPool.last = QStringLiteral("10.20.0.12");
    g.ipPool.prefixLength = 24;
    g.ipPool.gateway = QStringLiteral("10.20.0.1");
    g.ipPool.dnsServers = {QStringLiteral("10.20.0.53"), QStringLiteral("10.20.0.54")};
    g.ipPool.domain = QStringLiteral("gpu.example");
    return g;
}

} // namespace

void TestVsphereStore::scaleGroups() {
    const qint64 vc = addVcenter(QStringLiteral("hq"));
    ScaleGroup g = sampleGroup(vc);
    QVERIFY(write([&g](sqlite3* db) { return repo::insertScaleGroup(db, g); }).ok());
    QVERIFY(g.id > 0);
    QVERIFY(g.createdAt.isValid());
    g.ipPool.last = QStringLiteral("10.20.0.40");
    QVERIFY(write([&g](sqlite3* db) { return repo::updateScaleGroup(db, g); }).ok());

    QList<ScaleGroup> groups;
    QVERIFY(m_store
                ->read([&](sqlite3* db) -> fd::Status {
                    groups = repo::loadScaleGroups(db, vc).value();
                    return {};
                })
                .ok());
    QCOMPARE(groups.size(), 1);
    const ScaleGroup& got = groups.first();
    QCOMPARE(got.id, g.id);
    QCOMPARE(got.name, g.name);
    QCOMPARE(got.placement.computeResource, g.placement.computeResource);
    QCOMPARE(got.placement.folderPath, g.placement.folderPath);
    QCOMPARE(got.placement.datastoreName, g.placement.datastoreName);
    QVERIFY(got.placement.host.isNull());
    QCOMPARE(got.ipPool.last, QStringLiteral("10.20.0.40"));
    QCOMPARE(got.ipPool.dnsServers, g.ipPool.dnsServers);
    QCOMPARE(got.ipPool.domain, g.ipPool.domain);
    QCOMPARE(got.namePattern, g.namePattern);
}

void TestVsphereStore::duplicateGroupName() {
    const qint64 vc = addVcenter(QStringLiteral("hq"));
    ScaleGroup a = sampleGroup(vc);
    QVERIFY(write([&a](sqlite3* db) { return repo::insertScaleGroup(db, a); }).ok());
    ScaleGroup b = sampleGroup(vc);
    b.name = QStringLiteral("LLM-Serving"); // names compare without case
    const auto st = write([&b](sqlite3* db) { return repo::insertScaleGroup(db, b); });
    QVERIFY(!st.ok());
    QVERIFY2(st.error().message.contains(QLatin1String("already exists")),
             qPrintable(st.error().message));
    // Another vCenter may use the name.
    ScaleGroup c = sampleGroup(addVcenter(QStringLiteral("dr")));
    QVERIFY(write([&c](sqlite3* db) { return repo::insertScaleGroup(db, c); }).ok());
}

void TestVsphereStore::membersAndEvents() {
    const qint64 vc = addVcenter(QStringLiteral("hq"));
    ScaleGroup g = sampleGroup(vc);
    QVERIFY(write([&g](sqlite3* db) { return repo::insertScaleGroup(db, g); }).ok());
    for (int i = 1; i <= 3; ++i) {
        ScaleMember m;
        m.groupId = g.id;
        m.vmName = QStringLiteral("llm-%1").arg(i, 2, 10, QLatin1Char('0'));
        m.vmRef = QStringLiteral("vm-%1").arg(100 + i);
        m.ipAddress = QStringLiteral("10.20.0.%1").arg(9 + i);
        m.seq = i;
        QVERIFY(write([&m](sqlite3* db) { return repo::saveScaleMember(db, m); }).ok());
    }
    QVERIFY(write([&g](sqlite3* db) {
                return repo::deleteScaleMember(db, g.id, QStringLiteral("llm-02"));
            }).ok());
    QList<ScaleMember> members;
    QVERIFY(m_store
                ->read([&](sqlite3* db) -> fd::Status {
                    members = repo::loadScaleMembers(db, g.id).value();
                    return {};
                })
                .ok());
    QCOMPARE(members.size(), 2);
    QCOMPARE(members[0].vmName, QStringLiteral("llm-01"));
    QCOMPARE(members[1].ipAddress, QStringLiteral("10.20.0.12"));

    // A scale-out recorded while it runs, then finished in part: which clones exist is kept.
    ScaleEvent e;
    e.groupId = g.id;
    e.direction = ScaleEvent::Direction::Out;
    e.requested = 3;
    QVERIFY(write([&e](sqlite3* db) { return repo::appendScaleEvent(db, e); }).ok());
    QVERIFY(e.id > 0);
    e.done = 2;
    e.result = ScaleEvent::Result::Partial;
    e.vms = {QStringLiteral("llm-04 (10.20.0.13)"), QStringLiteral("llm-05 (10.20.0.14)")};
    e.message = QStringLiteral("Clone llm-06 failed for lack of resources.");
    QVERIFY(write([&e](sqlite3* db) { return repo::updateScaleEvent(db, e); }).ok());
    ScaleEvent later;
    later.groupId = g.id;
    later.direction = ScaleEvent::Direction::In;
    later.requested = 1;
    later.done = 1;
    later.result = ScaleEvent::Result::Success;
    later.at = e.at.addSecs(60);
    QVERIFY(write([&later](sqlite3* db) { return repo::appendScaleEvent(db, later); }).ok());

    QList<ScaleEvent> events;
    QVERIFY(m_store
                ->read([&](sqlite3* db) -> fd::Status {
                    events = repo::loadScaleEvents(db, g.id).value();
                    return {};
                })
                .ok());
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].direction, ScaleEvent::Direction::In); // newest first
    QCOMPARE(events[1].result, ScaleEvent::Result::Partial);
    QCOMPARE(events[1].done, 2);
    QCOMPARE(events[1].vms, e.vms);
    QCOMPARE(events[1].message, e.message);
    QVERIFY(m_store
                ->read([&](sqlite3* db) -> fd::Status {
                    events = repo::loadScaleEvents(db, g.id, 1).value();
                    return {};
                })
                .ok());
    QCOMPARE(events.size(), 1);
}

void TestVsphereStore::deletingTheVcenterRemovesItsRows() {
    const qint64 vc = addVcenter(QStringLiteral("hq"));
    ScaleGroup g = sampleGroup(vc);
    QVERIFY(write([&g](sqlite3* db) { return repo::insertScaleGroup(db, g); }).ok());
    ScaleEvent e;
    e.groupId = g.id;
    e.requested = 1;
    QVERIFY(write([&e](sqlite3* db) { return repo::appendScaleEvent(db, e); }).ok());
    repo::TemplateNote note;
    note.vcenterId = vc;
    note.templateKey = QStringLiteral("library:abc");
    QVERIFY(write([&note](sqlite3* db) { return repo::saveTemplateNote(db, note); }).ok());
    QVERIFY(write([vc](sqlite3* db) { return repo::deleteVcenterConnection(db, vc); }).ok());
    int rows = -1;
    QVERIFY(m_store
                ->read([&](sqlite3* db) -> fd::Status {
                    rows = int(repo::loadScaleGroups(db, vc)->size() +
                               repo::loadScaleEvents(db, g.id)->size() +
                               repo::loadTemplateNotes(db, vc)->size());
                    return {};
                })
                .ok());
    QCOMPARE(rows, 0);
}

void TestVsphereStore::ipPools() {
    IpPool p;
    p.first = QStringLiteral("10.0.0.254");
    p.last = QStringLiteral("10.0.1.1");
    QCOMPARE(p.addresses().value(),
             (QStringList{"10.0.0.254", "10.0.0.255", "10.0.1.0", "10.0.1.1"}));
    p.last = QStringLiteral("10.0.0.1");
    QVERIFY(!p.addresses().ok());
    QVERIFY(p.addresses().error().message.contains(QLatin1String("before it starts")));
    p.last = QStringLiteral("10.0.0.300");
    QVERIFY(!p.addresses().ok());
    p.first = QStringLiteral("10.0.0.0");
    p.last = QStringLiteral("10.2.0.0");
    QVERIFY(!p.addresses().ok());
    p.first = QStringLiteral("192.168.1.7");
    p.last.clear();
    QCOMPARE(p.addresses().value(), QStringList{"192.168.1.7"});
}

void TestVsphereStore::namePatterns() {
    QCOMPARE(expandNamePattern(QStringLiteral("llm-{n:03}"), 7), QStringLiteral("llm-007"));
    QCOMPARE(expandNamePattern(QStringLiteral("web{n}-a"), 12), QStringLiteral("web12-a"));
    QCOMPARE(expandNamePattern(QStringLiteral("node"), 3), QStringLiteral("node-3"));
    QVERIFY(validateNamePattern(QStringLiteral("llm-{n:02}")).ok());
    QVERIFY(!validateNamePattern(QStringLiteral("llm_{n}")).ok());
    QVERIFY(!validateNamePattern(QStringLiteral("-{n}")).ok());
    QVERIFY(!validateNamePattern(QString(70, u'a')).ok());
    QVERIFY(!validateNamePattern(QString()).ok());
}

void TestVsphereStore::planScaleOutTakesTheNextFree() {
    ScaleGroup g = sampleGroup(1);
    g.ipPool.last = QStringLiteral("10.20.0.20");
    const QSet<QString> names{QStringLiteral("LLM-01"), QStringLiteral("llm-03")};
    const QSet<QString> ips{QStringLiteral("10.20.0.10"), QStringLiteral("10.20.0.12")};
    const auto plan = planScaleOut(g, 3, names, ips);
    QVERIFY(plan.ok());
    QCOMPARE(plan->size(), 3);
    QCOMPARE(plan->at(0).name, QStringLiteral("llm-02"));
    QCOMPARE(plan->at(0).ipAddress, QStringLiteral("10.20.0.11"));
    QCOMPARE(plan->at(1).name, QStringLiteral("llm-04"));
    QCOMPARE(plan->at(1).ipAddress, QStringLiteral("10.20.0.13"));
    QCOMPARE(plan->at(2).name, QStringLiteral("llm-05"));
    QCOMPARE(plan->at(2).seq, 5);
    // Without a pool the clones use DHCP.
    g.ipPool = {};
    const auto dhcp = planScaleOut(g, 2, {}, {});
    QVERIFY(dhcp.ok());
    QVERIFY(dhcp->at(1).ipAddress.isEmpty());
    QVERIFY(!planScaleOut(g, 0, {}, {}).ok());
}

void TestVsphereStore::exhaustedPoolIsRefusedBeforeCloning() {
    ScaleGroup g = sampleGroup(1); // 10.20.0.10 - 10.20.0.12
    const auto plan = planScaleOut(g, 3, {}, {QStringLiteral("10.20.0.11")});
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(QLatin1String("2 free addresses but 3 VMs")),
             qPrintable(plan.error().message));
    QVERIFY(plan.error().message.contains(QLatin1String("nothing was cloned")));
}

void TestVsphereStore::planScaleInRemovesTheNewest() {
    QList<ScaleMember> members;
    for (int seq : {3, 1, 5, 2})
        members.append({1, QStringLiteral("llm-%1").arg(seq), {}, {}, seq, {}});
    const auto out = planScaleIn(members, 2);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].seq, 5);
    QCOMPARE(out[1].seq, 3);
    QCOMPARE(planScaleIn(members, 9).size(), 4);
    QVERIFY(planScaleIn(members, 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestVsphereStore)
#include "tst_vsphere_store.moc"
