#include "registry/recordjson.h"

#include <QJsonArray>

namespace fd::registry {

namespace {

QJsonArray toArray(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& v) {
    QStringList out;
    for (const auto& item : v.toArray())
        out << item.toString();
    return out;
}

QString iso(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue& v) {
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.toUTC();
}

QJsonArray gpusToJson(const QList<GpuModelUsage>& gpus) {
    QJsonArray a;
    for (const auto& g : gpus)
        a.append(QJsonObject{{QStringLiteral("model"), g.model},
                             {QStringLiteral("capacity"), g.capacity},
                             {QStringLiteral("allocatable"), g.allocatable},
                             {QStringLiteral("used"), g.used}});
    return a;
}

QList<GpuModelUsage> gpusFromJson(const QJsonValue& v) {
    QList<GpuModelUsage> out;
    for (const auto& item : v.toArray()) {
        const QJsonObject o = item.toObject();
        out.append({o.value(QLatin1String("model")).toString(),
                    o.value(QLatin1String("capacity")).toInt(),
                    o.value(QLatin1String("allocatable")).toInt(),
                    o.value(QLatin1String("used")).toInt()});
    }
    return out;
}

QJsonArray migToJson(const QList<MigResourceUsage>& mig) {
    QJsonArray a;
    for (const auto& m : mig)
        a.append(QJsonObject{{QStringLiteral("resource"), m.resource},
                             {QStringLiteral("capacity"), double(m.capacity)},
                             {QStringLiteral("allocatable"), double(m.allocatable)},
                             {QStringLiteral("used"), double(m.used)}});
    return a;
}

QList<MigResourceUsage> migFromJson(const QJsonValue& v) {
    QList<MigResourceUsage> out;
    for (const auto& item : v.toArray()) {
        const QJsonObject o = item.toObject();
        out.append({o.value(QLatin1String("resource")).toString(),
                    qint64(o.value(QLatin1String("capacity")).toDouble()),
                    qint64(o.value(QLatin1String("allocatable")).toDouble()),
                    qint64(o.value(QLatin1String("used")).toDouble())});
    }
    return out;
}

} // namespace

QJsonObject toJson(const HealthSnapshot& h) {
    return QJsonObject{
        {QStringLiteral("status"), toString(h.status)},
        {QStringLiteral("version"), h.version},
        {QStringLiteral("nodesReady"), h.nodesReady},
        {QStringLiteral("nodesTotal"), h.nodesTotal},
        {QStringLiteral("gpus"), gpusToJson(h.gpus)},
        {QStringLiteral("mig"), migToJson(h.mig)},
        {QStringLiteral("latencyMs"), h.latencyMs},
        {QStringLiteral("lastCheck"),
         h.lastCheck.isValid() ? QJsonValue(iso(h.lastCheck)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lastError"), h.lastError},
    };
}

HealthSnapshot healthFromJson(const QJsonObject& o) {
    HealthSnapshot h;
    h.status = clusterStatusFromString(o.value(QLatin1String("status")).toString());
    h.version = o.value(QLatin1String("version")).toString();
    h.nodesReady = o.value(QLatin1String("nodesReady")).toInt();
    h.nodesTotal = o.value(QLatin1String("nodesTotal")).toInt();
    h.gpus = gpusFromJson(o.value(QLatin1String("gpus")));
    h.mig = migFromJson(o.value(QLatin1String("mig")));
    h.latencyMs = o.value(QLatin1String("latencyMs")).toInt(-1);
    h.lastCheck = fromIso(o.value(QLatin1String("lastCheck")));
    h.lastError = o.value(QLatin1String("lastError")).toString();
    return h;
}

QJsonObject metadataToJson(const ClusterRecord& r) {
    QJsonObject labels;
    for (auto it = r.labels.begin(); it != r.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    const fd::kube::ClusterConnection& c = r.connection;
    QJsonObject exec;
    if (c.auth == AuthKind::Exec || !c.exec.command.isEmpty()) {
        exec = QJsonObject{
            {QStringLiteral("apiVersion"), c.exec.apiVersion},
            {QStringLiteral("command"), c.exec.command},
            {QStringLiteral("redactedArgs"), toArray(r.execArgsShown)},
            {QStringLiteral("installHint"), c.exec.installHint},
            {QStringLiteral("interactiveMode"), c.exec.interactiveMode},
            {QStringLiteral("provideClusterInfo"), c.exec.provideClusterInfo},
            {QStringLiteral("pathOverride"), c.exec.pathOverride},
        };
    }
    QJsonObject oidc;
    if (!c.oidc.issuerUrl.isEmpty() || !c.oidc.clientId.isEmpty())
        oidc = QJsonObject{
            {QStringLiteral("issuerUrl"), c.oidc.issuerUrl},
            {QStringLiteral("clientId"), c.oidc.clientId},
            {QStringLiteral("issuerCaPem"), QString::fromLatin1(c.oidc.issuerCaPem)},
            {QStringLiteral("extraScopes"), c.oidc.extraScopes},
        };
    return QJsonObject{
        {QStringLiteral("datacenterId"), r.datacenter.id},
        {QStringLiteral("datacenterLabel"), r.datacenter.label},
        {QStringLiteral("gpuModels"), toArray(r.gpuModels)},
        {QStringLiteral("cpuOnly"), r.cpuOnly},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("namespace"), r.kubeNamespace},
        {QStringLiteral("sourceContext"), r.sourceContext},
        {QStringLiteral("kubeUser"), r.kubeUser},
        {QStringLiteral("authKind"), toString(c.auth)},
        {QStringLiteral("username"), c.username},
        {QStringLiteral("tokenFile"), c.tokenFile},
        {QStringLiteral("exec"), exec.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(exec)},
        {QStringLiteral("oidc"), oidc.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(oidc)},
        {QStringLiteral("identity"), r.identity},
        {QStringLiteral("karmadaRole"), toString(r.karmadaRole)},
        {QStringLiteral("joined"), r.joined},
        {QStringLiteral("controlPlaneId"), double(r.controlPlaneId)},
        {QStringLiteral("karmadaClusterName"), r.karmadaClusterName},
        {QStringLiteral("origin"), toString(r.origin)},
    };
}

void metadataFromJson(const QJsonObject& o, ClusterRecord& r) {
    r.datacenter.id = o.value(QLatin1String("datacenterId")).toString();
    r.datacenter.label = o.value(QLatin1String("datacenterLabel")).toString();
    r.gpuModels = toStringList(o.value(QLatin1String("gpuModels")));
    r.cpuOnly = o.value(QLatin1String("cpuOnly")).toBool();
    r.labels.clear();
    const QJsonObject labels = o.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        r.labels.insert(it.key(), it.value().toString());
    r.kubeNamespace = o.value(QLatin1String("namespace")).toString();
    r.sourceContext = o.value(QLatin1String("sourceContext")).toString();
    r.kubeUser = o.value(QLatin1String("kubeUser")).toString();
    fd::kube::ClusterConnection& c = r.connection;
    c.auth = authKindFromString(o.value(QLatin1String("authKind")).toString());
    c.username = o.value(QLatin1String("username")).toString();
    c.tokenFile = o.value(QLatin1String("tokenFile")).toString();
    const QJsonObject exec = o.value(QLatin1String("exec")).toObject();
    c.exec = fd::kube::ExecPluginConfig{};
    c.exec.apiVersion = exec.value(QLatin1String("apiVersion")).toString();
    c.exec.command = exec.value(QLatin1String("command")).toString();
    r.execArgsShown = toStringList(exec.value(QLatin1String("redactedArgs")));
    c.exec.installHint = exec.value(QLatin1String("installHint")).toString();
    c.exec.interactiveMode = exec.value(QLatin1String("interactiveMode")).toString();
    c.exec.provideClusterInfo = exec.value(QLatin1String("provideClusterInfo")).toBool();
    c.exec.pathOverride = exec.value(QLatin1String("pathOverride")).toString();
    const QJsonObject oidc = o.value(QLatin1String("oidc")).toObject();
    c.oidc = fd::kube::OidcConfig{};
    c.oidc.issuerUrl = oidc.value(QLatin1String("issuerUrl")).toString();
    c.oidc.clientId = oidc.value(QLatin1String("clientId")).toString();
    c.oidc.issuerCaPem = oidc.value(QLatin1String("issuerCaPem")).toString().toLatin1();
    c.oidc.extraScopes = oidc.value(QLatin1String("extraScopes")).toString();
    r.identity = o.value(QLatin1String("identity")).toString();
    r.karmadaRole = karmadaRoleFromString(o.value(QLatin1String("karmadaRole")).toString());
    r.joined = o.value(QLatin1String("joined")).toBool();
    r.controlPlaneId = ClusterId(o.value(QLatin1String("controlPlaneId")).toDouble());
    r.karmadaClusterName = o.value(QLatin1String("karmadaClusterName")).toString();
    r.origin = clusterOriginFromString(o.value(QLatin1String("origin")).toString());
}

QJsonObject recordToJson(const ClusterRecord& r) {
    QJsonObject o = metadataToJson(r);
    o.remove(QStringLiteral("identity")); // opaque, of no use to a script
    if (QJsonObject oidc = o.value(QLatin1String("oidc")).toObject(); !oidc.isEmpty()) {
        oidc.remove(QStringLiteral("issuerCaPem"));
        o.insert(QStringLiteral("oidc"), oidc);
    }
    const fd::net::Endpoint& e = r.endpoint();
    o.insert(QStringLiteral("server"), e.url);
    o.insert(QStringLiteral("tlsServerName"), e.tls.serverName);
    o.insert(QStringLiteral("insecure"), e.tls.insecure);
    o.insert(QStringLiteral("proxyUrl"), e.proxyUrl);
    o.insert(QStringLiteral("hasCa"), !e.tls.caPem.isEmpty());
    o.insert(QStringLiteral("pinnedSha256"), e.tls.pinnedSha256);
    o.insert(QStringLiteral("id"), double(r.id));
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("zone"), r.zone == fd::policy::Zone::None
                                         ? QStringLiteral("none")
                                         : fd::policy::toString(r.zone));
    o.insert(QStringLiteral("health"), toJson(r.health));
    o.insert(QStringLiteral("created"), iso(r.created));
    o.insert(QStringLiteral("updated"), iso(r.updated));
    return o;
}

QJsonObject toJson(const ConnectionReport& r) {
    QJsonObject o{
        {QStringLiteral("ok"), r.ok},
        {QStringLiteral("category"), fd::net::toString(r.category)},
        {QStringLiteral("status"), toString(r.clusterStatus())},
        {QStringLiteral("message"), r.message},
        {QStringLiteral("nextStep"), r.nextStep},
        {QStringLiteral("version"), r.version},
        {QStringLiteral("nodesReady"), r.nodesReady},
        {QStringLiteral("nodesTotal"), r.nodesTotal},
        {QStringLiteral("gpus"), gpusToJson(r.gpus)},
        {QStringLiteral("mig"), migToJson(r.mig)},
        {QStringLiteral("latencyMs"), r.latencyMs},
        {QStringLiteral("checkedAt"), iso(r.checkedAt)},
    };
    // The certificate's SHA-256, under the name the JSON contract has always used.
    if (!r.certSha256.isEmpty())
        o.insert(QStringLiteral("caFingerprint"), r.certSha256);
    if (!r.gpuUseNote.isEmpty())
        o.insert(QStringLiteral("gpuUseNote"), r.gpuUseNote);
    if (!r.missingPermission.isEmpty())
        o.insert(QStringLiteral("missingPermission"), r.missingPermission);
    if (r.httpStatus)
        o.insert(QStringLiteral("httpStatus"), r.httpStatus);
    if (!r.detail.isEmpty())
        o.insert(QStringLiteral("detail"), r.detail);
    return o;
}

} // namespace fd::registry
