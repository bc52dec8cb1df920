// ClusterRegistryImpl::fetch: one authenticated GET on a saved cluster for the cluster detail
// view (nodes, pods, events), with the same session, credential handling and failure sentences
// as the connection test.
#include "registry/apisession.h"
#include "registry/clusterregistryimpl.h"
#include "registry/connectiontest.h"

#include <QPointer>

namespace fd::registry {

void ClusterRegistryImpl::fetch(ClusterId id, const QString& path, QObject* context,
                                std::function<void(fd::Result<QByteArray>)> done) {
    const QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    // Delivered like every other registry answer: on the next turn, never to a dead context.
    const auto finish = [ctx, hadContext, done](fd::Result<QByteArray> result) {
        if (!done || (hadContext && !ctx))
            return;
        done(std::move(result));
    };
    ConnectionReport failure;
    ApiSession* session = makeSession(id, &failure);
    if (!session) {
        QMetaObject::invokeMethod(
            this,
            [finish, failure] { finish(fd::Error(fd::ErrorKind::Network, failure.sentence())); },
            Qt::QueuedConnection);
        return;
    }
    session->setParent(this); // deleted with the registry if it goes first
    session->get(path, [session, finish](ApiResult result) {
        session->deleteLater();
        if (result.ok())
            finish(std::move(result.body));
        else
            finish(fd::Error(fd::ErrorKind::Network, reportFromFailure(result).sentence(),
                             result.detail));
    });
}

} // namespace fd::registry
