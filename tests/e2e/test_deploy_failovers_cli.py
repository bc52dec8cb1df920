"""fleetdeck-cli deploy status NAME --json on a Karmada deployment: the `failovers` field holds the
graceful-eviction tasks of the deployment's ResourceBinding (`<name>-deployment`, read from the
control plane), empty before Karmada made one, with the reference binding's task once it exists;
another deployment's binding does not count; a control plane that does not serve the
ResourceBinding API says so in `failoversError`; the existing fields stay as they were.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kubefixture import KubeServer  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
PASSPHRASE = "deploy-failovers-cli-passphrase"
RB = "/apis/work.karmada.io/v1alpha2/namespaces/default/resourcebindings"
# The fields `deploy status --json` had before `failovers` (a Karmada deployment's detail view).
STATUS_FIELDS = {"name", "namespace", "target", "cluster", "strategy", "runtime", "model", "objects",
                 "created", "status", "desired", "ready", "restarts", "reason", "message",
                 "latestEvent", "endpoints", "members", "pods", "replicas"}


def binding(deployment, uid, tasks, clusters):
    """A ResourceBinding as Karmada makes it for a Deployment (names.GenerateBindingName), with the
    task of tests/data/policy/bindings/website_application-failover_rb-spec-gracefulEvictionTasks."""
    return {"apiVersion": "work.karmada.io/v1alpha2", "kind": "ResourceBinding",
            "metadata": {"name": f"{deployment}-deployment", "namespace": "default",
                         "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment",
                                              "name": deployment, "uid": uid, "controller": True,
                                              "blockOwnerDeletion": True}]},
            "spec": {"resource": {"apiVersion": "apps/v1", "kind": "Deployment", "namespace": "default",
                                  "name": deployment, "uid": uid},
                     "clusters": [{"name": c, "replicas": 2} for c in clusters],
                     "gracefulEvictionTasks": tasks}}


WEBSITE_TASK = {"creationTimestamp": "2023-05-08T09:29:02Z", "fromCluster": "member2",
                "producer": "resource-binding-application-failover-controller",
                "reason": "ApplicationFailure", "suppressDeletion": True}


class DeployFailoversCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.kube = KubeServer()
        cls.kube.start()

    @classmethod
    def tearDownClass(cls):
        cls.kube.stop()
        cls.kube.cleanup()

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, *args):
        env = dict(os.environ)
        env["FLEETDECK_SECRET_BACKEND"] = "vault"
        env["HOME"] = self.tmp.name
        env["FLEETDECK_PASSPHRASE"] = PASSPHRASE
        p = subprocess.run([CLI, "--data-dir", self.data, *args], env=env, capture_output=True,
                           text=True, timeout=120)
        return p.returncode, p.stdout, p.stderr

    def cli_json(self, *args):
        code, out, err = self.cli(*args, "--json")
        self.assertEqual(code, 0, err + out)
        return json.loads(out)

    def karmada_deployment(self, cp, member):
        for vc in (cp, member):
            path = os.path.join(self.tmp.name, vc)
            self.kube.write_kubeconfig(path, virtual_cluster=vc)
            code, out, err = self.cli("cluster", "import", path)
            self.assertEqual(code, 0, err + out)
        code, out, err = self.cli("cluster", "join", member, "--karmada", cp)
        self.assertEqual(code, 0, err + out)
        # A Karmada deployment names a strategy that exists: the default set's.
        code, out, err = self.cli("policy", "defaults")
        self.assertEqual(code, 0, err + out)
        r = self.cli_json("deploy", "create", "--strategy", "general", "--runtime", "vllm",
                          "--model", "llama3.1-8b-instruct")
        self.assertEqual(r["target"], "karmada")
        return r["name"]

    def test_failovers_from_the_binding(self):
        cp, member = "dfo-cp", "dfo-m1"
        name = self.karmada_deployment(cp, member)
        status = self.cli_json("deploy", "status", name)
        self.assertEqual(status["failovers"], [], status)
        self.assertNotIn("failoversError", status)
        self.assertEqual(set(status) - {"failovers"}, STATUS_FIELDS)

        code, dep = self.kube.json("GET", f"/apis/apps/v1/namespaces/default/deployments/{name}",
                                   virtual_cluster=cp)
        self.assertEqual(code, 200)
        uid = dep["metadata"]["uid"]
        # Another deployment's binding in the same namespace is not this one's.
        code, body = self.kube.json("POST", RB, binding("other", "uid-other", [dict(WEBSITE_TASK)], ["x"]),
                                    virtual_cluster=cp)
        self.assertEqual(code, 201, body)
        self.assertEqual(self.cli_json("deploy", "status", name)["failovers"], [])

        later = {"creationTimestamp": "2023-05-08T10:00:00Z", "fromCluster": member,
                 "producer": "TaintManager", "reason": "TaintUntolerated", "purgeMode": "Gracefully",
                 "gracePeriodSeconds": 600, "replicas": 2, "clustersBeforeFailover": [member]}
        code, body = self.kube.json("POST", RB, binding(name, uid, [later, dict(WEBSITE_TASK)], ["member1"]),
                                    virtual_cluster=cp)
        self.assertEqual(code, 201, body)
        status = self.cli_json("deploy", "status", name)
        failovers = status["failovers"]
        self.assertEqual([f["fromCluster"] for f in failovers], ["member2", member])  # oldest first
        first, second = failovers
        self.assertEqual(first, {"fromCluster": "member2", "reason": "ApplicationFailure",
                                 "producer": "resource-binding-application-failover-controller",
                                 "message": "", "purgeMode": "", "gracePeriodSeconds": -1,
                                 "suppressDeletion": True, "replicas": -1,
                                 "creationTimestamp": "2023-05-08T09:29:02Z", "purgeDeadline": None,
                                 "clustersBeforeFailover": []})
        self.assertEqual(second["purgeMode"], "Gracefully")
        self.assertEqual(second["gracePeriodSeconds"], 600)
        self.assertEqual(second["purgeDeadline"], "2023-05-08T10:10:00Z")
        self.assertEqual(second["clustersBeforeFailover"], [member])
        self.assertEqual(set(status) - {"failovers"}, STATUS_FIELDS)
        # The text form lists them too.
        code, out, err = self.cli("deploy", "status", name)
        self.assertEqual(code, 0, err)
        self.assertIn("failover:  from member2 ApplicationFailure 2023-05-08T09:29:02Z", out)

    def test_binding_api_not_served(self):
        cp, member = "dfo-cp-nocrd", "dfo-m2"
        name = self.karmada_deployment(cp, member)
        # What an API server without Karmada's CRDs answers for the group's resources.
        self.kube.set_knobs({"fail": {"path": "/apis/work.karmada.io/", "status": 404,
                                      "reason": "NotFound", "message": "the server could not find "
                                      "the requested resource"}}, virtual_cluster=cp)
        try:
            status = self.cli_json("deploy", "status", name)
        finally:
            self.kube.clear_knobs(virtual_cluster=cp)
        self.assertEqual(status["failovers"], [])
        self.assertIn("ResourceBinding API", status["failoversError"])
        self.assertEqual(set(status) - {"failovers", "failoversError"}, STATUS_FIELDS)

    def test_single_cluster_has_no_failovers(self):
        path = os.path.join(self.tmp.name, "dfo-single")
        self.kube.write_kubeconfig(path, virtual_cluster="dfo-single")
        code, out, err = self.cli("cluster", "import", path)
        self.assertEqual(code, 0, err + out)
        r = self.cli_json("deploy", "create", "--cluster", "dfo-single", "--runtime", "vllm",
                          "--model", "llama3.1-8b-instruct")
        status = self.cli_json("deploy", "status", r["name"])
        self.assertEqual(status["failovers"], [])
        self.assertNotIn("failoversError", status)


if __name__ == "__main__":
    unittest.main()
