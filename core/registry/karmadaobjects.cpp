#include "registry/karmadaobjects.h"

#include "policy/clusterlabels.h"

#include <QRegularExpression>

namespace fd::registry {

JoinObjectNames joinObjectNames(const QString& clusterName) {
    JoinObjectNames n;
    n.clusterName = karmada::sanitizeClusterName(clusterName);
    n.memberNamespace = karmada::kClusterNamespace;
    n.serviceAccount = QStringLiteral("karmada-") + n.clusterName;
    n.clusterRole = QStringLiteral("karmada-controller-manager:") + n.serviceAccount;
    n.clusterRoleBinding = n.clusterRole;
    n.tokenSecret = n.serviceAccount;
    n.controlPlaneNamespace = karmada::kClusterNamespace;
    n.controlPlaneSecret = n.clusterName;
    return n;
}

namespace karmada {

namespace {

QJsonObject labels() {
    return QJsonObject{{kSystemLabel, QStringLiteral("true")}, {kManagedByLabel, kManagedByValue}};
}

QJsonObject meta(const QString& name, const QString& ns = {}) {
    QJsonObject m{{QStringLiteral("name"), name}, {QStringLiteral("labels"), labels()}};
    if (!ns.isEmpty())
        m.insert(QStringLiteral("namespace"), ns);
    return m;
}

QJsonArray strings(std::initializer_list<const char*> items) {
    QJsonArray a;
    for (const char* s : items)
        a.append(QString::fromLatin1(s));
    return a;
}

QJsonObject rule(QJsonArray groups, QJsonArray resources, QJsonArray verbs) {
    return QJsonObject{{QStringLiteral("apiGroups"), groups},
                       {QStringLiteral("resources"), resources},
                       {QStringLiteral("verbs"), verbs}};
}

} // namespace

QString sanitizeClusterName(const QString& name) {
    QString out = name.toLower();
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9-]+"));
    out.replace(invalid, QStringLiteral("-"));
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    out.replace(dashes, QStringLiteral("-"));
    out = out.left(48);
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("cluster") : out;
}

QJsonObject memberNamespace(const JoinObjectNames& names) {
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("kind"), QStringLiteral("Namespace")},
                       {QStringLiteral("metadata"), meta(names.memberNamespace)}};
}

QJsonObject controlPlaneNamespace(const JoinObjectNames& names) {
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("kind"), QStringLiteral("Namespace")},
                       {QStringLiteral("metadata"), meta(names.controlPlaneNamespace)}};
}

QJsonObject serviceAccount(const JoinObjectNames& names) {
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("ServiceAccount")},
        {QStringLiteral("metadata"), meta(names.serviceAccount, names.memberNamespace)}};
}

QJsonArray leastPrivilegeRules() {
    const QJsonArray read = strings({"get", "list", "watch"});
    const QJsonArray write =
        strings({"get", "list", "watch", "create", "update", "patch", "delete"});
    QJsonArray rules;
    // Execution + work status for what Fleetdeck propagates.
    rules.append(rule(strings({""}),
                      strings({"namespaces", "services", "persistentvolumeclaims", "configmaps"}),
                      write));
    rules.append(rule(strings({"apps"}), strings({"deployments"}), write));
    rules.append(rule(strings({"apps"}), strings({"deployments/status"}), read));
    // Cluster status: node and pod summaries for resource modelling and GPU accounting.
    rules.append(rule(strings({""}), strings({"nodes", "pods"}), read));
    // Health probes and discovery of the member's API server.
    rules.append(QJsonObject{
        {QStringLiteral("nonResourceURLs"), strings({"/readyz", "/healthz", "/livez", "/version",
                                                     "/api", "/api/*", "/apis", "/apis/*"})},
        {QStringLiteral("verbs"), strings({"get"})}});
    return rules;
}

QJsonObject clusterRole(const JoinObjectNames& names) {
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("rbac.authorization.k8s.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("ClusterRole")},
        {QStringLiteral("metadata"), meta(names.clusterRole)},
        {QStringLiteral("rules"), leastPrivilegeRules()}};
}

QJsonObject clusterRoleBinding(const JoinObjectNames& names, bool fullAccess) {
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("rbac.authorization.k8s.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("ClusterRoleBinding")},
        {QStringLiteral("metadata"), meta(names.clusterRoleBinding)},
        {QStringLiteral("roleRef"),
         QJsonObject{{QStringLiteral("apiGroup"), QStringLiteral("rbac.authorization.k8s.io")},
                     {QStringLiteral("kind"), QStringLiteral("ClusterRole")},
                     {QStringLiteral("name"),
                      fullAccess ? QStringLiteral("cluster-admin") : names.clusterRole}}},
        {QStringLiteral("subjects"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("ServiceAccount")},
                                {QStringLiteral("name"), names.serviceAccount},
                                {QStringLiteral("namespace"), names.memberNamespace}}}}};
}

QJsonObject tokenSecret(const JoinObjectNames& names) {
    QJsonObject m = meta(names.tokenSecret, names.memberNamespace);
    m.insert(
        QStringLiteral("annotations"),
        QJsonObject{{QStringLiteral("kubernetes.io/service-account.name"), names.serviceAccount}});
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Secret")},
        {QStringLiteral("metadata"), m},
        {QStringLiteral("type"), QStringLiteral("kubernetes.io/service-account-token")}};
}

QJsonObject controlPlaneSecret(const JoinObjectNames& names, const QByteArray& token,
                               const QByteArray& caBundle) {
    QJsonObject data{{QStringLiteral("token"), QString::fromLatin1(token.toBase64())}};
    if (!caBundle.isEmpty())
        data.insert(QStringLiteral("caBundle"), QString::fromLatin1(caBundle.toBase64()));
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Secret")},
        {QStringLiteral("metadata"), meta(names.controlPlaneSecret, names.controlPlaneNamespace)},
        {QStringLiteral("type"), QStringLiteral("Opaque")},
        {QStringLiteral("data"), data}};
}

QJsonObject cluster(const JoinObjectNames& names, const QString& apiEndpoint, bool insecure,
                    const QString& proxyUrl) {
    QJsonObject spec{
        {QStringLiteral("syncMode"), QStringLiteral("Push")},
        {QStringLiteral("apiEndpoint"), apiEndpoint},
        {QStringLiteral("secretRef"),
         QJsonObject{{QStringLiteral("namespace"), names.controlPlaneNamespace},
                     {QStringLiteral("name"), names.controlPlaneSecret}}},
    };
    if (insecure)
        spec.insert(QStringLiteral("insecureSkipTLSVerification"), true);
    if (!proxyUrl.isEmpty())
        spec.insert(QStringLiteral("proxyURL"), proxyUrl);
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("cluster.karmada.io/v1alpha1")},
        {QStringLiteral("kind"), QStringLiteral("Cluster")},
        {QStringLiteral("metadata"), meta(names.clusterName)},
        {QStringLiteral("spec"), spec}};
}

QMap<QString, QString> placementLabels(const ClusterRecord& record) {
    fd::policy::ClusterFacts facts;
    facts.labels = record.labels;
    facts.zone = record.zone;
    facts.dataCenter = record.datacenter.id;
    facts.gpuModels = record.gpuModels;
    QMap<QString, QString> labels = fd::policy::karmadaClusterLabels(facts);
    for (auto it = labels.begin(); it != labels.end();) {
        if (fd::policy::isValidLabelKey(it.key()) && fd::policy::isValidLabelValue(it.value()))
            ++it;
        else
            it = labels.erase(it);
    }
    return labels;
}

namespace {

QString pushedKeys(const QMap<QString, QString>& labels) {
    return labels.keys().join(QLatin1Char(','));
}

QJsonValue regionOf(const ClusterRecord& record) {
    const QString region = record.datacenter.id.trimmed();
    return region.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(region);
}

bool isFleetdeckKey(const QString& key) {
    return key == fd::policy::kZoneLabel || key == fd::policy::kDataCenterLabel ||
           key.startsWith(fd::policy::kGpuLabelPrefix);
}

} // namespace

QJsonObject withPlacement(QJsonObject clusterObject, const ClusterRecord& record) {
    QJsonObject metadata = clusterObject.value(QLatin1String("metadata")).toObject();
    QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    const QMap<QString, QString> placement = placementLabels(record);
    for (auto it = placement.begin(); it != placement.end(); ++it)
        labels.insert(it.key(), it.value());
    metadata.insert(QStringLiteral("labels"), labels);
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    annotations.insert(kPushedLabelsAnnotation, pushedKeys(placement));
    metadata.insert(QStringLiteral("annotations"), annotations);
    clusterObject.insert(QStringLiteral("metadata"), metadata);
    if (const QJsonValue region = regionOf(record); region.isString()) {
        QJsonObject spec = clusterObject.value(QLatin1String("spec")).toObject();
        spec.insert(QStringLiteral("region"), region);
        clusterObject.insert(QStringLiteral("spec"), spec);
    }
    return clusterObject;
}

QJsonObject placementPatch(const ClusterRecord& record, const QJsonObject& currentMetadata) {
    const QMap<QString, QString> wanted = placementLabels(record);
    const QJsonObject current = currentMetadata.value(QLatin1String("labels")).toObject();
    const QStringList pushedBefore = currentMetadata.value(QLatin1String("annotations"))
                                         .toObject()
                                         .value(kPushedLabelsAnnotation)
                                         .toString()
                                         .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QJsonObject labels;
    for (auto it = current.begin(); it != current.end(); ++it)
        if ((isFleetdeckKey(it.key()) || pushedBefore.contains(it.key())) &&
            !wanted.contains(it.key()))
            labels.insert(it.key(), QJsonValue::Null);
    for (auto it = wanted.begin(); it != wanted.end(); ++it)
        labels.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("labels"), labels},
                     {QStringLiteral("annotations"),
                      QJsonObject{{kPushedLabelsAnnotation, pushedKeys(wanted)}}}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("region"), regionOf(record)}}}};
}

} // namespace karmada
} // namespace fd::registry
