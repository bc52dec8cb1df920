#pragma once

#include "common/result.h"
#include "registry/clusterrecord.h"
#include "registry/credentials.h"

#include <QByteArray>
#include <QStringList>

namespace fd::secrets {
class SecretStore;
}

namespace fd::registry {

// The registry's use of the secret vault: one vault entry per secret of a cluster (owner kind
// "cluster", owner id, purpose "token" / "clientKey" / ...), plus the per-install key that
// keys identity digests. Synchronous: the vault is unlocked once per session and its
// operations are small.
class CredentialVault final {
public:
    explicit CredentialVault(fd::secrets::SecretStore& secrets);

    // Stores every non-empty secret of `credentials` for cluster `id` and returns the references.
    // Entries of `previous` that are no longer used are removed.
    fd::Result<SecretRefs> save(ClusterId id, const ClusterCredentials& credentials,
                                const SecretRefs& previous);
    fd::Result<ClusterCredentials> load(const SecretRefs& refs);
    // Removes every referenced secret; returns a line per secret that could not be removed.
    QStringList remove(const SecretRefs& refs);

    // 32 random bytes created on first use and kept in the vault.
    fd::Result<QByteArray> installKey();

private:
    fd::secrets::SecretStore& m_secrets;
    QByteArray m_installKey;
};

} // namespace fd::registry
