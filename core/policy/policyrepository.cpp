#include "policy/policyrepository.h"

#include "policy/policyformat.h"
#include "store/sqlite.h"
#include <QCoreApplication>

#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>

namespace fd::policy::repository {

namespace {

using fd::store::Statement;

// Statement binds a null QString as SQL NULL; the text columns are NOT NULL.
QString nn(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QString compact(const QJsonValue& v) {
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray arrayFrom(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

fd::Error corrupt(PolicyKind kind, const QString& name, const QString& detail) {
    return fd::makeError(
        fd::ErrorKind::Corrupt,
        QCoreApplication::translate("fd::policy",
                                    "The stored %1 policy \"%2\" could not be read; re-create it "
                                    "or restore the database from a backup.")
            .arg(toString(kind), name),
        detail);
}

void flatten(const QJsonValue& v, const QString& prefix, QMap<QString, QJsonValue>* out) {
    if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), out);
        return;
    }
    out->insert(prefix, v);
}

QString actionText(VersionAction a) {
    switch (a) {
    case VersionAction::Created:
        return QStringLiteral("created");
    case VersionAction::Updated:
        return QStringLiteral("updated");
    case VersionAction::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

VersionAction actionFrom(const QString& text) {
    if (text == u"updated")
        return VersionAction::Updated;
    if (text == u"deleted")
        return VersionAction::Deleted;
    return VersionAction::Created;
}

QJsonArray changesJson(const QList<FieldChange>& changes) {
    QJsonArray a;
    for (const FieldChange& c : changes)
        a.append(QJsonObject{{QStringLiteral("path"), c.path},
                             {QStringLiteral("from"), c.from},
                             {QStringLiteral("to"), c.to}});
    return a;
}

QList<FieldChange> changesFrom(const QJsonArray& a) {
    QList<FieldChange> out;
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        out.append(FieldChange{o.value(QStringLiteral("path")).toString(),
                               o.value(QStringLiteral("from")), o.value(QStringLiteral("to"))});
    }
    return out;
}

fd::Result<int> latestVersion(sqlite3* db, PolicyKind kind, const QString& name) {
    auto st = Statement::prepare(
        db, "SELECT COALESCE(MAX(version), 0) FROM policy_versions WHERE kind = ? AND name = ?");
    if (!st)
        return st.error();
    st->bind(1, toString(kind)).bind(2, name);
    auto row = st->step();
    if (!row)
        return row.error();
    return int(st->columnInt(0));
}

fd::Status appendVersion(sqlite3* db, PolicyKind kind, const QString& name, int version,
                         VersionAction action, const QString& who, const QDateTime& when,
                         const QList<FieldChange>& changes, const QJsonObject& spec) {
    auto st = Statement::prepare(
        db, "INSERT INTO policy_versions (kind, name, version, action, changed_at, changed_by, "
            "change_json, spec_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, toString(kind))
        .bind(2, name)
        .bind(3, version)
        .bind(4, actionText(action))
        .bind(5, when)
        .bind(6, nn(who))
        .bind(7, compact(changesJson(changes)))
        .bind(8, compact(spec));
    return st->run();
}

// Marks the policy's sync rows as not synced (not deletions in progress, nor an external object
// that happens to have the same name).
fd::Status markUnsynced(sqlite3* db, PolicyKind kind, const QString& name) {
    auto st = Statement::prepare(db, "UPDATE policy_sync SET state = 'unsynced' WHERE kind = ? "
                                     "AND name = ? AND state NOT IN ('deleting', 'external')");
    if (!st)
        return st.error();
    st->bind(1, toString(kind)).bind(2, name);
    return st->run();
}

fd::Result<int> save(sqlite3* db, PolicyKind kind, const QString& name, const QJsonObject& spec,
                     bool isDefault, const QString& who, const QDateTime& when) {
    auto find = Statement::prepare(db, "SELECT id, spec_json FROM policies WHERE kind = ? AND "
                                       "name = ?");
    if (!find)
        return find.error();
    find->bind(1, toString(kind)).bind(2, name);
    auto found = find->step();
    if (!found)
        return found.error();
    auto current = latestVersion(db, kind, name);
    if (!current)
        return current.error();
    const QString specText = compact(spec);
    if (!*found) {
        auto ins = Statement::prepare(
            db, "INSERT INTO policies (kind, name, spec_json, is_default, sync_state, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, 'unsynced', ?, ?)");
        if (!ins)
            return ins.error();
        ins->bind(1, toString(kind))
            .bind(2, name)
            .bind(3, specText)
            .bind(4, isDefault)
            .bind(5, when)
            .bind(6, when);
        if (auto st = ins->run(); !st)
            return st.error();
        if (auto st = appendVersion(db, kind, name, *current + 1, VersionAction::Created, who, when,
                                    {}, spec);
            !st)
            return st.error();
        return *current + 1;
    }
    const qint64 id = find->columnInt(0);
    const QList<FieldChange> changes = diffSpecs(objectFrom(find->columnText(1)), spec);
    if (changes.isEmpty())
        return std::max(1, *current);
    auto upd = Statement::prepare(db, "UPDATE policies SET name = ?, spec_json = ?, is_default = "
                                      "?, sync_state = 'unsynced', updated_at = ? WHERE id = ?");
    if (!upd)
        return upd.error();
    upd->bind(1, name).bind(2, specText).bind(3, isDefault).bind(4, when).bind(5, id);
    if (auto st = upd->run(); !st)
        return st.error();
    if (auto st = markUnsynced(db, kind, name); !st)
        return st.error();
    if (auto st = appendVersion(db, kind, name, *current + 1, VersionAction::Updated, who, when,
                                changes, spec);
        !st)
        return st.error();
    return *current + 1;
}

int severityRank(SyncState s) {
    switch (s) {
    case SyncState::Failed:
        return 4;
    case SyncState::Drifted:
        return 3;
    case SyncState::Deleting:
        return 2;
    case SyncState::External:
    case SyncState::NotSynced:
        return 1;
    case SyncState::InSync:
        return 0;
    }
    return 0;
}

fd::Status refreshSummary(sqlite3* db, PolicyKind kind, const QString& name) {
    auto st = Statement::prepare(db, "SELECT state FROM policy_sync WHERE kind = ? AND name = ?");
    if (!st)
        return st.error();
    st->bind(1, toString(kind)).bind(2, name);
    SyncState worst = SyncState::InSync;
    bool any = false;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        any = true;
        const SyncState s = syncStateFromString(st->columnText(0));
        if (severityRank(s) > severityRank(worst))
            worst = s;
    }
    auto upd = Statement::prepare(db, "UPDATE policies SET sync_state = ? WHERE kind = ? AND "
                                      "name = ?");
    if (!upd)
        return upd.error();
    upd->bind(1, toString(any ? worst : SyncState::NotSynced))
        .bind(2, toString(kind))
        .bind(3, name);
    return upd->run();
}

} // namespace

QString toString(SyncState state) {
    switch (state) {
    case SyncState::NotSynced:
        return QStringLiteral("unsynced");
    case SyncState::InSync:
        return QStringLiteral("synced");
    case SyncState::Drifted:
        return QStringLiteral("drifted");
    case SyncState::Failed:
        return QStringLiteral("failed");
    case SyncState::Deleting:
        return QStringLiteral("deleting");
    case SyncState::External:
        return QStringLiteral("external");
    }
    return {};
}

SyncState syncStateFromString(const QString& text) {
    for (SyncState s : {SyncState::InSync, SyncState::Drifted, SyncState::Failed,
                        SyncState::Deleting, SyncState::External})
        if (text == toString(s))
            return s;
    return SyncState::NotSynced;
}

QList<FieldChange> diffSpecs(const QJsonObject& before, const QJsonObject& after) {
    QMap<QString, QJsonValue> a, b;
    flatten(before, {}, &a);
    flatten(after, {}, &b);
    QList<FieldChange> out;
    QStringList keys = a.keys();
    for (const QString& k : b.keys())
        if (!a.contains(k))
            keys.append(k);
    std::sort(keys.begin(), keys.end());
    for (const QString& k : keys) {
        const QJsonValue from = a.value(k, QJsonValue(QJsonValue::Undefined));
        const QJsonValue to = b.value(k, QJsonValue(QJsonValue::Undefined));
        if (from != to)
            out.append(FieldChange{k, from.isUndefined() ? QJsonValue() : from,
                                   to.isUndefined() ? QJsonValue() : to});
    }
    return out;
}

fd::Result<PolicySet> loadPolicies(sqlite3* db) {
    auto st = Statement::prepare(db, "SELECT kind, name, spec_json FROM policies ORDER BY kind, "
                                     "name COLLATE NOCASE");
    if (!st)
        return st.error();
    PolicySet set;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const auto kind = policyKindFromString(st->columnText(0));
        const QString name = st->columnText(1);
        const QJsonObject spec = objectFrom(st->columnText(2));
        if (!kind)
            return corrupt(PolicyKind::Placement, name, st->columnText(0));
        switch (*kind) {
        case PolicyKind::Placement: {
            auto s = strategyFromJson(spec);
            if (!s)
                return corrupt(*kind, name, s.error().message);
            set.strategies.append(*s);
            break;
        }
        case PolicyKind::Resource: {
            auto p = profileFromJson(spec);
            if (!p)
                return corrupt(*kind, name, p.error().message);
            set.profiles.append(*p);
            break;
        }
        case PolicyKind::Failover: {
            auto f = failoverFromJson(spec);
            if (!f)
                return corrupt(*kind, name, f.error().message);
            set.failoverPolicies.append(*f);
            break;
        }
        }
    }
    return set;
}

fd::Result<int> savePolicy(sqlite3* db, const PlacementStrategy& s, const QString& who,
                           const QDateTime& when) {
    return save(db, PolicyKind::Placement, s.name, toJson(normalized(s)), s.isDefault, who, when);
}
fd::Result<int> savePolicy(sqlite3* db, const ResourceProfile& p, const QString& who,
                           const QDateTime& when) {
    return save(db, PolicyKind::Resource, p.name, toJson(normalized(p)), false, who, when);
}
fd::Result<int> savePolicy(sqlite3* db, const FailoverPolicy& f, const QString& who,
                           const QDateTime& when) {
    return save(db, PolicyKind::Failover, f.name, toJson(normalized(f)), false, who, when);
}

fd::Status setDefaultStrategy(sqlite3* db, const QString& name, const QString& who,
                              const QDateTime& when) {
    auto set = loadPolicies(db);
    if (!set)
        return set.error();
    if (!set->strategy(name))
        return fd::makeError(fd::ErrorKind::NotFound,
                             QCoreApplication::translate(
                                 "fd::policy", "There is no placement strategy named \"%1\".")
                                 .arg(name));
    for (PlacementStrategy s : set->strategies) {
        const bool wanted = s.name.compare(name, Qt::CaseInsensitive) == 0;
        if (s.isDefault == wanted)
            continue;
        s.isDefault = wanted;
        if (auto r = savePolicy(db, s, who, when); !r)
            return r.error();
    }
    return {};
}

fd::Status deletePolicy(sqlite3* db, PolicyKind kind, const QString& name, const QString& who,
                        const QDateTime& when) {
    auto del = Statement::prepare(db, "DELETE FROM policies WHERE kind = ? AND name = ?");
    if (!del)
        return del.error();
    del->bind(1, toString(kind)).bind(2, name);
    if (auto st = del->run(); !st)
        return st;
    if (sqlite3_changes(db) == 0)
        return fd::makeError(
            fd::ErrorKind::NotFound,
            QCoreApplication::translate("fd::policy", "There is no %1 policy named \"%2\".")
                .arg(toString(kind), name));
    auto current = latestVersion(db, kind, name);
    if (!current)
        return current.error();
    if (auto st =
            appendVersion(db, kind, name, *current + 1, VersionAction::Deleted, who, when, {}, {});
        !st)
        return st;
    auto mark = Statement::prepare(db, "UPDATE policy_sync SET state = 'deleting' WHERE kind = ? "
                                       "AND name = ? AND state <> 'external'");
    if (!mark)
        return mark.error();
    mark->bind(1, toString(kind)).bind(2, name);
    return mark->run();
}

fd::Result<QList<PolicyVersion>> history(sqlite3* db, PolicyKind kind, const QString& name) {
    auto st = Statement::prepare(
        db, "SELECT name, version, action, changed_at, changed_by, change_json, spec_json FROM "
            "policy_versions WHERE kind = ? AND name = ? ORDER BY version DESC");
    if (!st)
        return st.error();
    st->bind(1, toString(kind)).bind(2, name);
    QList<PolicyVersion> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        PolicyVersion v;
        v.kind = kind;
        v.name = st->columnText(0);
        v.version = int(st->columnInt(1));
        v.action = actionFrom(st->columnText(2));
        v.changedAt = st->columnTime(3);
        v.changedBy = st->columnText(4);
        v.changes = changesFrom(arrayFrom(st->columnText(5)));
        v.spec = objectFrom(st->columnText(6));
        out.append(v);
    }
    return out;
}

fd::Result<QList<SyncRecord>> syncRecords(sqlite3* db, qint64 controlPlaneId) {
    auto st = Statement::prepare(
        db, "SELECT s.kind, s.name, s.control_plane_id, s.state, s.object_kind, s.object_name, "
            "s.applied_hash, s.applied_version, s.applied_at, s.checked_at, s.generation, "
            "s.last_error, s.drift_json, COALESCE(c.name, '') FROM policy_sync s LEFT JOIN "
            "clusters c ON c.id = s.control_plane_id WHERE ? = 0 OR s.control_plane_id = ? "
            "ORDER BY s.control_plane_id, s.kind, s.name COLLATE NOCASE");
    if (!st)
        return st.error();
    st->bind(1, controlPlaneId).bind(2, controlPlaneId);
    QList<SyncRecord> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        SyncRecord r;
        r.kind = policyKindFromString(st->columnText(0)).value_or(PolicyKind::Placement);
        r.name = st->columnText(1);
        r.controlPlaneId = st->columnInt(2);
        r.state = syncStateFromString(st->columnText(3));
        r.objectKind = st->columnText(4);
        r.objectName = st->columnText(5);
        r.appliedHash = st->columnText(6);
        r.appliedVersion = int(st->columnInt(7));
        r.appliedAt = st->columnTime(8);
        r.checkedAt = st->columnTime(9);
        r.generation = st->columnText(10);
        r.lastError = st->columnText(11);
        for (const QJsonValue& v : arrayFrom(st->columnText(12)))
            r.driftedFields.append(v.toString());
        r.controlPlaneName = st->columnText(13);
        out.append(r);
    }
    return out;
}

fd::Status saveSyncRecord(sqlite3* db, const SyncRecord& r) {
    auto st = Statement::prepare(
        db, "INSERT INTO policy_sync (kind, name, control_plane_id, state, object_kind, "
            "object_name, applied_hash, applied_version, applied_at, checked_at, generation, "
            "last_error, drift_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (kind, name, control_plane_id) DO UPDATE SET state = excluded.state, "
            "object_kind = excluded.object_kind, object_name = excluded.object_name, "
            "applied_hash = excluded.applied_hash, applied_version = excluded.applied_version, "
            "applied_at = excluded.applied_at, checked_at = excluded.checked_at, "
            "generation = excluded.generation, last_error = excluded.last_error, "
            "drift_json = excluded.drift_json");
    if (!st)
        return st.error();
    st->bind(1, toString(r.kind))
        .bind(2, r.name)
        .bind(3, r.controlPlaneId)
        .bind(4, toString(r.state))
        .bind(5, nn(r.objectKind))
        .bind(6, nn(r.objectName))
        .bind(7, nn(r.appliedHash))
        .bind(8, r.appliedVersion)
        .bind(9, r.appliedAt)
        .bind(10, r.checkedAt)
        .bind(11, nn(r.generation))
        .bind(12, nn(r.lastError))
        .bind(13, compact(QJsonArray::fromStringList(r.driftedFields)));
    if (auto s = st->run(); !s)
        return s;
    return refreshSummary(db, r.kind, r.name);
}

fd::Status removeSyncRecord(sqlite3* db, PolicyKind kind, const QString& name,
                            qint64 controlPlaneId) {
    auto st = Statement::prepare(db, "DELETE FROM policy_sync WHERE kind = ? AND name = ? AND "
                                     "control_plane_id = ?");
    if (!st)
        return st.error();
    st->bind(1, toString(kind)).bind(2, name).bind(3, controlPlaneId);
    if (auto s = st->run(); !s)
        return s;
    return refreshSummary(db, kind, name);
}

} // namespace fd::policy::repository
