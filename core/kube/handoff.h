#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace fd::kube {

// Relay for Handoff: its signal reaches the context through a queued connection, which Qt
// drops (under its connection lock) when the context is destroyed — unlike posting a functor
// to a raw pointer from another thread, which races with the context's destruction.
class HandoffRelay final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffRelay)
public:
    HandoffRelay() = default;
Q_SIGNALS:
    void fire();
};

// Delivers one value to a callback on the context object's thread, from any thread, unless the
// context has been destroyed by then. Create it on a thread where `context` is alive.
template <typename T> class Handoff final {
public:
    Handoff(QObject* context, std::function<void(T)> callback)
        : m_state(std::make_shared<State>())
        , m_relay(std::make_unique<HandoffRelay>()) {
        m_state->callback = std::move(callback);
        m_relay->moveToThread(nullptr); // emitted from whichever thread finishes the work
        QObject::connect(
            m_relay.get(), &HandoffRelay::fire, context,
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
    std::unique_ptr<HandoffRelay> m_relay;
};

} // namespace fd::kube
