#!/usr/bin/env python3
"""Validates every generated deployment object (tests/data/deploy/golden/*.json, which
tst_deploy_manifest keeps equal to what the builder produces) against the Kubernetes OpenAPI v2
schema (tests/data/deploy/k8s-openapi-v2-deploy-definitions.json, derived from the reference
swagger of release-1.36), strictly: unknown fields are errors, as with
`kubectl apply --validate=strict` / fieldValidation=Strict. On top of the schema it runs the part
of the API server's own validation that the schema cannot express and that the generated objects
touch (name formats, label syntax, ports, probes, volumes, selectors, resource limits).

Also checks that a golden file exists for every runtime in resources/runtimes × every model-store
choice, that real API objects pass (controls: k9s's Deployment and Service from the reference
set), and that deliberately broken copies of a golden object fail (the checker can fail).

Python standard library only.
"""
import argparse
import copy
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
STORAGE_KINDS = ["new-pvc", "existing-pvc", "nfs", "host-path", "empty-dir"]
ROOTS = {
    ("apps/v1", "Deployment"): "io.k8s.api.apps.v1.Deployment",
    ("v1", "Service"): "io.k8s.api.core.v1.Service",
    ("v1", "ConfigMap"): "io.k8s.api.core.v1.ConfigMap",
    ("v1", "PersistentVolumeClaim"): "io.k8s.api.core.v1.PersistentVolumeClaim",
}
QUANTITY = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$")
DNS1123_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
DNS1035_LABEL = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")
DNS1123_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
QUALIFIED_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
ENV_NAME = re.compile(r"^[-._a-zA-Z][-._a-zA-Z0-9]*$")
IANA_SVC_NAME = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
CONFIGMAP_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")
INT_RANGE = {"int32": (-2 ** 31, 2 ** 31 - 1), "int64": (-2 ** 63, 2 ** 63 - 1)}


class Checker:
    def __init__(self, definitions):
        self.defs = definitions
        self.errors = []

    def error(self, path, message):
        self.errors.append("%s: %s" % (path or "<root>", message))

    # -- the schema ---------------------------------------------------------------------------

    def deref(self, schema):
        while "$ref" in schema:
            schema = self.defs[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def walk(self, schema, value, path):
        ref = schema.get("$ref", "").rsplit("/", 1)[-1]
        schema = self.deref(schema)
        if ref == "io.k8s.apimachinery.pkg.api.resource.Quantity":
            if isinstance(value, bool) or not (isinstance(value, (int, float)) or
                                               (isinstance(value, str) and QUANTITY.match(value))):
                self.error(path, "quantities must match the regular expression %s: %r" % (QUANTITY.pattern, value))
            return
        if schema.get("format") == "int-or-string":
            if isinstance(value, bool) or not isinstance(value, (int, str)):
                self.error(path, "must be an integer or a string: %r" % (value,))
            return
        if value is None:
            return  # null clears a field; the API server accepts it for optional fields
        t = schema.get("type")
        checks = {"object": dict, "array": list, "string": str, "boolean": bool}
        if t in checks and not isinstance(value, checks[t]):
            return self.error(path, "expected %s, got %s" % (t, type(value).__name__))
        if t == "integer":
            if isinstance(value, bool) or not isinstance(value, int):
                return self.error(path, "expected integer, got %r" % (value,))
            lo, hi = INT_RANGE.get(schema.get("format"), INT_RANGE["int64"])
            if not lo <= value <= hi:
                self.error(path, "%d is outside %s" % (value, schema.get("format")))
        if t == "number" and (isinstance(value, bool) or not isinstance(value, (int, float))):
            return self.error(path, "expected number, got %r" % (value,))
        if isinstance(value, dict):
            props = schema.get("properties")
            extra = schema.get("additionalProperties")
            for req in schema.get("required", []):
                if req not in value:
                    self.error(path, "Required value: %s" % req)
            for key, v in value.items():
                sub = "%s.%s" % (path, key) if path else key
                if props is not None and key in props:
                    self.walk(props[key], v, sub)
                elif isinstance(extra, dict):
                    self.walk(extra, v, sub)
                elif props is not None or extra is False:
                    self.error(sub, 'unknown field "%s"' % key)
        if isinstance(value, list):
            items = schema.get("items", {})
            for i, v in enumerate(value):
                self.walk(items, v, "%s[%d]" % (path, i))
            kind = schema.get("x-kubernetes-list-type")
            if kind == "map":
                keys = schema.get("x-kubernetes-list-map-keys", [])
                seen = set()
                for i, v in enumerate(value):
                    k = tuple(v.get(key) for key in keys) if isinstance(v, dict) else None
                    if k in seen:
                        self.error("%s[%d]" % (path, i), "Duplicate value: %r" % (k,))
                    seen.add(k)
            elif kind == "set":
                if len({json.dumps(v, sort_keys=True) for v in value}) != len(value):
                    self.error(path, "Duplicate value in a set")

    # -- what the API server validates beyond the schema --------------------------------------

    def meta(self, meta, path, name_rule):
        name = meta.get("name", "")
        if not name_rule.match(name) or len(name) > (63 if name_rule is not DNS1123_SUBDOMAIN else 253):
            self.error(path + ".name", "Invalid value: %r: not a valid name" % name)
        ns = meta.get("namespace")
        if ns is not None and (not DNS1123_LABEL.match(ns) or len(ns) > 63):
            self.error(path + ".namespace", "Invalid value: %r" % ns)
        self.labels(meta.get("labels") or {}, path + ".labels")
        for key in (meta.get("annotations") or {}):
            self.qualified_key(key, path + ".annotations")

    def qualified_key(self, key, path):
        prefix, _, name = key.rpartition("/")
        if prefix and (not DNS1123_SUBDOMAIN.match(prefix) or len(prefix) > 253):
            self.error(path, "Invalid value: %r: prefix part must be a DNS subdomain" % key)
        if not QUALIFIED_NAME.match(name) or len(name) > 63:
            self.error(path, "Invalid value: %r: name part must consist of alphanumeric characters, "
                             "'-', '_' or '.'" % key)

    def labels(self, labels, path):
        for key, value in labels.items():
            self.qualified_key(key, path)
            if not isinstance(value, str) or not LABEL_VALUE.match(value) or len(value) > 63:
                self.error("%s.%s" % (path, key), "Invalid value: %r: not a valid label value" % (value,))

    def probe(self, probe, path, container, liveness_like):
        handlers = [h for h in ("exec", "httpGet", "tcpSocket", "grpc") if h in probe]
        if len(handlers) != 1:
            self.error(path, "must specify exactly one handler")
        if liveness_like and probe.get("successThreshold", 1) != 1:
            self.error(path + ".successThreshold", "must be 1")
        for key in ("periodSeconds", "timeoutSeconds", "failureThreshold", "successThreshold"):
            if key in probe and probe[key] < 1:
                self.error("%s.%s" % (path, key), "must be greater than or equal to 1")
        port = (probe.get("httpGet") or probe.get("tcpSocket") or {}).get("port")
        if isinstance(port, str) and port not in {p.get("name") for p in container.get("ports", [])}:
            self.error(path, "port %r is not a named port of the container" % port)
        if isinstance(port, int) and not 1 <= port <= 65535:
            self.error(path, "port %d out of range" % port)
        http = probe.get("httpGet")
        if http and not http.get("path", "/").startswith("/"):
            self.error(path + ".httpGet.path", "must start with /")

    def pod_spec(self, spec, path):
        volumes = {}
        for i, v in enumerate(spec.get("volumes", [])):
            vp = "%s.volumes[%d]" % (path, i)
            name = v.get("name", "")
            if not DNS1123_LABEL.match(name) or len(name) > 63:
                self.error(vp + ".name", "Invalid value: %r" % name)
            if name in volumes:
                self.error(vp + ".name", "Duplicate value: %r" % name)
            volumes[name] = v
            sources = [k for k in v if k != "name"]
            if len(sources) != 1:
                self.error(vp, "must specify exactly one volume source, got %s" % sources)
            if "hostPath" in v:
                if not v["hostPath"].get("path", "").startswith("/"):
                    self.error(vp + ".hostPath.path", "must be an absolute path")
                if v["hostPath"].get("type", "") not in ("", "DirectoryOrCreate", "Directory", "FileOrCreate",
                                                         "File", "Socket", "CharDevice", "BlockDevice"):
                    self.error(vp + ".hostPath.type", "Unsupported value")
            if "emptyDir" in v and v["emptyDir"].get("medium", "") not in ("", "Memory", "HugePages"):
                self.error(vp + ".emptyDir.medium", "Unsupported value")
            if "configMap" in v and not 0 <= v["configMap"].get("defaultMode", 0o644) <= 0o777:
                self.error(vp + ".configMap.defaultMode", "must be a number between 0 and 0777")
            if "nfs" in v and not v["nfs"].get("path", "").startswith("/"):
                self.error(vp + ".nfs.path", "must be an absolute path")
            claim = v.get("persistentVolumeClaim")
            if claim is not None and not DNS1123_SUBDOMAIN.match(claim.get("claimName", "")):
                self.error(vp + ".persistentVolumeClaim.claimName", "Invalid value")
        names = set()
        for i, c in enumerate(spec.get("containers", [])):
            cp = "%s.containers[%d]" % (path, i)
            if not DNS1123_LABEL.match(c.get("name", "")) or c.get("name") in names:
                self.error(cp + ".name", "Invalid or duplicate value: %r" % c.get("name"))
            names.add(c.get("name"))
            if not c.get("image"):
                self.error(cp + ".image", "Required value")
            port_names = set()
            for j, p in enumerate(c.get("ports", [])):
                pp = "%s.ports[%d]" % (cp, j)
                if not 1 <= p.get("containerPort", 0) <= 65535:
                    self.error(pp + ".containerPort", "must be between 1 and 65535")
                if "name" in p:
                    n = p["name"]
                    if not IANA_SVC_NAME.match(n) or len(n) > 15 or not re.search("[a-z]", n) or "--" in n:
                        self.error(pp + ".name", "Invalid value: %r: not an IANA service name" % n)
                    if n in port_names:
                        self.error(pp + ".name", "Duplicate value: %r" % n)
                    port_names.add(n)
                if p.get("protocol", "TCP") not in ("TCP", "UDP", "SCTP"):
                    self.error(pp + ".protocol", "Unsupported value")
            for j, e in enumerate(c.get("env", [])):
                if not ENV_NAME.match(e.get("name", "")):
                    self.error("%s.env[%d].name" % (cp, j), "Invalid value: %r" % e.get("name"))
            mounts = set()
            for j, m in enumerate(c.get("volumeMounts", [])):
                mp = "%s.volumeMounts[%d]" % (cp, j)
                if m.get("name") not in volumes:
                    self.error(mp + ".name", "Not found: %r" % m.get("name"))
                if not m.get("mountPath", "").startswith("/"):
                    self.error(mp + ".mountPath", "must be an absolute path")
                if m.get("mountPath") in mounts:
                    self.error(mp + ".mountPath", "must be unique")
                mounts.add(m.get("mountPath"))
                sub = m.get("subPath", "")
                if sub.startswith("/") or ".." in sub.split("/"):
                    self.error(mp + ".subPath", "must be a relative path without '..'")
            for kind, liveness_like in (("livenessProbe", True), ("startupProbe", True), ("readinessProbe", False)):
                if kind in c:
                    self.probe(c[kind], "%s.%s" % (cp, kind), c, liveness_like)
            self.resources(c.get("resources", {}), cp + ".resources")
        if not spec.get("containers"):
            self.error(path + ".containers", "Required value")
        for key, value in (spec.get("nodeSelector") or {}).items():
            self.labels({key: value}, path + ".nodeSelector")
        for i, t in enumerate(spec.get("tolerations", [])):
            tp = "%s.tolerations[%d]" % (path, i)
            if t.get("operator", "Equal") not in ("Equal", "Exists"):
                self.error(tp + ".operator", "Unsupported value")
            if t.get("operator") == "Exists" and t.get("value"):
                self.error(tp + ".value", "must be empty when operator is Exists")
            if t.get("effect", "") not in ("", "NoSchedule", "PreferNoSchedule", "NoExecute"):
                self.error(tp + ".effect", "Unsupported value")
        for i, s in enumerate(spec.get("imagePullSecrets", [])):
            if not DNS1123_SUBDOMAIN.match(s.get("name", "")):
                self.error("%s.imagePullSecrets[%d].name" % (path, i), "Invalid value")

    def resources(self, res, path):
        requests = res.get("requests", {})
        limits = res.get("limits", {})
        for name, value in list(requests.items()) + list(limits.items()):
            if "/" in name and not name.startswith(("kubernetes.io/", "requests.")):
                if not re.match(r"^\d+$", str(value)):
                    self.error("%s.%s" % (path, name), "must be an integer")
                if name in requests and name in limits and str(requests[name]) != str(limits[name]):
                    self.error("%s.%s" % (path, name), "must be equal to %s limit" % name)
                if name in requests and name not in limits:
                    self.error("%s.limits.%s" % (path, name), "Required value: Limit must be set for non "
                                                              "overcommitable resources")
        for name in set(requests) & set(limits):
            if to_milli(requests[name]) > to_milli(limits[name]):
                self.error("%s.requests.%s" % (path, name), "must be less than or equal to %s limit" % name)

    def semantics(self, obj, path):
        kind = obj.get("kind")
        meta = obj.get("metadata") or {}
        rule = DNS1035_LABEL if kind == "Service" else DNS1123_SUBDOMAIN
        self.meta(meta, path + "metadata", rule)
        spec = obj.get("spec") or {}
        if kind == "Deployment":
            selector = (spec.get("selector") or {}).get("matchLabels") or {}
            template = spec.get("template") or {}
            labels = (template.get("metadata") or {}).get("labels") or {}
            if not selector:
                self.error(path + "spec.selector", "Required value")
            for k, v in selector.items():
                if labels.get(k) != v:
                    self.error(path + "spec.template.metadata.labels",
                               "Invalid value: `selector` does not match template `labels`")
            self.labels(labels, path + "spec.template.metadata.labels")
            strategy = spec.get("strategy") or {}
            if strategy.get("type", "RollingUpdate") not in ("Recreate", "RollingUpdate"):
                self.error(path + "spec.strategy.type", "Unsupported value")
            if strategy.get("type") == "Recreate" and "rollingUpdate" in strategy:
                self.error(path + "spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'")
            if spec.get("replicas", 1) < 0:
                self.error(path + "spec.replicas", "must be greater than or equal to 0")
            if spec.get("progressDeadlineSeconds", 600) <= spec.get("minReadySeconds", 0):
                self.error(path + "spec.progressDeadlineSeconds", "must be greater than minReadySeconds")
            self.pod_spec(template.get("spec") or {}, path + "spec.template.spec")
        elif kind == "Service":
            if spec.get("type", "ClusterIP") not in ("ClusterIP", "NodePort", "LoadBalancer", "ExternalName"):
                self.error(path + "spec.type", "Unsupported value")
            names = set()
            for i, p in enumerate(spec.get("ports", [])):
                pp = "%sspec.ports[%d]" % (path, i)
                if not 1 <= p.get("port", 0) <= 65535:
                    self.error(pp + ".port", "must be between 1 and 65535")
                if p.get("name") in names:
                    self.error(pp + ".name", "Duplicate value")
                names.add(p.get("name"))
                node_port = p.get("nodePort")
                if node_port is not None and not 30000 <= node_port <= 32767:
                    self.error(pp + ".nodePort", "provided port is not in the valid range. The range of "
                                                 "valid ports is 30000-32767")
                target = p.get("targetPort")
                if isinstance(target, str) and (not IANA_SVC_NAME.match(target) or len(target) > 15):
                    self.error(pp + ".targetPort", "Invalid value")
            if len(spec.get("ports", [])) > 1 and None in names:
                self.error(path + "spec.ports", "names are required when there is more than one port")
            self.labels(spec.get("selector") or {}, path + "spec.selector")
        elif kind == "PersistentVolumeClaim":
            modes = spec.get("accessModes") or []
            if not modes:
                self.error(path + "spec.accessModes", "Required value: at least 1 access mode is required")
            for m in modes:
                if m not in ("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"):
                    self.error(path + "spec.accessModes", "Unsupported value: %r" % m)
            storage = ((spec.get("resources") or {}).get("requests") or {}).get("storage")
            if storage is None or to_milli(storage) <= 0:
                self.error(path + "spec.resources.requests.storage", "must be greater than zero")
            if spec.get("volumeMode", "Filesystem") not in ("Filesystem", "Block"):
                self.error(path + "spec.volumeMode", "Unsupported value")
            sc = spec.get("storageClassName")
            if sc is not None and not DNS1123_SUBDOMAIN.match(sc):
                self.error(path + "spec.storageClassName", "Invalid value")
        elif kind == "ConfigMap":
            size = 0
            for key, value in (obj.get("data") or {}).items():
                if not CONFIGMAP_KEY.match(key) or len(key) > 253:
                    self.error(path + "data", "Invalid value: %r: a valid config key" % key)
                size += len(key) + len(value.encode())
            if size > 1024 * 1024:
                self.error(path + "data", "Too long: must have at most 1048576 bytes")

    def check(self, obj, path=""):
        root = ROOTS.get((obj.get("apiVersion"), obj.get("kind")))
        if root is None:
            return self.error(path, "no schema for apiVersion %r kind %r" % (obj.get("apiVersion"), obj.get("kind")))
        gvk = self.defs[root].get("x-kubernetes-group-version-kind", [{}])[0]
        api_version = (gvk.get("group") + "/" if gvk.get("group") else "") + gvk.get("version", "")
        if obj.get("apiVersion") != api_version or obj.get("kind") != gvk.get("kind"):
            self.error(path, "apiVersion/kind do not match the schema")
        self.walk({"$ref": "#/definitions/" + root}, obj, path.rstrip("."))
        try:
            self.semantics(obj, path)
        except (TypeError, AttributeError, KeyError) as e:
            # Only reachable for objects the schema walk already rejected for their types.
            if not self.errors:
                self.error(path, "malformed object: %s" % e)


def to_milli(q):
    if isinstance(q, (int, float)):
        return q * 1000
    m = QUANTITY.match(q)
    if not m:
        return float("nan")
    suffixes = {"Ki": 2 ** 10, "Mi": 2 ** 20, "Gi": 2 ** 30, "Ti": 2 ** 40, "Pi": 2 ** 50, "Ei": 2 ** 60,
                "m": 1e-3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18, None: 1}
    suffix = m.group(2)
    number = float(m.group(1))
    if suffix and suffix[0] in "eE":
        return float(q) * 1000
    sign = -1 if q.startswith("-") else 1
    return sign * number * suffixes[suffix] * 1000


def mutations(golden):
    """Broken copies of a golden manifest's objects that a faithful checker must reject."""
    dep = next(o for o in golden if o["kind"] == "Deployment")
    svc = next(o for o in golden if o["kind"] == "Service")

    def container(o):
        return o["spec"]["template"]["spec"]["containers"][0]

    def mutate(name, obj, fn):
        o = copy.deepcopy(obj)
        fn(o)
        return name, o

    yield mutate("unknown field", dep, lambda o: o["spec"].__setitem__("replica", 1))
    yield mutate("unknown field deep", dep, lambda o: container(o).__setitem__("livenessprobe", {}))
    yield mutate("wrong type", dep, lambda o: o["spec"].__setitem__("replicas", "1"))
    yield mutate("int32 overflow", dep, lambda o: o["spec"].__setitem__("replicas", 2 ** 31))
    yield mutate("missing containers", dep, lambda o: o["spec"]["template"]["spec"].pop("containers"))
    yield mutate("missing container name", dep, lambda o: container(o).pop("name"))
    yield mutate("bad name", dep, lambda o: o["metadata"].__setitem__("name", "Llama_3"))
    yield mutate("bad label", dep, lambda o: o["metadata"]["labels"].__setitem__("fleetdeck.io/model", "a:b"))
    yield mutate("selector mismatch", dep,
                 lambda o: o["spec"]["selector"]["matchLabels"].__setitem__("app.kubernetes.io/name", "x"))
    yield mutate("liveness successThreshold", dep,
                 lambda o: container(o)["livenessProbe"].__setitem__("successThreshold", 2))
    yield mutate("unknown named port", dep,
                 lambda o: container(o)["readinessProbe"].__setitem__("httpGet", {"path": "/", "port": "api"}))
    yield mutate("mount without volume", dep, lambda o: container(o)["volumeMounts"][0].__setitem__("name", "nope"))
    yield mutate("gpu request without limit", dep,
                 lambda o: container(o)["resources"]["limits"].pop("nvidia.com/gpu", None) or
                 container(o)["resources"]["requests"].__setitem__("nvidia.com/gpu", "1"))
    yield mutate("bad quantity", dep, lambda o: container(o)["resources"]["requests"].__setitem__("memory", "16 GB"))
    yield mutate("bad env name", dep,
                 lambda o: container(o).setdefault("env", []).append({"name": "1BAD", "value": "x"}))
    yield mutate("service name not DNS-1035", svc, lambda o: o["metadata"].__setitem__("name", "7b"))
    yield mutate("node port range", svc, lambda o: o["spec"]["ports"][0].__setitem__("nodePort", 80))
    yield mutate("duplicate service port", svc, lambda o: o["spec"]["ports"].append(dict(o["spec"]["ports"][0])))
    yield mutate("service type", svc, lambda o: o["spec"].__setitem__("type", "Nodeport"))


def runtime_ids(runtime_dir):
    ids = []
    for path in sorted(glob.glob(os.path.join(runtime_dir, "*.yaml"))):
        with open(path) as f:
            m = re.search(r"^id:\s*([a-z0-9-]+)\s*$", f.read(), re.M)
            if m:
                ids.append(m.group(1))
    return ids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schema", default=os.path.join(ROOT, "tests/data/deploy/k8s-openapi-v2-deploy-definitions.json"))
    ap.add_argument("--golden", default=os.path.join(ROOT, "tests/data/deploy/golden"))
    ap.add_argument("--runtimes", default=os.path.join(ROOT, "resources/runtimes"))
    ap.add_argument("--controls", default=os.path.join(ROOT, "tests/data/kube/objects"))
    args = ap.parse_args()
    with open(args.schema) as f:
        defs = json.load(f)["definitions"]
    failures = []

    # Every runtime × every model-store choice has a golden manifest.
    ids = runtime_ids(args.runtimes)
    if sorted(ids) != ["llamacpp", "ollama", "tgi", "vllm"]:
        failures.append("unexpected runtime ids %s" % ids)
    for rid in ids:
        for kind in STORAGE_KINDS:
            if not os.path.exists(os.path.join(args.golden, "%s-%s.json" % (rid, kind))):
                failures.append("no golden manifest for %s with %s" % (rid, kind))

    files = sorted(glob.glob(os.path.join(args.golden, "*.json")))
    if len(files) < len(ids) * len(STORAGE_KINDS):
        failures.append("only %d golden files" % len(files))
    objects = 0
    kinds = set()
    for path in files:
        with open(path) as f:
            manifest = json.load(f)
        for i, obj in enumerate(manifest["objects"]):
            checker = Checker(defs)
            checker.check(obj, "%s[%d] %s %s: " % (os.path.basename(path), i, obj.get("kind"),
                                                  (obj.get("metadata") or {}).get("name")))
            failures.extend(checker.errors)
            objects += 1
            kinds.add(obj.get("kind"))
    if kinds != {"Deployment", "Service", "ConfigMap", "PersistentVolumeClaim"}:
        failures.append("golden files cover only %s" % sorted(kinds))

    # Controls: real objects from a real cluster pass.
    for name in ("k9s_render_dp.json", "k9s_render_svc.json"):
        with open(os.path.join(args.controls, name)) as f:
            obj = json.load(f)
        checker = Checker(defs)
        checker.check(obj, name + ": ")
        failures.extend("control " + e for e in checker.errors)

    # The checker can fail: every broken copy is rejected.
    with open(os.path.join(args.golden, "vllm-new-pvc.json")) as f:
        golden = json.load(f)["objects"]
    rejected = 0
    for name, obj in mutations(golden):
        checker = Checker(defs)
        checker.check(obj)
        if not checker.errors:
            failures.append("the broken object %r passed validation" % name)
        else:
            rejected += 1

    for f in failures:
        print("FAIL", f)
    print("%d objects in %d golden files (%s) validated against %d schema definitions; "
          "%d broken copies rejected; %d failures" % (objects, len(files), ", ".join(sorted(kinds)),
                                                      len(defs), rejected, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
