#include "registry/clustercatalogimpl.h"

#include "common/handoff.h"
#include "kube/redact.h"
#include "registry/clusteridentity.h"
#include "registry/clusterrepository.h"
#include "registry/credentialvault.h"
#include "registry/registrytext.h"
#include "store/currentread.h"
#include "store/store.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace fd::registry {

Q_LOGGING_CATEGORY(lcCatalog, "fd.registry")

namespace {

// Any secret still inside a candidate's connection joins its credentials, so nothing secret
// can reach the store whoever built the candidate.
void separateSecrets(ClusterRecord& record, ClusterCredentials& credentials) {
    if (record.connection.auth == AuthKind::Exec && !record.connection.exec.args.isEmpty())
        record.execArgsShown = fd::kube::redactArgs(record.connection.exec.args);
    ClusterCredentials inside = takeSecrets(record.connection);
    const auto keep = [](QByteArray& target, QByteArray& source) {
        if (target.isEmpty())
            target = std::move(source);
    };
    keep(credentials.token, inside.token);
    keep(credentials.clientCertPem, inside.clientCertPem);
    keep(credentials.clientKeyPem, inside.clientKeyPem);
    keep(credentials.password, inside.password);
    keep(credentials.oidcIdToken, inside.oidcIdToken);
    keep(credentials.oidcRefreshToken, inside.oidcRefreshToken);
    keep(credentials.oidcClientSecret, inside.oidcClientSecret);
    keep(credentials.execConfigJson, inside.execConfigJson);
    record.connection.cacheKey.clear();
}

QString nameClashMessage(const QString& name, const QString& suggestion) {
    return Text::tr(
               "A cluster named \"%1\" is already registered; use another name such as \"%2\".")
        .arg(name, suggestion);
}

} // namespace

HealthSnapshot snapshotFrom(const ConnectionReport& report, const HealthSnapshot& previous) {
    HealthSnapshot h;
    if (report.ok) {
        h.status = report.clusterStatus();
        h.version = report.version;
        h.nodesReady = report.nodesReady;
        h.nodesTotal = report.nodesTotal;
        h.gpus = report.gpus;
        h.mig = report.mig;
        h.latencyMs = report.latencyMs;
    } else {
        // Keep what was last known (version, nodes, GPUs) so the list still says what the
        // cluster is; the status and the error say it is not reachable now.
        h = previous;
        h.status = ClusterStatus::Unreachable;
        h.latencyMs = report.latencyMs;
        h.lastError = report.sentence();
    }
    h.lastCheck = report.checkedAt.isValid() ? report.checkedAt : QDateTime::currentDateTimeUtc();
    return h;
}

ClusterCatalogImpl::ClusterCatalogImpl(fd::store::Store& store, CredentialVault& vault,
                                       QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault) {
    connect(this, &ClusterCatalogImpl::clustersChanged, this, [this] { ++m_changes; });
    connect(this, &ClusterCatalogImpl::dataCentersChanged, this, [this] { ++m_changes; });
}

ClusterCatalogImpl::~ClusterCatalogImpl() = default;

fd::Result<ClusterCatalogImpl::Stored> ClusterCatalogImpl::readStored(sqlite3* db) {
    Stored out;
    auto r = repository::loadClusters(db);
    if (!r)
        return r.error();
    out.records = std::move(*r);
    auto d = repository::loadDataCenters(db);
    if (!d)
        return d.error();
    out.dataCenters = std::move(*d);
    return out;
}

fd::Status ClusterCatalogImpl::load() {
    std::optional<Stored> stored;
    const fd::Status st = m_store.read([&](sqlite3* db) -> fd::Status {
        auto r = readStored(db);
        if (!r)
            return r.error();
        stored = std::move(*r);
        return {};
    });
    if (!st)
        return st;
    applyStored(std::move(*stored));
    return {};
}

void ClusterCatalogImpl::load(QObject* context, std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    fd::store::readCurrent<Stored>(m_store, &ClusterCatalogImpl::readStored, this, &m_changes,
                                   [this, deliver](fd::Result<Stored> stored) {
                                       if (!stored) {
                                           deliver(stored.error());
                                           return;
                                       }
                                       applyStored(std::move(*stored));
                                       deliver(fd::Status{});
                                   });
}

void ClusterCatalogImpl::applyStored(Stored stored) {
    m_records.clear();
    for (auto& r : stored.records)
        m_records.insert(r.id, std::move(r));
    m_dataCenters = defaultDataCenters();
    for (const auto& dc : stored.dataCenters) {
        auto it = std::find_if(m_dataCenters.begin(), m_dataCenters.end(),
                               [&](const DataCenter& d) { return d.id == dc.id; });
        if (it == m_dataCenters.end())
            m_dataCenters.append(dc);
        else
            it->label = dc.label;
    }
    Q_EMIT clustersChanged();
    Q_EMIT dataCentersChanged();
}

std::optional<ClusterRecord> ClusterCatalogImpl::find(ClusterId id) const {
    const auto it = m_records.constFind(id);
    if (it == m_records.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<ClusterRecord> ClusterCatalogImpl::findByName(const QString& name) const {
    for (const auto& r : m_records)
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

bool ClusterCatalogImpl::isNameTaken(const QString& name, ClusterId ignore) const {
    for (const auto& r : m_records)
        if (r.id != ignore && r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString ClusterCatalogImpl::suggestName(const QString& wanted, const QStringList& reserved,
                                        ClusterId ignore) const {
    const QString base = wanted.trimmed().isEmpty() ? QStringLiteral("cluster") : wanted.trimmed();
    auto taken = [&](const QString& n) {
        return isNameTaken(n, ignore) || reserved.contains(n, Qt::CaseInsensitive);
    };
    if (!taken(base))
        return base;
    // "gpu-a-2" asked again should become "gpu-a-3", not "gpu-a-2-2".
    QString stem = base;
    static const QRegularExpression numbered(QStringLiteral("^(.*)-(\\d+)$"));
    int n = 2;
    if (const auto m = numbered.match(base); m.hasMatch()) {
        stem = m.captured(1);
        n = m.captured(2).toInt() + 1;
    }
    for (;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

QList<DataCenter> ClusterCatalogImpl::dataCenters() const {
    QList<DataCenter> out = m_dataCenters;
    std::sort(out.begin(), out.end(), [](const DataCenter& a, const DataCenter& b) {
        return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
    });
    return out;
}

// ---- Identity and import ---------------------------------------------------------------------

void ClusterCatalogImpl::matchIdentities(
    const QList<ImportCandidate>& candidates, QObject* context,
    std::function<void(fd::Result<QList<std::optional<ClusterId>>>)> done) {
    QPointer<ClusterCatalogImpl> self(this);
    m_vault.installKey(context, [self, candidates, done](fd::Result<QByteArray> key) {
        if (!key) {
            done(key.error());
            return;
        }
        QList<std::optional<ClusterId>> out;
        for (const ImportCandidate& c : candidates) {
            ClusterRecord record = c.record;
            ClusterCredentials creds = c.credentials;
            separateSecrets(record, creds);
            const QString identity = computeIdentity(record, creds, *key);
            std::optional<ClusterId> match;
            if (self)
                for (const auto& r : std::as_const(self->m_records))
                    if (r.identity == identity) {
                        match = r.id;
                        break;
                    }
            out.append(match);
        }
        done(out);
    });
}

struct ClusterCatalogImpl::Import {
    QList<ImportCandidate> candidates;
    QList<ImportOutcome> outcomes;
    int next = 0;
    QByteArray installKey;
    QPointer<QObject> context;
    std::function<void(QList<ImportOutcome>)> done;
    QStringList usedNames; // names claimed by earlier candidates of this import
    bool changed = false;
    ~Import() { installKey.fill('\0'); }
};

void ClusterCatalogImpl::importClusters(QList<ImportCandidate> candidates, QObject* context,
                                        std::function<void(QList<ImportOutcome>)> done) {
    auto job = std::make_shared<Import>();
    job->candidates = std::move(candidates);
    job->context = context;
    job->done = std::move(done);
    // The install key keys every identity: without it (a locked vault) nothing can be matched,
    // so nothing is saved — a guess would add a duplicate or rename the wrong record.
    m_vault.installKey(this, [this, job](fd::Result<QByteArray> key) {
        if (!key) {
            for (const ImportCandidate& c : std::as_const(job->candidates)) {
                ImportOutcome o;
                o.name = c.record.name;
                o.warnings = c.warnings;
                o.error = key.error();
                job->outcomes.append(o);
                audit(QStringLiteral("cluster.import"), c.record.name, QStringLiteral("failed"),
                      key.error().message);
            }
            if (job->context && job->done)
                fd::post(job->context.data(), [job] { job->done(job->outcomes); });
            return;
        }
        job->installKey = *key;
        importNext(job);
    });
}

void ClusterCatalogImpl::finishImport(const std::shared_ptr<Import>& job, ImportOutcome outcome,
                                      const std::optional<ClusterRecord>& saved) {
    if (saved) {
        const bool update = m_records.contains(saved->id);
        m_records.insert(saved->id, *saved);
        job->changed = true;
        if (update)
            Q_EMIT connectionChanged(saved->id);
        audit(QStringLiteral("cluster.import"), saved->name,
              update ? QStringLiteral("updated") : QStringLiteral("created"),
              QStringLiteral("server=%1 context=%2 auth=%3 datacenter=%4")
                  .arg(saved->server(), saved->sourceContext, toString(saved->authKind()),
                       saved->datacenter.id));
    } else {
        audit(QStringLiteral("cluster.import"), outcome.name, QStringLiteral("failed"),
              outcome.error.message);
    }
    job->outcomes.append(std::move(outcome));
    importNext(job);
}

void ClusterCatalogImpl::importNext(const std::shared_ptr<Import>& job) {
    if (job->next >= job->candidates.size()) {
        if (job->changed)
            Q_EMIT clustersChanged();
        if (job->context && job->done)
            fd::post(job->context.data(), [job] { job->done(job->outcomes); });
        return;
    }
    ImportCandidate& c = job->candidates[job->next++];
    ImportOutcome outcome;
    outcome.warnings = c.warnings;
    auto failWith = [&](fd::Error error) {
        outcome.action = ImportOutcome::Action::Failed;
        outcome.error = std::move(error);
        outcome.name = c.record.name;
        // The next candidate on a later turn: a long import never holds the event loop.
        fd::post(this, [this, job, outcome] { finishImport(job, outcome, std::nullopt); });
    };

    ClusterRecord record = c.record;
    ClusterCredentials creds = c.credentials;
    separateSecrets(record, creds);
    record.name = record.name.trimmed();
    if (record.name.isEmpty())
        record.name =
            record.sourceContext.isEmpty() ? QUrl(record.server()).host() : record.sourceContext;
    if (record.server().trimmed().isEmpty())
        return failWith(
            fd::makeError(fd::ErrorKind::InvalidInput,
                          Text::tr("The cluster \"%1\" has no server URL.").arg(record.name)));
    if (record.datacenter.id.isEmpty())
        record.datacenter = defaultDataCenters().constFirst();
    if (record.datacenter.label.isEmpty())
        for (const auto& dc : std::as_const(m_dataCenters))
            if (dc.id == record.datacenter.id)
                record.datacenter.label = dc.label;
    record.identity = computeIdentity(record, creds, job->installKey);

    std::optional<ClusterRecord> existing;
    for (const auto& r : std::as_const(m_records))
        if (r.identity == record.identity) {
            existing = r;
            break;
        }
    const bool nameClash = isNameTaken(record.name, existing ? existing->id : 0) ||
                           job->usedNames.contains(record.name, Qt::CaseInsensitive);
    if (nameClash && !existing) {
        const QString suggestion = suggestName(record.name, job->usedNames, 0);
        return failWith(fd::makeError(fd::ErrorKind::InvalidInput,
                                      nameClashMessage(record.name, suggestion), suggestion));
    }
    if (existing) {
        if (nameClash) {
            outcome.warnings << Text::tr("Kept the name \"%1\": \"%2\" is used by another cluster.")
                                    .arg(existing->name, record.name);
            record.name = existing->name;
        }
        // Same cluster and user: refresh connection settings and metadata, keep what the
        // registry itself learned (id, Karmada state, health, creation time, pin).
        record.id = existing->id;
        record.endpointId = existing->endpointId;
        record.created = existing->created;
        record.health = existing->health;
        record.karmadaRole = existing->karmadaRole;
        record.joined = existing->joined;
        record.controlPlaneId = existing->controlPlaneId;
        record.karmadaClusterName = existing->karmadaClusterName;
        record.origin = ClusterOrigin::Imported;
        record.secrets = existing->secrets;
        if (record.connection.exec.pathOverride.isEmpty())
            record.connection.exec.pathOverride = existing->connection.exec.pathOverride;
        if (record.connection.endpoint.tls.pinnedSha256.isEmpty())
            record.connection.endpoint.tls.pinnedSha256 =
                existing->connection.endpoint.tls.pinnedSha256;
    } else {
        record.id = 0;
        record.endpointId = 0;
        record.health = HealthSnapshot{};
    }
    if (c.saveAsUnreachable) {
        record.health.status = ClusterStatus::Unreachable;
        record.health.lastError = c.failedTestSentence;
        record.health.lastCheck = QDateTime::currentDateTimeUtc();
    }
    job->usedNames << record.name;
    outcome.name = record.name;

    auto fail = [this, job, outcome](fd::Error error) mutable {
        outcome.action = ImportOutcome::Action::Failed;
        outcome.error = std::move(error);
        finishImport(job, outcome, std::nullopt);
    };
    auto saved = [this, job, outcome](ClusterRecord row, bool update) mutable {
        outcome.action = update ? ImportOutcome::Action::Updated : ImportOutcome::Action::Created;
        outcome.id = row.id;
        outcome.name = row.name;
        finishImport(job, outcome, row);
    };

    if (existing) {
        // The id is known: secrets first, then one update of the rows.
        const SecretRefs previous = record.secrets;
        m_vault.save(record.id, std::move(creds), previous, this,
                     [this, record, fail, saved](fd::Result<SecretRefs> refs) mutable {
                         if (!refs)
                             return fail(refs.error());
                         record.secrets = *refs;
                         record.updated = QDateTime::currentDateTimeUtc();
                         auto row = std::make_shared<ClusterRecord>(record);
                         m_store.write(
                             [row](sqlite3* db) { return repository::updateCluster(db, *row); },
                             this,
                             [row, fail, saved](fd::Status st) mutable {
                                 if (!st)
                                     return fail(st.error());
                                 saved(*row, true);
                             });
                     });
        return;
    }
    // A new record gets its id from the insert; its secrets are stored under that id and the
    // references written in a second step. A failure in between takes the row out again.
    auto row = std::make_shared<ClusterRecord>(record);
    auto secrets = std::make_shared<ClusterCredentials>(std::move(creds));
    m_store.write(
        [row](sqlite3* db) { return repository::insertCluster(db, *row); }, this,
        [this, row, secrets, fail, saved](fd::Status st) mutable {
            if (!st)
                return fail(st.error());
            m_vault.save(row->id, std::move(*secrets), {}, this,
                         [this, row, fail, saved](fd::Result<SecretRefs> refs) mutable {
                             if (!refs) {
                                 const ClusterId id = row->id;
                                 m_store.write([id](sqlite3* db) {
                                     return repository::deleteCluster(db, id);
                                 });
                                 return fail(refs.error());
                             }
                             row->secrets = *refs;
                             m_store.write(
                                 [row](sqlite3* db) { return repository::updateCluster(db, *row); },
                                 this,
                                 [row, fail, saved](fd::Status st2) mutable {
                                     if (!st2)
                                         return fail(st2.error());
                                     saved(*row, false);
                                 });
                         });
        });
}

// ---- Changes of existing records -------------------------------------------------------------

void ClusterCatalogImpl::updateCluster(const ClusterRecord& input,
                                       std::optional<ClusterCredentials> credentials,
                                       QObject* context, std::function<void(fd::Status)> done) {
    const auto current = find(input.id);
    if (!current) {
        fd::post(context, [done] { done(notRegistered()); });
        return;
    }
    ClusterRecord record = input;
    record.name = record.name.trimmed();
    if (record.name.isEmpty() || isNameTaken(record.name, record.id)) {
        const QString suggestion = suggestName(record.name, {}, record.id);
        fd::post(context, [done, msg = nameClashMessage(record.name, suggestion)] {
            done(fd::makeError(fd::ErrorKind::InvalidInput, msg));
        });
        return;
    }
    ClusterCredentials extra;
    separateSecrets(record, extra); // secrets never travel in the record
    // Health and Karmada state are the registry's; secrets change only through `credentials`.
    record.health = current->health;
    record.secrets = current->secrets;
    record.endpointId = current->endpointId;
    record.created = current->created;
    record.identity = current->identity;
    record.updated = QDateTime::currentDateTimeUtc();
    if (record.connection.auth == AuthKind::Exec && record.execArgsShown.isEmpty())
        record.execArgsShown = current->execArgsShown;

    QPointer<QObject> ctx(context);
    auto write = [this, ctx, done, hadCredentials = credentials.has_value()](ClusterRecord r) {
        auto row = std::make_shared<ClusterRecord>(std::move(r));
        m_store.write(
            [row](sqlite3* db) { return repository::updateCluster(db, *row); }, this,
            [this, row, ctx, done, hadCredentials](fd::Status st) {
                audit(QStringLiteral("cluster.update"), row->name,
                      st ? QStringLiteral("ok") : QStringLiteral("failed"),
                      st ? (hadCredentials ? QStringLiteral("credentials replaced") : QString())
                         : st.error().message);
                if (st) {
                    m_records.insert(row->id, *row);
                    Q_EMIT connectionChanged(row->id);
                    Q_EMIT clustersChanged();
                }
                if (ctx && done)
                    done(st);
            });
    };
    if (!credentials) {
        write(std::move(record));
        return;
    }
    // New secrets: into the vault first, then the identity they make, then the row.
    const SecretRefs previous = record.secrets;
    ClusterCredentials secrets = *credentials;
    m_vault.save(record.id, *credentials, previous, this,
                 [this, record, secrets, write, ctx, done](fd::Result<SecretRefs> refs) mutable {
                     if (!refs) {
                         audit(QStringLiteral("cluster.update"), record.name,
                               QStringLiteral("failed"), refs.error().message);
                         if (ctx && done)
                             done(refs.error());
                         return;
                     }
                     record.secrets = *refs;
                     m_vault.installKey(
                         this, [record, secrets, write](fd::Result<QByteArray> key) mutable {
                             if (key)
                                 record.identity = computeIdentity(record, secrets, *key);
                             secrets.wipe();
                             write(std::move(record));
                         });
                 });
}

void ClusterCatalogImpl::saveRecord(const ClusterRecord& record, const QString& action,
                                    const QString& detail, QObject* context,
                                    std::function<void(fd::Status)> done) {
    if (!m_records.contains(record.id)) {
        if (context)
            fd::post(context, [done] {
                if (done)
                    done(notRegistered());
            });
        return;
    }
    auto row = std::make_shared<ClusterRecord>(record);
    row->updated = QDateTime::currentDateTimeUtc();
    QPointer<QObject> ctx(context);
    const bool endpointChanged = m_records.value(record.id).endpoint() != record.endpoint();
    m_store.write([row](sqlite3* db) { return repository::updateCluster(db, *row); }, this,
                  [this, row, action, detail, ctx, done, endpointChanged](fd::Status st) {
                      if (!action.isEmpty())
                          audit(action, row->name,
                                st ? QStringLiteral("ok") : QStringLiteral("failed"),
                                st ? detail : st.error().message);
                      if (st) {
                          m_records.insert(row->id, *row);
                          if (endpointChanged)
                              Q_EMIT connectionChanged(row->id);
                          Q_EMIT clustersChanged();
                      } else {
                          qCWarning(lcCatalog) << "record not saved:" << st.error().message;
                      }
                      if (ctx && done)
                          done(st);
                  });
}

void ClusterCatalogImpl::insertRecord(ClusterRecord record, QObject* context,
                                      std::function<void(fd::Result<ClusterRecord>)> done) {
    auto row = std::make_shared<ClusterRecord>(std::move(record));
    QPointer<QObject> ctx(context);
    m_store.write([row](sqlite3* db) { return repository::insertCluster(db, *row); }, this,
                  [this, row, ctx, done](fd::Status st) {
                      if (st) {
                          m_records.insert(row->id, *row);
                          Q_EMIT clustersChanged();
                      }
                      if (ctx && done)
                          done(st ? fd::Result<ClusterRecord>(*row)
                                  : fd::Result<ClusterRecord>(st.error()));
                  });
}

void ClusterCatalogImpl::removeLocal(ClusterId id, CleanupReport report, QObject* context,
                                     std::function<void(CleanupReport)> done) {
    const auto record = find(id);
    QPointer<QObject> ctx(context);
    if (!record) {
        report.ok = false;
        report.error = notRegistered();
        fd::post(context, [done, report] { done(report); });
        return;
    }
    const QString name = record->name;
    m_store.write(
        [id](sqlite3* db) { return repository::deleteCluster(db, id); }, this,
        [this, id, name, secrets = record->secrets, report, ctx, done](fd::Status st) mutable {
            if (!st) {
                report.ok = false;
                report.error = st.error();
                report.leftBehind << Text::tr("Local record: %1").arg(st.error().message);
                audit(QStringLiteral("cluster.remove"), name, QStringLiteral("failed"),
                      report.leftBehind.join(QLatin1String("; ")));
                if (ctx && done)
                    done(report);
                return;
            }
            m_records.remove(id);
            report.done << Text::tr("Local record of \"%1\" removed.").arg(name);
            Q_EMIT connectionChanged(id);
            Q_EMIT clustersChanged();
            // The row is gone; its secrets follow (a failure is reported, never hidden).
            m_vault.remove(secrets, this,
                           [this, name, hadSecrets = !secrets.isEmpty(), report, ctx,
                            done](QStringList failures) mutable {
                               if (failures.isEmpty()) {
                                   if (hadSecrets)
                                       report.done
                                           << Text::tr("Credentials removed from the vault.");
                               } else {
                                   report.leftBehind << failures;
                               }
                               report.ok = true;
                               audit(QStringLiteral("cluster.remove"), name,
                                     report.leftBehind.isEmpty() ? QStringLiteral("ok")
                                                                 : QStringLiteral("partial"),
                                     report.leftBehind.join(QLatin1String("; ")));
                               if (ctx && done)
                                   done(report);
                           });
        });
}

void ClusterCatalogImpl::addDataCenter(const DataCenter& dc, QObject* context,
                                       std::function<void(fd::Status)> done) {
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
    auto fail = [context, done](fd::Error e) { fd::post(context, [done, e] { done(e); }); };
    if (!idPattern.match(dc.id).hasMatch())
        return fail(fd::makeError(fd::ErrorKind::InvalidInput,
                                  Text::tr("\"%1\" is not a valid data center id: use lowercase "
                                           "letters, digits and '-', like \"seoul-dc2\".")
                                      .arg(dc.id)));
    for (const auto& d : std::as_const(m_dataCenters))
        if (d.id == dc.id)
            return fail(
                fd::makeError(fd::ErrorKind::InvalidInput,
                              Text::tr("The data center \"%1\" already exists.").arg(dc.id)));
    DataCenter entry = dc;
    if (entry.label.trimmed().isEmpty())
        entry.label = entry.id;
    QPointer<QObject> ctx(context);
    m_store.write([entry](sqlite3* db) { return repository::insertDataCenter(db, entry); }, this,
                  [this, entry, ctx, done](fd::Status st) {
                      if (st) {
                          m_dataCenters.append(entry);
                          audit(QStringLiteral("datacenter.add"), entry.id, QStringLiteral("ok"),
                                entry.label);
                          Q_EMIT dataCentersChanged();
                      }
                      if (ctx && done)
                          done(st);
                  });
}

// ---- Health ----------------------------------------------------------------------------------

void ClusterCatalogImpl::applyHealth(const QList<QPair<ClusterId, ConnectionReport>>& batch,
                                     std::function<void()> applied) {
    QList<qint64> ids;
    QList<QPair<ClusterId, HealthSnapshot>> rows;
    for (const auto& [id, report] : batch) {
        if (!m_records.contains(id))
            continue;
        ids.append(id); // a locked cluster is shown as such even though nothing is stored
        if (report.category == ConnectionCategory::Cancelled ||
            report.category == ConnectionCategory::VaultLocked)
            continue;
        rows.append({id, snapshotFrom(report, m_records.value(id).health)});
    }
    if (rows.isEmpty()) {
        if (!ids.isEmpty())
            Q_EMIT healthChanged(ids);
        if (applied)
            applied();
        return;
    }
    // One transaction for the whole batch, then memory and one signal. A snapshot that could not
    // be stored is still the truth of this session, so memory follows anyway, after the write.
    m_store.write([rows](sqlite3* db) { return repository::saveHealth(db, rows); }, this,
                  [this, rows, ids, applied = std::move(applied)](fd::Status st) {
                      if (!st)
                          qCWarning(lcCatalog)
                              << "health snapshots not stored:" << st.error().message;
                      for (const auto& [id, health] : rows)
                          if (auto it = m_records.find(id); it != m_records.end())
                              it->health = health;
                      Q_EMIT healthChanged(ids);
                      if (applied)
                          applied();
                  });
}

void ClusterCatalogImpl::setHealth(ClusterId id, const HealthSnapshot& health,
                                   std::function<void()> applied) {
    if (!m_records.contains(id)) {
        if (applied)
            applied();
        return;
    }
    m_store.write(
        [id, health](sqlite3* db) {
            return repository::saveHealth(db, {{id, health}});
        },
        this,
        [this, id, health, applied = std::move(applied)](fd::Status st) {
            if (!st)
                qCWarning(lcCatalog) << "health snapshot not stored:" << st.error().message;
            if (auto it = m_records.find(id); it != m_records.end()) {
                it->health = health;
                Q_EMIT healthChanged({id});
            }
            if (applied)
                applied();
        });
}

void ClusterCatalogImpl::audit(const QString& action, const QString& target, const QString& result,
                               const QString& detail) {
    fd::store::AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.action = action;
    entry.target = target;
    entry.result = result;
    entry.detail = detail;
    m_store.appendAudit(std::move(entry));
}

} // namespace fd::registry
