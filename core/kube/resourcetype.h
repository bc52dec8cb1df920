#pragma once

#include <QString>

namespace fd::kube {

// Where a kind lives in the API: enough to build its URLs. For the built-in kinds use the
// constants in kubetypes.h (KindTraits<T>::type()); custom resources (Karmada's
// policy.karmada.io, cluster.karmada.io, work.karmada.io) are described the same way.
struct ResourceType {
    QString group;    // "" for the core group
    QString version;  // "v1", "v1alpha1"
    QString resource; // plural, lowercase: "nodes", "propagationpolicies"
    QString kind;     // "Node", "PropagationPolicy"
    bool namespaced = true;

    QString apiVersion() const { return group.isEmpty() ? version : group + u'/' + version; }

    // "/api/v1" or "/apis/<group>/<version>".
    QString groupVersionPath() const {
        if (group.isEmpty())
            return u"/api/" + version;
        return u"/apis/" + group + u'/' + version;
    }

    // The collection URL path; namespace is ignored for cluster-scoped kinds, and an empty
    // namespace for a namespaced kind means "all namespaces".
    QString collectionPath(const QString& namespaceName = {}) const {
        if (namespaced && !namespaceName.isEmpty())
            return groupVersionPath() + u"/namespaces/" + namespaceName + u'/' + resource;
        return groupVersionPath() + u'/' + resource;
    }

    QString objectPath(const QString& namespaceName, const QString& name) const {
        return collectionPath(namespaced ? namespaceName : QString()) + u'/' + name;
    }

    friend bool operator==(const ResourceType&, const ResourceType&) = default;
};

namespace resources {
// Karmada kinds the product manages (group/version as served by Karmada 1.x).
inline ResourceType propagationPolicies() {
    return {QStringLiteral("policy.karmada.io"), QStringLiteral("v1alpha1"),
            QStringLiteral("propagationpolicies"), QStringLiteral("PropagationPolicy"), true};
}
inline ResourceType clusterPropagationPolicies() {
    return {QStringLiteral("policy.karmada.io"), QStringLiteral("v1alpha1"),
            QStringLiteral("clusterpropagationpolicies"),
            QStringLiteral("ClusterPropagationPolicy"), false};
}
inline ResourceType overridePolicies() {
    return {QStringLiteral("policy.karmada.io"), QStringLiteral("v1alpha1"),
            QStringLiteral("overridepolicies"), QStringLiteral("OverridePolicy"), true};
}
inline ResourceType karmadaClusters() {
    return {QStringLiteral("cluster.karmada.io"), QStringLiteral("v1alpha1"),
            QStringLiteral("clusters"), QStringLiteral("Cluster"), false};
}
inline ResourceType works() {
    return {QStringLiteral("work.karmada.io"), QStringLiteral("v1alpha1"), QStringLiteral("works"),
            QStringLiteral("Work"), true};
}
inline ResourceType resourceBindings() {
    return {QStringLiteral("work.karmada.io"), QStringLiteral("v1alpha2"),
            QStringLiteral("resourcebindings"), QStringLiteral("ResourceBinding"), true};
}
} // namespace resources

} // namespace fd::kube
