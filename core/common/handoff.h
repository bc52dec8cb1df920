#pragma once

// The one way an asynchronous result reaches its caller in Fleetdeck.
//
// Every asynchronous core API takes a context object and a callback. The callback runs exactly
// once, always later (queued, even when the result is known at once), on the context's thread,
// and never after the context was destroyed: a page closed mid-request never receives a reply
// into freed memory. Produce the result on any thread; deliver it with one of:
//
//   fd::Handoff<T> h(context, done); ... h.post(value);    from any thread
//   auto deliver = fd::handoff<T>(context, done);          the same as a callable
//   fd::post(context, [=] { ... });                        a closure, from context's thread
//   fd::runOnPool<T>(context, work, done);                 work on the pool, result back

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace fd {

namespace detail {

// Carries a Handoff's signal to the context through a queued connection, which Qt drops (under
// its connection lock) when the context is destroyed — unlike posting a functor to a raw pointer
// from another thread, which races with the context's destruction.
class HandoffRelay final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffRelay)
public:
    HandoffRelay() = default;
Q_SIGNALS:
    void fire();
};

} // namespace detail

// Delivers one value to a callback on the context object's thread, from any thread, unless the
// context has been destroyed by then. Construct it on a thread where `context` is alive (normally
// the caller's). A second post() replaces a value not yet delivered; an empty callback makes
// post() a no-op.
template <typename T> class Handoff final {
public:
    Handoff(QObject* context, std::function<void(T)> callback)
        : m_state(std::make_shared<State>()) {
        Q_ASSERT_X(context, "fd::Handoff", "a context object is required");
        if (!callback || !context)
            return;
        m_state->callback = std::move(callback);
        m_relay = std::make_unique<detail::HandoffRelay>();
        m_relay->moveToThread(nullptr); // emitted from whichever thread finishes the work
        QObject::connect(
            m_relay.get(), &detail::HandoffRelay::fire, context,
            [state = m_state] {
                std::optional<T> value;
                {
                    std::lock_guard lock(state->mutex);
                    value.swap(state->value);
                }
                if (value && state->callback)
                    state->callback(std::move(*value));
            },
            Qt::QueuedConnection);
    }

    void post(T value) {
        if (!m_relay)
            return;
        {
            std::lock_guard lock(m_state->mutex);
            m_state->value = std::move(value);
        }
        Q_EMIT m_relay->fire();
    }

private:
    struct State {
        std::mutex mutex;
        std::optional<T> value;
        std::function<void(T)> callback;
    };
    std::shared_ptr<State> m_state;
    std::unique_ptr<detail::HandoffRelay> m_relay;
};

// A Handoff as a copyable callable: call it once, from any thread, with the value.
template <typename T>
std::function<void(T)> handoff(QObject* context, std::function<void(T)> done) {
    auto h = std::make_shared<Handoff<T>>(context, std::move(done));
    return [h](T value) { h->post(std::move(value)); };
}

// Runs `fn` on the context's thread on a later turn of its event loop, unless the context is
// destroyed first. Call it where the context is known to be alive (its own thread, or while it
// cannot go away); from other threads use a Handoff created beforehand.
template <typename Fn> void post(QObject* context, Fn&& fn) {
    Q_ASSERT_X(context, "fd::post", "a context object is required");
    if (context)
        QMetaObject::invokeMethod(context, std::forward<Fn>(fn), Qt::QueuedConnection);
}

// Runs `work` on `pool` and delivers its result to `done` on the context's thread (parse off the
// UI thread, apply on it). A page with its own pool waits for it on destruction, so no work
// outlives the services it uses.
template <typename T>
void runOnPool(QThreadPool& pool, QObject* context, std::function<T()> work,
               std::function<void(T)> done) {
    auto deliver = handoff<T>(context, std::move(done));
    pool.start([work = std::move(work), deliver = std::move(deliver)] { deliver(work()); });
}

// The same on the global QThreadPool.
template <typename T>
void runOnPool(QObject* context, std::function<T()> work, std::function<void(T)> done) {
    runOnPool<T>(*QThreadPool::globalInstance(), context, std::move(work), std::move(done));
}

} // namespace fd
