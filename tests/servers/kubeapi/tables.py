"""meta.k8s.io/v1 Table output like the apiserver's printers (pkg/printers/internalversion)."""

import datetime
import json
import os

from events import to_core
import validation
from validation import DATA

NAME_DOC = ("Name must be unique within a namespace. Is required when creating resources, although some resources "
            "may allow a client to request the generation of an appropriate name automatically. Name is primarily "
            "intended for creation idempotence and configuration definition. Cannot be updated. More info: "
            "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names")
AGE_DOC = ("CreationTimestamp is a timestamp representing the server time when this object was created. It is not "
           "guaranteed to be set in happens-before order across separate operations. Clients may not set this "
           "value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for "
           "lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md"
           "#metadata")


def col(name, typ="string", desc="", priority=0, fmt=""):
    return {"name": name, "type": typ, "format": fmt, "description": desc, "priority": priority}


def _parse_time(ts):
    if not ts:
        return None
    return datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)


def human_duration(seconds):
    """k8s.io/apimachinery/pkg/util/duration.HumanDuration."""
    if seconds < -1:
        return "<invalid>"
    if seconds < 0:
        return "0s"
    s = int(seconds)
    if s < 60 * 2:
        return f"{s}s"
    m = s // 60
    if m < 10:
        return f"{m}m{s % 60}s" if s % 60 else f"{m}m"
    if m < 60 * 3:
        return f"{m}m"
    h = m // 60
    if h < 8:
        return f"{h}h{m % 60}m" if m % 60 else f"{h}h"
    if h < 48:
        return f"{h}h"
    if h < 24 * 8:
        return f"{h // 24}d{h % 24}h" if h % 24 else f"{h // 24}d"
    if h < 24 * 365 * 2:
        return f"{h // 24}d"
    if h < 24 * 365 * 8:
        return f"{h // 24 // 365}y{(h // 24) % 365}d"
    return f"{h // 24 // 365}y"


def age(ts):
    t = _parse_time(ts)
    if t is None:
        return "<unknown>"
    return human_duration((datetime.datetime.now(datetime.timezone.utc) - t).total_seconds())


def _node_row(o):
    conds = {c.get("type"): c.get("status") for c in o.get("status", {}).get("conditions", [])}
    ready = conds.get("Ready")
    state = "Unknown" if ready is None else ("Ready" if ready == "True" else "NotReady")
    if o.get("spec", {}).get("unschedulable"):
        state += ",SchedulingDisabled"
    roles = sorted(k.split("/", 1)[1] for k in o["metadata"].get("labels", {})
                   if k.startswith("node-role.kubernetes.io/"))
    info = o.get("status", {}).get("nodeInfo", {})
    addrs = {a.get("type"): a.get("address") for a in o.get("status", {}).get("addresses", [])}
    return [o["metadata"]["name"], state, ",".join(roles) or "<none>", age(o["metadata"].get("creationTimestamp")),
            info.get("kubeletVersion", ""), addrs.get("InternalIP", "<none>"), addrs.get("ExternalIP", "<none>"),
            info.get("osImage", "<unknown>"), info.get("kernelVersion", "<unknown>"),
            info.get("containerRuntimeVersion", "<unknown>")]


NODE_COLS = [col("Name", desc=NAME_DOC, fmt="name"), col("Status", desc="The status of the node"),
             col("Roles", desc="The roles of the node"), col("Age", desc=AGE_DOC),
             col("Version", desc="Kubelet Version reported by the node."),
             col("Internal-IP", desc="List of addresses reachable to the node. Queried from cloud provider, if "
                 "available.", priority=1),
             col("External-IP", desc="List of addresses reachable to the node. Queried from cloud provider, if "
                 "available.", priority=1),
             col("OS-Image", desc="OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 "
                 "(wheezy)).", priority=1),
             col("Kernel-Version", desc="Kernel Version reported by the node from 'uname -r' (e.g. "
                 "3.16.0-0.bpo.4-amd64).", priority=1),
             col("Container-Runtime", desc="ContainerRuntime Version reported by the node through runtime remote "
                 "API (e.g. containerd://1.4.2).", priority=1)]


def _pod_row(o):
    spec, status = o.get("spec", {}), o.get("status", {})
    cstat = status.get("containerStatuses", [])
    ready = sum(1 for c in cstat if c.get("ready"))
    restarts = sum(c.get("restartCount", 0) for c in cstat)
    reason = status.get("reason") or status.get("phase") or ""
    for c in cstat:
        waiting = c.get("state", {}).get("waiting")
        if waiting and waiting.get("reason"):
            reason = waiting["reason"]
    if o["metadata"].get("deletionTimestamp"):
        reason = "Terminating"
    return [o["metadata"]["name"], f"{ready}/{len(spec.get('containers', []))}", reason, str(restarts),
            age(o["metadata"].get("creationTimestamp")), status.get("podIP") or "<none>",
            spec.get("nodeName") or "<none>", status.get("nominatedNodeName") or "<none>",
            "<none>" if not spec.get("readinessGates") else f"0/{len(spec['readinessGates'])}"]


POD_COLS = [col("Name", desc=NAME_DOC, fmt="name"),
            col("Ready", desc="The aggregate readiness state of this pod for accepting traffic."),
            col("Status", desc="The aggregate status of the containers in this pod."),
            col("Restarts", desc="The number of times the containers in this pod have been restarted and when the "
                "last container in this pod has restarted."),
            col("Age", desc=AGE_DOC),
            col("IP", desc="IP address allocated to the pod. Routable at least within the cluster. Empty if not yet "
                "allocated.", priority=1),
            col("Node", desc="NodeName indicates in which node this pod is scheduled.", priority=1),
            col("Nominated Node", desc="nominatedNodeName is set only when this pod preempts other pods on the "
                "node, but it cannot be scheduled right away as preemption victims receive their graceful "
                "termination periods.", priority=1),
            col("Readiness Gates", desc="If specified, all readiness gates will be evaluated for pod readiness.",
                priority=1)]


def _deploy_row(o):
    spec, status = o.get("spec", {}), o.get("status", {})
    containers = spec.get("template", {}).get("spec", {}).get("containers", [])
    sel = spec.get("selector", {}).get("matchLabels", {})
    return [o["metadata"]["name"], f"{status.get('readyReplicas', 0)}/{spec.get('replicas', 1)}",
            status.get("updatedReplicas", 0), status.get("availableReplicas", 0),
            age(o["metadata"].get("creationTimestamp")), ",".join(c.get("name", "") for c in containers),
            ",".join(c.get("image", "") for c in containers), ",".join(f"{k}={v}" for k, v in sorted(sel.items()))]


DEPLOY_COLS = [col("Name", desc=NAME_DOC, fmt="name"), col("Ready", desc="Number of the pod with ready state"),
               col("Up-to-date", "integer", "Total number of non-terminated pods targeted by this deployment that "
                   "have the desired template spec."),
               col("Available", "integer", "Total number of available pods (ready for at least minReadySeconds) "
                   "targeted by this deployment."),
               col("Age", desc=AGE_DOC),
               col("Containers", desc="Names of each container in the template.", priority=1),
               col("Images", desc="Images referenced by each container in the template.", priority=1),
               col("Selector", desc="Label selector for pods. Existing ReplicaSets whose pods are selected by this "
                   "will be the ones affected by this deployment. It must match the pod template's labels.",
                   priority=1)]


def _rs_row(o):
    spec, status = o.get("spec", {}), o.get("status", {})
    containers = spec.get("template", {}).get("spec", {}).get("containers", [])
    sel = spec.get("selector", {}).get("matchLabels", {})
    return [o["metadata"]["name"], spec.get("replicas", 1), status.get("replicas", 0), status.get("readyReplicas", 0),
            age(o["metadata"].get("creationTimestamp")), ",".join(c.get("name", "") for c in containers),
            ",".join(c.get("image", "") for c in containers), ",".join(f"{k}={v}" for k, v in sorted(sel.items()))]


RS_COLS = [col("Name", desc=NAME_DOC, fmt="name"),
           col("Desired", "integer", "Replicas is the number of desired replicas."),
           col("Current", "integer", "Replicas is the most recently observed number of replicas."),
           col("Ready", "integer", "The number of ready replicas for this replica set."), col("Age", desc=AGE_DOC),
           col("Containers", desc="Names of each container in the template.", priority=1),
           col("Images", desc="Images referenced by each container in the template.", priority=1),
           col("Selector", desc="Selector is a label query over pods that should match the replica count.",
               priority=1)]


def _ns_row(o):
    return [o["metadata"]["name"], o.get("status", {}).get("phase", "Active"),
            age(o["metadata"].get("creationTimestamp"))]


NS_COLS = [col("Name", desc=NAME_DOC, fmt="name"),
           col("Status", desc="The status of the namespace"), col("Age", desc=AGE_DOC)]


def _event_row(o):
    if "regarding" in o or o.get("apiVersion") == "events.k8s.io/v1":
        o = to_core(o)
    last = o.get("lastTimestamp") or o.get("eventTime") or o["metadata"].get("creationTimestamp")
    first = o.get("firstTimestamp") or o.get("eventTime") or o["metadata"].get("creationTimestamp")
    if isinstance(last, str) and "." in last:
        last = last.split(".")[0] + "Z"
    if isinstance(first, str) and "." in first:
        first = first.split(".")[0] + "Z"
    inv = o.get("involvedObject", {})
    src = o.get("source", {})
    source = src.get("component", "") + (f", {src['host']}" if src.get("host") else "")
    return [age(last), o.get("type", ""), o.get("reason", ""), f"{inv.get('kind', '').lower()}/{inv.get('name', '')}",
            inv.get("fieldPath", ""), source or o.get("reportingComponent", ""), (o.get("message") or "").strip(),
            age(first), o.get("count", 1), o["metadata"]["name"]]


EVENT_COLS = [col("Last Seen", desc="The time at which the most recent occurrence of this event was recorded."),
              col("Type", desc="Type of this event (Normal, Warning), new types could be added in the future."),
              col("Reason", desc="This should be a short, machine understandable string that gives the reason for "
                  "the transition into the object's current status."),
              col("Object", desc="The object that this event is about."),
              col("Subobject", desc="If referring to a piece of an object instead of an entire object, this string "
                  "should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers"
                  "[2].", priority=1),
              col("Source", desc="The component reporting this event. Should be a short machine understandable "
                  "string.", priority=1),
              col("Message", desc="A human-readable description of the status of this operation."),
              col("First Seen", desc="The time at which the event was first recorded. (Time of server receipt is "
                  "in TypeMeta.)", priority=1),
              col("Count", "integer", "The number of times this event has occurred.", priority=1),
              col("Name", desc=NAME_DOC, fmt="name", priority=1)]

def _lease_row(o):
    return [o["metadata"]["name"], (o.get("spec") or {}).get("holderIdentity") or "",
            age(o["metadata"].get("creationTimestamp"))]


# pkg/printers/internalversion: leaseColumnDefinitions.
LEASE_COLS = [col("Name", desc=NAME_DOC, fmt="name"),
              col("Holder", desc="holderIdentity contains the identity of the holder of a current lease. If "
                  "Coordinated Leader Election is used, the holder identity must be equal to the elected "
                  "LeaseCandidate.metadata.name field."),
              col("Age", desc=AGE_DOC)]

PRINTERS = {("", "nodes"): (NODE_COLS, _node_row), ("", "pods"): (POD_COLS, _pod_row),
            ("apps", "deployments"): (DEPLOY_COLS, _deploy_row), ("apps", "replicasets"): (RS_COLS, _rs_row),
            ("", "namespaces"): (NS_COLS, _ns_row), ("", "events"): (EVENT_COLS, _event_row),
            ("coordination.k8s.io", "leases"): (LEASE_COLS, _lease_row)}

_CRD_COLUMNS = {}


def _jsonpath(obj, path):
    cur = obj
    for part in path.strip(".").split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def _crd_printer(rt):
    if not rt.schema.startswith("crd:"):
        return None
    if rt.schema not in _CRD_COLUMNS:
        with open(validation.crd_path(rt.schema[4:], validation.karmada_release())) as f:
            crd = json.load(f)
        version = next(v for v in crd["spec"]["versions"] if v["name"] == rt.version)
        _CRD_COLUMNS[rt.schema] = version.get("additionalPrinterColumns")
    extra = _CRD_COLUMNS[rt.schema]
    if not extra:
        return None
    cols = [col("Name", desc=NAME_DOC, fmt="name")] + [
        col(c["name"], c["type"], c.get("description", ""), c.get("priority", 0)) for c in extra]

    def row(o):
        # The CRD table convertor turns date columns into ages on the server side.
        return [o["metadata"]["name"]] + [age(_jsonpath(o, c["jsonPath"])) if c["type"] == "date"
                                          else _jsonpath(o, c["jsonPath"]) for c in extra]
    return cols, row


DEFAULT = ([col("Name", desc=NAME_DOC, fmt="name"), col("Created At", "date", AGE_DOC)],
           lambda o: [o["metadata"]["name"], o["metadata"].get("creationTimestamp")])


def partial_metadata(obj):
    return {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": obj["metadata"]}


def to_table(rt, objects, list_meta, include_object="Metadata", headers=True):
    key = ("", "events") if rt.group == "events.k8s.io" else (rt.group, rt.plural)
    cols, row = PRINTERS.get(key) or _crd_printer(rt) or DEFAULT
    rows = []
    for o in objects:
        r = {"cells": row(o)}
        if include_object == "Object":
            r["object"] = o
        elif include_object != "None":
            r["object"] = partial_metadata(o)
        rows.append(r)
    return {"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": list_meta,
            "columnDefinitions": cols if headers else [], "rows": rows}
