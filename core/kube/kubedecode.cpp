#include "kube/kubedecode.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>

namespace fd::kube {

namespace detail {

namespace {
thread_local StringPool* t_pool = nullptr;
} // namespace

QString StringPool::intern(QString text) {
    return *m_strings.insert(std::move(text)).first;
}

StringPoolScope::StringPoolScope(StringPool* pool)
    : m_previous(t_pool) {
    t_pool = pool;
}

StringPoolScope::~StringPoolScope() {
    t_pool = m_previous;
}

} // namespace detail

namespace {

// A string that repeats across list items: shared through the thread's pool, when one is set.
inline QString shared(QString text) {
    return detail::t_pool ? detail::t_pool->intern(std::move(text)) : text;
}

inline QString str(const QJsonObject& o, QLatin1StringView key) {
    return o.value(key).toString();
}
inline QJsonObject obj(const QJsonObject& o, QLatin1StringView key) {
    return o.value(key).toObject();
}
inline QJsonArray arr(const QJsonObject& o, QLatin1StringView key) {
    return o.value(key).toArray();
}
inline int integer(const QJsonObject& o, QLatin1StringView key, int fallback = 0) {
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toInt(fallback) : fallback;
}
inline bool boolean(const QJsonObject& o, QLatin1StringView key) {
    return o.value(key).toBool();
}

using L = QLatin1StringView;

StringMap stringMap(const QJsonObject& o) {
    StringMap out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(shared(it.key()), shared(it.value().toString()));
    return out;
}

QStringList stringList(const QJsonArray& a) {
    QStringList out;
    out.reserve(a.size());
    for (const QJsonValue& v : a)
        out.append(v.toString());
    return out;
}

ResourceList resourceList(const QJsonObject& o) {
    return ResourceList{stringMap(o)};
}

QList<Condition> conditions(const QJsonArray& a) {
    QList<Condition> out;
    out.reserve(a.size());
    for (const QJsonValue& v : a) {
        const QJsonObject c = v.toObject();
        out.append({shared(str(c, L("type"))), shared(str(c, L("status"))),
                    shared(str(c, L("reason"))), shared(str(c, L("message"))),
                    parseTime(str(c, L("lastTransitionTime")))});
    }
    return out;
}

QList<PolicyRule> policyRules(const QJsonArray& a) {
    QList<PolicyRule> out;
    for (const QJsonValue& v : a) {
        const QJsonObject r = v.toObject();
        out.append({stringList(arr(r, L("apiGroups"))), stringList(arr(r, L("resources"))),
                    stringList(arr(r, L("verbs"))), stringList(arr(r, L("resourceNames"))),
                    stringList(arr(r, L("nonResourceURLs")))});
    }
    return out;
}

// The int-or-string fields (targetPort) as text.
QString intOrString(const QJsonValue& v) {
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

KubeError malformed(const QString& detail) {
    return makeKubeError(KubeErrorCategory::MalformedResponse,
                         QCoreApplication::translate(
                             "fd::kube::KubeError",
                             "The server's answer is not a Kubernetes API response; check that "
                             "the URL points at the API server and not at a proxy or web page."),
                         detail);
}

} // namespace

namespace {

// "2026-11-23T10:40:00Z" and "2026-11-23T10:40:00.123456Z" (what the apiserver writes) without
// QDateTime's general parser, which dominates decoding large lists. Anything else: nullopt.
std::optional<QDateTime> parseUtcFast(const QString& text) {
    const qsizetype n = text.size();
    if (n < 20 || text[n - 1] != u'Z' || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':')
        return std::nullopt;
    auto num = [&](qsizetype at, qsizetype len, int& out) {
        out = 0;
        for (qsizetype i = at; i < at + len; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            out = out * 10 + (c - u'0');
        }
        return true;
    };
    int y, mo, d, h, mi, sec, ms = 0;
    if (!num(0, 4, y) || !num(5, 2, mo) || !num(8, 2, d) || !num(11, 2, h) || !num(14, 2, mi) ||
        !num(17, 2, sec))
        return std::nullopt;
    if (n > 20) {
        if (text[19] != u'.' || n < 22 || n > 30)
            return std::nullopt;
        int frac = 0;
        const qsizetype digits = n - 21;
        if (!num(20, digits, frac))
            return std::nullopt;
        for (qsizetype i = digits; i < 3; ++i)
            frac *= 10;
        for (qsizetype i = 3; i < digits; ++i)
            frac /= 10;
        ms = frac;
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime parseTime(const QString& text) {
    if (text.isEmpty())
        return {};
    if (auto fast = parseUtcFast(text))
        return *fast;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

KubeResult<QJsonObject> parseObject(const QByteArray& body) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("JSON error at offset %1: %2")
                             .arg(error.offset)
                             .arg(error.errorString()));
    if (!doc.isObject())
        return malformed(QStringLiteral("expected a JSON object"));
    return doc.object();
}

namespace detail {
KubeResult<QJsonArray> listItems(const QJsonObject& list, ListMeta& meta) {
    decode(obj(list, L("metadata")), meta);
    const QJsonValue items = list.value(L("items"));
    // The apiserver writes "items": [] for empty lists, but some proxies and older aggregated
    // servers send null.
    if (items.isNull())
        return QJsonArray();
    if (!items.isArray())
        return malformed(QStringLiteral("list without an items array"));
    return items.toArray();
}
} // namespace detail

KubeError detail::malformedList(const QString& detail) {
    return malformed(detail);
}

KubeResult<RawList> decodeRawList(const QByteArray& body) {
    detail::ListSpans spans;
    if (!detail::scanList(body, spans))
        return decodeRawListWhole(body);
    RawList out;
    out.items.resize(spans.items.size());
    auto n = detail::decodeSpans(
        spans, out.metadata, [&](const QJsonObject& json, qsizetype i) { out.items[i] = json; });
    if (!n)
        return n.error();
    return out;
}

bool parseWatchLine(const QByteArray& line, WatchLine& out) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject event = doc.object();
    const QString type = event.value(QLatin1String("type")).toString();
    out.object = event.value(QLatin1String("object")).toObject();
    if (type == QLatin1String("ERROR")) {
        out.type = WatchLine::Type::Error;
        const int code = out.object.value(QLatin1String("code")).toInt();
        out.error = errorFromResponse(code ? code : 500,
                                      QJsonDocument(out.object).toJson(QJsonDocument::Compact));
        return true;
    }
    if (type == QLatin1String("ADDED"))
        out.type = WatchLine::Type::Added;
    else if (type == QLatin1String("MODIFIED"))
        out.type = WatchLine::Type::Modified;
    else if (type == QLatin1String("DELETED"))
        out.type = WatchLine::Type::Deleted;
    else if (type == QLatin1String("BOOKMARK"))
        out.type = WatchLine::Type::Bookmark;
    else
        return false;
    out.resourceVersion = out.object.value(QLatin1String("metadata"))
                              .toObject()
                              .value(QLatin1String("resourceVersion"))
                              .toString();
    return true;
}

KubeResult<RawList> decodeRawListWhole(const QByteArray& body) {
    auto json = parseObject(body);
    if (!json)
        return json.error();
    RawList out;
    auto items = detail::listItems(*json, out.metadata);
    if (!items)
        return items.error();
    out.items.reserve(items->size());
    for (const QJsonValue& v : std::as_const(*items))
        out.items.append(v.toObject());
    return out;
}

void decode(const QJsonObject& o, ObjectMeta& out) {
    out.name = str(o, L("name"));
    out.namespaceName = str(o, L("namespace"));
    out.uid = str(o, L("uid"));
    out.resourceVersion = str(o, L("resourceVersion"));
    out.generation = o.value(L("generation")).toInteger();
    out.creationTimestamp = parseTime(str(o, L("creationTimestamp")));
    out.deletionTimestamp = parseTime(str(o, L("deletionTimestamp")));
    out.labels = stringMap(obj(o, L("labels")));
    out.annotations = stringMap(obj(o, L("annotations")));
    out.ownerReferences.clear();
    for (const QJsonValue& v : arr(o, L("ownerReferences"))) {
        const QJsonObject r = v.toObject();
        out.ownerReferences.append({str(r, L("apiVersion")), str(r, L("kind")), str(r, L("name")),
                                    str(r, L("uid")), boolean(r, L("controller"))});
    }
}

void decode(const QJsonObject& o, ListMeta& out) {
    out.resourceVersion = str(o, L("resourceVersion"));
    out.continueToken = str(o, L("continue"));
    const QJsonValue remaining = o.value(L("remainingItemCount"));
    out.remainingItemCount = remaining.isDouble() ? remaining.toInteger() : -1;
}

void decode(const QJsonObject& o, Node& out) {
    decode(obj(o, L("metadata")), out.metadata);
    const QJsonObject spec = obj(o, L("spec"));
    out.unschedulable = boolean(spec, L("unschedulable"));
    out.taints.clear();
    for (const QJsonValue& v : arr(spec, L("taints"))) {
        const QJsonObject t = v.toObject();
        out.taints.append(
            {shared(str(t, L("key"))), shared(str(t, L("value"))), shared(str(t, L("effect")))});
    }
    const QJsonObject status = obj(o, L("status"));
    out.conditions = conditions(arr(status, L("conditions")));
    out.capacity = resourceList(obj(status, L("capacity")));
    out.allocatable = resourceList(obj(status, L("allocatable")));
    out.addresses.clear();
    for (const QJsonValue& v : arr(status, L("addresses"))) {
        const QJsonObject a = v.toObject();
        out.addresses.append({shared(str(a, L("type"))), str(a, L("address"))});
    }
    const QJsonObject info = obj(status, L("nodeInfo"));
    out.kubeletVersion = shared(str(info, L("kubeletVersion")));
    out.osImage = shared(str(info, L("osImage")));
    out.kernelVersion = shared(str(info, L("kernelVersion")));
    out.containerRuntimeVersion = shared(str(info, L("containerRuntimeVersion")));
    out.architecture = shared(str(info, L("architecture")));
}

void decode(const QJsonObject& o, Pod& out) {
    decode(obj(o, L("metadata")), out.metadata);
    const QJsonObject spec = obj(o, L("spec"));
    out.nodeName = str(spec, L("nodeName"));
    out.containers.clear();
    for (const QJsonValue& v : arr(spec, L("containers"))) {
        const QJsonObject c = v.toObject();
        const QJsonObject res = obj(c, L("resources"));
        out.containers.append({str(c, L("name")), str(c, L("image")),
                               resourceList(obj(res, L("requests"))),
                               resourceList(obj(res, L("limits")))});
    }
    const QJsonObject status = obj(o, L("status"));
    out.phase = str(status, L("phase"));
    out.podIp = str(status, L("podIP"));
    out.hostIp = str(status, L("hostIP"));
    out.qosClass = str(status, L("qosClass"));
    out.startTime = parseTime(str(status, L("startTime")));
    out.conditions = conditions(arr(status, L("conditions")));
    out.containerStatuses.clear();
    for (const QJsonValue& v : arr(status, L("containerStatuses"))) {
        const QJsonObject c = v.toObject();
        ContainerStatus cs;
        cs.name = str(c, L("name"));
        cs.image = str(c, L("image"));
        cs.ready = boolean(c, L("ready"));
        cs.restartCount = integer(c, L("restartCount"));
        const QJsonObject state = obj(c, L("state"));
        for (const char* key : {"running", "waiting", "terminated"}) {
            if (state.contains(QLatin1StringView(key))) {
                const QJsonObject s = obj(state, QLatin1StringView(key));
                cs.state = QLatin1StringView(key);
                cs.stateReason = str(s, L("reason"));
                cs.stateMessage = str(s, L("message"));
                break;
            }
        }
        out.containerStatuses.append(cs);
    }
}

void decode(const QJsonObject& o, Deployment& out) {
    decode(obj(o, L("metadata")), out.metadata);
    const QJsonObject spec = obj(o, L("spec"));
    out.replicas = integer(spec, L("replicas"), 1);
    out.selector = stringMap(obj(obj(spec, L("selector")), L("matchLabels")));
    out.images.clear();
    const QJsonObject podSpec = obj(obj(spec, L("template")), L("spec"));
    for (const QJsonValue& v : arr(podSpec, L("containers")))
        out.images.append(str(v.toObject(), L("image")));
    const QJsonObject status = obj(o, L("status"));
    out.statusReplicas = integer(status, L("replicas"));
    out.readyReplicas = integer(status, L("readyReplicas"));
    out.availableReplicas = integer(status, L("availableReplicas"));
    out.updatedReplicas = integer(status, L("updatedReplicas"));
    out.unavailableReplicas = integer(status, L("unavailableReplicas"));
    out.observedGeneration = status.value(L("observedGeneration")).toInteger();
    out.conditions = conditions(arr(status, L("conditions")));
}

void decode(const QJsonObject& o, Event& out) {
    decode(obj(o, L("metadata")), out.metadata);
    out.type = str(o, L("type"));
    out.reason = str(o, L("reason"));
    out.message = str(o, L("message"));
    const QJsonObject ref = obj(o, L("involvedObject"));
    out.involvedObject = {str(ref, L("kind")), str(ref, L("namespace")),  str(ref, L("name")),
                          str(ref, L("uid")),  str(ref, L("apiVersion")), str(ref, L("fieldPath"))};
    out.count = integer(o, L("count"));
    out.firstTimestamp = parseTime(str(o, L("firstTimestamp")));
    out.lastTimestamp = parseTime(str(o, L("lastTimestamp")));
    out.eventTime = parseTime(str(o, L("eventTime")));
    const QJsonObject source = obj(o, L("source"));
    out.sourceComponent = str(source, L("component"));
    out.sourceHost = str(source, L("host"));
    out.reportingController = str(o, L("reportingComponent"));
    // Events reported through events.k8s.io carry the count in series.
    if (out.count == 0)
        out.count = integer(obj(o, L("series")), L("count"));
}

void decode(const QJsonObject& o, Namespace& out) {
    decode(obj(o, L("metadata")), out.metadata);
    out.phase = str(obj(o, L("status")), L("phase"));
}

void decode(const QJsonObject& o, Service& out) {
    decode(obj(o, L("metadata")), out.metadata);
    const QJsonObject spec = obj(o, L("spec"));
    out.type = str(spec, L("type"));
    out.clusterIp = str(spec, L("clusterIP"));
    out.selector = stringMap(obj(spec, L("selector")));
    out.externalIps = stringList(arr(spec, L("externalIPs")));
    out.ports.clear();
    for (const QJsonValue& v : arr(spec, L("ports"))) {
        const QJsonObject p = v.toObject();
        out.ports.append({str(p, L("name")), str(p, L("protocol")), integer(p, L("port")),
                          intOrString(p.value(L("targetPort"))), integer(p, L("nodePort"))});
    }
    out.loadBalancerIngress.clear();
    const QJsonObject lb = obj(obj(o, L("status")), L("loadBalancer"));
    for (const QJsonValue& v : arr(lb, L("ingress"))) {
        const QJsonObject i = v.toObject();
        const QString ip = str(i, L("ip"));
        out.loadBalancerIngress.append(ip.isEmpty() ? str(i, L("hostname")) : ip);
    }
}

void decode(const QJsonObject& o, PersistentVolumeClaim& out) {
    decode(obj(o, L("metadata")), out.metadata);
    const QJsonObject spec = obj(o, L("spec"));
    out.storageClassName = str(spec, L("storageClassName"));
    out.accessModes = stringList(arr(spec, L("accessModes")));
    out.volumeName = str(spec, L("volumeName"));
    out.requestedStorage = str(obj(obj(spec, L("resources")), L("requests")), L("storage"));
    const QJsonObject status = obj(o, L("status"));
    out.phase = str(status, L("phase"));
    out.capacityStorage = str(obj(status, L("capacity")), L("storage"));
}

void decode(const QJsonObject& o, ServiceAccount& out) {
    decode(obj(o, L("metadata")), out.metadata);
    out.secrets.clear();
    for (const QJsonValue& v : arr(o, L("secrets")))
        out.secrets.append(str(v.toObject(), L("name")));
    out.imagePullSecrets.clear();
    for (const QJsonValue& v : arr(o, L("imagePullSecrets")))
        out.imagePullSecrets.append(str(v.toObject(), L("name")));
}

void decode(const QJsonObject& o, Secret& out) {
    decode(obj(o, L("metadata")), out.metadata);
    out.type = str(o, L("type"));
    out.data.clear();
    const QJsonObject data = obj(o, L("data"));
    for (auto it = data.begin(); it != data.end(); ++it)
        out.data.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    const QJsonObject stringData = obj(o, L("stringData"));
    for (auto it = stringData.begin(); it != stringData.end(); ++it)
        out.data.insert(it.key(), it.value().toString().toUtf8());
}

void decode(const QJsonObject& o, ClusterRole& out) {
    decode(obj(o, L("metadata")), out.metadata);
    out.rules = policyRules(arr(o, L("rules")));
}

void decode(const QJsonObject& o, ClusterRoleBinding& out) {
    decode(obj(o, L("metadata")), out.metadata);
    const QJsonObject ref = obj(o, L("roleRef"));
    out.roleRef = {str(ref, L("apiGroup")), str(ref, L("kind")), str(ref, L("name"))};
    out.subjects.clear();
    for (const QJsonValue& v : arr(o, L("subjects"))) {
        const QJsonObject s = v.toObject();
        out.subjects.append(
            {str(s, L("kind")), str(s, L("name")), str(s, L("namespace")), str(s, L("apiGroup"))});
    }
}

void decode(const QJsonObject& o, VersionInfo& out) {
    out.major = str(o, L("major"));
    out.minor = str(o, L("minor"));
    out.gitVersion = str(o, L("gitVersion"));
    out.gitCommit = str(o, L("gitCommit"));
    out.buildDate = str(o, L("buildDate"));
    out.goVersion = str(o, L("goVersion"));
    out.platform = str(o, L("platform"));
    out.emulationMajor = str(o, L("emulationMajor"));
    out.emulationMinor = str(o, L("emulationMinor"));
}

void decode(const QJsonObject& o, AccessReview& out) {
    const QJsonObject status = obj(o, L("status"));
    out.allowed = boolean(status, L("allowed"));
    out.denied = boolean(status, L("denied"));
    out.reason = str(status, L("reason"));
    out.evaluationError = str(status, L("evaluationError"));
}

void decode(const QJsonObject& o, RulesReview& out) {
    const QJsonObject status = obj(o, L("status"));
    out.resourceRules = policyRules(arr(status, L("resourceRules")));
    out.nonResourceRules = policyRules(arr(status, L("nonResourceRules")));
    out.incomplete = boolean(status, L("incomplete"));
    out.evaluationError = str(status, L("evaluationError"));
}

void decode(const QJsonObject& o, ApiResourceList& out) {
    out.groupVersion = str(o, L("groupVersion"));
    out.resources.clear();
    for (const QJsonValue& v : arr(o, L("resources"))) {
        const QJsonObject r = v.toObject();
        out.resources.append({str(r, L("name")), str(r, L("singularName")), str(r, L("kind")),
                              boolean(r, L("namespaced")), stringList(arr(r, L("verbs"))),
                              stringList(arr(r, L("shortNames")))});
    }
}

QList<ApiGroup> decodeApiGroups(const QJsonObject& o) {
    QList<ApiGroup> out;
    for (const QJsonValue& v : arr(o, L("groups"))) {
        const QJsonObject g = v.toObject();
        ApiGroup group;
        group.name = str(g, L("name"));
        for (const QJsonValue& ver : arr(g, L("versions")))
            group.versions.append(str(ver.toObject(), L("version")));
        group.preferredVersion = str(obj(g, L("preferredVersion")), L("version"));
        out.append(group);
    }
    return out;
}

QStringList decodeApiVersions(const QJsonObject& o) {
    return stringList(arr(o, L("versions")));
}

} // namespace fd::kube
