"""fleetdeck-cli deploy …: render (no server), create with a server-side dry run then apply (objects
read back from the test API server), list/status from watches (Pending → Ready, CrashLoopBackOff
with the event's message, waiting for GPUs), the Karmada target with two member clusters (objects
on the control plane, status and endpoints from the members), delete with and without the volume,
fit, and the streaming prompt against the inference stand-in (vLLM SSE, Ollama NDJSON, a stall)."""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from kubefixture import KubeServer  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
INFERENCE = os.path.join(HERE, "..", "servers", "inference", "server.py")
PASSPHRASE = "deploy-cli-test-passphrase"


def start_inference(runtime, knobs=None):
    proc = subprocess.Popen([sys.executable, "-u", INFERENCE, "--runtime", runtime, "--knobs",
                             json.dumps(knobs or {})], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.startswith("PORT "), line
    return proc, int(line.split()[1])


class DeployCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.kube = KubeServer()
        cls.kube.start()
        cls.kube.fixture("knobs", {"podReadyDelayMs": 1500})

    @classmethod
    def tearDownClass(cls):
        cls.kube.stop()
        cls.kube.cleanup()

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, *args, timeout=120):
        env = dict(os.environ)
        env["FLEETDECK_SECRET_BACKEND"] = "vault"
        env["HOME"] = self.tmp.name
        env["FLEETDECK_PASSPHRASE"] = PASSPHRASE
        p = subprocess.run([CLI, "--data-dir", self.data, *args], env=env, capture_output=True,
                           text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr

    def cli_json(self, *args):
        code, out, err = self.cli(*args, "--json")
        self.assertEqual(code, 0, err + out)
        return json.loads(out)

    def import_cluster(self, vc):
        path = os.path.join(self.tmp.name, vc)
        self.kube.write_kubeconfig(path, virtual_cluster=vc)
        code, out, err = self.cli("cluster", "import", path)
        self.assertEqual(code, 0, err + out)

    def get(self, path, vc):
        return self.kube.json("GET", path, virtual_cluster=vc)

    def wait_status(self, name, want, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            status = self.cli_json("deploy", "status", name)
            if status["status"] == want or time.monotonic() > deadline:
                return status
            time.sleep(0.5)

    def test_render_needs_no_server(self):
        code, out, err = self.cli("deploy", "render", "--runtime", "vllm", "--model",
                                  "qwen2.5-7b-instruct", "--gpu-model", "H100", "--set",
                                  "maxModelLen=8192")
        self.assertEqual(code, 0, err)
        self.assertIn("kind: Deployment", out)
        self.assertIn("kind: Service", out)
        self.assertIn("nvidia.com/gpu.product: NVIDIA-H100-80GB-HBM3", out)
        self.assertIn("--max-model-len", out)
        code, out, err = self.cli("deploy", "render", "--runtime", "vllm", "--model", "x",
                                  "--set", "maxModelLen=1")
        self.assertEqual(code, 1)
        self.assertIn("maxModelLen", err)
        code, _, err = self.cli("deploy", "render", "--runtime", "nope", "--model", "x")
        self.assertEqual(code, 1)
        self.assertIn("nope", err)

    def test_create_status_delete_on_one_cluster(self):
        vc = "deploy-one"
        self.import_cluster(vc)
        # Dry run: validated, nothing stored.
        r = self.cli_json("deploy", "create", "--cluster", vc, "--runtime", "ollama", "--model",
                          "llama3.2-1b", "--dry-run")
        self.assertTrue(r["dryRun"])
        self.assertEqual(r["name"], "llama3-2-1b")
        self.assertEqual(self.get("/apis/apps/v1/namespaces/default/deployments/llama3-2-1b", vc)[0], 404)
        self.assertEqual(self.cli_json("deploy", "list"), [])

        r = self.cli_json("deploy", "create", "--cluster", vc, "--runtime", "ollama", "--model",
                          "llama3.2-1b", "--gpus", "1")
        self.assertFalse(r["dryRun"])
        self.assertEqual(r["objects"], ["ConfigMap/llama3-2-1b-startup", "PersistentVolumeClaim/llama3-2-1b-models",
                                        "Deployment/llama3-2-1b", "Service/llama3-2-1b"])
        code, dep = self.get("/apis/apps/v1/namespaces/default/deployments/llama3-2-1b", vc)
        self.assertEqual(code, 200)
        self.assertEqual(dep["metadata"]["labels"]["fleetdeck.io/deployment"], "llama3-2-1b")
        self.assertEqual(dep["metadata"]["managedFields"][0]["manager"], "fleetdeck")
        code, svc = self.get("/api/v1/namespaces/default/services/llama3-2-1b", vc)
        self.assertEqual(svc["spec"]["type"], "NodePort")

        # A second deployment of the same model gets a distinct name.
        r2 = self.cli_json("deploy", "create", "--cluster", vc, "--runtime", "ollama", "--model",
                           "llama3.2-1b", "--storage", "empty-dir")
        self.assertNotEqual(r2["name"], "llama3-2-1b")
        self.assertTrue(r2["name"].startswith("llama3-2-1b"))
        self.assertTrue(any("emptyDir" in w or "download" in w for w in r2["warnings"]), r2["warnings"])

        # Status from watches: Ready once the controller's pod runs.
        status = self.wait_status("llama3-2-1b", "ready")
        self.assertEqual(status["status"], "ready", status)
        self.assertEqual((status["ready"], status["desired"]), (1, 1))
        self.assertEqual(len(status["pods"]), 1)
        node_port = svc["spec"]["ports"][0]["nodePort"]
        self.assertTrue(any(e.endswith(f":{node_port}") for e in status["endpoints"]), status)

        # A crash loop with the event's message.
        pod = status["pods"][0]["name"]
        code, p = self.get(f"/api/v1/namespaces/default/pods/{pod}", vc)
        p["status"]["phase"] = "Running"
        p["status"]["conditions"] = [{"type": "Ready", "status": "False"}]
        p["status"]["containerStatuses"][0].update({
            "ready": False, "restartCount": 4, "started": False,
            "state": {"waiting": {"reason": "CrashLoopBackOff",
                                  "message": "back-off 1m20s restarting failed container"}}})
        code, _ = self.kube.json("PUT", f"/api/v1/namespaces/default/pods/{pod}/status", p, virtual_cluster=vc)
        self.assertEqual(code, 200)
        code, _ = self.kube.json("POST", "/api/v1/namespaces/default/events", {
            "metadata": {"name": f"{pod}.crash", "namespace": "default"},
            "involvedObject": {"kind": "Pod", "name": pod, "namespace": "default"},
            "reason": "BackOff", "message": "Back-off restarting failed container ollama",
            "type": "Warning", "lastTimestamp": "2030-01-01T00:00:00Z", "count": 5}, virtual_cluster=vc)
        self.assertEqual(code, 201)
        status = self.wait_status("llama3-2-1b", "failing")
        self.assertEqual(status["status"], "failing", status)
        self.assertEqual(status["reason"], "CrashLoopBackOff")
        self.assertIn("Back-off restarting failed container", status["message"] + status["latestEvent"])

        listed = self.cli_json("deploy", "list")
        self.assertEqual(sorted(d["name"] for d in listed), sorted(["llama3-2-1b", r2["name"]]))

        # Delete keeps the model store unless asked.
        d = self.cli_json("deploy", "delete", "llama3-2-1b")
        self.assertTrue(d["ok"])
        self.assertIn("Deployment/llama3-2-1b", d["removed"])
        self.assertNotIn("PersistentVolumeClaim/llama3-2-1b-models", d["removed"])
        self.assertEqual(self.get("/api/v1/namespaces/default/persistentvolumeclaims/llama3-2-1b-models", vc)[0], 200)
        self.assertEqual(self.get("/api/v1/namespaces/default/services/llama3-2-1b", vc)[0], 404)
        d = self.cli_json("deploy", "delete", r2["name"], "--with-volume")
        self.assertTrue(d["ok"])
        self.assertEqual(self.cli_json("deploy", "list"), [])
        code, _, err = self.cli("deploy", "status", "llama3-2-1b")
        self.assertEqual(code, 1)
        self.assertIn("llama3-2-1b", err)

        # Audit log has both creates and deletes.
        actions = [e["action"] for e in self.cli_json("audit", "list")]
        self.assertEqual(actions.count("deploy.create"), 2)
        self.assertEqual(actions.count("deploy.delete"), 2)

    def test_waiting_for_gpus(self):
        vc = "deploy-gpus"
        self.import_cluster(vc)
        r = self.cli_json("deploy", "create", "--cluster", vc, "--runtime", "vllm", "--model",
                          "qwen2.5-7b-instruct", "--gpus", "1")
        name = r["name"]
        status = self.wait_status(name, "ready")
        pod = status["pods"][0]["name"]
        code, p = self.get(f"/api/v1/namespaces/default/pods/{pod}", vc)
        msg = "0/6 nodes are available: 6 Insufficient nvidia.com/gpu."
        p["spec"].pop("nodeName", None)
        p["status"] = {"phase": "Pending", "conditions": [{"type": "PodScheduled", "status": "False",
                                                           "reason": "Unschedulable", "message": msg}]}
        self.assertEqual(self.kube.json("PUT", f"/api/v1/namespaces/default/pods/{pod}/status", p,
                                        virtual_cluster=vc)[0], 200)
        status = self.wait_status(name, "waiting-for-gpus")
        self.assertEqual(status["status"], "waiting-for-gpus", status)
        self.assertIn("nvidia.com/gpu", status["message"])

        # Then an image that cannot be pulled: the kubelet's reason and message.
        code, p = self.get(f"/api/v1/namespaces/default/pods/{pod}", vc)
        p["spec"]["nodeName"] = "gpu-h100-0"
        p["status"] = {"phase": "Pending", "conditions": [{"type": "PodScheduled", "status": "True"}],
                       "containerStatuses": [{"name": "vllm", "ready": False, "restartCount": 0, "image": "x",
                                              "imageID": "", "state": {"waiting": {
                                                  "reason": "ImagePullBackOff",
                                                  "message": 'Back-off pulling image "vllm/vllm-openai:nope"'}}}]}
        self.assertEqual(self.kube.json("PUT", f"/api/v1/namespaces/default/pods/{pod}/status", p,
                                        virtual_cluster=vc)[0], 200)
        status = self.wait_status(name, "failing")
        self.assertEqual(status["status"], "failing", status)
        self.assertEqual(status["reason"], "ImagePullBackOff")
        self.assertIn("vllm/vllm-openai:nope", status["message"])
        # The record is kept whatever the cluster says.
        self.assertEqual([d["name"] for d in self.cli_json("deploy", "list")], [name])

    def test_karmada_two_members(self):
        cp, members = "deploy-karmada", ["deploy-m1", "deploy-m2"]
        for vc in [cp] + members:
            self.import_cluster(vc)
        for m in members:
            code, out, err = self.cli("cluster", "join", m, "--karmada", cp)
            self.assertEqual(code, 0, err + out)
        code, _, err = self.cli("deploy", "create", "--strategy", "spread", "--runtime", "vllm",
                                "--model", "llama3.1-8b-instruct", "--cluster", "no-such")
        self.assertEqual(code, 1)
        # The CLI keeps issue 11's contract (--cluster C|--strategy S): the policies'
        # auto-placement choice is the GUI form's, a Karmada deployment here names its strategy.
        code, _, err = self.cli("deploy", "create", "--runtime", "vllm",
                                "--model", "llama3.1-8b-instruct")
        self.assertEqual(code, 2, err)
        self.assertIn("--strategy S", err)
        self.assertIn("auto-placement rules choose the strategy in the GUI's form only", err)
        # A strategy or profile that does not exist is refused before anything is applied:
        # nothing would propagate the objects.
        spec = ("--runtime", "vllm", "--model", "llama3.1-8b-instruct")
        code, out, err = self.cli("deploy", "create", "--strategy", "spread", *spec)
        self.assertEqual(code, 1, out + err)
        self.assertIn("No placement strategy named spread exists, and none is defined", err)
        self.assertIn("policy apply", err)
        code, out, err = self.cli("policy", "defaults")
        self.assertEqual(code, 0, err + out)
        code, out, err = self.cli("deploy", "create", "--strategy", "spread", *spec)
        self.assertEqual(code, 1, out + err)
        self.assertIn("use one of: general, large-models, small-models", err)
        code, out, err = self.cli("deploy", "create", "--strategy", "large-models", "--profile", "h100",
                                  *spec)
        self.assertEqual(code, 1, out + err)
        self.assertIn("No resource profile named h100 exists; use one of: high-performance, "
                      "shared-gpu, standard.", err)
        self.assertEqual(self.cli_json("deploy", "list"), [])
        code, applied = self.get("/apis/apps/v1/namespaces/default/deployments", cp)
        self.assertEqual((code, applied["items"]), (200, []))
        r = self.cli_json("deploy", "create", "--strategy", "large-models", "--profile",
                          "high-performance", *spec)
        self.assertEqual(r["target"], "karmada")
        self.assertEqual(r["cluster"], cp)
        name = r["name"]
        code, dep = self.get(f"/apis/apps/v1/namespaces/default/deployments/{name}", cp)
        self.assertEqual(code, 200)
        self.assertEqual(dep["metadata"]["labels"]["fleetdeck.io/placement-strategy"], "large-models")
        self.assertEqual(dep["metadata"]["labels"]["fleetdeck.io/resource-profile"], "high-performance")
        # Karmada would propagate the objects; here the test places them on both members.
        for m in members:
            for kind, path in (("Deployment", "/apis/apps/v1/namespaces/default/deployments"),
                               ("Service", "/api/v1/namespaces/default/services")):
                code, obj = self.get(f"{path}/{name}", cp)
                for k in ("uid", "resourceVersion", "creationTimestamp", "managedFields", "generation"):
                    obj["metadata"].pop(k, None)
                obj.pop("status", None)
                if kind == "Service":
                    obj["spec"].pop("clusterIP", None)
                    obj["spec"].pop("clusterIPs", None)
                code, body = self.kube.json("POST", path, obj, virtual_cluster=m)
                self.assertEqual(code, 201, body)
        status = self.wait_status(name, "ready")
        self.assertEqual(status["status"], "ready", status)
        self.assertEqual((status["ready"], status["desired"]), (2, 2))
        self.assertEqual(sorted(x["cluster"] for x in status["members"]), members)
        for member in status["members"]:
            self.assertTrue(member["endpoints"], member)
        self.assertEqual({p["cluster"] for p in status["pods"]}, set(members))
        d = self.cli_json("deploy", "delete", name)
        self.assertTrue(d["ok"], d)
        self.assertEqual(self.get(f"/apis/apps/v1/namespaces/default/deployments/{name}", cp)[0], 404)

    def test_policy_in_use_cannot_be_deleted(self):
        # A strategy or profile that a Karmada deployment uses blocks its delete, naming the
        # deployment; once the deployment is gone, the delete goes through.
        cp, member = "deploy-karmada-use", "deploy-use-m1"
        for vc in (cp, member):
            self.import_cluster(vc)
        code, out, err = self.cli("cluster", "join", member, "--karmada", cp)
        self.assertEqual(code, 0, err + out)
        code, out, err = self.cli("policy", "defaults")
        self.assertEqual(code, 0, err + out)
        r = self.cli_json("deploy", "create", "--strategy", "general", "--profile", "standard",
                          "--runtime", "vllm", "--model", "llama3.1-8b-instruct")
        name = r["name"]
        for kind, policy in (("strategy", "general"), ("profile", "standard")):
            code, out, err = self.cli("policy", "delete", kind, policy)
            self.assertEqual(code, 1, out + err)
            self.assertIn(name, err)
        self.assertEqual(self.cli_json("policy", "show", "strategy", "general")["name"], "general")
        self.assertTrue(self.cli_json("deploy", "delete", name)["ok"])
        code, out, err = self.cli("policy", "delete", "strategy", "general")
        self.assertEqual(code, 0, out + err)

    def test_fit(self):
        vc = "deploy-fit"
        self.import_cluster(vc)
        r = self.cli_json("deploy", "fit", "--cluster", vc, "--model", "llama3.1-8b-instruct", "--gpus", "1")
        self.assertTrue(r["fits"], r)
        self.assertTrue(r["bestNode"])
        code, out, err = self.cli("deploy", "fit", "--cluster", vc, "--model", "llama3.1-70b-instruct",
                                  "--gpus", "16", "--json")
        self.assertEqual(code, 1, err)
        r = json.loads(out)
        self.assertFalse(r["fits"])
        self.assertIn(r["bestNode"], r["message"])

    def test_prompt_streams(self):
        vc = "deploy-prompt"
        self.import_cluster(vc)
        for runtime, model in (("vllm", "qwen2.5-7b-instruct"), ("ollama", "llama3.2-1b")):
            proc, port = start_inference(runtime, {"tokensPerSecond": 200})
            try:
                r = self.cli_json("deploy", "create", "--cluster", vc, "--runtime", runtime, "--model", model)
                code, out, err = self.cli("deploy", "prompt", r["name"], "Say hello",
                                          "--endpoint", f"http://127.0.0.1:{port}")
                self.assertEqual(code, 0, err)
                self.assertTrue(out.strip(), err)
                self.assertIn("time to first token", err)
                result = self.cli_json("deploy", "prompt", r["name"], "Say hello",
                                       "--endpoint", f"http://127.0.0.1:{port}")
                self.assertEqual(set(result) & {"ttftMs", "tokens", "tokensPerSecond", "text"},
                                 {"ttftMs", "tokens", "tokensPerSecond", "text"})
                self.assertGreater(result["tokens"], 1)
                self.assertGreaterEqual(result["ttftMs"], 0)
                self.assertTrue(result["text"])
            finally:
                proc.kill()
                proc.wait(10)
        # Nothing listens: one sentence, exit 1.
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
        s.close()
        code, out, err = self.cli("deploy", "prompt", r["name"], "hi", "--endpoint", f"http://127.0.0.1:{closed}")
        self.assertEqual(code, 1)
        self.assertTrue(err.strip())


if __name__ == "__main__":
    unittest.main(verbosity=2)
