"""/openapi/v3 documents, enough for kubectl: per group-version paths whose PATCH operations declare the
fieldValidation parameter (so kubectl leaves validation to the server) and component schemas taken from the
reference Kubernetes swagger (built-in kinds) or the Karmada CRDs (with patch-merge-key extensions for
kubectl apply's strategic merge)."""

import hashlib
import json
import os
import threading

from resources import RESOURCES, groups
from validation import DATA, crd_path, karmada_release

SWAGGER = "core-v1_apps-v1_rbac-v1.subset.swagger.json"
# More built-in kinds, from the same reference swagger.
EXTRA_SWAGGER = ("coordination-v1.subset.swagger.json",)
_lock = threading.Lock()
_swagger = None
_docs = {}

_PARAM = [{"name": "dryRun", "in": "query", "schema": {"type": "string", "uniqueItems": True}},
          {"name": "fieldManager", "in": "query", "schema": {"type": "string", "uniqueItems": True}},
          {"name": "fieldValidation", "in": "query", "schema": {"type": "string", "uniqueItems": True}}]


def _definitions():
    global _swagger
    if _swagger is None:
        with open(os.path.join(DATA, SWAGGER)) as f:
            defs = json.load(f)["definitions"]
        for extra in EXTRA_SWAGGER:
            with open(os.path.join(DATA, extra)) as f:
                defs.update(json.load(f)["definitions"])
        _swagger = defs
    return _swagger


def _rewrite(node):
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                out[k] = v.replace("#/definitions/", "#/components/schemas/")
            else:
                out[k] = _rewrite(v)
        return out
    if isinstance(node, list):
        return [_rewrite(v) for v in node]
    return node


def _closure(defs, names):
    seen, todo = set(), list(names)
    while todo:
        n = todo.pop()
        if n in seen or n not in defs:
            continue
        seen.add(n)
        text = json.dumps(defs[n])
        idx = 0
        while True:
            idx = text.find('"#/definitions/', idx)
            if idx < 0:
                break
            end = text.find('"', idx + 1)
            todo.append(text[idx + 15:end])
            idx = end
    return seen


def _definition_name(rt, defs):
    for name, d in defs.items():
        for gvk in d.get("x-kubernetes-group-version-kind", []):
            if gvk.get("group") == rt.group and gvk.get("version") == rt.version and gvk.get("kind") == rt.kind:
                return name
    return None


def crd_definition_name(rt):
    """What the apiserver names a CRD's schema: the group reversed, then version and kind
    (policy.karmada.io v1alpha1 PropagationPolicy -> io.karmada.policy.v1alpha1.PropagationPolicy)."""
    return ".".join(reversed(rt.group.split("."))) + f".{rt.version}.{rt.kind}"


def _crd_schema(rt, release=None):
    with open(crd_path(rt.schema[4:], release)) as f:
        crd = json.load(f)
    version = next(v for v in crd["spec"]["versions"] if v["name"] == rt.version)
    schema = dict(version["schema"]["openAPIV3Schema"])
    schema["x-kubernetes-group-version-kind"] = [{"group": rt.group, "version": rt.version, "kind": rt.kind}]
    return schema


def gv_doc(group, version):
    release = karmada_release() if group == "policy.karmada.io" else None
    key = (group, version, release)
    with _lock:
        if key in _docs:
            return _docs[key]
        defs = _definitions()
        prefix = f"/apis/{group}/{version}" if group else f"/api/{version}"
        paths, schemas, wanted = {}, {}, []
        for rt in RESOURCES:
            if rt.group != group or rt.version != version:
                continue
            gvk = {"group": rt.group, "version": rt.version, "kind": rt.kind}
            item = f"{prefix}/namespaces/{{namespace}}/{rt.plural}/{{name}}" if rt.namespaced else \
                f"{prefix}/{rt.plural}/{{name}}"
            coll = item.rsplit("/", 1)[0]
            op = {"x-kubernetes-group-version-kind": gvk, "parameters": _PARAM, "responses": {}}
            name = _definition_name(rt, defs)
            ref = {"$ref": f"#/components/schemas/{name}"} if name else {"type": "object"}
            if "patch" in rt.verbs:
                types = ["application/apply-patch+yaml", "application/json-patch+json",
                         "application/merge-patch+json"] + (["application/strategic-merge-patch+json"] if name else [])
                paths[item] = {"get": dict(op, parameters=[], **{"x-kubernetes-action": "get"}),
                               "put": dict(op, **{"x-kubernetes-action": "put"}),
                               "patch": dict(op, requestBody={"content": {t: {"schema": ref} for t in types},
                                                              "required": True},
                                             **{"x-kubernetes-action": "patch"})}
            paths[coll] = {"post": dict(op, **{"x-kubernetes-action": "post"})}
            if name:
                wanted.append(name)
            elif rt.schema.startswith("crd:"):
                schemas[crd_definition_name(rt)] = _crd_schema(rt, release)
        for n in sorted(_closure(defs, wanted)):
            schemas[n] = _rewrite(defs[n])
        doc = {"openapi": "3.0.0", "info": {"title": "Kubernetes", "version": "v1.32.3"}, "paths": paths,
               "components": {"schemas": schemas}}
        data = (json.dumps(doc, separators=(",", ":"))).encode()
        _docs[key] = (data, hashlib.sha512(data).hexdigest()[:64].upper())
        return _docs[key]


def root():
    out = {}
    for group, versions in groups().items():
        for v in versions:
            rel = f"apis/{group}/{v}" if group else f"api/{v}"
            _, h = gv_doc(group, v)
            out[rel] = {"serverRelativeURL": f"/openapi/v3/{rel}?hash={h}"}
    return {"paths": out}
