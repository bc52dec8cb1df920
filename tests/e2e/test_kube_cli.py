"""`fleetdeck-cli kube get nodes` / `kube version` against the test API server: table and JSON
contract, contexts, typed errors with the apiserver's words, no secrets in any output."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kubefixture import KubeServer  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
NODE_KEYS = {"name", "status", "roles", "version", "gpuProduct", "gpuCount", "migStrategy", "mig"}


def run(*args):
    p = subprocess.run([CLI, "kube", *args], capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


class KubeCliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.kube = KubeServer().start()
        cls.tmp = tempfile.TemporaryDirectory()
        cls.config = cls.kube.write_kubeconfig(os.path.join(cls.tmp.name, "admin.yaml"))
        cls.secrets = [cls.kube.token("admin"), cls.kube.token("noperm")]

    @classmethod
    def tearDownClass(cls):
        cls.kube.stop()
        cls.kube.cleanup()
        cls.tmp.cleanup()

    def assertNoSecrets(self, *texts):
        for text in texts:
            for secret in self.secrets:
                self.assertNotIn(secret, text)
            self.assertNotIn("PRIVATE KEY", text)

    def test_get_nodes_json(self):
        code, out, err = run("get", "nodes", "--kubeconfig", self.config, "--json")
        self.assertEqual(code, 0, err)
        nodes = json.loads(out)
        self.assertIsInstance(nodes, list)
        by_name = {n["name"]: n for n in nodes}
        self.assertEqual(set(by_name), {"cp-0", "gpu-h100-mig-0", "gpu-h100-0", "gpu-a100-0",
                                        "gpu-l40s-0", "cpu-0"})
        for n in nodes:
            self.assertEqual(set(n), NODE_KEYS)
        self.assertIn("control-plane", by_name["cp-0"]["roles"])
        self.assertEqual(by_name["gpu-h100-0"]["gpuCount"], 8)
        self.assertIn("H100", by_name["gpu-h100-0"]["gpuProduct"])
        self.assertEqual(by_name["cpu-0"]["gpuCount"], 0)
        self.assertEqual(by_name["cpu-0"]["gpuProduct"], "")
        self.assertEqual(by_name["gpu-h100-mig-0"]["migStrategy"], "mixed")
        self.assertIn("nvidia.com/mig-1g.10gb", by_name["gpu-h100-mig-0"]["mig"])
        self.assertTrue(by_name["gpu-l40s-0"]["status"].startswith("NotReady")
                        or by_name["gpu-l40s-0"]["status"].startswith("Unknown"))
        self.assertEqual(by_name["cp-0"]["status"], "Ready")
        self.assertTrue(by_name["cp-0"]["version"].startswith("v1."))
        self.assertNoSecrets(out, err)

    def test_get_nodes_table(self):
        code, out, err = run("get", "nodes", "--kubeconfig", self.config)
        self.assertEqual(code, 0, err)
        lines = out.splitlines()
        self.assertEqual(lines[0].split(), ["NAME", "STATUS", "ROLES", "VERSION", "GPU", "GPUS", "MIG"])
        self.assertEqual(len(lines), 7)
        mig = next(line for line in lines if line.startswith("gpu-h100-mig-0 "))
        self.assertIn("mig-1g.10gb=", mig)
        self.assertNoSecrets(out, err)

    def test_context_selection_and_client_cert(self):
        other = self.kube.write_kubeconfig(os.path.join(self.tmp.name, "viewer.yaml"), user="viewer",
                                           auth="clientCert", virtual_cluster="cli-vc")
        code, out, err = run("version", "--kubeconfig", other, "--json")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["gitVersion"], "v1.32.3")
        code, out, err = run("version", "--kubeconfig", other, "--context", "no-such-context")
        self.assertEqual(code, 1)
        self.assertIn("no-such-context", err)

    def test_forbidden_and_unauthorized_are_explained(self):
        noperm = self.kube.write_kubeconfig(os.path.join(self.tmp.name, "noperm.yaml"), user="noperm")
        code, out, err = run("get", "nodes", "--kubeconfig", noperm)
        self.assertEqual(code, 1)
        self.assertIn('cannot list resource "nodes"', err)
        self.assertIn("ask the cluster admin", err)
        bogus = self.kube.write_kubeconfig(os.path.join(self.tmp.name, "bogus.yaml"), token="bogus-token-value")
        code, out, err = run("get", "nodes", "--kubeconfig", bogus)
        self.assertEqual(code, 1)
        self.assertIn("did not accept the credential", err)
        self.assertNotIn("bogus-token-value", out + err)
        self.assertNoSecrets(out, err)

    def test_usage(self):
        code, _, err = run("get", "pods", "--kubeconfig", self.config)
        self.assertEqual(code, 2)
        self.assertIn("Usage:", err)


if __name__ == "__main__":
    unittest.main()
