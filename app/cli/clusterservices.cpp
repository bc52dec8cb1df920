#include "clusterservices.h"

#include "common/paths.h"
#include "net/httpclient.h"
#include "registry/clusterregistry.h"
#include "secrets/secretstore.h"
#include "secrets/vaultcrypto.h"
#include "store/store.h"
#include "storeaccess.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

namespace fd::cli {

ClusterServices::ClusterServices() = default;
ClusterServices::ClusterServices(ClusterServices&&) noexcept = default;
ClusterServices& ClusterServices::operator=(ClusterServices&&) noexcept = default;

ClusterServices::~ClusterServices() {
    registry.reset();
    http.reset();
    secrets.reset();
    store.reset(); // runs queued writes first
}

void ClusterServices::flush() {
    if (store)
        (void)store->writeSync([](sqlite3*) { return fd::Status{}; });
}

fd::Result<ClusterServices> openClusterServices(Context& ctx, bool needVault) {
    ClusterServices s;
    auto store = fd::store::Store::open(fd::resolveDataDir(ctx.global.dataDir));
    if (!store)
        return store.error();
    s.store = std::move(*store);
    auto secrets = fd::secrets::SecretStore::open(*s.store);
    if (!secrets)
        return secrets.error();
    s.secrets = std::move(*secrets);
    if (needVault && !s.secrets->isUnlocked()) {
        QByteArray passphrase = readPassphrase(ctx, false).value_or(QByteArray());
        if (passphrase.isEmpty())
            return fd::makeError(fd::ErrorKind::Locked,
                                 QCoreApplication::translate(
                                     "fd::cli",
                                     "The secret vault is locked: set FLEETDECK_PASSPHRASE or pass "
                                     "--passphrase-stdin with the passphrase on the first line of "
                                     "stdin."));
        const fd::Status st = s.secrets->unlock(passphrase);
        fd::secrets::crypto::wipe(passphrase);
        if (!st)
            return st.error();
    }
    s.http = std::make_unique<fd::net::HttpClient>();
    s.registry = fd::registry::ClusterRegistry::create(*s.store, *s.secrets, *s.http);
    if (const fd::Status st = s.registry->load(); !st)
        return st.error();
    return s;
}

} // namespace fd::cli
