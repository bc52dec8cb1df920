#include "store/endpointrepository.h"

#include "store/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::store {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::store", text);
}

QString refsJson(const QMap<QString, QString>& refs) {
    QJsonObject o;
    for (auto it = refs.cbegin(); it != refs.cend(); ++it)
        if (!it.value().isEmpty())
            o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> refsFromJson(const QString& text) {
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

constexpr const char* kColumns = "id, url, ca_pem, tls_server_name, insecure, pinned_sha256, "
                                 "proxy_url, credential_refs";

StoredEndpoint fromRow(const Statement& s) {
    StoredEndpoint e;
    e.id = s.columnInt(0);
    e.endpoint.url = s.columnText(1);
    e.endpoint.tls.caPem = s.columnText(2).toLatin1();
    e.endpoint.tls.serverName = s.columnText(3);
    e.endpoint.tls.insecure = s.columnInt(4) != 0;
    e.endpoint.tls.pinnedSha256 = s.columnText(5);
    e.endpoint.proxyUrl = s.columnText(6);
    e.credentialRefs = refsFromJson(s.columnText(7));
    return e;
}

// Parameters 1-8 of the insert and the update. Every text column is NOT NULL: an unset
// string is stored as '' (Statement binds a null QString as SQL NULL).
void bindRow(Statement& s, const fd::net::Endpoint& e, const QMap<QString, QString>& refs) {
    const auto text = [](const QString& v) { return v.isNull() ? QStringLiteral("") : v; };
    s.bind(1, text(e.url))
        .bind(2, text(QString::fromLatin1(e.tls.caPem)))
        .bind(3, text(e.tls.serverName))
        .bind(4, e.tls.insecure)
        .bind(5, text(e.tls.pinnedSha256))
        .bind(6, text(e.proxyUrl))
        .bind(7, refsJson(refs))
        .bind(8, QDateTime::currentDateTimeUtc());
}

} // namespace

fd::Result<qint64> insertEndpoint(sqlite3* db, const fd::net::Endpoint& endpoint,
                                  const QMap<QString, QString>& credentialRefs) {
    auto stmt = Statement::prepare(
        db, "INSERT INTO endpoints (url, ca_pem, tls_server_name, insecure, pinned_sha256, "
            "proxy_url, credential_refs, created_at, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
    if (!stmt)
        return stmt.error();
    bindRow(*stmt, endpoint, credentialRefs);
    if (auto st = stmt->run(); !st)
        return st.error();
    return queryInt(db, "SELECT last_insert_rowid()");
}

fd::Status updateEndpoint(sqlite3* db, const StoredEndpoint& e) {
    auto stmt = Statement::prepare(
        db, "UPDATE endpoints SET url = ?1, ca_pem = ?2, tls_server_name = ?3, insecure = ?4, "
            "pinned_sha256 = ?5, proxy_url = ?6, credential_refs = ?7, updated_at = ?8 "
            "WHERE id = ?9");
    if (!stmt)
        return stmt.error();
    bindRow(*stmt, e.endpoint, e.credentialRefs);
    stmt->bind(9, e.id);
    return stmt->run();
}

fd::Status deleteEndpoint(sqlite3* db, qint64 id) {
    auto stmt = Statement::prepare(db, "DELETE FROM endpoints WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->run();
}

fd::Result<StoredEndpoint> loadEndpoint(sqlite3* db, qint64 id) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM endpoints WHERE id = ?";
    auto stmt = Statement::prepare(db, sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return fd::makeError(fd::ErrorKind::NotFound,
                             tr("The connection settings of this entry are missing from the "
                                "local store; enter them again."));
    return fromRow(*stmt);
}

fd::Result<QHash<qint64, StoredEndpoint>> loadEndpoints(sqlite3* db) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM endpoints";
    auto stmt = Statement::prepare(db, sql.constData());
    if (!stmt)
        return stmt.error();
    QHash<qint64, StoredEndpoint> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        StoredEndpoint e = fromRow(*stmt);
        out.insert(e.id, std::move(e));
    }
    return out;
}

} // namespace fd::store
