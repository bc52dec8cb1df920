// ClusterRegistryImpl: Karmada control plane marking, push-mode join/unjoin and the reconcile
// that mirrors clusters registered on a control plane by other means.
#include "registry/clusteridentity.h"
#include "registry/clusterregistryimpl.h"
#include "registry/clusterrepository.h"
#include "registry/connectiontest.h"
#include "registry/karmadaobjects.h"
#include "registry/karmadaoperation.h"
#include "registry/registrytext.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <memory>
#include <openssl/crypto.h>

namespace fd::registry {

namespace {

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString kClustersPath = QStringLiteral("/apis/cluster.karmada.io/v1alpha1/clusters");

template <typename Fn, typename Arg>
void deliverTo(const QPointer<QObject>& context, bool hadContext, Fn& done, Arg&& arg) {
    if (!done || (hadContext && !context))
        return;
    done(std::forward<Arg>(arg));
}

struct JoinSecrets {
    QByteArray token;
    QByteArray caBundle;
    ~JoinSecrets() {
        if (!token.isEmpty())
            OPENSSL_cleanse(token.data(), size_t(token.size()));
    }
};

HealthSnapshot healthFromKarmadaStatus(const QJsonObject& status, const HealthSnapshot& previous) {
    HealthSnapshot h = previous;
    h.version = status.value(QLatin1String("kubernetesVersion")).toString(previous.version);
    const QJsonObject nodes = status.value(QLatin1String("nodeSummary")).toObject();
    if (!nodes.isEmpty()) {
        h.nodesTotal = nodes.value(QLatin1String("totalNum")).toInt();
        h.nodesReady = nodes.value(QLatin1String("readyNum")).toInt();
    }
    h.status = ClusterStatus::Unknown;
    for (const auto& c : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject cond = c.toObject();
        if (cond.value(QLatin1String("type")).toString() != QLatin1String("Ready"))
            continue;
        const QString s = cond.value(QLatin1String("status")).toString();
        h.status = s == QLatin1String("True")    ? ClusterStatus::Ready
                   : s == QLatin1String("False") ? ClusterStatus::NotReady
                                                 : ClusterStatus::Unknown;
        h.lastError = s == QLatin1String("True") ? QString()
                                                 : cond.value(QLatin1String("message")).toString();
    }
    h.lastCheck = QDateTime::currentDateTimeUtc();
    return h;
}

} // namespace

void ClusterRegistryImpl::setControlPlane(ClusterId id, bool controlPlane, QObject* context,
                                          std::function<void(fd::Status)> done) {
    const auto it = m_records.find(id);
    if (it == m_records.end()) {
        if (done)
            done(notRegistered());
        return;
    }
    if (controlPlane && it->karmadaRole == KarmadaRole::Member) {
        if (done)
            done(fd::makeError(fd::ErrorKind::InvalidInput,
                               Text::tr("\"%1\" is a member of a Karmada control plane; unjoin it "
                                        "before marking it as a control plane.")
                                   .arg(it->name)));
        return;
    }
    it->karmadaRole = controlPlane ? KarmadaRole::ControlPlane : KarmadaRole::None;
    it->updated = QDateTime::currentDateTimeUtc();
    audit(QStringLiteral("karmada.controlPlane"), it->name,
          controlPlane ? QStringLiteral("marked") : QStringLiteral("unmarked"));
    persistRecord(*it, context, std::move(done));
    Q_EMIT clustersChanged();
    if (controlPlane)
        reconcileNow(this, {});
}

void ClusterRegistryImpl::join(ClusterId memberId, ClusterId controlPlaneId,
                               const JoinOptions& options, QObject* context,
                               std::function<void(JoinReport)> done) {
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    auto fail = [&](fd::Error e) {
        JoinReport report;
        report.error = std::move(e);
        audit(QStringLiteral("karmada.join"),
              cluster(memberId) ? cluster(memberId)->name : QString(), QStringLiteral("failed"),
              report.error.message);
        deliverTo(ctx, hadContext, done, report);
    };
    const auto member = cluster(memberId);
    const auto cp = cluster(controlPlaneId);
    if (!member || !cp)
        return fail(notRegistered());
    if (memberId == controlPlaneId)
        return fail(
            fd::makeError(fd::ErrorKind::InvalidInput,
                          Text::tr("A cluster cannot join itself as its Karmada control plane.")));
    if (member->joined)
        return fail(fd::makeError(
            fd::ErrorKind::InvalidInput,
            Text::tr("\"%1\" is already joined to Karmada; unjoin it first.").arg(member->name)));
    if (member->karmadaRole == KarmadaRole::ControlPlane)
        return fail(
            fd::makeError(fd::ErrorKind::InvalidInput,
                          Text::tr("\"%1\" is marked as a Karmada control plane and cannot join "
                                   "another one.")
                              .arg(member->name)));
    auto memberCreds = credentialsFor(*member);
    if (!memberCreds)
        return fail(memberCreds.error());
    auto cpCreds = credentialsFor(*cp);
    if (!cpCreds)
        return fail(cpCreds.error());
    if (cp->karmadaRole != KarmadaRole::ControlPlane) {
        // Naming a cluster as the control plane of a join marks it as one.
        auto& rec = m_records[controlPlaneId];
        rec.karmadaRole = KarmadaRole::ControlPlane;
        persistRecord(rec, nullptr, {});
        audit(QStringLiteral("karmada.controlPlane"), rec.name, QStringLiteral("marked"));
    }

    const JoinObjectNames n =
        joinObjectNames(options.clusterName.isEmpty() ? member->name : options.clusterName);
    auto* op = new KarmadaOperation(this);
    ApiSession* m = op->adopt(makeSession(*member, *memberCreds));
    ApiSession* c = op->adopt(makeSession(*cp, *cpCreds));
    auto secrets = std::make_shared<JoinSecrets>();
    const QString memberLabel = Text::tr("member %1").arg(member->name);
    const QString cpLabel = Text::tr("control plane %1").arg(cp->name);
    const QString nsPath = QStringLiteral("/api/v1/namespaces/") + n.memberNamespace;
    const QString rbac = QStringLiteral("/apis/rbac.authorization.k8s.io/v1/");

    using Step = KarmadaOperation::Step;
    // POST into `collection`; an object already there counts as done, rollback deletes it.
    auto create = [op](QString label, ApiSession* session, const QString& collection,
                       QByteArray body, const QString& name) {
        Step st{};
        st.label = std::move(label);
        st.session = session;
        st.method = "POST";
        st.path = collection;
        st.body = std::move(body);
        st.alreadyOk = true;
        st.undoPath = collection + QLatin1Char('/') + name;
        op->addStep(st);
    };
    create(memberLabel + QStringLiteral(": Namespace ") + n.memberNamespace, m,
           QStringLiteral("/api/v1/namespaces"), compact(karmada::memberNamespace(n)),
           n.memberNamespace);
    create(memberLabel + QStringLiteral(": ServiceAccount ") + n.memberNamespace +
               QLatin1Char('/') + n.serviceAccount,
           m, nsPath + QStringLiteral("/serviceaccounts"), compact(karmada::serviceAccount(n)),
           n.serviceAccount);
    if (!options.fullAccess)
        create(memberLabel + QStringLiteral(": ClusterRole ") + n.clusterRole, m,
               rbac + QStringLiteral("clusterroles"), compact(karmada::clusterRole(n)),
               n.clusterRole);
    create(memberLabel + QStringLiteral(": ClusterRoleBinding ") + n.clusterRoleBinding +
               (options.fullAccess ? QStringLiteral(" → cluster-admin") : QString()),
           m, rbac + QStringLiteral("clusterrolebindings"),
           compact(karmada::clusterRoleBinding(n, options.fullAccess)), n.clusterRoleBinding);
    create(memberLabel + QStringLiteral(": Secret ") + n.memberNamespace + QLatin1Char('/') +
               n.tokenSecret,
           m, nsPath + QStringLiteral("/secrets"), compact(karmada::tokenSecret(n)), n.tokenSecret);

    // The token controller fills data.token asynchronously.
    Step wait{};
    wait.session = m;
    wait.method = "GET";
    wait.path = nsPath + QStringLiteral("/secrets/") + n.tokenSecret;
    wait.until = [](const ApiResult& r) {
        return !QJsonDocument::fromJson(r.body)
                    .object()
                    .value(QLatin1String("data"))
                    .toObject()
                    .value(QLatin1String("token"))
                    .toString()
                    .isEmpty();
    };
    const QByteArray memberCa = member->caPem;
    wait.onOk = [secrets, memberCa](const ApiResult& r) {
        const QJsonObject data =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("data")).toObject();
        secrets->token =
            QByteArray::fromBase64(data.value(QLatin1String("token")).toString().toLatin1());
        secrets->caBundle =
            QByteArray::fromBase64(data.value(QLatin1String("ca.crt")).toString().toLatin1());
        if (secrets->caBundle.isEmpty())
            secrets->caBundle = memberCa;
    };
    op->addStep(wait);

    const QString cpNsPath = QStringLiteral("/api/v1/namespaces/") + n.controlPlaneNamespace;
    Step cpNs{};
    cpNs.session = c;
    cpNs.method = "POST";
    cpNs.path = QStringLiteral("/api/v1/namespaces");
    cpNs.body = compact(karmada::controlPlaneNamespace(n));
    cpNs.alreadyOk = true; // normally there already; never removed (Karmada owns it)
    op->addStep(cpNs);

    // A Secret left by an earlier, interrupted join would carry a stale token.
    Step stale{};
    stale.session = c;
    stale.method = "DELETE";
    stale.path = cpNsPath + QStringLiteral("/secrets/") + n.controlPlaneSecret;
    stale.missingOk = true;
    op->addStep(stale);

    Step cpSecret{};
    cpSecret.label = cpLabel + QStringLiteral(": Secret ") + n.controlPlaneNamespace +
                     QLatin1Char('/') + n.controlPlaneSecret;
    cpSecret.session = c;
    cpSecret.method = "POST";
    cpSecret.path = cpNsPath + QStringLiteral("/secrets");
    cpSecret.prepare = [secrets, n](Step& s) {
        s.body = compact(karmada::controlPlaneSecret(n, secrets->token, secrets->caBundle));
    };
    cpSecret.undoPath = cpNsPath + QStringLiteral("/secrets/") + n.controlPlaneSecret;
    op->addStep(cpSecret);

    Step clusterObj{};
    clusterObj.label = cpLabel + QStringLiteral(": Cluster ") + n.clusterName;
    clusterObj.session = c;
    clusterObj.method = "POST";
    clusterObj.path = kClustersPath;
    clusterObj.body =
        compact(karmada::cluster(n, member->server, member->insecure, member->proxyUrl));
    clusterObj.undoPath = kClustersPath + QLatin1Char('/') + n.clusterName;
    op->addStep(clusterObj);

    const QString access =
        options.fullAccess ? QStringLiteral("cluster-admin") : QStringLiteral("least-privilege");
    op->start([this, memberId, controlPlaneId, n, access, ctx, hadContext, done,
               secrets](JoinReport report) mutable {
        // Wipe the token now rather than when the last copy of the lambda goes.
        secrets->token.fill('\0');
        secrets->token.clear();
        const auto it = m_records.find(memberId);
        if (report.ok && it != m_records.end()) {
            it->karmadaRole = KarmadaRole::Member;
            it->joined = true;
            it->controlPlaneId = controlPlaneId;
            it->karmadaClusterName = n.clusterName;
            it->updated = QDateTime::currentDateTimeUtc();
            persistRecord(*it, nullptr, {});
            Q_EMIT clustersChanged();
        }
        audit(QStringLiteral("karmada.join"), it != m_records.end() ? it->name : QString(),
              report.ok ? QStringLiteral("ok") : QStringLiteral("failed"),
              QStringLiteral("controlPlane=%1 cluster=%2 access=%3%4")
                  .arg(cluster(controlPlaneId) ? cluster(controlPlaneId)->name : QString(),
                       n.clusterName, access,
                       report.ok ? QString()
                                 : QStringLiteral(" error=") + report.error.message +
                                       (report.leftBehind.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" leftBehind=") +
                                                  report.leftBehind.join(QLatin1String("; ")))));
        deliverTo(ctx, hadContext, done, report);
    });
}

void ClusterRegistryImpl::unjoin(ClusterId memberId, QObject* context,
                                 std::function<void(JoinReport)> done) {
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    const auto member = cluster(memberId);
    if (!member || member->karmadaClusterName.isEmpty()) {
        JoinReport report;
        report.error = fd::makeError(fd::ErrorKind::InvalidInput,
                                     Text::tr("The cluster is not joined to Karmada."));
        deliverTo(ctx, hadContext, done, report);
        return;
    }
    const JoinObjectNames n = joinObjectNames(member->karmadaClusterName);
    auto* op = new KarmadaOperation(this);
    using Step = KarmadaOperation::Step;
    auto del = [op](ApiSession* s, const QString& label, const QString& path) {
        Step st{};
        st.label = label;
        st.session = s;
        st.method = "DELETE";
        st.path = path;
        st.missingOk = true;
        st.bestEffort = true;
        op->addStep(st);
    };

    const auto cp = cluster(member->controlPlaneId);
    if (cp) {
        auto cpCreds = credentialsFor(*cp);
        if (cpCreds) {
            ApiSession* c = op->adopt(makeSession(*cp, *cpCreds));
            const QString cpLabel = Text::tr("control plane %1").arg(cp->name);
            del(c, cpLabel + QStringLiteral(": Cluster ") + n.clusterName,
                kClustersPath + QLatin1Char('/') + n.clusterName);
            del(c,
                cpLabel + QStringLiteral(": Secret ") + n.controlPlaneNamespace + QLatin1Char('/') +
                    n.controlPlaneSecret,
                QStringLiteral("/api/v1/namespaces/") + n.controlPlaneNamespace +
                    QStringLiteral("/secrets/") + n.controlPlaneSecret);
        }
    }
    // Member-side objects exist only when Fleetdeck joined the cluster itself.
    if (member->joined) {
        auto memberCreds = credentialsFor(*member);
        if (memberCreds) {
            ApiSession* m = op->adopt(makeSession(*member, *memberCreds));
            const QString memberLabel = Text::tr("member %1").arg(member->name);
            const QString rbac = QStringLiteral("/apis/rbac.authorization.k8s.io/v1/");
            const QString nsPath = QStringLiteral("/api/v1/namespaces/") + n.memberNamespace;
            del(m, memberLabel + QStringLiteral(": ClusterRoleBinding ") + n.clusterRoleBinding,
                rbac + QStringLiteral("clusterrolebindings/") + n.clusterRoleBinding);
            del(m, memberLabel + QStringLiteral(": ClusterRole ") + n.clusterRole,
                rbac + QStringLiteral("clusterroles/") + n.clusterRole);
            del(m,
                memberLabel + QStringLiteral(": Secret ") + n.memberNamespace + QLatin1Char('/') +
                    n.tokenSecret,
                nsPath + QStringLiteral("/secrets/") + n.tokenSecret);
            del(m,
                memberLabel + QStringLiteral(": ServiceAccount ") + n.memberNamespace +
                    QLatin1Char('/') + n.serviceAccount,
                nsPath + QStringLiteral("/serviceaccounts/") + n.serviceAccount);
            // The namespace only goes when Fleetdeck made it (our label) — others may use it.
            auto ownsNamespace = std::make_shared<bool>(false);
            Step probe{};
            probe.session = m;
            probe.method = "GET";
            probe.path = nsPath;
            probe.bestEffort = true;
            probe.missingOk = true;
            probe.onOk = [ownsNamespace](const ApiResult& r) {
                *ownsNamespace = QJsonDocument::fromJson(r.body)
                                     .object()
                                     .value(QLatin1String("metadata"))
                                     .toObject()
                                     .value(QLatin1String("labels"))
                                     .toObject()
                                     .value(karmada::kManagedByLabel)
                                     .toString() == karmada::kManagedByValue;
            };
            op->addStep(probe);
            Step nsDel{};
            nsDel.label = memberLabel + QStringLiteral(": Namespace ") + n.memberNamespace;
            nsDel.session = m;
            nsDel.method = "DELETE";
            nsDel.path = nsPath;
            nsDel.missingOk = true;
            nsDel.bestEffort = true;
            nsDel.prepare = [ownsNamespace](Step& s) {
                if (!*ownsNamespace)
                    s.method.clear();
            };
            op->addStep(nsDel);
        } else {
            // Without the member's credentials its objects stay; say so.
            JoinReport partial;
            partial.leftBehind << Text::tr(
                                      "member %1: could not read its credentials (%2); its "
                                      "ServiceAccount, ClusterRole, ClusterRoleBinding and token "
                                      "Secret remain.")
                                      .arg(member->name, memberCreds.error().message);
            op->start([this, memberId, partial, ctx, hadContext, done](JoinReport report) mutable {
                report.leftBehind += partial.leftBehind;
                finishUnjoin(memberId, std::move(report), ctx, hadContext, std::move(done));
            });
            return;
        }
    }
    op->start([this, memberId, ctx, hadContext, done](JoinReport report) mutable {
        finishUnjoin(memberId, std::move(report), ctx, hadContext, std::move(done));
    });
}

void ClusterRegistryImpl::finishUnjoin(ClusterId memberId, JoinReport report,
                                       const QPointer<QObject>& context, bool hadContext,
                                       std::function<void(JoinReport)> done) {
    report.ok = report.leftBehind.isEmpty();
    const auto it = m_records.find(memberId);
    QString name;
    if (it != m_records.end()) {
        name = it->name;
        it->joined = false;
        it->karmadaRole = KarmadaRole::None;
        it->controlPlaneId = 0;
        it->karmadaClusterName.clear();
        it->updated = QDateTime::currentDateTimeUtc();
        persistRecord(*it, nullptr, {});
        Q_EMIT clustersChanged();
    }
    audit(QStringLiteral("karmada.unjoin"), name,
          report.ok ? QStringLiteral("ok") : QStringLiteral("partial"),
          report.leftBehind.join(QLatin1String("; ")));
    deliverTo(context, hadContext, done, report);
}

void ClusterRegistryImpl::setReconcileInterval(int seconds) {
    m_reconcileSeconds = std::max(0, seconds);
    if (m_reconcileSeconds == 0)
        m_reconcileTimer.stop();
    else
        m_reconcileTimer.start(m_reconcileSeconds * 1000);
}

int ClusterRegistryImpl::reconcileInterval() const {
    return m_reconcileSeconds;
}

void ClusterRegistryImpl::reconcileNow(QObject* context, std::function<void(fd::Status)> done) {
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    QList<ClusterRecord> planes;
    for (const auto& r : std::as_const(m_records))
        if (r.karmadaRole == KarmadaRole::ControlPlane)
            planes.append(r);
    if (planes.isEmpty()) {
        fd::Status ok;
        deliverTo(ctx, hadContext, done, ok);
        return;
    }
    struct State {
        int pending = 0;
        QStringList errors;
    };
    auto state = std::make_shared<State>();
    state->pending = int(planes.size());
    for (const auto& cp : planes) {
        ConnectionReport failure;
        ApiSession* session = makeSession(cp.id, &failure);
        auto finishOne = [this, state, ctx, hadContext, done]() mutable {
            if (--state->pending > 0)
                return;
            fd::Status st;
            if (!state->errors.isEmpty())
                st = fd::makeError(fd::ErrorKind::Remote, state->errors.join(QLatin1Char(' ')));
            deliverTo(ctx, hadContext, done, st);
        };
        if (!session) {
            state->errors << failure.sentence();
            finishOne();
            continue;
        }
        session->setParent(this);
        const ClusterId cpId = cp.id;
        const QString cpName = cp.name;
        session->get(kClustersPath,
                     [this, session, cpId, cpName, state, finishOne](ApiResult r) mutable {
                         session->deleteLater();
                         if (r.ok())
                             applyReconcile(cpId, r.body);
                         else
                             state->errors << Text::tr("Reconcile with %1: %2")
                                                  .arg(cpName, reportFromFailure(r).sentence());
                         finishOne();
                     });
    }
}

void ClusterRegistryImpl::applyReconcile(ClusterId controlPlane, const QByteArray& clusterList) {
    const QJsonArray items =
        QJsonDocument::fromJson(clusterList).object().value(QLatin1String("items")).toArray();
    QSet<QString> present;
    bool changed = false;
    QStringList reserved;
    for (const auto& item : items) {
        const QJsonObject obj = item.toObject();
        const QString name =
            obj.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
        const QJsonObject status = obj.value(QLatin1String("status")).toObject();
        const QString endpoint = spec.value(QLatin1String("apiEndpoint")).toString();
        if (name.isEmpty())
            continue;
        present.insert(name);

        ClusterRecord* linked = nullptr;
        for (auto& r : m_records)
            if (r.controlPlaneId == controlPlane && r.karmadaClusterName == name)
                linked = &r;
        if (!linked && !endpoint.isEmpty()) {
            // A cluster the user imported and someone else joined: link, do not duplicate.
            const QString norm = normalizeServerUrl(endpoint);
            for (auto& r : m_records)
                if (r.id != controlPlane && r.karmadaClusterName.isEmpty() &&
                    normalizeServerUrl(r.server) == norm) {
                    linked = &r;
                    r.karmadaRole = KarmadaRole::Member;
                    r.controlPlaneId = controlPlane;
                    r.karmadaClusterName = name;
                    persistRecord(r, nullptr, {});
                    audit(QStringLiteral("karmada.link"), r.name, QStringLiteral("ok"),
                          QStringLiteral("Karmada cluster %1").arg(name));
                    changed = true;
                    break;
                }
        }
        if (linked) {
            if (linked->origin == ClusterOrigin::DiscoveredFromKarmada) {
                linked->health = healthFromKarmadaStatus(status, linked->health);
                const ClusterId id = linked->id;
                const HealthSnapshot h = linked->health;
                m_store.write([id, h](sqlite3* db) {
                    return repository::saveHealth(db, {{id, h}});
                });
                Q_EMIT healthChanged({id});
            }
            continue;
        }
        // New to the registry: mirror it, marked as discovered.
        ClusterRecord r;
        r.name = suggestName(name, reserved);
        reserved << r.name;
        r.datacenter = defaultDataCenters().constFirst();
        r.server = endpoint;
        r.insecure = spec.value(QLatin1String("insecureSkipTLSVerification")).toBool();
        r.proxyUrl = spec.value(QLatin1String("proxyURL")).toString();
        r.authKind = AuthKind::None;
        r.origin = ClusterOrigin::DiscoveredFromKarmada;
        r.karmadaRole = KarmadaRole::Member;
        r.controlPlaneId = controlPlane;
        r.karmadaClusterName = name;
        r.identity = normalizeServerUrl(endpoint) + QStringLiteral("|karmada:") +
                     QString::number(controlPlane) + QLatin1Char('/') + name;
        r.health = healthFromKarmadaStatus(status, {});
        auto row = std::make_shared<ClusterRecord>(r);
        m_store.write([row](sqlite3* db) { return repository::insertCluster(db, *row); }, this,
                      [this, row](fd::Status st) {
                          if (!st)
                              return;
                          m_records.insert(row->id, *row);
                          audit(QStringLiteral("karmada.discover"), row->name, QStringLiteral("ok"),
                                QStringLiteral("Karmada cluster %1 at %2")
                                    .arg(row->karmadaClusterName, row->server));
                          Q_EMIT clustersChanged();
                      });
    }
    // Mirrors whose Cluster is gone from the control plane go too (they were only mirrors);
    // imported clusters are merely unlinked.
    QList<ClusterId> gone;
    for (auto& r : m_records) {
        if (r.controlPlaneId != controlPlane || r.karmadaClusterName.isEmpty() ||
            present.contains(r.karmadaClusterName) || r.joined)
            continue;
        if (r.origin == ClusterOrigin::DiscoveredFromKarmada) {
            gone.append(r.id);
        } else {
            r.karmadaRole = KarmadaRole::None;
            r.controlPlaneId = 0;
            r.karmadaClusterName.clear();
            persistRecord(r, nullptr, {});
            changed = true;
        }
    }
    for (ClusterId id : gone) {
        const QString name = m_records.value(id).name;
        m_records.remove(id);
        m_refresher->forget(id);
        m_store.write([id](sqlite3* db) { return repository::deleteCluster(db, id); });
        audit(QStringLiteral("karmada.forget"), name, QStringLiteral("ok"),
              QStringLiteral("no longer registered on the control plane"));
        changed = true;
    }
    if (changed)
        Q_EMIT clustersChanged();
}

} // namespace fd::registry
