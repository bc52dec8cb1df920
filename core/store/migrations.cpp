#include "store/migrations.h"

#include "kube/redact.h"
#include "store/endpointrepository.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStoreMigrations, "fd.store.migrations", QtWarningMsg)

namespace fd::store {

namespace {

// Times are UTC milliseconds since the epoch (INTEGER); JSON columns hold compact JSON text.
constexpr const char* kV1 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    time   INTEGER NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_time ON audit_log(time);

-- A reference to one secret. The secret itself is in the OS keychain or in vault_secrets,
-- never here: this row is the metadata other tables point at.
CREATE TABLE secret_refs (
    id         TEXT PRIMARY KEY NOT NULL,
    owner_kind TEXT NOT NULL,
    owner_id   TEXT NOT NULL,
    purpose    TEXT NOT NULL,
    backend    TEXT NOT NULL CHECK (backend IN ('vault', 'keychain')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (owner_kind, owner_id, purpose)
);

CREATE TABLE clusters (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    server           TEXT NOT NULL,
    datacenter_id    TEXT NOT NULL DEFAULT '',
    datacenter_label TEXT NOT NULL DEFAULT '',
    gpu_models       TEXT NOT NULL DEFAULT '[]',
    labels           TEXT NOT NULL DEFAULT '{}',
    context_json     TEXT NOT NULL DEFAULT '{}',
    status           TEXT NOT NULL DEFAULT 'Unknown',
    last_check       INTEGER,
    karmada_role     TEXT NOT NULL DEFAULT 'none',
    karmada_joined   INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX clusters_datacenter ON clusters(datacenter_id);

CREATE TABLE policies (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('placement', 'resource', 'failover')),
    name       TEXT NOT NULL COLLATE NOCASE,
    spec_json  TEXT NOT NULL DEFAULT '{}',
    is_default INTEGER NOT NULL DEFAULT 0,
    sync_state TEXT NOT NULL DEFAULT 'unsynced',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (kind, name)
);

CREATE TABLE deployments (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    name                TEXT NOT NULL,
    namespace           TEXT NOT NULL DEFAULT 'default',
    cluster_id          INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
    placement_policy_id INTEGER REFERENCES policies(id) ON DELETE RESTRICT,
    runtime             TEXT NOT NULL,
    model               TEXT NOT NULL,
    spec_json           TEXT NOT NULL DEFAULT '{}',
    status              TEXT NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX deployments_cluster ON deployments(cluster_id);
CREATE INDEX deployments_policy ON deployments(placement_policy_id);

CREATE TABLE vcenter_connections (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    url           TEXT NOT NULL,
    username      TEXT NOT NULL DEFAULT '',
    password_ref  TEXT REFERENCES secret_refs(id) ON DELETE SET NULL,
    verify_tls    INTEGER NOT NULL DEFAULT 1,
    pinned_sha256 TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE prometheus_endpoints (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    cluster_id INTEGER REFERENCES clusters(id) ON DELETE CASCADE,
    name       TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL,
    auth_kind  TEXT NOT NULL DEFAULT 'none' CHECK (auth_kind IN ('none', 'basic', 'bearer')),
    username   TEXT NOT NULL DEFAULT '',
    secret_ref TEXT REFERENCES secret_refs(id) ON DELETE SET NULL,
    ca_pem     TEXT NOT NULL DEFAULT '',
    insecure   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX prometheus_endpoints_cluster ON prometheus_endpoints(cluster_id);
)sql";

// The passphrase vault (fd::secrets::VaultBackend): one row of key-derivation parameters and a
// key-check value, and one row of ciphertext per secret reference.
constexpr const char* kV2 = R"sql(
CREATE TABLE vault_meta (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    format      INTEGER NOT NULL,
    kdf         TEXT NOT NULL,
    kdf_n       INTEGER NOT NULL,
    kdf_r       INTEGER NOT NULL,
    kdf_p       INTEGER NOT NULL,
    salt        BLOB NOT NULL,
    check_nonce BLOB NOT NULL,
    check_value BLOB NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE vault_secrets (
    ref_id     TEXT PRIMARY KEY NOT NULL REFERENCES secret_refs(id) ON DELETE CASCADE,
    nonce      BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    updated_at INTEGER NOT NULL
);
)sql";

// Cluster registry (core/registry): the "same server and user" identity of each cluster, its last
// health snapshot as JSON, and the user-extendable data centers (defaults live in code).
constexpr const char* kV3 = R"sql(
ALTER TABLE clusters ADD COLUMN identity TEXT NOT NULL DEFAULT '';
ALTER TABLE clusters ADD COLUMN health_json TEXT NOT NULL DEFAULT '{}';
CREATE INDEX clusters_identity ON clusters(identity);

CREATE TABLE datacenters (
    id    TEXT PRIMARY KEY NOT NULL,
    label TEXT NOT NULL
);
)sql";

// Every installation gets its identity when its database is created, inside the creating
// transaction (fd::secrets names keychain entries after it), instead of in a commit of its own
// at the first start-up. Databases that already have one keep it.
constexpr const char* kV4 = "";

// Policies (core/policy): every saved version of a policy (kept after the policy is deleted, so
// the history outlives it; keyed by kind and name, which is the policy's identity on the control
// plane), and per control plane what sync last applied and found. A sync row also outlives its
// policy: a deleted policy whose objects are still on a control plane is what sync deletes next.
// An 'external' row is a policy object on a control plane that Fleetdeck did not create (it can
// be adopted); its name is the object's name.
constexpr const char* kV6 = R"sql(
CREATE TABLE policy_versions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('placement', 'resource', 'failover')),
    name        TEXT NOT NULL COLLATE NOCASE,
    version     INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
    changed_at  INTEGER NOT NULL,
    changed_by  TEXT NOT NULL DEFAULT '',
    change_json TEXT NOT NULL DEFAULT '[]',
    spec_json   TEXT NOT NULL DEFAULT '{}',
    UNIQUE (kind, name, version)
);

CREATE TABLE policy_sync (
    kind             TEXT NOT NULL CHECK (kind IN ('placement', 'resource', 'failover')),
    name             TEXT NOT NULL COLLATE NOCASE,
    control_plane_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    state            TEXT NOT NULL DEFAULT 'unsynced'
                     CHECK (state IN ('unsynced', 'synced', 'drifted', 'failed', 'deleting',
                                      'external')),
    object_kind      TEXT NOT NULL DEFAULT '',
    object_name      TEXT NOT NULL DEFAULT '',
    applied_hash     TEXT NOT NULL DEFAULT '',
    applied_version  INTEGER NOT NULL DEFAULT 0,
    applied_at       INTEGER,
    checked_at       INTEGER,
    generation       TEXT NOT NULL DEFAULT '',
    last_error       TEXT NOT NULL DEFAULT '',
    drift_json       TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (kind, name, control_plane_id)
);
CREATE INDEX policy_sync_control_plane ON policy_sync(control_plane_id);
)sql";

fd::Status insertInstallId(sqlite3* db) {
    auto stmt = Statement::prepare(
        db, "INSERT OR IGNORE INTO settings (key, value) VALUES ('secrets/install_id', ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return stmt->run();
}

// One endpoint model for clusters, Prometheus and vCenter: where the server is, how its
// certificate is checked (CA, server name, insecure, pinned certificate), the proxy and the
// references to its credentials in the vault. Clusters move their connection settings out of
// context_json into it; the Prometheus and vCenter tables (empty until those features) are
// re-made to point at it. The exec arguments stored for display are redacted again by the one
// redactor (an earlier version left positional tokens in them).
constexpr const char* kV5 = R"sql(
CREATE TABLE endpoints (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    url             TEXT NOT NULL,
    ca_pem          TEXT NOT NULL DEFAULT '',
    tls_server_name TEXT NOT NULL DEFAULT '',
    insecure        INTEGER NOT NULL DEFAULT 0,
    pinned_sha256   TEXT NOT NULL DEFAULT '',
    proxy_url       TEXT NOT NULL DEFAULT '',
    credential_refs TEXT NOT NULL DEFAULT '{}',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
ALTER TABLE clusters ADD COLUMN endpoint_id INTEGER REFERENCES endpoints(id) ON DELETE SET NULL;

CREATE TABLE prometheus_endpoints_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    cluster_id  INTEGER REFERENCES clusters(id) ON DELETE CASCADE,
    -- NULL: reached through the cluster's API server (service proxy), with its credentials
    endpoint_id INTEGER REFERENCES endpoints(id) ON DELETE SET NULL,
    auth_kind   TEXT NOT NULL DEFAULT 'none' CHECK (auth_kind IN ('none', 'basic', 'bearer')),
    username    TEXT NOT NULL DEFAULT '',
    service     TEXT NOT NULL DEFAULT '', -- "namespace/name:port" behind the API server
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE TABLE vcenter_connections_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    endpoint_id INTEGER NOT NULL REFERENCES endpoints(id),
    username    TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
)sql";

// Rows of the old Prometheus/vCenter tables keep their settings: each gets an endpoint.
fd::Status moveServiceRows(sqlite3* db) {
    {
        auto rows = Statement::prepare(db, "SELECT id, cluster_id, name, url, auth_kind, username, "
                                           "secret_ref, ca_pem, insecure, created_at, updated_at "
                                           "FROM prometheus_endpoints");
        if (!rows)
            return rows.error();
        for (;;) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            fd::net::Endpoint e;
            e.url = rows->columnText(3);
            e.tls.caPem = rows->columnText(7).toLatin1();
            e.tls.insecure = rows->columnInt(8) != 0;
            QMap<QString, QString> refs;
            if (!rows->isNull(6))
                refs.insert(QStringLiteral("secret"), rows->columnText(6));
            auto endpointId = insertEndpoint(db, e, refs);
            if (!endpointId)
                return endpointId.error();
            auto insert = Statement::prepare(
                db, "INSERT INTO prometheus_endpoints_new (id, name, cluster_id, endpoint_id, "
                    "auth_kind, username, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            if (!insert)
                return insert.error();
            const qint64 id = rows->columnInt(0);
            const QString name = rows->columnText(2);
            insert->bind(1, id).bind(2, name.isEmpty() ? QStringLiteral("prometheus-%1").arg(id)
                                                       : name);
            if (rows->isNull(1))
                insert->bindNull(3);
            else
                insert->bind(3, rows->columnInt(1));
            insert->bind(4, *endpointId)
                .bind(5, rows->columnText(4))
                .bind(6, rows->columnText(5))
                .bind(7, rows->columnInt(9))
                .bind(8, rows->columnInt(10));
            if (auto st = insert->run(); !st)
                return st;
        }
    }
    auto rows = Statement::prepare(db, "SELECT id, name, url, username, password_ref, verify_tls, "
                                       "pinned_sha256, created_at, updated_at "
                                       "FROM vcenter_connections");
    if (!rows)
        return rows.error();
    for (;;) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        fd::net::Endpoint e;
        e.url = rows->columnText(2);
        e.tls.insecure = rows->columnInt(5) == 0;
        e.tls.pinnedSha256 = rows->columnText(6);
        QMap<QString, QString> refs;
        if (!rows->isNull(4))
            refs.insert(QStringLiteral("password"), rows->columnText(4));
        auto endpointId = insertEndpoint(db, e, refs);
        if (!endpointId)
            return endpointId.error();
        auto insert = Statement::prepare(db, "INSERT INTO vcenter_connections_new (id, name, "
                                             "endpoint_id, username, created_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        insert->bind(1, rows->columnInt(0))
            .bind(2, rows->columnText(1))
            .bind(3, *endpointId)
            .bind(4, rows->columnText(3))
            .bind(5, rows->columnInt(7))
            .bind(6, rows->columnInt(8));
        if (auto st = insert->run(); !st)
            return st;
    }
    return exec(db,
                "DROP TABLE prometheus_endpoints; "
                "ALTER TABLE prometheus_endpoints_new RENAME TO prometheus_endpoints; "
                "CREATE INDEX prometheus_endpoints_cluster ON prometheus_endpoints(cluster_id); "
                "DROP TABLE vcenter_connections; "
                "ALTER TABLE vcenter_connections_new RENAME TO vcenter_connections;");
}

fd::Status unifyEndpoints(sqlite3* db) {
    auto rows = Statement::prepare(db, "SELECT id, server, context_json FROM clusters");
    if (!rows)
        return rows.error();
    for (;;) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 id = rows->columnInt(0);
        QJsonObject context = QJsonDocument::fromJson(rows->columnText(2).toUtf8()).object();
        fd::net::Endpoint e;
        e.url = context.value(QLatin1String("server")).toString(rows->columnText(1));
        e.tls.caPem = context.value(QLatin1String("caPem")).toString().toLatin1();
        e.tls.serverName = context.value(QLatin1String("tlsServerName")).toString();
        e.tls.insecure = context.value(QLatin1String("insecure")).toBool();
        e.proxyUrl = context.value(QLatin1String("proxyUrl")).toString();
        QMap<QString, QString> refs;
        const QJsonObject secretRefs = context.value(QLatin1String("secretRefs")).toObject();
        for (auto it = secretRefs.begin(); it != secretRefs.end(); ++it)
            refs.insert(it.key(), it.value().toString());
        auto endpointId = insertEndpoint(db, e, refs);
        if (!endpointId)
            return endpointId.error();
        for (const char* key :
             {"server", "caPem", "tlsServerName", "insecure", "proxyUrl", "secretRefs"})
            context.remove(QLatin1String(key));
        QJsonObject exec = context.value(QLatin1String("exec")).toObject();
        if (!exec.isEmpty()) {
            QStringList shown;
            for (const auto& a : exec.value(QLatin1String("redactedArgs")).toArray())
                shown << a.toString();
            exec.insert(QStringLiteral("redactedArgs"),
                        QJsonArray::fromStringList(fd::kube::redactArgs(shown)));
            context.insert(QStringLiteral("exec"), exec);
        }
        auto update = Statement::prepare(
            db, "UPDATE clusters SET endpoint_id = ?, context_json = ? WHERE id = ?");
        if (!update)
            return update.error();
        update->bind(1, *endpointId)
            .bind(2, QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact)))
            .bind(3, id);
        if (auto st = update->run(); !st)
            return st;
    }
    if (auto st = exec(db, "ALTER TABLE clusters DROP COLUMN server;"); !st)
        return st;
    return moveServiceRows(db);
}

// Model deployments (issue 11): the target kind (one cluster, or a Karmada control plane whose
// members run it), the placement strategy's name (the policies' PropagationPolicy, referenced by
// name because the policies table is another area's), and the objects Fleetdeck created (kind
// and name, so a delete removes exactly those). Names are unique among Fleetdeck's deployments,
// which keeps `deploy status NAME` unambiguous across clusters. Number 6 belongs to another
// area's branch; migrate() tolerates the gap.
constexpr const char* kV7 = R"sql(
ALTER TABLE deployments ADD COLUMN target_kind TEXT NOT NULL DEFAULT 'cluster';
ALTER TABLE deployments ADD COLUMN placement_strategy TEXT NOT NULL DEFAULT '';
ALTER TABLE deployments ADD COLUMN objects_json TEXT NOT NULL DEFAULT '[]';
CREATE UNIQUE INDEX deployments_name ON deployments(name COLLATE NOCASE);
)sql";

// vCenter (core/vsphere): local notes on templates (merged with what vCenter reports), scale
// groups (template + placement + name pattern + IP pool), the VMs each group made (scale-in
// removes the newest; their addresses are taken) and the events of every scale-out and -in.
// Templates are keyed by a stable id ("vm:<instanceUuid>", "library:<item id>") so a rename in
// vCenter keeps the note; the name is kept for display when the template is gone.
constexpr const char* kV9 = R"sql(
CREATE TABLE vsphere_template_notes (
    vcenter_id    INTEGER NOT NULL REFERENCES vcenter_connections(id) ON DELETE CASCADE,
    template_key  TEXT NOT NULL,
    template_name TEXT NOT NULL DEFAULT '',
    purpose       TEXT NOT NULL DEFAULT '',
    owner         TEXT NOT NULL DEFAULT '',
    ip_pool       TEXT NOT NULL DEFAULT '',
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (vcenter_id, template_key)
);

CREATE TABLE vsphere_scale_groups (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    vcenter_id     INTEGER NOT NULL REFERENCES vcenter_connections(id) ON DELETE CASCADE,
    name           TEXT NOT NULL COLLATE NOCASE,
    template_key   TEXT NOT NULL,
    template_name  TEXT NOT NULL DEFAULT '',
    placement_json TEXT NOT NULL DEFAULT '{}',
    name_pattern   TEXT NOT NULL,
    ip_first       TEXT NOT NULL DEFAULT '',
    ip_last        TEXT NOT NULL DEFAULT '',
    prefix_length  INTEGER NOT NULL DEFAULT 24 CHECK (prefix_length BETWEEN 0 AND 32),
    gateway        TEXT NOT NULL DEFAULT '',
    dns_json       TEXT NOT NULL DEFAULT '[]',
    domain         TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    UNIQUE (vcenter_id, name)
);

CREATE TABLE vsphere_scale_members (
    group_id   INTEGER NOT NULL REFERENCES vsphere_scale_groups(id) ON DELETE CASCADE,
    vm_name    TEXT NOT NULL COLLATE NOCASE,
    vm_ref     TEXT NOT NULL DEFAULT '',
    ip_address TEXT NOT NULL DEFAULT '',
    seq        INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (group_id, vm_name)
);

CREATE TABLE vsphere_scale_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id  INTEGER NOT NULL REFERENCES vsphere_scale_groups(id) ON DELETE CASCADE,
    at        INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    requested INTEGER NOT NULL,
    done      INTEGER NOT NULL DEFAULT 0,
    result    TEXT NOT NULL CHECK (result IN ('running', 'success', 'partial', 'failed')),
    vms_json  TEXT NOT NULL DEFAULT '[]',
    message   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX vsphere_scale_events_group ON vsphere_scale_events(group_id, at);
)sql";

// Cluster registry: the zone of a cluster (fleetdeck.io/zone on its Karmada Cluster object):
// 'A' (high performance), 'B' (general purpose) or '' (none).
constexpr const char* kV10 = R"sql(
ALTER TABLE clusters ADD COLUMN zone TEXT NOT NULL DEFAULT '';
)sql";

// GPU metrics: an optional Alertmanager per Prometheus endpoint, its own `endpoints` row (URL and
// TLS policy). It is reached with the Prometheus endpoint's credentials (the same vault entry) or
// none for the API-server route, so it needs no secret reference of its own. Removing the
// Prometheus endpoint removes that row too (deleteMetricsEndpoint).
constexpr const char* kV11 = R"sql(
ALTER TABLE prometheus_endpoints ADD COLUMN alertmanager_endpoint_id INTEGER
    REFERENCES endpoints(id) ON DELETE SET NULL;
)sql";

constexpr MigrationStep kSteps[] = {
    {1,
     "settings, audit log, secret references, clusters, policies, deployments, vCenter, "
     "Prometheus",
     kV1},
    {2, "passphrase vault", kV2},
    {3, "cluster registry: identity, health snapshot, data centers", kV3},
    {4, "installation id", kV4, insertInstallId},
    {5, "one endpoint model for clusters, Prometheus and vCenter; exec arguments redacted again",
     kV5, unifyEndpoints},
    {6, "policies: version history and sync state per control plane", kV6},
    {7, "model deployments: target kind, placement strategy, created objects, unique names", kV7},
    {9, "vCenter: template notes, scale groups, their VMs and events", kV9},
    {10, "cluster registry: zone (A, B or none)", kV10},
    {11, "GPU metrics: an optional Alertmanager per Prometheus endpoint", kV11},
};

} // namespace

std::span<const MigrationStep> migrationSteps() {
    return kSteps;
}

int latestSchemaVersion() {
    return migrationSteps().back().version;
}

fd::Status migrate(sqlite3* db, int target) {
    if (target < 0)
        target = latestSchemaVersion();
    auto current = queryInt(db, "PRAGMA user_version");
    if (!current)
        return current.error();
    if (*current >= target)
        return {};
    // Every pending step and the new user_version commit together: a crash or a failing step
    // leaves the database at the version it had, and creating a database costs one durable
    // commit instead of one per step (each commit is an fsync or more).
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    int reached = int(*current);
    fd::Status st;
    for (const MigrationStep& step : migrationSteps()) {
        if (step.version <= *current || step.version > target)
            continue;
        st = exec(db, step.sql);
        if (st && step.extra)
            st = step.extra(db);
        if (!st) {
            reached = step.version;
            break;
        }
        qCInfo(lcStoreMigrations) << "applied schema step" << step.version << '(' << step.summary
                                  << ')';
        reached = step.version;
    }
    // Step numbers are allocated per branch, so a build may lack some below its newest step:
    // having run every step it knows up to `target`, the database is at `target`.
    if (st && reached < target)
        reached = target;
    if (st) {
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(reached);
        st = exec(db, pragma.constData());
    }
    if (st)
        st = tx->commit();
    if (!st) {
        return fd::makeError(st.error().kind,
                             QCoreApplication::translate(
                                 "fd::store", "The local database could not be upgraded to "
                                              "schema version %1; it was left at version %2.")
                                 .arg(reached)
                                 .arg(*current),
                             st.error().detail);
    }
    qCInfo(lcStoreMigrations) << "migrated from schema version" << *current << "to" << reached;
    return {};
}

} // namespace fd::store
