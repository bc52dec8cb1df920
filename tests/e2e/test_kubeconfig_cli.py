"""`fleetdeck-cli kubeconfig show` contract: JSON shape, exit codes, messages, no secrets."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "kubeconfig")
CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")

# Secret values planted in the fixtures; none may ever appear in any output.
SECRETS = [
    "TestOnlyTokenNotReal",
    "TestOnlySpnSecretValue",
    "TestOnlyClientSecret",
    "TestOnlyRefreshToken",
    "TestOnlySignature",
    "TestOnlyPassw0rd",
    "TestOnlyBearerToken",
    "PRIVATE KEY",
]

CONTEXT_KEYS = {
    "name", "cluster", "user", "server", "namespace", "authKind", "caSource",
    "insecureSkipTlsVerify", "tlsServerName", "proxyUrl", "exec", "authProvider", "warnings",
}


def fixture(name):
    return os.path.join(DATA, name)


def run(*args, env=None):
    full_env = dict(os.environ)
    full_env.update(env or {})
    p = subprocess.run([CLI, "kubeconfig", *args], capture_output=True, text=True,
                       timeout=60, env=full_env)
    return p.returncode, p.stdout, p.stderr


def show_json(*files, env=None):
    code, out, err = run("show", *files, "--json", env=env)
    if code != 0:
        raise AssertionError(f"exit {code}: {err}")
    return json.loads(out)


class KubeconfigShowTest(unittest.TestCase):
    def test_every_fixture_has_the_contract_shape(self):
        for name in ["kubeadm-admin.conf", "kind.yaml", "k3s.yaml", "openshift-oc-login.yaml",
                     "eks-aws-cli.yaml", "aks-kubelogin.yaml", "gke-gcloud-auth-plugin.yaml",
                     "oidc-auth-provider.yaml", "messy.yaml", "windows-paths.yaml",
                     "crlf-bom.yaml", "powershell-utf16le.yaml", "null-lists.yaml"]:
            with self.subTest(name=name):
                doc = show_json(fixture(name))
                self.assertEqual(set(doc), {"currentContext", "warnings", "contexts"})
                self.assertIsInstance(doc["warnings"], list)
                for c in doc["contexts"]:
                    self.assertEqual(set(c), CONTEXT_KEYS)
                    self.assertIn(c["authKind"], {"clientCert", "token", "tokenFile", "basic",
                                                  "exec", "authProvider", "none"})
                    self.assertIn(c["caSource"], {"data", "file", "none"})
                    self.assertIsInstance(c["insecureSkipTlsVerify"], bool)
                    if c["exec"] is not None:
                        self.assertEqual(set(c["exec"]), {"command", "args", "apiVersion"})

    def test_fields(self):
        doc = show_json(fixture("eks-aws-cli.yaml"))
        c = doc["contexts"][0]
        arn = "arn:aws:eks:ap-northeast-2:111122223333:cluster/inference-prod"
        self.assertEqual(doc["currentContext"], arn)
        self.assertEqual(c["name"], arn)
        self.assertEqual(c["authKind"], "exec")
        self.assertEqual(c["caSource"], "data")
        self.assertIsNone(c["namespace"])
        self.assertIsNone(c["proxyUrl"])
        self.assertIsNone(c["authProvider"])
        self.assertEqual(c["exec"], {"command": "aws", "apiVersion":
                                     "client.authentication.k8s.io/v1beta1",
                                     "args": ["--region", "ap-northeast-2", "eks", "get-token",
                                              "--cluster-name", "inference-prod", "--output",
                                              "json"]})

        messy = show_json(fixture("messy.yaml"))
        self.assertEqual([c["name"] for c in messy["contexts"]][:3],
                         ["dc1", "proxied", "insecure"])  # file order
        by_name = {c["name"]: c for c in messy["contexts"]}
        self.assertEqual(by_name["dc1"]["server"], "https://10.1.0.5:6443/k8s/clusters/c-m-8x2lz")
        self.assertEqual(by_name["proxied"]["proxyUrl"], "http://squid.dc1.example.internal:3128")
        self.assertEqual(by_name["proxied"]["tlsServerName"], "kubernetes.default.svc")
        self.assertTrue(by_name["insecure"]["insecureSkipTlsVerify"])
        self.assertEqual(by_name["basic"]["authKind"], "basic")
        self.assertEqual(by_name["gcp"]["authProvider"], "gcp")
        self.assertIsNone(by_name["null-context"]["cluster"])
        self.assertTrue(any("expired" in w for w in by_name["expired-cert"]["warnings"]))
        self.assertTrue(any("gone-context" in w for w in messy["warnings"]))

        oidc = show_json(fixture("oidc-auth-provider.yaml"))["contexts"][0]
        self.assertEqual(oidc["authKind"], "authProvider")
        self.assertEqual(oidc["authProvider"], "oidc")
        self.assertEqual(oidc["namespace"], "research")

        rel = show_json(fixture("relative/nested/config"))
        self.assertEqual(rel["contexts"][1]["authKind"], "tokenFile")
        self.assertEqual(rel["contexts"][0]["caSource"], "file")

    def test_secrets_are_never_printed(self):
        files = [fixture(n) for n in os.listdir(DATA) if n.endswith((".yaml", ".conf"))
                 and not n.startswith("not-")]
        for mode in (["--json"], []):
            for f in files:
                code, out, err = run("show", f, *mode)
                self.assertEqual(code, 0, err)
                for s in SECRETS:
                    self.assertNotIn(s, out + err, f"{s} printed for {f} {mode}")
        aks = show_json(fixture("aks-kubelogin.yaml"))
        self.assertIn("--client-secret=<redacted>", aks["contexts"][1]["exec"]["args"])

    def test_merged_files(self):
        with tempfile.TemporaryDirectory() as tmp:
            a = os.path.join(tmp, "a.yaml")
            b = os.path.join(tmp, "b.yaml")
            with open(a, "w") as f:
                f.write("contexts:\n- name: x\n  context: {cluster: ca, user: u, namespace: a}\n"
                        "clusters:\n- name: ca\n  cluster: {server: 'https://a:1/p'}\n")
            with open(b, "w") as f:
                f.write("current-context: y\n"
                        "contexts:\n- name: x\n  context: {cluster: cb, namespace: b}\n"
                        "- name: y\n  context: {cluster: ca}\n"
                        "clusters:\n- name: ca\n  cluster: {server: 'https://b'}\n")
            doc = show_json(a, b)
            self.assertEqual(doc["currentContext"], "y")
            self.assertEqual([c["name"] for c in doc["contexts"]], ["x", "y"])
            self.assertEqual(doc["contexts"][0]["namespace"], "a")
            self.assertEqual(doc["contexts"][1]["server"], "https://a:1/p")
            # Without FILE: $KUBECONFIG, merged the same way.
            env_doc = show_json(env={"KUBECONFIG": os.pathsep.join([b, a])})
            self.assertEqual(env_doc["contexts"][0]["namespace"], "b")

    def test_table(self):
        code, out, _ = run("show", fixture("openshift-oc-login.yaml"))
        self.assertEqual(code, 0)
        lines = out.splitlines()
        self.assertTrue(lines[0].startswith("CURRENT"))
        self.assertTrue(lines[2].startswith("*"))
        self.assertIn("llm-serving", lines[2])
        self.assertIn("insecure-skip-tls-verify", out)

    def test_errors(self):
        code, out, err = run("show", fixture("not-yaml.yaml"), "--json")
        self.assertEqual(code, 1)
        self.assertEqual(out, "")
        self.assertIn("line 6, column 6", err)
        self.assertEqual(len(err.strip().splitlines()), 1)

        code, _, err = run("show", fixture("not-kubeconfig-pod.yaml"))
        self.assertEqual(code, 1)
        self.assertIn("not a kubeconfig", err)
        self.assertIn("line 2, column 7", err)

        missing = fixture("does-not-exist.yaml")
        code, _, err = run("show", fixture("kind.yaml"), missing, "--json")
        self.assertEqual(code, 1)
        self.assertIn("does not exist", err)
        self.assertIn("does-not-exist.yaml", err)

        code, _, err = run("frobnicate")
        self.assertEqual(code, 2)
        code, _, err = run("show", "--bogus")
        self.assertEqual(code, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
