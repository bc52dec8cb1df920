"""fleetdeck-cli cluster …: import (new, update, clash), list, test, join/unjoin read back from the
test API server, remove; credentials only in the vault; no prompt without a passphrase."""

import base64
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kubefixture import KubeServer  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
PASSPHRASE = "cluster-cli-test-passphrase"


class ClusterCli(unittest.TestCase):
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

    def cli(self, *args, passphrase=PASSPHRASE, stdin=None):
        env = dict(os.environ)
        env["FLEETDECK_SECRET_BACKEND"] = "vault"
        env["HOME"] = self.tmp.name
        env.pop("FLEETDECK_PASSPHRASE", None)
        if passphrase is not None:
            env["FLEETDECK_PASSPHRASE"] = passphrase
        p = subprocess.run([CLI, "--data-dir", self.data, *args], env=env, input=stdin,
                           capture_output=True, text=True, timeout=120)
        return p.returncode, p.stdout, p.stderr

    def kubeconfig(self, name, user="admin", auth="token", vc=None):
        path = os.path.join(self.tmp.name, name)
        self.kube.write_kubeconfig(path, user=user, auth=auth, virtual_cluster=vc)
        return path

    def test_import_list_test_remove(self):
        kc = self.kubeconfig("config", vc="cli-a")  # no extension: any file name works
        code, out, err = self.cli("cluster", "import", kc, "--datacenter", "hq-idc")
        self.assertEqual(code, 0, err)
        self.assertIn("created cli-a", out)

        # Re-import: same server and user → updated, not duplicated.
        code, out, err = self.cli("cluster", "import", kc, "--context", "cli-a")
        self.assertEqual(code, 0, err)
        self.assertIn("updated cli-a", out)

        code, out, err = self.cli("cluster", "list", "--json")
        self.assertEqual(code, 0, err)
        clusters = json.loads(out)
        self.assertEqual(len(clusters), 1)
        self.assertEqual(clusters[0]["name"], "cli-a")
        self.assertEqual(clusters[0]["datacenterId"], "hq-idc")
        self.assertEqual(clusters[0]["health"]["status"], "Unknown")
        self.assertNotIn(self.kube.token("admin"), out)

        code, out, err = self.cli("cluster", "test", "cli-a", "--json")
        self.assertEqual(code, 0, err + out)
        report = json.loads(out)[0]
        self.assertTrue(report["ok"])
        self.assertEqual(report["version"], "v1.32.3")
        self.assertEqual(report["nodesTotal"], 6)
        self.assertIn("NVIDIA-A100-SXM4-80GB", [g["model"] for g in report["gpus"]])
        self.assertTrue(report["mig"])

        # The result is kept: list shows the health now.
        code, out, err = self.cli("cluster", "list")
        self.assertEqual(code, 0, err)
        self.assertIn("NotReady", out)
        self.assertIn("5/6", out)

        # Credentials never reach the database files in plaintext.
        token = self.kube.token("admin").encode()
        for name in os.listdir(self.data):
            with open(os.path.join(self.data, name), "rb") as f:
                blob = f.read()
            self.assertNotIn(token, blob, name)
            self.assertNotIn(base64.b64encode(token), blob, name)

        code, out, err = self.cli("cluster", "remove", "cli-a")
        self.assertEqual(code, 0, err + out)
        self.assertIn("removed cli-a", out)
        code, out, err = self.cli("cluster", "list", "--json")
        self.assertEqual(json.loads(out), [])

    def test_name_clash_and_failed_test(self):
        self.assertEqual(self.cli("cluster", "import", self.kubeconfig("a", vc="clash"))[0], 0)
        code, out, err = self.cli("cluster", "import", self.kubeconfig("b", user="noperm", vc="clash"),
                                  "--json")
        self.assertEqual(code, 1)
        outcome = json.loads(out)[0]
        self.assertEqual(outcome["action"], "failed")
        self.assertEqual(outcome["suggestedName"], "clash-2")
        self.assertIn("clash-2", outcome["error"])

    def test_forbidden_user_fails_test_with_permission(self):
        kc = self.kubeconfig("noperm.config", user="noperm", vc="np")
        self.assertEqual(self.cli("cluster", "import", kc)[0], 0)
        code, out, err = self.cli("cluster", "test", "--all")
        self.assertEqual(code, 1)
        self.assertIn("Unreachable", out)
        self.assertIn('list resource "nodes"', out)

    def test_join_and_unjoin(self):
        self.assertEqual(self.cli("cluster", "import", self.kubeconfig("cp", vc="karmada-cli"))[0], 0)
        self.assertEqual(self.cli("cluster", "import", self.kubeconfig("m", vc="member-cli"))[0], 0)
        code, out, err = self.cli("cluster", "join", "member-cli", "--karmada", "karmada-cli")
        self.assertEqual(code, 0, err + out)
        self.assertIn("joined member-cli", out)

        status, cluster = self.kube.json("GET", "/apis/cluster.karmada.io/v1alpha1/clusters/member-cli",
                                         virtual_cluster="karmada-cli")
        self.assertEqual(status, 200, cluster)
        self.assertEqual(cluster["spec"]["syncMode"], "Push")
        self.assertEqual(cluster["spec"]["apiEndpoint"], self.kube.url("member-cli"))
        self.assertEqual(cluster["spec"]["secretRef"], {"namespace": "karmada-cluster", "name": "member-cli"})
        status, secret = self.kube.json("GET", "/api/v1/namespaces/karmada-cluster/secrets/member-cli",
                                        virtual_cluster="karmada-cli")
        self.assertEqual(status, 200)
        self.assertTrue(secret["data"]["token"])
        status, role = self.kube.json(
            "GET", "/apis/rbac.authorization.k8s.io/v1/clusterroles/karmada-controller-manager:karmada-member-cli",
            virtual_cluster="member-cli")
        self.assertEqual(status, 200)
        for rule in role["rules"]:
            self.assertNotIn("*", rule.get("verbs", []))

        code, out, err = self.cli("cluster", "list", "--json")
        member = [c for c in json.loads(out) if c["name"] == "member-cli"][0]
        self.assertTrue(member["joined"])
        self.assertEqual(member["karmadaRole"], "member")

        code, out, err = self.cli("cluster", "unjoin", "member-cli")
        self.assertEqual(code, 0, err + out)
        status, _ = self.kube.json("GET", "/apis/cluster.karmada.io/v1alpha1/clusters/member-cli",
                                   virtual_cluster="karmada-cli")
        self.assertEqual(status, 404)
        status, _ = self.kube.json("GET", "/api/v1/namespaces/karmada-cluster/serviceaccounts/karmada-member-cli",
                                   virtual_cluster="member-cli")
        self.assertEqual(status, 404)

    def test_zone_on_import_change_and_karmada(self):
        self.assertEqual(self.cli("cluster", "import", self.kubeconfig("zcp", vc="karmada-zone"))[0], 0)
        code, out, err = self.cli("cluster", "import", self.kubeconfig("zm", vc="member-zone"),
                                  "--datacenter", "seoul-dc1", "--zone", "A")
        self.assertEqual(code, 0, err)
        code, out, err = self.cli("cluster", "list", "--json")
        zones = {c["name"]: c["zone"] for c in json.loads(out)}
        self.assertEqual(zones, {"karmada-zone": "none", "member-zone": "A"})

        # Re-import without --zone keeps it.
        self.assertEqual(self.cli("cluster", "import", self.kubeconfig("zm", vc="member-zone"))[0], 0)
        code, out, err = self.cli("cluster", "list", "--json")
        self.assertEqual([c["zone"] for c in json.loads(out) if c["name"] == "member-zone"], ["A"])

        code, out, err = self.cli("cluster", "join", "member-zone", "--karmada", "karmada-zone")
        self.assertEqual(code, 0, err + out)
        path = "/apis/cluster.karmada.io/v1alpha1/clusters/member-zone"
        status, cluster = self.kube.json("GET", path, virtual_cluster="karmada-zone")
        self.assertEqual(status, 200, cluster)
        labels = cluster["metadata"]["labels"]
        self.assertEqual(labels["fleetdeck.io/zone"], "A")
        self.assertEqual(labels["fleetdeck.io/datacenter"], "seoul-dc1")
        self.assertEqual(cluster["spec"]["region"], "seoul-dc1")

        code, out, err = self.cli("cluster", "zone", "member-zone", "b", "--json")
        self.assertEqual(code, 0, err + out)
        self.assertEqual(json.loads(out)["zone"], "B")
        status, cluster = self.kube.json("GET", path, virtual_cluster="karmada-zone")
        self.assertEqual(cluster["metadata"]["labels"]["fleetdeck.io/zone"], "B")

        code, out, err = self.cli("cluster", "zone", "member-zone", "none")
        self.assertEqual(code, 0, err + out)
        self.assertIn("zone none", out)
        status, cluster = self.kube.json("GET", path, virtual_cluster="karmada-zone")
        self.assertNotIn("fleetdeck.io/zone", cluster["metadata"]["labels"])
        self.assertEqual(cluster["metadata"]["labels"]["fleetdeck.io/datacenter"], "seoul-dc1")

        # Bad values are usage errors and change nothing.
        self.assertEqual(self.cli("cluster", "zone", "member-zone", "C")[0], 2)
        self.assertEqual(self.cli("cluster", "zone", "member-zone")[0], 2)
        self.assertEqual(self.cli("cluster", "import", self.kubeconfig("zm", vc="member-zone"),
                                  "--zone", "X")[0], 2)
        self.assertEqual(self.cli("cluster", "zone", "nowhere", "A")[0], 1)

    def test_needs_passphrase_without_prompting(self):
        code, out, err = self.cli("cluster", "import", self.kubeconfig("np", vc="nopass"), passphrase=None,
                                  stdin="")
        self.assertEqual(code, 1)
        self.assertIn("passphrase", err.lower())
        # --passphrase-stdin works.
        code, out, err = self.cli("--passphrase-stdin", "cluster", "import", self.kubeconfig("np2", vc="nopass"),
                                  passphrase=None, stdin=PASSPHRASE + "\n")
        self.assertEqual(code, 0, err)

    def test_usage_errors(self):
        self.assertEqual(self.cli("cluster")[0], 2)
        self.assertEqual(self.cli("cluster", "frobnicate")[0], 2)
        self.assertEqual(self.cli("cluster", "test")[0], 2)
        self.assertEqual(self.cli("cluster", "join", "x")[0], 2)
        code, out, err = self.cli("cluster", "import", os.path.join(self.tmp.name, "missing"))
        self.assertEqual(code, 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
