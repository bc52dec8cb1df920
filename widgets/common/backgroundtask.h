#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
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

// Runs `work` on the global thread pool and `apply` with its result on `context`'s thread.
// If `context` is destroyed first, `apply` never runs (the watcher is its child). For parsing
// API answers off the UI thread and applying them on it.
template <typename T>
void runOffThread(QObject* context, std::function<T()> work, std::function<void(T)> apply) {
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, apply = std::move(apply)] {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             apply(watcher->future().result());
                     });
    watcher->setFuture(runInBackground<T>(*QThreadPool::globalInstance(), std::move(work)));
}

} // namespace fd::widgets
