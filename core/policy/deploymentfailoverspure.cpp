#include "policy/deploymentfailovers.h"

#include <QJsonArray>

// The pure parts (no connection): what the fuzz target and the unit tests use.
namespace fd::policy {

namespace {

QJsonValue timeJson(const QDateTime& t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString nameOf(const QJsonObject& o) {
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

} // namespace

QString deploymentBindingName(const QString& deployment) {
    // Karmada: strings.ToLower(name + "-" + kind); deployment names are already lowercase.
    return (deployment + QStringLiteral("-deployment")).toLower();
}

bool isDeploymentBinding(const QJsonObject& binding, const QString& deployment) {
    const QJsonObject resource =
        binding.value(QLatin1String("spec")).toObject().value(QLatin1String("resource")).toObject();
    if (resource.isEmpty())
        return nameOf(binding) == deploymentBindingName(deployment);
    return resource.value(QLatin1String("kind")).toString() == u"Deployment" &&
           resource.value(QLatin1String("name")).toString() == deployment;
}

QJsonObject observedEvictionJson(const ObservedEviction& e) {
    QJsonArray before;
    for (const QString& c : e.clustersBeforeFailover)
        before.append(c);
    return QJsonObject{{QStringLiteral("fromCluster"), e.fromCluster},
                       {QStringLiteral("reason"), e.reason},
                       {QStringLiteral("producer"), e.producer},
                       {QStringLiteral("message"), e.message},
                       {QStringLiteral("purgeMode"), e.purgeMode},
                       {QStringLiteral("gracePeriodSeconds"), e.gracePeriodSeconds},
                       {QStringLiteral("suppressDeletion"), e.suppressDeletion},
                       {QStringLiteral("replicas"), e.replicas},
                       {QStringLiteral("creationTimestamp"), timeJson(e.created)},
                       {QStringLiteral("purgeDeadline"), timeJson(e.purgeDeadline())},
                       {QStringLiteral("clustersBeforeFailover"), before}};
}

} // namespace fd::policy
