#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace fd::store {

// An Error for a failed SQLite call: `message` is the sentence for the user, the detail carries
// SQLite's own text (which never contains bound values, so no secret can leak through it).
fd::Error sqliteError(sqlite3* db, const QString& message);

// Runs one or more statements that return no rows (DDL, PRAGMA assignments, BEGIN/COMMIT).
fd::Status exec(sqlite3* db, const char* sql);

// Runs `SELECT` of a single integer (PRAGMA user_version, COUNT(*)); NotFound when no row.
fd::Result<qint64> queryInt(sqlite3* db, const char* sql);

// A prepared statement that finalises itself. Parameters are 1-based like SQLite's; columns are
// 0-based. Text is bound and read as UTF-8; QDateTime is stored as UTC milliseconds (NULL for an
// invalid time).
class Statement final {
public:
    static fd::Result<Statement> prepare(sqlite3* db, const char* sql);

    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, const QString& text);
    Statement& bind(int index, const char* utf8);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QDateTime& time);
    Statement& bindBlob(int index, const QByteArray& bytes);
    Statement& bindNull(int index);

    // true: a row is available; false: done. A bind failure recorded earlier is reported here.
    fd::Result<bool> step();
    // For statements that return no rows (INSERT/UPDATE/DELETE).
    fd::Status run();
    // Clears the result so the statement can be stepped again with new bindings.
    void reset();

    bool isNull(int column) const;
    QString columnText(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QByteArray columnBlob(int column) const;
    QDateTime columnTime(int column) const; // invalid for NULL

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt) {}
    void noteBind(int rc);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

// RAII transaction for code that runs outside Store::write (tests, migrations): rolls back on
// destruction unless commit() succeeded.
class Transaction final {
public:
    static fd::Result<Transaction> begin(sqlite3* db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    fd::Status commit();

private:
    explicit Transaction(sqlite3* db)
        : m_db(db) {}
    sqlite3* m_db = nullptr;
};

} // namespace fd::store
