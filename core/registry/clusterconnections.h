#pragma once

#include "kube/kubeclient.h"
#include "kube/kubewatch.h"
#include "registry/clusterrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace fd::net {
class HttpClient;
}

namespace fd::registry {

class CredentialVault;

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
    void watch(ClusterId id, const fd::kube::ResourceType& type,
               const fd::kube::ListOptions& options, const fd::kube::WatchOptions& watchOptions,
               QObject* context, fd::kube::WatchHandlers<T> handlers);
    template <typename T>
    void watch(ClusterId id, const fd::kube::ListOptions& options,
               const fd::kube::WatchOptions& watchOptions, QObject* context,
               fd::kube::WatchHandlers<T> handlers) {
        watch<T>(id, fd::kube::KindTraits<T>::type(), options, watchOptions, context,
                 std::move(handlers));
    }

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

protected:
    ClusterConnections* m_connections;
    ClusterId m_id;
    QPointer<fd::kube::KubeWatch> m_watch;
};
} // namespace detail

template <typename T>
void ClusterConnections::watch(ClusterId id, const fd::kube::ResourceType& type,
                               const fd::kube::ListOptions& options,
                               const fd::kube::WatchOptions& watchOptions, QObject* context,
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
            QPointer<Typed> self(this);
            m_connections->with(
                m_id, this,
                [self, options](fd::kube::KubeClient& client) {
                    if (self)
                        self->m_watch = client.watch<T>(self->m_type, self->m_options, options,
                                                        self.data(), self->m_handlers);
                },
                [self](const fd::kube::KubeError& e) {
                    if (self && self->m_handlers.onError)
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
}

} // namespace fd::registry
