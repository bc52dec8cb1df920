#pragma once

#include "common/result.h"
#include "registry/clusterrecord.h"
#include "registry/credentials.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace fd::secrets {
class SecretStore;
}

namespace fd::registry {

// The registry's use of the secret store: one entry per secret of a cluster (owner kind
// "cluster", owner id, purpose "token" / "clientKey" / ...), plus the per-install key that keys
// identity digests. Every call is asynchronous (the store does keychain and vault work on its own
// thread; nothing here waits or spins an event loop), and every answer arrives through the
// context-callback rule (core/common/handoff.h). A locked vault answers ErrorKind::Locked.
class CredentialVault final {
public:
    explicit CredentialVault(fd::secrets::SecretStore& secrets);
    ~CredentialVault();
    CredentialVault(const CredentialVault&) = delete;
    CredentialVault& operator=(const CredentialVault&) = delete;

    using LoadDone = std::function<void(fd::Result<ClusterCredentials>)>;
    using SaveDone = std::function<void(fd::Result<SecretRefs>)>;
    using RemoveDone = std::function<void(QStringList failures)>;
    using KeyDone = std::function<void(fd::Result<QByteArray>)>;

    // Reads every referenced secret (all or the first error).
    void load(const SecretRefs& refs, QObject* context, LoadDone done);
    // Stores every non-empty secret of `credentials` for cluster `id` and returns the references;
    // entries of `previous` that are no longer used are removed.
    void save(ClusterId id, ClusterCredentials credentials, const SecretRefs& previous,
              QObject* context, SaveDone done);
    // Removes every referenced secret; `done` gets a line per secret that could not be removed.
    void remove(const SecretRefs& refs, QObject* context, RemoveDone done);

    // 32 random bytes created on first use and kept in the vault; cached until forget().
    void installKey(QObject* context, KeyDone done);
    // Drops the cached install key (the vault was locked).
    void forget();

    bool isUnlocked() const;
    fd::secrets::SecretStore& store() const { return m_secrets; }

private:
    fd::secrets::SecretStore& m_secrets;
    // Shared so a late answer can fill the cache only while this object exists.
    std::shared_ptr<QByteArray> m_installKey = std::make_shared<QByteArray>();
    QMetaObject::Connection m_lockWatch;
};

} // namespace fd::registry
