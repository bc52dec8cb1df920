#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace fd::secrets {

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). Asynchronous only: QtKeychain jobs need an event loop on the
// calling thread, and SecretStore calls these on its own thread (secretsThread()), never on a
// caller's. `done` runs later on the context's thread (which must be the calling thread), at
// the latest after the timeout; a reply that comes after the timeout is dropped. Never falls
// back to QtKeychain's plaintext "insecure fallback".
class Keychain final {
public:
    Keychain(QString service, int timeoutMs);

    // Whether a keychain service answers here: a read of an entry that does not exist must come
    // back "not found". No D-Bus session bus on Linux means no keychain, without waiting.
    void probe(QObject* context, std::function<void(fd::Status)> done) const;

    void write(const QString& key, const QByteArray& secret, QObject* context,
               std::function<void(fd::Status)> done) const;
    // NotFound when the keychain answers but has no such entry.
    void read(const QString& key, QObject* context,
              std::function<void(fd::Result<QByteArray>)> done) const;
    // Removing an entry that is not there succeeds.
    void remove(const QString& key, QObject* context, std::function<void(fd::Status)> done) const;

    // True for the error of a keychain that did not answer in time or is not there at all:
    // further calls in the same batch would only wait for the same answer.
    static bool isUnreachable(const fd::Error& error);
    // True for the error of a keychain that did not answer within the timeout.
    static bool isTimeout(const fd::Error& error);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace fd::secrets
