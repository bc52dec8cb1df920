"""The resource types this test API server serves, as a real apiserver's discovery describes them."""

from dataclasses import dataclass, field

ALL_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]
READ_VERBS = ["get", "list", "watch"]


@dataclass(frozen=True)
class ResourceType:
    group: str
    version: str
    plural: str
    kind: str
    namespaced: bool
    short_names: tuple = ()
    categories: tuple = ()
    verbs: tuple = tuple(ALL_VERBS)
    subresources: tuple = ()  # e.g. ("status", "scale")
    # Objects are stored under this (group, plural); events.k8s.io/v1 events share core/v1 storage.
    storage: tuple = None
    # Validation: "crd:<file>" for Karmada CRD schemas, "lenient" for preserve-unknown-fields kinds.
    schema: str = ""
    hash: str = field(default="", compare=False)

    @property
    def group_version(self):
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def api_version(self):
        return self.group_version

    @property
    def singular(self):
        return self.kind.lower()

    @property
    def storage_key(self):
        return self.storage or (self.group, self.plural)

    @property
    def qualified(self):
        """plural.group as used in Status messages (`deployments.apps`)."""
        return f"{self.plural}.{self.group}" if self.group else self.plural


_T = ResourceType
RESOURCES = [
    _T("", "v1", "namespaces", "Namespace", False, ("ns",), (), subresources=("status", "finalize")),
    _T("", "v1", "nodes", "Node", False, ("no",), (), subresources=("status",)),
    _T("", "v1", "events", "Event", True, ("ev",), ()),
    _T("", "v1", "pods", "Pod", True, ("po",), ("all",), subresources=("status",)),
    _T("", "v1", "services", "Service", True, ("svc",), ("all",), subresources=("status",)),
    _T("", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", True, ("pvc",), (), subresources=("status",)),
    _T("", "v1", "serviceaccounts", "ServiceAccount", True, ("sa",), ()),
    _T("", "v1", "secrets", "Secret", True, (), ()),
    _T("", "v1", "configmaps", "ConfigMap", True, ("cm",), ()),
    _T("apps", "v1", "deployments", "Deployment", True, ("deploy",), ("all",), subresources=("status", "scale")),
    _T("apps", "v1", "replicasets", "ReplicaSet", True, ("rs",), ("all",), subresources=("status", "scale")),
    _T("events.k8s.io", "v1", "events", "Event", True, ("ev",), (), storage=("", "events")),
    _T("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", False),
    _T("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", False),
    _T("rbac.authorization.k8s.io", "v1", "roles", "Role", True),
    _T("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", True),
    _T("authorization.k8s.io", "v1", "selfsubjectaccessreviews", "SelfSubjectAccessReview", False,
       verbs=("create",)),
    _T("authorization.k8s.io", "v1", "selfsubjectrulesreviews", "SelfSubjectRulesReview", False,
       verbs=("create",)),
    _T("authentication.k8s.io", "v1", "selfsubjectreviews", "SelfSubjectReview", False, verbs=("create",)),
    # Leader election and other leases (kube-apiserver: coordination.k8s.io/v1, no short names).
    _T("coordination.k8s.io", "v1", "leases", "Lease", True),
    _T("policy.karmada.io", "v1alpha1", "propagationpolicies", "PropagationPolicy", True, ("pp",),
       schema="crd:policy.karmada.io_propagationpolicies.json"),
    _T("policy.karmada.io", "v1alpha1", "clusterpropagationpolicies", "ClusterPropagationPolicy", False, ("cpp",),
       schema="crd:policy.karmada.io_clusterpropagationpolicies.json"),
    _T("policy.karmada.io", "v1alpha1", "overridepolicies", "OverridePolicy", True, ("op",),
       schema="crd:policy.karmada.io_overridepolicies.json"),
    _T("policy.karmada.io", "v1alpha1", "clusteroverridepolicies", "ClusterOverridePolicy", False, ("cop",),
       schema="crd:policy.karmada.io_clusteroverridepolicies.json"),
    # Served by karmada-aggregated-apiserver, not a CRD: checked against its OpenAPI v2 definition.
    _T("cluster.karmada.io", "v1alpha1", "clusters", "Cluster", False, (), subresources=("status",),
       schema="openapi:cluster"),
    # No schema in the reference data: accepted like x-kubernetes-preserve-unknown-fields.
    _T("work.karmada.io", "v1alpha1", "works", "Work", True, ("wk",), subresources=("status",), schema="lenient"),
    _T("work.karmada.io", "v1alpha2", "resourcebindings", "ResourceBinding", True, ("rb",), subresources=("status",),
       schema="lenient"),
    _T("work.karmada.io", "v1alpha2", "clusterresourcebindings", "ClusterResourceBinding", False, ("crb",),
       subresources=("status",), schema="lenient"),
]

BY_GV_PLURAL = {(r.group, r.version, r.plural): r for r in RESOURCES}


def groups():
    """Ordered {group: [versions]} with the core group first, as /apis lists them."""
    out = {}
    for r in RESOURCES:
        out.setdefault(r.group, [])
        if r.version not in out[r.group]:
            out[r.group].append(r.version)
    return out


def lookup(group, version, plural):
    return BY_GV_PLURAL.get((group, version, plural))


def by_kind(api_version, kind):
    for r in RESOURCES:
        if r.api_version == api_version and r.kind == kind:
            return r
    return None
