"""A compact OpenAPI v3 (structural CRD schema) validator producing apiserver-style causes, plus pruning.

Supports: type, nullable, required, enum, properties, items, additionalProperties,
x-kubernetes-preserve-unknown-fields, x-kubernetes-int-or-string, minimum/maximum (+exclusive),
minLength/maxLength, minItems/maxItems, pattern, $ref (for OpenAPI v2 definitions). CEL rules
(x-kubernetes-validations) are not evaluated.
"""

import json
import os
import re
import threading

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kubeapi")

# The Karmada release whose policy CRDs a cluster serves (knob `karmadaRelease`): the request
# being handled sets it for its thread (one thread per connection). None = Karmada HEAD.
KARMADA_RELEASES = ("v1.10.11",)
_release = threading.local()


def set_karmada_release(release):
    _release.value = release if release in KARMADA_RELEASES else None


def karmada_release():
    return getattr(_release, "value", None)


def crd_path(file_name, release=None):
    """The CRD file of a policy kind as the given Karmada release (None: HEAD) ships it."""
    folder = "crds" if release is None else f"crds-{release}"
    return os.path.join(DATA, "karmada", folder, file_name)

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
}


def _gotype(v):
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    if isinstance(v, dict):
        return "object"
    return "null"


def _show(v):
    return json.dumps(v) if isinstance(v, str) else ("null" if v is None else
                                                      json.dumps(v) if isinstance(v, (int, float, bool)) else
                                                      _gotype(v))


class Validator:
    def __init__(self, schema, definitions=None):
        self.schema = schema
        self.definitions = definitions or {}

    def _deref(self, schema):
        while "$ref" in schema:
            schema = self.definitions.get(schema["$ref"].rsplit("/", 1)[-1], {})
        return schema

    def validate(self, obj, prune=True):
        """Returns (causes, unknownFields). Unknown fields are removed from obj when prune is set."""
        causes, unknown = [], []
        self._walk(self.schema, obj, "", causes, unknown, prune)
        return causes, unknown

    def _walk(self, schema, value, path, causes, unknown, prune):
        schema = self._deref(schema)
        field = path or "<root>"
        if value is None:
            if schema.get("nullable") or not schema:
                return
            if schema.get("type"):
                causes.append(("FieldValueTypeInvalid",
                               f'Invalid value: "null": {field} in body must be of type {schema["type"]}: "null"',
                               field))
            return
        if schema.get("x-kubernetes-int-or-string"):
            if not (isinstance(value, str) or _TYPES["integer"](value)):
                causes.append(("FieldValueTypeInvalid", f"Invalid value: {_show(value)}: {field} in body must be "
                               f"of type integer,string: \"{_gotype(value)}\"", field))
            return
        t = schema.get("type")
        if t and t in _TYPES and not _TYPES[t](value):
            causes.append(("FieldValueTypeInvalid", f"Invalid value: \"{_gotype(value)}\": {field} in body must be of"
                           f" type {t}: \"{_gotype(value)}\"", field))
            return
        if "enum" in schema and value not in schema["enum"]:
            supported = ", ".join(json.dumps(e) for e in schema["enum"])
            causes.append(("FieldValueNotSupported", f"Unsupported value: {_show(value)}: supported values: "
                           f"{supported}", field))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if "minimum" in schema and (value < schema["minimum"] or
                                        (schema.get("exclusiveMinimum") and value == schema["minimum"])):
                causes.append(("FieldValueInvalid", f"Invalid value: {value}: {field} in body should be greater "
                               f"than or equal to {schema['minimum']}", field))
            if "maximum" in schema and (value > schema["maximum"] or
                                        (schema.get("exclusiveMaximum") and value == schema["maximum"])):
                causes.append(("FieldValueInvalid", f"Invalid value: {value}: {field} in body should be less than "
                               f"or equal to {schema['maximum']}", field))
        if isinstance(value, str):
            if "pattern" in schema and not re.search(schema["pattern"], value):
                causes.append(("FieldValueInvalid", f"Invalid value: {_show(value)}: {field} in body should match "
                               f"'{schema['pattern']}'", field))
            if "maxLength" in schema and len(value) > schema["maxLength"]:
                causes.append(("FieldValueTooLong", f"Too long: may not be more than {schema['maxLength']} bytes",
                               field))
            if "minLength" in schema and len(value) < schema["minLength"]:
                causes.append(("FieldValueInvalid", f"Invalid value: {_show(value)}: {field} in body should be at "
                               f"least {schema['minLength']} chars long", field))
        if isinstance(value, list):
            if "maxItems" in schema and len(value) > schema["maxItems"]:
                causes.append(("FieldValueTooMany", f"Too many: {len(value)}: must have at most "
                               f"{schema['maxItems']} items", field))
            if "minItems" in schema and len(value) < schema["minItems"]:
                causes.append(("FieldValueInvalid", f"Invalid value: {len(value)}: {field} in body should have at "
                               f"least {schema['minItems']} items", field))
            if "items" in schema:
                for i, item in enumerate(value):
                    self._walk(schema["items"], item, f"{path}[{i}]", causes, unknown, prune)
        if isinstance(value, dict):
            for req in schema.get("required", []):
                if req not in value:
                    causes.append(("FieldValueRequired", "Required value", f"{path}.{req}" if path else req))
            props = schema.get("properties")
            addl = schema.get("additionalProperties")
            preserve = schema.get("x-kubernetes-preserve-unknown-fields")
            for key in list(value.keys()):
                sub = f"{path}.{key}" if path else key
                if props is not None and key in props:
                    self._walk(props[key], value[key], sub, causes, unknown, prune)
                elif isinstance(addl, dict):
                    self._walk(addl, value[key], sub, causes, unknown, prune)
                elif addl is True or preserve or (props is None and addl is None):
                    continue
                else:
                    unknown.append(sub)
                    if prune:
                        del value[key]


_CACHE = {}


def for_resource(rt):
    """A Validator for the resource type's schema, or None when the kind is not schema-checked."""
    if not rt.schema or rt.schema == "lenient":
        return None
    release = karmada_release() if rt.schema.startswith("crd:") else None
    key = (rt.schema, release)
    if key in _CACHE:
        return _CACHE[key]
    if rt.schema.startswith("crd:"):
        with open(crd_path(rt.schema[4:], release)) as f:
            crd = json.load(f)
        version = next(v for v in crd["spec"]["versions"] if v["name"] == rt.version)
        schema = dict(version["schema"]["openAPIV3Schema"])
        props = dict(schema.get("properties", {}))
        props["metadata"] = {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
        schema["properties"] = props
        v = Validator(schema)
    else:
        with open(os.path.join(DATA, "karmada", "cluster.karmada.io_v1alpha1_Cluster.extracted.json")) as f:
            doc = json.load(f)
        defs = doc["definitions"]
        schema = dict(defs["com.github.karmada-io.karmada.pkg.apis.cluster.v1alpha1.Cluster"])
        props = dict(schema.get("properties", {}))
        props["metadata"] = {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
        schema["properties"] = props
        v = Validator(schema, defs)
    _CACHE[key] = v
    return v
