#include "vsphere/connectionrepository.h"

#include "store/sqlite.h"
#include "vsphere/vspheretext.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace fd::vsphere::repository {

using fd::store::Statement;

namespace {

fd::Error duplicateName(const QString& name) {
    return fd::Error(fd::ErrorKind::InvalidInput,
                     QCoreApplication::translate(
                         "fd::vsphere",
                         "A vCenter connection named \"%1\" already exists; choose another "
                         "name or remove the old one first.")
                         .arg(name));
}

QString text(const QString& v) {
    return v.isNull() ? QStringLiteral("") : v;
}

} // namespace

fd::Status insertVcenterConnection(sqlite3* db, VcenterConnectionRow& row) {
    auto taken = Statement::prepare(db, "SELECT 1 FROM vcenter_connections WHERE name = ?");
    if (!taken)
        return taken.error();
    taken->bind(1, row.name);
    auto exists = taken->step();
    if (!exists)
        return exists.error();
    if (*exists)
        return duplicateName(row.name);

    auto endpointId =
        fd::store::insertEndpoint(db, row.endpoint.endpoint, row.endpoint.credentialRefs);
    if (!endpointId)
        return endpointId.error();
    row.endpoint.id = *endpointId;
    auto st =
        Statement::prepare(db, "INSERT INTO vcenter_connections (name, endpoint_id, username, "
                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    row.updatedAt = QDateTime::currentDateTimeUtc();
    if (!row.createdAt.isValid())
        row.createdAt = row.updatedAt;
    st->bind(1, row.name)
        .bind(2, row.endpoint.id)
        .bind(3, text(row.userName))
        .bind(4, row.createdAt)
        .bind(5, row.updatedAt);
    if (auto r = st->run(); !r)
        return r;
    row.id = sqlite3_last_insert_rowid(db);
    return {};
}

fd::Status updateVcenterConnection(sqlite3* db, VcenterConnectionRow& row) {
    if (auto st = fd::store::updateEndpoint(db, row.endpoint); !st)
        return st;
    auto st = Statement::prepare(
        db, "UPDATE vcenter_connections SET name = ?, username = ?, updated_at = ? WHERE id = ?");
    if (!st)
        return st.error();
    row.updatedAt = QDateTime::currentDateTimeUtc();
    st->bind(1, row.name).bind(2, text(row.userName)).bind(3, row.updatedAt).bind(4, row.id);
    if (auto r = st->run(); !r)
        return r.error().detail.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
                   ? fd::Status(duplicateName(row.name))
                   : r;
    return {};
}

fd::Status deleteVcenterConnection(sqlite3* db, qint64 id) {
    auto find = Statement::prepare(db, "SELECT endpoint_id FROM vcenter_connections WHERE id = ?");
    if (!find)
        return find.error();
    find->bind(1, id);
    auto found = find->step();
    if (!found)
        return found.error();
    if (!*found)
        return {};
    const qint64 endpointId = find->columnInt(0);
    auto del = Statement::prepare(db, "DELETE FROM vcenter_connections WHERE id = ?");
    if (!del)
        return del.error();
    del->bind(1, id);
    if (auto st = del->run(); !st)
        return st;
    // The endpoint is this connection's alone (step 5 gives each owner its own row).
    return fd::store::deleteEndpoint(db, endpointId);
}

fd::Result<QList<VcenterConnectionRow>> loadVcenterConnections(sqlite3* db) {
    auto endpoints = fd::store::loadEndpoints(db);
    if (!endpoints)
        return endpoints.error();
    auto st = Statement::prepare(db, "SELECT id, name, endpoint_id, username, created_at, "
                                     "updated_at FROM vcenter_connections ORDER BY name");
    if (!st)
        return st.error();
    QList<VcenterConnectionRow> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        VcenterConnectionRow c;
        c.id = st->columnInt(0);
        c.name = st->columnText(1);
        c.endpoint = endpoints->value(st->columnInt(2));
        c.endpoint.id = st->columnInt(2);
        c.userName = st->columnText(3);
        c.createdAt = st->columnTime(4);
        c.updatedAt = st->columnTime(5);
        out.append(std::move(c));
    }
    return out;
}

} // namespace fd::vsphere::repository
