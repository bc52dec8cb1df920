#include "store/sqlite.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace fd::store {

fd::Error sqliteError(sqlite3* db, const QString& message) {
    const int rc = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    const int primary = rc & 0xff;
    fd::ErrorKind kind = fd::ErrorKind::Io;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        kind = fd::ErrorKind::Corrupt;
    else if (primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH ||
             primary == SQLITE_RANGE || primary == SQLITE_ERROR)
        kind = fd::ErrorKind::InvalidInput;
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no database");
    return fd::makeError(kind, message, detail);
}

static QString genericMessage() {
    return QCoreApplication::translate("fd::store", "The local database reported an error.");
}

fd::Status exec(sqlite3* db, const char* sql) {
    char* errmsg = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &errmsg);
    sqlite3_free(errmsg);
    if (rc != SQLITE_OK)
        return sqliteError(db, genericMessage());
    return {};
}

fd::Result<qint64> queryInt(sqlite3* db, const char* sql) {
    auto stmt = Statement::prepare(db, sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return fd::makeError(fd::ErrorKind::NotFound, genericMessage(), QString::fromUtf8(sql));
    return stmt->columnInt(0);
}

fd::Result<Statement> Statement::prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(db, genericMessage());
    }
    return Statement(db, stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::exchange(other.m_bindError, 0)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

void Statement::noteBind(int rc) {
    if (rc != SQLITE_OK && m_bindError == 0)
        m_bindError = rc;
}

Statement& Statement::bind(int index, const QString& text) {
    if (text.isNull())
        return bindNull(index);
    const QByteArray utf8 = text.toUtf8();
    noteBind(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const char* utf8) {
    noteBind(sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    noteBind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    noteBind(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QDateTime& time) {
    if (!time.isValid())
        return bindNull(index);
    return bind(index, time.toMSecsSinceEpoch());
}

Statement& Statement::bindBlob(int index, const QByteArray& bytes) {
    // A zero-length blob must stay a blob, not NULL: sqlite3_bind_blob with a null pointer binds
    // NULL.
    static const char empty = 0;
    const char* data = bytes.isEmpty() ? &empty : bytes.constData();
    noteBind(sqlite3_bind_blob(m_stmt, index, data, int(bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index) {
    noteBind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

fd::Result<bool> Statement::step() {
    if (m_bindError != 0)
        return fd::makeError(fd::ErrorKind::Internal, genericMessage(),
                             QString::fromUtf8(sqlite3_errstr(m_bindError)));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, genericMessage());
}

fd::Status Statement::run() {
    auto r = step();
    if (!r)
        return r.error();
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::columnInt(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::columnBlob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

QDateTime Statement::columnTime(int column) const {
    if (isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(columnInt(column), Qt::UTC);
}

fd::Result<Transaction> Transaction::begin(sqlite3* db) {
    if (auto st = exec(db, "BEGIN IMMEDIATE"); !st)
        return st.error();
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction() {
    if (m_db)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

fd::Status Transaction::commit() {
    if (auto st = exec(m_db, "COMMIT"); !st)
        return st;
    m_db = nullptr;
    return {};
}

} // namespace fd::store
