#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace fd::widgets {

// Runs fn() on pool and returns a future for its value. Watch it with a QFutureWatcher owned by
// the widget that wants the result: when the widget goes away, so does the watcher, and a late
// result reaches nobody. The widget's destructor should wait for its own pool, so no task
// outlives the services it uses.
template <typename T, typename Fn> QFuture<T> runInBackground(QThreadPool& pool, Fn fn) {
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    pool.start([promise, fn = std::move(fn)]() mutable {
        promise->addResult(fn());
        promise->finish();
    });
    return future;
}

} // namespace fd::widgets
