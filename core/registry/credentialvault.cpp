#include "registry/credentialvault.h"

#include "common/handoff.h"
#include "registry/registrytext.h"
#include "secrets/secretstore.h"

#include <QLoggingCategory>
#include <QPointer>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <array>
#include <memory>
#include <utility>

namespace fd::registry {

namespace {

Q_LOGGING_CATEGORY(lcVault, "fd.registry.vault")

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

const fd::secrets::SecretRef kInstallKeyRef{QStringLiteral("registry"), QStringLiteral("install"),
                                            QStringLiteral("identityKey")};

} // namespace

CredentialVault::CredentialVault(fd::secrets::SecretStore& secrets)
    : m_secrets(secrets) {
    // Whatever was read while unlocked goes when the vault locks.
    m_lockWatch = QObject::connect(&m_secrets, &fd::secrets::SecretStore::lockedChanged, &m_secrets,
                                   [this](bool locked) {
                                       if (locked)
                                           forget();
                                   });
}

CredentialVault::~CredentialVault() {
    QObject::disconnect(m_lockWatch);
    forget();
}

bool CredentialVault::isUnlocked() const {
    return m_secrets.isUnlocked();
}

void CredentialVault::load(const SecretRefs& refs, QObject* context, LoadDone done) {
    QList<fd::secrets::SecretRef> wanted;
    QList<const Slot*> slots;
    for (const Slot& slot : kSlots) {
        const QString& ref = refs.*(slot.ref);
        if (ref.isEmpty())
            continue;
        auto parsed = fd::secrets::SecretRef::parse(ref);
        if (!parsed) {
            fd::post(context, [done, e = parsed.error()] { done(e); });
            return;
        }
        wanted << *parsed;
        slots << &slot;
    }
    if (wanted.isEmpty()) {
        fd::post(context, [done] { done(ClusterCredentials{}); });
        return;
    }
    m_secrets.loadMany(wanted, context,
                       [done, slots](fd::Result<QList<QByteArray>> values) mutable {
                           if (!values) {
                               done(values.error());
                               return;
                           }
                           ClusterCredentials out;
                           for (qsizetype i = 0; i < slots.size() && i < values->size(); ++i)
                               out.*(slots[i]->value) = std::move((*values)[i]);
                           for (QByteArray& v : *values)
                               if (!v.isEmpty() && v.isDetached())
                                   OPENSSL_cleanse(v.data(), size_t(v.size()));
                           done(std::move(out));
                       });
}

void CredentialVault::save(ClusterId id, ClusterCredentials credentials, const SecretRefs& previous,
                           QObject* context, SaveDone done) {
    SecretRefs refs;
    QList<QPair<fd::secrets::SecretRef, QByteArray>> entries;
    for (const Slot& slot : kSlots) {
        const QByteArray& value = credentials.*(slot.value);
        if (value.isEmpty())
            continue;
        const fd::secrets::SecretRef ref{kOwnerKind, QString::number(id),
                                         QString::fromLatin1(slot.purpose)};
        entries.append({ref, value});
        refs.*(slot.ref) = ref.id();
    }
    credentials.wipe();
    // Secrets the cluster no longer has (a token replaced by a client certificate) go after the
    // new ones are stored.
    QList<fd::secrets::SecretRef> stale;
    for (const Slot& slot : kSlots) {
        const QString& old = previous.*(slot.ref);
        if (!old.isEmpty() && old != refs.*(slot.ref))
            if (auto parsed = fd::secrets::SecretRef::parse(old))
                stale << *parsed;
    }
    fd::secrets::SecretStore* store = &m_secrets;
    m_secrets.storeMany(
        entries, context, [store, stale, refs, context, done](fd::Status st) mutable {
            if (!st) {
                done(st.error());
                return;
            }
            if (!stale.isEmpty())
                store->removeMany(stale, context, [](QList<fd::secrets::SecretFailure> failed) {
                    for (const auto& f : failed)
                        qCWarning(lcVault)
                            << "unused vault entry not removed:" << f.ref.id() << f.error.message;
                });
            done(refs);
        });
    for (auto& [ref, value] : entries)
        if (value.isDetached())
            OPENSSL_cleanse(value.data(), size_t(value.size()));
}

void CredentialVault::remove(const SecretRefs& refs, QObject* context, RemoveDone done) {
    QList<fd::secrets::SecretRef> all;
    for (const QString& ref : refs.all())
        if (auto parsed = fd::secrets::SecretRef::parse(ref))
            all << *parsed;
    if (all.isEmpty()) {
        fd::post(context, [done] { done({}); });
        return;
    }
    m_secrets.removeMany(all, context, [done](QList<fd::secrets::SecretFailure> failures) {
        QStringList lines;
        for (const auto& f : failures)
            lines << Text::tr("Vault entry %1: %2").arg(f.ref.id(), f.error.message);
        done(lines);
    });
}

void CredentialVault::installKey(QObject* context, KeyDone done) {
    if (!m_installKey->isEmpty()) {
        fd::post(context, [done, key = *m_installKey] { done(key); });
        return;
    }
    QPointer<fd::secrets::SecretStore> store(&m_secrets);
    std::weak_ptr<QByteArray> cache = m_installKey;
    m_secrets.loadAsync(
        kInstallKeyRef, context, [store, cache, context, done](fd::Result<QByteArray> stored) {
            if (stored && stored->size() >= 32) {
                if (auto c = cache.lock())
                    *c = *stored;
                done(*stored);
                return;
            }
            if (!stored && stored.error().kind != fd::ErrorKind::NotFound) {
                done(stored.error());
                return;
            }
            QByteArray key(32, '\0');
            if (!store ||
                RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), int(key.size())) != 1) {
                done(fd::makeError(fd::ErrorKind::Internal,
                                   Text::tr("No random numbers are available.")));
                return;
            }
            store->storeAsync(kInstallKeyRef, key, context, [cache, key, done](fd::Status st) {
                if (!st) {
                    done(st.error());
                    return;
                }
                if (auto c = cache.lock())
                    *c = key;
                done(key);
            });
        });
}

void CredentialVault::forget() {
    if (!m_installKey->isEmpty())
        OPENSSL_cleanse(m_installKey->data(), size_t(m_installKey->size()));
    m_installKey->clear();
}

} // namespace fd::registry
