#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace fd::widgets {

// Runs `work` on the global thread pool and `apply` with its result on `context`'s thread.
// If `context` is destroyed first, `apply` never runs (the watcher is its child). For parsing
// API answers off the UI thread and applying them on it.
template <typename T>
void runOffThread(QObject* context, std::function<T()> work, std::function<void(T)> apply) {
    auto promise = std::make_shared<QPromise<T>>();
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, apply = std::move(apply)] {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             apply(watcher->future().result());
                     });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace fd::widgets
