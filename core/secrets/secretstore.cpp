#include "secrets/secretstore.h"

#include "secrets/secretstoreimpl.h"

#include <QCoreApplication>

namespace fd::secrets {

fd::Result<std::unique_ptr<SecretStore>> SecretStore::open(fd::store::Store& store) {
    return open(store, Options{});
}

fd::Result<std::unique_ptr<SecretStore>> SecretStore::open(fd::store::Store& store,
                                                           const Options& options) {
    if (!QCoreApplication::instance()) {
        return fd::makeError(
            fd::ErrorKind::Internal,
            QCoreApplication::translate("fd::secrets", "The secret store could not be started."),
            QStringLiteral("no QCoreApplication"));
    }
    // What needs no I/O is decided here, so a bad variable fails at once; the setting and the
    // keychain probe are the secrets thread's (SecretStoreImpl::chooseBackend).
    SecretStoreImpl::Choice choice;
    if (options.forcedBackend) {
        choice = {options.forcedBackend, QStringLiteral("option")};
    } else if (!qEnvironmentVariableIsEmpty("FLEETDECK_SECRET_BACKEND")) {
        const QString name = qEnvironmentVariable("FLEETDECK_SECRET_BACKEND");
        choice = {parseBackend(name), QStringLiteral("FLEETDECK_SECRET_BACKEND")};
        if (!choice.backend) {
            return fd::makeError(fd::ErrorKind::InvalidInput,
                                 QCoreApplication::translate(
                                     "fd::secrets",
                                     "FLEETDECK_SECRET_BACKEND must be \"vault\" or \"keychain\", "
                                     "not \"%1\".")
                                     .arg(name));
        }
    }
    auto impl = std::make_unique<SecretStoreImpl>(store, std::move(choice), options);
    if (!options.chooseInBackground) {
        if (const fd::Status st = impl->waitUntilReady(); !st)
            return st.error();
    }
    return std::unique_ptr<SecretStore>(std::move(impl));
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
