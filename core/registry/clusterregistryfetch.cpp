// ClusterRegistryImpl::fetch and ::watch: reads on a saved cluster for the cluster detail view
// (nodes, pods, events), with the same connection, credential handling and failure sentences as
// the connection test. Watches run on a fd::kube::KubeClient over the shared HttpClient, which
// reconnects and re-lists by itself.
#include "kube/kubeclient.h"
#include "kube/kubewatch.h"
#include "registry/apisession.h"
#include "registry/clusterregistryimpl.h"
#include "registry/connectiontest.h"
#include "registry/registrytext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

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

namespace {

// "/api/v1/events?watch=1&resourceVersion=42" → core/v1 events, from version 42. Only
// collection paths across all namespaces are watched here.
std::optional<fd::kube::ResourceType> watchedType(const QUrl& url) {
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    fd::kube::ResourceType type;
    if (parts.size() == 3 && parts[0] == QLatin1String("api"))
        type = {QString(), parts[1], parts[2], QString(), true};
    else if (parts.size() == 4 && parts[0] == QLatin1String("apis"))
        type = {parts[1], parts[2], parts[3], QString(), true};
    else
        return std::nullopt;
    return type;
}

QByteArray watchLine(const char* type, const QJsonObject& object) {
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                                     {QStringLiteral("object"), object}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

WatchId ClusterRegistryImpl::watch(ClusterId id, const QString& path, QObject* context,
                                   std::function<void(QByteArray)> onLine,
                                   std::function<void(fd::Status)> onEnd) {
    const auto fail = [this, context, onEnd](fd::Error error) {
        QTimer::singleShot(0, context ? context : this,
                           [onEnd, error = std::move(error)] { onEnd(error); });
    };
    const QUrl url(QStringLiteral("https://cluster") + path);
    const auto type = watchedType(url);
    const auto it = m_records.constFind(id);
    if (!type || it == m_records.constEnd()) {
        fail(fd::Error(fd::ErrorKind::InvalidInput, Text::tr("This cluster cannot be watched.")));
        return 0;
    }
    auto creds = credentialsFor(*it);
    if (!creds) {
        fail(creds.error());
        return 0;
    }
    fd::kube::WatchOptions options;
    options.resourceVersion =
        QUrlQuery(url).queryItemValue(QStringLiteral("resourceVersion"), QUrl::FullyDecoded);
    auto* client = new fd::kube::KubeClient(connectionFor(*it, *creds), this, &m_http);
    const WatchId watchId = m_nextWatch++;
    m_watches.insert(watchId, client);
    fd::kube::WatchHandlers handlers;
    handlers.onEvent = [onLine](const fd::kube::WatchEvent& event) {
        using Type = fd::kube::WatchEvent::Type;
        onLine(watchLine(event.type == Type::Added      ? "ADDED"
                         : event.type == Type::Modified ? "MODIFIED"
                                                        : "DELETED",
                         event.object));
    };
    // After 410 Gone the client lists again: the view gets every current object once more.
    handlers.onRelisted = [onLine](const fd::kube::RawList& list) {
        for (const QJsonObject& item : list.items)
            onLine(watchLine("MODIFIED", item));
    };
    handlers.onError = [this, watchId, onEnd](const fd::kube::KubeError& error, bool fatal) {
        if (!fatal || !m_watches.contains(watchId))
            return; // the client reconnects by itself
        stopWatch(watchId);
        onEnd(fd::Error(fd::ErrorKind::Network, error.userMessage()));
    };
    client->watch(*type, fd::kube::ListOptions{}, options, context, std::move(handlers));
    // The watch also ends with its context; drop the client then.
    if (context)
        connect(context, &QObject::destroyed, this, [this, watchId] { stopWatch(watchId); });
    return watchId;
}

void ClusterRegistryImpl::stopWatch(WatchId id) {
    if (QPointer<QObject> client = m_watches.take(id))
        client->deleteLater(); // deletes its KubeWatch: no handler runs afterwards
}

} // namespace fd::registry
