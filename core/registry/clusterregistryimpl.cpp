#include "registry/clusterregistryimpl.h"
#include "registry/registrytext.h"

#include "registry/apisession.h"
#include "registry/clusteridentity.h"
#include "registry/clusterrepository.h"
#include "registry/connectionmessages.h"
#include "registry/connectiontest.h"
#include "registry/karmadaoperation.h"

#include "kube/oidc.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace fd::registry {

Q_LOGGING_CATEGORY(lcRegistry, "fd.registry")

namespace {

// Calls `done` on the context's thread unless the context died; a null context means "no
// lifetime owner" (the CLI).
template <typename Fn, typename Arg>
void deliver(const QPointer<QObject>& context, bool hadContext, Fn& done, Arg&& arg) {
    if (!done)
        return;
    if (hadContext && !context)
        return;
    done(std::forward<Arg>(arg));
}

// Secret-looking exec arguments (`--client-secret=...`, `--password x`, `--token x`) are
// replaced for display; the full list lives in the vault.
QStringList redactArgs(const QStringList& args) {
    static const QRegularExpression secretFlag(QStringLiteral("(secret|password|passwd|token|key)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    bool redactNext = false;
    for (const QString& a : args) {
        if (redactNext) {
            out << QStringLiteral("<redacted>");
            redactNext = false;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && secretFlag.match(a).hasMatch()) {
            const int eq = a.indexOf(QLatin1Char('='));
            if (eq > 0)
                out << a.left(eq + 1) + QStringLiteral("<redacted>");
            else {
                out << a;
                redactNext = true;
            }
            continue;
        }
        out << a;
    }
    return out;
}

QByteArray execConfigJson(const ExecSpec& exec) {
    QJsonArray env;
    for (const auto& [name, value] : exec.env)
        env.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("args"), QJsonArray::fromStringList(exec.args)},
                           {QStringLiteral("env"), env}})
        .toJson(QJsonDocument::Compact);
}

HealthSnapshot snapshotFrom(const ConnectionReport& report, const HealthSnapshot& previous) {
    HealthSnapshot h;
    if (report.category == ConnectionCategory::Cancelled)
        return previous;
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

QString fingerprintOf(const QByteArray& pem) {
    QString hex = QString::fromLatin1(
        QCryptographicHash::hash(pem, QCryptographicHash::Sha256).toHex().toUpper());
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

} // namespace

std::unique_ptr<ClusterRegistry> ClusterRegistry::create(fd::store::Store& store,
                                                         fd::secrets::SecretStore& secrets,
                                                         fd::net::HttpClient& http,
                                                         QObject* parent) {
    return std::make_unique<ClusterRegistryImpl>(store, secrets, http, parent);
}

ClusterRegistryImpl::ClusterRegistryImpl(fd::store::Store& store, fd::secrets::SecretStore& secrets,
                                         fd::net::HttpClient& http, QObject* parent)
    : ClusterRegistry(parent)
    , m_store(store)
    , m_http(http)
    , m_vault(secrets) {
    m_refresher = new HealthRefresher(
        [this](ClusterId id, ConnectionReport* failure) { return makeSession(id, failure); },
        [this] {
            QList<ClusterId> ids;
            ids.reserve(m_records.size());
            for (const auto& r : std::as_const(m_records)) {
                // Clusters known only from Karmada have no credentials here; their health
                // comes from the control plane's Cluster status during reconcile.
                if (r.origin == ClusterOrigin::DiscoveredFromKarmada &&
                    r.authKind == AuthKind::None)
                    continue;
                ids.append(r.id);
            }
            return ids;
        },
        this);
    connect(m_refresher, &HealthRefresher::batchReady, this, &ClusterRegistryImpl::applyHealth);
    connect(m_refresher, &HealthRefresher::started, this, &ClusterRegistry::refreshStarted);
    connect(m_refresher, &HealthRefresher::finished, this, &ClusterRegistry::refreshFinished);
    connect(&m_reconcileTimer, &QTimer::timeout, this, [this] { reconcileNow(this, {}); });
}

ClusterRegistryImpl::~ClusterRegistryImpl() {
    delete m_refresher;
    m_refresher = nullptr;
    for (auto& creds : m_credentialCache)
        creds.wipe();
}

fd::Status ClusterRegistryImpl::load() {
    QList<ClusterRecord> records;
    QList<DataCenter> dcs;
    const fd::Status st = m_store.read([&](sqlite3* db) -> fd::Status {
        auto r = repository::loadClusters(db);
        if (!r)
            return r.error();
        records = std::move(*r);
        auto d = repository::loadDataCenters(db);
        if (!d)
            return d.error();
        dcs = std::move(*d);
        return {};
    });
    if (!st)
        return st;
    m_records.clear();
    for (auto& r : records)
        m_records.insert(r.id, std::move(r));
    m_dataCenters = defaultDataCenters();
    for (const auto& dc : dcs) {
        auto it = std::find_if(m_dataCenters.begin(), m_dataCenters.end(),
                               [&](const DataCenter& d) { return d.id == dc.id; });
        if (it == m_dataCenters.end())
            m_dataCenters.append(dc);
        else
            it->label = dc.label;
    }
    Q_EMIT clustersChanged();
    Q_EMIT dataCentersChanged();
    return {};
}

// ---- Records ---------------------------------------------------------------------------------

QList<ClusterRecord> ClusterRegistryImpl::clusters() const {
    QList<ClusterRecord> out = m_records.values();
    std::sort(out.begin(), out.end(), [](const ClusterRecord& a, const ClusterRecord& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::optional<ClusterRecord> ClusterRegistryImpl::cluster(ClusterId id) const {
    const auto it = m_records.constFind(id);
    if (it == m_records.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<ClusterRecord> ClusterRegistryImpl::clusterByName(const QString& name) const {
    for (const auto& r : m_records)
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

bool ClusterRegistryImpl::isNameTaken(const QString& name, ClusterId ignore) const {
    for (const auto& r : m_records)
        if (r.id != ignore && r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString ClusterRegistryImpl::suggestName(const QString& wanted, const QStringList& reserved,
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

std::optional<ClusterRecord>
ClusterRegistryImpl::findSameIdentity(const ImportCandidate& candidate) const {
    auto key = const_cast<CredentialVault&>(m_vault).installKey();
    if (!key)
        return std::nullopt;
    ClusterCredentials creds = candidate.credentials;
    if (candidate.record.authKind == AuthKind::Exec && creds.execConfigJson.isEmpty())
        creds.execConfigJson = execConfigJson(candidate.record.exec);
    const QString identity = computeIdentity(candidate.record, creds, *key);
    for (const auto& r : m_records)
        if (r.identity == identity)
            return r;
    return std::nullopt;
}

struct ClusterRegistryImpl::Import {
    QList<ImportCandidate> candidates;
    QList<ImportOutcome> outcomes;
    int next = 0;
    QPointer<QObject> context;
    bool hadContext = false;
    std::function<void(QList<ImportOutcome>)> done;
    QStringList usedNames; // names claimed by earlier candidates of this import
};

void ClusterRegistryImpl::importClusters(QList<ImportCandidate> candidates, QObject* context,
                                         std::function<void(QList<ImportOutcome>)> done) {
    auto job = std::make_shared<Import>();
    job->candidates = std::move(candidates);
    job->context = context;
    job->hadContext = context != nullptr;
    job->done = std::move(done);
    importNext(job);
}

void ClusterRegistryImpl::importNext(std::shared_ptr<Import> job) {
    if (job->next >= job->candidates.size()) {
        Q_EMIT clustersChanged();
        deliver(job->context, job->hadContext, job->done, job->outcomes);
        return;
    }
    ImportCandidate& c = job->candidates[job->next++];
    ImportOutcome outcome;
    outcome.warnings = c.warnings;
    auto failWith = [&](fd::Error error) {
        outcome.action = ImportOutcome::Action::Failed;
        outcome.error = std::move(error);
        outcome.name = c.record.name;
        audit(QStringLiteral("cluster.import"), c.record.name, QStringLiteral("failed"),
              outcome.error.message);
        job->outcomes.append(outcome);
        QMetaObject::invokeMethod(
            this, [this, job] { importNext(job); }, Qt::QueuedConnection);
    };

    ClusterRecord record = c.record;
    record.name = record.name.trimmed();
    if (record.name.isEmpty())
        record.name =
            record.sourceContext.isEmpty() ? QUrl(record.server).host() : record.sourceContext;
    if (record.server.trimmed().isEmpty())
        return failWith(
            fd::makeError(fd::ErrorKind::InvalidInput,
                          Text::tr("The cluster \"%1\" has no server URL.").arg(record.name)));
    if (record.datacenter.id.isEmpty())
        record.datacenter = defaultDataCenters().constFirst();
    if (record.datacenter.label.isEmpty())
        for (const auto& dc : std::as_const(m_dataCenters))
            if (dc.id == record.datacenter.id)
                record.datacenter.label = dc.label;

    ClusterCredentials creds = c.credentials;
    if (record.authKind == AuthKind::Exec) {
        if (creds.execConfigJson.isEmpty())
            creds.execConfigJson = execConfigJson(record.exec);
        record.exec.redactedArgs = redactArgs(record.exec.args);
        record.exec.args.clear();
        record.exec.env.clear();
    }

    auto key = m_vault.installKey();
    if (!key)
        return failWith(key.error());
    record.identity = computeIdentity(record, creds, *key);

    std::optional<ClusterRecord> existing;
    for (const auto& r : std::as_const(m_records))
        if (r.identity == record.identity) {
            existing = r;
            break;
        }

    const bool nameClash = isNameTaken(record.name, existing ? existing->id : 0) ||
                           job->usedNames.contains(record.name, Qt::CaseInsensitive);
    if (nameClash && !existing) {
        const QString suggestion = suggestName(record.name, job->usedNames);
        return failWith(fd::makeError(
            fd::ErrorKind::InvalidInput,
            Text::tr(
                "A cluster named \"%1\" is already registered; use another name such as \"%2\".")
                .arg(record.name, suggestion),
            suggestion));
    }
    if (existing) {
        if (nameClash) {
            outcome.warnings << Text::tr("Kept the name \"%1\": \"%2\" is used by another cluster.")
                                    .arg(existing->name, record.name);
            record.name = existing->name;
        }
        // Same cluster and user: refresh connection settings and metadata, keep what the
        // registry itself learned (id, Karmada state, health, creation time).
        record.id = existing->id;
        record.created = existing->created;
        record.health = existing->health;
        record.karmadaRole = existing->karmadaRole;
        record.joined = existing->joined;
        record.controlPlaneId = existing->controlPlaneId;
        record.karmadaClusterName = existing->karmadaClusterName;
        record.origin = ClusterOrigin::Imported;
        record.secrets = existing->secrets;
        if (record.exec.pathOverride.isEmpty())
            record.exec.pathOverride = existing->exec.pathOverride;
    } else {
        record.id = 0;
        record.health = HealthSnapshot{};
    }
    if (c.saveAsUnreachable) {
        record.health.status = ClusterStatus::Unreachable;
        record.health.lastError = c.failedTestSentence;
        record.health.lastCheck = QDateTime::currentDateTimeUtc();
    }
    job->usedNames << record.name;

    const bool isUpdate = existing.has_value();
    auto afterWrite = [this, job, creds, outcome, isUpdate](fd::Status st,
                                                            ClusterRecord saved) mutable {
        if (!st) {
            outcome.action = ImportOutcome::Action::Failed;
            outcome.error = st.error();
            outcome.name = saved.name;
            audit(QStringLiteral("cluster.import"), saved.name, QStringLiteral("failed"),
                  st.error().message);
            job->outcomes.append(outcome);
            importNext(job);
            return;
        }
        outcome.action = isUpdate ? ImportOutcome::Action::Updated : ImportOutcome::Action::Created;
        outcome.id = saved.id;
        outcome.name = saved.name;
        audit(QStringLiteral("cluster.import"), saved.name,
              isUpdate ? QStringLiteral("updated") : QStringLiteral("created"),
              QStringLiteral("server=%1 context=%2 auth=%3 datacenter=%4")
                  .arg(saved.server, saved.sourceContext, toString(saved.authKind),
                       saved.datacenter.id));
        m_credentialCache.insert(saved.id, creds);
        m_records.insert(saved.id, std::move(saved));
        job->outcomes.append(outcome);
        importNext(job);
    };

    if (isUpdate) {
        // The id is known: secrets first, then one update of the row.
        auto refs = m_vault.save(record.id, creds, record.secrets);
        if (!refs)
            return failWith(refs.error());
        record.secrets = *refs;
        record.updated = QDateTime::currentDateTimeUtc();
        m_store.write([record](sqlite3* db) { return repository::updateCluster(db, record); }, this,
                      [afterWrite, record](fd::Status st) mutable { afterWrite(st, record); });
        return;
    }

    // A new record gets its id from the insert; its secrets are stored under that id and the
    // references written in a second step. A failure in between takes the row out again.
    auto row = std::make_shared<ClusterRecord>(record);
    m_store.write(
        [row](sqlite3* db) { return repository::insertCluster(db, *row); }, this,
        [this, afterWrite, row, creds](fd::Status st) mutable {
            if (!st) {
                afterWrite(st, *row);
                return;
            }
            auto refs = m_vault.save(row->id, creds, {});
            if (!refs) {
                m_store.write(
                    [id = row->id](sqlite3* db) { return repository::deleteCluster(db, id); });
                afterWrite(refs.error(), *row);
                return;
            }
            row->secrets = *refs;
            m_store.write(
                [saved = *row](sqlite3* db) { return repository::updateCluster(db, saved); }, this,
                [afterWrite, row](fd::Status st2) mutable { afterWrite(st2, *row); });
        });
}

void ClusterRegistryImpl::persistRecord(const ClusterRecord& record, QObject* context,
                                        std::function<void(fd::Status)> done) {
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    m_store.write(
        [record](sqlite3* db) { return repository::updateCluster(db, record); }, this,
        [ctx, hadContext, done](fd::Status st) mutable { deliver(ctx, hadContext, done, st); });
}

void ClusterRegistryImpl::updateCluster(const ClusterRecord& input,
                                        std::optional<ClusterCredentials> credentials,
                                        QObject* context, std::function<void(fd::Status)> done) {
    const auto it = m_records.find(input.id);
    if (it == m_records.end()) {
        if (done)
            done(notRegistered());
        return;
    }
    ClusterRecord record = input;
    record.name = record.name.trimmed();
    if (record.name.isEmpty() || isNameTaken(record.name, record.id)) {
        if (done)
            done(fd::makeError(
                fd::ErrorKind::InvalidInput,
                Text::tr("A cluster named \"%1\" is already registered; use another name "
                         "such as \"%2\".")
                    .arg(record.name, suggestName(record.name, {}, record.id))));
        return;
    }
    // Health and Karmada state are the registry's; secrets are only changed through
    // `credentials`.
    record.health = it->health;
    record.secrets = it->secrets;
    record.created = it->created;
    record.updated = QDateTime::currentDateTimeUtc();
    if (record.authKind == AuthKind::Exec) {
        if (!record.exec.args.isEmpty())
            record.exec.redactedArgs = redactArgs(record.exec.args);
        record.exec.args.clear();
        record.exec.env.clear();
    }
    auto key = m_vault.installKey();
    if (credentials) {
        auto refs = m_vault.save(record.id, *credentials, record.secrets);
        if (!refs) {
            if (done)
                done(refs.error());
            return;
        }
        record.secrets = *refs;
        m_credentialCache.insert(record.id, *credentials);
    } else {
        m_credentialCache.remove(record.id); // connection settings may have changed
    }
    if (key) {
        auto creds =
            credentials ? fd::Result<ClusterCredentials>(*credentials) : credentialsFor(record);
        if (creds)
            record.identity = computeIdentity(record, *creds, *key);
    }
    *it = record;
    audit(QStringLiteral("cluster.update"), record.name, QStringLiteral("ok"),
          credentials ? QStringLiteral("credentials replaced") : QString());
    persistRecord(record, context, std::move(done));
    Q_EMIT clustersChanged();
}

CleanupPlan ClusterRegistryImpl::cleanupPlan(ClusterId id) const {
    CleanupPlan plan;
    const auto r = cluster(id);
    if (!r)
        return plan;
    plan.items
        << Text::tr("The local record of \"%1\" (settings, labels, health history).").arg(r->name);
    if (!r->secrets.isEmpty())
        plan.items << Text::tr("Its credentials in the secret vault.");
    if (r->joined) {
        const JoinObjectNames n = joinObjectNames(r->karmadaClusterName);
        plan.items << Text::tr(
                          "On the member cluster: the ServiceAccount %1/%2, the ClusterRole and "
                          "ClusterRoleBinding %3 and the token Secret %1/%4.")
                          .arg(n.memberNamespace, n.serviceAccount, n.clusterRole, n.tokenSecret);
        QString cp = Text::tr("the control plane");
        if (const auto c = cluster(r->controlPlaneId))
            cp = c->name;
        plan.items << Text::tr("On %1: the Karmada Cluster %2 and the Secret %3/%4.")
                          .arg(cp, n.clusterName, n.controlPlaneNamespace, n.controlPlaneSecret);
    } else if (r->origin == ClusterOrigin::DiscoveredFromKarmada) {
        plan.items << Text::tr(
            "Nothing in Karmada: the cluster was registered there by other means and "
            "will be found again by the next reconcile unless it is unregistered "
            "there.");
    }
    return plan;
}

void ClusterRegistryImpl::removeCluster(ClusterId id, QObject* context,
                                        std::function<void(RemoveReport)> done) {
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    const auto record = cluster(id);
    if (!record) {
        RemoveReport report;
        report.error = notRegistered();
        deliver(ctx, hadContext, done, report);
        return;
    }
    auto removeLocal = [this, id, ctx, hadContext, done](RemoveReport report) mutable {
        const auto rec = cluster(id);
        if (!rec) {
            report.ok = false;
            deliver(ctx, hadContext, done, report);
            return;
        }
        m_refresher->forget(id);
        const QStringList secretFailures = m_vault.remove(rec->secrets);
        if (secretFailures.isEmpty()) {
            if (!rec->secrets.isEmpty())
                report.done << Text::tr("Credentials removed from the vault.");
        } else {
            report.leftBehind << secretFailures;
        }
        if (auto creds = m_credentialCache.take(id); !creds.isEmpty())
            creds.wipe();
        const QString name = rec->name;
        m_store.write(
            [id](sqlite3* db) { return repository::deleteCluster(db, id); }, this,
            [this, id, name, report, ctx, hadContext, done](fd::Status st) mutable {
                if (st) {
                    m_records.remove(id);
                    report.done << Text::tr("Local record of \"%1\" removed.").arg(name);
                    report.ok = true;
                } else {
                    report.ok = false;
                    report.error = st.error();
                    report.leftBehind << Text::tr("Local record: %1").arg(st.error().message);
                }
                audit(QStringLiteral("cluster.remove"), name,
                      report.ok ? (report.leftBehind.isEmpty() ? QStringLiteral("ok")
                                                               : QStringLiteral("partial"))
                                : QStringLiteral("failed"),
                      report.leftBehind.join(QLatin1String("; ")));
                Q_EMIT clustersChanged();
                deliver(ctx, hadContext, done, report);
            });
    };
    if (record->joined) {
        unjoin(id, this, [removeLocal](JoinReport unjoinReport) mutable {
            RemoveReport report;
            report.done = unjoinReport.done;
            report.leftBehind = unjoinReport.leftBehind;
            if (!unjoinReport.ok && unjoinReport.leftBehind.isEmpty())
                report.leftBehind << unjoinReport.error.message;
            removeLocal(report);
        });
        return;
    }
    removeLocal(RemoveReport{});
}

// ---- Data centers ------------------------------------------------------------------------------

QList<DataCenter> ClusterRegistryImpl::dataCenters() const {
    QList<DataCenter> out = m_dataCenters;
    std::sort(out.begin(), out.end(), [](const DataCenter& a, const DataCenter& b) {
        return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
    });
    return out;
}

fd::Status ClusterRegistryImpl::addDataCenter(const DataCenter& dc) {
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
    if (!idPattern.match(dc.id).hasMatch())
        return fd::makeError(
            fd::ErrorKind::InvalidInput,
            Text::tr("\"%1\" is not a valid data center id: use lowercase letters, "
                     "digits and '-', like \"seoul-dc2\".")
                .arg(dc.id));
    for (const auto& d : std::as_const(m_dataCenters))
        if (d.id == dc.id)
            return fd::makeError(fd::ErrorKind::InvalidInput,
                                 Text::tr("The data center \"%1\" already exists.").arg(dc.id));
    DataCenter entry = dc;
    if (entry.label.trimmed().isEmpty())
        entry.label = entry.id;
    // Small and rare: written synchronously so the dialog can use the new entry at once.
    const fd::Status st =
        m_store.writeSync([entry](sqlite3* db) { return repository::insertDataCenter(db, entry); });
    if (!st)
        return st;
    m_dataCenters.append(entry);
    audit(QStringLiteral("datacenter.add"), entry.id, QStringLiteral("ok"), entry.label);
    Q_EMIT dataCentersChanged();
    return {};
}

// ---- Connection tests ------------------------------------------------------------------------

fd::Result<ClusterCredentials> ClusterRegistryImpl::credentialsFor(const ClusterRecord& record) {
    const auto it = m_credentialCache.constFind(record.id);
    if (it != m_credentialCache.constEnd())
        return *it;
    if (record.secrets.isEmpty())
        return ClusterCredentials{};
    auto creds = m_vault.load(record.secrets);
    if (creds)
        m_credentialCache.insert(record.id, *creds);
    return creds;
}

ApiSession* ClusterRegistryImpl::makeSession(const ClusterRecord& record,
                                             ClusterCredentials credentials) {
    auto* session = new ApiSession(m_http, record, std::move(credentials));
    session->setTimeoutMs(m_testBudgetMs);
    if (record.id != 0 && record.authKind == AuthKind::AuthProvider) {
        QPointer<ClusterRegistryImpl> self(this);
        const ClusterId id = record.id;
        session->setOidcTokensChanged([self, id](const fd::kube::OidcTokens& tokens) {
            if (self)
                self->storeOidcTokens(id, tokens.idToken, tokens.refreshToken);
        });
    }
    return session;
}

void ClusterRegistryImpl::storeOidcTokens(ClusterId id, const QByteArray& idToken,
                                          const QByteArray& refreshToken) {
    const auto it = m_records.constFind(id);
    if (it == m_records.constEnd())
        return;
    auto creds = credentialsFor(*it);
    if (!creds)
        return;
    creds->oidcIdToken = idToken;
    if (!refreshToken.isEmpty())
        creds->oidcRefreshToken = refreshToken;
    // Same slots, same references: the record itself does not change.
    if (const auto refs = m_vault.save(id, *creds, it->secrets); !refs) {
        qCWarning(lcRegistry) << "refreshed OIDC tokens not stored:" << refs.error().message;
        return;
    }
    m_credentialCache.insert(id, *creds);
}

ApiSession* ClusterRegistryImpl::makeSession(ClusterId id, ConnectionReport* failure) {
    const auto it = m_records.constFind(id);
    if (it == m_records.constEnd()) {
        failure->category = ConnectionCategory::Cancelled;
        describeFailure(*failure);
        return nullptr;
    }
    auto creds = credentialsFor(*it);
    if (!creds) {
        failure->category = ConnectionCategory::VaultLocked;
        failure->detail = creds.error().message;
        failure->checkedAt = QDateTime::currentDateTimeUtc();
        describeFailure(*failure);
        return nullptr;
    }
    return makeSession(*it, std::move(*creds));
}

TestId ClusterRegistryImpl::testConnection(const ImportCandidate& candidate, QObject* context,
                                           std::function<void(ConnectionReport)> done) {
    const TestId id = m_nextTest++;
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    auto* test = new ConnectionTest(makeSession(candidate.record, candidate.credentials),
                                    m_testBudgetMs, this);
    m_tests.insert(id, test);
    test->start([this, id, test, ctx, hadContext, done](ConnectionReport report) mutable {
        m_tests.remove(id);
        test->deleteLater();
        deliver(ctx, hadContext, done, report);
    });
    return id;
}

TestId ClusterRegistryImpl::testCluster(ClusterId clusterId, QObject* context,
                                        std::function<void(ConnectionReport)> done) {
    const TestId id = m_nextTest++;
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    ConnectionReport failure;
    ApiSession* session = makeSession(clusterId, &failure);
    if (!session) {
        if (failure.category != ConnectionCategory::Cancelled)
            applyHealth({{clusterId, failure}});
        QMetaObject::invokeMethod(
            this,
            [ctx, hadContext, done, failure]() mutable { deliver(ctx, hadContext, done, failure); },
            Qt::QueuedConnection);
        return id;
    }
    auto* test = new ConnectionTest(session, m_testBudgetMs, this);
    m_tests.insert(id, test);
    test->start(
        [this, id, clusterId, test, ctx, hadContext, done](ConnectionReport report) mutable {
            m_tests.remove(id);
            test->deleteLater();
            applyHealth({{clusterId, report}});
            deliver(ctx, hadContext, done, report);
        });
    return id;
}

void ClusterRegistryImpl::cancelTest(TestId id) {
    if (const auto test = m_tests.value(id))
        test->cancel();
}

void ClusterRegistryImpl::trustCa(ClusterId id, const QByteArray& caPem, QObject* context,
                                  std::function<void(fd::Status)> done) {
    const auto it = m_records.find(id);
    if (it == m_records.end()) {
        if (done)
            done(notRegistered());
        return;
    }
    it->caPem = caPem;
    it->insecure = false;
    it->updated = QDateTime::currentDateTimeUtc();
    audit(QStringLiteral("cluster.trustCa"), it->name, QStringLiteral("ok"),
          QStringLiteral("sha256 of PEM %1").arg(fingerprintOf(caPem)));
    persistRecord(*it, context, std::move(done));
    Q_EMIT clustersChanged();
}

// ---- Health refresh -----------------------------------------------------------------------------

void ClusterRegistryImpl::applyHealth(const HealthRefresher::Batch& batch) {
    QList<qint64> ids;
    QList<QPair<ClusterId, HealthSnapshot>> rows;
    ids.reserve(batch.size());
    rows.reserve(batch.size());
    for (const auto& [id, report] : batch) {
        const auto it = m_records.find(id);
        if (it == m_records.end() || report.category == ConnectionCategory::Cancelled)
            continue;
        it->health = snapshotFrom(report, it->health);
        ids.append(id);
        rows.append({id, it->health});
    }
    if (ids.isEmpty())
        return;
    // One transaction on the writer thread for the whole batch.
    m_store.write([rows](sqlite3* db) { return repository::saveHealth(db, rows); });
    Q_EMIT healthChanged(ids);
}

void ClusterRegistryImpl::setRefreshInterval(int seconds) {
    m_refresher->setInterval(seconds);
}
int ClusterRegistryImpl::refreshInterval() const {
    return m_refresher->interval();
}
void ClusterRegistryImpl::setMaxRequestsInFlight(int requests) {
    m_refresher->setMaxRequestsInFlight(requests);
}
void ClusterRegistryImpl::refreshNow(const QList<ClusterId>& ids) {
    m_refresher->refresh(ids);
}
bool ClusterRegistryImpl::isRefreshing() const {
    return m_refresher->isRefreshing();
}
void ClusterRegistryImpl::setCoalesceMs(int ms) {
    m_refresher->setCoalesceMs(ms);
}
void ClusterRegistryImpl::setTestBudgetMs(int ms) {
    m_testBudgetMs = ms;
    m_refresher->setBudgetMs(ms);
}

// ---- Audit ------------------------------------------------------------------------------------

void ClusterRegistryImpl::audit(const QString& action, const QString& target, const QString& result,
                                const QString& detail) {
    fd::store::AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.action = action;
    entry.target = target;
    entry.result = result;
    entry.detail = detail;
    m_store.appendAudit(std::move(entry));
}

QString ClusterRegistryImpl::redactedExecArgs(const QStringList& args) const {
    return redactArgs(args).join(QLatin1Char(' '));
}

} // namespace fd::registry
