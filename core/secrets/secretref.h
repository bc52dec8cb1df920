#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace fd::secrets {

// Which place holds a secret's bytes. Recorded per secret in secret_refs.backend.
enum class Backend { Vault, Keychain };
QString backendName(Backend backend);                     // "vault" / "keychain"
std::optional<Backend> parseBackend(const QString& name); // the inverse; nullopt for others

// Names one secret: who owns it and what it is for, e.g. {"cluster", "42", "token"}. The string
// form id() ("cluster/42/token") is what metadata rows store; it is an opaque reference, never a
// secret. ownerKind and purpose must not contain '/'; ownerId may.
struct SecretRef {
    QString ownerKind;
    QString ownerId;
    QString purpose;

    QString id() const;
    bool isValid() const;
    static fd::Result<SecretRef> parse(const QString& id);
    friend bool operator==(const SecretRef&, const SecretRef&) = default;
};

} // namespace fd::secrets
