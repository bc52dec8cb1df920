#include "registry/clusterregistry.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace fd::registry {

namespace {
fd::Error unsupported() {
    return fd::Error(fd::ErrorKind::Unsupported,
                     QCoreApplication::translate(
                         "fd::registry", "This registry cannot read from clusters directly."));
}
} // namespace

// Defaults for registries (fakes, older implementations) without direct reads. The callbacks
// are delivered on the next event-loop turn, as the real ones would be.
void ClusterRegistry::fetch(ClusterId, const QString&, QObject* context,
                            std::function<void(fd::Result<QByteArray>)> done) {
    QTimer::singleShot(0, context, [done = std::move(done)] { done(unsupported()); });
}

WatchId ClusterRegistry::watch(ClusterId, const QString&, QObject* context,
                               std::function<void(QByteArray)>,
                               std::function<void(fd::Status)> onEnd) {
    QTimer::singleShot(0, context, [onEnd = std::move(onEnd)] { onEnd(unsupported()); });
    return 0;
}

void ClusterRegistry::stopWatch(WatchId) {}

} // namespace fd::registry
