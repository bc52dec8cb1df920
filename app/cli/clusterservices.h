#pragma once

#include "commandregistry.h"

#include "common/result.h"

#include <memory>

namespace fd::store {
class Store;
}
namespace fd::secrets {
class SecretStore;
}
namespace fd::net {
class HttpClient;
}
namespace fd::registry {
class ClusterRegistry;
}

namespace fd::cli {

// What `cluster …` commands run on: the store, the secret store (unlocked when needed), one
// HTTP client and the loaded registry. Destroyed in reverse order; flush() waits for queued
// store writes (health snapshots, audit entries) before the process exits.
struct ClusterServices {
    std::unique_ptr<fd::store::Store> store;
    std::unique_ptr<fd::secrets::SecretStore> secrets;
    std::unique_ptr<fd::net::HttpClient> http;
    std::unique_ptr<fd::registry::ClusterRegistry> registry;

    ClusterServices();
    ClusterServices(ClusterServices&&) noexcept;
    ClusterServices& operator=(ClusterServices&&) noexcept;
    ~ClusterServices();
    void flush();
};

// Opens everything for the data dir of ctx. With needVault, a vault-backed secret store is
// unlocked with FLEETDECK_PASSPHRASE or the first stdin line (--passphrase-stdin); without either
// it fails with a message saying how to provide it (never prompts).
fd::Result<ClusterServices> openClusterServices(Context& ctx, bool needVault);

} // namespace fd::cli
