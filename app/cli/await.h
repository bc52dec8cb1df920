#pragma once

// Runs one asynchronous core call to its end on a local event loop. Only the CLI may wait like
// this (it has no UI thread to keep free); the GUI never spins a nested loop. `start` gets the
// context the answer is delivered to and the callback to deliver it with (fd::handoff rules:
// queued, exactly once).

#include <QEventLoop>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

namespace fd::cli {

template <typename T, typename Start> T await(Start&& start) {
    QEventLoop loop;
    std::optional<T> result;
    QObject context;
    start(&context, std::function<void(T)>([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    }));
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace fd::cli
