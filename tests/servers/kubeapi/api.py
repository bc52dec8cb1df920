"""REST semantics of the apiserver on top of storage: routing, verbs, authorization, validation, output."""

import copy
import json

import auth
import discovery
import events as evconv
import openapi
import openapiv2
import pb
import patch as patching
import status as st
import tables
import validation
from labelsel import parse_fields, parse_labels
from resources import lookup
from storage import now_rfc3339

TABLE_GROUP = "meta.k8s.io"


class Response:
    def __init__(self, code, body, headers=None, content_type="application/json"):
        self.code = code
        self.body = body
        self.headers = headers or {}
        self.content_type = content_type


class WatchRequest:
    """Returned by the router when the request is a watch; the server streams it."""

    def __init__(self, rt, namespace, name, query, table, label_pred, field_pred):
        self.rt, self.namespace, self.name, self.query = rt, namespace, name, query
        self.table, self.label_pred, self.field_pred = table, label_pred, field_pred


def _flag(query, key):
    return query.get(key, "").lower() in ("1", "true")


def _int(query, key, default=0):
    try:
        return int(query.get(key, default) or default)
    except ValueError:
        raise st.bad_request(f"invalid {key} parameter: {query.get(key)!r}")


def parse_resource_path(path):
    """Returns (group, version, rest segments) or None for non-resource paths."""
    parts = [p for p in path.split("/") if p]
    if len(parts) >= 2 and parts[0] == "api":
        return "", parts[1], parts[2:]
    if len(parts) >= 3 and parts[0] == "apis":
        return parts[1], parts[2], parts[3:]
    return None


def split_rest(group, version, rest):
    """(resourceType, namespace, name, subresource) from the segments after /api/v1 or /apis/g/v."""
    if not rest:
        return None, None, None, None
    if rest[0] == "namespaces" and len(rest) >= 3 and not (group == "" and rest[2] in ("status", "finalize")):
        ns, rest = rest[1], rest[2:]
    else:
        ns = None
    rt = lookup(group, version, rest[0])
    if rt is None:
        raise st.not_found_path()
    name = rest[1] if len(rest) > 1 else None
    sub = rest[2] if len(rest) > 2 else ""
    if len(rest) > 3 or (sub and sub not in rt.subresources):
        raise st.not_found_path()
    if ns is not None and not rt.namespaced:
        raise st.not_found_path()
    return rt, ns, name, sub


class Api:
    def __init__(self, authenticator, server_address):
        self.auth = authenticator
        self.server_address = server_address

    # ---- entry --------------------------------------------------------------------------------
    def handle(self, store, method, path, query, headers, body, user):
        # The policy CRDs (validation, OpenAPI, printer columns) of the Karmada release this
        # cluster plays (knob karmadaRelease; default HEAD).
        validation.set_karmada_release(store.knobs.get("karmadaRelease"))
        accept = headers.get("Accept", "")
        if path in ("/healthz", "/livez", "/readyz"):
            return Response(200, b"ok", content_type="text/plain; charset=utf-8")
        if method == "GET" and not auth.allowed_path(user, path) and parse_resource_path(path) is None:
            raise st.forbidden_path(user.name, method, path)
        if path in ("/version", "/version/"):
            return Response(200, discovery.version())
        if path == "/api":
            if discovery.wants_aggregated(accept):
                return Response(200, discovery.aggregated(True), content_type=discovery.AGGREGATED_CT)
            return Response(200, discovery.api_versions(self.server_address))
        if path == "/apis":
            if discovery.wants_aggregated(accept):
                return Response(200, discovery.aggregated(False), content_type=discovery.AGGREGATED_CT)
            return Response(200, discovery.api_group_list())
        if path in ("/openapi/v3", "/openapi/v3/"):
            return Response(200, openapi.root())
        if path.startswith("/openapi/v3/"):
            parsed = parse_resource_path(path[len("/openapi/v3"):])
            if parsed is None or parsed[2] or discovery.resource_list(parsed[0], parsed[1]) is None:
                raise st.not_found_path()
            data, _ = openapi.gv_doc(parsed[0], parsed[1])
            return Response(200, data, {"Cache-Control": "public, immutable"} if "hash" in query else {})
        if path == "/openapi/v2" and method == "GET":
            # JSON or protobuf by the Accept header (kubectl up to 1.2x asks for protobuf).
            code, data, ctype, hdrs = openapiv2.serve(accept)
            return Response(code, data, hdrs, content_type=ctype)
        if path.startswith("/openapi"):
            raise st.not_found_path()
        parts = [p for p in path.split("/") if p]
        if len(parts) == 2 and parts[0] == "apis":
            group = discovery.api_group(parts[1])
            if group is None:
                raise st.not_found_path()
            return Response(200, group)
        parsed = parse_resource_path(path)
        if parsed is None:
            raise st.not_found_path()
        group, version, rest = parsed
        if not rest:
            doc = discovery.resource_list(group, version)
            if doc is None:
                raise st.not_found_path()
            return Response(200, doc)
        rt, ns, name, sub = split_rest(group, version, rest)
        return self.resource(store, method, rt, ns, name, sub, query, headers, body, user)

    # ---- resources ------------------------------------------------------------------------------
    def _verb(self, method, name, query):
        if method == "GET":
            if name:
                return "get"
            return "watch" if _flag(query, "watch") else "list"
        return {"POST": "create", "PUT": "update", "PATCH": "patch",
                "DELETE": "delete" if name else "deletecollection"}.get(method)

    def resource(self, store, method, rt, ns, name, sub, query, headers, body, user):
        verb = self._verb(method, name, query)
        if verb is None or (method == "POST" and name) or (method in ("PUT", "PATCH") and not name):
            raise st.method_not_allowed()
        if verb not in rt.verbs and not (sub and verb in ("get", "update", "patch")):
            raise st.method_not_allowed()
        if not auth.allowed(user, verb, rt.group, rt.plural, sub):
            raise st.forbidden(user.name, verb, rt, ns, name, sub)
        if rt.namespaced is False:
            ns = ""
        accept = headers.get("Accept", "")
        table = discovery.wants(accept, "Table", TABLE_GROUP, ("v1", "v1beta1"))
        dry_run = query.get("dryRun") == "All"
        if rt.group in ("authorization.k8s.io", "authentication.k8s.io"):
            ctype = headers.get("Content-Type", "")
            return self.review(rt, user, pb.decode_review(body, rt) if "protobuf" in ctype else self._json(body))
        if verb == "list" or verb == "watch":
            field_text = query.get("fieldSelector", "")
            if rt.group == "events.k8s.io":
                field_text = evconv.field_selector_to_core(field_text)
            label_pred = parse_labels(query.get("labelSelector", ""))
            field_pred = parse_fields(field_text, rt.kind)
            if verb == "watch":
                return WatchRequest(rt, ns, name, query, table, label_pred, field_pred)
            # resourceVersion=0 asks for any version: kube-apiserver answers from its watch cache,
            # which ignores limit and sends everything in one piece (as 1.32 does).
            limit = 0 if query.get("resourceVersion") == "0" and not query.get("continue") \
                else _int(query, "limit")
            items, rv, cont, remaining = store.list(rt, ns, label_pred, field_pred, limit,
                                                    query.get("continue"))
            meta = {"resourceVersion": rv}
            if cont:
                meta["continue"] = cont
            if remaining:
                meta["remainingItemCount"] = remaining
            items = [self.present(rt, o) for o in items]
            if table:
                return Response(200, tables.to_table(rt, items, meta, query.get("includeObject", "Metadata")),
                                content_type=f"application/json;as=Table;v={table};g={TABLE_GROUP}")
            return Response(200, {"kind": f"{rt.kind}List", "apiVersion": rt.api_version, "metadata": meta,
                                  "items": items})
        if verb == "get":
            obj = self.present(rt, store.get(rt, ns, name))
            if sub == "scale":
                return Response(200, self.scale_of(obj))
            if table:
                return Response(200, tables.to_table(rt, [obj], {"resourceVersion": obj["metadata"]
                                                                 ["resourceVersion"]},
                                                     query.get("includeObject", "Metadata")),
                                content_type=f"application/json;as=Table;v={table};g={TABLE_GROUP}")
            return Response(200, obj)
        if verb == "create":
            obj = self.incoming(rt, self._json(body), query)
            if ns and obj.get("metadata", {}).get("namespace") not in (None, "", ns):
                raise st.bad_request("the namespace of the provided object does not match the namespace sent on "
                                     "the request")
            # A create is an Update operation owning every field it sets (as the apiserver's
            # field manager records it), unless the request brings managedFields of its own.
            if not obj.get("metadata", {}).get("managedFields"):
                _set_managed(obj, _record_update({"metadata": {}}, obj, update_manager(query, headers), rt))
            created = store.create(rt, ns, obj, dry_run)
            return Response(201, self.present(rt, created))
        if verb == "update":
            obj = self._json(body)
            if sub == "scale":
                return self.update_scale(store, rt, ns, name, obj, dry_run)
            obj = self.incoming(rt, obj, query, strict_name=name)
            with store.lock:
                current = store.get(rt, ns, name)
                _set_managed(obj, _record_update(current, obj, update_manager(query, headers), rt, sub))
                updated = store.update(rt, ns, name, obj, dry_run, subresource=sub)
            return Response(200, self.present(rt, updated))
        if verb == "patch":
            return self.patch(store, rt, ns, name, sub, query, headers, body, dry_run)
        if verb == "delete":
            return self.delete(store, rt, ns, name, query, body, dry_run)
        if verb == "deletecollection":
            label_pred = parse_labels(query.get("labelSelector", ""))
            field_pred = parse_fields(query.get("fieldSelector", ""), rt.kind)
            items, rv, _, _ = store.list(rt, ns, label_pred, field_pred)
            deleted = []
            for o in items:
                try:
                    d, _ = store.delete(rt, o["metadata"].get("namespace", ""), o["metadata"]["name"],
                                        query.get("propagationPolicy"), dry_run)
                    deleted.append(self.present(rt, d))
                except st.ApiError:
                    pass
            return Response(200, {"kind": f"{rt.kind}List", "apiVersion": rt.api_version,
                                  "metadata": {"resourceVersion": str(store.rv)}, "items": deleted})
        raise st.method_not_allowed()

    # ---- helpers ------------------------------------------------------------------------------
    def _json(self, body):
        try:
            return json.loads(body or b"{}")
        except ValueError as exc:
            raise st.bad_request(f"couldn't get version/kind; json parse error: {exc}")

    def present(self, rt, obj):
        if rt.group == "events.k8s.io":
            return evconv.to_events_v1(obj)
        return obj

    def incoming(self, rt, obj, query, strict_name=None):
        if not isinstance(obj, dict):
            raise st.bad_request("the object provided is unrecognized (must be of type object)")
        if rt.group == "events.k8s.io":
            obj = evconv.to_core(obj)
            return obj
        kind, api_version = obj.get("kind"), obj.get("apiVersion")
        if kind and kind != rt.kind or api_version and api_version != rt.api_version:
            raise st.bad_request(f'the API version in the data ({api_version}) does not match the expected API '
                                 f'version ({rt.api_version})' if api_version != rt.api_version else
                                 f'{kind} in version "{rt.version}" cannot be handled as a {rt.kind}: '
                                 f'the kind in the data does not match the expected kind')
        self.validate(rt, obj, query)
        return obj

    def validate(self, rt, obj, query):
        name = obj.get("metadata", {}).get("name") or obj.get("metadata", {}).get("generateName", "")
        validator = validation.for_resource(rt)
        causes = []
        if validator is not None:
            strict = query.get("fieldValidation") == "Strict"
            causes, unknown = validator.validate(obj, prune=True)
            if strict and unknown:
                raise st.bad_request(f'{rt.kind} in version "{rt.version}" cannot be handled as a {rt.kind}: '
                                     f'strict decoding error: ' +
                                     ", ".join(f'unknown field "{u}"' for u in unknown))
        causes += builtin_causes(rt, obj)
        if causes:
            raise st.invalid(rt, name, causes)

    def review(self, rt, user, obj):
        out = {"kind": rt.kind, "apiVersion": rt.api_version, "metadata": {"creationTimestamp": None},
               "spec": obj.get("spec", {})}
        if rt.plural == "selfsubjectreviews":
            out.pop("spec")
            out["status"] = {"userInfo": user.info()}
            return Response(201, out)
        if rt.plural == "selfsubjectaccessreviews":
            spec = obj.get("spec", {})
            ra = spec.get("resourceAttributes")
            if ra:
                ok = auth.allowed(user, ra.get("verb", ""), ra.get("group", ""), ra.get("resource", ""),
                                  ra.get("subresource", ""))
            else:
                nra = spec.get("nonResourceAttributes", {})
                ok = auth.allowed_path(user, nra.get("path", "")) and nra.get("verb", "get") == "get" or \
                    user.rules is None
            out["status"] = {"allowed": ok}
            if ok:
                out["status"]["reason"] = ("RBAC: allowed by ClusterRoleBinding \"cluster-admin\" of ClusterRole "
                                           "\"cluster-admin\" to Group \"system:masters\""
                                           if user.rules is None else "RBAC: allowed by the fixture's rules")
        else:
            out["status"] = auth.rules_review(user)
        return Response(201, out)

    def scale_of(self, obj):
        sel = obj.get("spec", {}).get("selector", {}).get("matchLabels", {})
        return {"kind": "Scale", "apiVersion": "autoscaling/v1",
                "metadata": {k: obj["metadata"][k] for k in ("name", "namespace", "uid", "resourceVersion",
                                                             "creationTimestamp") if k in obj["metadata"]},
                "spec": {"replicas": obj.get("spec", {}).get("replicas", 1)},
                "status": {"replicas": obj.get("status", {}).get("replicas", 0),
                           "selector": ",".join(f"{k}={v}" for k, v in sorted(sel.items()))}}

    def update_scale(self, store, rt, ns, name, scale, dry_run):
        with store.lock:
            obj = copy.deepcopy(store.get(rt, ns, name))
            sent_rv = scale.get("metadata", {}).get("resourceVersion")
            if sent_rv and sent_rv != obj["metadata"]["resourceVersion"]:
                raise st.conflict(rt, name)
            obj.setdefault("spec", {})["replicas"] = scale.get("spec", {}).get("replicas", 0)
            updated = store.update(rt, ns, name, obj, dry_run, check_rv=False)
            return Response(200, self.scale_of(updated))

    def patch(self, store, rt, ns, name, sub, query, headers, body, dry_run):
        ctype = headers.get("Content-Type", "").split(";")[0].strip()
        patch_doc = self._json(body)
        with store.lock:
            if ctype == "application/apply-patch+yaml":
                return self.apply(store, rt, ns, name, query, patch_doc, dry_run)
            current = store.get(rt, ns, name)
            base = self.scale_of(current) if sub == "scale" else self.present(rt, current)
            if ctype == "application/merge-patch+json":
                result = patching.merge_patch(base, patch_doc)
            elif ctype == "application/json-patch+json":
                result = patching.json_patch(base, patch_doc)
            elif ctype == "application/strategic-merge-patch+json":
                if rt.schema.startswith("crd") or rt.schema in ("lenient", "openapi:cluster"):
                    raise st.ApiError(415, "UnsupportedMediaType", "strategic merge patch is not supported for "
                                      "custom resources; use merge patch or json patch")
                result = patching.strategic_merge(base, patch_doc)
            else:
                raise st.unsupported_media(ctype)
            if sub == "scale":
                return self.update_scale(store, rt, ns, name, result, dry_run)
            result.setdefault("metadata", {})
            if result["metadata"].get("name", name) != name:
                raise st.bad_request("metadata.name: Invalid value: the name of the object does not match")
            check_rv = bool(patch_doc.get("metadata", {}).get("resourceVersion")) if isinstance(patch_doc, dict) \
                else False
            obj = self.incoming(rt, result, query)
            _set_managed(obj, _record_update(current, obj, update_manager(query, headers), rt, sub))
            updated = store.update(rt, ns, name, obj, dry_run, subresource=sub, check_rv=check_rv)
            return Response(200, self.present(rt, updated))

    def apply(self, store, rt, ns, name, query, applied, dry_run):
        manager = query.get("fieldManager")
        if not manager:
            raise st.ApiError(422, "Invalid", 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required '
                              'value: is required for apply patch',
                              {"group": "meta.k8s.io", "kind": "PatchOptions",
                               "causes": [{"reason": "FieldValueRequired",
                                           "message": "Required value: is required for apply patch",
                                           "field": "fieldManager"}]})
        force = _flag(query, "force")
        if not isinstance(applied, dict):
            raise st.bad_request("apply patch must be an object")
        applied = copy.deepcopy(applied)
        applied.setdefault("metadata", {})["name"] = name
        mine = _field_paths(applied)
        current = store.find(rt.storage_key, ns, name)
        if current is None:
            obj = copy.deepcopy(applied)
            self.validate(rt, obj, query)
            obj["metadata"]["managedFields"] = [_mf_entry(manager, "Apply", rt, mine)]
            created = store.create(rt, ns, obj, dry_run)
            return Response(201, self.present(rt, created))
        entries = copy.deepcopy(current["metadata"].get("managedFields", []))
        conflicts = []
        for e in entries:
            # Every other manager's fields conflict, an Update's too (since Update entries record
            # their fields): as on a real apiserver, applying over `kubectl edit` needs force.
            if e["manager"] == manager and e.get("operation") == "Apply":
                continue
            theirs = _paths_from_fields(e.get("fieldsV1", {}))
            for p in sorted(mine & theirs):
                if _get_path(current, p) != _get_path(applied, p):
                    conflicts.append((e["manager"], p))
        if conflicts and not force:
            msgs = [(f'conflict with "{m}" using {rt.api_version}', "." + ".".join(p)) for m, p in conflicts]
            n = len(msgs)
            text = f"Apply failed with {n} conflict{'s' if n > 1 else ''}: " + "\n".join(
                f"{m}: {f}" for m, f in msgs)
            raise st.ApiError(409, "Conflict", text, {"causes": [{"reason": "FieldManagerConflict", "message": m,
                                                                  "field": f} for m, f in msgs]})
        previously = set()
        for e in entries:
            if e["manager"] == manager and e.get("operation") == "Apply":
                previously = _paths_from_fields(e.get("fieldsV1", {}))
        others = set()
        new_entries = []
        for e in entries:
            if e["manager"] == manager and e.get("operation") == "Apply":
                continue
            paths = _paths_from_fields(e.get("fieldsV1", {})) - (mine if force else set())
            others |= paths
            if paths:
                new_entries.append(_mf_entry(e["manager"], e.get("operation", "Update"), rt, paths))
        merged = patching.apply_merge(current, applied)
        for p in previously - mine - others:
            _del_path(merged, p)
        # Like the apiserver, validate the merged object: an applied configuration may be partial.
        self.validate(rt, merged, query)
        _set_managed(merged, new_entries + [_mf_entry(manager, "Apply", rt, mine)])
        merged["metadata"]["resourceVersion"] = current["metadata"]["resourceVersion"]
        updated = store.update(rt, ns, name, merged, dry_run)
        return Response(200, self.present(rt, updated))

    def delete(self, store, rt, ns, name, query, body, dry_run):
        opts = self._json(body) if body else {}
        propagation = query.get("propagationPolicy") or opts.get("propagationPolicy")
        if opts.get("orphanDependents") is True and not propagation:
            propagation = "Orphan"
        if propagation not in (None, "Foreground", "Background", "Orphan"):
            raise st.invalid(rt, name, [("FieldValueNotSupported", f'Unsupported value: "{propagation}": '
                                         'supported values: "Foreground", "Background", "Orphan"',
                                         "propagationPolicy")])
        dry_run = dry_run or "All" in (opts.get("dryRun") or [])
        pre = opts.get("preconditions") or {}
        obj, finished = store.delete(rt, ns, name, propagation, dry_run, pre.get("uid"), pre.get("resourceVersion"))
        if not finished or rt.kind in ("Pod", "Namespace") or rt.group == "events.k8s.io":
            return Response(200, self.present(rt, obj))
        return Response(200, st.success(rt, name, obj["metadata"]["uid"]))


def builtin_causes(rt, obj):
    """The few checks of the built-in validation that clients trip over most."""
    causes = []
    if rt.kind == "Deployment":
        spec = obj.get("spec") or {}
        sel = (spec.get("selector") or {}).get("matchLabels")
        tlabels = ((spec.get("template") or {}).get("metadata") or {}).get("labels") or {}
        if not spec.get("selector"):
            causes.append(("FieldValueRequired", "Required value", "spec.selector"))
        elif sel and any(tlabels.get(k) != v for k, v in sel.items()):
            causes.append(("FieldValueInvalid", f"Invalid value: map[string]string{{{_gomap(tlabels)}}}: "
                           "`selector` does not match template `labels`", "spec.template.metadata.labels"))
        containers = ((spec.get("template") or {}).get("spec") or {}).get("containers")
        causes += _container_causes(containers, "spec.template.spec.containers")
        if isinstance(spec.get("replicas"), int) and spec["replicas"] < 0:
            causes.append(("FieldValueInvalid", f"Invalid value: {spec['replicas']}: must be greater than or equal "
                           "to 0", "spec.replicas"))
    elif rt.kind == "Pod":
        causes += _container_causes((obj.get("spec") or {}).get("containers"), "spec.containers")
    elif rt.kind == "Lease":
        # pkg/apis/coordination/validation: ValidateLeaseSpec.
        spec = obj.get("spec") or {}
        duration = spec.get("leaseDurationSeconds")
        if isinstance(duration, int) and duration <= 0:
            causes.append(("FieldValueInvalid", f"Invalid value: {duration}: must be greater than 0",
                           "spec.leaseDurationSeconds"))
        transitions = spec.get("leaseTransitions")
        if isinstance(transitions, int) and transitions < 0:
            causes.append(("FieldValueInvalid", f"Invalid value: {transitions}: must be greater than or equal to 0",
                           "spec.leaseTransitions"))
    return causes


def _gomap(d):
    return ", ".join(f'"{k}":"{v}"' for k, v in sorted(d.items()))


def _container_causes(containers, field):
    if not containers:
        return [("FieldValueRequired", "Required value", field)]
    out = []
    for i, c in enumerate(containers):
        if not c.get("name"):
            out.append(("FieldValueRequired", "Required value", f"{field}[{i}].name"))
        if not c.get("image"):
            out.append(("FieldValueRequired", "Required value", f"{field}[{i}].image"))
    return out


# ---- managedFields (server-side apply bookkeeping) ---------------------------------------------------
_SKIP_TOP = {"apiVersion", "kind"}


def _field_paths(obj, prefix=()):
    out = set()
    for k, v in obj.items():
        if not prefix and k in _SKIP_TOP:
            continue
        if prefix == ("metadata",) and k in ("name", "namespace", "managedFields", "resourceVersion", "uid",
                                              "creationTimestamp", "generation", "selfLink"):
            continue
        p = prefix + (k,)
        if isinstance(v, dict) and v:
            out |= _field_paths(v, p)
        else:
            out.add(p)
    return out


def _fields_v1(paths):
    root = {}
    for p in sorted(paths):
        cur = root
        for part in p:
            cur = cur.setdefault(f"f:{part}", {})
    return root


def _paths_from_fields(fields, prefix=()):
    out = set()
    for k, v in fields.items():
        if not k.startswith("f:"):
            continue
        p = prefix + (k[2:],)
        if v:
            out |= _paths_from_fields(v, p)
        else:
            out.add(p)
    return out


def _mf_entry(manager, operation, rt, paths):
    return {"manager": manager, "operation": operation, "apiVersion": rt.api_version, "time": now_rfc3339(),
            "fieldsType": "FieldsV1", "fieldsV1": _fields_v1(paths)}


def update_manager(query, headers):
    """The field manager of a non-apply write, as the apiserver's managerOrUserAgent: the
    fieldManager parameter, else the User-Agent up to its first '/' (printable characters, at most
    128), so `kubectl.1.32/v1.32.3 (linux/amd64) kubernetes/...` is manager "kubectl.1.32"."""
    manager = query.get("fieldManager")
    if manager:
        return manager
    prefix = (headers.get("User-Agent", "") or "").split("/")[0]
    return "".join(c for c in prefix if c.isprintable())[:128]


def _leaf_paths(obj):
    return _field_paths(obj) if isinstance(obj, dict) else set()


def _has_path(obj, path):
    cur = obj
    for p in path:
        if not isinstance(cur, dict) or p not in cur:
            return False
        cur = cur[p]
    return True


def _record_update(current, new, manager, rt, subresource=""):
    """managedFields after an Update operation by `manager`, as structured-merge-diff's
    Updater.Update does: the manager's Update entry gains the leaf fields this write added or
    changed (merged with what it owned before) and loses the removed ones; every other entry
    (another manager's, or this manager's Apply entry) loses the added, changed and removed fields;
    entries left empty are dropped. Lists are atomic leaves, as in a CRD without list types.

    A request object carrying managedFields of its own replaces them (`[{}]` clears them), as the
    apiserver's decodeLiveOrNew does. A write to the status subresource records only status, in
    an entry marked `subresource: status`; a write to the main resource never records status on
    kinds that have that subresource."""
    live = current["metadata"].get("managedFields", [])
    sent = new.get("metadata", {}).get("managedFields")
    if sent and sent != live:
        return [e for e in sent if e]

    def scoped(paths):
        # The status subresource owns status; the main resource everything else (the apiserver's
        # reset fields for kinds with a status subresource).
        if subresource == "status":
            return {p for p in paths if p[0] == "status"}
        if "status" in rt.subresources:
            return {p for p in paths if p[0] != "status"}
        return paths

    old_leaves = scoped(_leaf_paths(current))
    new_leaves = scoped(_leaf_paths(new))
    changed = {p for p in new_leaves if not _has_path(current, p) or _get_path(current, p) != _get_path(new, p)}
    removed = {p for p in old_leaves if not _has_path(new, p) or isinstance(_get_path(new, p), dict)
               and _get_path(new, p)}
    # A leaf that became a map (or the reverse) is removed under its old path and added under the new.
    touched = changed | removed
    out = []
    mine = set()
    mine_entry = None
    for e in live:
        paths = _paths_from_fields(e.get("fieldsV1", {}))
        if e.get("manager") == manager and e.get("operation") == "Update" and \
                e.get("subresource", "") == subresource:
            mine = paths
            mine_entry = e
            continue
        kept = {p for p in paths if not any(p[:len(t)] == t or t[:len(p)] == p for t in touched)}
        if kept == paths:
            out.append(e)
        elif kept:
            entry = dict(e)
            entry["fieldsV1"] = _fields_v1(kept)
            out.append(entry)
    mine = {p for p in mine if not any(p[:len(t)] == t or t[:len(p)] == p for t in removed)} | changed
    if mine:
        if mine_entry is not None and not changed and mine == _paths_from_fields(mine_entry.get("fieldsV1", {})):
            out.append(mine_entry)  # nothing changed: the entry (and its time) stays as it was
        else:
            entry = _mf_entry(manager, "Update", rt, mine)
            if subresource:
                entry["subresource"] = subresource
            out.append(entry)
    return out


def _set_managed(obj, entries):
    """Stores the entries in the apiserver's order (sortEncodedManagedFields: operation, so Apply
    before Update, then time, manager, apiVersion); none at all: no managedFields key."""
    meta = obj.setdefault("metadata", {})
    if entries:
        meta["managedFields"] = sorted(entries, key=lambda e: (e.get("operation", ""), e.get("time", ""),
                                                               e.get("manager", ""), e.get("apiVersion", "")))
    else:
        meta.pop("managedFields", None)


def _get_path(obj, path):
    cur = obj
    for p in path:
        if not isinstance(cur, dict) or p not in cur:
            return None
        cur = cur[p]
    return cur


def _del_path(obj, path):
    cur = obj
    for p in path[:-1]:
        if not isinstance(cur, dict) or p not in cur:
            return
        cur = cur[p]
    if isinstance(cur, dict):
        cur.pop(path[-1], None)
