// Adopting an external ClusterOverridePolicy as a resource profile: the exact inverse of
// renderProfile (karmadarender.cpp) for what it writes. Anything the renderer would not have
// written is refused rather than approximated: a profile that silently dropped an overrider
// would change the workloads it selects the moment Fleetdeck applies its own object.
#include "policy/clusterlabels.h"
#include "policy/policysync.h"
#include "policy/policytext.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace fd::policy {

namespace {

const QString kResourcesPath = QStringLiteral("/spec/template/spec/containers/0/resources");
const QString kNvlinkPath = QStringLiteral("/spec/template/spec/nodeSelector/fleetdeck.io~1nvlink");
const QString kTopologyPath =
    QStringLiteral("/spec/template/spec/nodeSelector/fleetdeck.io~1topology-aware");
const QString kQosPath = QStringLiteral("/spec/template/metadata/labels/koordinator.sh~1qosClass");
const QString kSchedulerPath = QStringLiteral("/spec/template/spec/schedulerName");
const QString kPriorityPath = QStringLiteral("/spec/template/spec/priorityClassName");
const QString kGangPath = QStringLiteral(
    "/spec/template/metadata/annotations/gang.scheduling.koordinator.sh~1min-available");
const QString kMigPrefix = QStringLiteral("nvidia.com/mig-");

// The first thing that cannot be represented; later checks do not overwrite it.
struct Refusal {
    QString path;
    QString reason;
};

class Reader final {
public:
    explicit Reader(QString objectName)
        : m_objectName(std::move(objectName)) {}

    bool failed() const { return m_refusal.has_value(); }

    // `path` names something a resource profile has no place for.
    bool unknown(const QString& path) {
        return refuse(path, Text::tr("%1 is not something a resource profile holds").arg(path));
    }
    bool missing(const QString& path) { return refuse(path, Text::tr("%1 is missing").arg(path)); }
    // `path` holds a value Fleetdeck would not write there.
    bool value(const QString& path) {
        return refuse(path, Text::tr("%1 has a value Fleetdeck does not write").arg(path));
    }
    bool refuse(const QString& path, const QString& reason) {
        if (!m_refusal)
            m_refusal = Refusal{path, reason};
        return false;
    }

    fd::Error error() const {
        // Spelled out: lupdate files Text::tr inside this class under another context.
        return fd::Error{fd::ErrorKind::InvalidInput,
                         QCoreApplication::translate("fd::policy",
                                                     "%1 cannot be adopted as a resource "
                                                     "profile: %2; keep it as it is, or "
                                                     "recreate it in Fleetdeck.")
                             .arg(printableText(m_objectName), printableText(m_refusal->reason)),
                         printableText(m_refusal->path)};
    }

private:
    QString m_objectName;
    std::optional<Refusal> m_refusal;
};

// Every key of `object` must be in `allowed`.
bool onlyKeys(Reader& r, const QJsonObject& object, const QString& path,
              std::initializer_list<const char*> allowed) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&](const char* k) { return it.key() == QLatin1String(k); });
        if (!known)
            return r.unknown(path + u'.' + it.key());
    }
    return true;
}

std::optional<int> positiveInt(const QJsonValue& v) {
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{0,6}$"));
    if (!v.isString() || !re.match(v.toString()).hasMatch())
        return std::nullopt;
    return v.toString().toInt();
}

// "8" → 8000, "1500m" → 1500 (what cpuQuantity writes, and only that).
std::optional<int> cpuMillis(const QJsonValue& v) {
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (s.endsWith(u'm')) {
        const auto m = positiveInt(s.chopped(1));
        return m && cpuQuantity(*m) == s ? m : std::nullopt;
    }
    const auto cores = positiveInt(s);
    return cores && *cores <= 1000000 ? std::optional<int>(*cores * 1000) : std::nullopt;
}

// "32Gi" → 32.
std::optional<int> gibibytes(const QJsonValue& v) {
    if (!v.isString() || !v.toString().endsWith(QLatin1String("Gi")))
        return std::nullopt;
    return positiveInt(v.toString().chopped(2));
}

struct Op {
    QString path;
    QJsonValue value;
    QString where; // for messages: spec.overrideRules[i].overriders.plaintext[j]
};

// The plaintext operations of a rule by path; refuses other operators and repeated paths.
bool readOps(Reader& r, const QJsonObject& overriders, const QString& where, QList<Op>* out) {
    if (!onlyKeys(r, overriders, where, {"plaintext"}))
        return false;
    const QJsonValue list = overriders.value(u"plaintext");
    if (!list.isArray() || list.toArray().isEmpty())
        return r.missing(where + QStringLiteral(".plaintext"));
    const QJsonArray ops = list.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QString at = where + QStringLiteral(".plaintext[%1]").arg(i);
        if (!ops[i].isObject())
            return r.value(at);
        const QJsonObject op = ops[i].toObject();
        if (!onlyKeys(r, op, at, {"operator", "path", "value"}))
            return false;
        if (op.value(u"operator").toString() != u"add")
            return r.value(at + QStringLiteral(".operator"));
        const QString path = op.value(u"path").toString();
        if (path.isEmpty())
            return r.missing(at + QStringLiteral(".path"));
        if (seen.contains(path))
            return r.refuse(at + QStringLiteral(".path"),
                            Text::tr("%1 sets %2 a second time").arg(at, path));
        seen.insert(path);
        out->append(Op{path, op.value(u"value"), at});
    }
    return true;
}

const Op* find(const QList<Op>& ops, const QString& path) {
    for (const Op& op : ops)
        if (op.path == path)
            return &op;
    return nullptr;
}

// The {limits, requests} value of the resources operation.
bool readResources(Reader& r, const Op* op, const QString& ruleAt, QJsonObject* limits,
                   QJsonObject* requests) {
    if (!op)
        return r.missing(ruleAt + QStringLiteral(".overriders.plaintext[path=") + kResourcesPath +
                         u']');
    const QString at = op->where + QStringLiteral(".value");
    if (!op->value.isObject())
        return r.value(at);
    const QJsonObject v = op->value.toObject();
    if (!onlyKeys(r, v, at, {"limits", "requests"}))
        return false;
    if (!v.value(u"limits").isObject())
        return r.missing(at + QStringLiteral(".limits"));
    if (!v.value(u"requests").isObject())
        return r.missing(at + QStringLiteral(".requests"));
    *limits = v.value(u"limits").toObject();
    *requests = v.value(u"requests").toObject();
    return true;
}

bool readZoneA(Reader& r, const QList<Op>& ops, const QString& ruleAt, ZoneA* a) {
    for (const Op& op : ops)
        if (op.path != kResourcesPath && op.path != kNvlinkPath && op.path != kTopologyPath)
            return r.unknown(op.where + QStringLiteral(" (") + op.path + u')');
    QJsonObject limits, requests;
    if (!readResources(r, find(ops, kResourcesPath), ruleAt, &limits, &requests))
        return false;
    const QString at = find(ops, kResourcesPath)->where + QStringLiteral(".value");
    const auto cpu = cpuMillis(limits.value(u"cpu"));
    if (!cpu)
        return limits.contains(u"cpu") ? r.value(at + QStringLiteral(".limits.cpu"))
                                       : r.missing(at + QStringLiteral(".limits.cpu"));
    const auto mem = gibibytes(limits.value(u"memory"));
    if (!mem)
        return limits.contains(u"memory") ? r.value(at + QStringLiteral(".limits.memory"))
                                          : r.missing(at + QStringLiteral(".limits.memory"));
    a->cpuMillis = *cpu;
    a->memoryGiB = *mem;
    a->gpus = 0;
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        const QString key = it.key();
        const QString keyAt = at + QStringLiteral(".limits.") + key;
        if (key == u"cpu" || key == u"memory")
            continue;
        if (key == u"nvidia.com/gpu" && !a->mig) {
            const auto n = positiveInt(it.value());
            if (!n)
                return r.value(keyAt);
            a->gpus = *n;
        } else if (key.startsWith(kMigPrefix) && key.size() > kMigPrefix.size() && !a->mig &&
                   a->gpus == 0) {
            const auto n = positiveInt(it.value());
            if (!n)
                return r.value(keyAt);
            a->mig = true;
            a->migProfile = key.mid(kMigPrefix.size());
            a->migCount = *n;
            a->gpus = ZoneA{}.gpus; // the renderer does not write the GPU count with MIG
        } else {
            return r.unknown(keyAt);
        }
    }
    // Guaranteed QoS: the renderer writes requests equal to the limits.
    if (requests != limits)
        return r.value(at + QStringLiteral(".requests"));
    for (const auto& [path, flag] :
         {std::pair{kNvlinkPath, &a->nvlink}, std::pair{kTopologyPath, &a->topologyAware}}) {
        const Op* op = find(ops, path);
        if (op && op->value != QJsonValue(QStringLiteral("true")))
            return r.value(op->where + QStringLiteral(".value"));
        *flag = op != nullptr;
    }
    return true;
}

bool readZoneB(Reader& r, const QList<Op>& ops, const QString& ruleAt, ZoneB* b) {
    for (const Op& op : ops)
        if (op.path != kResourcesPath && op.path != kQosPath && op.path != kSchedulerPath &&
            op.path != kPriorityPath && op.path != kGangPath)
            return r.unknown(op.where + QStringLiteral(" (") + op.path + u')');
    const QString missingAt = ruleAt + QStringLiteral(".overriders.plaintext[path=%1]");
    // QoS class and the Koordinator scheduler: always written for Zone B.
    const Op* qosOp = find(ops, kQosPath);
    if (!qosOp)
        return r.missing(missingAt.arg(kQosPath));
    const auto qos = qosClassFromString(qosOp->value.toString());
    if (!qosOp->value.isString() || !qos)
        return r.value(qosOp->where + QStringLiteral(".value"));
    b->qosClass = *qos;
    const Op* scheduler = find(ops, kSchedulerPath);
    if (!scheduler)
        return r.missing(missingAt.arg(kSchedulerPath));
    if (scheduler->value != QJsonValue(QStringLiteral("koord-scheduler")))
        return r.value(scheduler->where + QStringLiteral(".value"));
    if (const Op* gang = find(ops, kGangPath)) {
        const auto n = positiveInt(gang->value);
        if (!n)
            return r.value(gang->where + QStringLiteral(".value"));
        b->gangScheduling = true;
        b->gangMinMembers = *n;
    }

    QJsonObject limits, requests;
    if (!readResources(r, find(ops, kResourcesPath), ruleAt, &limits, &requests))
        return false;
    const QString at = find(ops, kResourcesPath)->where + QStringLiteral(".value");
    // GPUs: whole GPUs, or Koordinator's shared GPU (count, core and memory share alike).
    const QStringList sharedKeys{QStringLiteral("koordinator.sh/gpu.shared"),
                                 QStringLiteral("koordinator.sh/gpu-core"),
                                 QStringLiteral("koordinator.sh/gpu-memory-ratio")};
    b->gpus = 0;
    b->gpuSharing = false;
    if (limits.contains(sharedKeys[0])) {
        const auto n = positiveInt(limits.value(sharedKeys[0]));
        if (!n)
            return r.value(at + QStringLiteral(".limits.") + sharedKeys[0]);
        const auto core = positiveInt(limits.value(sharedKeys[1]));
        if (!core || *core % *n != 0 || *core / *n > 100)
            return r.value(at + QStringLiteral(".limits.") + sharedKeys[1]);
        if (limits.value(sharedKeys[2]) != limits.value(sharedKeys[1]))
            return r.value(at + QStringLiteral(".limits.") + sharedKeys[2]);
        b->gpus = *n;
        b->gpuSharing = true;
        b->gpuSharePercent = *core / *n;
    } else if (limits.contains(u"nvidia.com/gpu")) {
        const auto n = positiveInt(limits.value(u"nvidia.com/gpu"));
        if (!n)
            return r.value(at + QStringLiteral(".limits.nvidia.com/gpu"));
        b->gpus = *n;
    }
    QStringList gpuKeys = sharedKeys;
    gpuKeys << QStringLiteral("nvidia.com/gpu");
    for (const QString& key : gpuKeys)
        if (limits.value(key) != requests.value(key))
            return r.value(at + QStringLiteral(".requests.") + key);

    const bool batch = limits.contains(u"kubernetes.io/batch-cpu");
    QStringList allowed = batch ? QStringList{QStringLiteral("kubernetes.io/batch-cpu"),
                                              QStringLiteral("kubernetes.io/batch-memory")}
                                : QStringList{QStringLiteral("cpu"), QStringLiteral("memory")};
    if (b->gpuSharing)
        allowed += sharedKeys;
    else if (b->gpus > 0)
        allowed << QStringLiteral("nvidia.com/gpu");
    for (const QString& key : limits.keys())
        if (!allowed.contains(key))
            return r.unknown(at + QStringLiteral(".limits.") + key);
    for (const QString& key : requests.keys())
        if (!allowed.contains(key))
            return r.unknown(at + QStringLiteral(".requests.") + key);

    const Op* priority = find(ops, kPriorityPath);
    if (batch) {
        // Koordinator colocation: only a best-effort, overcommitted profile renders this.
        const auto cpu = positiveInt(limits.value(u"kubernetes.io/batch-cpu"));
        if (!cpu)
            return r.value(at + QStringLiteral(".limits.kubernetes.io/batch-cpu"));
        const auto mem = gibibytes(limits.value(u"kubernetes.io/batch-memory"));
        if (!mem)
            return limits.contains(u"kubernetes.io/batch-memory")
                       ? r.value(at + QStringLiteral(".limits.kubernetes.io/batch-memory"))
                       : r.missing(at + QStringLiteral(".limits.kubernetes.io/batch-memory"));
        if (requests != limits)
            return r.value(at + QStringLiteral(".requests"));
        if (b->qosClass != QosClass::BE)
            return r.value(qosOp->where + QStringLiteral(".value"));
        if (!priority)
            return r.missing(missingAt.arg(kPriorityPath));
        if (priority->value != QJsonValue(QStringLiteral("koord-batch")))
            return r.value(priority->where + QStringLiteral(".value"));
        b->cpuMillis = *cpu;
        b->memoryGiB = *mem;
        b->overcommit = true;
        return true;
    }
    if (priority)
        return r.unknown(priority->where + QStringLiteral(" (") + kPriorityPath + u')');
    const auto cpu = cpuMillis(limits.value(u"cpu"));
    if (!cpu)
        return limits.contains(u"cpu") ? r.value(at + QStringLiteral(".limits.cpu"))
                                       : r.missing(at + QStringLiteral(".limits.cpu"));
    const auto mem = gibibytes(limits.value(u"memory"));
    if (!mem)
        return limits.contains(u"memory") ? r.value(at + QStringLiteral(".limits.memory"))
                                          : r.missing(at + QStringLiteral(".limits.memory"));
    b->cpuMillis = *cpu;
    b->memoryGiB = *mem;
    const QJsonValue reqCpu = requests.value(u"cpu");
    const QJsonValue reqMem = requests.value(u"memory");
    if (reqCpu == limits.value(u"cpu") && reqMem == limits.value(u"memory")) {
        b->overcommit = false;
    } else if (reqCpu == QJsonValue(cpuQuantity(std::max(1, *cpu / 2))) &&
               reqMem == QJsonValue(QString::number(*mem * 512) + QStringLiteral("Mi")) &&
               b->qosClass != QosClass::BE) {
        // Requests at half the limits: how the renderer writes overcommit (2:1).
        b->overcommit = true;
    } else {
        return r.value(at + QStringLiteral(".requests"));
    }
    return true;
}

} // namespace

fd::Result<ResourceProfile> adoptOverridePolicy(const QJsonObject& object, const QString& name) {
    const QString objectName = object.value(u"metadata").toObject().value(u"name").toString();
    if (auto refused = namespacedAdoptionRefusal(object))
        return *refused;
    if (object.value(u"kind").toString() != u"ClusterOverridePolicy")
        return fd::Error{fd::ErrorKind::InvalidInput,
                         Text::tr("Only a ClusterOverridePolicy can be adopted as a resource "
                                  "profile; keep this object as it is or recreate it in "
                                  "Fleetdeck."),
                         object.value(u"kind").toString()};
    Reader r(objectName);
    ResourceProfile p;
    p.name = name;
    p.description = Text::tr("Adopted from %1 on the control plane.").arg(objectName);
    p.zoneA.enabled = false;
    p.zoneB.enabled = false;
    const QJsonObject spec = object.value(u"spec").toObject();
    // resourceSelectors are not carried (the profile selects by Fleetdeck's label).
    onlyKeys(r, spec, QStringLiteral("spec"), {"resourceSelectors", "overrideRules"});
    const QJsonValue rulesValue = spec.value(u"overrideRules");
    if (!r.failed() && (!rulesValue.isArray() || rulesValue.toArray().isEmpty()))
        r.missing(QStringLiteral("spec.overrideRules"));
    const QJsonArray rules = rulesValue.toArray();
    for (qsizetype i = 0; i < rules.size() && !r.failed(); ++i) {
        const QString at = QStringLiteral("spec.overrideRules[%1]").arg(i);
        const QJsonObject rule = rules[i].toObject();
        if (!onlyKeys(r, rule, at, {"targetCluster", "overriders"}))
            break;
        // Which zone: exactly the cluster label fleetdeck.io/zone=A|B, nothing else.
        const QJsonObject target = rule.value(u"targetCluster").toObject();
        if (target.isEmpty()) {
            r.missing(at + QStringLiteral(".targetCluster"));
            break;
        }
        if (!onlyKeys(r, target, at + QStringLiteral(".targetCluster"), {"labelSelector"}))
            break;
        const QJsonObject selector = target.value(u"labelSelector").toObject();
        const QString selAt = at + QStringLiteral(".targetCluster.labelSelector");
        if (!onlyKeys(r, selector, selAt, {"matchLabels"}))
            break;
        const QJsonObject labels = selector.value(u"matchLabels").toObject();
        if (labels.size() != 1 || !labels.contains(kZoneLabel)) {
            r.refuse(selAt + QStringLiteral(".matchLabels"),
                     Text::tr("%1 does not select a zone by the cluster label %2 alone")
                         .arg(selAt + QStringLiteral(".matchLabels"), kZoneLabel));
            break;
        }
        const QString zone = labels.value(kZoneLabel).toString();
        if (zone != u"A" && zone != u"B") {
            r.value(selAt + QStringLiteral(".matchLabels.") + kZoneLabel);
            break;
        }
        bool& seen = zone == u"A" ? p.zoneA.enabled : p.zoneB.enabled;
        if (seen) {
            r.refuse(at, Text::tr("%1 is a second rule for zone %2").arg(at, zone));
            break;
        }
        seen = true;
        if (!rule.value(u"overriders").isObject()) {
            r.missing(at + QStringLiteral(".overriders"));
            break;
        }
        QList<Op> ops;
        if (!readOps(r, rule.value(u"overriders").toObject(), at + QStringLiteral(".overriders"),
                     &ops))
            break;
        if (zone == u"A")
            readZoneA(r, ops, at, &p.zoneA);
        else
            readZoneB(r, ops, at, &p.zoneB);
    }
    if (r.failed())
        return r.error();
    return p;
}

} // namespace fd::policy
