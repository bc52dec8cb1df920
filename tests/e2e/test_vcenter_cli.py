"""fleetdeck-cli vcenter …: connections (password only from stdin, kept in the vault; the
simulator's self-signed certificate refused until trusted by its SHA-256), list, test with
categorised errors, VMs with every guest IP (vCLS agents only with --all), templates, hosts,
power, clone with a static address, destroy, scale groups out and in (an exhausted pool refused
before anything is cloned), remove; against the vSphere simulator."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vcsimfixture import VcsimServer  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
PASSPHRASE = "vcenter-cli-test-passphrase"
VM_FIELDS = {"name", "powerState", "guestOS", "cpus", "memoryMB", "datacenter", "cluster",
             "host", "folder", "ips", "toolsStatus"}


class VcenterCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sim = VcsimServer(vms=12)
        cls.sim.start()

    @classmethod
    def tearDownClass(cls):
        cls.sim.stop()

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, *args, stdin=None):
        env = dict(os.environ)
        env["FLEETDECK_SECRET_BACKEND"] = "vault"
        env["HOME"] = self.tmp.name
        env["FLEETDECK_PASSPHRASE"] = PASSPHRASE
        p = subprocess.run([CLI, "--data-dir", self.data, "vcenter", *args], env=env,
                           input=stdin, capture_output=True, text=True, timeout=180)
        return p.returncode, p.stdout, p.stderr

    def json_ok(self, *args, stdin=None):
        code, out, err = self.cli(*args, "--json", stdin=stdin)
        self.assertEqual(code, 0, err + out)
        return json.loads(out)

    def add(self, name="lab", trust=True, password=None):
        args = ["add", name, "--url", self.sim.url, "--user", self.sim.username,
                "--password-stdin"]
        if trust:
            args += ["--trust", self.sim.sha256]
        return self.cli(*args, stdin=(password or self.sim.password) + "\n")

    def test_connections(self):
        # The password is never taken from the command line.
        code, _, err = self.cli("add", "lab", "--url", self.sim.url, "--user", "u",
                                "--password", "secret")
        self.assertNotEqual(code, 0)
        self.assertIn("never given on the command line", err)

        # Without a pin the self-signed certificate is refused, and its fingerprint shown.
        code, out, err = self.add("untrusted", trust=False)
        self.assertEqual(code, 0, err)
        code, out, err = self.cli("test", "untrusted", "--json")
        self.assertEqual(code, 1)
        report = json.loads(out)
        self.assertFalse(report["ok"])
        self.assertEqual(report["category"], "tlsUnknownCa")
        self.assertEqual(report["certSha256"], self.sim.sha256)
        self.assertIn(self.sim.sha256, report["message"])

        code, out, err = self.add("lab")
        self.assertEqual(code, 0, err)
        self.assertIn("added lab", out)
        report = self.json_ok("test", "lab")
        self.assertTrue(report["ok"])
        self.assertEqual(report["category"], "ok")
        self.assertEqual(report["apiType"], "VirtualCenter")

        # Wrong password: its own category; the password is nowhere in the output or store.
        code, _, err = self.add("wrong", password="not-the-password")
        self.assertEqual(code, 0, err)
        code, out, err = self.cli("test", "wrong", "--json")
        self.assertEqual(code, 1)
        self.assertEqual(json.loads(out)["category"], "invalid-login")

        # Nothing listens: refused.
        code, _, err = self.cli("add", "gone", "--url", "https://127.0.0.1:9/sdk", "--user", "u",
                                "--password-stdin", "--insecure", stdin="x\n")
        self.assertEqual(code, 0, err)
        code, out, _ = self.cli("test", "gone", "--json")
        self.assertEqual(code, 1)
        self.assertEqual(json.loads(out)["category"], "refused")

        listed = self.json_ok("list")["vcenters"]
        self.assertEqual([c["name"] for c in listed], ["gone", "lab", "untrusted", "wrong"])
        lab = listed[1]
        self.assertEqual(lab["trustedSha256"], self.sim.sha256)
        self.assertEqual(lab["user"], self.sim.username)
        self.assertTrue(listed[0]["insecure"])

        # A taken name is refused, case-insensitively.
        code, _, err = self.add("LAB")
        self.assertEqual(code, 1)
        self.assertIn("already exists", err)

        with open(os.path.join(self.data, "fleetdeck.db"), "rb") as f:
            db = f.read()
        self.assertNotIn(self.sim.password.encode(), db)

        self.json_ok("remove", "wrong")
        self.assertEqual([c["name"] for c in self.json_ok("list")["vcenters"]],
                         ["gone", "lab", "untrusted"])
        code, _, err = self.cli("remove", "wrong")
        self.assertEqual(code, 1)

    def test_inventory_and_actions(self):
        self.assertEqual(self.add()[0], 0)
        vms = self.json_ok("vms", "lab")["vms"]
        everything = self.json_ok("vms", "lab", "--all")["vms"]
        ready = self.sim.ready
        self.assertEqual(len(everything), ready["vms"] - ready["templates"])
        self.assertEqual(len(vms), len(everything) - ready["vcls"])
        self.assertFalse(any(v["name"].startswith("vCLS") for v in vms))
        self.assertTrue(any(v["name"].startswith("vCLS") for v in everything))
        for v in vms:
            self.assertEqual(set(v), VM_FIELDS)
        self.assertEqual([v["name"] for v in vms], sorted((v["name"] for v in vms), key=str.lower))
        self.assertTrue(any(len(v["ips"]) > 1 for v in vms), "a VM with several addresses")
        on = [v for v in vms if v["powerState"] == "poweredOn" and v["ips"]]
        self.assertTrue(on)
        self.assertTrue(all(v["cpus"] > 0 and v["memoryMB"] > 0 for v in vms))

        templates = self.json_ok("templates", "lab")["templates"]
        names = {t["name"]: t for t in templates}
        self.assertIn("tmpl-ubuntu-22.04-gpu", names)
        self.assertEqual(names["tmpl-ubuntu-22.04-gpu"]["source"], "vm")
        self.assertEqual(names["tmpl-ubuntu-22.04-gpu"]["folder"], "/DC0/vm/templates")
        hosts = self.json_ok("hosts", "lab")["hosts"]
        self.assertTrue(hosts)
        self.assertTrue(all(h["connectionState"] == "connected" for h in hosts))

        # Power: off, then on, read back.
        target = on[0]["name"]
        self.json_ok("power", "lab", target, "off")
        state = {v["name"]: v["powerState"] for v in self.json_ok("vms", "lab")["vms"]}
        self.assertEqual(state[target], "poweredOff")
        self.json_ok("power", "lab", target, "on")
        code, _, err = self.cli("power", "lab", "no-such-vm", "on")
        self.assertEqual(code, 1)
        self.assertIn("no VM named", err)

        # Clone with a static address into a chosen cluster, datastore and folder.
        cloned = self.json_ok("clone", "lab", "--template", "tmpl-ubuntu-22.04-gpu",
                              "--name", "llm-serve-01", "--cluster", "DC0_C0",
                              "--datastore", "LocalDS_0", "--folder", "/DC0/vm/prod",
                              "--ip", "10.99.0.11/24", "--gateway", "10.99.0.1")
        self.assertTrue(cloned["ok"])
        vm = {v["name"]: v for v in self.json_ok("vms", "lab")["vms"]}["llm-serve-01"]
        self.assertEqual(vm["folder"], "/DC0/vm/prod")
        self.assertEqual(vm["cluster"], "DC0_C0")
        code, _, err = self.cli("clone", "lab", "--template", "tmpl-ubuntu-22.04-gpu",
                                "--name", "llm-serve-01")
        self.assertEqual(code, 1)
        self.assertIn("already exists", err)
        code, _, err = self.cli("clone", "lab", "--template", "tmpl-ubuntu-22.04-gpu",
                                "--name", "x1", "--cluster", "nope")
        self.assertEqual(code, 1)
        self.assertIn("no cluster named", err)

        # Destroy (powered on first, so it is powered off before).
        self.json_ok("power", "lab", "llm-serve-01", "on")
        self.json_ok("destroy", "lab", "llm-serve-01")
        self.assertNotIn("llm-serve-01", [v["name"] for v in self.json_ok("vms", "lab")["vms"]])

        # Scale group: a pool of three addresses; out 2, out 2 (refused), in 1.
        self.json_ok("group", "add", "lab", "llm", "--template", "tmpl-ubuntu-22.04-gpu",
                     "--pattern", "llm-{n:02}", "--cluster", "DC0_C0", "--folder", "/DC0/vm/prod",
                     "--pool", "10.98.0.10-10.98.0.12", "--prefix", "24",
                     "--gateway", "10.98.0.1")
        out = self.json_ok("scale", "lab", "llm", "out", "2")
        self.assertEqual(out["result"], "success")
        self.assertEqual(out["vms"], ["llm-01 (10.98.0.10)", "llm-02 (10.98.0.11)"])
        code, out, err = self.cli("scale", "lab", "llm", "out", "2", "--json")
        self.assertEqual(code, 1)
        refused = json.loads(out)
        self.assertEqual(refused["result"], "failed")
        self.assertEqual(refused["done"], 0)
        self.assertIn("nothing was cloned", refused["message"])
        names = [v["name"] for v in self.json_ok("vms", "lab")["vms"]]
        self.assertIn("llm-02", names)
        self.assertNotIn("llm-03", names)
        out = self.json_ok("scale", "lab", "llm", "in", "1")
        self.assertEqual(out["vms"], ["llm-02"])
        names = [v["name"] for v in self.json_ok("vms", "lab")["vms"]]
        self.assertNotIn("llm-02", names)
        self.assertIn("llm-01", names)
        group = self.json_ok("group", "list", "lab")["groups"][0]
        self.assertEqual([m["name"] for m in group["members"]], ["llm-01"])
        self.assertEqual([e["result"] for e in group["events"]], ["success", "failed", "success"])

        # Every action is audited.
        env = dict(os.environ, FLEETDECK_PASSPHRASE=PASSPHRASE, FLEETDECK_SECRET_BACKEND="vault")
        p = subprocess.run([CLI, "--data-dir", self.data, "audit", "list", "--json"], env=env,
                           capture_output=True, text=True, timeout=60)
        actions = [e["action"] for e in json.loads(p.stdout)]
        for a in ("vcenter.add", "vcenter.power-off", "vcenter.clone", "vcenter.destroy",
                  "vcenter.scale-out", "vcenter.scale-in"):
            self.assertIn(a, actions)


if __name__ == "__main__":
    unittest.main()
