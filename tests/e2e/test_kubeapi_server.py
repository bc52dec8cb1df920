"""The test Kubernetes API server's own behaviour, checked against the real reference bodies."""

import concurrent.futures
import json
import os
import socket
import sys
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kubefixture import KubeServer  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "kubeapi")
KUBE = None


def setUpModule():
    global KUBE
    KUBE = KubeServer().start()


def tearDownModule():
    KUBE.cleanup()


def ref(name):
    with open(os.path.join(DATA, "status", name), "rb") as f:
        return f.read()


def sample(name):
    with open(os.path.join(DATA, "karmada", "samples", name)) as f:
        return json.load(f)


def shape(body):
    """Key structure of a Status body (keys in order, recursively for details)."""
    out = list(body.keys())
    if "details" in body:
        out.append(("details", list(body["details"].keys())))
    return out


class AuthAndStatus(unittest.TestCase):
    def test_401_is_byte_identical_to_a_real_apiserver(self):
        for auth in ("", "Bearer not-a-token", "Basic YmFzaWMtdXNlcjp3cm9uZw=="):
            code, _, body = KUBE.request("GET", "/api/v1/nodes", auth=auth)
            self.assertEqual(code, 401)
            self.assertEqual(body, ref("401_unauthorized.json"))

    def test_every_auth_kind_authenticates(self):
        code, _, _ = KUBE.request("GET", "/api/v1/nodes", user="viewer")
        self.assertEqual(code, 200)
        code, _, _ = KUBE.request("GET", "/api/v1/nodes", user=None, client_cert="cert-admin")
        self.assertEqual(code, 200)
        import base64
        u, p = KUBE.basic()
        code, _, _ = KUBE.request("GET", "/api/v1/nodes",
                                  auth="Basic " + base64.b64encode(f"{u}:{p}".encode()).decode())
        self.assertEqual(code, 200)
        # The certificate's CN is the user and O its groups: the viewer certificate may not create.
        code, _, body = KUBE.request("POST", "/api/v1/namespaces", {"metadata": {"name": "x"}}, user=None,
                                     client_cert="viewer")
        self.assertEqual(code, 403)
        self.assertIn(b'User \\"viewer\\" cannot create resource \\"namespaces\\"', body)

    def test_403_bodies_match_the_reference_shapes(self):
        code, body = KUBE.json("GET", "/api/v1/events?watch=1", user="noperm")
        self.assertEqual(code, 403)
        real = json.loads(ref("403_forbidden_events-watch_real-capture.json"))
        self.assertEqual(shape(body), shape(real))
        self.assertEqual(body["message"], real["message"].replace("system:serviceaccount:default:sentry-kubernetes",
                                                                  "noperm"))
        self.assertEqual(body["details"], real["details"])

        code, body = KUBE.json("GET", "/apis/apps/v1/namespaces/default/deployments/web", user="noperm")
        self.assertEqual(code, 403)
        self.assertEqual(body["message"], 'deployments.apps "web" is forbidden: User "noperm" cannot get resource '
                                          '"deployments" in API group "apps" in the namespace "default"')
        self.assertEqual(body["details"], {"name": "web", "group": "apps", "kind": "deployments"})

        code, _, raw = KUBE.request("GET", "/metrics", user="noperm")
        self.assertEqual(code, 403)
        # The reference comes from errors_test.go, whose attributes say "GET"; live servers print the
        # request verb in lower case ("cannot get path").
        self.assertEqual(raw, ref("403_forbidden_nonresource-path.json").replace(b"NAME", b"noperm").replace(
            b"/whatever", b"/metrics").replace(b"cannot GET", b"cannot get"))

    def test_404_and_409_match_the_reference(self):
        code, body = KUBE.json("GET", "/api/v1/namespaces/default/pods/grafana")
        self.assertEqual(code, 404)
        self.assertEqual(body, json.loads(ref("404_notfound_api-conventions.json")))

        svc = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "mock-2"},
               "spec": {"ports": [{"port": 80}]}}
        code, _ = KUBE.json("POST", "/api/v1/namespaces/default/services", svc)
        self.assertEqual(code, 201)
        code, _, raw = KUBE.request("POST", "/api/v1/namespaces/default/services", svc)
        self.assertEqual(code, 409)
        self.assertEqual(raw, ref("409_alreadyexists_service.json"))

        code, cm = KUBE.json("POST", "/api/v1/namespaces/default/configmaps",
                             {"metadata": {"name": "quota"}, "data": {"a": "1"}})
        self.assertEqual(code, 201)
        stale = dict(cm, data={"a": "2"})
        self.assertEqual(KUBE.json("PUT", "/api/v1/namespaces/default/configmaps/quota", stale)[0], 200)
        code, body = KUBE.json("PUT", "/api/v1/namespaces/default/configmaps/quota", dict(cm, data={"a": "3"}))
        self.assertEqual(code, 409)
        real = json.loads(ref("409_conflict_resourceversion.json"))
        self.assertEqual(shape(body), shape(real))
        self.assertEqual(body["message"], real["message"].replace("resourcequotas", "configmaps"))

    def test_self_reviews_answer_from_the_users_permissions(self):
        review = {"apiVersion": "authorization.k8s.io/v1", "kind": "SelfSubjectAccessReview",
                  "spec": {"resourceAttributes": {"verb": "list", "resource": "nodes"}}}
        for user, allowed in (("admin", True), ("viewer", True), ("noperm", False)):
            code, body = KUBE.json("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", review,
                                   user=user)
            self.assertEqual(code, 201)
            self.assertEqual(body["status"]["allowed"], allowed, user)
        review["spec"]["resourceAttributes"]["verb"] = "delete"
        code, body = KUBE.json("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", review,
                               user="viewer")
        self.assertFalse(body["status"]["allowed"])
        code, body = KUBE.json("POST", "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews",
                               {"spec": {"namespace": "default"}}, user="viewer")
        self.assertEqual(code, 201)
        self.assertIn({"verbs": ["get", "list", "watch"], "apiGroups": ["*"], "resources": ["*"]},
                      body["status"]["resourceRules"])


class Discovery(unittest.TestCase):
    def test_version_and_legacy_discovery(self):
        code, v = KUBE.json("GET", "/version")
        self.assertEqual((code, v["gitVersion"], v["emulationMinor"]), (200, "v1.32.3", "32"))
        code, api = KUBE.json("GET", "/api")
        self.assertEqual((api["kind"], api["versions"]), ("APIVersions", ["v1"]))
        code, apis = KUBE.json("GET", "/apis")
        names = [g["name"] for g in apis["groups"]]
        for g in ("apps", "events.k8s.io", "rbac.authorization.k8s.io", "authorization.k8s.io",
                  "policy.karmada.io", "cluster.karmada.io", "work.karmada.io"):
            self.assertIn(g, names)
        code, apps = KUBE.json("GET", "/apis/apps/v1")
        dep = next(r for r in apps["resources"] if r["name"] == "deployments")
        self.assertEqual((dep["kind"], dep["namespaced"], dep["shortNames"]), ("Deployment", True, ["deploy"]))
        self.assertIn("deployments/scale", [r["name"] for r in apps["resources"]])
        code, work = KUBE.json("GET", "/apis/work.karmada.io")
        self.assertEqual(work["preferredVersion"]["version"], "v1alpha2")

    def test_aggregated_discovery(self):
        accept = ("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
                  "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json")
        code, headers, raw = KUBE.request("GET", "/apis", headers={"Accept": accept})
        self.assertEqual(code, 200)
        self.assertEqual(headers["Content-Type"], "application/json;g=apidiscovery.k8s.io;v=v2;"
                                                  "as=APIGroupDiscoveryList")
        doc = json.loads(raw)
        self.assertEqual((doc["kind"], doc["apiVersion"]), ("APIGroupDiscoveryList", "apidiscovery.k8s.io/v2"))
        policy = next(i for i in doc["items"] if i["metadata"]["name"] == "policy.karmada.io")
        pp = next(r for r in policy["versions"][0]["resources"] if r["resource"] == "propagationpolicies")
        self.assertEqual((pp["scope"], pp["responseKind"]["kind"]), ("Namespaced", "PropagationPolicy"))


class Nodes(unittest.TestCase):
    def test_seeded_gpu_nodes(self):
        code, nodes = KUBE.json("GET", "/api/v1/nodes")
        self.assertEqual(code, 200)
        by_name = {n["metadata"]["name"]: n for n in nodes["items"]}
        h100 = by_name["gpu-h100-0"]
        self.assertEqual(h100["status"]["capacity"]["nvidia.com/gpu"], "8")
        self.assertEqual(h100["metadata"]["labels"]["nvidia.com/gpu.product"], "NVIDIA-H100-80GB-HBM3")
        self.assertEqual(h100["metadata"]["labels"]["nvidia.com/mig.strategy"], "single")
        mig = by_name["gpu-h100-mig-0"]
        self.assertEqual(mig["metadata"]["labels"]["nvidia.com/mig.strategy"], "mixed")
        self.assertEqual(mig["status"]["capacity"]["nvidia.com/mig-1g.10gb"], "2")
        self.assertEqual(by_name["gpu-a100-0"]["status"]["allocatable"]["nvidia.com/gpu"], "7")
        for n in nodes["items"]:
            for key in ("uid", "resourceVersion", "creationTimestamp"):
                self.assertTrue(n["metadata"][key])
        ready = {n["metadata"]["name"]: next(c["status"] for c in n["status"]["conditions"] if c["type"] == "Ready")
                 for n in nodes["items"]}
        self.assertEqual(ready["gpu-l40s-0"], "Unknown")
        self.assertEqual(ready["cp-0"], "True")


if __name__ == "__main__":
    unittest.main(verbosity=2)
