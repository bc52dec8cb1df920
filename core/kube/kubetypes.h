#pragma once

// Typed views of the Kubernetes kinds Fleetdeck works with: only the fields the product needs.
// Everything else stays reachable through the generic QJsonObject calls of KubeClient.

#include "kube/quantity.h"
#include "kube/resourcetype.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd::kube {

using StringMap = QMap<QString, QString>;

struct OwnerReference {
    QString apiVersion;
    QString kind;
    QString name;
    QString uid;
    bool controller = false;
};

struct ObjectMeta {
    QString name;
    QString namespaceName;
    QString uid;
    QString resourceVersion;
    qint64 generation = 0;
    QDateTime creationTimestamp; // UTC; invalid when absent
    QDateTime deletionTimestamp;
    StringMap labels;
    StringMap annotations;
    QList<OwnerReference> ownerReferences;
};

struct ListMeta {
    QString resourceVersion;
    QString continueToken;          // metadata.continue: empty on the last page
    qint64 remainingItemCount = -1; // -1 when the server did not say
};

template <typename T> struct ObjectList {
    ListMeta metadata;
    QList<T> items;
};

struct Condition {
    QString type;
    QString status; // "True", "False", "Unknown"
    QString reason;
    QString message;
    QDateTime lastTransitionTime;
};

// Resource name -> quantity, as in status.capacity; strings kept as sent.
struct ResourceList {
    StringMap values;
    // Parsed quantity; nullopt when absent or unparseable.
    std::optional<Quantity> quantity(const QString& resource) const;
    // Whole units (rounded up), 0 when absent.
    qint64 value(const QString& resource) const;
};

struct Taint {
    QString key;
    QString value;
    QString effect; // NoSchedule, PreferNoSchedule, NoExecute
};

struct NodeAddress {
    QString type; // InternalIP, ExternalIP, Hostname
    QString address;
};

struct Node {
    ObjectMeta metadata;
    bool unschedulable = false;
    QList<Taint> taints;
    QList<Condition> conditions;
    ResourceList capacity;
    ResourceList allocatable;
    QList<NodeAddress> addresses;
    QString kubeletVersion;
    QString osImage;
    QString kernelVersion;
    QString containerRuntimeVersion;
    QString architecture;

    bool isReady() const;          // condition Ready == True
    QString readyStatus() const;   // "Ready", "NotReady", "Unknown" (+ ",SchedulingDisabled")
    QStringList roles() const;     // from node-role.kubernetes.io/<role> labels, sorted
    QString internalIp() const;    // first InternalIP, empty if none
    QString gpuProduct() const;    // label nvidia.com/gpu.product, empty on CPU nodes
    qint64 gpuCapacity() const;    // capacity nvidia.com/gpu
    qint64 gpuAllocatable() const; // allocatable nvidia.com/gpu
    // capacity entries named nvidia.com/mig-<profile> (mixed strategy), name -> count
    QMap<QString, qint64> migResources() const;
    QString migStrategy() const; // label nvidia.com/mig.strategy ("single", "mixed"), or empty
    QString migConfig() const;   // label nvidia.com/mig.config, or empty
};

struct ContainerSpec {
    QString name;
    QString image;
    ResourceList requests;
    ResourceList limits;
};

struct ContainerStatus {
    QString name;
    QString image;
    bool ready = false;
    int restartCount = 0;
    QString state;       // "running", "waiting", "terminated"
    QString stateReason; // e.g. ImagePullBackOff, CrashLoopBackOff, Completed
    QString stateMessage;
};

struct Pod {
    ObjectMeta metadata;
    QString phase; // Pending, Running, Succeeded, Failed, Unknown
    QString nodeName;
    QString podIp;
    QString hostIp;
    QString qosClass;
    QDateTime startTime;
    QList<ContainerSpec> containers;
    QList<ContainerStatus> containerStatuses;
    QList<Condition> conditions;

    int restarts() const; // sum over container statuses
    int readyContainers() const;
    // Requests summed over containers (e.g. nvidia.com/gpu), whole units; a container with only
    // a limit for the resource counts its limit, as the API server's defaulting does.
    qint64 requested(const QString& resource) const;
};

struct Deployment {
    ObjectMeta metadata;
    int replicas = 1;   // spec.replicas (defaults to 1)
    StringMap selector; // spec.selector.matchLabels
    int statusReplicas = 0;
    int readyReplicas = 0;
    int availableReplicas = 0;
    int updatedReplicas = 0;
    int unavailableReplicas = 0;
    qint64 observedGeneration = 0;
    QList<Condition> conditions;
    QStringList images; // spec.template containers' images
};

struct ObjectReference {
    QString kind;
    QString namespaceName;
    QString name;
    QString uid;
    QString apiVersion;
    QString fieldPath;
};

struct Event {
    ObjectMeta metadata;
    QString type; // Normal, Warning
    QString reason;
    QString message;
    ObjectReference involvedObject;
    int count = 0;
    QDateTime firstTimestamp;
    QDateTime lastTimestamp;
    QDateTime eventTime; // MicroTime, set by newer reporters instead of first/lastTimestamp
    QString sourceComponent;
    QString sourceHost;
    QString reportingController;

    // The best "when" for sorting newest first: lastTimestamp, eventTime, firstTimestamp,
    // creationTimestamp, in that order.
    QDateTime lastSeen() const;
};

struct Namespace {
    ObjectMeta metadata;
    QString phase; // Active, Terminating
};

struct ServicePort {
    QString name;
    QString protocol;
    int port = 0;
    QString targetPort; // int or name, kept as text
    int nodePort = 0;
};

struct Service {
    ObjectMeta metadata;
    QString type; // ClusterIP, NodePort, LoadBalancer, ExternalName
    QString clusterIp;
    QList<ServicePort> ports;
    StringMap selector;
    QStringList externalIps;
    QStringList loadBalancerIngress; // ip or hostname
};

struct PersistentVolumeClaim {
    ObjectMeta metadata;
    QString phase; // Pending, Bound, Lost
    QString storageClassName;
    QStringList accessModes;
    QString requestedStorage; // spec.resources.requests.storage
    QString capacityStorage;  // status.capacity.storage
    QString volumeName;
};

struct ServiceAccount {
    ObjectMeta metadata;
    QStringList secrets; // legacy token secret names
    QStringList imagePullSecrets;
};

// SECRET: data holds the decoded secret values; never log or persist it in plaintext.
struct Secret {
    ObjectMeta metadata;
    QString type;
    QMap<QString, QByteArray> data; // base64-decoded `data` merged with `stringData`
};

struct PolicyRule {
    QStringList apiGroups;
    QStringList resources;
    QStringList verbs;
    QStringList resourceNames;
    QStringList nonResourceUrls;
};

struct ClusterRole {
    ObjectMeta metadata;
    QList<PolicyRule> rules;
};

struct RoleRef {
    QString apiGroup;
    QString kind;
    QString name;
};

struct Subject {
    QString kind; // User, Group, ServiceAccount
    QString name;
    QString namespaceName;
    QString apiGroup;
};

struct ClusterRoleBinding {
    ObjectMeta metadata;
    RoleRef roleRef;
    QList<Subject> subjects;
};

// SelfSubjectAccessReview: "may I do <verb> on <resource>?"
struct AccessCheck {
    QString verb;
    QString group;
    QString resource;
    QString subresource;
    QString namespaceName;
    QString name;
    QString nonResourcePath; // when set, a non-resource check (path + verb)
};

struct AccessReview {
    bool allowed = false;
    bool denied = false;
    QString reason;
    QString evaluationError;
};

struct RulesReview {
    QList<PolicyRule> resourceRules;
    QList<PolicyRule> nonResourceRules;
    bool incomplete = false;
    QString evaluationError;
};

// GET /version
struct VersionInfo {
    QString major;
    QString minor;
    QString gitVersion;
    QString gitCommit;
    QString buildDate;
    QString goVersion;
    QString platform;
    QString emulationMajor; // 1.31+; empty on older servers
    QString emulationMinor;
};

// GET /apis: one group and the versions it serves.
struct ApiGroup {
    QString name;
    QStringList versions; // "v1", "v1beta1" (groupVersion without the group)
    QString preferredVersion;
};

// GET /apis/<group>/<version> (or /api/v1): resources served.
struct ApiResource {
    QString name; // plural; subresources as "deployments/scale"
    QString singularName;
    QString kind;
    bool namespaced = false;
    QStringList verbs;
    QStringList shortNames;
};

struct ApiResourceList {
    QString groupVersion;
    QList<ApiResource> resources;
};

// Maps a typed struct to where it lives in the API.
template <typename T> struct KindTraits;

#define FD_KUBE_KIND(Type, group, version, plural, namespaced)                                     \
    template <> struct KindTraits<Type> {                                                          \
        static ResourceType type() {                                                               \
            return {QStringLiteral(group), QStringLiteral(version), QStringLiteral(plural),        \
                    QStringLiteral(#Type), namespaced};                                            \
        }                                                                                          \
    };

FD_KUBE_KIND(Namespace, "", "v1", "namespaces", false)
FD_KUBE_KIND(Node, "", "v1", "nodes", false)
FD_KUBE_KIND(Event, "", "v1", "events", true)
FD_KUBE_KIND(Pod, "", "v1", "pods", true)
FD_KUBE_KIND(Service, "", "v1", "services", true)
FD_KUBE_KIND(PersistentVolumeClaim, "", "v1", "persistentvolumeclaims", true)
FD_KUBE_KIND(ServiceAccount, "", "v1", "serviceaccounts", true)
FD_KUBE_KIND(Secret, "", "v1", "secrets", true)
FD_KUBE_KIND(Deployment, "apps", "v1", "deployments", true)
FD_KUBE_KIND(ClusterRole, "rbac.authorization.k8s.io", "v1", "clusterroles", false)
FD_KUBE_KIND(ClusterRoleBinding, "rbac.authorization.k8s.io", "v1", "clusterrolebindings", false)

#undef FD_KUBE_KIND

} // namespace fd::kube
