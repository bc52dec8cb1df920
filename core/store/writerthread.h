#pragma once

#include "common/result.h"

#include <QObject>

#include <functional>

struct sqlite3;
class QThread;

namespace fd::store {

// The single writer: a QThread that owns the write connection and runs jobs in the order they
// were queued, each in its own IMMEDIATE transaction.
class WriterThread final {
public:
    using Job = std::function<fd::Status(sqlite3*)>;
    using Done = std::function<void(fd::Status)>;

    explicit WriterThread(sqlite3* db); // takes ownership of db
    ~WriterThread();                    // stop(), then closes the connection
    // Runs the jobs already queued and stops the thread; later posts are not run.
    void stop();
    WriterThread(const WriterThread&) = delete;
    WriterThread& operator=(const WriterThread&) = delete;

    // `after` runs on the writer thread right after a successful commit (e.g. to emit a signal).
    void post(Job job, QObject* context, Done done, std::function<void()> after = {});
    fd::Status runSync(Job job, std::function<void()> after = {});
    QThread* thread() const { return m_thread; }

private:
    fd::Status runInTransaction(const Job& job);

    sqlite3* m_db = nullptr;
    QThread* m_thread = nullptr;
    QObject* m_queue = nullptr; // lives in m_thread; jobs are queued calls on it
};

} // namespace fd::store
