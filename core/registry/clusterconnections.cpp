#include "registry/clusterconnections.h"

#include "common/handoff.h"
#include "kube/execplugin.h"
#include "kube/oidc.h"
#include "registry/credentialvault.h"
#include "registry/registrytext.h"

#include <QLoggingCategory>

namespace fd::registry {

Q_LOGGING_CATEGORY(lcConnections, "fd.registry.connections")

namespace {

fd::kube::KubeError credentialError(const fd::Error& e) {
    const auto category = e.kind == fd::ErrorKind::Locked
                              ? fd::kube::KubeErrorCategory::VaultLocked
                              : fd::kube::KubeErrorCategory::CredentialUnavailable;
    return fd::kube::makeKubeError(category, e.message, e.detail);
}

QString cacheKeyOf(ClusterId id) {
    return QStringLiteral("registry/%1").arg(id);
}

} // namespace

namespace detail {
ResilientWatch::ResilientWatch(ClusterConnections* connections, ClusterId id, QObject* context)
    : QObject(context)
    , m_connections(connections)
    , m_id(id) {
    connect(connections, &ClusterConnections::dropped, this, [this](qint64 dropped) {
        if (dropped == m_id)
            start();
    });
}

void ResilientWatch::restart() {
    if (m_watch) {
        m_watch->stop();
        m_watch->deleteLater();
    }
    start();
}
} // namespace detail

ClusterConnections::ClusterConnections(Lookup lookup, CredentialVault& vault,
                                       fd::net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_lookup(std::move(lookup))
    , m_vault(vault)
    , m_http(http) {}

ClusterConnections::~ClusterConnections() {
    // Clients are children; their destructors cancel what is in flight. Waiters get nothing.
    m_slots.clear();
}

int ClusterConnections::clientCount() const {
    int n = 0;
    for (const Slot& s : m_slots)
        n += s.client ? 1 : 0;
    return n;
}

void ClusterConnections::with(ClusterId id, QObject* context, Use use, Failed failed) {
    Slot& slot = m_slots[id];
    Waiter waiter{context, std::move(use), std::move(failed)};
    if (slot.client) {
        run(id, std::move(waiter));
        return;
    }
    slot.waiters.append(std::move(waiter));
    if (!slot.loading)
        makeClient(id);
}

void ClusterConnections::run(ClusterId id, Waiter waiter) {
    if (!waiter.context)
        return;
    QPointer<ClusterConnections> self(this);
    fd::post(waiter.context.data(), [self, id, waiter] {
        if (!self)
            return;
        const auto it = self->m_slots.constFind(id);
        if (it == self->m_slots.constEnd() || !it->client) {
            // Dropped between the post and now: make the next client.
            self->with(id, waiter.context, waiter.use, waiter.failed);
            return;
        }
        if (waiter.use)
            waiter.use(*it->client);
    });
}

void ClusterConnections::makeClient(ClusterId id) {
    Slot& slot = m_slots[id];
    const std::optional<ClusterRecord> record = m_lookup(id);
    if (!record) {
        failAll(id, fd::kube::makeKubeError(fd::kube::KubeErrorCategory::NotFound,
                                            notRegistered().message));
        m_slots.remove(id);
        return;
    }
    slot.loading = true;
    const quint64 generation = slot.generation;
    ++m_credentialLoads;
    m_vault.load(record->secrets, this,
                 [this, id, generation, record = *record](fd::Result<ClusterCredentials> creds) {
                     auto it = m_slots.find(id);
                     if (it == m_slots.end())
                         return;
                     it->loading = false;
                     if (it->generation != generation) {
                         // Dropped while reading (the record changed): read again for the waiters.
                         if (!it->waiters.isEmpty())
                             makeClient(id);
                         return;
                     }
                     if (!creds) {
                         failAll(id, credentialError(creds.error()));
                         return;
                     }
                     fd::kube::ClusterConnection connection =
                         withSecrets(record.connection, *creds);
                     creds->wipe();
                     connection.cacheKey = cacheKeyOf(id);
                     auto* client = new fd::kube::KubeClient(std::move(connection), this, &m_http);
                     client->setRequestTimeoutMs(m_timeoutMs);
                     if (record.authKind() == AuthKind::Oidc) {
                         client->setOidcTokensChanged([this, id](const fd::kube::OidcTokens& t) {
                             saveRefreshedTokens(id, t);
                         });
                     }
                     it->client = client;
                     qCDebug(lcConnections) << "client made for cluster" << id;
                     flush(id);
                 });
}

void ClusterConnections::flush(ClusterId id) {
    auto it = m_slots.find(id);
    if (it == m_slots.end())
        return;
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    for (const Waiter& w : waiters)
        run(id, w);
}

void ClusterConnections::failAll(ClusterId id, const fd::kube::KubeError& error) {
    auto it = m_slots.find(id);
    if (it == m_slots.end())
        return;
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    for (const Waiter& w : waiters) {
        if (!w.context || !w.failed)
            continue;
        fd::post(w.context.data(), [failed = w.failed, error] { failed(error); });
    }
}

void ClusterConnections::saveRefreshedTokens(ClusterId id, const fd::kube::OidcTokens& tokens) {
    // The issuer may have rotated the refresh token: the vault must hold the new pair, or the
    // next start would refresh with a token the issuer has revoked.
    const std::optional<ClusterRecord> record = m_lookup(id);
    if (!record)
        return;
    QPointer<ClusterConnections> self(this);
    m_vault.load(record->secrets, this,
                 [self, id, tokens, refs = record->secrets](fd::Result<ClusterCredentials> creds) {
                     if (!self || !creds)
                         return;
                     creds->oidcIdToken = tokens.idToken;
                     if (!tokens.refreshToken.isEmpty())
                         creds->oidcRefreshToken = tokens.refreshToken;
                     self->m_vault.save(id, std::move(*creds), refs, self.data(),
                                        [](fd::Result<SecretRefs> saved) {
                                            if (!saved)
                                                qCWarning(lcConnections)
                                                    << "refreshed OIDC tokens not stored:"
                                                    << saved.error().message;
                                        });
                 });
}

void ClusterConnections::drop(ClusterId id) {
    auto it = m_slots.find(id);
    if (it == m_slots.end())
        return;
    ++it->generation;
    fd::kube::KubeClient* client = std::exchange(it->client, nullptr);
    fd::kube::ExecCredentialProvider::invalidate(cacheKeyOf(id));
    if (!client && it->waiters.isEmpty() && !it->loading) {
        m_slots.erase(it);
        return;
    }
    if (client) {
        // Its watches stop now, so nothing of the old client reaches a view after the restart;
        // the object itself goes on a later turn (this may run inside one of its callbacks).
        for (fd::kube::KubeWatch* w : client->findChildren<fd::kube::KubeWatch*>())
            w->stop();
        client->deleteLater();
        Q_EMIT dropped(id);
    }
}

void ClusterConnections::dropAll() {
    const QList<ClusterId> ids = m_slots.keys();
    for (ClusterId id : ids)
        drop(id);
    fd::kube::ExecCredentialProvider::clearCache();
}

} // namespace fd::registry
