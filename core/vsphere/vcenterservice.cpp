#include "vsphere/vcenterservice.h"

#include "common/handoff.h"
#include "net/failure.h"
#include "secrets/secretstore.h"
#include "store/currentread.h"
#include "store/store.h"
#include "vsphere/vspherelog.h"
#include "vsphere/vspheretext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <openssl/crypto.h>

namespace fd::vsphere {

namespace {

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty()) {
        bytes.detach();
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

fd::secrets::SecretRef passwordRef(const QString& ownerId) {
    return {QStringLiteral("vcenter"), ownerId, QStringLiteral("password")};
}

VsphereError lockedError() {
    return makeVsphereError(VsphereErrorCategory::VaultLocked,
                            Text::tr("The vCenter password is in the vault and the vault is "
                                     "locked; unlock it and try again."));
}

} // namespace

QString normalizeSha256(const QString& text) {
    QString hex;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            hex.append(c.toUpper());
    static const QRegularExpression re(QStringLiteral("^[0-9A-F]{64}$"));
    if (!re.match(hex).hasMatch())
        return {};
    QStringList pairs;
    for (int i = 0; i < 64; i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(u':');
}

fd::Status validateConnectionInput(const VcenterConnectionInput& in) {
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!name.match(in.name).hasMatch())
        return fd::makeError(
            fd::ErrorKind::InvalidInput,
            QCoreApplication::translate("fd::vsphere",
                                        "\"%1\" is not a usable connection name; use letters, "
                                        "digits, '.', '_' and '-' (at most 64).")
                .arg(in.name));
    const QUrl url(in.url.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             QCoreApplication::translate(
                                 "fd::vsphere", "\"%1\" is not a vCenter URL; give it as "
                                                "https://vcenter.example (optionally with /sdk).")
                                 .arg(in.url));
    if (in.userName.trimmed().isEmpty())
        return fd::makeError(
            fd::ErrorKind::InvalidInput,
            QCoreApplication::translate("fd::vsphere", "A vCenter user name is needed (for example "
                                                       "administrator@vsphere.local)."));
    if (!in.tls.pinnedSha256.isEmpty() && normalizeSha256(in.tls.pinnedSha256).isEmpty())
        return fd::makeError(
            fd::ErrorKind::InvalidInput,
            QCoreApplication::translate("fd::vsphere",
                                        "The certificate fingerprint to trust must be a SHA-256 "
                                        "(64 hexadecimal digits, with or without colons)."));
    return {};
}

VcenterTestReport reportFromError(const VsphereError& e) {
    VcenterTestReport r;
    r.ok = false;
    r.category = e.category == VsphereErrorCategory::Network
                     ? fd::net::toString(fd::net::categoryOf(e.netKind))
                     : categoryName(e.category);
    r.message = e.message;
    r.detail = e.detail;
    r.certSha256 = e.peerCertSha256;
    return r;
}

VcenterService::VcenterService(fd::store::Store& store, fd::secrets::SecretStore& secrets,
                               fd::net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_http(http) {
    // A locked vault: no decrypted password may outlive the lock, so every client goes.
    connect(&m_secrets, &fd::secrets::SecretStore::lockedChanged, this, [this](bool locked) {
        if (locked)
            dropClients();
    });
}

VcenterService::~VcenterService() {
    dropClients();
}

void VcenterService::reload(QObject* context, std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    fd::store::readCurrent<QList<Row>>(
        m_store, [](sqlite3* db) { return repository::loadVcenterConnections(db); }, this,
        &m_changes,
        [this, deliver](fd::Result<QList<Row>> rows) {
            m_loaded = true;
            if (!rows) {
                m_loadError = rows.error().message;
                qCWarning(lcVsphere) << "reading the vCenter connections failed:" << m_loadError;
                Q_EMIT connectionsChanged();
                deliver(rows.error());
                return;
            }
            m_loadError.clear();
            m_rows = std::move(*rows);
            Q_EMIT connectionsChanged();
            deliver(fd::Status());
        });
}

std::optional<VcenterService::Row> VcenterService::find(const QString& name) const {
    for (const Row& r : m_rows)
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

void VcenterService::add(VcenterConnectionInput input, QObject* context,
                         std::function<void(fd::Result<Row>)> done) {
    auto deliver = fd::handoff<fd::Result<Row>>(context, std::move(done));
    input.name = input.name.trimmed();
    input.url = input.url.trimmed();
    input.userName = input.userName.trimmed();
    if (auto st = validateConnectionInput(input); !st) {
        wipe(input.password);
        deliver(st.error());
        return;
    }
    if (!input.tls.pinnedSha256.isEmpty())
        input.tls.pinnedSha256 = normalizeSha256(input.tls.pinnedSha256);
    if (find(input.name)) {
        wipe(input.password);
        deliver(fd::Error(fd::ErrorKind::InvalidInput,
                          Text::tr("A vCenter connection named \"%1\" already exists; choose "
                                   "another name or remove the old one first.")
                              .arg(input.name)));
        return;
    }
    Row row;
    row.name = input.name;
    row.userName = input.userName;
    row.endpoint.endpoint.url = input.url;
    row.endpoint.endpoint.tls = input.tls;
    row.endpoint.endpoint.proxyUrl = input.proxyUrl;
    const auto ref = passwordRef(QUuid::createUuid().toString(QUuid::WithoutBraces));
    row.endpoint.credentialRefs.insert(QStringLiteral("password"), ref.id());

    QByteArray password = std::exchange(input.password, {});
    m_secrets.storeAsync(ref, password, this, [this, row, ref, deliver](fd::Status stored) mutable {
        if (!stored) {
            deliver(stored.error());
            return;
        }
        auto saved = std::make_shared<Row>(row);
        m_store.write(
            [saved](sqlite3* db) { return repository::insertVcenterConnection(db, *saved); }, this,
            [this, saved, ref, deliver](fd::Status st) {
                if (!st) {
                    // Nothing half-done: the password goes again.
                    m_secrets.removeAsync(ref, this, [](fd::Status) {});
                    deliver(st.error());
                    return;
                }
                ++m_changes;
                m_rows.append(*saved);
                std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
                    return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                });
                audit(QStringLiteral("add"), saved->name, QStringLiteral("success"),
                      saved->endpoint.endpoint.url);
                Q_EMIT connectionsChanged();
                deliver(*saved);
            });
    });
    wipe(password);
}

void VcenterService::remove(const QString& name, QObject* context,
                            std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    const auto row = find(name);
    if (!row) {
        deliver(fd::Error(fd::ErrorKind::NotFound,
                          Text::tr("There is no vCenter connection named \"%1\"; see the list "
                                   "of connections.")
                              .arg(name)));
        return;
    }
    const qint64 id = row->id;
    m_store.write([id](sqlite3* db) { return repository::deleteVcenterConnection(db, id); }, this,
                  [this, row = *row, deliver](fd::Status st) {
                      if (!st) {
                          deliver(st);
                          return;
                      }
                      dropClient(row.id);
                      ++m_changes;
                      m_rows.removeIf([&row](const Row& r) { return r.id == row.id; });
                      audit(QStringLiteral("remove"), row.name, QStringLiteral("success"));
                      Q_EMIT connectionsChanged();
                      auto ref = fd::secrets::SecretRef::parse(row.passwordRef());
                      if (!ref) {
                          deliver(fd::Status());
                          return;
                      }
                      // The row is gone; a password the vault could not remove is reported.
                      m_secrets.removeAsync(*ref, this,
                                            [deliver](fd::Status removed) { deliver(removed); });
                  });
}

void VcenterService::trustCertificate(const QString& name, const QString& sha256, QObject* context,
                                      std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    auto row = find(name);
    const QString pin = normalizeSha256(sha256);
    if (!row || pin.isEmpty()) {
        deliver(fd::Error(fd::ErrorKind::InvalidInput,
                          Text::tr("The certificate could not be trusted: the connection or the "
                                   "fingerprint is unknown.")));
        return;
    }
    auto saved = std::make_shared<Row>(*row);
    saved->endpoint.endpoint.tls.pinnedSha256 = pin;
    m_store.write(
        [saved](sqlite3* db) { return repository::updateVcenterConnection(db, *saved); }, this,
        [this, saved, deliver](fd::Status st) {
            if (!st) {
                deliver(st);
                return;
            }
            ++m_changes;
            for (Row& r : m_rows)
                if (r.id == saved->id)
                    r = *saved;
            dropClient(saved->id);
            audit(QStringLiteral("trust-certificate"), saved->name, QStringLiteral("success"),
                  QStringLiteral("SHA-256 %1").arg(saved->endpoint.endpoint.tls.pinnedSha256));
            Q_EMIT connectionsChanged();
            deliver(fd::Status());
        });
}

void VcenterService::runTest(Connection connection, QObject* context,
                             std::function<void(VcenterTestReport)> done) {
    auto deliver = fd::handoff<VcenterTestReport>(context, std::move(done));
    auto* client = new VsphereClient(std::move(connection), this, &m_http);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    client->login(this, [client, timer, deliver](VsphereResult<UserSession> r) {
        VcenterTestReport report;
        if (!r) {
            report = reportFromError(r.error());
        } else {
            report.ok = true;
            report.category = QStringLiteral("ok");
            report.product = client->serviceContent().fullName;
            report.apiVersion = client->serviceContent().apiVersion;
            report.apiType = client->serviceContent().apiType;
            report.message =
                Text::tr("Signed in to %1 (API %2).")
                    .arg(report.product.isEmpty() ? client->sdkUrl().host() : report.product,
                         report.apiVersion);
        }
        report.elapsedMs = timer->elapsed();
        // Leave no session behind on the server.
        client->logout(client, [client](VsphereResult<bool>) { client->deleteLater(); });
        deliver(std::move(report));
    });
}

void VcenterService::test(const QString& name, QObject* context,
                          std::function<void(VcenterTestReport)> done) {
    auto deliver = fd::handoff<VcenterTestReport>(context, std::move(done));
    const auto row = find(name);
    if (!row) {
        VcenterTestReport r;
        r.category = QStringLiteral("not-found");
        r.message = Text::tr("There is no vCenter connection named \"%1\"; see the list of "
                             "connections.")
                        .arg(name);
        deliver(r);
        return;
    }
    auto ref = fd::secrets::SecretRef::parse(row->passwordRef());
    if (!ref) {
        deliver(reportFromError(lockedError()));
        return;
    }
    m_secrets.loadAsync(*ref, this,
                        [this, row = *row, deliver](fd::Result<QByteArray> password) mutable {
                            if (!password) {
                                VcenterTestReport r;
                                if (password.error().kind == fd::ErrorKind::Locked) {
                                    r = reportFromError(lockedError());
                                } else {
                                    r.category = QStringLiteral("credential-unavailable");
                                    r.message = password.error().message;
                                }
                                deliver(r);
                                return;
                            }
                            Connection c{row.endpoint.endpoint, row.userName, std::move(*password)};
                            c.timeoutMs = 20000;
                            runTest(std::move(c), this, deliver);
                        });
}

void VcenterService::testInput(const VcenterConnectionInput& input, QObject* context,
                               std::function<void(VcenterTestReport)> done) {
    if (auto st = validateConnectionInput(input); !st) {
        VcenterTestReport r;
        r.category = QStringLiteral("invalid-input");
        r.message = st.error().message;
        fd::handoff<VcenterTestReport>(context, std::move(done))(r);
        return;
    }
    fd::net::Endpoint e;
    e.url = input.url.trimmed();
    e.tls = input.tls;
    if (!e.tls.pinnedSha256.isEmpty())
        e.tls.pinnedSha256 = normalizeSha256(e.tls.pinnedSha256);
    e.proxyUrl = input.proxyUrl;
    Connection c{e, input.userName.trimmed(), input.password};
    c.timeoutMs = 20000;
    runTest(std::move(c), context, std::move(done));
}

void VcenterService::client(const QString& name, QObject* context,
                            std::function<void(VsphereResult<VsphereClient*>)> done) {
    auto deliver = fd::handoff<VsphereResult<VsphereClient*>>(context, std::move(done));
    const auto row = find(name);
    if (!row) {
        deliver(makeVsphereError(VsphereErrorCategory::NotFound,
                                 Text::tr("There is no vCenter connection named \"%1\"; see the "
                                          "list of connections.")
                                     .arg(name)));
        return;
    }
    if (VsphereClient* c = m_clients.value(row->id)) {
        deliver(c);
        return;
    }
    auto& waiters = m_pending[row->id];
    waiters.append(deliver);
    if (waiters.size() > 1)
        return; // the password is being read already
    auto ref = fd::secrets::SecretRef::parse(row->passwordRef());
    const auto finish = [this, id = row->id](VsphereResult<VsphereClient*> r) {
        const auto list = m_pending.take(id);
        for (const auto& w : list)
            w(r);
    };
    if (!ref) {
        finish(lockedError());
        return;
    }
    m_secrets.loadAsync(
        *ref, this, [this, row = *row, finish](fd::Result<QByteArray> password) mutable {
            if (!password) {
                if (password.error().kind == fd::ErrorKind::Locked) {
                    finish(lockedError());
                    return;
                }
                VsphereError e =
                    makeVsphereError(VsphereErrorCategory::InvalidLogin, password.error().message);
                finish(e);
                return;
            }
            if (!find(row.name)) { // removed meanwhile
                wipe(*password);
                finish(makeVsphereError(VsphereErrorCategory::NotFound,
                                        Text::tr("The vCenter connection was "
                                                 "removed.")));
                return;
            }
            auto* c = new VsphereClient(
                Connection{row.endpoint.endpoint, row.userName, std::move(*password)}, this,
                &m_http);
            m_clients.insert(row.id, c);
            finish(c);
        });
}

void VcenterService::audit(const QString& action, const QString& target, const QString& result,
                           const QString& detail) {
    fd::store::AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.action = QStringLiteral("vcenter.") + action;
    entry.target = target;
    entry.result = result;
    entry.detail = detail;
    m_store.appendAudit(std::move(entry));
}

void VcenterService::dropClient(qint64 id) {
    if (VsphereClient* c = m_clients.take(id)) {
        qCDebug(lcVsphere) << "dropping the client of connection" << id;
        c->deleteLater();
    }
}

void VcenterService::dropClients() {
    const bool any = !m_clients.isEmpty();
    const auto ids = m_clients.keys();
    for (qint64 id : ids)
        dropClient(id);
    if (any)
        Q_EMIT clientsReset();
}

} // namespace fd::vsphere
