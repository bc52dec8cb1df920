#include "store/writerthread.h"

#include "common/handoff.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <sqlite3.h>

#include <exception>
#include <future>
#include <memory>

Q_LOGGING_CATEGORY(lcStoreWriter, "fd.store.writer", QtWarningMsg)

namespace fd::store {

WriterThread::WriterThread(sqlite3* db)
    : m_db(db)
    , m_thread(new QThread)
    , m_queue(new QObject) {
    m_thread->setObjectName(QStringLiteral("fleetdeck-store-writer"));
    m_queue->moveToThread(m_thread);
    m_thread->start();
}

void WriterThread::stop() {
    if (m_thread->isFinished())
        return;
    // Queued after every job already posted, so those still run and commit before we stop.
    QMetaObject::invokeMethod(
        m_queue, [thread = m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
}

WriterThread::~WriterThread() {
    stop();
    delete m_queue;
    delete m_thread;
    sqlite3_close_v2(m_db);
}

fd::Status WriterThread::runInTransaction(const Job& job) {
    if (auto st = exec(m_db, "BEGIN IMMEDIATE"); !st)
        return st;
    fd::Status st;
    try {
        st = job(m_db);
    } catch (const std::exception& e) {
        st = fd::makeError(
            fd::ErrorKind::Internal,
            QCoreApplication::translate("fd::store", "A database write failed unexpectedly."),
            QString::fromUtf8(e.what()));
    } catch (...) {
        st = fd::makeError(
            fd::ErrorKind::Internal,
            QCoreApplication::translate("fd::store", "A database write failed unexpectedly."));
    }
    if (st)
        st = exec(m_db, "COMMIT");
    if (!st) {
        // Harmless if SQLite already rolled back on its own (e.g. after SQLITE_FULL).
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        qCWarning(lcStoreWriter) << "write job rolled back:" << st.error().message
                                 << st.error().detail;
    }
    return st;
}

void WriterThread::post(Job job, QObject* context, Done done, std::function<void()> after) {
    // The completion reaches the caller the one way every async result does (fd::Handoff):
    // queued to the context's thread, dropped if the context is gone by then.
    std::function<void(fd::Status)> deliver;
    if (done && context)
        deliver = fd::handoff<fd::Status>(context, std::move(done));
    QMetaObject::invokeMethod(
        m_queue,
        [this, job = std::move(job), deliver = std::move(deliver), after = std::move(after)] {
            fd::Status st = runInTransaction(job);
            if (st && after)
                after();
            if (deliver)
                deliver(std::move(st));
        },
        Qt::QueuedConnection);
}

fd::Status WriterThread::runSync(Job job, std::function<void()> after) {
    if (QThread::currentThread() == m_thread) {
        // Called from inside a write job: the outer job's transaction already covers this.
        fd::Status st = job(m_db);
        if (st && after)
            after();
        return st;
    }
    std::promise<fd::Status> promise;
    std::future<fd::Status> future = promise.get_future();
    QMetaObject::invokeMethod(
        m_queue,
        [this, &promise, &job, &after] {
            fd::Status st = runInTransaction(job);
            if (st && after)
                after();
            promise.set_value(std::move(st));
        },
        Qt::QueuedConnection);
    return future.get();
}

} // namespace fd::store
