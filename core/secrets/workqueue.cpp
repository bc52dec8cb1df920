#include "secrets/workqueue.h"

#include <QCoreApplication>
#include <QThread>

#include <openssl/crypto.h>

#include <future>

namespace fd::secrets {

namespace {

struct ThreadHolder {
    std::mutex mutex;
    QThread* thread = nullptr; // guarded by mutex; kept (not deleted) after it stopped
    bool running = false;      // guarded by mutex
};

ThreadHolder& holder() {
    static ThreadHolder h;
    return h;
}

// From ~QCoreApplication on the main thread: lets the running task finish (a key derivation,
// at most a keychain timeout) and ends the loop; later submissions are refused.
void stopSecretsThread() {
    QThread* thread = nullptr;
    {
        std::lock_guard lock(holder().mutex);
        thread = holder().thread;
        holder().running = false;
    }
    if (thread) {
        thread->quit();
        thread->wait();
    }
}

bool isRunningSecretsThread(QThread* thread) {
    std::lock_guard lock(holder().mutex);
    return holder().running && thread == holder().thread;
}

} // namespace

QThread* secretsThread() {
    if (!QCoreApplication::instance())
        return nullptr;
    std::lock_guard lock(holder().mutex);
    if (!holder().running) {
        if (holder().thread && holder().thread->isFinished())
            delete std::exchange(holder().thread, nullptr);
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("fleetdeck-secrets"));
        // OpenSSL keeps per-thread state (the random generator of this thread, the error queue)
        // that its own exit hook misses for threads it did not see end; free it as we end.
        QObject::connect(
            thread, &QThread::finished, thread, [] { OPENSSL_thread_stop(); },
            Qt::DirectConnection);
        thread->start();
        holder().thread = thread;
        holder().running = true;
        qAddPostRoutine(stopSecretsThread);
    }
    return holder().thread;
}

WorkQueue* WorkQueue::create() {
    auto* queue = new WorkQueue;
    if (QThread* thread = secretsThread())
        queue->moveToThread(thread);
    return queue;
}

bool WorkQueue::isQueueThread() const {
    return QThread::currentThread() == thread();
}

bool WorkQueue::enqueue(Task task) {
    if (!isRunningSecretsThread(thread()))
        return false;
    bool start = false;
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
        start = !std::exchange(m_running, true);
    }
    if (start)
        QMetaObject::invokeMethod(
            this, [this] { startNext(); }, Qt::QueuedConnection);
    return true;
}

void WorkQueue::startNext() {
    Task task;
    {
        std::lock_guard lock(m_mutex);
        if (m_tasks.empty()) {
            m_running = false;
            return;
        }
        task = std::move(m_tasks.front());
        m_tasks.pop_front();
    }
    // The next task starts on a later turn of the loop, never inside this one's callback.
    auto done = std::make_shared<bool>(false);
    task([this, done] {
        Q_ASSERT(isQueueThread());
        if (std::exchange(*done, true))
            return;
        QMetaObject::invokeMethod(
            this, [this] { startNext(); }, Qt::QueuedConnection);
    });
}

void WorkQueue::dispose() {
    Q_ASSERT_X(!isQueueThread(), "WorkQueue::dispose", "would wait for itself");
    std::promise<void> drained;
    std::future<void> waited = drained.get_future();
    const bool queued = enqueue([this, &drained](Finished finished) {
        finished();
        deleteLater(); // on this thread, after this task returns
        drained.set_value();
    });
    if (!queued) {
        delete this; // no secrets thread (any more): nothing runs on it
        return;
    }
    waited.wait();
}

} // namespace fd::secrets
