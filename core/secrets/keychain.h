#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace fd::secrets {

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). QtKeychain jobs are asynchronous and need an event loop on the
// calling thread; the *Sync variants spin a local one with a timeout, for the CLI and tests.
// Never falls back to QtKeychain's plaintext "insecure fallback".
class Keychain final {
public:
    Keychain(QString service, int timeoutMs);

    // Whether a keychain service answers here: a read of an entry that does not exist must come
    // back "not found". No D-Bus session bus on Linux means no keychain, without waiting.
    fd::Status probe() const;

    void write(const QString& key, const QByteArray& secret, QObject* context,
               std::function<void(fd::Status)> done) const;
    // NotFound when the keychain answers but has no such entry.
    void read(const QString& key, QObject* context,
              std::function<void(fd::Result<QByteArray>)> done) const;
    void remove(const QString& key, QObject* context, std::function<void(fd::Status)> done) const;

    fd::Status writeSync(const QString& key, const QByteArray& secret) const;
    fd::Result<QByteArray> readSync(const QString& key) const;
    fd::Status removeSync(const QString& key) const;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace fd::secrets
