"""Label and field selectors with the apiserver's syntax (=, ==, !=, in, notin, exists, !key)."""

import re

from status import bad_request

_SET_RE = re.compile(r"^\s*([A-Za-z0-9./_-]+)\s+(in|notin)\s+\(([^)]*)\)\s*$")
_EQ_RE = re.compile(r"^\s*([A-Za-z0-9./_-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)\s*$")
_KEY_RE = re.compile(r"^\s*(!?)\s*([A-Za-z0-9./_-]+)\s*$")


def _split_terms(text):
    terms, depth, cur = [], 0, ""
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            terms.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        terms.append(cur)
    return terms


def parse_labels(text):
    """Returns a predicate over a labels dict; raises ApiError(400) on bad syntax."""
    if not text:
        return lambda labels: True
    preds = []
    for term in _split_terms(text):
        m = _SET_RE.match(term)
        if m:
            key, op, values = m.group(1), m.group(2), {v.strip() for v in m.group(3).split(",") if v.strip()}
            if op == "in":
                preds.append(lambda l, k=key, vs=values: k in l and l[k] in vs)
            else:
                preds.append(lambda l, k=key, vs=values: k not in l or l[k] not in vs)
            continue
        m = _EQ_RE.match(term)
        if m:
            key, op, value = m.groups()
            if op == "!=":
                preds.append(lambda l, k=key, v=value: l.get(k) != v)
            else:
                preds.append(lambda l, k=key, v=value: k in l and l[k] == v)
            continue
        m = _KEY_RE.match(term)
        if m:
            neg, key = m.groups()
            preds.append((lambda l, k=key: k not in l) if neg else (lambda l, k=key: k in l))
            continue
        raise bad_request(f'unable to parse requirement: found \'{term.strip()}\', expected: identifier')
    return lambda labels: all(p(labels or {}) for p in preds)


def _field(obj, path):
    cur = obj
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    if cur is None:
        return ""
    return cur if isinstance(cur, str) else str(cur)


# Fields each kind accepts in a fieldSelector (a real server rejects others with 400).
SUPPORTED_FIELDS = {
    "*": {"metadata.name", "metadata.namespace"},
    "Pod": {"spec.nodeName", "status.phase", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName",
            "status.podIP", "status.nominatedNodeName", "spec.hostNetwork"},
    "Event": {"involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
              "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
              "reportingComponent", "source", "type"},
    "Node": {"spec.unschedulable"},
    "Namespace": {"status.phase"},
    "Secret": {"type"},
}


def parse_fields(text, kind):
    if not text:
        return lambda obj: True
    allowed = SUPPORTED_FIELDS["*"] | SUPPORTED_FIELDS.get(kind, set())
    preds = []
    for term in _split_terms(text):
        m = re.match(r"^\s*([A-Za-z0-9._-]+)\s*(==|=|!=)\s*(.*?)\s*$", term)
        if not m:
            raise bad_request(f'invalid selector: \'{text}\'; can\'t understand \'{term}\'')
        path, op, value = m.groups()
        if path not in allowed:
            raise bad_request(f'field label not supported: {path}')
        getter = path
        if kind == "Event" and path == "source":
            getter = "source.component"
        if op == "!=":
            preds.append(lambda o, g=getter, v=value: _field(o, g) != v)
        else:
            preds.append(lambda o, g=getter, v=value: _field(o, g) == v)
    return lambda obj: all(p(obj) for p in preds)
