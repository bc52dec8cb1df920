#pragma once

#include <QObject>

#include <deque>
#include <functional>
#include <mutex>

class QThread;

namespace fd::secrets {

// The thread every secret operation runs on: keychain jobs, scrypt, vault reads and writes. It
// has its own event loop, so QtKeychain's D-Bus (and libsecret's GLib) replies arrive there and
// nothing waits on the caller's thread.
//
// One thread for the whole process, not one per SecretStore: QtKeychain queues its jobs in a
// process-wide executor that lives on the thread of the first job ever started, and never
// starts another job if that thread has ended. Started on first use; stopped when the
// QCoreApplication is destroyed. nullptr without a QCoreApplication (no event loop can run).
QThread* secretsThread();

// One SecretStore's operations, run on secretsThread() one at a time in the order they were
// submitted: a store followed by a load of the same secret sees the stored bytes, and an
// operation submitted while the vault is being unlocked runs after the unlock. A task may finish
// later than it returns (a keychain reply); it calls `finished` exactly once, on that thread.
class WorkQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkQueue)

public:
    using Finished = std::function<void()>;
    using Task = std::function<void(Finished finished)>;

    // Lives on secretsThread(); destroy it with dispose().
    static WorkQueue* create();

    // Callable from any thread. False (the task is dropped) when there is no secrets thread.
    bool enqueue(Task task);
    // Runs every task submitted before it, then deletes the queue on its own thread. Call it
    // from any thread but the secrets thread; it returns when those tasks have finished.
    void dispose();

    bool isQueueThread() const;

private:
    WorkQueue() = default;
    ~WorkQueue() override = default;
    void startNext(); // on the secrets thread

    std::mutex m_mutex;
    std::deque<Task> m_tasks; // guarded by m_mutex
    bool m_running = false;   // a task is running or a startNext() is queued; guarded by m_mutex
};

} // namespace fd::secrets
