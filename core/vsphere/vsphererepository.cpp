#include "vsphere/vsphererepository.h"

#include "store/sqlite.h"
#include "vsphere/vspheretext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace fd::vsphere::repository {

using fd::store::Statement;

namespace {

QJsonObject refJson(const MoRef& ref) {
    return {{QStringLiteral("type"), ref.type}, {QStringLiteral("value"), ref.value}};
}

MoRef refFrom(const QJsonValue& v) {
    const QJsonObject o = v.toObject();
    return {o.value(QLatin1String("type")).toString(), o.value(QLatin1String("value")).toString()};
}

QString placementJson(const Placement& p) {
    const QJsonObject o{
        {QStringLiteral("computeResource"), refJson(p.computeResource)},
        {QStringLiteral("computeName"), p.computeName},
        {QStringLiteral("host"), refJson(p.host)},
        {QStringLiteral("hostName"), p.hostName},
        {QStringLiteral("pool"), refJson(p.pool)},
        {QStringLiteral("datastore"), refJson(p.datastore)},
        {QStringLiteral("datastoreName"), p.datastoreName},
        {QStringLiteral("folder"), refJson(p.folder)},
        {QStringLiteral("folderPath"), p.folderPath},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Placement placementFrom(const QString& text) {
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Placement p;
    p.computeResource = refFrom(o.value(QLatin1String("computeResource")));
    p.computeName = o.value(QLatin1String("computeName")).toString();
    p.host = refFrom(o.value(QLatin1String("host")));
    p.hostName = o.value(QLatin1String("hostName")).toString();
    p.pool = refFrom(o.value(QLatin1String("pool")));
    p.datastore = refFrom(o.value(QLatin1String("datastore")));
    p.datastoreName = o.value(QLatin1String("datastoreName")).toString();
    p.folder = refFrom(o.value(QLatin1String("folder")));
    p.folderPath = o.value(QLatin1String("folderPath")).toString();
    return p;
}

QString listJson(const QStringList& list) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString& text) {
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

// Text columns are NOT NULL: a null QString is bound as ''.
QString text(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

const char* directionName(ScaleEvent::Direction d) {
    return d == ScaleEvent::Direction::Out ? "out" : "in";
}

const char* resultName(ScaleEvent::Result r) {
    switch (r) {
    case ScaleEvent::Result::Running:
        return "running";
    case ScaleEvent::Result::Success:
        return "success";
    case ScaleEvent::Result::Partial:
        return "partial";
    case ScaleEvent::Result::Failed:
        return "failed";
    }
    return "failed";
}

ScaleEvent::Result resultFrom(const QString& s) {
    if (s == u"running")
        return ScaleEvent::Result::Running;
    if (s == u"success")
        return ScaleEvent::Result::Success;
    if (s == u"partial")
        return ScaleEvent::Result::Partial;
    return ScaleEvent::Result::Failed;
}

fd::Error duplicateGroup(const QString& name) {
    return fd::makeError(
        fd::ErrorKind::InvalidInput,
        QCoreApplication::translate("fd::vsphere",
                                    "A scale group named “%1” already exists for this vCenter; "
                                    "choose another name.")
            .arg(name));
}

} // namespace

fd::Result<QList<TemplateNote>> loadTemplateNotes(sqlite3* db, qint64 vcenterId) {
    auto st = Statement::prepare(db, "SELECT template_key, template_name, purpose, owner, "
                                     "ip_pool, updated_at FROM vsphere_template_notes "
                                     "WHERE vcenter_id = ? ORDER BY template_name, template_key");
    if (!st)
        return st.error();
    st->bind(1, vcenterId);
    QList<TemplateNote> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        TemplateNote n;
        n.vcenterId = vcenterId;
        n.templateKey = st->columnText(0);
        n.templateName = st->columnText(1);
        n.purpose = st->columnText(2);
        n.owner = st->columnText(3);
        n.ipPool = st->columnText(4);
        n.updatedAt = st->columnTime(5);
        out.append(std::move(n));
    }
    return out;
}

fd::Status saveTemplateNote(sqlite3* db, TemplateNote& note) {
    auto st = Statement::prepare(
        db, "INSERT OR REPLACE INTO vsphere_template_notes (vcenter_id, template_key, "
            "template_name, purpose, owner, ip_pool, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    note.updatedAt = QDateTime::currentDateTimeUtc();
    st->bind(1, note.vcenterId)
        .bind(2, text(note.templateKey))
        .bind(3, text(note.templateName))
        .bind(4, text(note.purpose))
        .bind(5, text(note.owner))
        .bind(6, text(note.ipPool))
        .bind(7, note.updatedAt);
    return st->run();
}

fd::Status deleteTemplateNote(sqlite3* db, qint64 vcenterId, const QString& templateKey) {
    auto st = Statement::prepare(
        db, "DELETE FROM vsphere_template_notes WHERE vcenter_id = ? AND template_key = ?");
    if (!st)
        return st.error();
    st->bind(1, vcenterId).bind(2, templateKey);
    return st->run();
}

fd::Result<QList<ScaleGroup>> loadScaleGroups(sqlite3* db, qint64 vcenterId) {
    auto st = Statement::prepare(
        db, "SELECT id, name, template_key, template_name, placement_json, name_pattern, "
            "ip_first, ip_last, prefix_length, gateway, dns_json, domain, created_at, updated_at "
            "FROM vsphere_scale_groups WHERE vcenter_id = ? ORDER BY name");
    if (!st)
        return st.error();
    st->bind(1, vcenterId);
    QList<ScaleGroup> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ScaleGroup g;
        g.id = st->columnInt(0);
        g.vcenterId = vcenterId;
        g.name = st->columnText(1);
        g.templateKey = st->columnText(2);
        g.templateName = st->columnText(3);
        g.placement = placementFrom(st->columnText(4));
        g.namePattern = st->columnText(5);
        g.ipPool.first = st->columnText(6);
        g.ipPool.last = st->columnText(7);
        g.ipPool.prefixLength = int(st->columnInt(8));
        g.ipPool.gateway = st->columnText(9);
        g.ipPool.dnsServers = listFrom(st->columnText(10));
        g.ipPool.domain = st->columnText(11);
        g.createdAt = st->columnTime(12);
        g.updatedAt = st->columnTime(13);
        out.append(std::move(g));
    }
    return out;
}

namespace {

Statement& bindGroup(Statement& st, const ScaleGroup& g) {
    return st.bind(1, text(g.name))
        .bind(2, text(g.templateKey))
        .bind(3, text(g.templateName))
        .bind(4, placementJson(g.placement))
        .bind(5, text(g.namePattern))
        .bind(6, text(g.ipPool.first))
        .bind(7, text(g.ipPool.last))
        .bind(8, g.ipPool.prefixLength)
        .bind(9, text(g.ipPool.gateway))
        .bind(10, listJson(g.ipPool.dnsServers))
        .bind(11, text(g.ipPool.domain))
        .bind(12, g.updatedAt);
}

bool isUniqueViolation(const fd::Error& e) {
    return e.detail.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive);
}

} // namespace

fd::Status insertScaleGroup(sqlite3* db, ScaleGroup& group) {
    auto st = Statement::prepare(
        db, "INSERT INTO vsphere_scale_groups (name, template_key, template_name, "
            "placement_json, name_pattern, ip_first, ip_last, prefix_length, gateway, dns_json, "
            "domain, updated_at, created_at, vcenter_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    group.updatedAt = QDateTime::currentDateTimeUtc();
    if (!group.createdAt.isValid())
        group.createdAt = group.updatedAt;
    bindGroup(*st, group).bind(13, group.createdAt).bind(14, group.vcenterId);
    if (auto r = st->run(); !r)
        return isUniqueViolation(r.error()) ? fd::Status(duplicateGroup(group.name)) : r;
    group.id = sqlite3_last_insert_rowid(db);
    return {};
}

fd::Status updateScaleGroup(sqlite3* db, ScaleGroup& group) {
    auto st = Statement::prepare(
        db, "UPDATE vsphere_scale_groups SET name = ?, template_key = ?, template_name = ?, "
            "placement_json = ?, name_pattern = ?, ip_first = ?, ip_last = ?, prefix_length = ?, "
            "gateway = ?, dns_json = ?, domain = ?, updated_at = ? WHERE id = ?");
    if (!st)
        return st.error();
    group.updatedAt = QDateTime::currentDateTimeUtc();
    bindGroup(*st, group).bind(13, group.id);
    if (auto r = st->run(); !r)
        return isUniqueViolation(r.error()) ? fd::Status(duplicateGroup(group.name)) : r;
    return {};
}

fd::Status deleteScaleGroup(sqlite3* db, qint64 groupId) {
    auto st = Statement::prepare(db, "DELETE FROM vsphere_scale_groups WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, groupId);
    return st->run();
}

fd::Result<QList<ScaleMember>> loadScaleMembers(sqlite3* db, qint64 groupId) {
    auto st = Statement::prepare(db, "SELECT vm_name, vm_ref, ip_address, seq, created_at FROM "
                                     "vsphere_scale_members WHERE group_id = ? ORDER BY seq");
    if (!st)
        return st.error();
    st->bind(1, groupId);
    QList<ScaleMember> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ScaleMember m;
        m.groupId = groupId;
        m.vmName = st->columnText(0);
        m.vmRef = st->columnText(1);
        m.ipAddress = st->columnText(2);
        m.seq = int(st->columnInt(3));
        m.createdAt = st->columnTime(4);
        out.append(std::move(m));
    }
    return out;
}

fd::Status saveScaleMember(sqlite3* db, ScaleMember& member) {
    auto st = Statement::prepare(
        db, "INSERT OR REPLACE INTO vsphere_scale_members (group_id, vm_name, vm_ref, ip_address, "
            "seq, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    if (!member.createdAt.isValid())
        member.createdAt = QDateTime::currentDateTimeUtc();
    st->bind(1, member.groupId)
        .bind(2, text(member.vmName))
        .bind(3, text(member.vmRef))
        .bind(4, text(member.ipAddress))
        .bind(5, member.seq)
        .bind(6, member.createdAt);
    return st->run();
}

fd::Status deleteScaleMember(sqlite3* db, qint64 groupId, const QString& vmName) {
    auto st = Statement::prepare(
        db, "DELETE FROM vsphere_scale_members WHERE group_id = ? AND vm_name = ?");
    if (!st)
        return st.error();
    st->bind(1, groupId).bind(2, vmName);
    return st->run();
}

fd::Status appendScaleEvent(sqlite3* db, ScaleEvent& event) {
    auto st = Statement::prepare(
        db, "INSERT INTO vsphere_scale_events (group_id, at, direction, requested, done, result, "
            "vms_json, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    if (!event.at.isValid())
        event.at = QDateTime::currentDateTimeUtc();
    st->bind(1, event.groupId)
        .bind(2, event.at)
        .bind(3, directionName(event.direction))
        .bind(4, event.requested)
        .bind(5, event.done)
        .bind(6, resultName(event.result))
        .bind(7, listJson(event.vms))
        .bind(8, text(event.message));
    if (auto r = st->run(); !r)
        return r;
    event.id = sqlite3_last_insert_rowid(db);
    return {};
}

fd::Status updateScaleEvent(sqlite3* db, const ScaleEvent& event) {
    auto st = Statement::prepare(db, "UPDATE vsphere_scale_events SET done = ?, result = ?, "
                                     "vms_json = ?, message = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, event.done)
        .bind(2, resultName(event.result))
        .bind(3, listJson(event.vms))
        .bind(4, text(event.message))
        .bind(5, event.id);
    return st->run();
}

fd::Result<QList<ScaleEvent>> loadScaleEvents(sqlite3* db, qint64 groupId, int limit) {
    auto st = Statement::prepare(db, "SELECT id, at, direction, requested, done, result, "
                                     "vms_json, message FROM vsphere_scale_events WHERE "
                                     "group_id = ? ORDER BY at DESC, id DESC LIMIT ?");
    if (!st)
        return st.error();
    st->bind(1, groupId).bind(2, qint64(limit > 0 ? limit : -1));
    QList<ScaleEvent> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ScaleEvent e;
        e.id = st->columnInt(0);
        e.groupId = groupId;
        e.at = st->columnTime(1);
        e.direction =
            st->columnText(2) == u"in" ? ScaleEvent::Direction::In : ScaleEvent::Direction::Out;
        e.requested = int(st->columnInt(3));
        e.done = int(st->columnInt(4));
        e.result = resultFrom(st->columnText(5));
        e.vms = listFrom(st->columnText(6));
        e.message = st->columnText(7);
        out.append(std::move(e));
    }
    return out;
}

} // namespace fd::vsphere::repository
