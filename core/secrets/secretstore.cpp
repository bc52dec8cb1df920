#include "secrets/secretstore.h"

#include "secrets/secretstoreimpl.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

#include <memory>

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

void SecretStore::loadMany(const QList<SecretRef>& refs, QObject* context,
                           std::function<void(fd::Result<QList<QByteArray>>)> done) {
    struct State {
        QList<SecretRef> refs;
        QList<QByteArray> values;
        std::function<void(fd::Result<QList<QByteArray>>)> done;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->refs = refs;
    state->done = std::move(done);
    std::weak_ptr<State> weak = state;
    state->next = [this, weak, context] {
        auto s = weak.lock();
        if (!s)
            return;
        if (s->values.size() == s->refs.size()) {
            auto finish = std::move(s->done);
            finish(std::move(s->values));
            s->next = nullptr;
            return;
        }
        loadAsync(s->refs.at(s->values.size()), context, [s](fd::Result<QByteArray> v) {
            if (!v) {
                auto finish = std::move(s->done);
                s->next = nullptr;
                finish(v.error());
                return;
            }
            s->values.append(std::move(*v));
            if (s->next)
                s->next();
        });
    };
    state->next();
}

void SecretStore::storeMany(const QList<QPair<SecretRef, QByteArray>>& entries, QObject* context,
                            std::function<void(fd::Status)> done) {
    if (entries.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    auto rest = entries.mid(1);
    storeAsync(entries.first().first, entries.first().second, context,
               [this, rest, context, done](fd::Status st) {
                   if (!st)
                       return done(st);
                   storeMany(rest, context, done);
               });
}

void SecretStore::removeMany(const QList<SecretRef>& refs, QObject* context,
                             std::function<void(QStringList failures)> done) {
    auto failures = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(int(refs.size()));
    if (refs.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    for (const SecretRef& ref : refs)
        removeAsync(ref, context, [ref, failures, pending, done](fd::Status st) {
            if (!st)
                *failures << ref.id() + QStringLiteral(": ") + st.error().message;
            if (--*pending == 0)
                done(*failures);
        });
}

} // namespace fd::secrets
