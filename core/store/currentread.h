#pragma once
// One read for every service that keeps stored rows in memory and also changes them with its own
// writes (deployments, vCenter connections, Prometheus endpoints, the cluster catalog).
#include "store/store.h"

#include <QObject>

#include <functional>

namespace fd::store {

// Store::readAsync, read again when `changes` moved meanwhile. `changes` is a counter the
// service (context) bumps on its own thread whenever one of its writes lands in memory: a read
// that started before such a write may predate it and would put older rows back. It is a member
// of context, and done runs only while context lives (core/common/handoff.h), so it is never
// read after the service is gone.
template <typename T>
void readCurrent(const Store& store, std::function<fd::Result<T>(sqlite3*)> fn, QObject* context,
                 const quint64* changes, std::function<void(fd::Result<T>)> done) {
    const quint64 atStart = *changes;
    store.readAsync<T>(fn, context,
                       [&store, fn, context, changes, atStart,
                        done = std::move(done)](fd::Result<T> result) mutable {
                           if (*changes != atStart)
                               readCurrent<T>(store, std::move(fn), context, changes,
                                              std::move(done));
                           else
                               done(std::move(result));
                       });
}

} // namespace fd::store
