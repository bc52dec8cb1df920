"""One cluster's objects: resourceVersions, generations, watch history with a retention window, GC."""

import base64
import bisect
import collections
import copy
import datetime
import json
import re
import threading
import uuid

import status as st

NAME_RE = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_ALNUM = "bcdfghjklmnpqrstvwxz2456789"


def now_rfc3339():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def random_suffix(n=5):
    import random
    return "".join(random.choice(_ALNUM) for _ in range(n))


def _spec_part(obj):
    return {k: v for k, v in obj.items() if k not in ("metadata", "status", "apiVersion", "kind")}


class Store:
    """Thread-safe object storage for one (virtual) cluster."""

    def __init__(self, name, window=5000):
        self.name = name
        self.lock = threading.RLock()
        self.cond = threading.Condition(self.lock)
        self.rv = 1000
        self.objects = {}            # storage key -> {(namespace, name): obj}
        self.sorted_keys = {}        # storage key -> sorted [(namespace, name)] (lazily rebuilt)
        self.history = collections.deque()   # (rv, storageKey, type, obj)
        self.window = window
        self.compacted_rv = self.rv  # watches/continues from an rv below this are "too old"
        self.listeners = []          # fn(store, storageKey, type, obj) after each committed change
        self.knobs = {}              # per-cluster knobs (see server.Knobs)

    # ---- low level --------------------------------------------------------------------------
    def _bucket(self, key):
        return self.objects.setdefault(key, {})

    def _commit(self, key, etype, obj, record=True):
        bucket = self._bucket(key)
        okey = (obj["metadata"].get("namespace", ""), obj["metadata"]["name"])
        if etype == "DELETED":
            bucket.pop(okey, None)
            self.sorted_keys.pop(key, None)
        else:
            if okey not in bucket:
                self.sorted_keys.pop(key, None)
            bucket[okey] = obj
        if record:
            self.history.append((int(obj["metadata"]["resourceVersion"]), key, etype, obj))
            while len(self.history) > self.window:
                self.history.popleft()
                self.compacted_rv = self.history[0][0] - 1
            self.cond.notify_all()
        for fn in self.listeners:
            fn(self, key, etype, obj)

    def next_rv(self):
        self.rv += 1
        return str(self.rv)

    def compact(self):
        """Forget all history: every existing continue token and watch resourceVersion becomes too old."""
        with self.lock:
            self.history.clear()
            self.compacted_rv = int(self.next_rv())

    def bulk_insert(self, key, objs):
        """Seeding path: no watch history, one resourceVersion step per object."""
        with self.lock:
            bucket = self._bucket(key)
            for obj in objs:
                obj["metadata"]["resourceVersion"] = self.next_rv()
                bucket[(obj["metadata"].get("namespace", ""), obj["metadata"]["name"])] = obj
            self.sorted_keys.pop(key, None)
            self.compacted_rv = self.rv
            self.history.clear()

    def remove_all(self, key, predicate=lambda o: True):
        with self.lock:
            bucket = self._bucket(key)
            for okey in [k for k, o in bucket.items() if predicate(o)]:
                del bucket[okey]
            self.sorted_keys.pop(key, None)
            self.history.clear()
            self.compacted_rv = self.rv

    # ---- reads ------------------------------------------------------------------------------
    def get(self, rt, namespace, name):
        with self.lock:
            obj = self._bucket(rt.storage_key).get((namespace or "", name))
            if obj is None:
                raise st.not_found(rt, name)
            return obj

    def find(self, key, namespace, name):
        with self.lock:
            return self._bucket(key).get((namespace or "", name))

    def all(self, key):
        with self.lock:
            return list(self._bucket(key).values())

    def list(self, rt, namespace, label_pred, field_pred, limit=0, cont=None):
        with self.lock:
            key = rt.storage_key
            bucket = self._bucket(key)
            keys = self.sorted_keys.get(key)
            if keys is None:
                keys = self.sorted_keys[key] = sorted(bucket.keys())
            start = 0
            list_rv = self.rv
            if cont:
                try:
                    token = json.loads(base64.b64decode(cont + "=" * (-len(cont) % 4)))
                    token_rv, start_key = int(token["rv"]), tuple(token["start"])
                except Exception:
                    raise st.bad_request("continue key is not valid: failed to decode continue token")
                if token_rv < self.compacted_rv:
                    raise st.gone("The provided continue parameter is too old to display a consistent list "
                                  "result. You can start a new list without the continue parameter, or use the "
                                  "continue token in this response to retrieve the remainder of the results. "
                                  "Continuing with the provided token results in an inconsistent list - objects "
                                  "that were created, modified, or deleted between the time the first chunk was "
                                  "returned and now may show up in the list.")
                start = bisect.bisect_right(keys, start_key)
                list_rv = token_rv
            items, next_token, remaining, i = [], None, None, start

            def matches(k):
                o = bucket.get(k)
                return (o is not None and (not namespace or k[0] == namespace)
                        and label_pred(o["metadata"].get("labels")) and field_pred(o))

            while i < len(keys):
                okey = keys[i]
                i += 1
                if not matches(okey):
                    continue
                items.append(bucket[okey])
                if limit and len(items) >= limit:
                    remaining = sum(1 for k in keys[i:] if matches(k))
                    if remaining:
                        next_token = base64.b64encode(json.dumps(
                            {"v": "meta.k8s.io/v1", "rv": list_rv, "start": list(okey)}).encode()).decode()
                    else:
                        remaining = None
                    break
            return items, str(self.rv if not cont else list_rv), next_token, remaining

    def events_since(self, since_rv):
        """History entries after since_rv; raises ApiError(410) when since_rv is older than retained."""
        with self.lock:
            if since_rv < self.compacted_rv:
                raise st.gone(f"too old resource version: {since_rv} ({self.compacted_rv + 1})")
            if not self.history or self.history[-1][0] <= since_rv:
                return []
            idx = bisect.bisect_right([h[0] for h in self.history], since_rv)
            return list(self.history)[idx:]

    # ---- writes -----------------------------------------------------------------------------
    def _check_namespace(self, rt, namespace):
        if rt.namespaced and ("", namespace) not in self._bucket(("", "namespaces")):
            from resources import lookup
            raise st.not_found(lookup("", "v1", "namespaces"), namespace)

    def _validate_name(self, rt, name):
        if not name:
            raise st.invalid(rt, "", [("FieldValueRequired", "Required value: name or generateName is required",
                                       "metadata.name")])
        if rt.group == "rbac.authorization.k8s.io":
            # RBAC names are path segments (ValidateRBACName), e.g. "system:karmada:agent".
            if name in (".", "..") or "/" in name or "%" in name:
                raise st.invalid(rt, name, [("FieldValueInvalid", f'Invalid value: "{name}": may not contain '
                                             "'/' or '%' and may not be '.' or '..'", "metadata.name")])
            return
        if len(name) > 253 or not NAME_RE.match(name):
            raise st.invalid(rt, name, [("FieldValueInvalid", f'Invalid value: "{name}": a lowercase RFC 1123 '
                                         "subdomain must consist of lower case alphanumeric characters, '-' or '.', "
                                         "and must start and end with an alphanumeric character (e.g. "
                                         "'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])"
                                         "?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')", "metadata.name")])

    def create(self, rt, namespace, obj, dry_run=False):
        with self.lock:
            obj = copy.deepcopy(obj)
            meta = obj.setdefault("metadata", {})
            if not meta.get("name") and meta.get("generateName"):
                meta["name"] = meta["generateName"] + random_suffix()
            self._validate_name(rt, meta.get("name"))
            if rt.namespaced:
                meta["namespace"] = namespace
                self._check_namespace(rt, namespace)
            else:
                meta.pop("namespace", None)
            obj["apiVersion"], obj["kind"] = rt.api_version, rt.kind
            if (namespace or "", meta["name"]) in self._bucket(rt.storage_key):
                raise st.already_exists(rt, meta["name"])
            meta.pop("resourceVersion", None)
            meta.pop("deletionTimestamp", None)
            if rt.kind == "Service":
                self._allocate_service(obj)
            meta["uid"] = str(uuid.uuid4())
            meta["creationTimestamp"] = now_rfc3339()
            if "spec" in obj or rt.kind in ("Deployment", "ReplicaSet", "PropagationPolicy",
                                            "ClusterPropagationPolicy", "OverridePolicy", "ClusterOverridePolicy"):
                meta["generation"] = 1
            if dry_run:
                return obj
            meta["resourceVersion"] = self.next_rv()
            self._commit(rt.storage_key, "ADDED", obj)
            return obj

    def _allocate_service(self, obj):
        """As the API server's allocators do: a cluster IP, and a node port (30000-32767, unused
        in this cluster) for each port of a NodePort or LoadBalancer Service that names none."""
        spec = obj.setdefault("spec", {})
        services = list(self._bucket(("", "services")).values())
        if spec.get("type", "ClusterIP") != "ExternalName" and not spec.get("clusterIP"):
            taken_ips = {o.get("spec", {}).get("clusterIP") for o in services}
            n = 10
            while f"10.96.{n // 250}.{n % 250 + 1}" in taken_ips:
                n += 1
            spec["clusterIP"] = f"10.96.{n // 250}.{n % 250 + 1}"
            spec["clusterIPs"] = [spec["clusterIP"]]
        if spec.get("type") in ("NodePort", "LoadBalancer"):
            taken = {p.get("nodePort") for o in services for p in o.get("spec", {}).get("ports", [])}
            taken |= {p.get("nodePort") for p in spec.get("ports", [])}
            port = 30000
            for p in spec.get("ports", []):
                if not p.get("nodePort"):
                    while port in taken:
                        port += 1
                    p["nodePort"] = port
                    taken.add(port)

    def update(self, rt, namespace, name, obj, dry_run=False, subresource="", check_rv=True):
        with self.lock:
            old = self.get(rt, namespace, name)
            obj = copy.deepcopy(obj)
            meta = obj.setdefault("metadata", {})
            if meta.get("name", name) != name:
                raise st.bad_request(f'the name of the object ({meta.get("name")}) does not match the name on the URL'
                                     f' ({name})')
            sent_rv = meta.get("resourceVersion")
            if check_rv and sent_rv and sent_rv != old["metadata"]["resourceVersion"]:
                raise st.conflict(rt, name)
            if subresource == "status":
                new = copy.deepcopy(old)
                new["status"] = obj.get("status")
                obj = new
                meta = obj["metadata"]
            else:
                for keep in ("uid", "creationTimestamp", "deletionTimestamp", "generation"):
                    if keep in old["metadata"]:
                        meta[keep] = old["metadata"][keep]
                    else:
                        meta.pop(keep, None)
                if "status" in rt.subresources and "status" in old:
                    obj["status"] = old["status"]
                if "generation" in meta and _spec_part(obj) != _spec_part(old):
                    meta["generation"] = old["metadata"]["generation"] + 1
            meta["name"] = name
            if rt.namespaced:
                meta["namespace"] = namespace
            obj["apiVersion"], obj["kind"] = rt.api_version, rt.kind
            if obj == old or _same_but_rv(obj, old):
                return old
            if dry_run:
                return obj
            meta["resourceVersion"] = self.next_rv()
            if meta.get("deletionTimestamp") and not meta.get("finalizers"):
                self._commit(rt.storage_key, "DELETED", obj)
                self._collect_dependents(obj, "Background")
                return obj
            self._commit(rt.storage_key, "MODIFIED", obj)
            return obj

    def delete(self, rt, namespace, name, propagation=None, dry_run=False, precondition_uid=None,
               precondition_rv=None):
        """Returns (obj, finished). Background/Orphan finish now; Foreground leaves a terminating owner."""
        with self.lock:
            old = self.get(rt, namespace, name)
            if precondition_uid and precondition_uid != old["metadata"]["uid"]:
                raise st.conflict(rt, name, f"Precondition failed: UID in precondition: {precondition_uid}, UID in "
                                            f"object meta: {old['metadata']['uid']}")
            if precondition_rv and precondition_rv != old["metadata"]["resourceVersion"]:
                raise st.conflict(rt, name, "Precondition failed: ResourceVersion in precondition: "
                                            f"{precondition_rv}, ResourceVersion in object meta: "
                                            f"{old['metadata']['resourceVersion']}")
            if dry_run:
                return old, True
            if propagation is None:
                # Deployments and ReplicaSets default to Background, as in the real registry.
                propagation = "Background"
            obj = copy.deepcopy(old)
            finalizers = list(obj["metadata"].get("finalizers", []))
            if propagation == "Foreground":
                if "foregroundDeletion" not in finalizers:
                    finalizers.append("foregroundDeletion")
            elif propagation == "Orphan":
                self._orphan_dependents(obj)
            if finalizers:
                obj["metadata"]["finalizers"] = finalizers
                obj["metadata"].setdefault("deletionTimestamp", now_rfc3339())
                obj["metadata"]["deletionGracePeriodSeconds"] = 0
                obj["metadata"]["resourceVersion"] = self.next_rv()
                self._commit(rt.storage_key, "MODIFIED", obj)
                if propagation == "Foreground":
                    self._foreground(rt, obj)
                return obj, False
            obj["metadata"]["resourceVersion"] = self.next_rv()
            self._commit(rt.storage_key, "DELETED", obj)
            if rt.kind == "Namespace":
                self._delete_namespace_contents(name)
            if propagation == "Background":
                self._collect_dependents(obj, "Background")
            return obj, True

    # ---- garbage collection ---------------------------------------------------------------------
    GC_KEYS = (("apps", "replicasets"), ("", "pods"), ("apps", "deployments"), ("", "services"),
               ("", "secrets"), ("", "configmaps"), ("work.karmada.io", "works"),
               ("work.karmada.io", "resourcebindings"))

    def dependents(self, owner):
        uid = owner["metadata"]["uid"]
        out = []
        for key in self.GC_KEYS:
            for o in self._bucket(key).values():
                if any(r.get("uid") == uid for r in o["metadata"].get("ownerReferences", [])):
                    out.append((key, o))
        return out

    def _rt_for_key(self, key):
        from resources import RESOURCES
        return next(r for r in RESOURCES if r.storage_key == key and r.storage is None)

    def _collect_dependents(self, owner, propagation):
        for key, dep in self.dependents(owner):
            try:
                self.delete(self._rt_for_key(key), dep["metadata"].get("namespace", ""), dep["metadata"]["name"],
                            propagation)
            except st.ApiError:
                pass

    def _orphan_dependents(self, owner):
        uid = owner["metadata"]["uid"]
        for key, dep in self.dependents(owner):
            new = copy.deepcopy(dep)
            refs = [r for r in new["metadata"]["ownerReferences"] if r.get("uid") != uid]
            if refs:
                new["metadata"]["ownerReferences"] = refs
            else:
                new["metadata"].pop("ownerReferences")
            new["metadata"]["resourceVersion"] = self.next_rv()
            self._commit(key, "MODIFIED", new)

    def _foreground(self, rt, owner):
        """Deletes dependents first, then drops the foregroundDeletion finalizer (so the owner goes last)."""
        self._collect_dependents(owner, "Foreground")
        current = self.find(rt.storage_key, owner["metadata"].get("namespace", ""), owner["metadata"]["name"])
        if current is None or self.dependents(current):
            return
        new = copy.deepcopy(current)
        new["metadata"]["finalizers"] = [f for f in new["metadata"]["finalizers"] if f != "foregroundDeletion"]
        if not new["metadata"]["finalizers"]:
            del new["metadata"]["finalizers"]
        new["metadata"]["resourceVersion"] = self.next_rv()
        self._commit(rt.storage_key, "DELETED" if "finalizers" not in new["metadata"] else "MODIFIED", new)

    def _delete_namespace_contents(self, namespace):
        from resources import RESOURCES
        for rt in RESOURCES:
            if not rt.namespaced or rt.storage is not None:
                continue
            for (ns, name), obj in list(self._bucket(rt.storage_key).items()):
                if ns == namespace:
                    dead = copy.deepcopy(obj)
                    dead["metadata"]["resourceVersion"] = self.next_rv()
                    self._commit(rt.storage_key, "DELETED", dead)


def _same_but_rv(a, b):
    a2 = dict(a, metadata={k: v for k, v in a["metadata"].items() if k != "resourceVersion"})
    b2 = dict(b, metadata={k: v for k, v in b["metadata"].items() if k != "resourceVersion"})
    return a2 == b2
