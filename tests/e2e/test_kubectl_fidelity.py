"""The real kubectl (1.32, or Debian 12's 1.20) against the test API server: what it asks for must
work as on a real server.

Every kubeconfig kubectl uses here went through Fleetdeck first: the test server's kubeconfig is
imported (`fleetdeck-cli kubeconfig export`, the reader and the writer the cluster import uses)
and kubectl runs with the self-contained kubeconfig Fleetdeck wrote, so a field Fleetdeck loses
or changes (server path, CA, client certificate and key, token, basic auth, namespace) shows up
as a kubectl failure.

Where the two kubectl releases themselves differ, the test says so and checks the same server
behaviour the way that release can reach it (never by skipping).
"""

import json
import os
import stat
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kubefixture import KubeServer, find_kubectl_info  # noqa: E402

KUBECTL = None
KUBECTL_VERSION = None  # (major, minor)
CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
KUBE = None
TMP = None

DEPLOYMENT = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: %(replicas)d
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: %(image)s
        ports:
        - containerPort: 80
        env:
        - {name: MODE, value: "%(mode)s"}
      - name: sidecar
        image: busybox:1.36
"""


def setUpModule():
    global KUBE, TMP, KUBECTL, KUBECTL_VERSION
    # A missing or other-version kubectl fails the run (MissingTool says what to install).
    KUBECTL, KUBECTL_VERSION, git_version = find_kubectl_info()
    print(f"kubectl: {KUBECTL} ({git_version})", file=sys.stderr)
    TMP = tempfile.mkdtemp(prefix="kubectl-fidelity-")
    KUBE = KubeServer().start()


def tearDownModule():
    if KUBE:
        KUBE.cleanup()


def kubectl(kubeconfig, *args, timeout=60, stdin=None):
    env = dict(os.environ, KUBECONFIG=kubeconfig, HOME=TMP)
    return subprocess.run([KUBECTL, *args], capture_output=True, text=True, timeout=timeout, env=env,
                          input=stdin)


def through_fleetdeck(source, out):
    """Fleetdeck reads the fixture's kubeconfig and writes the context back out for kubectl."""
    r = subprocess.run([CLI, "kubeconfig", "export", source, "-o", out], capture_output=True,
                       text=True, timeout=60)
    if r.returncode != 0:
        raise AssertionError(f"fleetdeck-cli kubeconfig export failed: {r.stderr}")
    return out


class Kubectl(unittest.TestCase):
    def kc(self, name, **kw):
        source = KUBE.write_kubeconfig(os.path.join(TMP, name + ".source"), **kw)
        return through_fleetdeck(source, os.path.join(TMP, name))

    def test_the_exported_kubeconfig_is_self_contained(self):
        # The fixture names its CA and client certificate by path; Fleetdeck embeds them.
        kc = self.kc("files-cert", auth="clientCert", inline=False)
        self.assertEqual(stat.S_IMODE(os.stat(kc).st_mode), 0o600)
        r = kubectl(kc, "config", "view", "--raw", "-o", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertTrue(doc["clusters"][0]["cluster"]["certificate-authority-data"])
        self.assertNotIn("certificate-authority", doc["clusters"][0]["cluster"])
        self.assertTrue(doc["users"][0]["user"]["client-key-data"])
        self.assertEqual(doc["contexts"][0]["context"]["namespace"], "default")
        r = kubectl(kc, "get", "nodes", "-o", "name")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("node/gpu-h100-0", r.stdout.split())

    def test_get_nodes_prints_the_servers_table(self):
        kc = self.kc("admin-cert", auth="clientCert", inline=False)
        r = kubectl(kc, "get", "nodes")
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(lines[0].split(), ["NAME", "STATUS", "ROLES", "AGE", "VERSION"])
        rows = {line.split()[0]: line.split() for line in lines[1:]}
        self.assertEqual(rows["gpu-h100-0"][1:3], ["Ready", "worker"])
        self.assertEqual(rows["gpu-l40s-0"][1], "NotReady")
        self.assertEqual(rows["cp-0"][2], "control-plane")
        r = kubectl(kc, "get", "nodes", "-o", "wide", "-l", "nvidia.com/gpu.product=NVIDIA-A100-SXM4-80GB")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("INTERNAL-IP", r.stdout)
        self.assertEqual([line.split()[0] for line in r.stdout.splitlines()[1:]], ["gpu-a100-0"])

    def test_apply_get_delete_deployment(self):
        kc = self.kc("admin-token")
        path = os.path.join(TMP, "deploy.yaml")
        with open(path, "w") as f:
            f.write(DEPLOYMENT % {"replicas": 2, "image": "nginx:1.27", "mode": "a"})
        r = kubectl(kc, "apply", "-f", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "deployment.apps/web created")
        r = kubectl(kc, "rollout", "status", "deployment/web", "--timeout=20s")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        r = kubectl(kc, "get", "deploy", "web")
        self.assertEqual(r.stdout.split()[5:9], ["web", "2/2", "2", "2"], r.stdout)

        # Second apply: a strategic merge patch computed from the last-applied annotation.
        with open(path, "w") as f:
            f.write(DEPLOYMENT % {"replicas": 3, "image": "nginx:1.28", "mode": "b"})
        r = kubectl(kc, "apply", "-f", path, "-v=6")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("deployment.apps/web configured", r.stdout)
        self.assertRegex(r.stderr, r"PATCH https://127\.0\.0\.1:\d+/apis/apps/v1/namespaces/default/deployments/web")
        r = kubectl(kc, "get", "deploy", "web", "-o",
                    "jsonpath={.spec.replicas} {.spec.template.spec.containers[*].name} "
                    "{.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].env[0].value}")
        self.assertEqual(r.stdout, "3 nginx sidecar nginx:1.28 b")
        r = kubectl(kc, "rollout", "status", "deployment/web", "--timeout=20s")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        r = kubectl(kc, "get", "pods", "-l", "app=web", "-o", "name")
        self.assertEqual(len(r.stdout.split()), 3, r.stdout)

        r = kubectl(kc, "delete", "deployment", "web")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), 'deployment.apps "web" deleted')
        r = kubectl(kc, "get", "deploy,rs,pods", "-l", "app=web", "-o", "name")
        self.assertEqual(r.stdout.strip(), "")

    def test_get_pods_watch_sees_a_pod_created_during_the_watch(self):
        kc = self.kc("admin-basic", user="basic-user", auth="basic")
        env = dict(os.environ, KUBECONFIG=kc, HOME=TMP)
        proc = subprocess.Popen([KUBECTL, "get", "pods", "-n", "llm-serving", "--watch", "--request-timeout=0"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            header = proc.stdout.readline()
            self.assertEqual(header.split()[:3], ["NAME", "READY", "STATUS"])
            seen = [proc.stdout.readline().split()[0] for _ in range(2)]
            self.assertEqual(sorted(seen), ["ollama-0", "vllm-llama3-0"])
            pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "watched-pod"},
                   "spec": {"containers": [{"name": "c", "image": "busybox"}]}}
            code, _ = KUBE.json("POST", "/api/v1/namespaces/llm-serving/pods", pod)
            self.assertEqual(code, 201)
            line = proc.stdout.readline()
            self.assertEqual(line.split()[0], "watched-pod", line)
        finally:
            proc.terminate()
            proc.communicate(timeout=10)

    def test_auth_can_i_and_whoami(self):
        # kubectl's typed clients post these reviews as protobuf.
        kc = self.kc("viewer-cert", user="viewer", auth="clientCert")
        r = kubectl(kc, "auth", "can-i", "list", "pods", "-A")
        self.assertEqual((r.returncode, r.stdout.strip()), (0, "yes"), r.stderr)
        r = kubectl(kc, "auth", "can-i", "delete", "pods", "-n", "default")
        self.assertEqual((r.returncode, r.stdout.strip()), (1, "no"), r.stderr)
        who = "jsonpath={.status.userInfo.username} {.status.userInfo.groups}"
        if KUBECTL_VERSION >= (1, 28):
            r = kubectl(kc, "auth", "whoami", "-o", who)
        else:
            # 1.20 has no `auth whoami` (1.26+): the same SelfSubjectReview, created as an object.
            r = kubectl(kc, "create", "-f", "-", "-o", who, stdin=json.dumps(
                {"apiVersion": "authentication.k8s.io/v1", "kind": "SelfSubjectReview"}))
        self.assertEqual(r.stdout, 'viewer ["fleetdeck:viewers","system:authenticated"]', r.stderr)

    def test_karmada_policy_apply_and_server_side_apply(self):
        kc = self.kc("karmada", virtual_cluster="karmada")
        samples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "kubeapi", "karmada",
                               "samples")
        r = kubectl(kc, "apply", "-f", os.path.join(samples, "nginx_propagationpolicy.yaml"))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "propagationpolicy.policy.karmada.io/nginx-propagation created")
        r = kubectl(kc, "get", "pp")
        self.assertEqual(r.stdout.split()[:4], ["NAME", "CONFLICT-RESOLUTION", "PRIORITY", "AGE"], r.stderr)
        # An invalid policy: kubectl leaves validation to the server, which answers 422 with causes.
        bad = os.path.join(TMP, "bad-pp.json")
        with open(bad, "w") as f:
            f.write('{"apiVersion":"policy.karmada.io/v1alpha1","kind":"PropagationPolicy",'
                    '"metadata":{"name":"bad"},"spec":{"placement":{"replicaScheduling":'
                    '{"replicaSchedulingType":"Sometimes"}}}}')
        if KUBECTL_VERSION < (1, 25):
            # kubectl before 1.25 validates on the client against /openapi/v2 (where the server
            # publishes the CRD's schema) and stops at the first missing required field; past
            # that (--validate=false) the server's answer is the same as for 1.32.
            r = kubectl(kc, "apply", "-f", bad)
            self.assertNotEqual(r.returncode, 0)
            self.assertIn('error validating data: ValidationError(PropagationPolicy.spec): missing required '
                          'field "resourceSelectors" in io.karmada.policy.v1alpha1.PropagationPolicy.spec',
                          r.stderr)
            r = kubectl(kc, "apply", "--validate=false", "-f", bad)
        else:
            r = kubectl(kc, "apply", "-f", bad)
        self.assertNotEqual(r.returncode, 0)
        # kubectl rebuilds the message from details.causes, so this checks the cause list too.
        self.assertIn('The PropagationPolicy "bad" is invalid: \n* spec.resourceSelectors: Required value\n'
                      '* spec.placement.replicaScheduling.replicaSchedulingType: Unsupported value: "Sometimes": '
                      'supported values: "Duplicated", "Divided"', r.stderr)
        dep = os.path.join(TMP, "ssa.yaml")
        with open(dep, "w") as f:
            f.write(DEPLOYMENT.replace("name: web", "name: ssa", 1) % {"replicas": 1, "image": "nginx:1.27",
                                                                       "mode": "ssa"})
        r = kubectl(kc, "apply", "--server-side", "-f", dep)
        self.assertEqual((r.returncode, r.stdout.strip()), (0, "deployment.apps/ssa serverside-applied"), r.stderr)
        r = kubectl(kc, "get", "deploy", "ssa", "-o", "jsonpath={.metadata.managedFields[0].manager}")
        self.assertEqual(r.stdout, "kubectl")
        # A merge patch by kubectl (manager kubectl-patch) owns the field it changed and takes it
        # from the applier; applying the old value again is a conflict until forced.
        r = kubectl(kc, "patch", "deploy", "ssa", "--type", "merge", "-p", '{"spec":{"replicas":2}}')
        self.assertEqual(r.returncode, 0, r.stderr)
        got = kubectl(kc, "get", "deploy", "ssa", "-o", "json", "--show-managed-fields")
        owners = json.loads(got.stdout)["metadata"]["managedFields"]
        owners = {(e["manager"], e["operation"]): e["fieldsV1"] for e in owners}
        self.assertEqual(owners[("kubectl-patch", "Update")], {"f:spec": {"f:replicas": {}}})
        self.assertNotIn("f:replicas", owners[("kubectl", "Apply")]["f:spec"])
        r = kubectl(kc, "apply", "--server-side", "-f", dep)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('conflict with "kubectl-patch"', r.stderr)
        self.assertIn(".spec.replicas", r.stderr)
        r = kubectl(kc, "apply", "--server-side", "--force-conflicts", "-f", dep)
        self.assertEqual((r.returncode, r.stdout.strip()), (0, "deployment.apps/ssa serverside-applied"), r.stderr)
        r = kubectl(kc, "get", "deploy", "ssa", "-o", "jsonpath={.metadata.managedFields[*].manager}")
        self.assertEqual(r.stdout, "kubectl")

    def test_leases_create_get_patch_and_validation(self):
        # coordination.k8s.io/v1 Lease, as Fleetdeck's policy sync lease uses it.
        kc = self.kc("admin-lease")
        lease = ("apiVersion: coordination.k8s.io/v1\nkind: Lease\nmetadata:\n  name: fd-lease\n"
                 "  namespace: kube-system\nspec:\n  holderIdentity: alice@ws1 pid 42\n"
                 "  leaseDurationSeconds: 15\n  renewTime: \"2026-12-05T18:00:00.123456Z\"\n")
        r = kubectl(kc, "create", "-f", "-", stdin=lease)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "lease.coordination.k8s.io/fd-lease created")
        r = kubectl(kc, "get", "leases", "-n", "kube-system")
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(lines[0].split(), ["NAME", "HOLDER", "AGE"])
        self.assertEqual(lines[1].split()[:4], ["fd-lease", "alice@ws1", "pid", "42"])
        r = kubectl(kc, "patch", "lease", "fd-lease", "-n", "kube-system", "--type=merge",
                    "-p", '{"spec":{"holderIdentity":null}}')
        self.assertEqual(r.returncode, 0, r.stderr)
        r = kubectl(kc, "get", "lease", "fd-lease", "-n", "kube-system", "-o", "jsonpath={.spec}")
        self.assertEqual(json.loads(r.stdout)["leaseDurationSeconds"], 15)
        self.assertNotIn("holderIdentity", json.loads(r.stdout))
        bad = lease.replace("fd-lease", "bad-lease").replace("leaseDurationSeconds: 15",
                                                             "leaseDurationSeconds: 0")
        r = kubectl(kc, "create", "-f", "-", stdin=bad)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('The Lease "bad-lease" is invalid: spec.leaseDurationSeconds: '
                      'Invalid value: 0: must be greater than 0', r.stderr)
        r = kubectl(kc, "delete", "lease", "fd-lease", "-n", "kube-system")
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_wrong_token_gives_kubectls_unauthorized_message(self):
        kc = self.kc("wrong", token="definitely-wrong")
        r = kubectl(kc, "get", "nodes")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("error: You must be logged in to the server (Unauthorized)", r.stderr)

    def test_forbidden_message_for_viewer(self):
        kc = self.kc("viewer", user="viewer")
        r = kubectl(kc, "delete", "node", "cpu-0")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('Error from server (Forbidden): nodes "cpu-0" is forbidden: User "viewer" cannot delete '
                      'resource "nodes" in API group "" at the cluster scope', r.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
