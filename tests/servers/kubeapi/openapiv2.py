"""/openapi/v2 as a kube-apiserver serves it: the Swagger 2.0 document in JSON, or in the protobuf form
(gnostic's openapi.v2.Document) that kubectl up to 1.2x asks for before it validates or applies an object.

The document holds the definitions the /openapi/v3 documents take their schemas from (the reference
swagger's built-in kinds and the Karmada CRDs, the latter reduced to what OpenAPI v2 can say as the
apiserver reduces CRD schemas for v2). Its `paths` are empty: kubectl reads only the definitions
(their x-kubernetes-group-version-kind and patch extensions); the per-path view is in /openapi/v3.

Content negotiation follows kube-openapi's handler (pkg/handler): the Accept clauses in order of
preference, the first of application/json or the two protobuf media types that matches wins (`*`
matches), none → 406 with an empty body; the ETag is the SHA-512 of the JSON form.
"""

import hashlib
import json
import struct
import threading

import openapi
from resources import RESOURCES

PROTOBUF_TYPES = ("application/com.github.proto-openapi.spec.v2@v1.0+protobuf",
                  "application/com.github.proto-openapi.spec.v2.v1.0+protobuf")
OFFERED = ("application/json",) + PROTOBUF_TYPES

_lock = threading.Lock()
_cache = {}

# Keywords of a Swagger 2.0 schema object; a v3-only keyword (nullable, oneOf, anyOf, not, ...) is
# dropped, as the apiserver does when it publishes a CRD's schema in OpenAPI v2.
_V2_KEYS = {"$ref", "format", "title", "description", "default", "multipleOf", "maximum",
            "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
            "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "required", "enum",
            "additionalProperties", "type", "items", "allOf", "properties", "discriminator", "readOnly",
            "example"}


def _v2_schema(node):
    out = {}
    for k, v in node.items():
        if k.startswith("x-"):
            out[k] = v
        elif k not in _V2_KEYS:
            continue
        elif k == "properties":
            out[k] = {name: _v2_schema(s) for name, s in v.items()}
        elif k in ("items", "additionalProperties") and isinstance(v, dict):
            out[k] = _v2_schema(v)
        elif k == "allOf":
            out[k] = [_v2_schema(s) for s in v]
        else:
            out[k] = v
    return out


def document():
    """The Swagger 2.0 document (a dict)."""
    defs = dict(openapi._definitions())
    for rt in RESOURCES:
        if rt.schema.startswith("crd:"):
            defs[openapi.crd_definition_name(rt)] = _v2_schema(openapi._crd_schema(rt))
    return {"swagger": "2.0", "info": {"title": "Kubernetes", "version": "v1.32.3"}, "paths": {},
            "definitions": dict(sorted(defs.items()))}


# ---- protobuf (gnostic openapi.v2, field numbers from its OpenAPIv2.proto) ----------------------------

def _varint(n):
    out = bytearray()
    n &= (1 << 64) - 1  # negative int64 as two's complement, as protobuf does
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _bytes(num, data):
    return _varint(num << 3 | 2) + _varint(len(data)) + data


def _string(num, s):
    return _bytes(num, s.encode()) if s else b""


def _int(num, n):
    return _varint(num << 3) + _varint(int(n)) if n else b""


def _bool(num, b):
    return _varint(num << 3) + b"\x01" if b else b""


def _double(num, x):
    return _varint(num << 3 | 1) + struct.pack("<d", float(x)) if x else b""


def _any(value):
    """openapi.v2.Any: the value as YAML (JSON is YAML), as gnostic's compiler keeps it."""
    return _string(2, json.dumps(value, separators=(",", ":")))


def _named_any(name, value):
    return _string(1, name) + _bytes(2, _any(value))


def _schema(s):
    out = [_string(1, s.get("$ref", "")), _string(2, s.get("format", "")), _string(3, s.get("title", "")),
           _string(4, s.get("description", ""))]
    if "default" in s:
        out.append(_bytes(5, _any(s["default"])))
    out += [_double(6, s.get("multipleOf", 0)), _double(7, s.get("maximum", 0)),
            _bool(8, s.get("exclusiveMaximum")), _double(9, s.get("minimum", 0)),
            _bool(10, s.get("exclusiveMinimum")), _int(11, s.get("maxLength", 0)),
            _int(12, s.get("minLength", 0)), _string(13, s.get("pattern", "")),
            _int(14, s.get("maxItems", 0)), _int(15, s.get("minItems", 0)), _bool(16, s.get("uniqueItems")),
            _int(17, s.get("maxProperties", 0)), _int(18, s.get("minProperties", 0))]
    out += [_string(19, r) for r in s.get("required", [])]
    out += [_bytes(20, _any(e)) for e in s.get("enum", [])]
    extra = s.get("additionalProperties")
    if isinstance(extra, dict):
        out.append(_bytes(21, _bytes(1, _schema(extra))))
    elif isinstance(extra, bool):
        out.append(_bytes(21, _varint(2 << 3) + (b"\x01" if extra else b"\x00")))
    if "type" in s:
        types = s["type"] if isinstance(s["type"], list) else [s["type"]]
        out.append(_bytes(22, b"".join(_string(1, t) for t in types)))
    if "items" in s:
        items = s["items"] if isinstance(s["items"], list) else [s["items"]]
        out.append(_bytes(23, b"".join(_bytes(1, _schema(i)) for i in items)))
    out += [_bytes(24, _schema(a)) for a in s.get("allOf", [])]
    if "properties" in s:
        out.append(_bytes(25, b"".join(_bytes(1, _string(1, name) + _bytes(2, _schema(p)))
                                       for name, p in s["properties"].items())))
    out += [_string(26, s.get("discriminator", "")), _bool(27, s.get("readOnly"))]
    if "example" in s:
        out.append(_bytes(30, _any(s["example"])))
    out += [_bytes(31, _named_any(k, v)) for k, v in s.items() if k.startswith("x-")]
    return b"".join(out)


def encode(doc):
    """openapi.v2.Document for the parts document() fills (swagger, info, paths, definitions)."""
    info = _string(1, doc["info"]["title"]) + _string(2, doc["info"]["version"])
    definitions = b"".join(_bytes(1, _string(1, name) + _bytes(2, _schema(s)))
                           for name, s in doc["definitions"].items())
    return (_string(1, doc["swagger"]) + _bytes(2, info) + _bytes(8, b"")
            + _bytes(9, definitions))


def _encoded(protobuf):
    """(body, ETag) of one form; the ETag is the SHA-512 of the JSON form for both, as served."""
    with _lock:
        if not _cache:
            doc = document()
            data = json.dumps(doc, separators=(",", ":")).encode()
            etag = '"' + hashlib.sha512(data).hexdigest().upper() + '"'
            _cache[False] = (data, etag)
            _cache[True] = (encode(doc), etag)
        return _cache[protobuf]


def negotiate(accept):
    """The media type served for this Accept header, or None (→ 406)."""
    clauses = []
    for i, part in enumerate((accept or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if fields[0]:
            clauses.append((-q, i, fields[0]))
    for _, _, clause in sorted(clauses):
        ctype, _, subtype = clause.partition("/")
        for offered in OFFERED:
            otype, _, osub = offered.partition("/")
            if ctype in (otype, "*") and subtype in (osub, "*"):
                return offered
    return None


def serve(accept):
    """(status, body bytes, content type, headers) for GET /openapi/v2."""
    media_type = negotiate(accept)
    if media_type is None:
        return 406, b"", "text/plain; charset=utf-8", {"Vary": "Accept"}
    protobuf = media_type in PROTOBUF_TYPES
    data, etag = _encoded(protobuf)
    # The '@' form is answered with the other name: '@' is no valid character in a Content-Type.
    return 200, data, PROTOBUF_TYPES[1] if protobuf else media_type, {"Vary": "Accept", "Etag": etag}
