"""Seeded objects. Nodes are SYNTHETIC: the Node shape of k9s_dao_n1.json combined with the real GPU Operator
labels (nvidia-docs_h100_mig-*.json) and capacity names from NVIDIA's docs; no real GPU NodeList exists."""

import copy
import datetime
import json
import os
import uuid

from validation import DATA

KUBELET = "v1.32.3"


def _load(name):
    with open(os.path.join(DATA, name)) as f:
        return json.load(f)


def _ts(minutes_ago):
    t = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=minutes_ago)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _meta(name, namespace=None, minutes_ago=60 * 24 * 30, labels=None, annotations=None):
    m = {"name": name, "uid": str(uuid.uuid4()), "creationTimestamp": _ts(minutes_ago)}
    if namespace:
        m["namespace"] = namespace
    if labels:
        m["labels"] = labels
    if annotations:
        m["annotations"] = annotations
    return m


_SHAPE = None
_MIXED = None
_SINGLE = None


def _refs():
    global _SHAPE, _MIXED, _SINGLE
    if _SHAPE is None:
        _SHAPE = _load("k9s_dao_n1.json")
        _MIXED = _load("nvidia-docs_h100_mig-mixed_node-labels.json")
        _SINGLE = _load("nvidia-docs_h100_mig-single_node-labels.json")
    return _SHAPE, _MIXED, _SINGLE


# (product, family, compute major.minor, memory MiB, machine)
GPU_MODELS = {
    "h100": ("NVIDIA-H100-80GB-HBM3", "hopper", ("9", "0"), "81559"),
    "a100": ("NVIDIA-A100-SXM4-80GB", "ampere", ("8", "0"), "81920"),
    "l40s": ("NVIDIA-L40S", "ada-lovelace", ("8", "9"), "46068"),
}


def make_node(name, index, gpu=None, gpu_count=0, allocatable_gpus=None, mig_mixed=False, ready=True,
              control_plane=False, full_labels=True, minutes_ago=60 * 24 * 30):
    shape, mixed, single = _refs()
    labels = {"beta.kubernetes.io/arch": "amd64", "beta.kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
              "kubernetes.io/hostname": name, "kubernetes.io/os": "linux"}
    if control_plane:
        labels["node-role.kubernetes.io/control-plane"] = ""
        labels["node.kubernetes.io/exclude-from-external-load-balancers"] = ""
    else:
        labels["node-role.kubernetes.io/worker"] = ""
    capacity = {"cpu": "96" if gpu else "32", "ephemeral-storage": "106935552Ki", "hugepages-1Gi": "0",
                "hugepages-2Mi": "0", "memory": "527422416Ki" if gpu else "131900000Ki", "pods": "110"}
    if gpu:
        src = mixed if mig_mixed else single
        for k, v in src.items():
            if k.startswith("nvidia.com/") or (full_labels and k.startswith("feature.node.kubernetes.io/")):
                labels[k] = v
        if not mig_mixed:
            product, family, (cmaj, cmin), mem = GPU_MODELS[gpu]
            labels.update({"nvidia.com/gpu.product": product, "nvidia.com/gpu.family": family,
                           "nvidia.com/gpu.compute.major": cmaj, "nvidia.com/gpu.compute.minor": cmin,
                           "nvidia.com/gpu.memory": mem, "nvidia.com/gpu.count": str(gpu_count),
                           "nvidia.com/mig.capable": "true" if gpu in ("h100", "a100") else "false"})
            if gpu == "l40s":
                labels.pop("nvidia.com/mig.config", None)
                labels.pop("nvidia.com/mig.config.state", None)
                labels.pop("nvidia.com/mig.strategy", None)
            capacity["nvidia.com/gpu"] = str(gpu_count)
        else:
            for k, v in mixed.items():
                if k.startswith("nvidia.com/mig-") and k.endswith(".count"):
                    capacity["nvidia.com/" + k[len("nvidia.com/"):-len(".count")]] = v
    allocatable = dict(capacity, **{"ephemeral-storage": "98551804561",
                                    "memory": "527320016Ki" if gpu else "131797600Ki"})
    if allocatable_gpus is not None:
        allocatable["nvidia.com/gpu"] = str(allocatable_gpus)
    hb = _ts(0)
    conds = copy.deepcopy(shape["status"]["conditions"])
    for c in conds:
        c["lastHeartbeatTime"] = hb
        c["lastTransitionTime"] = _ts(minutes_ago)
    if not ready:
        ready_cond = next(c for c in conds if c["type"] == "Ready")
        ready_cond.update({"status": "Unknown", "reason": "NodeStatusUnknown",
                           "message": "Kubelet stopped posting node status.", "lastTransitionTime": _ts(42)})
    ip = f"10.{20 + index // 65025 % 200}.{index // 255 % 255}.{index % 255 + 1}"
    node = {"apiVersion": "v1", "kind": "Node",
            "metadata": _meta(name, labels=labels, minutes_ago=minutes_ago, annotations={
                "node.alpha.kubernetes.io/ttl": "0",
                "volumes.kubernetes.io/controller-managed-attach-detach": "true"}),
            "spec": {"podCIDR": f"10.244.{index % 255}.0/24", "podCIDRs": [f"10.244.{index % 255}.0/24"]},
            "status": {"addresses": [{"address": ip, "type": "InternalIP"}, {"address": name, "type": "Hostname"}],
                       "allocatable": allocatable, "capacity": capacity, "conditions": conds,
                       "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}},
                       "nodeInfo": {"architecture": "amd64", "bootID": str(uuid.uuid4()),
                                    "containerRuntimeVersion": "containerd://1.7.13",
                                    "kernelVersion": "5.15.0-105-generic", "kubeProxyVersion": KUBELET,
                                    "kubeletVersion": KUBELET, "machineID": uuid.uuid4().hex,
                                    "operatingSystem": "linux", "osImage": "Ubuntu 22.04.4 LTS",
                                    "systemUUID": str(uuid.uuid4())}}}
    if control_plane:
        node["spec"]["taints"] = [{"effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane"}]
    if gpu and not ready:
        node["spec"]["taints"] = [{"effect": "NoSchedule", "key": "node.kubernetes.io/unreachable",
                                   "timeAdded": _ts(41)}]
    return node


def default_nodes():
    return [
        make_node("cp-0", 0, control_plane=True),
        make_node("gpu-h100-mig-0", 1, gpu="h100", mig_mixed=True),
        make_node("gpu-h100-0", 2, gpu="h100", gpu_count=8),
        make_node("gpu-a100-0", 3, gpu="a100", gpu_count=8, allocatable_gpus=7),  # one GPU lost, as in NVIDIA docs
        make_node("gpu-l40s-0", 4, gpu="l40s", gpu_count=4, ready=False),
        make_node("cpu-0", 5),
    ]


def scale_nodes(count):
    """count generated nodes: 8x H100, 8x A100, 4x L40S and CPU-only in turn; every 50th NotReady."""
    out = []
    kinds = [("h100", 8), ("a100", 8), ("l40s", 4), (None, 0)]
    for i in range(count):
        gpu, n = kinds[i % 4]
        out.append(make_node(f"node-{i:05d}", 10 + i, gpu=gpu, gpu_count=n, ready=(i % 50 != 49),
                             full_labels=False))
    return out


def namespace(name, minutes_ago=60 * 24 * 30):
    return {"apiVersion": "v1", "kind": "Namespace",
            "metadata": _meta(name, labels={"kubernetes.io/metadata.name": name}, minutes_ago=minutes_ago),
            "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}}


NAMESPACES = ["default", "kube-system", "kube-public", "kube-node-lease", "gpu-operator", "llm-serving"]


def pod(name, ns, node, image, gpus=0, labels=None, phase="Running", ip="10.244.1.10"):
    resources = {"limits": {"nvidia.com/gpu": str(gpus)}, "requests": {"nvidia.com/gpu": str(gpus)}} if gpus else {}
    ready = phase == "Running"
    ts = _ts(60 * 5)
    return {"apiVersion": "v1", "kind": "Pod", "metadata": _meta(name, ns, 60 * 5, labels=labels or {"app": name}),
            "spec": {"containers": [{"name": "main", "image": image, "resources": resources}], "nodeName": node,
                     "restartPolicy": "Always", "schedulerName": "default-scheduler", "serviceAccountName": "default",
                     "terminationGracePeriodSeconds": 30},
            "status": {"phase": phase, "podIP": ip if ready else None, "hostIP": "10.20.0.3", "startTime": ts,
                       "qosClass": "BestEffort" if not gpus else "Burstable",
                       "conditions": [{"type": t, "status": "True" if ready else "False", "lastTransitionTime": ts}
                                      for t in ("Initialized", "Ready", "ContainersReady", "PodScheduled")]
                       if node else [{"type": "PodScheduled", "status": "False", "lastTransitionTime": ts,
                                      "reason": "Unschedulable", "message": "0/6 nodes are available: 1 Insufficient "
                                      "nvidia.com/gpu."}],
                       "containerStatuses": [] if not node else [{"name": "main", "image": image, "imageID": "", "ready": ready,
                                              "restartCount": 0, "started": ready,
                                              "state": {"running": {"startedAt": ts}} if ready else
                                              {"waiting": {"reason": "ContainerCreating"}}}]}}


def event(name, ns, kind, obj_name, reason, message, etype="Normal", component="kubelet", host="", minutes_ago=5,
          count=1, uid=None):
    ts = _ts(minutes_ago)
    return {"apiVersion": "v1", "kind": "Event", "count": count, "eventTime": None, "firstTimestamp": ts,
            "involvedObject": {"apiVersion": "v1", "kind": kind, "name": obj_name, "namespace": ns or None,
                               "uid": uid or str(uuid.uuid4())},
            "lastTimestamp": ts, "message": message, "metadata": _meta(name, ns or "default", minutes_ago),
            "reason": reason, "reportingComponent": component, "reportingInstance": host,
            "source": {"component": component, "host": host} if host else {"component": component},
            "type": etype}


def default_events():
    return [
        event("gpu-l40s-0.17a3f0c2d1e4b5a6", "default", "Node", "gpu-l40s-0", "NodeNotReady",
              "Node gpu-l40s-0 status is now: NodeNotReady", "Normal", "node-controller", minutes_ago=42),
        event("vllm-llama3-0.17a3f0c2d1e4b5a7", "llm-serving", "Pod", "vllm-llama3-0", "Pulled",
              'Successfully pulled image "vllm/vllm-openai:v0.6.3"', "Normal", "kubelet", "gpu-h100-0", 290),
        event("vllm-llama3-0.17a3f0c2d1e4b5a8", "llm-serving", "Pod", "vllm-llama3-0", "Started",
              "Started container main", "Normal", "kubelet", "gpu-h100-0", 289),
        event("ollama-0.17a3f0c2d1e4b5a9", "llm-serving", "Pod", "ollama-0", "FailedScheduling",
              "0/6 nodes are available: 1 Insufficient nvidia.com/gpu, 1 node(s) had untolerated taint "
              "{node.kubernetes.io/unreachable: }. preemption: 0/6 nodes are available.", "Warning",
              "default-scheduler", minutes_ago=3, count=7),
        event("gpu-h100-mig-0.17a3f0c2d1e4b5b0", "default", "Node", "gpu-h100-mig-0", "Rebooted",
              "Node gpu-h100-mig-0 has been rebooted, boot id: 478c895b-009b-4b6e-9115-63502eaa68cb", "Warning",
              "kubelet", "gpu-h100-mig-0", 60 * 24),
    ]


def scale_events(count):
    reasons = [("Normal", "Scheduled", "Successfully assigned {ns}/{o} to node-00001"),
               ("Normal", "Pulled", 'Container image "vllm/vllm-openai:v0.6.3" already present on machine'),
               ("Warning", "BackOff", "Back-off restarting failed container main in pod {o}"),
               ("Warning", "FailedScheduling", "0/5000 nodes are available: 5000 Insufficient nvidia.com/gpu.")]
    out = []
    for i in range(count):
        etype, reason, msg = reasons[i % len(reasons)]
        obj = f"load-{i // 10:05d}"
        out.append(event(f"{obj}.{i:016x}", "default", "Pod", obj, reason, msg.format(ns="default", o=obj), etype,
                         minutes_ago=(count - i) % (60 * 24)))
    return out


def cluster_rbac():
    rules_all = [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}, {"nonResourceURLs": ["*"],
                                                                           "verbs": ["*"]}]
    view = [{"apiGroups": ["", "apps", "events.k8s.io"], "resources": ["*"], "verbs": ["get", "list", "watch"]}]
    roles = [{"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
              "metadata": _meta(n, labels={"kubernetes.io/bootstrapping": "rbac-defaults"},
                                annotations={"rbac.authorization.kubernetes.io/autoupdate": "true"}),
              "rules": r} for n, r in (("cluster-admin", rules_all), ("view", view))]
    bindings = [{"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
                 "metadata": _meta("cluster-admin", labels={"kubernetes.io/bootstrapping": "rbac-defaults"},
                                   annotations={"rbac.authorization.kubernetes.io/autoupdate": "true"}),
                 "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
                 "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "system:masters"}]},
                {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
                 "metadata": _meta("fleetdeck-viewers"),
                 "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"},
                 "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "viewer"}]}]
    return roles, bindings


def seed(store, kind="default", nodes=None, events=None):
    """Fills a Store. kind "none" leaves only the namespaces a real cluster always has."""
    store.bulk_insert(("", "namespaces"), [namespace(n) for n in (NAMESPACES if kind != "none" else
                                                                  NAMESPACES[:4])])
    if kind == "none":
        return
    store.bulk_insert(("", "nodes"), default_nodes() + (scale_nodes(nodes) if nodes else []))
    store.bulk_insert(("", "serviceaccounts"), [
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": _meta("default", ns)} for ns in NAMESPACES])
    store.bulk_insert(("", "services"), [
        {"apiVersion": "v1", "kind": "Service",
         "metadata": _meta("kubernetes", "default", labels={"component": "apiserver", "provider": "kubernetes"}),
         "spec": {"clusterIP": "10.96.0.1", "clusterIPs": ["10.96.0.1"], "internalTrafficPolicy": "Cluster",
                  "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack",
                  "ports": [{"name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443}],
                  "sessionAffinity": "None", "type": "ClusterIP"},
         "status": {"loadBalancer": {}}}])
    store.bulk_insert(("", "pods"), [
        pod("coredns-7db6d8ff4d-9xk2p", "kube-system", "cp-0", "registry.k8s.io/coredns/coredns:v1.11.1",
            labels={"k8s-app": "kube-dns"}, ip="10.244.0.2"),
        pod("vllm-llama3-0", "llm-serving", "gpu-h100-0", "vllm/vllm-openai:v0.6.3", gpus=2,
            labels={"app": "vllm-llama3"}, ip="10.244.2.7"),
        pod("ollama-0", "llm-serving", None, "ollama/ollama:0.3.12", gpus=8, labels={"app": "ollama"},
            phase="Pending"),
    ] + [pod(f"nvidia-device-plugin-daemonset-{n[-6:].replace('-', 'x')}", "gpu-operator", n,
             "nvcr.io/nvidia/k8s-device-plugin:v0.16.2", labels={"app": "nvidia-device-plugin-daemonset"},
             ip=f"10.244.{i}.3") for i, n in enumerate(["gpu-h100-mig-0", "gpu-h100-0", "gpu-a100-0"], 1)])
    store.bulk_insert(("", "events"), default_events() + (scale_events(events) if events else []))
    roles, bindings = cluster_rbac()
    store.bulk_insert(("rbac.authorization.k8s.io", "clusterroles"), roles)
    store.bulk_insert(("rbac.authorization.k8s.io", "clusterrolebindings"), bindings)


def rescale(store, nodes=None, events=None):
    """Replaces the generated node-* and load-* objects so that exactly nodes/events of them exist."""
    if nodes is not None:
        store.remove_all(("", "nodes"), lambda o: o["metadata"]["name"].startswith("node-"))
        store.bulk_insert(("", "nodes"), scale_nodes(nodes))
    if events is not None:
        store.remove_all(("", "events"), lambda o: o["metadata"]["name"].startswith("load-"))
        store.bulk_insert(("", "events"), scale_events(events))
