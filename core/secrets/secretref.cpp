#include "secrets/secretref.h"

#include <QCoreApplication>

namespace fd::secrets {

QString backendName(Backend backend) {
    return backend == Backend::Keychain ? QStringLiteral("keychain") : QStringLiteral("vault");
}

std::optional<Backend> parseBackend(const QString& name) {
    if (name == QLatin1String("vault"))
        return Backend::Vault;
    if (name == QLatin1String("keychain"))
        return Backend::Keychain;
    return std::nullopt;
}

QString SecretRef::id() const {
    return ownerKind + QLatin1Char('/') + ownerId + QLatin1Char('/') + purpose;
}

bool SecretRef::isValid() const {
    return !ownerKind.isEmpty() && !ownerId.isEmpty() && !purpose.isEmpty() &&
           !ownerKind.contains(QLatin1Char('/')) && !purpose.contains(QLatin1Char('/'));
}

fd::Result<SecretRef> SecretRef::parse(const QString& id) {
    const qsizetype first = id.indexOf(QLatin1Char('/'));
    const qsizetype last = id.lastIndexOf(QLatin1Char('/'));
    SecretRef ref;
    if (first > 0 && last > first + 1) {
        ref.ownerKind = id.left(first);
        ref.ownerId = id.mid(first + 1, last - first - 1);
        ref.purpose = id.mid(last + 1);
    }
    if (!ref.isValid()) {
        return fd::makeError(
            fd::ErrorKind::InvalidInput,
            QCoreApplication::translate("fd::secrets", "\"%1\" is not a secret reference.")
                .arg(id));
    }
    return ref;
}

} // namespace fd::secrets
