"""Two policy syncs against one control plane: the cross-process guard (a coordination.k8s.io/v1
Lease `fleetdeck-policy-sync` on the control plane). Two `fleetdeck-cli policy sync` processes
started together (two admins, two data dirs): exactly one syncs, the other is refused and says
who holds the lease; the lease is released at the end (holder cleared) so the next sync goes
through; a fresh lease held by someone else refuses the sync and changes nothing; a stale one
(renewTime older than its duration: its holder crashed) is watched for its duration, then taken
over, counting the transition; a renewal refused part way stops the sync;
a control plane with karmada-system keeps the lease there, one without uses kube-system.
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kubefixture import KubeServer  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
PASSPHRASE = "policy-sync-lease-passphrase"
LEASE = "/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/fleetdeck-policy-sync"


def micro(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class PolicySyncLeaseCli(unittest.TestCase):
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
        PolicySyncLeaseCli.serial += 1
        self.vc = f"lease-cp{PolicySyncLeaseCli.serial}"
        self.admins = [self.setup_admin("a"), self.setup_admin("b")]

    def setup_admin(self, who):
        # Each admin has their own data dir and joins their own member (which marks the
        # control plane in their registry).
        data = os.path.join(self.tmp.name, "data-" + who)
        member = f"lease-{who}{PolicySyncLeaseCli.serial}"
        for vc in (self.vc, member):
            path = os.path.join(self.tmp.name, f"{who}-{vc}")
            self.kube.write_kubeconfig(path, virtual_cluster=vc)
            self.run_cli(data, "cluster", "import", path)
        self.run_cli(data, "cluster", "join", member, "--karmada", self.vc)
        self.run_cli(data, "policy", "defaults")
        return data

    def tearDown(self):
        self.kube.clear_knobs(virtual_cluster=self.vc)
        self.tmp.cleanup()

    def env(self, user):
        env = dict(os.environ)
        env["FLEETDECK_SECRET_BACKEND"] = "vault"
        env["FLEETDECK_PASSPHRASE"] = PASSPHRASE
        env["HOME"] = self.tmp.name
        env["USER"] = user
        return env

    def run_cli(self, data, *args, rc=0, user="tester"):
        p = subprocess.run([CLI, "--data-dir", data, *args], env=self.env(user), capture_output=True,
                           text=True, timeout=120)
        self.assertEqual(p.returncode, rc, f"{args}: rc={p.returncode}\n{p.stdout}\n{p.stderr}")
        return p.stdout

    def lease(self, ns):
        return self.kube.json("GET", LEASE.format(ns=ns), virtual_cluster=self.vc)

    def test_two_syncs_at_once_exactly_one_proceeds(self):
        # Every request to the control plane takes a while, so the two syncs overlap.
        self.kube.set_knobs({"latencyMs": 150}, virtual_cluster=self.vc)
        procs = [subprocess.Popen([CLI, "--data-dir", data, "policy", "sync", "--json"],
                                  env=self.env(user), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
                 for data, user in zip(self.admins, ("alice", "bob"))]
        results = []
        for p in procs:
            out, err = p.communicate(timeout=180)
            results.append((p.returncode, json.loads(out), err))
        ok = [r for r in results if r[0] == 0]
        refused = [r for r in results if r[0] != 0]
        self.assertEqual(len(ok), 1, results)
        self.assertEqual(len(refused), 1, results)
        self.assertTrue(ok[0][1]["ok"])
        self.assertEqual(sorted(i["action"] for i in ok[0][1]["items"]), ["created"] * 6)
        error = refused[0][1]["error"]
        winner = "alice" if ok[0] is results[0] else "bob"
        self.assertIn(f"Another policy sync with {self.vc} is running (held by {winner}@", error)
        self.assertIn(" pid ", error)
        self.assertEqual(refused[0][1]["items"], [])
        # Released at the end: no holder; the kube-system fallback (no karmada-system here).
        code, lease = self.lease("kube-system")
        self.assertEqual(code, 200, lease)
        self.assertNotIn("holderIdentity", lease["spec"])
        self.assertEqual(self.lease("karmada-system")[0], 404)
        # So the refused admin syncs now.
        self.kube.clear_knobs(virtual_cluster=self.vc)
        loser = self.admins[1] if winner == "alice" else self.admins[0]
        again = json.loads(self.run_cli(loser, "policy", "sync", "--json"))
        self.assertTrue(again["ok"], again)

    def test_a_lost_lease_stops_the_sync(self):
        # Slow answers so the sync outlives its first renewal (every 5 s), and every PATCH of the
        # lease refused as if someone else had written it: the renewal loses the lease and the
        # sync makes no further write.
        self.kube.set_knobs({"latencyMs": 900,
                             "fail": {"method": "PATCH", "path": "leases/fleetdeck-policy-sync",
                                      "status": 409, "count": -1}}, virtual_cluster=self.vc)
        p = subprocess.run([CLI, "--data-dir", self.admins[0], "policy", "sync"], env=self.env("alice"),
                           capture_output=True, text=True, timeout=180)
        self.kube.clear_knobs(virtual_cluster=self.vc)
        self.assertEqual(p.returncode, 1, f"{p.stdout}\n{p.stderr}")
        self.assertIn(f"The policy sync with {self.vc} stopped because its lease was lost "
                      "(someone else changed it)", p.stderr)
        # What was done is listed; every write not made is failed with the reason.
        failed = [line for line in p.stdout.splitlines() if line.strip().startswith("failed")]
        self.assertTrue(failed, p.stdout)
        for line in failed:
            self.assertIn("lease was lost", line)
        listed = json.loads(self.run_cli(self.admins[0], "policy", "list", "--json"))
        states = [s["syncState"] for s in listed["strategies"] + listed["profiles"]]
        self.assertIn("failed", states)
        # Nothing was written after the loss: what the control plane holds is what was created.
        created = [line.split()[1] for line in p.stdout.splitlines()
                   if line.strip().startswith("created")]
        for line in failed:
            kind, name = line.split()[1].split("/", 1)
            plural = {"ClusterPropagationPolicy": "clusterpropagationpolicies",
                      "ClusterOverridePolicy": "clusteroverridepolicies"}[kind]
            code, _ = self.kube.json("GET", f"/apis/policy.karmada.io/v1alpha1/{plural}/{name}",
                                     virtual_cluster=self.vc)
            self.assertEqual(code, 404, (line, created))

    def test_a_held_lease_refuses_and_a_stale_one_is_taken_over(self):
        # The control plane has karmada-system (as Karmada's has): the lease lives there.
        code, body = self.kube.json("POST", "/api/v1/namespaces",
                                    {"apiVersion": "v1", "kind": "Namespace",
                                     "metadata": {"name": "karmada-system"}}, virtual_cluster=self.vc)
        self.assertEqual(code, 201, body)
        now = datetime.datetime.now(datetime.timezone.utc)
        lease = {"apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
                 "metadata": {"name": "fleetdeck-policy-sync", "namespace": "karmada-system"},
                 "spec": {"holderIdentity": "carol@ws9 pid 4242", "leaseDurationSeconds": 15,
                          "acquireTime": micro(now), "renewTime": micro(now), "leaseTransitions": 3}}
        code, body = self.kube.json("POST", "/apis/coordination.k8s.io/v1/namespaces/karmada-system/leases",
                                    lease, virtual_cluster=self.vc)
        self.assertEqual(code, 201, body)
        out = json.loads(self.run_cli(self.admins[0], "policy", "sync", "--json", rc=1))
        self.assertFalse(out["ok"])
        self.assertIn("held by carol@ws9 pid 4242", out["error"])
        # Nothing was written, and the policies are not marked failed by it.
        code, body = self.kube.json("GET", "/apis/policy.karmada.io/v1alpha1/clusterpropagationpolicies",
                                    virtual_cluster=self.vc)
        self.assertEqual(body["items"], [])
        listed = json.loads(self.run_cli(self.admins[0], "policy", "list", "--json"))
        states = {p["syncState"] for kind in ("strategies", "profiles", "failoverPolicies")
                  for p in listed[kind]}
        self.assertEqual(states, {"unsynced"})
        self.assertEqual(self.lease("karmada-system")[1]["spec"]["holderIdentity"], "carol@ws9 pid 4242")

        # Carol's process died an hour ago: the lease is stale and taken over.
        code, current = self.lease("karmada-system")
        old = now - datetime.timedelta(hours=1)
        current["spec"]["renewTime"] = micro(old)
        code, body = self.kube.json("PUT", LEASE.format(ns="karmada-system"), current,
                                    virtual_cluster=self.vc)
        self.assertEqual(code, 200, body)
        out = json.loads(self.run_cli(self.admins[0], "policy", "sync", "--json", user="dave"))
        self.assertTrue(out["ok"], out)
        code, after = self.lease("karmada-system")
        self.assertEqual(after["spec"]["leaseTransitions"], 4)
        self.assertNotIn("holderIdentity", after["spec"])  # released
        self.assertEqual(self.lease("kube-system")[0], 404)

    def test_check_needs_no_lease(self):
        # A check writes nothing on the control plane, so a held lease does not stop it.
        now = datetime.datetime.now(datetime.timezone.utc)
        lease = {"apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
                 "metadata": {"name": "fleetdeck-policy-sync", "namespace": "kube-system"},
                 "spec": {"holderIdentity": "erin@ws2 pid 7", "leaseDurationSeconds": 15,
                          "renewTime": micro(now)}}
        code, body = self.kube.json("POST", "/apis/coordination.k8s.io/v1/namespaces/kube-system/leases",
                                    lease, virtual_cluster=self.vc)
        self.assertEqual(code, 201, body)
        out = json.loads(self.run_cli(self.admins[0], "policy", "sync", "--check", "--json"))
        self.assertTrue(out["ok"], out)
        self.assertEqual(self.lease("kube-system")[1]["spec"]["holderIdentity"], "erin@ws2 pid 7")


if __name__ == "__main__":
    unittest.main()
