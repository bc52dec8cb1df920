"""fleetdeck-cli policy sync / render --control-plane against the test API server with Karmada's
policy CRDs: a control plane registered and marked through `cluster join`, sync and check in
JSON, objects read back as an admin, an external object, an older Karmada generation
(v1.10.11: the old purge-mode words) and a control plane that fails.
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
PASSPHRASE = "policy-sync-cli-passphrase"
CPP = "/apis/policy.karmada.io/v1alpha1/clusterpropagationpolicies"


class PolicySyncCli(unittest.TestCase):
    serial = 0

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
        PolicySyncCli.serial += 1
        self.vc = f"pscli-cp{PolicySyncCli.serial}"
        self.member = f"pscli-m{PolicySyncCli.serial}"
        for name, vc in ((self.vc, self.vc), (self.member, self.member)):
            path = os.path.join(self.tmp.name, name)
            self.kube.write_kubeconfig(path, virtual_cluster=vc)
            self.cli("cluster", "import", path)
        # Joining a member marks the control plane.
        self.cli("cluster", "join", self.member, "--karmada", self.vc)
        self.cli("policy", "defaults")

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, *args, rc=0):
        env = dict(os.environ)
        env["FLEETDECK_SECRET_BACKEND"] = "vault"
        env["FLEETDECK_PASSPHRASE"] = PASSPHRASE
        env["HOME"] = self.tmp.name
        p = subprocess.run([CLI, "--data-dir", self.data, *args], env=env, capture_output=True,
                           text=True, timeout=120)
        self.assertEqual(p.returncode, rc, f"{args}: rc={p.returncode}\n{p.stdout}\n{p.stderr}")
        return p.stdout, p.stderr

    def json(self, *args, rc=0):
        out, _ = self.cli(*args, "--json", rc=rc)
        return json.loads(out)

    def test_sync_check_and_read_back(self):
        first = self.json("policy", "sync")  # the one control plane is the default
        self.assertTrue(first["ok"], first)
        self.assertEqual(first["controlPlane"], self.vc)
        self.assertEqual(first["generation"], "v1.19+")
        self.assertEqual(sorted(i["action"] for i in first["items"]), ["created"] * 6)
        status, obj = self.kube.json("GET", CPP + "/fleetdeck-general", virtual_cluster=self.vc)
        self.assertEqual(status, 200, obj)
        self.assertEqual(obj["metadata"]["labels"]["fleetdeck.io/managed-by"], "fleetdeck")
        self.assertTrue(obj["metadata"]["annotations"]["fleetdeck.io/applied-hash"].startswith("sha256:"))
        self.assertIn("fleetdeck", [m["manager"] for m in obj["metadata"]["managedFields"]])
        # The same YAML `render --control-plane` prints is what was applied.
        rendered = self.json("policy", "render", "--control-plane", self.vc)
        general = next(o for o in rendered["objects"] if o["metadata"]["name"] == "fleetdeck-general")
        self.assertEqual(general["spec"], obj["spec"])
        # Drift behind Fleetdeck's back, and an object someone else made.
        obj["spec"]["conflictResolution"] = "Overwrite"
        status, _ = self.kube.json("PUT", CPP + "/fleetdeck-general", obj, virtual_cluster=self.vc)
        self.assertEqual(status, 200)
        ext = {"apiVersion": "policy.karmada.io/v1alpha1", "kind": "ClusterPropagationPolicy",
               "metadata": {"name": "hand-made"},
               "spec": {"resourceSelectors": [{"apiVersion": "apps/v1", "kind": "Deployment"}]}}
        self.assertEqual(self.kube.json("POST", CPP, ext, virtual_cluster=self.vc)[0], 201)
        check = self.json("policy", "sync", "--check", "--control-plane", self.vc)
        drifted = [i for i in check["items"] if i["action"] == "drifted"]
        self.assertEqual([(i["objectName"], i["driftedFields"]) for i in drifted],
                         [("fleetdeck-general", ["spec.conflictResolution"])])
        self.assertEqual([(i["objectName"], i["action"]) for i in check["external"]],
                         [("hand-made", "external")])
        listed = self.json("policy", "list")
        self.assertEqual([e["objectName"] for e in listed["external"]], ["hand-made"])
        text, _ = self.cli("policy", "sync")
        self.assertIn("updated", text)
        self.assertIn("fields: spec.conflictResolution", text)
        _, obj = self.kube.json("GET", CPP + "/fleetdeck-general", virtual_cluster=self.vc)
        self.assertEqual(obj["spec"]["conflictResolution"], "Abort")

    def test_external_object_named_like_a_policy_is_listed(self):
        # Someone made a ClusterPropagationPolicy "general": the same name as Fleetdeck's default
        # strategy (whose own object is fleetdeck-general). Both are kept and shown.
        self.assertTrue(self.json("policy", "sync")["ok"])
        ext = {"apiVersion": "policy.karmada.io/v1alpha1", "kind": "ClusterPropagationPolicy",
               "metadata": {"name": "general"},
               "spec": {"resourceSelectors": [{"apiVersion": "apps/v1", "kind": "Deployment"}]}}
        self.assertEqual(self.kube.json("POST", CPP, ext, virtual_cluster=self.vc)[0], 201)
        check = self.json("policy", "sync", "--check")
        self.assertEqual([(i["objectName"], i["action"]) for i in check["external"]],
                         [("general", "external")])
        listed = self.json("policy", "list")
        self.assertEqual([(e["kind"], e["name"], e["objectName"], e["state"]) for e in listed["external"]],
                         [("strategy", "general", "general", "external")])
        general = next(s for s in listed["strategies"] if s["name"] == "general")
        self.assertEqual(general["syncState"], "synced")
        text, _ = self.cli("policy", "list")
        self.assertRegex(text, r"strategy\s+general\s+external\s+ClusterPropagationPolicy")

    def test_older_generation_gets_the_old_words(self):
        self.kube.set_knobs({"karmadaRelease": "v1.10.11"}, virtual_cluster=self.vc)
        rendered = self.json("policy", "render", "--control-plane", self.vc)
        self.assertEqual(rendered["generation"], "v1.6-v1.10")
        modes = {o["spec"]["failover"]["application"].get("purgeMode")
                 for o in rendered["objects"] if "failover" in o.get("spec", {})}
        self.assertEqual(modes, {"Graciously"})
        result = self.json("policy", "sync")
        self.assertTrue(result["ok"], result)
        _, obj = self.kube.json("GET", CPP + "/fleetdeck-general", virtual_cluster=self.vc)
        self.assertEqual(obj["spec"]["failover"]["application"]["purgeMode"], "Graciously")

    def test_control_plane_failing_is_reported_and_nothing_is_lost(self):
        self.kube.set_knobs({"fail": {"path": ".*", "status": 500, "count": -1}}, virtual_cluster=self.vc)
        result = self.json("policy", "sync", rc=1)
        self.assertFalse(result["ok"])
        self.assertTrue(result["error"])
        listed = self.json("policy", "list")
        self.assertEqual(len(listed["strategies"]), 3)
        self.assertEqual({s["syncState"] for s in listed["strategies"]}, {"failed"})
        _, err = self.cli("policy", "sync", "--control-plane", "no-such-plane", rc=1)
        self.assertIn("no-such-plane", err)


if __name__ == "__main__":
    unittest.main()
