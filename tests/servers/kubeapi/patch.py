"""JSON merge patch (RFC 7386), JSON patch (RFC 6902) and enough strategic merge patch for kubectl apply."""

import copy

from status import ApiError

# Strategic merge keys of the lists kubectl apply touches (from the k8s.io/api struct tags).
MERGE_KEYS = {
    "containers": "name", "initContainers": "name", "ephemeralContainers": "name", "env": "name",
    "ports": "containerPort", "volumes": "name", "volumeMounts": "mountPath", "volumeDevices": "devicePath",
    "imagePullSecrets": "name", "conditions": "type", "hostAliases": "ip", "topologySpreadConstraints":
    "topologyKey", "ownerReferences": "uid", "resourceClaims": "name", "envFrom": None,
}
# Service ports merge on "port"; decided by the parent key path.
SERVICE_PORT_KEY = "port"
PRIMITIVE_SET_LISTS = {"finalizers"}


def merge_patch(target, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def _bad(msg):
    return ApiError(422, "Invalid", msg)


def _pointer(path):
    if path == "":
        return []
    if not path.startswith("/"):
        raise _bad(f"invalid JSON pointer {path!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in path[1:].split("/")]


def _resolve(doc, parts):
    cur = doc
    for p in parts:
        if isinstance(cur, list):
            cur = cur[int(p)]
        elif isinstance(cur, dict):
            cur = cur[p]
        else:
            raise KeyError(p)
    return cur


def json_patch(doc, ops):
    doc = copy.deepcopy(doc)
    if not isinstance(ops, list):
        raise ApiError(400, "BadRequest", "json patch must be a list of operations")
    for op in ops:
        try:
            kind, parts = op["op"], _pointer(op["path"])
            if kind == "test":
                if _resolve(doc, parts) != op.get("value"):
                    raise _bad(f"testing value {op['path']} failed")
                continue
            if kind in ("move", "copy"):
                value = copy.deepcopy(_resolve(doc, _pointer(op["from"])))
                if kind == "move":
                    fparts = _pointer(op["from"])
                    parent = _resolve(doc, fparts[:-1])
                    del parent[int(fparts[-1]) if isinstance(parent, list) else fparts[-1]]
                kind = "add"
            else:
                value = copy.deepcopy(op.get("value"))
            if not parts:
                if kind in ("add", "replace"):
                    doc = value
                    continue
                raise _bad("cannot remove the document root")
            parent, last = _resolve(doc, parts[:-1]), parts[-1]
            if isinstance(parent, list):
                if kind == "add":
                    parent.insert(len(parent) if last == "-" else int(last), value)
                elif kind == "replace":
                    parent[int(last)] = value
                elif kind == "remove":
                    del parent[int(last)]
            elif isinstance(parent, dict):
                if kind in ("replace", "remove") and last not in parent:
                    raise _bad(f"the server rejected our request due to an error in our request: "
                               f"{kind} operation does not apply: doc is missing key: {op['path']}")
                if kind == "remove":
                    del parent[last]
                else:
                    parent[last] = value
            else:
                raise _bad(f"doc is missing path: {op['path']}")
        except (KeyError, IndexError, ValueError, TypeError):
            raise _bad(f"the server rejected our request due to an error in our request: doc is missing path: "
                       f"{op.get('path') if isinstance(op, dict) else op}")
    return doc


def _merge_key(key, path):
    if key == "ports" and path and path[-1] == "spec" and "template" not in path:
        return SERVICE_PORT_KEY  # Service.spec.ports
    return MERGE_KEYS.get(key)


def strategic_merge(target, patch, path=()):
    """Applies a strategic merge patch, honouring $patch, $setElementOrder/ and $deleteFromPrimitiveList/."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if patch.get("$patch") == "replace":
        return {k: copy.deepcopy(v) for k, v in patch.items() if k != "$patch"}
    if patch.get("$patch") == "delete":
        return None
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    retain = patch.get("$retainKeys")
    for key, value in patch.items():
        if key in ("$patch", "$retainKeys") or key.startswith("$setElementOrder/"):
            continue
        if key.startswith("$deleteFromPrimitiveList/"):
            field = key.split("/", 1)[1]
            result[field] = [v for v in result.get(field, []) if v not in value]
            continue
        if value is None:
            result.pop(key, None)
            continue
        existing = result.get(key)
        if isinstance(value, list):
            mk = _merge_key(key, path)
            if mk and isinstance(existing, list):
                result[key] = _merge_list(existing, value, mk, path + (key,))
            elif key in PRIMITIVE_SET_LISTS and isinstance(existing, list):
                result[key] = existing + [v for v in value if v not in existing]
            else:
                result[key] = [strategic_merge(None, v, path + (key,)) if isinstance(v, dict) else v
                               for v in value if not (isinstance(v, dict) and v.get("$patch") == "delete")]
        elif isinstance(value, dict):
            merged = strategic_merge(existing, value, path + (key,))
            if merged is None:
                result.pop(key, None)
            else:
                result[key] = merged
        else:
            result[key] = copy.deepcopy(value)
    if isinstance(retain, list):
        result = {k: v for k, v in result.items() if k in retain}
    return result


def _merge_list(existing, patch_items, mk, path):
    out = [copy.deepcopy(e) for e in existing]
    for item in patch_items:
        if not isinstance(item, dict):
            out.append(item)
            continue
        key = item.get(mk)
        idx = next((i for i, e in enumerate(out) if isinstance(e, dict) and e.get(mk) == key), None)
        if item.get("$patch") == "delete":
            if idx is not None:
                del out[idx]
            continue
        if idx is None:
            out.append(strategic_merge(None, item, path))
        else:
            out[idx] = strategic_merge(out[idx], item, path)
    return out


def apply_merge(live, applied):
    """Server-side apply, simplified: the applied configuration is strategically merged onto the live object."""
    return strategic_merge(live, applied)
