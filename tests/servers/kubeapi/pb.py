"""Just enough of the Kubernetes protobuf envelope to read the review requests kubectl's typed clients send
(`kubectl auth can-i`, `kubectl auth whoami` post application/vnd.kubernetes.protobuf). Answers stay JSON."""

import status as st

MAGIC = b"k8s\x00"


def _varint(data, i):
    shift = value = 0
    while True:
        b = data[i]
        i += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, i
        shift += 7


def fields(data):
    """{fieldNumber: [value]} where value is int (varint) or bytes (length-delimited)."""
    out, i = {}, 0
    while i < len(data):
        key, i = _varint(data, i)
        num, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(data, i)
        elif wire == 2:
            n, i = _varint(data, i)
            value, i = data[i:i + n], i + n
        elif wire == 1:
            value, i = data[i:i + 8], i + 8
        elif wire == 5:
            value, i = data[i:i + 4], i + 4
        else:
            raise ValueError(f"unsupported wire type {wire}")
        out.setdefault(num, []).append(value)
    return out


def _str(f, n):
    return f.get(n, [b""])[0].decode()


def decode_review(body, rt):
    """A JSON-shaped dict for SelfSubjectAccessReview / SelfSubjectRulesReview / SelfSubjectReview."""
    if not body.startswith(MAGIC):
        raise st.ApiError(415, "UnsupportedMediaType", "the body of the request was in an unknown format")
    try:
        unknown = fields(body[len(MAGIC):])
        obj = fields(unknown.get(2, [b""])[0])
        spec = fields(obj.get(2, [b""])[0]) if rt.kind != "SelfSubjectReview" else {}
        if rt.kind == "SelfSubjectAccessReview":
            out = {}
            if 1 in spec:
                ra = fields(spec[1][0])
                out["resourceAttributes"] = {k: _str(ra, n) for n, k in (
                    (1, "namespace"), (2, "verb"), (3, "group"), (4, "version"), (5, "resource"),
                    (6, "subresource"), (7, "name")) if _str(ra, n)}
            if 2 in spec:
                nra = fields(spec[2][0])
                out["nonResourceAttributes"] = {"path": _str(nra, 1), "verb": _str(nra, 2)}
            return {"spec": out}
        if rt.kind == "SelfSubjectRulesReview":
            return {"spec": {"namespace": _str(spec, 1)}}
        return {}
    except (ValueError, IndexError, UnicodeDecodeError):
        raise st.bad_request("unable to decode the protobuf request body")
