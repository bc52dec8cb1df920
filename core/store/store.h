#pragma once

#include "common/handoff.h"
#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <mutex>

struct sqlite3;
class QThread;

namespace fd::store {

struct AuditEntry {
    qint64 id = 0;
    QDateTime time; // UTC; appendAudit() fills in "now" when invalid
    QString action;
    QString target;
    QString result;
    QString detail; // never a secret
};

// Empty fields match anything. `text` matches action, target, result or detail as a substring,
// case-insensitively (ASCII case folding, as SQLite's LIKE does). limit <= 0 means no limit.
struct AuditQuery {
    QString text;
    QDateTime from;
    QDateTime to;
    int limit = 5000;
};

class WriterThread;

// The local SQLite store: <dataDir>/fleetdeck.db, WAL, foreign keys on, schema version in
// PRAGMA user_version, upgraded step by step on open (store/migrations.h).
//
// Writes never run on the caller's thread: one writer thread owns the write connection and runs
// queued jobs in order, each inside one transaction. Reads use a separate read-only connection,
// serialised by a mutex, and see every write whose job has completed. The Store may be used from
// any thread; callbacks run on their context's thread (or the Store's thread without a context)
// and are dropped if the context is destroyed first.
class Store final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)

public:
    static constexpr const char* kFileName = "fleetdeck.db";

    // Opens or creates <dataDir>/fleetdeck.db and migrates it. A corrupt file → ErrorKind::Corrupt,
    // a newer schema → ErrorKind::Unsupported; in both cases the file is left byte-for-byte intact.
    static fd::Result<std::unique_ptr<Store>> open(const QString& dataDir);
    ~Store() override; // runs every queued write before it returns

    QString databasePath() const;
    QString dataDir() const;
    int schemaVersion() const;

    fd::Result<QList<AuditEntry>> audit(const AuditQuery& query) const; // newest first
    void appendAudit(AuditEntry entry, QObject* context = nullptr,
                     std::function<void(fd::Status)> done = {}); // async, writer thread
    fd::Status appendAuditSync(AuditEntry entry);                // blocks until committed

    fd::Result<QString> setting(const QString& key) const; // NotFound if unset
    fd::Status setSettingSync(const QString& key, const QString& value);
    fd::Status removeSettingSync(const QString& key);

    // Generic write job for other areas' repositories: runs fn on the writer thread inside one
    // transaction (rolled back if fn fails), then calls done on context's thread.
    void write(std::function<fd::Status(sqlite3*)> fn, QObject* context = nullptr,
               std::function<void(fd::Status)> done = {});
    fd::Status writeSync(std::function<fd::Status(sqlite3*)> fn);
    // Generic read on the read connection in the caller's thread (serialised internally). It
    // blocks: never call it on the UI thread (use readAsync there); the CLI, worker threads and
    // tests may.
    fd::Status read(std::function<fd::Status(sqlite3*)> fn) const;
    // The same read off the caller's thread: runs fn on the Store's reader thread (reads are
    // serialised anyway, so one thread) and delivers its result to done on context's thread
    // (core/common/handoff.h: queued, exactly once, dropped when the context died). Sees every
    // write whose job completed before fn runs. The Store waits for a running read on
    // destruction, so fn never outlives the connection.
    template <typename T>
    void readAsync(std::function<fd::Result<T>(sqlite3*)> fn, QObject* context,
                   std::function<void(fd::Result<T>)> done) const {
        fd::runOnPool<fd::Result<T>>(
            m_readPool, context ? context : const_cast<Store*>(this),
            [this, fn = std::move(fn)]() -> fd::Result<T> {
                std::lock_guard lock(m_readMutex);
                return fn(m_readDb);
            },
            std::move(done));
    }

    // The thread that runs write jobs (for tests and assertions).
    QThread* writerThread() const;

Q_SIGNALS:
    // Emitted from the writer thread after an audit entry was committed; connect with a context
    // object on the receiving thread (the default AutoConnection then queues it).
    void auditAppended();

private:
    Store(QString dataDir, QString path, int version, sqlite3* writeDb, sqlite3* readDb);
    static fd::Status insertAudit(sqlite3* db, const AuditEntry& entry);

    QString m_dataDir;
    QString m_path;
    int m_version = 0;
    sqlite3* m_readDb = nullptr;
    mutable std::mutex m_readMutex;
    mutable QThreadPool m_readPool; // readAsync(): one thread, waited for in ~Store
    std::unique_ptr<WriterThread> m_writer;
};

// The audit log as CSV (RFC 4180: CRLF line ends, fields quoted when needed, UTF-8 with a header
// row). Cells starting with = + - @ (or tab / carriage return) are prefixed with an apostrophe so
// a spreadsheet shows them as text instead of evaluating a formula.
QByteArray auditToCsv(const QList<AuditEntry>& entries);

} // namespace fd::store
