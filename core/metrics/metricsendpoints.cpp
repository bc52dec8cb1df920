#include "metrics/metricsendpoints.h"

#include "net/endpoint.h"

#include "common/handoff.h"
#include "metrics/metricslog.h"
#include "secrets/secretref.h"
#include "secrets/secretstore.h"
#include "store/currentread.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

#include <algorithm>
#include <memory>

namespace fd::metrics {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::metrics::MetricsEndpoints)
};

using fd::store::Statement;

QString secretPurpose(AuthKind kind) {
    return kind == AuthKind::Bearer ? QStringLiteral("token") : QStringLiteral("password");
}

fd::secrets::SecretRef secretRefFor(const QString& name, AuthKind kind) {
    return {QStringLiteral("prometheus"), name.toLower(), secretPurpose(kind)};
}

// A reference no saved endpoint uses yet. The plain one follows the name and the kind, but a
// renamed endpoint keeps its secret under its old name, and a replaced secret must stay until
// the rows stop using it: then the new secret goes under a reference of its own.
fd::secrets::SecretRef unusedSecretRef(const QString& name, AuthKind kind,
                                       const QList<MetricsEndpoint>& endpoints) {
    fd::secrets::SecretRef ref = secretRefFor(name, kind);
    const bool used = std::any_of(endpoints.begin(), endpoints.end(), [&](const auto& e) {
        return e.endpoint && e.endpoint->credentialRefs.values().contains(ref.id());
    });
    if (used)
        ref.ownerId += u'/' + QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    return ref;
}

QString noLongerSaved(const QString& name) {
    return Text::tr("The Prometheus endpoint “%1” is no longer saved; add it again.").arg(name);
}

QString text(const QString& v) {
    return v.isNull() ? QStringLiteral("") : v;
}

// The Authorization header for a secret the user typed and nothing has saved yet (the add
// dialog's test): fixed for the client's life.
AuthProvider typedSecretAuth(const MetricsEndpoint& e, const QByteArray& secret) {
    RequestAuth a;
    a.headers.append({"Authorization", e.auth == AuthKind::Basic
                                           ? basicAuthorization(e.username, secret)
                                           : bearerAuthorization(secret)});
    return staticAuth(std::move(a));
}

} // namespace

QString authKindName(AuthKind kind) {
    switch (kind) {
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::Bearer:
        return QStringLiteral("bearer");
    case AuthKind::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<AuthKind> parseAuthKind(const QString& name) {
    if (name == QLatin1String("none"))
        return AuthKind::None;
    if (name == QLatin1String("basic"))
        return AuthKind::Basic;
    if (name == QLatin1String("bearer"))
        return AuthKind::Bearer;
    return std::nullopt;
}

void MetricsEndpoint::setAlertmanagerUrl(const QString& url) {
    fd::store::StoredEndpoint am;
    am.endpoint.url = url.trimmed();
    if (endpoint) {
        am.endpoint.tls.caPem = endpoint->endpoint.tls.caPem;
        am.endpoint.tls.insecure = endpoint->endpoint.tls.insecure;
    }
    alertmanager = am;
}

fd::Result<QList<MetricsEndpoint>> loadMetricsEndpoints(sqlite3* db) {
    auto endpoints = fd::store::loadEndpoints(db);
    if (!endpoints)
        return endpoints.error();
    auto stmt = Statement::prepare(db, "SELECT id, name, cluster_id, endpoint_id, auth_kind, "
                                       "username, service, alertmanager_endpoint_id "
                                       "FROM prometheus_endpoints ORDER BY name COLLATE NOCASE");
    if (!stmt)
        return stmt.error();
    QList<MetricsEndpoint> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        MetricsEndpoint e;
        e.id = stmt->columnInt(0);
        e.name = stmt->columnText(1);
        if (!stmt->isNull(2))
            e.clusterId = stmt->columnInt(2);
        if (!stmt->isNull(3)) {
            const auto it = endpoints->constFind(stmt->columnInt(3));
            if (it != endpoints->cend())
                e.endpoint = it.value();
        }
        e.auth = parseAuthKind(stmt->columnText(4)).value_or(AuthKind::None);
        e.username = stmt->columnText(5);
        if (const QString svc = stmt->columnText(6); !svc.isEmpty())
            e.service = ServiceRef::parse(svc);
        if (!stmt->isNull(7)) {
            const auto it = endpoints->constFind(stmt->columnInt(7));
            if (it != endpoints->cend())
                e.alertmanager = it.value();
        }
        out.append(std::move(e));
    }
    return out;
}

namespace {

// ?1 … ?8 of the INSERT and the UPDATE of a prometheus_endpoints row (?7 the time of the write),
// once the endpoint rows have their ids.
void bindRow(Statement& stmt, const MetricsEndpoint& e) {
    stmt.bind(1, text(e.name));
    if (e.clusterId)
        stmt.bind(2, *e.clusterId);
    else
        stmt.bindNull(2);
    if (e.endpoint)
        stmt.bind(3, e.endpoint->id);
    else
        stmt.bindNull(3);
    stmt.bind(4, authKindName(e.auth))
        .bind(5, text(e.username))
        .bind(6, e.service ? e.service->toString() : QStringLiteral(""))
        .bind(7, QDateTime::currentDateTimeUtc());
    if (e.alertmanager)
        stmt.bind(8, e.alertmanager->id);
    else
        stmt.bindNull(8);
}

} // namespace

fd::Status insertMetricsEndpoint(sqlite3* db, MetricsEndpoint& e) {
    if (e.endpoint) {
        auto id = fd::store::insertEndpoint(db, e.endpoint->endpoint, e.endpoint->credentialRefs);
        if (!id)
            return id.error();
        e.endpoint->id = *id;
    }
    if (e.alertmanager) {
        // Credentials are the Prometheus endpoint's: the row references none.
        e.alertmanager->credentialRefs.clear();
        auto id = fd::store::insertEndpoint(db, e.alertmanager->endpoint, {});
        if (!id)
            return id.error();
        e.alertmanager->id = *id;
    }
    auto stmt = Statement::prepare(
        db, "INSERT INTO prometheus_endpoints (name, cluster_id, endpoint_id, auth_kind, "
            "username, service, alertmanager_endpoint_id, created_at, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8, ?7, ?7)");
    if (!stmt)
        return stmt.error();
    bindRow(*stmt, e);
    if (auto st = stmt->run(); !st)
        return st;
    auto id = fd::store::queryInt(db, "SELECT last_insert_rowid()");
    if (!id)
        return id.error();
    e.id = *id;
    return {};
}

fd::Status updateMetricsEndpoint(sqlite3* db, MetricsEndpoint& e) {
    // The row as stored now, not as this process last read it: another process (the CLI) may
    // have changed or removed it since.
    auto all = loadMetricsEndpoints(db);
    if (!all)
        return all.error();
    const auto found = std::find_if(all->cbegin(), all->cend(),
                                    [&e](const MetricsEndpoint& x) { return x.id == e.id; });
    if (found == all->cend())
        return fd::makeError(fd::ErrorKind::NotFound, noLongerSaved(e.name));
    const MetricsEndpoint old = *found;
    // Endpoint rows first (updated in place, or inserted), so the row can point at them; rows
    // no longer used are deleted after the row stops pointing at them.
    const auto upsert = [db](fd::store::StoredEndpoint& row,
                             const std::optional<fd::store::StoredEndpoint>& before) -> fd::Status {
        if (before) {
            row.id = before->id;
            return fd::store::updateEndpoint(db, row);
        }
        auto id = fd::store::insertEndpoint(db, row.endpoint, row.credentialRefs);
        if (!id)
            return id.error();
        row.id = *id;
        return {};
    };
    if (e.endpoint)
        if (auto st = upsert(*e.endpoint, old.endpoint); !st)
            return st;
    if (e.alertmanager) {
        e.alertmanager->credentialRefs.clear(); // the Prometheus endpoint's credentials
        if (auto st = upsert(*e.alertmanager, old.alertmanager); !st)
            return st;
    }
    auto stmt = Statement::prepare(
        db, "UPDATE prometheus_endpoints SET name = ?1, cluster_id = ?2, endpoint_id = ?3, "
            "auth_kind = ?4, username = ?5, service = ?6, updated_at = ?7, "
            "alertmanager_endpoint_id = ?8 WHERE id = ?9");
    if (!stmt)
        return stmt.error();
    bindRow(*stmt, e);
    stmt->bind(9, e.id);
    if (auto st = stmt->run(); !st)
        return st;
    if (old.alertmanager && !e.alertmanager)
        if (auto st = fd::store::deleteEndpoint(db, old.alertmanager->id); !st)
            return st;
    if (old.endpoint && !e.endpoint)
        return fd::store::deleteEndpoint(db, old.endpoint->id);
    return {};
}

fd::Status deleteMetricsEndpoint(sqlite3* db, const MetricsEndpoint& e) {
    auto stmt = Statement::prepare(db, "DELETE FROM prometheus_endpoints WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, e.id);
    if (auto st = stmt->run(); !st)
        return st;
    if (e.alertmanager)
        if (auto st = fd::store::deleteEndpoint(db, e.alertmanager->id); !st)
            return st;
    if (e.endpoint)
        return fd::store::deleteEndpoint(db, e.endpoint->id);
    return {};
}

MetricsEndpoints::MetricsEndpoints(fd::store::Store& store, fd::secrets::SecretStore& secrets,
                                   fd::net::HttpClient& http,
                                   fd::registry::ClusterConnections* connections, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_http(http)
    , m_connections(connections) {}

MetricsEndpoints::~MetricsEndpoints() = default;

void MetricsEndpoints::load(QObject* context, std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    fd::store::readCurrent<QList<MetricsEndpoint>>(
        m_store, [](sqlite3* db) { return loadMetricsEndpoints(db); }, this, &m_changes,
        [this, deliver](fd::Result<QList<MetricsEndpoint>> loaded) {
            m_loaded = true;
            if (!loaded) {
                deliver(loaded.error());
                return;
            }
            m_endpoints = std::move(*loaded);
            Q_EMIT changed();
            deliver(fd::Status{});
        });
}

std::optional<MetricsEndpoint> MetricsEndpoints::byName(const QString& name) const {
    for (const MetricsEndpoint& e : m_endpoints)
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

std::optional<fd::Error> MetricsEndpoints::invalid(const MetricsEndpoint& endpoint,
                                                   qint64 self) const {
    const std::optional<MetricsEndpoint> same = byName(endpoint.name);
    if (endpoint.name.trimmed().isEmpty() || (same && same->id != self))
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             endpoint.name.trimmed().isEmpty()
                                 ? Text::tr("A Prometheus endpoint needs a name.")
                                 : Text::tr("A Prometheus endpoint named “%1” already exists; "
                                            "choose another name or remove it first.")
                                       .arg(endpoint.name));
    // The same rule the CLI and the dialog check first: a password in a URL would be stored and
    // printed in clear.
    for (const auto* url : {endpoint.endpoint ? &endpoint.endpoint->endpoint.url : nullptr,
                            endpoint.alertmanager ? &endpoint.alertmanager->endpoint.url : nullptr})
        if (url && !fd::net::isServiceUrl(*url))
            return fd::makeError(fd::ErrorKind::InvalidInput,
                                 Text::tr("“%1” is not a usable URL: give it as http:// or "
                                          "https://host[:port][/path], without a user name or "
                                          "password (the password goes to the vault).")
                                     .arg(QUrl(*url).toDisplayString(QUrl::RemoveUserInfo)));
    return std::nullopt;
}

void MetricsEndpoints::replaceInMemory(const MetricsEndpoint& saved) {
    ++m_changes;
    m_endpoints.removeIf([&](const MetricsEndpoint& x) { return x.id == saved.id; });
    m_endpoints.append(saved);
    std::sort(m_endpoints.begin(), m_endpoints.end(),
              [](const MetricsEndpoint& a, const MetricsEndpoint& b) {
                  return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
              });
    Q_EMIT changed();
}

void MetricsEndpoints::add(MetricsEndpoint endpoint, QByteArray secret, QObject* context,
                           std::function<void(fd::Result<MetricsEndpoint>)> done) {
    auto deliver = fd::handoff<fd::Result<MetricsEndpoint>>(context, std::move(done));
    if (auto error = invalid(endpoint, 0)) {
        deliver(*error);
        return;
    }
    const bool needsSecret = endpoint.endpoint && endpoint.auth != AuthKind::None;
    if (needsSecret && secret.isEmpty()) {
        deliver(fd::makeError(fd::ErrorKind::InvalidInput,
                              endpoint.auth == AuthKind::Basic
                                  ? Text::tr("Basic authentication needs a password.")
                                  : Text::tr("Bearer authentication needs a token.")));
        return;
    }
    QPointer<MetricsEndpoints> self(this);
    // Store-first: the rows, then memory and the signal. The secret goes first so a row never
    // points at a secret that is not there; it is removed again if the rows fail.
    auto writeRows = [self, deliver](MetricsEndpoint e, std::optional<fd::secrets::SecretRef> ref) {
        if (!self)
            return;
        // Written on the writer thread, read here only after it finished.
        auto stored = std::make_shared<MetricsEndpoint>(std::move(e));
        self->m_store.write([stored](sqlite3* db) { return insertMetricsEndpoint(db, *stored); },
                            self,
                            [self, deliver, stored, ref](fd::Status st) {
                                if (!self)
                                    return;
                                if (!st) {
                                    if (ref)
                                        self->m_secrets.removeAsync(*ref, self, [](fd::Status) {});
                                    deliver(st.error());
                                    return;
                                }
                                const MetricsEndpoint saved = *stored;
                                self->replaceInMemory(saved);
                                deliver(saved);
                            });
    };
    if (!needsSecret) {
        if (endpoint.endpoint)
            endpoint.endpoint->credentialRefs.clear();
        writeRows(std::move(endpoint), std::nullopt);
        return;
    }
    const fd::secrets::SecretRef ref = unusedSecretRef(endpoint.name, endpoint.auth, m_endpoints);
    endpoint.endpoint->credentialRefs = {{secretPurpose(endpoint.auth), ref.id()}};
    m_secrets.storeAsync(ref, secret, this,
                         [deliver, writeRows, endpoint, ref](fd::Status st) mutable {
                             if (!st) {
                                 deliver(st.error());
                                 return;
                             }
                             writeRows(std::move(endpoint), ref);
                         });
}

void MetricsEndpoints::update(MetricsEndpoint endpoint, QByteArray secret, QObject* context,
                              std::function<void(fd::Result<MetricsEndpoint>)> done) {
    auto deliver = fd::handoff<fd::Result<MetricsEndpoint>>(context, std::move(done));
    std::optional<MetricsEndpoint> found;
    for (const MetricsEndpoint& e : m_endpoints)
        if (e.id == endpoint.id)
            found = e;
    if (!found) {
        deliver(fd::makeError(fd::ErrorKind::NotFound, noLongerSaved(endpoint.name)));
        return;
    }
    if (auto error = invalid(endpoint, endpoint.id)) {
        deliver(*error);
        return;
    }
    const MetricsEndpoint old = *found;
    const QMap<QString, QString> oldRefs =
        old.endpoint ? old.endpoint->credentialRefs : QMap<QString, QString>();
    const bool needsSecret = endpoint.endpoint && endpoint.auth != AuthKind::None;
    std::optional<fd::secrets::SecretRef> newRef;
    if (endpoint.endpoint)
        endpoint.endpoint->credentialRefs.clear();
    if (needsSecret && secret.isEmpty()) {
        // Keep the stored secret: only when it is one of the same kind.
        const QString kept = oldRefs.value(secretPurpose(endpoint.auth));
        if (old.auth != endpoint.auth || !old.endpoint || old.viaApiServer() || kept.isEmpty()) {
            deliver(fd::makeError(fd::ErrorKind::InvalidInput,
                                  endpoint.auth == AuthKind::Basic
                                      ? Text::tr("Basic authentication needs a password.")
                                      : Text::tr("Bearer authentication needs a token.")));
            return;
        }
        endpoint.endpoint->credentialRefs = {{secretPurpose(endpoint.auth), kept}};
    } else if (needsSecret) {
        // Never over the secret the stored rows still use: when the row write fails, that one
        // must still be there. The old one is removed once the rows point at the new one.
        newRef = unusedSecretRef(endpoint.name, endpoint.auth, m_endpoints);
        endpoint.endpoint->credentialRefs = {{secretPurpose(endpoint.auth), newRef->id()}};
    }
    QPointer<MetricsEndpoints> self(this);
    auto writeRows = [self, deliver, old, oldRefs, newRef](MetricsEndpoint e) {
        if (!self)
            return;
        auto stored = std::make_shared<MetricsEndpoint>(std::move(e));
        self->m_store.write(
            [stored](sqlite3* db) { return updateMetricsEndpoint(db, *stored); }, self,
            [self, deliver, stored, oldRefs, newRef](fd::Status st) {
                if (!self)
                    return;
                if (!st) {
                    // A new secret under a new reference is not used by anything: remove it. One
                    // under the old reference has already replaced the old secret.
                    if (newRef && !oldRefs.values().contains(newRef->id()))
                        self->m_secrets.removeAsync(*newRef, self, [](fd::Status) {});
                    deliver(st.error());
                    return;
                }
                const MetricsEndpoint saved = *stored;
                self->replaceInMemory(saved);
                // Secrets no longer referenced (another authentication kind, none, a new name).
                const QList<QString> now =
                    saved.endpoint ? saved.endpoint->credentialRefs.values() : QList<QString>();
                QList<fd::secrets::SecretRef> stale;
                for (const QString& id : oldRefs)
                    if (!now.contains(id))
                        if (auto parsed = fd::secrets::SecretRef::parse(id))
                            stale << *parsed;
                if (stale.isEmpty()) {
                    deliver(saved);
                    return;
                }
                self->m_secrets.removeMany(
                    stale, self, [deliver, saved](QList<fd::secrets::SecretFailure> f) {
                        if (!f.isEmpty())
                            qCWarning(lcMetrics) << "a replaced Prometheus secret could not be "
                                                    "removed from the vault";
                        deliver(saved);
                    });
            });
    };
    if (!newRef) {
        writeRows(std::move(endpoint));
        return;
    }
    m_secrets.storeAsync(*newRef, secret, this,
                         [deliver, writeRows, endpoint](fd::Status st) mutable {
                             if (!st) {
                                 deliver(st.error());
                                 return;
                             }
                             writeRows(std::move(endpoint));
                         });
}

void MetricsEndpoints::remove(const QString& name, QObject* context,
                              std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    const std::optional<MetricsEndpoint> found = byName(name);
    if (!found) {
        deliver(fd::makeError(fd::ErrorKind::NotFound,
                              Text::tr("There is no Prometheus endpoint named “%1”; "
                                       "`metrics list` shows the ones there are.")
                                  .arg(name)));
        return;
    }
    QPointer<MetricsEndpoints> self(this);
    const MetricsEndpoint e = *found;
    m_store.write(
        [e](sqlite3* db) { return deleteMetricsEndpoint(db, e); }, this,
        [self, deliver, e](fd::Status st) {
            if (!self)
                return;
            if (!st) {
                deliver(st);
                return;
            }
            ++self->m_changes;
            self->m_endpoints.removeIf([&](const MetricsEndpoint& x) { return x.id == e.id; });
            Q_EMIT self->changed();
            QList<fd::secrets::SecretRef> refs;
            if (e.endpoint)
                for (const QString& id : e.endpoint->credentialRefs)
                    if (auto parsed = fd::secrets::SecretRef::parse(id))
                        refs << *parsed;
            if (refs.isEmpty()) {
                deliver(fd::Status{});
                return;
            }
            self->m_secrets.removeMany(refs, self, [deliver](QList<fd::secrets::SecretFailure> f) {
                if (!f.isEmpty())
                    qCWarning(lcMetrics) << "a Prometheus secret could not "
                                            "be removed from the vault";
                deliver(fd::Status{});
            });
        });
}

fd::Result<PromClient*> MetricsEndpoints::client(const MetricsEndpoint& e, QObject* parent) {
    if (e.viaApiServer()) {
        if (!m_connections || !e.clusterId)
            return fd::makeError(fd::ErrorKind::InvalidInput,
                                 Text::tr("The Prometheus endpoint “%1” is reached through a "
                                          "cluster's API server, but its cluster is not "
                                          "registered; add it again.")
                                     .arg(e.name));
        auto* c = new PromClient(serviceProxyRoute(*m_connections, *e.clusterId, *e.service),
                                 e.service->toString(), parent);
        return c;
    }
    if (!e.endpoint)
        return fd::makeError(fd::ErrorKind::NotFound,
                             Text::tr("The connection settings of the Prometheus endpoint “%1” "
                                      "are missing; remove it and add it again.")
                                 .arg(e.name));
    auto auth = vaultAuth(e);
    if (!auth)
        return auth.error();
    return new PromClient(e.endpoint->endpoint, std::move(*auth), &m_http, parent);
}

fd::Result<AuthProvider> MetricsEndpoints::vaultAuth(const MetricsEndpoint& e) {
    AuthProvider auth = noAuth();
    if (e.endpoint && !e.viaApiServer() && e.auth != AuthKind::None) {
        const QString refId = e.endpoint->credentialRefs.value(secretPurpose(e.auth));
        auto parsed = fd::secrets::SecretRef::parse(refId);
        if (!parsed)
            return parsed.error();
        QPointer<MetricsEndpoints> self(this);
        const fd::secrets::SecretRef ref = *parsed;
        const AuthKind kind = e.auth;
        const QString user = e.username;
        // Read for each request (renewal included), so nothing decrypted outlives the call and
        // a locked vault is reported as such.
        auth = [self, ref, kind, user](bool, std::function<void(fd::Result<RequestAuth>)> ready) {
            if (!self) {
                ready(fd::makeError(fd::ErrorKind::Internal,
                                    Text::tr("The request was cancelled because the "
                                             "connection was closed.")));
                return;
            }
            self->m_secrets.loadAsync(ref, self, [ready, kind, user](fd::Result<QByteArray> s) {
                if (!s) {
                    ready(s.error());
                    return;
                }
                RequestAuth a;
                a.headers.append({"Authorization", kind == AuthKind::Basic
                                                       ? basicAuthorization(user, *s)
                                                       : bearerAuthorization(*s)});
                ready(std::move(a));
            });
        };
    }
    return auth;
}

fd::Result<AlertmanagerClient*> MetricsEndpoints::alertmanagerClient(const MetricsEndpoint& e,
                                                                     QObject* parent) {
    if (!e.alertmanager)
        return fd::makeError(fd::ErrorKind::NotFound,
                             Text::tr("The Prometheus endpoint “%1” has no Alertmanager; add the "
                                      "endpoint again with an Alertmanager URL.")
                                 .arg(e.name));
    auto auth = vaultAuth(e);
    if (!auth)
        return auth.error();
    auto* c = new AlertmanagerClient(e.alertmanager->endpoint, std::move(*auth), &m_http, parent);
    return c;
}

fd::Result<AlertmanagerClient*>
MetricsEndpoints::unsavedAlertmanagerClient(const MetricsEndpoint& e, const QByteArray& secret,
                                            QObject* parent) {
    if (!e.alertmanager || e.viaApiServer() || !e.endpoint || e.auth == AuthKind::None)
        return alertmanagerClient(e, parent);
    return new AlertmanagerClient(e.alertmanager->endpoint, typedSecretAuth(e, secret), &m_http,
                                  parent);
}

fd::Result<PromClient*> MetricsEndpoints::unsavedClient(const MetricsEndpoint& e,
                                                        const QByteArray& secret, QObject* parent) {
    if (e.viaApiServer() || !e.endpoint || e.auth == AuthKind::None)
        return client(e, parent);
    return new PromClient(e.endpoint->endpoint, typedSecretAuth(e, secret), &m_http, parent);
}

} // namespace fd::metrics
