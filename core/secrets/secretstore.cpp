#include "secrets/secretstore.h"

#include "secrets/secretstoreimpl.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QUuid>

namespace fd::secrets {

namespace {

std::optional<Backend> parseBackend(const QString& name) {
    if (name == QLatin1String("vault"))
        return Backend::Vault;
    if (name == QLatin1String("keychain"))
        return Backend::Keychain;
    return std::nullopt;
}

// Keychain entries are named per installation, so two data directories on one computer never
// share (or overwrite) each other's entries.
fd::Result<QString> installId(fd::store::Store& store) {
    const QString key = QStringLiteral("secrets/install_id");
    auto existing = store.setting(key);
    if (existing)
        return *existing;
    if (existing.error().kind != fd::ErrorKind::NotFound)
        return existing.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto st = store.setSettingSync(key, id); !st)
        return st.error();
    return id;
}

} // namespace

fd::Result<std::unique_ptr<SecretStore>> SecretStore::open(fd::store::Store& store) {
    return open(store, Options{});
}

fd::Result<std::unique_ptr<SecretStore>> SecretStore::open(fd::store::Store& store,
                                                           const Options& options) {
    Keychain keychain(options.keychainService, options.keychainTimeoutMs);
    std::optional<Backend> backend = options.forcedBackend;
    QString reason = QStringLiteral("option");
    if (!backend && qEnvironmentVariableIsSet("FLEETDECK_SECRET_BACKEND") &&
        !qEnvironmentVariableIsEmpty("FLEETDECK_SECRET_BACKEND")) {
        const QString name = qEnvironmentVariable("FLEETDECK_SECRET_BACKEND");
        backend = parseBackend(name);
        reason = QStringLiteral("FLEETDECK_SECRET_BACKEND");
        if (!backend) {
            return fd::makeError(fd::ErrorKind::InvalidInput,
                                 QCoreApplication::translate(
                                     "fd::secrets",
                                     "FLEETDECK_SECRET_BACKEND must be \"vault\" or \"keychain\", "
                                     "not \"%1\".")
                                     .arg(name));
        }
    }
    if (!backend) {
        auto setting = store.setting(QStringLiteral("secrets/backend"));
        if (setting) {
            backend = parseBackend(*setting);
            reason = QStringLiteral("setting");
        }
    }
    if (!backend) {
        backend = keychain.probe().ok() ? Backend::Keychain : Backend::Vault;
        reason = QStringLiteral("auto");
    }
    auto id = installId(store);
    if (!id)
        return id.error();
    return std::unique_ptr<SecretStore>(
        new SecretStoreImpl(store, *backend, reason, std::move(keychain), *id));
}

fd::Result<QByteArray> SecretStore::load(const QString& refId) {
    auto ref = SecretRef::parse(refId);
    if (!ref)
        return ref.error();
    return load(*ref);
}

fd::Status SecretStore::remove(const QString& refId) {
    auto ref = SecretRef::parse(refId);
    if (!ref)
        return ref.error();
    return remove(*ref);
}

} // namespace fd::secrets
