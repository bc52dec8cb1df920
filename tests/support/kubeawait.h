#pragma once

// Waits for one KubeClient callback by running the event loop (tests only).
//
//   auto r = fd::test::await<VersionInfo>([&](QObject* c, auto done) { client.version(c, done); });

#include "kube/kubeerror.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <optional>

namespace fd::test {

// nullopt on timeout. Aborts when the callback runs on a thread other than the context's.
template <typename T, typename Call>
std::optional<fd::kube::KubeResult<T>> await(Call call, int timeoutMs = 30000) {
    QEventLoop loop;
    std::optional<fd::kube::KubeResult<T>> result;
    QObject context;
    call(&context, [&](fd::kube::KubeResult<T> r) {
        if (QThread::currentThread() != QCoreApplication::instance()->thread())
            qFatal("KubeClient callback not on the context's thread");
        result.emplace(std::move(r));
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    return result;
}

// Runs the event loop until pred() holds or the time is up; returns pred().
template <typename Pred> bool waitUntil(Pred pred, int timeoutMs = 15000) {
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (pred())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!pred())
        loop.exec();
    return pred();
}

} // namespace fd::test
