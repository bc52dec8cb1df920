#include "store/store.h"

#include "store/migrations.h"
#include "store/prepare.h"
#include "store/sqlite.h"
#include "store/writerthread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <sqlite3.h>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcStore, "fd.store", QtWarningMsg)

namespace fd::store {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::store", text);
}

constexpr int kBusyTimeoutMs = 5000;

struct Connection {
    sqlite3* db = nullptr;
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() { sqlite3_close_v2(db); }
    sqlite3* release() { return std::exchange(db, nullptr); }
};

fd::Error corruptError(const QString& path, const QString& detail) {
    return fd::makeError(
        fd::ErrorKind::Corrupt,
        tr("The database %1 is damaged or is not a Fleetdeck database; it was left untouched. "
           "Restore it from a backup, or move it aside to start with an empty store.")
            .arg(QDir::toNativeSeparators(path)),
        detail);
}

fd::Status openConnection(const QString& path, int flags, Connection& out) {
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &out.db, flags, nullptr);
    if (rc != SQLITE_OK) {
        return fd::makeError(
            fd::ErrorKind::Io,
            tr("The database %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
            out.db ? QString::fromUtf8(sqlite3_errmsg(out.db))
                   : QString::fromUtf8(sqlite3_errstr(rc)));
    }
    sqlite3_extended_result_codes(out.db, 1);
    sqlite3_busy_timeout(out.db, kBusyTimeoutMs);
    return {};
}

// Looks at an existing file without changing a byte of it: the header, the schema version and a
// quick structural check, all through a read-only connection (which never checkpoints or rolls
// anything back into the main file).
fd::Result<int> inspectExisting(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fd::makeError(
            fd::ErrorKind::Io,
            tr("The database %1 could not be read.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return corruptError(path, QStringLiteral("missing SQLite header"));

    Connection conn;
    if (auto st = openConnection(path, SQLITE_OPEN_READONLY, conn); !st)
        return st.error();
    auto version = queryInt(conn.db, "PRAGMA user_version");
    if (!version)
        return corruptError(path, version.error().detail);
    if (*version > latestSchemaVersion()) {
        return fd::makeError(
            fd::ErrorKind::Unsupported,
            tr("The database %1 was written by a newer Fleetdeck (schema version %2; this version "
               "reads up to %3). It was left untouched: use the newer Fleetdeck, or start this "
               "one with another data directory.")
                .arg(QDir::toNativeSeparators(path))
                .arg(*version)
                .arg(latestSchemaVersion()));
    }
    auto check = Statement::prepare(conn.db, "PRAGMA quick_check");
    if (!check)
        return corruptError(path, check.error().detail);
    auto row = check->step();
    if (!row)
        return corruptError(path, row.error().detail);
    if (!*row || check->columnText(0) != QLatin1String("ok"))
        return corruptError(path, *row ? check->columnText(0) : QStringLiteral("no check result"));
    return int(*version);
}

fd::Status configureWriteConnection(sqlite3* db) {
    auto mode = Statement::prepare(db, "PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    auto row = mode->step();
    if (!row)
        return row.error();
    if (!*row || mode->columnText(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fd::makeError(fd::ErrorKind::Io,
                             tr("The database could not be switched to write-ahead logging."),
                             *row ? mode->columnText(0) : QString());
    // FULL: a commit that returned is on disk even after a power cut, not only after a crash.
    // secure_delete: content that is deleted or overwritten (a record re-redacted, a removed
    // cluster) is zeroed in the file instead of lingering in free space.
    return exec(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
                    "PRAGMA secure_delete = ON;");
}

// Flushes a file's data to stable storage (SQLite's own syncs cover the database afterwards).
bool syncFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#if defined(Q_OS_WIN)
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// A new database is built under a temporary name with syncs off (its journal in memory, every
// migration step and initial row in one transaction), switched to WAL, flushed with one fsync
// and then renamed into place. So creating costs one durable write instead of several synced
// commits, and a crash at any moment leaves either no database (the next start creates it
// again) or a complete one -- never a half-made file under the real name. The rename refuses
// to replace an existing file, so a concurrent creator (CLI and GUI) simply wins.
//
// The rename itself is made durable by SQLite: the first commit creates the -wal file, and its
// first sync also syncs the directory. Nothing is acknowledged to a caller before that.
// Returns true when this call created `path`; false when it must be opened as it is.
fd::Result<bool> createFresh(const QString& path) {
    const QString temp = path + QStringLiteral(".new-") +
                         QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
                         QString::number(QRandomGenerator::global()->generate(), 16);
    const auto cleanUp = [&temp] {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temp + QLatin1String(suffix));
    };
    {
        Connection conn;
        if (auto st = openConnection(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, conn); !st) {
            cleanUp();
            return st.error();
        }
        fd::Status st = exec(conn.db, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;");
        if (st)
            st = migrate(conn.db);
        if (st) {
            // Sets the WAL flag in the file header; with syncs off this writes, never syncs.
            auto mode = Statement::prepare(conn.db, "PRAGMA journal_mode = WAL");
            if (!mode) {
                st = mode.error();
            } else if (auto row = mode->step(); !row) {
                st = row.error();
            } else if (!*row || mode->columnText(0).compare(QLatin1String("wal"),
                                                            Qt::CaseInsensitive) != 0) {
                st = fd::makeError(fd::ErrorKind::Io,
                                   tr("The database could not be switched to write-ahead "
                                      "logging."),
                                   *row ? mode->columnText(0) : QString());
            }
        }
        if (!st) {
            sqlite3_close_v2(conn.release());
            cleanUp();
            return st.error();
        }
    } // closing the only connection leaves one self-contained file (the empty WAL is removed)
    if (!syncFile(temp)) {
        cleanUp();
        return fd::makeError(
            fd::ErrorKind::Io,
            tr("The database %1 could not be created.").arg(QDir::toNativeSeparators(path)),
            QStringLiteral("fsync failed"));
    }
    if (!QFile::rename(temp, path)) {
        // Someone else created it meanwhile, or an empty file is in the way: open what is there.
        cleanUp();
        return false;
    }
    return true;
}

QString likePattern(const QString& text) {
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

void prepareDatabase(const QString& dataDir) {
    if (!QDir().mkpath(dataDir))
        return;
    const QString path = QDir(dataDir).absoluteFilePath(QLatin1String(Store::kFileName));
    if (!QFileInfo::exists(path))
        (void)createFresh(path);
}

Store::Store(QString dataDir, QString path, int version, sqlite3* writeDb, sqlite3* readDb)
    : m_dataDir(std::move(dataDir))
    , m_path(std::move(path))
    , m_version(version)
    , m_readDb(readDb)
    , m_writer(std::make_unique<WriterThread>(writeDb)) {
    m_readPool.setMaxThreadCount(1);
    m_readPool.setObjectName(QStringLiteral("fd.store.reader"));
}

Store::~Store() {
    // Queued reads still run (their callbacks are dropped if their contexts went meanwhile).
    m_readPool.waitForDone();
    m_writer->stop();
    // The read connection closes first so the write connection is the last one: SQLite then
    // checkpoints the WAL into the main file and removes it, leaving one self-contained file.
    sqlite3_close_v2(m_readDb);
    m_writer.reset();
}

fd::Result<std::unique_ptr<Store>> Store::open(const QString& dataDir) {
    if (!QDir().mkpath(dataDir)) {
        return fd::makeError(fd::ErrorKind::Io, tr("The data directory %1 could not be created.")
                                                    .arg(QDir::toNativeSeparators(dataDir)));
    }
    const QString path = QDir(dataDir).absoluteFilePath(QLatin1String(kFileName));
    const QFileInfo info(path);
    bool created = false;
    if (!info.exists()) {
        auto fresh = createFresh(path);
        if (!fresh)
            return fresh.error();
        created = *fresh;
    }
    if (!created && QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        auto inspected = inspectExisting(path);
        if (!inspected) {
            qCInfo(lcStore) << "refusing to open" << path << inspected.error().detail;
            return inspected.error();
        }
    }

    Connection writeConn;
    if (auto st = openConnection(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, writeConn); !st)
        return st.error();
    if (auto st = configureWriteConnection(writeConn.db); !st)
        return st.error();
    auto before = queryInt(writeConn.db, "PRAGMA user_version");
    if (!before)
        return before.error();
    if (auto st = migrate(writeConn.db); !st)
        return st.error();
    auto version = queryInt(writeConn.db, "PRAGMA user_version");
    if (!version)
        return version.error();
    // An upgrade may have rewritten stored data (re-redacted values): move it into the main file
    // and empty the WAL so no earlier page version is left in it.
    if (*version != *before)
        (void)exec(writeConn.db, "PRAGMA wal_checkpoint(TRUNCATE);");

    Connection readConn;
    if (auto st = openConnection(path, SQLITE_OPEN_READONLY, readConn); !st)
        return st.error();
    if (auto st = exec(readConn.db, "PRAGMA foreign_keys = ON"); !st)
        return st.error();

    qCInfo(lcStore) << "opened" << path << "schema version" << *version;
    return std::unique_ptr<Store>(
        new Store(dataDir, path, int(*version), writeConn.release(), readConn.release()));
}

QString Store::databasePath() const {
    return m_path;
}

QString Store::dataDir() const {
    return m_dataDir;
}

int Store::schemaVersion() const {
    return m_version;
}

QThread* Store::writerThread() const {
    return m_writer->thread();
}

void Store::write(std::function<fd::Status(sqlite3*)> fn, QObject* context,
                  std::function<void(fd::Status)> done) {
    m_writer->post(std::move(fn), context ? context : this, std::move(done));
}

fd::Status Store::writeSync(std::function<fd::Status(sqlite3*)> fn) {
    return m_writer->runSync(std::move(fn));
}

fd::Status Store::read(std::function<fd::Status(sqlite3*)> fn) const {
    std::lock_guard lock(m_readMutex);
    return fn(m_readDb);
}

fd::Status Store::insertAudit(sqlite3* db, const AuditEntry& entry) {
    auto stmt = Statement::prepare(
        db, "INSERT INTO audit_log (time, action, target, result, detail) VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    const QDateTime time = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    stmt->bind(1, time.toMSecsSinceEpoch())
        .bind(2, entry.action)
        .bind(3, entry.target.isNull() ? QStringLiteral("") : entry.target)
        .bind(4, entry.result.isNull() ? QStringLiteral("") : entry.result)
        .bind(5, entry.detail.isNull() ? QStringLiteral("") : entry.detail);
    return stmt->run();
}

void Store::appendAudit(AuditEntry entry, QObject* context, std::function<void(fd::Status)> done) {
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    m_writer->post([entry](sqlite3* db) { return insertAudit(db, entry); },
                   context ? context : this, std::move(done), [this] { Q_EMIT auditAppended(); });
}

fd::Status Store::appendAuditSync(AuditEntry entry) {
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    return m_writer->runSync([&entry](sqlite3* db) { return insertAudit(db, entry); },
                             [this] { Q_EMIT auditAppended(); });
}

fd::Result<QList<AuditEntry>> Store::audit(const AuditQuery& query) const {
    QList<AuditEntry> entries;
    const fd::Status st = read([&](sqlite3* db) -> fd::Status {
        auto stmt = Statement::prepare(db, "SELECT id, time, action, target, result, detail "
                                           "FROM audit_log "
                                           "WHERE (?1 IS NULL OR action LIKE ?1 ESCAPE '\\' "
                                           "  OR target LIKE ?1 ESCAPE '\\' "
                                           "  OR result LIKE ?1 ESCAPE '\\' "
                                           "  OR detail LIKE ?1 ESCAPE '\\') "
                                           "AND (?2 IS NULL OR time >= ?2) "
                                           "AND (?3 IS NULL OR time <= ?3) "
                                           "ORDER BY time DESC, id DESC LIMIT ?4");
        if (!stmt)
            return stmt.error();
        if (query.text.isEmpty())
            stmt->bindNull(1);
        else
            stmt->bind(1, likePattern(query.text));
        stmt->bind(2, query.from)
            .bind(3, query.to)
            .bind(4, qint64(query.limit > 0 ? query.limit : -1));
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            AuditEntry e;
            e.id = stmt->columnInt(0);
            e.time = stmt->columnTime(1);
            e.action = stmt->columnText(2);
            e.target = stmt->columnText(3);
            e.result = stmt->columnText(4);
            e.detail = stmt->columnText(5);
            entries.append(std::move(e));
        }
        return {};
    });
    if (!st)
        return st.error();
    return entries;
}

fd::Result<QString> Store::setting(const QString& key) const {
    QString value;
    bool found = false;
    const fd::Status st = read([&](sqlite3* db) -> fd::Status {
        auto stmt = Statement::prepare(db, "SELECT value FROM settings WHERE key = ?");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, key);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (*row) {
            found = true;
            value = stmt->columnText(0);
        }
        return {};
    });
    if (!st)
        return st.error();
    if (!found)
        return fd::makeError(fd::ErrorKind::NotFound, tr("The setting %1 is not set.").arg(key));
    return value;
}

fd::Status Store::setSettingSync(const QString& key, const QString& value) {
    return writeSync([&](sqlite3* db) -> fd::Status {
        auto stmt =
            Statement::prepare(db, "INSERT INTO settings (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value);
        return stmt->run();
    });
}

fd::Status Store::removeSettingSync(const QString& key) {
    return writeSync([&](sqlite3* db) -> fd::Status {
        auto stmt = Statement::prepare(db, "DELETE FROM settings WHERE key = ?");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, key);
        return stmt->run();
    });
}

} // namespace fd::store
