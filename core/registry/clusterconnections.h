#pragma once

#include "kube/kubeclient.h"
#include "kube/kubewatch.h"
#include "registry/clusterrecord.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <typeinfo>

namespace fd::net {
class HttpClient;
}

namespace fd::registry {

class CredentialVault;
namespace detail {
class ResilientWatch;
}

// One long-lived API client per registered cluster, shared by everything that talks to it: the
// health refresh, connection tests, the cluster detail, Karmada, and the capabilities built on
// the registry (policies, deployments, metrics through the API server's service proxy). A client
// is made on first use from the record and its secrets (read from the vault asynchronously, once,
// however many requests wait), so its credential source runs once per cluster: one exec plugin
// run and one OIDC refresh, whatever the number of requests in flight. It is dropped when the
// record changes or is removed, and every client goes when the vault locks (no decrypted
// credential stays in memory). Lives on, and is used from, the thread of the HttpClient.
class ClusterConnections final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterConnections)

public:
    using Lookup = std::function<std::optional<ClusterRecord>(ClusterId)>;
    using Use = std::function<void(fd::kube::KubeClient& client)>;
    using Failed = std::function<void(const fd::kube::KubeError& error)>;

    ClusterConnections(Lookup lookup, CredentialVault& vault, fd::net::HttpClient& http,
                       QObject* parent = nullptr);
    ~ClusterConnections() override;

    // Runs `use` with the cluster's client on a later turn of the event loop (never inside this
    // call), making the client first when needed. When no client can be made (the cluster is no
    // longer registered, the vault is locked, a secret cannot be read), `failed` gets why
    // instead. Both are dropped when `context` is destroyed. Requests `use` makes should take
    // the same context, so closing a view cancels them.
    void with(ClusterId id, QObject* context, Use use, Failed failed);

    // A typed list on the cluster (see KubeClient::list).
    template <typename T>
    void list(ClusterId id, const fd::kube::ListOptions& options, QObject* context,
              fd::kube::KubeCallback<fd::kube::ObjectList<T>> done);

    // A typed watch that outlives the client it runs on: when the connection is dropped (the
    // record changed) it starts again on the new client, beginning with a relist, so views stay
    // live and consistent. A failure to get a client is reported through handlers.onError as
    // fatal. Ends when `context` is destroyed.
    template <typename T>
    detail::ResilientWatch* watch(ClusterId id, const fd::kube::ResourceType& type,
                                  const fd::kube::ListOptions& options,
                                  const fd::kube::WatchOptions& watchOptions, QObject* context,
                                  fd::kube::WatchHandlers<T> handlers);
    template <typename T>
    detail::ResilientWatch* watch(ClusterId id, const fd::kube::ListOptions& options,
                                  const fd::kube::WatchOptions& watchOptions, QObject* context,
                                  fd::kube::WatchHandlers<T> handlers) {
        return watch<T>(id, fd::kube::KindTraits<T>::type(), options, watchOptions, context,
                        std::move(handlers));
    }

    // The same watch, shared: everyone asking for T with equal list options on a cluster gets
    // one watch on the server, so N views of a namespace's pods (a row per deployment) cost one
    // stream, not N. A subscriber first gets the current state (onRelisted, on a later turn,
    // never inside this call; with the last fatal error when the watch is failing), then every
    // batch of deltas, relist and error the shared watch sees, as copies. Survives client
    // changes like watch(). The server-side watch ends when the last subscriber's context is
    // gone.
    template <typename T>
    void sharedWatch(ClusterId id, const fd::kube::ListOptions& options, QObject* context,
                     fd::kube::WatchHandlers<T> handlers);
    // Watches running on behalf of sharedWatch() subscribers (tests).
    int sharedWatchCount() const { return int(m_shared.size()); }

    // The record changed or was removed: the client goes (its requests are cancelled, its
    // watches move to the next client); the next use makes a new one.
    void drop(ClusterId id);
    // Every client goes (the vault was locked), and with them every decrypted credential.
    void dropAll();

    int clientCount() const;
    // Credential reads from the vault so far (tests: one per cluster however many requests).
    int credentialLoads() const { return m_credentialLoads; }
    // Timeout for each request of the clients made from now on (default 30 s).
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    // The client of this cluster was dropped (watches restart on the next one).
    void dropped(qint64 id);

private:
    struct Waiter {
        QPointer<QObject> context;
        Use use;
        Failed failed;
    };
    struct Slot {
        fd::kube::KubeClient* client = nullptr; // child of this object
        bool loading = false;
        quint64 generation = 0; // bumped by drop(): a credential read for an older one is stale
        QList<Waiter> waiters;
    };

    void makeClient(ClusterId id);
    void flush(ClusterId id);
    void failAll(ClusterId id, const fd::kube::KubeError& error);
    void run(ClusterId id, Waiter waiter);
    void saveRefreshedTokens(ClusterId id, const fd::kube::OidcTokens& tokens);

    Lookup m_lookup;
    CredentialVault& m_vault;
    fd::net::HttpClient& m_http;
    QHash<ClusterId, Slot> m_slots;
    QHash<QString, QObject*> m_shared; // sharedWatch() feeds by cluster, type and options
    int m_credentialLoads = 0;
    int m_timeoutMs = 30000;
};

// ---- templates ---------------------------------------------------------------------------------

template <typename T>
void ClusterConnections::list(ClusterId id, const fd::kube::ListOptions& options, QObject* context,
                              fd::kube::KubeCallback<fd::kube::ObjectList<T>> done) {
    with(
        id, context,
        [options, context, done](fd::kube::KubeClient& client) {
            client.list<T>(options, context, done);
        },
        [done](const fd::kube::KubeError& e) { done(e); });
}

namespace detail {
// Keeps a watch going across clients (ClusterConnections::watch); a child of the context.
class ResilientWatch : public QObject {
    Q_OBJECT
public:
    ResilientWatch(ClusterConnections* connections, ClusterId id, QObject* context);
    virtual void start() = 0;
    // Ends the current stream, if any, and starts again with a list (a stopped watch whose
    // cause may be gone: the vault was unlocked).
    void restart();

protected:
    ClusterConnections* m_connections;
    ClusterId m_id;
    QPointer<fd::kube::KubeWatch> m_watch;
    // Bumped by every start(): a client that arrives for an older start (one still waiting for
    // the vault when the next began) is not used, so one watch runs, never several.
    quint64 m_generation = 0;
};

// One watch and its current state, fanned out to the sharedWatch() subscribers; a child of
// ClusterConnections, deleted with its last subscriber.
template <typename T> class SharedFeed final : public QObject {
public:
    struct Subscriber {
        QPointer<QObject> context;
        fd::kube::WatchHandlers<T> handlers;
        bool waitingForState = true; // its first state is queued: it includes every change
    };

    using QObject::QObject;

    fd::kube::ObjectList<T> state() const {
        fd::kube::ObjectList<T> list;
        list.metadata = m_meta;
        list.items = m_items.values();
        return list;
    }

    void subscribe(QObject* context, fd::kube::WatchHandlers<T> handlers,
                   std::function<void()> lastGone) {
        auto sub = std::make_shared<Subscriber>(Subscriber{context, std::move(handlers)});
        m_subscribers.append(sub);
        connect(context, &QObject::destroyed, this, [this, sub, lastGone] {
            m_subscribers.removeOne(sub);
            if (m_subscribers.isEmpty())
                lastGone();
        });
        // Queued on the subscriber's context: built when it runs, so nothing sent meanwhile is
        // missed or doubled.
        QPointer<SharedFeed> self(this);
        QMetaObject::invokeMethod(
            context,
            [self, sub] {
                if (!self || !sub->context)
                    return;
                sub->waitingForState = false;
                if (self->m_listed && sub->handlers.onRelisted)
                    sub->handlers.onRelisted(self->state());
                if (self->m_failure && sub->handlers.onError)
                    sub->handlers.onError(*self->m_failure, true);
            },
            Qt::QueuedConnection);
    }

    // The stream stopped on a fatal error (locked vault, 403…): a new subscriber tries again.
    bool failed() const { return m_failure.has_value(); }
    void setStream(ResilientWatch* stream) { m_stream = stream; }
    void restartStream() {
        // Once: the subscribers that arrive before the new stream answers wait for it.
        m_failure.reset();
        if (m_stream)
            m_stream->restart();
    }

    fd::kube::WatchHandlers<T> feedHandlers() {
        fd::kube::WatchHandlers<T> h;
        h.onRelisted = [this](fd::kube::ObjectList<T>&& list) {
            m_listed = true;
            m_failure.reset();
            m_meta = list.metadata;
            m_items.clear();
            for (T& item : list.items)
                m_items.insert(keyOf(item), std::move(item));
            for (const auto& sub : live())
                if (sub->context && sub->handlers.onRelisted)
                    sub->handlers.onRelisted(state());
        };
        h.onDeltas = [this](QList<fd::kube::WatchDelta<T>>&& deltas) {
            m_failure.reset();
            for (const auto& d : deltas) {
                if (d.type == fd::kube::WatchDelta<T>::Type::Deleted)
                    m_items.remove(keyOf(d.object));
                else
                    m_items.insert(keyOf(d.object), d.object);
                m_meta.resourceVersion = d.object.metadata.resourceVersion;
            }
            for (const auto& sub : live())
                if (sub->context && sub->handlers.onDeltas)
                    sub->handlers.onDeltas(QList<fd::kube::WatchDelta<T>>(deltas));
        };
        h.onBookmark = [this](const QString& resourceVersion) {
            m_meta.resourceVersion = resourceVersion;
            for (const auto& sub : live())
                if (sub->context && sub->handlers.onBookmark)
                    sub->handlers.onBookmark(resourceVersion);
        };
        h.onError = [this](const fd::kube::KubeError& error, bool fatal) {
            if (fatal)
                m_failure = error;
            for (const auto& sub : live())
                if (sub->context && sub->handlers.onError)
                    sub->handlers.onError(error, fatal);
        };
        return h;
    }

private:
    static QString keyOf(const T& object) {
        return object.metadata.namespaceName + QLatin1Char('/') + object.metadata.name;
    }
    // Subscribers whose state is delivered (the others get everything with it), as a copy: a
    // handler may end its own or another subscription (each call checks its context again).
    QList<std::shared_ptr<Subscriber>> live() const {
        QList<std::shared_ptr<Subscriber>> out;
        for (const auto& sub : m_subscribers)
            if (sub->context && !sub->waitingForState)
                out.append(sub);
        return out;
    }

    QList<std::shared_ptr<Subscriber>> m_subscribers;
    QPointer<ResilientWatch> m_stream;
    bool m_listed = false;
    fd::kube::ListMeta m_meta;
    QMap<QString, T> m_items;
    std::optional<fd::kube::KubeError> m_failure; // the last fatal error, until data flows again
};

} // namespace detail

template <typename T>
void ClusterConnections::sharedWatch(ClusterId id, const fd::kube::ListOptions& options,
                                     QObject* context, fd::kube::WatchHandlers<T> handlers) {
    const QString key =
        QString::number(id) + QLatin1Char('|') + QString::fromLatin1(typeid(T).name()) +
        QLatin1Char('|') + options.namespaceName + QLatin1Char('|') +
        options.labelSelector.toString() + QLatin1Char('|') + options.fieldSelector.toString();
    auto* feed = static_cast<detail::SharedFeed<T>*>(m_shared.value(key));
    if (!feed) {
        feed = new detail::SharedFeed<T>(this);
        m_shared.insert(key, feed);
        feed->setStream(
            watch<T>(id, options, fd::kube::WatchOptions{}, feed, feed->feedHandlers()));
    } else if (feed->failed()) {
        feed->restartStream();
    }
    QPointer<ClusterConnections> self(this);
    feed->subscribe(context, std::move(handlers), [self, key, feed] {
        if (self && self->m_shared.value(key) == feed)
            self->m_shared.remove(key);
        feed->deleteLater(); // ends the server-side watch
    });
}

template <typename T>
detail::ResilientWatch* ClusterConnections::watch(ClusterId id, const fd::kube::ResourceType& type,
                                                  const fd::kube::ListOptions& options,
                                                  const fd::kube::WatchOptions& watchOptions,
                                                  QObject* context,
                                                  fd::kube::WatchHandlers<T> handlers) {
    class Typed final : public detail::ResilientWatch {
    public:
        Typed(ClusterConnections* c, ClusterId id, QObject* context, fd::kube::ResourceType t,
              fd::kube::ListOptions o, fd::kube::WatchOptions w, fd::kube::WatchHandlers<T> h)
            : ResilientWatch(c, id, context)
            , m_type(std::move(t))
            , m_options(std::move(o))
            , m_watchOptions(std::move(w))
            , m_handlers(std::move(h)) {}
        void start() override {
            fd::kube::WatchOptions options = m_watchOptions;
            if (m_restarted)
                options.resourceVersion.clear(); // a new client lists first
            m_restarted = true;
            const quint64 generation = ++m_generation;
            QPointer<Typed> self(this);
            m_connections->with(
                m_id, this,
                [self, options, generation](fd::kube::KubeClient& client) {
                    if (!self || self->m_generation != generation)
                        return;
                    if (self->m_watch) { // the stream of a previous client
                        self->m_watch->stop();
                        self->m_watch->deleteLater();
                    }
                    self->m_watch = client.watch<T>(self->m_type, self->m_options, options,
                                                    self.data(), self->m_handlers);
                },
                [self, generation](const fd::kube::KubeError& e) {
                    if (self && self->m_generation == generation && self->m_handlers.onError)
                        self->m_handlers.onError(e, true);
                });
        }

    private:
        fd::kube::ResourceType m_type;
        fd::kube::ListOptions m_options;
        fd::kube::WatchOptions m_watchOptions;
        fd::kube::WatchHandlers<T> m_handlers;
        bool m_restarted = false;
    };
    auto* w = new Typed(this, id, context, type, options, watchOptions, std::move(handlers));
    w->start();
    return w;
}

} // namespace fd::registry
