// Karmada control plane marking, push-mode join/unjoin and the reconcile that mirrors clusters
// registered on a control plane by other means.
#include "registry/karmadaservice.h"

#include "common/handoff.h"
#include "registry/clustercatalogimpl.h"
#include "registry/clusterconnections.h"
#include "registry/clusteridentity.h"
#include "registry/healthmonitor.h"
#include "registry/karmadaobjects.h"
#include "registry/karmadaoperation.h"
#include "registry/registrytext.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <openssl/crypto.h>

#include <memory>

namespace fd::registry {

namespace {

using Step = KarmadaOperation::Step;
using fd::kube::KindTraits;

const fd::kube::ResourceType kKarmadaClusters{
    QStringLiteral("cluster.karmada.io"), QStringLiteral("v1alpha1"), QStringLiteral("clusters"),
    QStringLiteral("Cluster"), false};

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

Step create(QString label, ClusterId cluster, const fd::kube::ResourceType& type,
            QJsonObject object) {
    Step st;
    st.label = std::move(label);
    st.cluster = cluster;
    st.verb = Step::Verb::Create;
    st.type = type;
    st.object = std::move(object);
    st.alreadyOk = true;
    st.undoable = true;
    return st;
}

Step remove(QString label, ClusterId cluster, const fd::kube::ResourceType& type, const QString& ns,
            const QString& name) {
    Step st;
    st.label = std::move(label);
    st.cluster = cluster;
    st.verb = Step::Verb::Delete;
    st.type = type;
    st.namespaceName = ns;
    st.name = name;
    st.missingOk = true;
    st.bestEffort = true;
    return st;
}

} // namespace

QStringList joinWarnings(const ClusterRecord& member) {
    QStringList out;
    const QString host = QUrl(member.server()).host().toLower();
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127(\\.\\d{1,3}){3}$"));
    const bool loopback = host == QLatin1String("localhost") ||
                          host.endsWith(QLatin1String(".localhost")) ||
                          ipv4Loopback.match(host).hasMatch() || host == QLatin1String("::1") ||
                          host == QLatin1String("0:0:0:0:0:0:0:1");
    if (loopback)
        out << Text::tr("The member's API server address %1 is a loopback address: it names the "
                        "control plane's own machine, so Karmada cannot reach the member there. "
                        "Register the member with an address the control plane can reach.")
                   .arg(member.server());
    return out;
}

KarmadaService::KarmadaService(ClusterCatalogImpl& catalog, ClusterConnections& connections,
                               HealthMonitor& health, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_connections(connections)
    , m_health(health) {
    connect(&m_reconcileTimer, &QTimer::timeout, this, [this] { reconcileNow(this, {}); });
}

KarmadaService::~KarmadaService() = default;

void KarmadaService::setControlPlane(ClusterId id, bool controlPlane, QObject* context,
                                     std::function<void(fd::Status)> done) {
    auto record = m_catalog.find(id);
    if (!record) {
        fd::post(context, [done] { done(notRegistered()); });
        return;
    }
    if (controlPlane && record->karmadaRole == KarmadaRole::Member) {
        fd::post(context, [done, name = record->name] {
            done(fd::makeError(fd::ErrorKind::InvalidInput,
                               Text::tr("\"%1\" is a member of a Karmada control plane; unjoin it "
                                        "before marking it as a control plane.")
                                   .arg(name)));
        });
        return;
    }
    record->karmadaRole = controlPlane ? KarmadaRole::ControlPlane : KarmadaRole::None;
    QPointer<KarmadaService> self(this);
    m_catalog.saveRecord(*record, QStringLiteral("karmada.controlPlane"),
                         controlPlane ? QStringLiteral("marked") : QStringLiteral("unmarked"),
                         context, [self, controlPlane, done](fd::Status st) {
                             if (st && controlPlane && self)
                                 self->reconcileNow(self.data(), {});
                             if (done)
                                 done(st);
                         });
}

void KarmadaService::join(ClusterId memberId, ClusterId controlPlaneId, const JoinOptions& options,
                          QObject* context, std::function<void(JoinReport)> done) {
    auto deliver = fd::handoff<JoinReport>(context, std::move(done));
    auto fail = [&](fd::Error e) {
        JoinReport report;
        report.error = std::move(e);
        const auto member = m_catalog.find(memberId);
        m_catalog.audit(QStringLiteral("karmada.join"), member ? member->name : QString(),
                        QStringLiteral("failed"), report.error.message);
        deliver(report);
    };
    const auto member = m_catalog.find(memberId);
    const auto cp = m_catalog.find(controlPlaneId);
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
    if (cp->karmadaRole != KarmadaRole::ControlPlane) {
        // Naming a cluster as the control plane of a join marks it as one.
        ClusterRecord marked = *cp;
        marked.karmadaRole = KarmadaRole::ControlPlane;
        m_catalog.saveRecord(marked, QStringLiteral("karmada.controlPlane"),
                             QStringLiteral("marked"), this, {});
    }

    const JoinObjectNames n =
        joinObjectNames(options.clusterName.isEmpty() ? member->name : options.clusterName);
    auto* op = new KarmadaOperation(m_connections, this);
    auto secrets = std::make_shared<JoinSecrets>();
    const QString memberLabel = Text::tr("member %1").arg(member->name);
    const QString cpLabel = Text::tr("control plane %1").arg(cp->name);
    const ClusterId m = memberId;
    const ClusterId c = controlPlaneId;

    op->addStep(create(memberLabel + QStringLiteral(": Namespace ") + n.memberNamespace, m,
                       KindTraits<fd::kube::Namespace>::type(), karmada::memberNamespace(n)));
    op->addStep(create(memberLabel + QStringLiteral(": ServiceAccount ") + n.memberNamespace +
                           QLatin1Char('/') + n.serviceAccount,
                       m, KindTraits<fd::kube::ServiceAccount>::type(),
                       karmada::serviceAccount(n)));
    if (!options.fullAccess)
        op->addStep(create(memberLabel + QStringLiteral(": ClusterRole ") + n.clusterRole, m,
                           KindTraits<fd::kube::ClusterRole>::type(), karmada::clusterRole(n)));
    op->addStep(create(memberLabel + QStringLiteral(": ClusterRoleBinding ") +
                           n.clusterRoleBinding +
                           (options.fullAccess ? QStringLiteral(" → cluster-admin") : QString()),
                       m, KindTraits<fd::kube::ClusterRoleBinding>::type(),
                       karmada::clusterRoleBinding(n, options.fullAccess)));
    op->addStep(create(memberLabel + QStringLiteral(": Secret ") + n.memberNamespace +
                           QLatin1Char('/') + n.tokenSecret,
                       m, KindTraits<fd::kube::Secret>::type(), karmada::tokenSecret(n)));

    // The token controller fills data.token asynchronously.
    Step wait;
    wait.cluster = m;
    wait.verb = Step::Verb::Get;
    wait.type = KindTraits<fd::kube::Secret>::type();
    wait.namespaceName = n.memberNamespace;
    wait.name = n.tokenSecret;
    wait.until = [](const QJsonObject& secret) {
        return !secret.value(QLatin1String("data"))
                    .toObject()
                    .value(QLatin1String("token"))
                    .toString()
                    .isEmpty();
    };
    const QByteArray memberCa = member->endpoint().tls.caPem;
    wait.onOk = [secrets, memberCa](const QJsonObject& secret) {
        const QJsonObject data = secret.value(QLatin1String("data")).toObject();
        secrets->token =
            QByteArray::fromBase64(data.value(QLatin1String("token")).toString().toLatin1());
        secrets->caBundle =
            QByteArray::fromBase64(data.value(QLatin1String("ca.crt")).toString().toLatin1());
        if (secrets->caBundle.isEmpty())
            secrets->caBundle = memberCa;
    };
    op->addStep(wait);

    Step cpNs =
        create({}, c, KindTraits<fd::kube::Namespace>::type(), karmada::controlPlaneNamespace(n));
    cpNs.undoable = false; // normally there already; never removed (Karmada owns it)
    op->addStep(cpNs);

    // A Secret left by an earlier, interrupted join would carry a stale token.
    Step stale = remove({}, c, KindTraits<fd::kube::Secret>::type(), n.controlPlaneNamespace,
                        n.controlPlaneSecret);
    stale.bestEffort = false;
    op->addStep(stale);

    Step cpSecret = create(cpLabel + QStringLiteral(": Secret ") + n.controlPlaneNamespace +
                               QLatin1Char('/') + n.controlPlaneSecret,
                           c, KindTraits<fd::kube::Secret>::type(), {});
    cpSecret.alreadyOk = false;
    cpSecret.prepare = [secrets, n](Step& s) {
        s.object = karmada::controlPlaneSecret(n, secrets->token, secrets->caBundle);
    };
    op->addStep(cpSecret);

    Step clusterObj =
        create(cpLabel + QStringLiteral(": Cluster ") + n.clusterName, c, kKarmadaClusters,
               karmada::withPlacement(karmada::cluster(n, member->server(),
                                                       member->endpoint().tls.insecure,
                                                       member->endpoint().proxyUrl),
                                      *member));
    clusterObj.alreadyOk = false;
    op->addStep(clusterObj);

    const QString access =
        options.fullAccess ? QStringLiteral("cluster-admin") : QStringLiteral("least-privilege");
    const QStringList warnings = joinWarnings(*member);
    QPointer<KarmadaService> self(this);
    op->start([self, memberId, controlPlaneId, n, access, deliver, secrets,
               warnings](JoinReport report) mutable {
        // Wipe the token now rather than when the last copy of the lambda goes.
        secrets->token.fill('\0');
        secrets->token.clear();
        report.warnings = warnings;
        if (!self) {
            deliver(report);
            return;
        }
        auto record = self->m_catalog.find(memberId);
        const auto plane = self->m_catalog.find(controlPlaneId);
        const QString detail =
            QStringLiteral("controlPlane=%1 cluster=%2 access=%3%4")
                .arg(plane ? plane->name : QString(), n.clusterName, access,
                     report.ok ? QString()
                               : QStringLiteral(" error=") + report.error.message +
                                     (report.leftBehind.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" leftBehind=") +
                                                report.leftBehind.join(QLatin1String("; "))));
        if (!report.ok || !record) {
            self->m_catalog.audit(QStringLiteral("karmada.join"), record ? record->name : QString(),
                                  QStringLiteral("failed"), detail);
            deliver(report);
            return;
        }
        record->karmadaRole = KarmadaRole::Member;
        record->joined = true;
        record->controlPlaneId = controlPlaneId;
        record->karmadaClusterName = n.clusterName;
        // The join happened on the clusters; the record follows (a failed write says so).
        self->m_catalog.saveRecord(*record, QStringLiteral("karmada.join"), detail, self.data(),
                                   [report, deliver](fd::Status st) mutable {
                                       if (!st) {
                                           report.ok = false;
                                           report.error = st.error();
                                       }
                                       deliver(report);
                                   });
    });
}

void KarmadaService::pushPlacement(ClusterId memberId, QObject* context,
                                   std::function<void(fd::Status)> done) {
    QPointer<QObject> ctx(context);
    auto deliver = [ctx, done](fd::Status st) {
        if (ctx && done)
            fd::post(ctx.data(), [done, st] { done(st); });
    };
    const auto member = m_catalog.find(memberId);
    if (!member || !member->joined || member->controlPlaneId == 0 ||
        member->karmadaClusterName.isEmpty())
        return deliver({}); // nothing on a control plane to update
    const ClusterRecord record = *member;
    QPointer<KarmadaService> self(this);
    auto failed = [self, record, deliver](const fd::kube::KubeError& error) {
        const fd::Error e = fd::makeError(
            fd::ErrorKind::Remote,
            Text::tr("The Karmada Cluster of \"%1\" could not be updated with its zone, data "
                     "center and labels: %2 They are saved locally; save again to retry.")
                .arg(record.name, error.userMessage()));
        if (self)
            self->m_catalog.audit(QStringLiteral("karmada.placement"), record.name,
                                  QStringLiteral("failed"), error.userMessage());
        deliver(e);
    };
    m_connections.with(
        record.controlPlaneId, this,
        [self, record, deliver, failed](fd::kube::KubeClient& client) {
            // Read the current object first: only keys Fleetdeck pushed and no longer wants go.
            QPointer<fd::kube::KubeClient> kc(&client);
            client.getRaw(
                kKarmadaClusters, {}, record.karmadaClusterName, self.data(),
                [self, kc, record, deliver, failed](fd::kube::KubeResult<QJsonObject> current) {
                    if (!current)
                        return failed(current.error());
                    if (!self || !kc)
                        return;
                    const QJsonObject patch = karmada::placementPatch(
                        record, current->value(QLatin1String("metadata")).toObject());
                    kc->mergePatch(
                        kKarmadaClusters, {}, record.karmadaClusterName, patch, {}, self.data(),
                        [self, record, deliver, failed](fd::kube::KubeResult<QJsonObject> r) {
                            if (!r)
                                return failed(r.error());
                            if (self)
                                self->m_catalog.audit(
                                    QStringLiteral("karmada.placement"), record.name,
                                    QStringLiteral("ok"),
                                    QStringLiteral("cluster=%1 zone=%2 datacenter=%3")
                                        .arg(record.karmadaClusterName,
                                             fd::policy::toString(record.zone),
                                             record.datacenter.id));
                            deliver({});
                        });
                });
        },
        failed);
}

void KarmadaService::unjoin(ClusterId memberId, QObject* context,
                            std::function<void(JoinReport)> done) {
    const auto member = m_catalog.find(memberId);
    if (!member || member->karmadaClusterName.isEmpty()) {
        JoinReport report;
        report.error = fd::makeError(fd::ErrorKind::InvalidInput,
                                     Text::tr("The cluster is not joined to Karmada."));
        fd::post(context, [done, report] { done(report); });
        return;
    }
    const JoinObjectNames n = joinObjectNames(member->karmadaClusterName);
    auto* op = new KarmadaOperation(m_connections, this);
    if (const auto cp = m_catalog.find(member->controlPlaneId)) {
        const QString cpLabel = Text::tr("control plane %1").arg(cp->name);
        op->addStep(remove(cpLabel + QStringLiteral(": Cluster ") + n.clusterName, cp->id,
                           kKarmadaClusters, {}, n.clusterName));
        op->addStep(remove(cpLabel + QStringLiteral(": Secret ") + n.controlPlaneNamespace +
                               QLatin1Char('/') + n.controlPlaneSecret,
                           cp->id, KindTraits<fd::kube::Secret>::type(), n.controlPlaneNamespace,
                           n.controlPlaneSecret));
    }
    // Member-side objects exist only when Fleetdeck joined the cluster itself.
    if (member->joined) {
        const QString memberLabel = Text::tr("member %1").arg(member->name);
        const ClusterId m = memberId;
        op->addStep(
            remove(memberLabel + QStringLiteral(": ClusterRoleBinding ") + n.clusterRoleBinding, m,
                   KindTraits<fd::kube::ClusterRoleBinding>::type(), {}, n.clusterRoleBinding));
        op->addStep(remove(memberLabel + QStringLiteral(": ClusterRole ") + n.clusterRole, m,
                           KindTraits<fd::kube::ClusterRole>::type(), {}, n.clusterRole));
        op->addStep(remove(memberLabel + QStringLiteral(": Secret ") + n.memberNamespace +
                               QLatin1Char('/') + n.tokenSecret,
                           m, KindTraits<fd::kube::Secret>::type(), n.memberNamespace,
                           n.tokenSecret));
        op->addStep(remove(memberLabel + QStringLiteral(": ServiceAccount ") + n.memberNamespace +
                               QLatin1Char('/') + n.serviceAccount,
                           m, KindTraits<fd::kube::ServiceAccount>::type(), n.memberNamespace,
                           n.serviceAccount));
        // The namespace only goes when Fleetdeck made it (our label) — others may use it.
        auto ownsNamespace = std::make_shared<bool>(false);
        Step probe;
        probe.cluster = m;
        probe.verb = Step::Verb::Get;
        probe.type = KindTraits<fd::kube::Namespace>::type();
        probe.name = n.memberNamespace;
        probe.bestEffort = true;
        probe.missingOk = true;
        probe.onOk = [ownsNamespace](const QJsonObject& ns) {
            *ownsNamespace = ns.value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("labels"))
                                 .toObject()
                                 .value(karmada::kManagedByLabel)
                                 .toString() == karmada::kManagedByValue;
        };
        op->addStep(probe);
        Step nsDel = remove(memberLabel + QStringLiteral(": Namespace ") + n.memberNamespace, m,
                            KindTraits<fd::kube::Namespace>::type(), {}, n.memberNamespace);
        nsDel.prepare = [ownsNamespace](Step& s) { s.skip = !*ownsNamespace; };
        op->addStep(nsDel);
    }
    QPointer<KarmadaService> self(this);
    QPointer<QObject> ctx(context);
    op->start([self, memberId, ctx, done](JoinReport report) mutable {
        if (self && ctx)
            self->finishUnjoin(memberId, std::move(report), ctx, std::move(done));
    });
}

void KarmadaService::finishUnjoin(ClusterId memberId, JoinReport report, QObject* context,
                                  std::function<void(JoinReport)> done) {
    report.ok = report.leftBehind.isEmpty();
    auto deliver = fd::handoff<JoinReport>(context, std::move(done));
    auto record = m_catalog.find(memberId);
    if (!record) {
        deliver(report);
        return;
    }
    record->joined = false;
    record->karmadaRole = KarmadaRole::None;
    record->controlPlaneId = 0;
    record->karmadaClusterName.clear();
    m_catalog.saveRecord(*record, QStringLiteral("karmada.unjoin"),
                         report.leftBehind.join(QLatin1String("; ")), this,
                         [report, deliver](fd::Status st) mutable {
                             if (!st) {
                                 report.ok = false;
                                 report.error = st.error();
                             }
                             deliver(report);
                         });
}

void KarmadaService::setReconcileInterval(int seconds) {
    m_reconcileSeconds = std::max(0, seconds);
    if (m_reconcileSeconds == 0)
        m_reconcileTimer.stop();
    else
        m_reconcileTimer.start(m_reconcileSeconds * 1000);
}

void KarmadaService::reconcileNow(QObject* context, std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    QList<ClusterRecord> planes;
    for (const auto& r : m_catalog.records())
        if (r.karmadaRole == KarmadaRole::ControlPlane)
            planes.append(r);
    if (planes.isEmpty()) {
        deliver(fd::Status());
        return;
    }
    struct State {
        int pending = 0;
        QStringList errors;
    };
    auto state = std::make_shared<State>();
    state->pending = int(planes.size());
    QPointer<KarmadaService> self(this);
    for (const auto& cp : planes) {
        auto finishOne = [state, deliver] {
            if (--state->pending > 0)
                return;
            deliver(state->errors.isEmpty()
                        ? fd::Status()
                        : fd::Status(fd::makeError(fd::ErrorKind::Remote,
                                                   state->errors.join(QLatin1Char(' ')))));
        };
        const ClusterId cpId = cp.id;
        const QString cpName = cp.name;
        const auto report = [state, cpName, finishOne](const fd::kube::KubeError& e) {
            state->errors << Text::tr("Reconcile with %1: %2").arg(cpName, e.userMessage());
            finishOne();
        };
        m_connections.with(
            cpId, this,
            [self, cpId, finishOne, report](fd::kube::KubeClient& client) {
                client.listRaw(
                    kKarmadaClusters, {}, self.data(),
                    [self, cpId, finishOne, report](fd::kube::KubeResult<fd::kube::RawList> r) {
                        if (!r) {
                            report(r.error());
                            return;
                        }
                        if (self)
                            self->applyReconcile(cpId, r->items, finishOne);
                        else
                            finishOne();
                    });
            },
            report);
    }
}

void KarmadaService::applyReconcile(ClusterId controlPlane, const QList<QJsonObject>& items,
                                    std::function<void()> applied) {
    // `applied` runs once every write this reconcile started is stored and in memory.
    struct Settle {
        int pending = 1;
        std::function<void()> applied;
        void one() {
            if (--pending == 0 && applied)
                applied();
        }
    };
    auto settle = std::make_shared<Settle>();
    settle->applied = std::move(applied);
    const auto track = [settle] {
        ++settle->pending;
        return [settle](auto&&...) { settle->one(); };
    };
    QSet<QString> present;
    QStringList reserved;
    for (const QJsonObject& obj : items) {
        const QString name =
            obj.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
        const QJsonObject status = obj.value(QLatin1String("status")).toObject();
        const QString endpoint = spec.value(QLatin1String("apiEndpoint")).toString();
        if (name.isEmpty())
            continue;
        present.insert(name);

        std::optional<ClusterRecord> linked;
        for (const auto& r : m_catalog.records())
            if (r.controlPlaneId == controlPlane && r.karmadaClusterName == name)
                linked = r;
        if (!linked && !endpoint.isEmpty()) {
            // A cluster the user imported and someone else joined: link, do not duplicate.
            const QString norm = normalizeServerUrl(endpoint);
            for (const auto& r : m_catalog.records())
                if (r.id != controlPlane && r.karmadaClusterName.isEmpty() &&
                    normalizeServerUrl(r.server()) == norm) {
                    ClusterRecord link = r;
                    link.karmadaRole = KarmadaRole::Member;
                    link.controlPlaneId = controlPlane;
                    link.karmadaClusterName = name;
                    m_catalog.saveRecord(link, QStringLiteral("karmada.link"),
                                         QStringLiteral("Karmada cluster %1").arg(name), this,
                                         track());
                    linked = link;
                    break;
                }
        }
        if (linked) {
            if (linked->origin == ClusterOrigin::DiscoveredFromKarmada)
                m_catalog.setHealth(linked->id, healthFromKarmadaStatus(status, linked->health),
                                    track());
            continue;
        }
        // New to the registry: mirror it, marked as discovered.
        ClusterRecord r;
        r.name = m_catalog.suggestName(name, reserved, 0);
        reserved << r.name;
        r.datacenter = defaultDataCenters().constFirst();
        r.connection.endpoint.url = endpoint;
        r.connection.endpoint.tls.insecure =
            spec.value(QLatin1String("insecureSkipTLSVerification")).toBool();
        r.connection.endpoint.proxyUrl = spec.value(QLatin1String("proxyURL")).toString();
        r.connection.auth = AuthKind::None;
        r.origin = ClusterOrigin::DiscoveredFromKarmada;
        // Its zone as the control plane labels it (someone else registered it).
        r.zone = fd::policy::zoneFromString(obj.value(QLatin1String("metadata"))
                                                .toObject()
                                                .value(QLatin1String("labels"))
                                                .toObject()
                                                .value(fd::policy::kZoneLabel)
                                                .toString());
        r.karmadaRole = KarmadaRole::Member;
        r.controlPlaneId = controlPlane;
        r.karmadaClusterName = name;
        r.identity = normalizeServerUrl(endpoint) + QStringLiteral("|karmada:") +
                     QString::number(controlPlane) + QLatin1Char('/') + name;
        r.health = healthFromKarmadaStatus(status, {});
        QPointer<KarmadaService> self(this);
        m_catalog.insertRecord(r, this, [self, settled = track()](fd::Result<ClusterRecord> saved) {
            settled();
            if (self && saved)
                self->m_catalog.audit(QStringLiteral("karmada.discover"), saved->name,
                                      QStringLiteral("ok"),
                                      QStringLiteral("Karmada cluster %1 at %2")
                                          .arg(saved->karmadaClusterName, saved->server()));
        });
    }
    // Mirrors whose Cluster is gone from the control plane go too (they were only mirrors);
    // imported clusters are merely unlinked.
    for (const auto& r : m_catalog.records()) {
        if (r.controlPlaneId != controlPlane || r.karmadaClusterName.isEmpty() ||
            present.contains(r.karmadaClusterName) || r.joined)
            continue;
        if (r.origin == ClusterOrigin::DiscoveredFromKarmada) {
            m_health.forget(r.id);
            const QString name = r.name;
            QPointer<KarmadaService> self(this);
            m_catalog.removeLocal(
                r.id, {}, this, [self, name, settled = track()](CleanupReport report) {
                    settled();
                    if (self && report.ok)
                        self->m_catalog.audit(QStringLiteral("karmada.forget"), name,
                                              QStringLiteral("ok"),
                                              QStringLiteral("no longer registered on the control "
                                                             "plane"));
                });
        } else {
            ClusterRecord unlinked = r;
            unlinked.karmadaRole = KarmadaRole::None;
            unlinked.controlPlaneId = 0;
            unlinked.karmadaClusterName.clear();
            m_catalog.saveRecord(unlinked, {}, {}, this, track());
        }
    }
    settle->one();
}

} // namespace fd::registry
