#pragma once

// Helpers for the secret store's tests: a store and SecretStore over a temporary data dir, and
// an awaiter that records how an asynchronous answer arrived (never inside the call, on the
// context's thread).

#include "secrets/secretstore.h"
#include "secrets/workqueue.h"
#include "store/store.h"

#include <QObject>
#include <QTest>
#include <QThread>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace fd::test {

struct SecretsEnv {
    std::unique_ptr<fd::store::Store> store;
    std::unique_ptr<fd::secrets::SecretStore> secrets;

    // Opens (or reopens) the store in `dir` and a SecretStore over it; false on failure.
    bool open(const QString& dir, fd::secrets::SecretStore::Options options) {
        secrets.reset();
        store.reset();
        auto s = fd::store::Store::open(dir);
        if (!s)
            return false;
        store = std::move(s).value();
        auto opened = fd::secrets::SecretStore::open(*store, options);
        if (!opened)
            return false;
        secrets = std::move(opened).value();
        return true;
    }
    ~SecretsEnv() {
        secrets.reset(); // uses the store
        store.reset();
    }
};

inline fd::secrets::SecretStore::Options backendOptions(fd::secrets::Backend backend) {
    fd::secrets::SecretStore::Options o;
    o.forcedBackend = backend;
    return o;
}

// Holds the secrets thread (shared by every SecretStore of the process) until release() or
// destruction, as a keychain that takes long to answer or a slow key derivation would:
// every operation submitted meanwhile waits. Deterministic where timing is not.
class SecretsThreadBlocker final {
public:
    SecretsThreadBlocker()
        : m_anchor(new QObject) {
        m_anchor->moveToThread(fd::secrets::secretsThread());
        QMetaObject::invokeMethod(
            m_anchor, [released = m_released.get_future().share()] { released.wait(); },
            Qt::QueuedConnection);
    }
    ~SecretsThreadBlocker() {
        release();
        m_anchor->deleteLater();
    }
    SecretsThreadBlocker(const SecretsThreadBlocker&) = delete;
    SecretsThreadBlocker& operator=(const SecretsThreadBlocker&) = delete;

    void release() {
        if (!std::exchange(m_done, true))
            m_released.set_value();
    }

private:
    QObject* m_anchor;
    std::promise<void> m_released;
    bool m_done = false;
};

template <typename T> struct Answer {
    std::optional<T> value;
    bool arrivedInsideCall = false;
    bool arrivedOnContextThread = true;
};

// Starts an asynchronous call with a context living on this thread and waits (QTest::qWaitFor,
// the test's own loop) for its answer; no answer within timeoutMs is fatal (a hang is a
// failure, and the callers read the value).
template <typename T>
Answer<T> awaitAnswer(const std::function<void(QObject*, std::function<void(T)>)>& start,
                      int timeoutMs = 30000) {
    QObject context;
    auto answer = std::make_shared<Answer<T>>();
    bool insideCall = true;
    start(&context, [answer, &insideCall, &context](T value) {
        answer->arrivedInsideCall = insideCall;
        answer->arrivedOnContextThread = QThread::currentThread() == context.thread();
        answer->value.emplace(std::move(value));
    });
    insideCall = false;
    if (!QTest::qWaitFor([&] { return answer->value.has_value(); }, timeoutMs))
        qFatal("awaitAnswer: no answer within %d ms", timeoutMs);
    return std::move(*answer);
}

} // namespace fd::test
