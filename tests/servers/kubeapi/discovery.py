"""Discovery documents of a 1.30+ apiserver: /version, legacy /api and /apis, aggregated (apidiscovery v2)."""

import base64
import hashlib
import json
import os

from resources import RESOURCES, groups

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kubeapi")
AGGREGATED_CT = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"


def version():
    with open(os.path.join(DATA, "version_v1.32.3_kthw.json")) as f:
        info = json.load(f)
    # 1.31+ servers add the emulation/compatibility fields (see io.k8s.apimachinery.pkg.version.Info).
    info.update({"emulationMajor": "1", "emulationMinor": "32", "minCompatibilityMajor": "1",
                 "minCompatibilityMinor": "31"})
    return info


def api_versions(server_address):
    with open(os.path.join(DATA, "api_APIVersions_k8s-repo.json")) as f:
        doc = json.load(f)
    doc["serverAddressByClientCIDRs"][0]["serverAddress"] = server_address
    return doc


def _gv(group, version):
    return f"{group}/{version}" if group else version


def api_group_list():
    out = []
    for group, versions in groups().items():
        if not group:
            continue
        gvs = [{"groupVersion": _gv(group, v), "version": v} for v in reversed(versions)]
        out.append({"name": group, "versions": gvs, "preferredVersion": gvs[0]})
    return {"kind": "APIGroupList", "apiVersion": "v1", "groups": out}


def api_group(group):
    for g in api_group_list()["groups"]:
        if g["name"] == group:
            return dict({"kind": "APIGroup", "apiVersion": "v1"}, **g)
    return None


def _hash(rt):
    return base64.b64encode(hashlib.sha256(f"{rt.group}/{rt.version}/{rt.kind}".encode()).digest()[:8]).decode()


def resource_list(group, version):
    rts = [r for r in RESOURCES if r.group == group and r.version == version]
    if not rts:
        return None
    resources = []
    for r in rts:
        entry = {"name": r.plural, "singularName": r.singular, "namespaced": r.namespaced, "kind": r.kind,
                 "verbs": list(r.verbs)}
        if r.short_names:
            entry["shortNames"] = list(r.short_names)
        if r.categories:
            entry["categories"] = list(r.categories)
        if r.verbs != ("create",):
            entry["storageVersionHash"] = _hash(r)
        resources.append(entry)
        for sub in r.subresources:
            if sub == "scale":
                resources.append({"name": f"{r.plural}/scale", "singularName": "", "namespaced": r.namespaced,
                                  "group": "autoscaling", "version": "v1", "kind": "Scale",
                                  "verbs": ["get", "patch", "update"]})
            elif sub == "status":
                resources.append({"name": f"{r.plural}/status", "singularName": "", "namespaced": r.namespaced,
                                  "kind": r.kind, "verbs": ["get", "patch", "update"]})
            elif sub == "finalize":
                resources.append({"name": f"{r.plural}/finalize", "singularName": "", "namespaced": False,
                                  "kind": r.kind, "verbs": ["update"]})
    return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": _gv(group, version),
            "resources": resources}


def _aggregated_group(group, versions):
    out_versions = []
    for v in reversed(versions):
        resources = []
        for r in RESOURCES:
            if r.group != group or r.version != v:
                continue
            entry = {"resource": r.plural, "responseKind": {"group": r.group, "version": r.version, "kind": r.kind},
                     "scope": "Namespaced" if r.namespaced else "Cluster", "singularResource": r.singular,
                     "verbs": list(r.verbs)}
            if r.short_names:
                entry["shortNames"] = list(r.short_names)
            if r.categories:
                entry["categories"] = list(r.categories)
            subs = []
            for sub in r.subresources:
                if sub == "scale":
                    subs.append({"subresource": "scale", "responseKind": {"group": "autoscaling", "version": "v1",
                                                                          "kind": "Scale"},
                                 "verbs": ["get", "patch", "update"]})
                elif sub == "status":
                    subs.append({"subresource": "status", "responseKind": {"group": r.group, "version": r.version,
                                                                           "kind": r.kind},
                                 "verbs": ["get", "patch", "update"]})
            if subs:
                entry["subresources"] = subs
            resources.append(entry)
        out_versions.append({"version": v, "resources": resources, "freshness": "Current"})
    item = {"metadata": {"creationTimestamp": None}, "versions": out_versions}
    if group:
        item["metadata"]["name"] = group
    return item


def aggregated(legacy):
    """APIGroupDiscoveryList for /api (legacy=True) or /apis."""
    items = [_aggregated_group(g, vs) for g, vs in groups().items() if (g == "") == legacy]
    return {"kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2",
            "metadata": {}, "items": items}


def accept_params(accept):
    """[(mediaType, {param: value})] of an Accept header, in order."""
    out = []
    for part in (accept or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        params = {}
        for f in fields[1:]:
            k, _, v = f.partition("=")
            params[k.strip()] = v.strip()
        out.append((fields[0], params))
    return out


def wants(accept, kind, group, versions=("v2",)):
    """True when the first acceptable alternative we can serve asks for as=kind;g=group;v in versions."""
    for media, params in accept_params(accept):
        if params.get("as") == kind and params.get("g") == group and params.get("v") in versions:
            return params.get("v")
        if media in ("application/json", "*/*", "application/*") and "as" not in params:
            return None
    return None


def wants_aggregated(accept):
    return wants(accept, "APIGroupDiscoveryList", "apidiscovery.k8s.io") is not None
