#include "registry/credentials.h"

#include <openssl/crypto.h>

namespace fd::registry {

namespace {

void cleanse(QByteArray& bytes) {
    // Only wipe buffers we own alone: a shared buffer is still in use by another copy, which
    // wipes it when it goes (copies are made only while a request is being prepared).
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace

ClusterCredentials::~ClusterCredentials() {
    wipe();
}

void ClusterCredentials::wipe() {
    cleanse(token);
    cleanse(clientCertPem);
    cleanse(clientKeyPem);
    cleanse(password);
    cleanse(oidcIdToken);
    cleanse(oidcRefreshToken);
    cleanse(oidcClientSecret);
    cleanse(execConfigJson);
}

bool ClusterCredentials::isEmpty() const {
    return token.isEmpty() && clientCertPem.isEmpty() && clientKeyPem.isEmpty() &&
           password.isEmpty() && oidcIdToken.isEmpty() && oidcRefreshToken.isEmpty() &&
           oidcClientSecret.isEmpty() && execConfigJson.isEmpty();
}

} // namespace fd::registry
