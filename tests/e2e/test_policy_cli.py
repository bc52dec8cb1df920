"""fleetdeck-cli policy …: the default set, list/show with sync state and history, apply (all or
nothing, one clear message with the line for bad YAML), delete rules, render against Karmada CRD
generations, and the failover timeline, through the real binary over a temporary data dir.
"""
import json
import os
import sqlite3
import subprocess
import tempfile
import unittest

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
HERE = os.path.dirname(os.path.abspath(__file__))
CRDS = os.path.join(HERE, "..", "data", "policy", "crds")


def run(data_dir, *args, stdin=None):
    env = dict(os.environ)
    env["FLEETDECK_DATA_DIR"] = ""
    env["USER"] = "e2e-admin"
    proc = subprocess.run([CLI, "--data-dir", data_dir, *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


class PolicyCli(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.dir = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def cli(self, *args, stdin=None, rc=0):
        code, out, err = run(self.dir, *args, stdin=stdin)
        self.assertEqual(code, rc, f"{args}: rc={code}\nstdout={out}\nstderr={err}")
        return out, err

    def json(self, *args, stdin=None):
        out, _ = self.cli(*args, "--json", stdin=stdin)
        return json.loads(out)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_defaults_once_then_kept(self):
        out, _ = self.cli("policy", "list")
        self.assertIn("policy defaults", out)  # the empty state says what to do
        first = self.json("policy", "defaults")
        self.assertEqual(len(first["created"]), 7)
        self.assertTrue(first["generalIsDefault"])
        again = self.json("policy", "defaults")
        self.assertEqual(again["created"], [])
        self.assertEqual(len(again["kept"]), 7)
        listed = self.json("policy", "list")
        self.assertEqual([s["name"] for s in listed["strategies"]],
                         ["general", "large-models", "small-models"])
        self.assertEqual(sorted(p["name"] for p in listed["profiles"]),
                         ["high-performance", "shared-gpu", "standard"])
        self.assertEqual([f["name"] for f in listed["failoverPolicies"]], ["standard"])
        self.assertEqual({s["syncState"] for s in listed["strategies"]}, {"unsynced"})
        self.assertEqual([s["name"] for s in listed["strategies"] if s["default"]], ["general"])
        audit = self.json("audit", "list")
        self.assertEqual([a["action"] for a in audit], ["policy.defaults"])

    def test_show_apply_history_and_audit(self):
        self.cli("policy", "defaults")
        shown = self.json("policy", "show", "failover", "standard")
        self.assertEqual(shown["spec"]["tolerationSeconds"], 300)
        self.assertEqual(shown["versions"][0]["action"], "created")
        self.assertEqual(shown["versions"][0]["changedBy"], "e2e-admin")
        # The text form is a policy file that applies as it is (history as comments).
        text, _ = self.cli("policy", "show", "failover", "standard")
        self.assertTrue(text.startswith("# v1 created "), text)
        edited = text.replace("tolerationSeconds: 300", "tolerationSeconds: 60")
        path = self.write("edited.yaml", edited)
        result = self.json("policy", "apply", path)
        self.assertEqual(result["updated"], ["failover/standard"])
        shown = self.json("policy", "show", "failover", "standard")
        self.assertEqual(shown["spec"]["tolerationSeconds"], 60)
        self.assertEqual(len(shown["versions"]), 2)
        latest = shown["versions"][0]
        self.assertEqual((latest["version"], latest["action"]), (2, "updated"))
        self.assertEqual(latest["changes"], [{"path": "tolerationSeconds", "from": 300, "to": 60}])
        # Applying the same file again changes nothing.
        self.assertEqual(self.json("policy", "apply", path)["unchanged"], ["failover/standard"])
        audit = self.json("audit", "list")
        self.assertEqual((audit[0]["action"], audit[0]["target"], audit[0]["detail"]),
                         ("policy.update", "failover/standard", "tolerationSeconds"))
        # From stdin, with a new policy.
        new = ("apiVersion: fleetdeck.io/v1alpha1\nkind: PolicySet\nfailoverPolicies:\n"
               "  - name: fast\n    tolerationSeconds: 30\n    purgeMode: Directly\n")
        self.assertEqual(self.json("policy", "apply", "-", stdin=new)["created"], ["failover/fast"])

    def test_bad_yaml_is_one_message_with_its_line(self):
        self.cli("policy", "defaults")
        path = self.write("bad.yaml", "apiVersion: fleetdeck.io/v1alpha1\nkind: PolicySet\n"
                                      "profiles:\n  - name: p\n    zoneA:\n      gpu: 2\n")
        out, err = self.cli("policy", "apply", path, rc=1)
        self.assertEqual(out, "")
        self.assertEqual(len(err.strip().splitlines()), 1, err)
        self.assertIn("Line 6", err)
        self.assertIn('"gpu"', err)
        self.assertIn("gpus", err)  # names what is allowed
        path = self.write("notyaml.yaml", "strategies: [unclosed\n")
        _, err = self.cli("policy", "apply", path, rc=1)
        self.assertIn("line", err.lower())
        self.assertEqual(self.json("policy", "list")["profiles"][0]["name"], "high-performance")

    def test_invalid_values_change_nothing(self):
        self.cli("policy", "defaults")
        path = self.write("mig.yaml", """apiVersion: fleetdeck.io/v1alpha1
kind: PolicySet
failoverPolicies:
  - name: quick
    tolerationSeconds: 10
profiles:
  - name: mig-nvlink
    zoneA:
      mig: true
      migProfile: 1g.10gb
      nvlink: true
""")
        _, err = self.cli("policy", "apply", path, rc=1)
        self.assertIn("MIG and NVLink conflict", err)
        self.assertIn("Nothing was changed", err)
        listed = self.json("policy", "list")
        self.assertNotIn("quick", [f["name"] for f in listed["failoverPolicies"]])
        # Warnings do not stop an apply; they are reported.
        path = self.write("warn.yaml", """apiVersion: fleetdeck.io/v1alpha1
kind: PolicySet
profiles:
  - name: busy
    zoneB:
      qosClass: LSR
      overcommit: true
""")
        result = self.json("policy", "apply", path)
        self.assertEqual(result["created"], ["profile/busy"])
        codes = {(f["severity"], f["code"]) for f in result["findings"]}
        self.assertIn(("warning", "overcommit-latency-sensitive"), codes)

    def test_delete_rules(self):
        self.cli("policy", "defaults")
        _, err = self.cli("policy", "delete", "profile", "standard", rc=1)
        self.assertIn("general", err)
        _, err = self.cli("policy", "delete", "failover", "standard", rc=1)
        self.assertIn("large-models", err)
        _, err = self.cli("policy", "delete", "strategy", "nope", rc=1)
        self.assertIn('no placement strategy named "nope"', err)
        _, err = self.cli("policy", "delete", "widget", "x", rc=2)
        self.assertIn("KIND must be strategy, profile or failover", err)
        out, err = self.cli("policy", "delete", "strategy", "general")
        self.assertEqual(out.strip(), "deleted strategy/general")
        self.assertIn("default strategy", err)
        self.cli("policy", "delete", "profile", "standard")
        # A strategy that deployments in the store use cannot go.
        con = sqlite3.connect(os.path.join(self.dir, "fleetdeck.db"))
        con.execute("INSERT INTO deployments (name, placement_policy_id, runtime, model, "
                    "created_at, updated_at) SELECT 'ollama-qwen', id, 'ollama', 'qwen2.5:7b', 1, 1 "
                    "FROM policies WHERE kind = 'placement' AND name = 'small-models'")
        con.commit()
        con.close()
        _, err = self.cli("policy", "delete", "strategy", "small-models", rc=1)
        self.assertIn("Deployments in the local store", err)
        history = self.json("policy", "show", "strategy", "small-models")["versions"]
        self.assertEqual(len(history), 1)

    def test_render_per_generation(self):
        self.cli("policy", "defaults")
        old = self.json("policy", "render", "--all", "--karmada-crds", os.path.join(CRDS, "v1.10.11"))
        new = self.json("policy", "render", "--karmada-crds", os.path.join(CRDS, "head"))
        self.assertEqual(old["generation"], "v1.6-v1.10")
        self.assertEqual(len(old["objects"]), 6)
        modes_old = {o["spec"]["failover"]["application"]["purgeMode"]
                     for o in old["objects"] if o["kind"] == "ClusterPropagationPolicy"}
        modes_new = {o["spec"]["failover"]["application"]["purgeMode"]
                     for o in new["objects"] if o["kind"] == "ClusterPropagationPolicy"}
        self.assertEqual((modes_old, modes_new), ({"Graciously"}, {"Gracefully"}))
        for o in new["objects"]:
            self.assertEqual(o["metadata"]["labels"]["fleetdeck.io/managed-by"], "fleetdeck")
            self.assertTrue(o["metadata"]["annotations"]["fleetdeck.io/applied-hash"].startswith("sha256:"))
        # YAML by default, only the named policies.
        out, _ = self.cli("policy", "render", "large-models", "standard")
        self.assertEqual(out.count("\nkind: "), 2, out)
        self.assertIn("name: fleetdeck-large-models", out)
        self.assertIn("kind: ClusterOverridePolicy", out)
        _, err = self.cli("policy", "render", "nope", rc=1)
        self.assertIn('"nope"', err)
        # Against a control plane the credentials come from the vault (test_policy_sync_cli.py
        # renders against a real one); without the passphrase it says how to give it.
        _, err = self.cli("policy", "render", "--control-plane", "karmada", rc=1)
        self.assertIn("FLEETDECK_PASSPHRASE", err)
        _, err = self.cli("policy", "render", "--karmada-crds", self.dir, rc=1)
        self.assertIn("no karmada policy crd", err.lower())

    def test_timeline(self):
        self.cli("policy", "defaults")
        phases = self.json("policy", "timeline", "standard")["phases"]
        self.assertEqual([(p["name"], p["startSeconds"], p["endSeconds"]) for p in phases], [
            ("failure", 0, 0), ("detection", 0, 300), ("eviction", 300, 305),
            ("rescheduling", 305, 335), ("gracePeriod", 300, 900), ("purge", 900, 905)])
        # A strategy's name gives its failover policy's timeline.
        self.assertEqual(self.json("policy", "timeline", "general")["phases"], phases)
        self.cli("policy", "apply", "-", stdin="""apiVersion: fleetdeck.io/v1alpha1
kind: PolicySet
failoverPolicies:
  - name: standard
    tolerationSeconds: 60
    purgeMode: Directly
""")
        phases = self.json("policy", "timeline", "standard")["phases"]
        self.assertEqual([(p["name"], p["startSeconds"], p["endSeconds"]) for p in phases], [
            ("failure", 0, 0), ("detection", 0, 60), ("eviction", 60, 65),
            ("rescheduling", 65, 95), ("purge", 60, 65)])
        out, _ = self.cli("policy", "timeline", "standard")
        self.assertIn("Detection (toleration)", out)
        self.assertIn("1 min", out)
        _, err = self.cli("policy", "timeline", "nope", rc=1)
        self.assertIn("no failover policy", err)


if __name__ == "__main__":
    unittest.main()
