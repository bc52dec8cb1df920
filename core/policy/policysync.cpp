// Policy sync over the control plane's one client (ClusterConnections): schema, render, compare,
// apply/delete, records. See policysync.h.
#include "policy/policysync.h"

#include "common/handoff.h"
#include "kube/kubeclient.h"
#include "policy/policylog.h"
#include "policy/policyservice.h"
#include "policy/policytext.h"
#include "policy/synclease.h"
#include "registry/clusterconnections.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace fd::policy {

using fd::kube::KubeClient;
using fd::kube::KubeError;
using fd::kube::KubeErrorCategory;
using fd::kube::ResourceType;
using repository::SyncRecord;
using repository::SyncState;

namespace {

const QString kGroup = QStringLiteral("policy.karmada.io");
const QString kVersion = QStringLiteral("v1alpha1");
const QString kPropagationKind = QStringLiteral("ClusterPropagationPolicy");
const QString kOverrideKind = QStringLiteral("ClusterOverridePolicy");
const QString kNamespacedPropagationKind = QStringLiteral("PropagationPolicy");
const QString kNamespacedOverrideKind = QStringLiteral("OverridePolicy");
// Listed in this order; Fleetdeck writes only the first two, the namespaced ones are external.
constexpr int kKindCount = 4;
const QString kKinds[kKindCount] = {kPropagationKind, kOverrideKind, kNamespacedPropagationKind,
                                    kNamespacedOverrideKind};

// What the server said, for a failed item: its own Status message when it refused the object
// (that names the field), our sentence for everything else (network, credentials).
QString serverMessage(const KubeError& e) {
    switch (e.category) {
    case KubeErrorCategory::Invalid:
    case KubeErrorCategory::Conflict:
    case KubeErrorCategory::AlreadyExists:
    case KubeErrorCategory::Forbidden:
        if (!e.message.isEmpty())
            return e.message;
        break;
    default:
        break;
    }
    return e.userMessage();
}

bool managedByFleetdeck(const QJsonObject& object) {
    return object.value(u"metadata")
               .toObject()
               .value(u"labels")
               .toObject()
               .value(kManagedByLabel) == QJsonValue(QStringLiteral("fleetdeck"));
}

QString annotation(const QJsonObject& object, const QString& key) {
    return object.value(u"metadata")
        .toObject()
        .value(u"annotations")
        .toObject()
        .value(key)
        .toString();
}

PolicyKind kindOfObject(const QString& objectKind) {
    return objectKind == kOverrideKind || objectKind == kNamespacedOverrideKind
               ? PolicyKind::Resource
               : PolicyKind::Placement;
}

// Reads the schema: OpenAPI v3 of policy.karmada.io/v1alpha1 first (one request, both kinds);
// the CRDs themselves when the server does not publish OpenAPI v3.
void readSchema(fd::registry::ClusterConnections& connections, qint64 cp, QObject* context,
                std::function<void(fd::Result<KarmadaCapabilities>)> done) {
    auto fromCrds = [&connections, cp, context, done]() {
        connections.with(
            cp, context,
            [context, done](KubeClient& client) {
                auto schema = std::make_shared<KarmadaSchema>();
                auto left = std::make_shared<int>(2);
                auto error = std::make_shared<std::optional<KubeError>>();
                for (const QString& plural : {QStringLiteral("clusterpropagationpolicies"),
                                              QStringLiteral("clusteroverridepolicies")}) {
                    fd::kube::ApiRequest req;
                    req.path = QStringLiteral(
                                   "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/%1.%2")
                                   .arg(plural, kGroup);
                    client.send(req, context, [schema, left, error, done](auto resp) {
                        if (resp) {
                            if (auto crd = readCrd(resp->body))
                                schema->merge(*crd);
                        } else if (resp.error().category != KubeErrorCategory::NotFound) {
                            *error = resp.error();
                        }
                        if (--*left > 0)
                            return;
                        if (schema->isEmpty() && *error)
                            done((*error)->toError());
                        else
                            done(capabilitiesFrom(*schema));
                    });
                }
            },
            [done](const KubeError& e) { done(e.toError()); });
    };
    connections.with(
        cp, context,
        [context, done, fromCrds](KubeClient& client) {
            fd::kube::ApiRequest req;
            req.path = QStringLiteral("/openapi/v3/apis/%1/%2").arg(kGroup, kVersion);
            client.send(req, context, [context, done, fromCrds](auto resp) {
                if (!resp) {
                    if (resp.error().category == KubeErrorCategory::NotFound)
                        fromCrds();
                    else
                        done(resp.error().toError());
                    return;
                }
                // Megabytes of schema: parsed off the UI thread.
                fd::runOnPool<fd::Result<KarmadaSchema>>(
                    context, [body = resp->body] { return readOpenApi(body); },
                    [done, fromCrds](fd::Result<KarmadaSchema> schema) {
                        if (!schema || schema->isEmpty()) {
                            fromCrds();
                            return;
                        }
                        done(capabilitiesFrom(*schema));
                    });
            });
        },
        [done](const KubeError& e) { done(e.toError()); });
}

fd::Error noKarmada() {
    return fd::Error{fd::ErrorKind::Unsupported,
                     QCoreApplication::translate(
                         "fd::policy", "The control plane serves no Karmada policy API "
                                       "(policy.karmada.io ClusterPropagationPolicy); check that "
                                       "the cluster marked as control plane is the "
                                       "karmada-apiserver."),
                     {}};
}

} // namespace

struct PolicySync::Run {
    qint64 cp = 0;
    SyncOptions options;
    std::function<void(const SyncItem&)> progress;
    std::function<void(SyncReport)> done;
    SyncReport report;
    RenderResult rendered;
    ResourceType types[kKindCount];                   // as kKinds; empty when not served
    QHash<QString, QJsonObject> onServer[kKindCount]; // by qualifiedObjectName
    QList<SyncRecord> records;
    // Writes still to do, one after the other; each calls its continuation when answered.
    struct Write {
        SyncItem item; // what it is about, for a write that is never made
        SyncState stoppedState = SyncState::Failed;
        std::function<void(std::function<void()>)> run;
    };
    QList<Write> writes;
    std::function<void(SyncItem, bool)> settle; // records and reports an item (compare())
    std::optional<fd::Error> leaseLost;         // set by the lease: stop before the next write
    QDateTime now = QDateTime::currentDateTimeUtc();
    bool guarded = false;      // this process's guard is ours (SyncGuard)
    QPointer<SyncLease> lease; // the control plane's lease (sync only)
};

PolicySync::PolicySync(PolicyService& service, fd::registry::ClusterConnections& connections,
                       QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_connections(connections)
    , m_leaseIdentity(syncHolderIdentity()) {}

PolicySync::~PolicySync() {
    // Runs still in flight end with this object (their callbacks are dropped): free their
    // control planes for the next PolicySync. Their leases (children) are not released and
    // expire after kSyncLeaseSeconds.
    for (qint64 cp : std::as_const(m_running))
        SyncGuard::leave(&m_connections, cp);
}

void PolicySync::readCapabilities(qint64 controlPlaneId, QObject* context,
                                  std::function<void(fd::Result<KarmadaCapabilities>)> done) {
    auto deliver = fd::handoff<fd::Result<KarmadaCapabilities>>(context, std::move(done));
    QPointer<PolicySync> self(this);
    readSchema(m_connections, controlPlaneId, this,
               [self, deliver](fd::Result<KarmadaCapabilities> caps) {
                   if (caps && !caps->hasPropagationPolicy)
                       caps = noKarmada();
                   if (caps && self)
                       self->m_service.setCapabilities(*caps);
                   deliver(std::move(caps));
               });
}

void PolicySync::render(
    qint64 controlPlaneId, QObject* context,
    std::function<void(fd::Result<std::pair<KarmadaCapabilities, RenderResult>>)> done) {
    using Out = fd::Result<std::pair<KarmadaCapabilities, RenderResult>>;
    auto deliver = fd::handoff<Out>(context, std::move(done));
    readCapabilities(controlPlaneId, this, [this, deliver](fd::Result<KarmadaCapabilities> caps) {
        if (!caps) {
            deliver(caps.error());
            return;
        }
        deliver(std::make_pair(*caps, renderAll(m_service.policies(), *caps)));
    });
}

void PolicySync::sync(qint64 controlPlaneId, const QString& controlPlaneName, SyncOptions options,
                      QObject* context, std::function<void(const SyncItem&)> progress,
                      std::function<void(SyncReport)> done) {
    auto run = std::make_shared<Run>();
    run->cp = controlPlaneId;
    run->options = options;
    run->report.controlPlaneId = controlPlaneId;
    run->report.controlPlaneName = controlPlaneName;
    run->report.checkOnly = options.checkOnly;
    // The run goes on when the caller's view closes (the records are stored either way); only
    // what it hands back is dropped with the context.
    // Every item reaches the caller (a Handoff would keep only the newest one not yet
    // delivered); each is queued on the context's thread and dropped once the context is gone.
    if (progress) {
        QPointer<QObject> waiting(context);
        run->progress = [waiting, progress](const SyncItem& item) {
            if (waiting)
                fd::post(waiting.data(), [progress, item] { progress(item); });
        };
    }
    run->done = fd::handoff<SyncReport>(context, std::move(done));
    // One sync per control plane at a time: here, then across processes through the lease.
    if (!SyncGuard::tryEnter(&m_connections, controlPlaneId)) {
        const bool adopting =
            SyncGuard::running(&m_connections, controlPlaneId) == SyncGuard::Activity::Adoption;
        run->report.failure = fd::Error(
            fd::ErrorKind::Remote,
            adopting ? Text::tr("An adoption on %1 is running here; wait for it to finish, then "
                                "sync again.")
                           .arg(controlPlaneName)
                     : Text::tr("A policy sync with %1 is already running here; wait for it to "
                                "finish, then sync again.")
                           .arg(controlPlaneName));
        run->report.busy = true;
        run->done(run->report); // nothing stored: the running sync records what it finds
        return;
    }
    run->guarded = true;
    m_running.insert(controlPlaneId);
    if (options.checkOnly) { // a check writes nothing on the control plane: no lease needed
        startRun(run);
        return;
    }
    run->lease =
        new SyncLease(m_connections, controlPlaneId, controlPlaneName, m_leaseIdentity, this);
    if (m_leaseRenewMs > 0)
        run->lease->setRenewIntervalMs(m_leaseRenewMs);
    // A lease lost while the run goes on stops it before its next write (next()).
    connect(run->lease, &SyncLease::lost, this, [run](const QString& message) {
        run->leaseLost = fd::Error(fd::ErrorKind::Remote, message);
    });
    run->lease->acquire([this, run](fd::Status taken) {
        if (taken) {
            startRun(run);
            return;
        }
        if (run->lease && run->lease->heldByOther()) {
            // Held by another sync (or refused): say so; the records stay as they are.
            run->report.failure = taken.error();
            run->report.busy = true;
            endRun(run);
            return;
        }
        failEarly(run, taken.error());
    });
}

void PolicySync::endRun(const std::shared_ptr<Run>& run) {
    const auto finished = [this, run] {
        if (run->guarded) {
            SyncGuard::leave(&m_connections, run->cp);
            m_running.remove(run->cp);
        }
        run->guarded = false;
        if (run->lease)
            run->lease->deleteLater();
        run->done(run->report);
    };
    if (run->lease)
        run->lease->release(finished);
    else
        finished();
}

void PolicySync::startRun(const std::shared_ptr<Run>& run) {
    readCapabilities(run->cp, this, [this, run](fd::Result<KarmadaCapabilities> caps) {
        if (!caps) {
            failEarly(run, caps.error());
            return;
        }
        run->report.capabilities = *caps;
        run->rendered = renderAll(m_service.policies(), *caps);
        run->report.notExpressed = run->rendered.notExpressed;
        listKinds(run, 0);
    });
}

// The four policy kinds one after the other: resolved through discovery (cached per client),
// then listed (namespaced kinds across every namespace). ClusterPropagationPolicy must be
// served; a control plane that serves none of the others, or does not let this user list the
// namespaced ones, is compared without them.
void PolicySync::listKinds(const std::shared_ptr<Run>& run, int index) {
    if (index >= kKindCount) {
        compare(run);
        return;
    }
    const QString kind = kKinds[index];
    const bool required = index == 0;
    m_connections.with(
        run->cp, this,
        [this, run, index, kind, required](KubeClient& client) {
            QPointer<KubeClient> c(&client);
            client.resolveKind(
                kGroup, kVersion, kind, this,
                [this, run, index, required, c](fd::kube::KubeResult<ResourceType> type) {
                    if (!type || !c) {
                        if (required || !c) {
                            failEarly(run,
                                      type || type.error().category == KubeErrorCategory::NotFound
                                          ? noKarmada()
                                          : type.error().toError());
                            return;
                        }
                        if (type.error().category != KubeErrorCategory::NotFound) {
                            failEarly(run, type.error().toError());
                            return;
                        }
                        listKinds(run, index + 1);
                        return;
                    }
                    run->types[index] = *type;
                    c->listRaw(*type, {}, this,
                               [this, run, index, required, namespaced = type->namespaced](
                                   fd::kube::KubeResult<fd::kube::RawList> list) {
                                   if (!list) {
                                       if (namespaced && !required &&
                                           list.error().category == KubeErrorCategory::Forbidden) {
                                           qCInfo(lcPolicy)
                                               << "policy sync: not allowed to list"
                                               << run->types[index].resource
                                               << "in every namespace; compared without them";
                                           // Said in the report: a namespaced policy the user
                                           // cannot see is neither listed nor judged.
                                           run->report.notCompared
                                               << Text::tr("Namespaced %1 objects could not be "
                                                           "listed: %2; they are not compared.")
                                                      .arg(run->types[index].kind,
                                                           printableText(list.error().message));
                                           run->types[index] = {};
                                           listKinds(run, index + 1);
                                           return;
                                       }
                                       failEarly(run, list.error().toError());
                                       return;
                                   }
                                   for (const QJsonObject& o : std::as_const(list->items)) {
                                       const QJsonObject meta = o.value(u"metadata").toObject();
                                       run->onServer[index].insert(
                                           qualifiedObjectName(
                                               namespaced ? meta.value(u"namespace").toString()
                                                          : QString(),
                                               meta.value(u"name").toString()),
                                           o);
                                   }
                                   listKinds(run, index + 1);
                               });
                });
        },
        [this, run](const KubeError& e) { failEarly(run, e.toError()); });
}

void PolicySync::compare(const std::shared_ptr<Run>& run) {
    const QString generation = toString(run->report.capabilities.generation);
    const QList<SyncRecord> previous = m_service.syncRecords();
    const auto previousRecord = [previous, cp = run->cp](PolicyKind kind,
                                                         const QString& name) -> SyncRecord {
        for (const SyncRecord& r : previous)
            if (r.controlPlaneId == cp && r.kind == kind &&
                r.name.compare(name, Qt::CaseInsensitive) == 0)
                return r;
        SyncRecord r;
        r.kind = kind;
        r.name = name;
        r.controlPlaneId = cp;
        return r;
    };
    // One record per item, written once the item is settled. Called while the run lives (the
    // continuation of the write in flight holds it); the writes the run holds keep only a raw
    // pointer, so the run does not own itself.
    Run* current = run.get();
    const auto settle = [current, generation, previousRecord](SyncItem item, bool applied) {
        Run* const state = current;
        SyncRecord r = previousRecord(item.kind, item.policy);
        r.state = item.state;
        r.objectKind = item.objectKind;
        r.objectName = item.objectName;
        r.checkedAt = state->now;
        r.generation = generation;
        r.lastError = item.action == SyncAction::Failed ? item.message : QString();
        r.driftedFields = item.state == SyncState::Drifted ? item.driftedFields : QStringList();
        if (applied) {
            r.appliedAt = state->now;
            for (const RenderedObject& o : std::as_const(state->rendered.objects))
                if (o.kind == item.objectKind && o.name == item.objectName)
                    r.appliedHash = o.hash;
        }
        if (item.action != SyncAction::Deleted)
            state->records.append(r);
        state->report.items.append(item);
        if (state->progress)
            state->progress(item);
    };
    run->settle = settle;
    const bool check = run->options.checkOnly;
    QSet<QString> ours[kKindCount];
    for (const RenderedObject& o : std::as_const(run->rendered.objects)) {
        const int k = o.kind == kOverrideKind ? 1 : 0;
        ours[k].insert(o.name);
        SyncItem item;
        item.kind = o.source;
        item.policy = o.policy;
        item.objectKind = o.kind;
        item.objectName = o.name;
        const ResourceType type = run->types[k];
        if (type.resource.isEmpty()) {
            item.action = SyncAction::Failed;
            item.state = SyncState::Failed;
            item.message = Text::tr("The control plane does not serve %1; this policy cannot be "
                                    "synced there.")
                               .arg(o.kind);
            settle(item, false);
            continue;
        }
        const auto found = run->onServer[k].constFind(o.name);
        bool exists = found != run->onServer[k].constEnd();
        if (exists && !managedByFleetdeck(*found)) {
            item.action = SyncAction::Failed;
            item.state = SyncState::Failed;
            item.message = Text::tr("%1 %2 is on the control plane but was not made by "
                                    "Fleetdeck; adopt it, or remove it there, before syncing "
                                    "this policy.")
                               .arg(o.kind, o.name);
            settle(item, false);
            continue;
        }
        if (exists) {
            const QStringList drift = driftedFields(o.object, *found);
            const bool sameHash = annotation(*found, kAppliedHashAnnotation) == o.hash;
            if (sameHash && drift.isEmpty()) {
                item.action = SyncAction::Unchanged;
                item.state = SyncState::InSync;
                settle(item, false);
                continue;
            }
            item.driftedFields = drift;
            if (check) {
                item.action = sameHash ? SyncAction::Drifted : SyncAction::Pending;
                item.state = sameHash ? SyncState::Drifted : SyncState::NotSynced;
                item.message = sameHash ? Text::tr("Changed on the control plane since Fleetdeck "
                                                   "applied it.")
                                        : Text::tr("Changed in Fleetdeck since the last sync.");
                settle(item, false);
                continue;
            }
            if (sameHash)
                item.message = Text::tr("Overwrote changes made on the control plane.");
        } else if (check) {
            item.action = SyncAction::Pending;
            item.state = SyncState::NotSynced;
            item.message = Text::tr("Not on the control plane yet.");
            settle(item, false);
            continue;
        }
        // Apply: forced on our own objects (a drift is overwritten), not on a new one.
        const QJsonObject object = o.object;
        run->writes.append(
            {item, SyncState::Failed,
             [this, weakRun = std::weak_ptr<Run>(run), cp = run->cp, item, type, object, exists,
              settle](std::function<void()> next) mutable {
                 m_connections.with(
                     cp, this,
                     [this, weakRun, cp, item, type, object, exists, settle,
                      next](KubeClient& client) mutable {
                         fd::kube::WriteOptions options;
                         options.force = exists;
                         client.apply(
                             type, object, options, this,
                             [this, weakRun, cp, item, type, object, exists, settle,
                              next](fd::kube::KubeResult<QJsonObject> r) mutable {
                                 if (r && exists) {
                                     // What only other managers set stays after a forced
                                     // apply: removed, then the item is settled.
                                     removeForeign(weakRun, cp, type, object, *r, item, false,
                                                   settle, next);
                                     return;
                                 }
                                 if (!r) {
                                     item.action = SyncAction::Failed;
                                     item.state = SyncState::Failed;
                                     item.message = serverMessage(r.error());
                                     settle(item, false);
                                 } else if (const QStringList lost = driftedFields(object, *r);
                                            !lost.isEmpty()) {
                                     // The server dropped or changed what was sent: never
                                     // call that in sync.
                                     item.action = SyncAction::Failed;
                                     item.state = SyncState::Failed;
                                     item.message =
                                         Text::tr("The control plane did not keep %1; check "
                                                  "its Karmada version.")
                                             .arg(lost.join(QStringLiteral(", ")));
                                     settle(item, true);
                                 } else {
                                     item.action =
                                         exists ? SyncAction::Updated : SyncAction::Created;
                                     item.state = SyncState::InSync;
                                     settle(item, true);
                                 }
                                 next();
                             });
                     },
                     [item, settle, next](const KubeError& e) mutable {
                         item.action = SyncAction::Failed;
                         item.state = SyncState::Failed;
                         item.message = e.userMessage();
                         settle(item, false);
                         next();
                     });
             }});
    }
    // What is on the control plane and not among Fleetdeck's objects.
    for (int k = 0; k < kKindCount; ++k) {
        const ResourceType type = run->types[k];
        const QString objectKind = kKinds[k];
        // Fleetdeck never makes namespaced policies: every one is external, whatever its labels.
        const bool namespaced = isNamespacedPolicyKind(objectKind);
        for (auto it = run->onServer[k].constBegin(); it != run->onServer[k].constEnd(); ++it) {
            if (ours[k].contains(it.key()))
                continue;
            SyncItem item;
            item.kind = kindOfObject(objectKind);
            item.objectKind = objectKind;
            item.objectName = it.key();
            if (namespaced || !managedByFleetdeck(it.value())) {
                item.policy = it.key();
                const QString adoptedAs = annotation(it.value(), kAdoptedAsAnnotation);
                item.action = adoptedAs.isEmpty() ? SyncAction::External : SyncAction::Adopted;
                item.state = SyncState::External;
                item.message =
                    !adoptedAs.isEmpty()
                        ? Text::tr("Adopted as %1; the original is left as it is.").arg(adoptedAs)
                    : namespaced
                        ? Text::tr("Not made by Fleetdeck; it applies only in namespace %1, "
                                   "which Fleetdeck's policies cannot express, so it is listed "
                                   "and left as it is.")
                              .arg(it.value()
                                       .value(u"metadata")
                                       .toObject()
                                       .value(u"namespace")
                                       .toString())
                        : Text::tr("Not made by Fleetdeck; it can be adopted.");
                run->report.external.append(item);
                // Recorded under a key no policy can have, so an object named like one of
                // Fleetdeck's policies of the same kind is listed too.
                if (item.action == SyncAction::External) {
                    SyncRecord r;
                    r.kind = item.kind;
                    r.name = externalRecordName(item.objectName);
                    r.controlPlaneId = run->cp;
                    r.state = SyncState::External;
                    r.objectKind = objectKind;
                    r.objectName = item.objectName;
                    r.checkedAt = run->now;
                    r.generation = generation;
                    run->records.append(r);
                }
                continue;
            }
            // Fleetdeck's object whose policy is gone: deleted by a sync.
            item.policy = adoptedPolicyName(it.key());
            if (check) {
                item.action = SyncAction::Pending;
                item.state = SyncState::Deleting;
                item.message = Text::tr("Its policy was deleted; a sync removes it.");
                settle(item, false);
                continue;
            }
            const QString name = it.key();
            run->writes.append(
                {item, SyncState::Deleting,
                 [this, cp = run->cp, item, type, name,
                  settle](std::function<void()> next) mutable {
                     m_connections.with(
                         cp, this,
                         [this, item, type, name, settle, next](KubeClient& client) mutable {
                             client.remove(
                                 type, {}, name, {}, this,
                                 [item, settle, next](fd::kube::KubeResult<QJsonObject> r) mutable {
                                     if (!r && r.error().category != KubeErrorCategory::NotFound) {
                                         item.action = SyncAction::Failed;
                                         item.state = SyncState::Deleting;
                                         item.message = serverMessage(r.error());
                                     } else {
                                         item.action = SyncAction::Deleted;
                                     }
                                     settle(item, false);
                                     next();
                                 });
                         },
                         [item, settle, next](const KubeError& e) mutable {
                             item.action = SyncAction::Failed;
                             item.state = SyncState::Deleting;
                             item.message = e.userMessage();
                             settle(item, false);
                             next();
                         });
                 }});
        }
    }
    next(run);
}

void PolicySync::removeForeign(const std::weak_ptr<Run>& run, qint64 cp, const ResourceType& type,
                               const QJsonObject& rendered, const QJsonObject& server,
                               SyncItem item, bool retried,
                               std::function<void(SyncItem, bool)> settle,
                               std::function<void()> next) {
    const QList<ForeignField> fields = foreignOnlyFields(rendered, server);
    const QString name = item.objectName;
    // Settles the item from the object as it is now (as applied, after the removal, or as
    // re-read).
    const auto done = [item, rendered, retried, settle, next](const QJsonObject& now,
                                                              const QList<ForeignField>& removed) {
        SyncItem out = item;
        for (const ForeignField& f : removed)
            out.removedFields << f.path;
        if (!removed.isEmpty()) {
            const QString sentence =
                Text::tr("Removed %1, which another field manager had set and Fleetdeck does "
                         "not.")
                    .arg(printableText(out.removedFields.join(QStringLiteral(", "))));
            out.message = out.message.isEmpty() ? sentence : out.message + u' ' + sentence;
        }
        QJsonObject values = now;
        QJsonObject meta = values.value(u"metadata").toObject();
        meta.remove(QStringLiteral("managedFields"));
        values.insert(QStringLiteral("metadata"), meta);
        const QStringList lost = driftedFields(rendered, values);
        const QStringList owned = driftedFields(rendered, now);
        if (!lost.isEmpty() && !retried) {
            // The server dropped or changed what was sent: never call that in sync.
            out.action = SyncAction::Failed;
            out.state = SyncState::Failed;
            out.message = Text::tr("The control plane did not keep %1; check its Karmada "
                                   "version.")
                              .arg(lost.join(QStringLiteral(", ")));
        } else if (!lost.isEmpty()) {
            out.action = SyncAction::Failed;
            out.state = SyncState::Drifted;
            out.driftedFields = owned;
            out.message = Text::tr("Changed on the control plane while Fleetdeck synced it; "
                                   "sync again.");
        } else if (!owned.isEmpty()) {
            // Fields another manager still shares with Fleetdeck, or items of a list Fleetdeck
            // renders: written as Fleetdeck declares them, still owned by someone else too.
            out.action = SyncAction::Updated;
            out.state = SyncState::Drifted;
            out.driftedFields = owned;
        } else {
            out.action = SyncAction::Updated;
            out.state = SyncState::InSync;
        }
        settle(out, true);
        next();
    };
    const auto failed = [item, settle, next](const QString& message) {
        SyncItem out = item;
        out.action = SyncAction::Failed;
        out.state = SyncState::Failed;
        out.message = message;
        settle(out, true);
        next();
    };
    if (fields.isEmpty()) {
        done(server, QList<ForeignField>());
        return;
    }
    // The lease was lost since the apply: no further write.
    if (const auto current = run.lock(); current && current->leaseLost) {
        failed(current->leaseLost->message);
        return;
    }
    const QJsonArray patch = removalPatch(
        server.value(u"metadata").toObject().value(u"resourceVersion").toString(), fields);
    QPointer<PolicySync> self(this);
    m_connections.with(
        cp, this,
        [self, run, cp, type, rendered, name, item, retried, settle, next, patch, fields, done,
         failed](KubeClient& client) mutable {
            QPointer<KubeClient> c(&client);
            client.jsonPatch(
                type, {}, name, patch, {}, self,
                [self, run, c, cp, type, rendered, name, item, retried, settle, next, fields, done,
                 failed](fd::kube::KubeResult<QJsonObject> r) mutable {
                    if (r) {
                        done(*r, fields);
                        return;
                    }
                    const auto category = r.error().category;
                    // 409, or 422 from the failed resourceVersion test: written in between.
                    // Read it again and decide once more, once.
                    if (retried || !self || !c ||
                        (category != KubeErrorCategory::Conflict &&
                         category != KubeErrorCategory::Invalid)) {
                        failed(serverMessage(r.error()));
                        return;
                    }
                    c->getRaw(type, {}, name, self,
                              [self, run, cp, type, rendered, item, settle, next,
                               failed](fd::kube::KubeResult<QJsonObject> fresh) mutable {
                                  if (!fresh) {
                                      failed(serverMessage(fresh.error()));
                                      return;
                                  }
                                  if (!managedByFleetdeck(*fresh)) { // never touch others'
                                      failed(Text::tr("%1 %2 is on the control plane but was "
                                                      "not made by Fleetdeck; adopt it, or "
                                                      "remove it there, before syncing this "
                                                      "policy.")
                                                 .arg(item.objectKind, item.objectName));
                                      return;
                                  }
                                  if (self)
                                      self->removeForeign(run, cp, type, rendered, *fresh, item,
                                                          true, settle, next);
                              });
                });
        },
        [failed](const KubeError& e) mutable { failed(e.userMessage()); });
}

void PolicySync::next(const std::shared_ptr<Run>& run) {
    if (run->leaseLost && !run->writes.isEmpty()) {
        // Another sync may hold the control plane now: make no further change. Each write not
        // made is reported failed with the reason, and recorded so.
        for (const Run::Write& w : std::as_const(run->writes)) {
            SyncItem item = w.item;
            item.action = SyncAction::Failed;
            item.state = w.stoppedState;
            item.message = run->leaseLost->message;
            run->settle(item, false);
        }
        run->writes.clear();
    }
    if (run->writes.isEmpty()) {
        if (run->leaseLost) {
            run->report.failure = *run->leaseLost;
            run->report.stopped = true;
        }
        finish(run);
        return;
    }
    auto write = run->writes.takeFirst().run;
    QPointer<PolicySync> self(this);
    write([self, run] {
        if (self)
            self->next(run);
    });
}

void PolicySync::failEarly(const std::shared_ptr<Run>& run, const fd::Error& error) {
    qCInfo(lcPolicy) << "policy sync with control plane" << run->cp << "failed:" << error.message;
    run->report.failure = error;
    // Nothing is lost: the policies stay, their records say why they are not on the control plane.
    const QList<SyncRecord> previous = m_service.syncRecords();
    const auto mark = [&](PolicyKind kind, const QString& name) {
        SyncRecord r;
        r.kind = kind;
        r.name = name;
        r.objectKind = kind == PolicyKind::Resource ? kOverrideKind : kPropagationKind;
        r.objectName = karmadaObjectName(name);
        for (const SyncRecord& p : previous)
            if (p.controlPlaneId == run->cp && p.kind == kind &&
                p.name.compare(name, Qt::CaseInsensitive) == 0)
                r = p;
        r.controlPlaneId = run->cp;
        r.state = SyncState::Failed;
        r.lastError = error.message;
        r.checkedAt = run->now;
        run->records.append(r);
    };
    const PolicySet& set = m_service.policies();
    for (const PlacementStrategy& s : set.strategies)
        mark(PolicyKind::Placement, s.name);
    for (const ResourceProfile& p : set.profiles)
        mark(PolicyKind::Resource, p.name);
    // External objects and deletions still due stay as they were.
    for (const SyncRecord& p : previous)
        if (p.controlPlaneId == run->cp &&
            (p.state == SyncState::External || p.state == SyncState::Deleting))
            run->records.append(p);
    finish(run);
}

void PolicySync::finish(const std::shared_ptr<Run>& run) {
    const SyncReport& rep = run->report;
    const QString detail =
        rep.failure ? rep.failure->message
                    : QStringLiteral("created %1, updated %2, unchanged %3, deleted %4, failed "
                                     "%5, drifted %6, external %7")
                          .arg(rep.count(SyncAction::Created))
                          .arg(rep.count(SyncAction::Updated))
                          .arg(rep.count(SyncAction::Unchanged))
                          .arg(rep.count(SyncAction::Deleted))
                          .arg(rep.count(SyncAction::Failed))
                          .arg(rep.count(SyncAction::Drifted))
                          .arg(rep.external.size());
    m_service.replaceSyncRecords(
        run->cp, run->records, this, [this, run, detail](const fd::Status& stored) {
            if (!stored && !run->report.failure)
                run->report.failure = stored.error();
            fd::Status result;
            if (run->report.failure)
                result = *run->report.failure;
            m_service.recordAudit(run->options.checkOnly ? QStringLiteral("policy.check")
                                                         : QStringLiteral("policy.sync"),
                                  run->report.controlPlaneName, result, detail);
            endRun(run);
        });
}

void PolicySync::adopt(qint64 controlPlaneId, const QString& objectKind, const QString& objectName,
                       QObject* context, std::function<void(fd::Result<AdoptOutcome>)> done) {
    auto answer = fd::handoff<fd::Result<AdoptOutcome>>(context, std::move(done));
    if (!std::count(std::begin(kKinds), std::end(kKinds), objectKind)) {
        answer(fd::Error{fd::ErrorKind::InvalidInput,
                         Text::tr("Only a ClusterPropagationPolicy (as a placement strategy) or "
                                  "a ClusterOverridePolicy (as a resource profile) can be "
                                  "adopted; keep this object as it is or recreate it in "
                                  "Fleetdeck."),
                         objectKind});
        return;
    }
    // A namespaced object is named "<namespace>/<name>" (qualifiedObjectName).
    const bool namespaced = isNamespacedPolicyKind(objectKind);
    const qsizetype slash = objectName.indexOf(u'/');
    if (namespaced != (slash > 0 && slash < objectName.size() - 1) || objectName.count(u'/') > 1) {
        answer(fd::Error{
            fd::ErrorKind::InvalidInput,
            namespaced ? Text::tr("Name the %1 as NAMESPACE/NAME, as the sync "
                                  "lists it.")
                             .arg(objectKind)
                       : Text::tr("A %1 has no namespace; name it without one.").arg(objectKind),
            objectName});
        return;
    }
    const QString namespaceName = namespaced ? objectName.left(slash) : QString();
    const QString plainName = namespaced ? objectName.mid(slash + 1) : objectName;
    const QString name = adoptedPolicyName(plainName);
    // An adoption writes the control plane and the sync records: it holds the control plane as
    // a sync does, so its record change never crosses a sync's (forgetExternal).
    holdForAdopt(
        controlPlaneId, answer,
        [this, controlPlaneId, objectKind, objectName, namespaceName, plainName, namespaced,
         name](std::function<void(fd::Result<AdoptOutcome>)> deliver) {
            m_connections.with(
                controlPlaneId, this,
                [this, controlPlaneId, objectKind, objectName, namespaceName, plainName, namespaced,
                 name, deliver](KubeClient& client) {
                    QPointer<KubeClient> c(&client);
                    client.resolveKind(
                        kGroup, kVersion, objectKind, this,
                        [this, controlPlaneId, objectName, namespaceName, plainName, namespaced,
                         name, deliver, c](fd::kube::KubeResult<ResourceType> type) {
                            if (!type || !c) {
                                deliver(type ? noKarmada() : type.error().toError());
                                return;
                            }
                            c->getRaw(
                                *type, namespaceName, plainName, this,
                                [this, controlPlaneId, objectName, namespaced, name, deliver,
                                 type = *type](fd::kube::KubeResult<QJsonObject> object) {
                                    if (!object) {
                                        deliver(object.error().toError());
                                        return;
                                    }
                                    // Fleetdeck never makes namespaced policies, whatever their
                                    // labels say.
                                    if (!namespaced && managedByFleetdeck(*object)) {
                                        deliver(fd::Error{
                                            fd::ErrorKind::InvalidInput,
                                            Text::tr("%1 was made by Fleetdeck; there is nothing "
                                                     "to adopt.")
                                                .arg(objectName),
                                            {}});
                                        return;
                                    }
                                    adoptObject(controlPlaneId, type, *object, name, deliver);
                                });
                        });
                },
                [deliver](const KubeError& e) { deliver(e.toError()); });
        });
}

void PolicySync::holdForAdopt(
    qint64 controlPlaneId, std::function<void(fd::Result<AdoptOutcome>)> deliver,
    std::function<void(std::function<void(fd::Result<AdoptOutcome>)>)> body) {
    QString planeName = QString::number(controlPlaneId);
    for (const SyncRecord& r : m_service.syncRecords())
        if (r.controlPlaneId == controlPlaneId && !r.controlPlaneName.isEmpty())
            planeName = r.controlPlaneName;
    if (!SyncGuard::tryEnter(&m_connections, controlPlaneId, SyncGuard::Activity::Adoption)) {
        const bool adopting =
            SyncGuard::running(&m_connections, controlPlaneId) == SyncGuard::Activity::Adoption;
        deliver(fd::Error{fd::ErrorKind::Remote,
                          adopting ? Text::tr("Another adoption on %1 is running here; adopt "
                                              "once it has finished.")
                                         .arg(planeName)
                                   : Text::tr("A policy sync with %1 is running here; adopt once "
                                              "it has finished.")
                                         .arg(planeName),
                          {}});
        return;
    }
    m_running.insert(controlPlaneId);
    QPointer<SyncLease> lease =
        new SyncLease(m_connections, controlPlaneId, planeName, m_leaseIdentity, this);
    lease->setPurpose(LeasePurpose::Adoption);
    QPointer<PolicySync> self(this);
    // Whatever the outcome: the lease released, then the guard, then the answer.
    auto finished = [self, controlPlaneId, lease, deliver](fd::Result<AdoptOutcome> result) {
        const auto leave = [self, controlPlaneId, lease, deliver, result] {
            if (self) {
                SyncGuard::leave(&self->m_connections, controlPlaneId);
                self->m_running.remove(controlPlaneId);
            }
            if (lease)
                lease->deleteLater();
            deliver(result);
        };
        if (lease)
            lease->release(leave);
        else
            leave();
    };
    lease->acquire([finished, body](fd::Status taken) {
        if (!taken) {
            finished(taken.error());
            return;
        }
        body(finished);
    });
}

void PolicySync::adoptObject(qint64 controlPlaneId, const ResourceType& type,
                             const QJsonObject& object, const QString& name,
                             std::function<void(fd::Result<AdoptOutcome>)> deliver) {
    const QString objectName = object.value(u"metadata").toObject().value(u"name").toString();
    const bool profile = kindOfObject(object.value(u"kind").toString()) == PolicyKind::Resource;
    PolicySet incoming;
    AdoptOutcome outcome;
    if (profile) {
        // All or nothing: a profile that cannot hold every override is not adopted.
        auto adopted = adoptOverridePolicy(object, name);
        if (!adopted) {
            deliver(adopted.error());
            return;
        }
        incoming.profiles << *adopted;
        if (object.value(u"spec").toObject().contains(u"resourceSelectors"))
            outcome.notCarried << QStringLiteral("spec.resourceSelectors");
    } else {
        auto adopted = adoptPropagationPolicy(object, name);
        if (!adopted) {
            deliver(adopted.error());
            return;
        }
        incoming.strategies << adopted->strategy;
        if (adopted->failover)
            incoming.failoverPolicies << *adopted->failover;
        outcome.notCarried = adopted->notCarried;
    }
    // Adopting never replaces a policy Fleetdeck has.
    const PolicySet& set = m_service.policies();
    if ((profile && set.profile(name)) || (!profile && set.strategy(name)) ||
        (!incoming.failoverPolicies.isEmpty() && set.failoverPolicy(name))) {
        deliver(fd::Error{fd::ErrorKind::InvalidInput,
                          Text::tr("A policy named %1 exists already; rename it or delete it "
                                   "before adopting %2.")
                              .arg(name, objectName),
                          {}});
        return;
    }
    m_service.apply(
        incoming, this,
        [this, controlPlaneId, type, objectName, name, profile, outcome,
         deliver](fd::Result<ApplyOutcome> applied) mutable {
            if (!applied) {
                deliver(applied.error());
                return;
            }
            outcome.created = applied->created + applied->updated;
            // Mark the original so it is no longer listed as external (the only write
            // Fleetdeck makes to an object it did not create, and only on this explicit
            // action).
            const QJsonObject patch{
                {QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("annotations"),
                              QJsonObject{{kAdoptedAsAnnotation,
                                           policyTarget(profile ? PolicyKind::Resource
                                                                : PolicyKind::Placement,
                                                        name)}}}}}};
            m_connections.with(
                controlPlaneId, this,
                [this, controlPlaneId, type, objectName, patch, outcome,
                 deliver](KubeClient& client) {
                    client.mergePatch(
                        type, {}, objectName, patch, {}, this,
                        [this, controlPlaneId, objectName, outcome,
                         deliver](fd::kube::KubeResult<QJsonObject> r) {
                            if (!r) {
                                // Still external: the next check lists it again.
                                qCWarning(lcPolicy) << "adopted policy; marking the original "
                                                       "failed:"
                                                    << r.error().message;
                                deliver(outcome);
                                return;
                            }
                            forgetExternal(controlPlaneId, objectName, outcome, deliver);
                        });
                },
                [outcome, deliver](const KubeError&) { deliver(outcome); });
        });
}

// The original is marked adopted now, so it is no longer an external object: drop its record
// (the rest of the control plane's records stay), so its card goes without waiting for a check.
void PolicySync::forgetExternal(qint64 controlPlaneId, const QString& objectName,
                                const AdoptOutcome& outcome,
                                std::function<void(fd::Result<AdoptOutcome>)> deliver) {
    QList<SyncRecord> kept;
    bool found = false;
    for (const SyncRecord& r : m_service.syncRecords()) {
        if (r.controlPlaneId != controlPlaneId)
            continue;
        if (r.state == SyncState::External && r.name == externalRecordName(objectName)) {
            found = true;
            continue;
        }
        kept.append(r);
    }
    if (!found) {
        deliver(outcome);
        return;
    }
    m_service.replaceSyncRecords(controlPlaneId, kept, this, [outcome, deliver](fd::Status st) {
        if (!st)
            qCWarning(lcPolicy) << "adopted policy; dropping its external record failed:"
                                << st.error().message;
        deliver(outcome);
    });
}

} // namespace fd::policy
