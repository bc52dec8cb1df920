#include "policy/karmadarender.h"

#include "policy/clusterlabels.h"
#include "policy/policytext.h"
#include "policy/yamlwriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace fd::policy {

namespace {

const QString kNotReadyTaint = QStringLiteral("cluster.karmada.io/not-ready");
const QString kUnreachableTaint = QStringLiteral("cluster.karmada.io/unreachable");
const QString kKoordScheduler = QStringLiteral("koord-scheduler");
const QString kBatchPriorityClass = QStringLiteral("koord-batch");
// Deployments Fleetdeck generates always have this container first (docs/policies.md).
const QString kResourcesPath = QStringLiteral("/spec/template/spec/containers/0/resources");

QJsonObject matchLabels(const QString& key, const QString& value) {
    return QJsonObject{{QStringLiteral("matchLabels"), QJsonObject{{key, value}}}};
}

QJsonObject selector(const QString& apiVersion, const QString& kind, const QString& labelKey,
                     const QString& value) {
    return QJsonObject{{QStringLiteral("apiVersion"), apiVersion},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("labelSelector"), matchLabels(labelKey, value)}};
}

QJsonObject toleration(const QString& key, int seconds) {
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("operator"), QStringLiteral("Exists")},
                       {QStringLiteral("effect"), QStringLiteral("NoExecute")},
                       {QStringLiteral("tolerationSeconds"), seconds}};
}

QJsonObject plaintext(const QString& path, const QJsonValue& value) {
    return QJsonObject{{QStringLiteral("operator"), QStringLiteral("add")},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("value"), value}};
}

QString memory(int gib) {
    return QString::number(gib) + QStringLiteral("Gi");
}

// What each top-level part of a spec means to the admin, for "cannot express" messages.
struct SettingName {
    const char* karmadaPrefix;
    const char* setting;
    const char* label;
};

constexpr SettingName kStrategySettings[] = {
    {"preserveResourcesOnDeletion", "keepResourcesOnDeletion",
     QT_TRANSLATE_NOOP("fd::policy", "Keep resources on deletion")},
    {"failover.application.purgeMode", "failoverPolicy",
     QT_TRANSLATE_NOOP("fd::policy", "The failover policy's purge mode")},
    {"failover.application.gracePeriodSeconds", "failoverPolicy",
     QT_TRANSLATE_NOOP("fd::policy", "The failover policy's grace period")},
    {"failover", "failoverPolicy", QT_TRANSLATE_NOOP("fd::policy", "The failover policy")},
    {"placement.clusterTolerations", "failoverPolicy",
     QT_TRANSLATE_NOOP("fd::policy", "Tolerating cluster failures for the failover policy")},
    {"placement.replicaScheduling", "mode",
     QT_TRANSLATE_NOOP("fd::policy", "The way replicas are spread")},
    {"placement.clusterAffinity", "targets",
     QT_TRANSLATE_NOOP("fd::policy", "The target clusters")},
    {"conflictResolution", "conflictResolution",
     QT_TRANSLATE_NOOP("fd::policy", "Conflict resolution")},
    {"propagateDeps", "targets",
     QT_TRANSLATE_NOOP("fd::policy", "Propagating the deployment's dependencies")},
    {"", "", QT_TRANSLATE_NOOP("fd::policy", "Part of the strategy")},
};

constexpr SettingName kProfileSettings[] = {
    {"overrideRules", "zones", QT_TRANSLATE_NOOP("fd::policy", "The zone settings")},
    {"", "", QT_TRANSLATE_NOOP("fd::policy", "Part of the profile")},
};

template <size_t N>
const SettingName& settingFor(const SettingName (&table)[N], const QString& karmadaPath) {
    for (const SettingName& s : table) {
        const QString prefix = QString::fromLatin1(s.karmadaPrefix);
        if (prefix.isEmpty() || karmadaPath == prefix || karmadaPath.startsWith(prefix + u'.'))
            return s;
    }
    return table[N - 1];
}

// Removes what the schema does not declare; returns the removed paths (dotted, below spec).
void prune(QJsonObject& object, const QString& prefix, const QSet<QString>& fields,
           const QSet<QString>& opaque, QStringList* removed) {
    const QStringList keys = object.keys();
    for (const QString& key : keys) {
        const QString path = prefix.isEmpty() ? key : prefix + u'.' + key;
        if (!fields.contains(path)) {
            object.remove(key);
            removed->append(path);
            continue;
        }
        if (opaque.contains(path))
            continue;
        QJsonValue v = object.value(key);
        if (v.isObject()) {
            QJsonObject child = v.toObject();
            prune(child, path, fields, opaque, removed);
            object.insert(key, child);
        } else if (v.isArray()) {
            QJsonArray items = v.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (!items[i].isObject())
                    continue;
                QJsonObject child = items[i].toObject();
                prune(child, path, fields, opaque, removed);
                items[i] = child;
            }
            object.insert(key, items);
        }
    }
}

template <size_t N>
void reportRemoved(const QStringList& removed, const SettingName (&table)[N], PolicyKind kind,
                   const QString& policy, const KarmadaCapabilities& caps, QList<Finding>* out) {
    QStringList seen;
    for (const QString& path : removed) {
        const SettingName& s = settingFor(table, path);
        const QString label = Text::tr(s.label);
        if (seen.contains(label))
            continue;
        seen.append(label);
        out->append(Finding{Severity::Warning, kind, policy, QString::fromLatin1(s.setting),
                            QStringLiteral("not-expressible"),
                            Text::tr("%1 cannot be expressed on %2 (its schema has no %3); it "
                                     "was left out.")
                                .arg(label, displayName(caps.generation), path)});
    }
}

RenderedObject finish(PolicyKind source, const QString& policy, const QString& kind,
                      const QJsonObject& spec) {
    RenderedObject r;
    r.source = source;
    r.policy = policy;
    r.kind = kind;
    r.name = karmadaObjectName(policy);
    QJsonObject metadata{
        {QStringLiteral("name"), r.name},
        {QStringLiteral("labels"), QJsonObject{{kManagedByLabel, kManagedByValue}}}};
    QJsonObject object{{QStringLiteral("apiVersion"), kKarmadaPolicyApiVersion},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("metadata"), metadata},
                       {QStringLiteral("spec"), spec}};
    r.hash = appliedHash(object);
    metadata.insert(QStringLiteral("annotations"), QJsonObject{{kAppliedHashAnnotation, r.hash}});
    object.insert(QStringLiteral("metadata"), metadata);
    r.object = object;
    return r;
}

QJsonArray zoneAOverriders(const ZoneA& a) {
    QJsonObject limits{{QStringLiteral("cpu"), cpuQuantity(a.cpuMillis)},
                       {QStringLiteral("memory"), memory(a.memoryGiB)}};
    if (a.mig)
        limits.insert(QString(QStringLiteral("nvidia.com/mig-") + a.migProfile),
                      QString::number(a.migCount));
    else if (a.gpus > 0)
        limits.insert(QStringLiteral("nvidia.com/gpu"), QString::number(a.gpus));
    // Guaranteed QoS (requests = limits): what the kubelet's CPU and Topology Managers need.
    QJsonArray ops{plaintext(kResourcesPath, QJsonObject{{QStringLiteral("limits"), limits},
                                                         {QStringLiteral("requests"), limits}})};
    const QString nodeSelector = QStringLiteral("/spec/template/spec/nodeSelector/");
    if (a.nvlink)
        ops.append(
            plaintext(nodeSelector + jsonPointerSegment(QStringLiteral("fleetdeck.io/nvlink")),
                      QStringLiteral("true")));
    if (a.topologyAware)
        ops.append(plaintext(nodeSelector +
                                 jsonPointerSegment(QStringLiteral("fleetdeck.io/topology-aware")),
                             QStringLiteral("true")));
    return ops;
}

QJsonArray zoneBOverriders(const ZoneB& b) {
    QJsonObject limits;
    QJsonObject requests;
    const bool batch = b.overcommit && b.qosClass == QosClass::BE;
    if (batch) {
        // Koordinator colocation: best-effort pods run on reclaimed batch resources
        // (batch-cpu in millicores).
        limits.insert(QStringLiteral("kubernetes.io/batch-cpu"), QString::number(b.cpuMillis));
        limits.insert(QStringLiteral("kubernetes.io/batch-memory"), memory(b.memoryGiB));
        requests = limits;
    } else {
        limits.insert(QStringLiteral("cpu"), cpuQuantity(b.cpuMillis));
        limits.insert(QStringLiteral("memory"), memory(b.memoryGiB));
        requests = limits;
        if (b.overcommit) { // requests at half the limits: the node may be overcommitted 2:1
            requests.insert(QStringLiteral("cpu"), cpuQuantity(std::max(1, b.cpuMillis / 2)));
            requests.insert(QStringLiteral("memory"),
                            QString(QString::number(b.memoryGiB * 512) + QStringLiteral("Mi")));
        }
    }
    QJsonObject gpu;
    if (b.gpus > 0 && b.gpuSharing) {
        const QString percent = QString::number(b.gpus * b.gpuSharePercent);
        gpu.insert(QStringLiteral("koordinator.sh/gpu.shared"), QString::number(b.gpus));
        gpu.insert(QStringLiteral("koordinator.sh/gpu-core"), percent);
        gpu.insert(QStringLiteral("koordinator.sh/gpu-memory-ratio"), percent);
    } else if (b.gpus > 0) {
        gpu.insert(QStringLiteral("nvidia.com/gpu"), QString::number(b.gpus));
    }
    for (auto it = gpu.begin(); it != gpu.end(); ++it) {
        limits.insert(it.key(), it.value());
        requests.insert(it.key(), it.value());
    }
    QJsonArray ops{
        plaintext(kResourcesPath, QJsonObject{{QStringLiteral("limits"), limits},
                                              {QStringLiteral("requests"), requests}}),
        plaintext(QStringLiteral("/spec/template/metadata/labels/") +
                      jsonPointerSegment(QStringLiteral("koordinator.sh/qosClass")),
                  toString(b.qosClass)),
        plaintext(QStringLiteral("/spec/template/spec/schedulerName"), kKoordScheduler),
    };
    if (batch)
        ops.append(plaintext(QStringLiteral("/spec/template/spec/priorityClassName"),
                             kBatchPriorityClass));
    if (b.gangScheduling)
        ops.append(plaintext(
            QStringLiteral("/spec/template/metadata/annotations/") +
                jsonPointerSegment(QStringLiteral("gang.scheduling.koordinator.sh/min-available")),
            QString::number(b.gangMinMembers)));
    return ops;
}

QJsonObject overrideRule(const QString& zone, const QJsonArray& plaintextOps) {
    return QJsonObject{
        {QStringLiteral("targetCluster"),
         QJsonObject{{QStringLiteral("labelSelector"), matchLabels(kZoneLabel, zone)}}},
        {QStringLiteral("overriders"), QJsonObject{{QStringLiteral("plaintext"), plaintextOps}}}};
}

} // namespace

QString karmadaObjectName(const QString& policyName) {
    return kObjectNamePrefix + policyName;
}

QString jsonPointerSegment(const QString& key) {
    QString s = key;
    s.replace(u'~', QLatin1String("~0"));
    s.replace(u'/', QLatin1String("~1"));
    return s;
}

QString appliedHash(const QJsonObject& object) {
    QJsonObject copy = object;
    QJsonObject metadata = copy.value(QStringLiteral("metadata")).toObject();
    QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
    annotations.remove(kAppliedHashAnnotation);
    if (annotations.isEmpty())
        metadata.remove(QStringLiteral("annotations"));
    else
        metadata.insert(QStringLiteral("annotations"), annotations);
    copy.insert(QStringLiteral("metadata"), metadata);
    const QByteArray canonical = QJsonDocument(copy).toJson(QJsonDocument::Compact);
    return QStringLiteral("sha256:") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

RenderResult renderStrategy(const PlacementStrategy& s, const PolicySet& context,
                            const KarmadaCapabilities& caps) {
    RenderResult result;
    const QString kind = QStringLiteral("ClusterPropagationPolicy");
    if (!caps.hasPropagationPolicy) {
        result.notExpressed.append(
            Finding{Severity::Warning, PolicyKind::Placement, s.name, QString(),
                    QStringLiteral("not-expressible"),
                    Text::tr("The control plane's schema has no ClusterPropagationPolicy, so "
                             "placement strategy \"%1\" cannot be rendered.")
                        .arg(s.name)});
        return result;
    }
    QJsonObject spec;
    spec.insert(QStringLiteral("resourceSelectors"),
                QJsonArray{selector(QStringLiteral("apps/v1"), QStringLiteral("Deployment"),
                                    kStrategyLabel, s.name),
                           selector(QStringLiteral("v1"), QStringLiteral("Service"), kStrategyLabel,
                                    s.name)});
    spec.insert(QStringLiteral("propagateDeps"), true);
    spec.insert(QStringLiteral("conflictResolution"), toString(s.conflictResolution));
    if (s.keepResourcesOnDeletion)
        spec.insert(QStringLiteral("preserveResourcesOnDeletion"), true);

    QJsonObject placement;
    if (s.targetBy == TargetBy::Names) {
        placement.insert(QStringLiteral("clusterAffinity"),
                         QJsonObject{{QStringLiteral("clusterNames"),
                                      QJsonArray::fromStringList(s.targetClusters)}});
    } else if (!s.targetLabels.isEmpty()) {
        QJsonObject labels;
        for (auto it = s.targetLabels.begin(); it != s.targetLabels.end(); ++it)
            labels.insert(it.key(), it.value());
        placement.insert(QStringLiteral("clusterAffinity"),
                         QJsonObject{{QStringLiteral("labelSelector"),
                                      QJsonObject{{QStringLiteral("matchLabels"), labels}}}});
    }
    QJsonObject scheduling;
    if (s.mode == PlacementMode::Auto) {
        scheduling = QJsonObject{
            {QStringLiteral("replicaSchedulingType"), QStringLiteral("Divided")},
            {QStringLiteral("replicaDivisionPreference"), QStringLiteral("Weighted")},
            {QStringLiteral("weightPreference"),
             QJsonObject{{QStringLiteral("dynamicWeight"), QStringLiteral("AvailableReplicas")}}}};
    } else if (s.spread == ReplicaSpread::Duplicated) {
        scheduling =
            QJsonObject{{QStringLiteral("replicaSchedulingType"), QStringLiteral("Duplicated")}};
    } else {
        QJsonArray list;
        for (const QString& cluster : s.targetClusters)
            list.append(
                QJsonObject{{QStringLiteral("targetCluster"),
                             QJsonObject{{QStringLiteral("clusterNames"), QJsonArray{cluster}}}},
                            {QStringLiteral("weight"), s.weights.value(cluster, 1)}});
        scheduling =
            QJsonObject{{QStringLiteral("replicaSchedulingType"), QStringLiteral("Divided")},
                        {QStringLiteral("replicaDivisionPreference"), QStringLiteral("Weighted")},
                        {QStringLiteral("weightPreference"),
                         QJsonObject{{QStringLiteral("staticWeightList"), list}}}};
    }
    placement.insert(QStringLiteral("replicaScheduling"), scheduling);

    const FailoverPolicy* failover =
        s.failoverPolicy.isEmpty() ? nullptr : context.failoverPolicy(s.failoverPolicy);
    bool purgeDropped = false;
    if (failover && failover->enabled) {
        QJsonObject application{
            {QStringLiteral("decisionConditions"),
             QJsonObject{{QStringLiteral("tolerationSeconds"), failover->tolerationSeconds}}}};
        const QString word = caps.purgeModeWord(failover->purgeMode);
        if (word.isEmpty())
            purgeDropped =
                caps.hasPropagationField(QStringLiteral("failover.application.purgeMode"));
        else
            application.insert(QStringLiteral("purgeMode"), word);
        if (failover->purgeMode == PurgeMode::Gracefully && !word.isEmpty())
            application.insert(QStringLiteral("gracePeriodSeconds"), failover->gracePeriodSeconds);
        spec.insert(QStringLiteral("failover"),
                    QJsonObject{{QStringLiteral("application"), application}});
        placement.insert(QStringLiteral("clusterTolerations"),
                         QJsonArray{toleration(kNotReadyTaint, failover->tolerationSeconds),
                                    toleration(kUnreachableTaint, failover->tolerationSeconds)});
    }
    spec.insert(QStringLiteral("placement"), placement);

    QStringList removed;
    prune(spec, {}, caps.propagationFields, caps.propagationOpaque, &removed);
    if (purgeDropped)
        result.notExpressed.append(Finding{
            Severity::Warning, PolicyKind::Placement, s.name, QStringLiteral("failoverPolicy"),
            QStringLiteral("not-expressible"),
            Text::tr("Purge mode %1 is not accepted by %2 (it accepts: %3); Karmada's default "
                     "purge mode applies.")
                .arg(toString(failover->purgeMode), displayName(caps.generation),
                     caps.applicationPurgeModes.isEmpty()
                         ? Text::tr("nothing it declares")
                         : caps.applicationPurgeModes.join(QStringLiteral(", ")))});
    reportRemoved(removed, kStrategySettings, PolicyKind::Placement, s.name, caps,
                  &result.notExpressed);
    result.objects.append(finish(PolicyKind::Placement, s.name, kind, spec));
    return result;
}

RenderResult renderProfile(const ResourceProfile& p, const KarmadaCapabilities& caps) {
    RenderResult result;
    if (!caps.hasOverridePolicy) {
        result.notExpressed.append(
            Finding{Severity::Warning, PolicyKind::Resource, p.name, QString(),
                    QStringLiteral("not-expressible"),
                    Text::tr("The control plane's schema has no ClusterOverridePolicy, so "
                             "resource profile \"%1\" cannot be rendered.")
                        .arg(p.name)});
        return result;
    }
    QJsonArray rules;
    if (p.zoneA.enabled)
        rules.append(overrideRule(QStringLiteral("A"), zoneAOverriders(p.zoneA)));
    if (p.zoneB.enabled)
        rules.append(overrideRule(QStringLiteral("B"), zoneBOverriders(p.zoneB)));
    QJsonObject spec{{QStringLiteral("resourceSelectors"),
                      QJsonArray{selector(QStringLiteral("apps/v1"), QStringLiteral("Deployment"),
                                          kProfileLabel, p.name)}},
                     {QStringLiteral("overrideRules"), rules}};
    QStringList removed;
    prune(spec, {}, caps.overrideFields, caps.overrideOpaque, &removed);
    reportRemoved(removed, kProfileSettings, PolicyKind::Resource, p.name, caps,
                  &result.notExpressed);
    result.objects.append(
        finish(PolicyKind::Resource, p.name, QStringLiteral("ClusterOverridePolicy"), spec));
    return result;
}

RenderResult renderAll(const PolicySet& set, const KarmadaCapabilities& caps) {
    RenderResult all;
    QList<PlacementStrategy> strategies = set.strategies;
    std::sort(strategies.begin(), strategies.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    QList<ResourceProfile> profiles = set.profiles;
    std::sort(profiles.begin(), profiles.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    for (const PlacementStrategy& s : strategies) {
        RenderResult r = renderStrategy(s, set, caps);
        all.objects += r.objects;
        all.notExpressed += r.notExpressed;
    }
    for (const ResourceProfile& p : profiles) {
        RenderResult r = renderProfile(p, caps);
        all.objects += r.objects;
        all.notExpressed += r.notExpressed;
    }
    return all;
}

QByteArray toYaml(const QList<RenderedObject>& objects) {
    QList<QJsonObject> docs;
    docs.reserve(objects.size());
    for (const RenderedObject& o : objects)
        docs.append(o.object);
    return yaml::writeDocuments(docs);
}

} // namespace fd::policy
