"""A tiny kube-controller-manager: Deployment -> ReplicaSet -> Pods, pod readiness, status, GC of orphans."""

import base64
import copy
import hashlib
import heapq
import json
import threading
import time

import status as st
from resources import lookup
from storage import now_rfc3339, random_suffix

DEPLOY = lookup("apps", "v1", "deployments")
RS = lookup("apps", "v1", "replicasets")
POD = lookup("", "v1", "pods")
SECRET = lookup("", "v1", "secrets")
# The cluster CA the token controller hands out as ca.crt; set by server.py once certificates exist.
SERVICE_ACCOUNT_CA = b""
_ALNUM = "bcdfghjklmnpqrstvwxz2456789"


class Scheduler:
    """One thread for every virtual cluster's delayed work (500 clusters must not mean 500 threads)."""

    def __init__(self):
        self._heap = []
        self._seq = 0
        self._cv = threading.Condition()
        threading.Thread(target=self._run, name="kubeapi-controller", daemon=True).start()

    def after(self, delay, fn):
        with self._cv:
            self._seq += 1
            heapq.heappush(self._heap, (time.monotonic() + delay, self._seq, fn))
            self._cv.notify()

    def _run(self):
        while True:
            with self._cv:
                while not self._heap or self._heap[0][0] > time.monotonic():
                    self._cv.wait(None if not self._heap else max(0.0, self._heap[0][0] - time.monotonic()))
                _, _, fn = heapq.heappop(self._heap)
            try:
                fn()
            except st.ApiError:
                pass
            except Exception as exc:  # keep the controller alive; a test will see the missing effect
                print(f"kubeapi controller: {exc!r}", flush=True)


def _template_hash(template):
    digest = hashlib.sha256(json.dumps(template, sort_keys=True).encode()).digest()
    return "".join(_ALNUM[b % len(_ALNUM)] for b in digest[:10])


def _owner_ref(obj, kind, api_version):
    return {"apiVersion": api_version, "kind": kind, "name": obj["metadata"]["name"], "uid": obj["metadata"]["uid"],
            "controller": True, "blockOwnerDeletion": True}


def _pod_ready(pod):
    """Ready as the kubelet reports it: Running with the Ready condition True (a pod without
    conditions counts by its phase alone)."""
    status = pod.get("status", {})
    if status.get("phase") != "Running":
        return False
    conds = {c.get("type"): c.get("status") for c in status.get("conditions", [])}
    return conds.get("Ready", "True") == "True"


def _owned(store, key, owner):
    uid = owner["metadata"]["uid"]
    ns = owner["metadata"].get("namespace")
    return [o for o in store.all(key) if o["metadata"].get("namespace") == ns and
            any(r.get("uid") == uid for r in o["metadata"].get("ownerReferences", []))]


class Controller:
    def __init__(self, scheduler, ready_delay=0.3):
        self.scheduler = scheduler
        self.ready_delay = ready_delay

    def attach(self, store):
        store.listeners.append(self._on_change)

    def _on_change(self, store, key, etype, obj):
        meta = obj["metadata"]
        if key == ("apps", "deployments") and etype != "DELETED" and not meta.get("deletionTimestamp"):
            self.scheduler.after(0.02, lambda: self.reconcile_deployment(store, meta["namespace"], meta["name"]))
        elif key == ("apps", "replicasets") and etype != "DELETED" and not meta.get("deletionTimestamp"):
            self.scheduler.after(0.02, lambda: self.reconcile_rs(store, meta["namespace"], meta["name"]))
        elif (key == ("", "secrets") and etype == "ADDED" and
              obj.get("type") == "kubernetes.io/service-account-token" and not (obj.get("data") or {}).get("token")):
            self.scheduler.after(0.05, lambda: self.fill_token(store, meta["namespace"], meta["name"]))
        elif key == ("", "pods"):
            for ref in meta.get("ownerReferences", []):
                if ref.get("kind") == "ReplicaSet":
                    self.scheduler.after(0.02, lambda n=ref["name"]: self.reconcile_rs(store, meta["namespace"], n))

    def fill_token(self, store, ns, name):
        """The token controller: fills a service-account-token Secret (token, ca.crt, namespace) shortly
        after it is created, as kube-controller-manager does. The token is opaque here (not a JWT the
        server would accept); tests only need it to be there and to travel unchanged."""
        with store.lock:
            secret = store.find(SECRET.storage_key, ns, name)
            if secret is None or secret["metadata"].get("deletionTimestamp") or (secret.get("data") or {}).get("token"):
                return
            new = copy.deepcopy(secret)
            b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
            data = dict(new.get("data") or {})
            data.update({"token": b64(f"sa-token.{ns}.{name}.{random_suffix(24)}".encode()),
                         "namespace": b64(ns.encode()), "ca.crt": b64(SERVICE_ACCOUNT_CA)})
            new["data"] = data
            store.update(SECRET, ns, name, new, check_rv=False)

    def reconcile_deployment(self, store, ns, name):
        with store.lock:
            dep = store.find(DEPLOY.storage_key, ns, name)
            if dep is None or dep["metadata"].get("deletionTimestamp"):
                return
            spec = dep.get("spec", {})
            template = spec.get("template", {})
            replicas = spec.get("replicas", 1)
            h = _template_hash(template)
            rs_name = f"{name}-{h}"
            owned = _owned(store, RS.storage_key, dep)
            current = next((r for r in owned if r["metadata"]["name"] == rs_name), None)
            labels = dict(template.get("metadata", {}).get("labels", {}), **{"pod-template-hash": h})
            if current is None:
                rs = {"apiVersion": "apps/v1", "kind": "ReplicaSet",
                      "metadata": {"name": rs_name, "namespace": ns, "labels": labels,
                                   "annotations": {"deployment.kubernetes.io/desired-replicas": str(replicas),
                                                   "deployment.kubernetes.io/max-replicas": str(replicas + 1),
                                                   "deployment.kubernetes.io/revision": str(len(owned) + 1)},
                                   "ownerReferences": [_owner_ref(dep, "Deployment", "apps/v1")]},
                      "spec": {"replicas": replicas,
                               "selector": {"matchLabels": dict(spec.get("selector", {}).get("matchLabels", {}),
                                                                **{"pod-template-hash": h})},
                               "template": dict(template, metadata=dict(template.get("metadata", {}),
                                                                        labels=labels))},
                      "status": {"replicas": 0}}
                store.create(RS, ns, rs)
            elif current["spec"].get("replicas") != replicas:
                new = copy.deepcopy(current)
                new["spec"]["replicas"] = replicas
                new["metadata"]["annotations"]["deployment.kubernetes.io/desired-replicas"] = str(replicas)
                store.update(RS, ns, rs_name, new, check_rv=False)
            for old in owned:
                if old["metadata"]["name"] != rs_name and old["spec"].get("replicas", 0) != 0:
                    new = copy.deepcopy(old)
                    new["spec"]["replicas"] = 0
                    store.update(RS, ns, old["metadata"]["name"], new, check_rv=False)
            self._deployment_status(store, dep, rs_name)

    def _deployment_status(self, store, dep, rs_name):
        ns, name = dep["metadata"]["namespace"], dep["metadata"]["name"]
        pods = []
        for rs in _owned(store, RS.storage_key, dep):
            pods += [(rs["metadata"]["name"], p) for p in _owned(store, POD.storage_key, rs)
                     if not p["metadata"].get("deletionTimestamp")]
        replicas = dep.get("spec", {}).get("replicas", 1)
        ready = sum(1 for _, p in pods if _pod_ready(p))
        updated = sum(1 for rs, _ in pods if rs == rs_name)
        now = now_rfc3339()
        old_status = dep.get("status", {})
        old_conds = {c["type"]: c for c in old_status.get("conditions", [])}

        def cond(ctype, status_, reason, message):
            prev = old_conds.get(ctype)
            transition = prev["lastTransitionTime"] if prev and prev["status"] == status_ else now
            return {"type": ctype, "status": status_, "lastUpdateTime": now if not prev or
                    prev.get("reason") != reason else prev["lastUpdateTime"], "lastTransitionTime": transition,
                    "reason": reason, "message": message}
        available = ready >= replicas
        progressing_done = updated == replicas and ready == replicas and len(pods) == replicas
        status_ = {"observedGeneration": dep["metadata"].get("generation", 1), "replicas": len(pods),
                   "updatedReplicas": updated, "readyReplicas": ready, "availableReplicas": ready,
                   "conditions": [
                       cond("Available", "True" if available else "False",
                            "MinimumReplicasAvailable" if available else "MinimumReplicasUnavailable",
                            "Deployment has minimum availability." if available else
                            "Deployment does not have minimum availability."),
                       cond("Progressing", "True", "NewReplicaSetAvailable" if progressing_done else
                            "ReplicaSetUpdated", f'ReplicaSet "{rs_name}" has successfully progressed.'
                            if progressing_done else f'ReplicaSet "{rs_name}" is progressing.')]}
        if len(pods) - ready > 0:
            status_["unavailableReplicas"] = len(pods) - ready
        for k in ("readyReplicas", "availableReplicas", "updatedReplicas", "replicas"):
            if status_[k] == 0:
                del status_[k]
        cmp_old = {k: v for k, v in old_status.items() if k != "conditions"}
        cmp_new = {k: v for k, v in status_.items() if k != "conditions"}
        if cmp_old == cmp_new and [(c["type"], c["status"], c["reason"]) for c in old_status.get("conditions", [])] \
                == [(c["type"], c["status"], c["reason"]) for c in status_["conditions"]]:
            return
        new = copy.deepcopy(dep)
        new["status"] = status_
        store.update(DEPLOY, ns, name, new, subresource="status", check_rv=False)

    def reconcile_rs(self, store, ns, name):
        with store.lock:
            rs = store.find(RS.storage_key, ns, name)
            if rs is None or rs["metadata"].get("deletionTimestamp"):
                return
            pods = [p for p in _owned(store, POD.storage_key, rs) if not p["metadata"].get("deletionTimestamp")]
            want = rs["spec"].get("replicas", 1)
            template = rs["spec"].get("template", {})
            for _ in range(want - len(pods)):
                self._create_pod(store, rs, template)
            if len(pods) > want:
                for p in sorted(pods, key=lambda p: p["metadata"]["creationTimestamp"], reverse=True)[:len(pods) - want]:
                    store.delete(POD, ns, p["metadata"]["name"])
            pods = [p for p in _owned(store, POD.storage_key, rs) if not p["metadata"].get("deletionTimestamp")]
            ready = sum(1 for p in pods if _pod_ready(p))
            status_ = {"replicas": len(pods), "fullyLabeledReplicas": len(pods), "readyReplicas": ready,
                       "availableReplicas": ready, "observedGeneration": rs["metadata"].get("generation", 1)}
            status_ = {k: v for k, v in status_.items() if v or k == "replicas"}
            if rs.get("status") != status_:
                new = copy.deepcopy(rs)
                new["status"] = status_
                store.update(RS, ns, name, new, subresource="status", check_rv=False)
            for ref in rs["metadata"].get("ownerReferences", []):
                if ref.get("kind") == "Deployment":
                    dep = store.find(DEPLOY.storage_key, ns, ref["name"])
                    if dep is not None and not dep["metadata"].get("deletionTimestamp"):
                        h = rs["metadata"]["labels"].get("pod-template-hash", "")
                        current = f"{ref['name']}-{_template_hash(dep['spec'].get('template', {}))}"
                        self._deployment_status(store, dep, current if h else name)

    def _create_pod(self, store, rs, template):
        ns = rs["metadata"]["namespace"]
        spec = copy.deepcopy(template.get("spec", {}))
        nodes = [n for n in store.all(("", "nodes")) if not n.get("spec", {}).get("unschedulable")]
        spec.setdefault("restartPolicy", "Always")
        spec.setdefault("schedulerName", "default-scheduler")
        spec.setdefault("serviceAccountName", "default")
        spec.setdefault("terminationGracePeriodSeconds", 30)
        if nodes:
            spec["nodeName"] = sorted(n["metadata"]["name"] for n in nodes)[hash(random_suffix()) % len(nodes)]
        pod = {"apiVersion": "v1", "kind": "Pod",
               "metadata": {"name": f"{rs['metadata']['name']}-{random_suffix()}", "namespace": ns,
                            "labels": dict(template.get("metadata", {}).get("labels", {})),
                            "ownerReferences": [_owner_ref(rs, "ReplicaSet", "apps/v1")]},
               "spec": spec,
               "status": {"phase": "Pending", "qosClass": "BestEffort",
                          "conditions": [{"type": "PodScheduled", "status": "True",
                                          "lastTransitionTime": now_rfc3339()}],
                          "containerStatuses": [{"name": c.get("name"), "image": c.get("image"), "imageID": "",
                                                 "ready": False, "restartCount": 0, "started": False,
                                                 "state": {"waiting": {"reason": "ContainerCreating"}}}
                                                for c in spec.get("containers", [])]}}
        created = store.create(POD, ns, pod)
        self.scheduler.after(self.ready_delay, lambda: self._make_ready(store, ns, created["metadata"]["name"]))

    def _make_ready(self, store, ns, name):
        with store.lock:
            pod = store.find(POD.storage_key, ns, name)
            if pod is None or pod["metadata"].get("deletionTimestamp"):
                return
            now = now_rfc3339()
            new = copy.deepcopy(pod)
            idx = sum(ord(c) for c in name) % 250 + 2
            new["status"] = {"phase": "Running", "hostIP": "10.20.0.3", "podIP": f"10.244.7.{idx}",
                             "podIPs": [{"ip": f"10.244.7.{idx}"}], "startTime": now, "qosClass": "BestEffort",
                             "conditions": [{"type": t, "status": "True", "lastTransitionTime": now}
                                            for t in ("PodReadyToStartContainers", "Initialized", "Ready",
                                                      "ContainersReady", "PodScheduled")],
                             "containerStatuses": [{"name": c.get("name"), "image": c.get("image"),
                                                    "imageID": "", "ready": True, "restartCount": 0,
                                                    "started": True, "containerID": f"containerd://{random_suffix(12)}",
                                                    "state": {"running": {"startedAt": now}}}
                                                   for c in new.get("spec", {}).get("containers", [])]}
            store.update(POD, ns, name, new, subresource="status", check_rv=False)
