#include "deploy/deployservice.h"

#include "common/handoff.h"
#include "deploy/deploylog.h"
#include "deploy/deploytext.h"
#include "deploy/memoryestimate.h"
#include "kube/kubeclient.h"
#include "policy/policyservice.h"
#include "registry/clusterconnections.h"
#include "registry/clusterregistry.h"
#include "store/currentread.h"
#include "store/store.h"

#include <QPointer>
#include <QSet>

#include <memory>

namespace fd::deploy {

using fd::kube::KubeClient;
using fd::kube::KubeError;
using fd::kube::KubeErrorCategory;
using fd::registry::ClusterRecord;
using fd::registry::KarmadaRole;

std::optional<fd::kube::ResourceType> resourceTypeForKind(const QString& kind) {
    if (kind == QLatin1String("ConfigMap"))
        return fd::kube::ResourceType{{}, QStringLiteral("v1"), QStringLiteral("configmaps"), kind};
    if (kind == QLatin1String("PersistentVolumeClaim"))
        return fd::kube::KindTraits<fd::kube::PersistentVolumeClaim>::type();
    if (kind == QLatin1String("Service"))
        return fd::kube::KindTraits<fd::kube::Service>::type();
    if (kind == QLatin1String("Deployment"))
        return fd::kube::KindTraits<fd::kube::Deployment>::type();
    return std::nullopt;
}

DeployService::DeployService(fd::store::Store& store, fd::registry::ClusterRegistry& clusters,
                             QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clusters(clusters) {}

DeployService::~DeployService() = default;

void DeployService::load(QObject* context, std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    fd::store::readCurrent<QList<DeploymentRecord>>(
        m_store, [](sqlite3* db) { return repository::loadDeployments(db); }, this, &m_changes,
        [this, deliver](fd::Result<QList<DeploymentRecord>> records) {
            m_loaded = true;
            if (!records) {
                m_loadError = records.error().message;
                Q_EMIT deploymentsChanged();
                deliver(records.error());
                return;
            }
            m_loadError.clear();
            m_records = std::move(*records);
            Q_EMIT deploymentsChanged();
            deliver(fd::Status{});
        });
}

void DeployService::setCatalog(Catalog catalog) {
    m_catalog = std::move(catalog);
    Q_EMIT catalogChanged();
}

std::optional<DeploymentRecord> DeployService::find(const QString& name) const {
    for (const DeploymentRecord& r : m_records)
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString DeployService::clusterName(qint64 clusterId) const {
    const auto record = m_clusters.cluster(clusterId);
    return record ? record->name : QString();
}

fd::registry::ClusterConnections& DeployService::connections() {
    return m_clusters.connections();
}

void DeployService::setPolicies(fd::policy::PolicyService* policies) {
    m_policies = policies;
}

fd::policy::PolicyService* DeployService::policies() const {
    return static_cast<fd::policy::PolicyService*>(m_policies.data());
}

fd::Result<PlacementChoice> DeployService::choosePlacement(const DeploySpec& spec) const {
    if (!m_policies)
        return fd::makeError(
            fd::ErrorKind::InvalidInput,
            Text::tr("A Karmada deployment needs a placement strategy; pick one."));
    return fd::deploy::choosePlacement(policies()->policies(), spec);
}

fd::Result<DeploySpec> DeployService::placed(DeploySpec spec) const {
    if (spec.target.kind != TargetKind::Karmada || !spec.target.placementStrategy.isEmpty() ||
        !m_policies)
        return spec; // resolveTarget() says what is missing
    return withAutoPlacement(policies()->policies(), std::move(spec));
}

namespace {
// "a, b, c": the names of policies of one kind, for a message that lists the choices.
template <typename Policies> QString sortedNames(const Policies& policies) {
    QStringList names;
    for (const auto& p : policies)
        names.append(p.name);
    names.sort(Qt::CaseInsensitive);
    return names.join(QLatin1String(", "));
}
} // namespace

fd::Result<qint64> DeployService::resolveTarget(const DeploySpec& spec) const {
    if (spec.target.kind == TargetKind::Cluster) {
        if (spec.target.cluster.isEmpty())
            return fd::makeError(fd::ErrorKind::InvalidInput,
                                 Text::tr("Choose the cluster to deploy to."));
        const auto record = m_clusters.clusterByName(spec.target.cluster);
        if (!record)
            return fd::makeError(
                fd::ErrorKind::NotFound,
                Text::tr("No cluster named %1 is registered; import it first or pick another.")
                    .arg(spec.target.cluster));
        return record->id;
    }
    if (spec.target.placementStrategy.isEmpty())
        return fd::makeError(
            fd::ErrorKind::InvalidInput,
            Text::tr("A Karmada deployment needs a placement strategy; pick one."));
    if (m_policies && policies()->isLoaded()) {
        // Karmada places the workload only through a strategy (and profile) that exists: a
        // misspelt name would deploy objects nothing propagates.
        const fd::policy::PolicySet& set = policies()->policies();
        const QString& strategy = spec.target.placementStrategy;
        if (!set.strategy(strategy)) {
            const QString names = sortedNames(set.strategies);
            return fd::makeError(
                fd::ErrorKind::NotFound,
                names.isEmpty()
                    ? Text::tr("No placement strategy named %1 exists, and none is defined; "
                               "create one on the Policies page or with policy apply.")
                          .arg(strategy)
                    : Text::tr("No placement strategy named %1 exists; use one of: %2.")
                          .arg(strategy, names));
        }
        const QString& profile = spec.target.resourceProfile;
        if (!profile.isEmpty() && !set.profile(profile)) {
            const QString names = sortedNames(set.profiles);
            return fd::makeError(
                fd::ErrorKind::NotFound,
                names.isEmpty()
                    ? Text::tr("No resource profile named %1 exists, and none is defined; "
                               "create one on the Policies page or with policy apply.")
                          .arg(profile)
                    : Text::tr("No resource profile named %1 exists; use one of: %2.")
                          .arg(profile, names));
        }
    }
    QList<ClusterRecord> planes;
    for (const ClusterRecord& r : m_clusters.clusters())
        if (r.karmadaRole == KarmadaRole::ControlPlane &&
            (spec.target.cluster.isEmpty() ||
             r.name.compare(spec.target.cluster, Qt::CaseInsensitive) == 0))
            planes.append(r);
    if (planes.isEmpty())
        return fd::makeError(fd::ErrorKind::NotFound,
                             Text::tr("No Karmada control plane is registered; mark the "
                                      "karmada-apiserver's cluster as the control plane first."));
    if (planes.size() > 1)
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             Text::tr("Several Karmada control planes are registered; name the "
                                      "one to use with the cluster."));
    return planes.first().id;
}

fd::Result<Manifest> DeployService::render(const DeploySpec& given) const {
    const auto spec = placed(given);
    if (!spec)
        return spec.error();
    const RuntimeSpec* runtime = m_catalog.runtime(spec->runtimeId);
    if (!runtime)
        return fd::makeError(fd::ErrorKind::NotFound,
                             Text::tr("The runtime %1 is not in the catalog; use one of the "
                                      "runtimes it lists.")
                                 .arg(spec->runtimeId));
    QSet<QString> taken;
    for (const DeploymentRecord& r : m_records)
        taken.insert(r.name);
    return buildManifest(*spec, *runtime, taken);
}

void DeployService::create(DeploySpec spec, CreateOptions options, QObject* context,
                           std::function<void(fd::Result<CreateReport>)> done) {
    auto finish = fd::handoff<fd::Result<CreateReport>>(context, std::move(done));
    // The strategy is chosen once, here: render() and the record see the same choice.
    auto withPlacement = placed(std::move(spec));
    if (!withPlacement) {
        fd::post(this, [finish, e = withPlacement.error()] { finish(e); });
        return;
    }
    spec = std::move(*withPlacement);
    const auto target = resolveTarget(spec);
    if (!target) {
        fd::post(this, [finish, e = target.error()] { finish(e); });
        return;
    }
    if (!spec.name.isEmpty() && find(spec.name)) {
        fd::post(this, [finish, name = spec.name] {
            finish(fd::makeError(
                fd::ErrorKind::InvalidInput,
                Text::tr("A deployment named %1 is already recorded; choose another name.")
                    .arg(name)));
        });
        return;
    }
    auto manifest = render(spec);
    if (!manifest) {
        fd::post(this, [finish, e = manifest.error()] { finish(e); });
        return;
    }
    spec.name = manifest->name;
    spec.namespaceName = manifest->namespaceName;
    const qint64 clusterId = *target;
    QPointer<QObject> ctx(context);
    // Dry run of the whole set first: nothing is stored unless every object validates.
    applyAll(clusterId, *manifest, /*dryRun=*/true, this,
             [this, spec, clusterId, m = *manifest, options, finish, ctx](fd::Status st,
                                                                          QList<ObjectRef>) {
                 if (!st) {
                     audit(QStringLiteral("deploy.create"), spec.name, false, st.error().message);
                     finish(st.error());
                     return;
                 }
                 if (options.dryRunOnly) {
                     CreateReport report;
                     report.manifest = m;
                     report.dryRun = true;
                     report.record.name = m.name;
                     report.record.namespaceName = m.namespaceName;
                     report.record.clusterId = clusterId;
                     report.record.spec = spec;
                     finish(std::move(report));
                     return;
                 }
                 applyAll(clusterId, m, /*dryRun=*/false, this,
                          [this, spec, clusterId, m, finish, ctx](fd::Status applyStatus,
                                                                  QList<ObjectRef> applied) {
                              if (!applyStatus) {
                                  rollback(clusterId, m.namespaceName, applied);
                                  audit(QStringLiteral("deploy.create"), spec.name, false,
                                        applyStatus.error().message);
                                  finish(applyStatus.error());
                                  return;
                              }
                              record(
                                  spec, clusterId, m, this,
                                  [finish](fd::Result<CreateReport> r) { finish(std::move(r)); });
                          });
             });
}

void DeployService::applyAll(qint64 clusterId, Manifest manifest, bool dryRun, QObject* context,
                             std::function<void(fd::Status, QList<ObjectRef>)> done) {
    struct Run {
        Manifest manifest;
        bool dryRun = false;
        int next = 0;
        QList<ObjectRef> applied;
        std::function<void(fd::Status, QList<ObjectRef>)> done;
    };
    auto run = std::make_shared<Run>();
    run->manifest = std::move(manifest);
    run->dryRun = dryRun;
    run->done = std::move(done);
    connections().with(
        clusterId, context,
        [run, context](KubeClient& client) {
            QPointer<KubeClient> c(&client);
            auto step = std::make_shared<std::function<void()>>();
            *step = [run, c, context, weak = std::weak_ptr<std::function<void()>>(step)] {
                if (run->next >= run->manifest.objects.size() || !c) {
                    run->done({}, run->applied);
                    return;
                }
                const ManifestObject& object = run->manifest.objects.at(run->next);
                const auto type = resourceTypeForKind(object.kind);
                if (!type) {
                    run->done(fd::makeError(fd::ErrorKind::Internal,
                                            Text::tr("Fleetdeck cannot apply objects of kind %1.")
                                                .arg(object.kind)),
                              run->applied);
                    return;
                }
                fd::kube::WriteOptions options;
                options.dryRun = run->dryRun;
                options.force = true; // Fleetdeck owns these objects; take back edited fields
                const auto self = weak.lock();
                c->apply(*type, object.json, options, context,
                         [run, self, object](fd::kube::KubeResult<QJsonObject> r) {
                             if (!r) {
                                 run->done(fd::makeError(r.error().toError().kind,
                                                         Text::tr("%1/%2 was refused: %3")
                                                             .arg(object.kind, object.name,
                                                                  r.error().userMessage()),
                                                         r.error().detail),
                                           run->applied);
                                 return;
                             }
                             run->applied.append({object.kind, object.name});
                             ++run->next;
                             if (self)
                                 (*self)();
                         });
            };
            // Each pending answer holds the chain (a strong copy of `step`); `step` itself
            // holds only a weak one, so a cancelled request frees everything.
            (*step)();
        },
        [run](const KubeError& e) { run->done(e.toError(), {}); });
}

void DeployService::rollback(qint64 clusterId, const QString& namespaceName,
                             QList<ObjectRef> applied) {
    if (applied.isEmpty())
        return;
    connections().with(
        clusterId, this,
        [this, namespaceName, applied](KubeClient& client) {
            for (const ObjectRef& o : applied) {
                const auto type = resourceTypeForKind(o.kind);
                if (!type)
                    continue;
                fd::kube::DeleteOptions options;
                options.propagation = fd::kube::Propagation::Background;
                client.remove(*type, namespaceName, o.name, options, this,
                              [o](fd::kube::KubeResult<QJsonObject> r) {
                                  if (!r)
                                      qCWarning(lcDeploy) << "rollback of" << o.text()
                                                          << "failed:" << r.error().message;
                              });
            }
        },
        [](const KubeError& e) { qCWarning(lcDeploy) << "rollback impossible:" << e.message; });
}

void DeployService::record(DeploySpec spec, qint64 clusterId, Manifest manifest, QObject* context,
                           std::function<void(fd::Result<CreateReport>)> done) {
    DeploymentRecord r;
    r.name = manifest.name;
    r.namespaceName = manifest.namespaceName;
    r.targetKind = spec.target.kind;
    r.clusterId = clusterId;
    r.placementStrategy = spec.target.placementStrategy;
    r.runtimeId = spec.runtimeId;
    r.model = spec.model.model;
    r.spec = spec;
    for (const ManifestObject& o : manifest.objects)
        r.objects.append({o.kind, o.name});
    r.status = QStringLiteral("pending");
    r.created = QDateTime::currentDateTimeUtc();
    r.updated = r.created;
    auto id = std::make_shared<qint64>(0);
    m_store.write(
        [r, id](sqlite3* db) -> fd::Status {
            auto inserted = repository::insertDeployment(db, r);
            if (!inserted)
                return inserted.error();
            *id = *inserted;
            return {};
        },
        context,
        [this, r, id, manifest, done](fd::Status st) mutable {
            const QString detail =
                QStringLiteral("%1 %2 on %3; objects: %4")
                    .arg(r.runtimeId, r.model,
                         r.targetKind == TargetKind::Karmada
                             ? QStringLiteral("karmada %1 (strategy %2%3)")
                                   .arg(clusterName(r.clusterId), r.placementStrategy,
                                        r.spec.strategyReason.isEmpty()
                                            ? QStringLiteral(", picked by the admin")
                                            : QStringLiteral(", auto: ") + r.spec.strategyReason)
                             : clusterName(r.clusterId))
                    .arg([&] {
                        QStringList names;
                        for (const ObjectRef& o : r.objects)
                            names << o.text();
                        return names.join(QLatin1String(", "));
                    }());
            if (!st) {
                // The objects are on the cluster; say so, so the admin can remove them.
                audit(QStringLiteral("deploy.create"), r.name, false, detail);
                done(fd::makeError(st.error().kind,
                                   Text::tr("%1 was applied but could not be recorded: %2")
                                       .arg(r.name, st.error().message),
                                   st.error().detail));
                return;
            }
            r.id = *id;
            ++m_changes;
            m_records.append(r);
            audit(QStringLiteral("deploy.create"), r.name, true, detail);
            Q_EMIT deploymentsChanged();
            CreateReport report;
            report.record = r;
            report.manifest = std::move(manifest);
            done(std::move(report));
        });
}

QList<ObjectRef> DeployService::deletionPlan(const DeploymentRecord& record,
                                             bool withVolume) const {
    QList<ObjectRef> plan;
    // Deployment first: its pods stop using the volume before the claim goes.
    for (const char* kind : {"Deployment", "Service", "ConfigMap", "PersistentVolumeClaim"})
        for (const ObjectRef& o : record.objects)
            if (o.kind == QLatin1String(kind) &&
                (withVolume || o.kind != QLatin1String("PersistentVolumeClaim")))
                plan.append(o);
    return plan;
}

void DeployService::remove(const QString& name, bool withVolume, QObject* context,
                           std::function<void(fd::Result<RemoveReport>)> done) {
    auto finish = fd::handoff<fd::Result<RemoveReport>>(context, std::move(done));
    const auto found = find(name);
    if (!found) {
        fd::post(this, [finish, name] {
            finish(fd::makeError(
                fd::ErrorKind::NotFound,
                Text::tr("No deployment named %1 is recorded; `deploy list` shows them.")
                    .arg(name)));
        });
        return;
    }
    const DeploymentRecord rec = *found;
    struct Run {
        RemoveReport report;
        int pending = 0;
    };
    auto run = std::make_shared<Run>();
    const QList<ObjectRef> plan = deletionPlan(rec, withVolume);
    auto complete = [this, rec, run, finish, withVolume] {
        const QString detail =
            QStringLiteral("removed: %1; already gone: %2; failed: %3%4")
                .arg(run->report.removed.join(QLatin1String(", ")),
                     run->report.alreadyGone.join(QLatin1String(", ")),
                     run->report.failed.join(QLatin1String("; ")),
                     withVolume || !rec.hasVolume() ? QString() : QStringLiteral("; volume kept"));
        if (!run->report.ok()) {
            audit(QStringLiteral("deploy.delete"), rec.name, false, detail);
            finish(run->report);
            return;
        }
        m_store.write(
            [id = rec.id](sqlite3* db) { return repository::deleteDeployment(db, id); }, this,
            [this, rec, run, finish, detail](fd::Status st) {
                audit(QStringLiteral("deploy.delete"), rec.name, st.ok(), detail);
                if (!st) {
                    finish(st.error());
                    return;
                }
                ++m_changes;
                m_records.removeIf([id = rec.id](const DeploymentRecord& r) { return r.id == id; });
                Q_EMIT deploymentsChanged();
                finish(run->report);
            });
    };
    run->pending = int(plan.size());
    if (plan.isEmpty()) {
        fd::post(this, complete);
        return;
    }
    connections().with(
        rec.clusterId, this,
        [this, rec, plan, run, complete](KubeClient& client) {
            for (const ObjectRef& o : plan) {
                fd::kube::DeleteOptions options;
                options.propagation = fd::kube::Propagation::Background;
                client.remove(*resourceTypeForKind(o.kind), rec.namespaceName, o.name, options,
                              this, [run, o, complete](fd::kube::KubeResult<QJsonObject> r) {
                                  if (r)
                                      run->report.removed << o.text();
                                  else if (r.error().category == KubeErrorCategory::NotFound)
                                      run->report.alreadyGone << o.text();
                                  else
                                      run->report.failed << QStringLiteral("%1: %2").arg(
                                          o.text(), r.error().userMessage());
                                  if (--run->pending == 0)
                                      complete();
                              });
            }
        },
        [run, plan, complete](const KubeError& e) {
            for (const ObjectRef& o : plan)
                run->report.failed << QStringLiteral("%1: %2").arg(o.text(), e.userMessage());
            complete();
        });
}

QList<qint64> DeployService::statusClusters(const DeploymentRecord& record) const {
    if (record.targetKind == TargetKind::Cluster)
        return {record.clusterId};
    QList<qint64> members;
    for (const ClusterRecord& r : m_clusters.clusters())
        if (r.karmadaRole == KarmadaRole::Member && r.controlPlaneId == record.clusterId)
            members.append(r.id);
    return members;
}

void DeployService::fit(qint64 clusterId, const DeploySpec& spec, QObject* context,
                        std::function<void(fd::Result<FitResult>)> done) {
    auto finish = fd::handoff<fd::Result<FitResult>>(context, std::move(done));
    const RuntimeSpec* runtime = m_catalog.runtime(spec.runtimeId);
    auto manifest = render(spec);
    if (!manifest) {
        fd::post(this, [finish, e = manifest.error()] { finish(e); });
        return;
    }
    const MemoryEstimate estimate = estimateMemory(spec.model, *runtime, manifest->settings);
    const FitRequest request = fitRequestFor(*manifest, estimate, spec.replicas);
    auto nodes = std::make_shared<std::optional<QList<fd::kube::Node>>>();
    connections().list<fd::kube::Node>(
        clusterId, {}, this,
        [this, clusterId, request, finish,
         nodes](fd::kube::KubeResult<fd::kube::ObjectList<fd::kube::Node>> r) {
            if (!r) {
                finish(r.error().toError());
                return;
            }
            *nodes = std::move(r->items);
            fd::kube::ListOptions pods;
            pods.fieldSelector
                .notEquals(QStringLiteral("status.phase"), QStringLiteral("Succeeded"))
                .notEquals(QStringLiteral("status.phase"), QStringLiteral("Failed"));
            connections().list<fd::kube::Pod>(
                clusterId, pods, this,
                [this, request, finish,
                 nodes](fd::kube::KubeResult<fd::kube::ObjectList<fd::kube::Pod>> p) {
                    if (!p) {
                        finish(p.error().toError());
                        return;
                    }
                    fd::runOnPool<FitResult>(
                        this,
                        [n = std::move(**nodes), items = std::move(p->items), request] {
                            return checkFit(n, items, request);
                        },
                        [finish](FitResult fit) { finish(std::move(fit)); });
                });
        });
}

void DeployService::noteStatus(const QString& name, const QString& state) {
    for (DeploymentRecord& r : m_records) {
        if (r.name != name || r.status == state)
            continue;
        const qint64 id = r.id;
        m_store.write(
            [id, state](sqlite3* db) { return repository::updateDeploymentStatus(db, id, state); },
            this,
            [this, id, state](fd::Status st) {
                if (!st)
                    return; // only a hint for lists; the watches say the truth
                ++m_changes;
                for (DeploymentRecord& rr : m_records)
                    if (rr.id == id)
                        rr.status = state;
            });
    }
}

void DeployService::audit(const QString& action, const QString& target, bool ok,
                          const QString& detail) {
    fd::store::AuditEntry entry;
    entry.action = action;
    entry.target = target;
    entry.result = ok ? QStringLiteral("ok") : QStringLiteral("failed");
    entry.detail = detail;
    m_store.appendAudit(entry);
}

} // namespace fd::deploy
