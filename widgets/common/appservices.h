#pragma once

#include <QString>

class QSettings;

namespace fd::widgets {
class LanguageManager;
class VaultGate;
} // namespace fd::widgets
namespace fd::store {
class Store;
}
namespace fd::secrets {
class SecretStore;
}
namespace fd::registry {
class ClusterRegistry;
}
namespace fd::deploy {
class DeployService;
}
namespace fd::net {
class HttpClient;
}
namespace fd::vsphere {
class VcenterService;
}
namespace fd::policy {
class PolicyService;
}

namespace fd::widgets {

// What the pages need from the application, handed in rather than looked up globally, so a
// test can build a page or the whole window over its own temporary data directory and store.
// The struct owns nothing: main() (or the test) keeps every service alive longer than the
// window.
struct AppServices {
    QString dataDir;
    QSettings* settings = nullptr;               // <dataDir>/settings.ini, IniFormat
    LanguageManager* language = nullptr;         // UI language; may be null in page tests
    fd::store::Store* store = nullptr;           // null when the store could not be opened
    fd::secrets::SecretStore* secrets = nullptr; // null when no backend could be chosen
    // Ask it before using secrets: it prompts for the vault passphrase when needed.
    VaultGate* vault = nullptr;
    // The cluster registry (loaded by the Clusters page); null = only the empty state.
    fd::registry::ClusterRegistry* clusters = nullptr;
    // Model deployments (over the registry's connections); null = only the empty state.
    fd::deploy::DeployService* deployments = nullptr;
    // The HTTP client the registry uses, for what talks to other servers (the test prompt).
    fd::net::HttpClient* http = nullptr;
    // vCenter connections (store + vault + one client each); null = only the empty state.
    fd::vsphere::VcenterService* vcenter = nullptr;
    // Placement strategies, resource profiles and failover policies (loaded at start-up); null
    // when the store could not be opened.
    fd::policy::PolicyService* policies = nullptr;
};

} // namespace fd::widgets
