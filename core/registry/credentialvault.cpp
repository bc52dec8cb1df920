#include "registry/credentialvault.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <array>
#include <utility>

namespace fd::registry {

namespace {

const QString kOwnerKind = QStringLiteral("cluster");

// (purpose, credential field, reference field) for every secret a cluster may have.
struct Slot {
    const char* purpose;
    QByteArray ClusterCredentials::*value;
    QString SecretRefs::*ref;
};
constexpr std::array<Slot, 8> kSlots{{
    {"token", &ClusterCredentials::token, &SecretRefs::token},
    {"clientCert", &ClusterCredentials::clientCertPem, &SecretRefs::clientCert},
    {"clientKey", &ClusterCredentials::clientKeyPem, &SecretRefs::clientKey},
    {"password", &ClusterCredentials::password, &SecretRefs::password},
    {"oidcIdToken", &ClusterCredentials::oidcIdToken, &SecretRefs::oidcIdToken},
    {"oidcRefreshToken", &ClusterCredentials::oidcRefreshToken, &SecretRefs::oidcRefreshToken},
    {"oidcClientSecret", &ClusterCredentials::oidcClientSecret, &SecretRefs::oidcClientSecret},
    {"execConfig", &ClusterCredentials::execConfigJson, &SecretRefs::execConfig},
}};

} // namespace

CredentialVault::CredentialVault(fd::secrets::SecretStore& secrets)
    : m_secrets(secrets) {}

fd::Result<SecretRefs> CredentialVault::save(ClusterId id, const ClusterCredentials& credentials,
                                             const SecretRefs& previous) {
    SecretRefs refs;
    for (const Slot& slot : kSlots) {
        const QByteArray& value = credentials.*(slot.value);
        if (value.isEmpty())
            continue;
        const fd::secrets::SecretRef ref{kOwnerKind, QString::number(id),
                                         QString::fromLatin1(slot.purpose)};
        if (const fd::Status st = m_secrets.store(ref, value); !st)
            return st.error();
        refs.*(slot.ref) = ref.id();
    }
    // Secrets the cluster no longer has (e.g. a token replaced by a client certificate) go.
    for (const Slot& slot : kSlots) {
        const QString& old = previous.*(slot.ref);
        if (!old.isEmpty() && old != refs.*(slot.ref))
            (void)m_secrets.remove(old);
    }
    return refs;
}

fd::Result<ClusterCredentials> CredentialVault::load(const SecretRefs& refs) {
    ClusterCredentials out;
    for (const Slot& slot : kSlots) {
        const QString& ref = refs.*(slot.ref);
        if (ref.isEmpty())
            continue;
        auto value = m_secrets.load(ref);
        if (!value)
            return value.error();
        out.*(slot.value) = std::move(*value);
    }
    return out;
}

QStringList CredentialVault::remove(const SecretRefs& refs) {
    QStringList failures;
    for (const Slot& slot : kSlots) {
        const QString& ref = refs.*(slot.ref);
        if (ref.isEmpty())
            continue;
        if (const fd::Status st = m_secrets.remove(ref); !st)
            failures << QCoreApplication::translate("fd::registry", "Vault entry %1: %2")
                            .arg(ref, st.error().message);
    }
    return failures;
}

fd::Result<QByteArray> CredentialVault::installKey() {
    if (!m_installKey.isEmpty())
        return m_installKey;
    const fd::secrets::SecretRef ref{QStringLiteral("registry"), QStringLiteral("install"),
                                     QStringLiteral("identityKey")};
    auto stored = m_secrets.load(ref);
    if (stored && stored->size() >= 32) {
        m_installKey = *stored;
        return m_installKey;
    }
    if (!stored && stored.error().kind != fd::ErrorKind::NotFound)
        return stored.error();
    QByteArray key(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), int(key.size())) != 1)
        return fd::makeError(
            fd::ErrorKind::Internal,
            QCoreApplication::translate("fd::registry", "No random numbers are available."));
    if (const fd::Status st = m_secrets.store(ref, key); !st)
        return st.error();
    m_installKey = key;
    return m_installKey;
}

} // namespace fd::registry
