#!/usr/bin/env python3
"""Validates every Karmada object Fleetdeck renders (tests/data/policy/golden/<generation>/*.yaml,
written by tst_policy_karmada) against the CRD of the same generation (tests/data/policy/crds/),
with Debian's python3-jsonschema and python3-yaml.

Structural CRD schemas prune unknown fields silently on the server; here an unknown field is an
error (additionalProperties: false wherever the schema lists properties and does not keep unknown
fields), so a field that a generation lacks cannot slip through unnoticed. Also checks that no
deprecated purge mode is written where the new spelling is accepted. Exits non-zero on any
problem; a missing module is a failure, not a skip."""

import copy
import glob
import os
import sys

import jsonschema
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "policy")
DEPRECATED = {"Immediately": "Directly", "Graciously": "Gracefully"}


def strict(schema):
    """OpenAPI v3 (structural) → JSON Schema that refuses unknown fields."""
    if isinstance(schema, list):
        return [strict(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {}
    for k, v in schema.items():
        if k in ("x-kubernetes-validations", "description"):
            continue
        if k == "properties":
            out[k] = {name: strict(sub) for name, sub in v.items()}
        elif k in ("items", "additionalProperties") and isinstance(v, dict):
            out[k] = strict(v)
        elif k in ("allOf", "anyOf", "oneOf"):
            out[k] = strict(v)
        else:
            out[k] = v
    if schema.get("x-kubernetes-int-or-string"):
        out.pop("type", None)
        out["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if schema.get("nullable"):
        t = out.get("type")
        if isinstance(t, str):
            out["type"] = [t, "null"]
    if "properties" in out and "additionalProperties" not in out and \
            not schema.get("x-kubernetes-preserve-unknown-fields"):
        out["additionalProperties"] = False
    return out


def crds(generation):
    by_kind = {}
    for path in glob.glob(os.path.join(DATA, "crds", generation, "*.yaml")):
        with open(path) as f:
            crd = yaml.safe_load(f)
        version = next(v for v in crd["spec"]["versions"] if v["name"] == "v1alpha1")
        schema = copy.deepcopy(version["schema"]["openAPIV3Schema"])
        by_kind[crd["spec"]["names"]["kind"]] = (schema, crd)
    return by_kind


def purge_modes(crd):
    spec = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]
    node = spec["properties"].get("failover", {}).get("properties", {}).get("application", {})
    return node.get("properties", {}).get("purgeMode", {}).get("enum", [])


def main():
    problems = []
    checked = 0
    generations = sorted(os.listdir(os.path.join(DATA, "golden")))
    if not generations:
        problems.append("no golden files")
    for generation in generations:
        schemas = crds(generation)
        for path in sorted(glob.glob(os.path.join(DATA, "golden", generation, "*.yaml"))):
            with open(path) as f:
                docs = [d for d in yaml.safe_load_all(f) if d is not None]
            for doc in docs:
                where = f"{generation}/{os.path.basename(path)}: {doc.get('kind')} {doc.get('metadata', {}).get('name')}"
                kind = doc.get("kind")
                if kind not in schemas:
                    problems.append(f"{where}: no CRD for kind {kind}")
                    continue
                schema, crd = schemas[kind]
                validator = jsonschema.Draft7Validator(strict(schema))
                for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.path)):
                    problems.append(f"{where}: {'.'.join(str(p) for p in err.path)}: {err.message}")
                mode = doc.get("spec", {}).get("failover", {}).get("application", {}).get("purgeMode")
                if mode in DEPRECATED and DEPRECATED[mode] in purge_modes(crd):
                    problems.append(f"{where}: deprecated purgeMode {mode} although {DEPRECATED[mode]} is accepted")
                labels = doc.get("metadata", {}).get("labels", {})
                if labels.get("fleetdeck.io/managed-by") != "fleetdeck":
                    problems.append(f"{where}: no fleetdeck.io/managed-by label")
                checked += 1
    for p in problems:
        print("FAIL:", p)
    print(f"{checked} objects checked against their generation's CRD, {len(problems)} problems")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
