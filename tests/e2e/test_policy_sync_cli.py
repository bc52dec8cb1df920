"""fleetdeck-cli policy sync / render --control-plane against the test API server with Karmada's
policy CRDs: a control plane registered and marked through `cluster join`, sync and check in
JSON, objects read back as an admin, an external object, an older Karmada generation
(v1.10.11: the old purge-mode words), a control plane that fails, and `policy adopt` of an
external ClusterOverridePolicy as a resource profile (and of Karmada's own example, refused);
namespaced PropagationPolicy / OverridePolicy objects listed as external, their adoption refused;
drift made with the real kubectl as another field manager (found from managedFields), a kubectl
write of the same value (no drift), and sync taking the field back and removing the fields only
kubectl set (never on an external object).
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kubefixture import KubeServer, find_kubectl  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
PASSPHRASE = "policy-sync-cli-passphrase"
CPP = "/apis/policy.karmada.io/v1alpha1/clusterpropagationpolicies"
COP = "/apis/policy.karmada.io/v1alpha1/clusteroverridepolicies"
SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "kubeapi",
                       "karmada", "samples")


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

    def kubectl(self, *args):
        p = subprocess.run([find_kubectl(), "--kubeconfig", os.path.join(self.tmp.name, self.vc), *args],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(p.returncode, 0, f"kubectl {args}: {p.stderr}")
        return p.stdout

    def owners(self, name):
        obj = json.loads(self.kubectl("get", "clusterpropagationpolicy", name, "-o", "json",
                                      "--show-managed-fields"))
        return {(e["manager"], e["operation"]): e["fieldsV1"] for e in obj["metadata"]["managedFields"]}

    def drifted(self):
        check = self.json("policy", "sync", "--check", "--control-plane", self.vc)
        return [(i["objectName"], i["driftedFields"]) for i in check["items"] if i["action"] == "drifted"]

    def test_kubectl_as_another_manager_is_drift_until_sync_takes_the_field_back(self):
        self.assertTrue(self.json("policy", "sync")["ok"])
        cpp = ("clusterpropagationpolicy", "fleetdeck-general")
        # kubectl writing the value Fleetdeck applied changes nothing: no drift, no new owner.
        self.kubectl("patch", *cpp, "--type", "merge", "-p", '{"spec":{"conflictResolution":"Abort"}}')
        self.assertEqual(self.drifted(), [])
        self.assertEqual(list(self.owners("fleetdeck-general")), [("fleetdeck", "Apply")])
        # A field Fleetdeck does not set, added by kubectl: only its owner (managedFields) shows it.
        self.kubectl("patch", *cpp, "--type", "merge", "-p", '{"spec":{"priority":7}}')
        self.assertEqual(self.owners("fleetdeck-general")[("kubectl-patch", "Update")],
                         {"f:spec": {"f:priority": {}}})
        self.assertEqual(self.drifted(), [("fleetdeck-general", ["spec.priority"])])
        text, _ = self.cli("policy", "sync", "--check")
        self.assertIn("fields: spec.priority", text)
        # Removed again: the field leaves its owner, and the policy is in sync.
        self.kubectl("patch", *cpp, "--type", "merge", "-p", '{"spec":{"priority":null}}')
        self.assertEqual(self.drifted(), [])
        # A field Fleetdeck applies, changed by kubectl: kubectl owns it now (Fleetdeck's apply lost it).
        self.kubectl("patch", *cpp, "--type", "merge", "-p", '{"spec":{"conflictResolution":"Overwrite"}}')
        owners = self.owners("fleetdeck-general")
        self.assertEqual(owners[("kubectl-patch", "Update")], {"f:spec": {"f:conflictResolution": {}}})
        self.assertNotIn("f:conflictResolution", owners[("fleetdeck", "Apply")]["f:spec"])
        self.assertEqual(self.drifted(), [("fleetdeck-general", ["spec.conflictResolution"])])
        # And two fields Fleetdeck does not render, one of them nested: only kubectl owns them.
        self.kubectl("patch", *cpp, "--type", "merge", "-p",
                     '{"spec":{"priority":7,"suspension":{"dispatching":true}}}')
        self.assertEqual(self.drifted(), [("fleetdeck-general", ["spec.conflictResolution", "spec.priority",
                                                                 "spec.suspension.dispatching"])])
        # Sync applies with force (Fleetdeck owns conflictResolution again), then removes what only
        # kubectl set (a forced apply leaves it): the object is what Fleetdeck declares, in sync.
        synced = self.json("policy", "sync")
        self.assertTrue(synced["ok"], synced)
        changed = [i for i in synced["items"] if i["action"] != "unchanged"]
        self.assertEqual([(i["objectName"], i["action"], i["state"], i["removedFields"]) for i in changed],
                         [("fleetdeck-general", "updated", "synced", ["spec.priority", "spec.suspension"])])
        self.assertIn("Removed spec.priority, spec.suspension, which another field manager had set",
                      changed[0]["message"])
        self.assertTrue(all(i["removedFields"] == [] for i in synced["items"] if i["action"] == "unchanged"))
        _, obj = self.kube.json("GET", CPP + "/fleetdeck-general", virtual_cluster=self.vc)
        self.assertNotIn("priority", obj["spec"])
        self.assertNotIn("suspension", obj["spec"])
        self.assertEqual(obj["spec"]["conflictResolution"], "Abort")
        rendered = self.json("policy", "render", "--control-plane", self.vc)
        general = next(o for o in rendered["objects"] if o["metadata"]["name"] == "fleetdeck-general")
        self.assertEqual(obj["spec"], general["spec"])
        owners = self.owners("fleetdeck-general")
        self.assertEqual(list(owners), [("fleetdeck", "Apply")])
        self.assertIn("f:conflictResolution", owners[("fleetdeck", "Apply")]["f:spec"])
        self.assertEqual(self.drifted(), [])
        check = self.json("policy", "sync", "--check")
        self.assertEqual({i["state"] for i in check["items"]}, {"synced"}, check)
        # A second sync changes nothing.
        rv = obj["metadata"]["resourceVersion"]
        again = self.json("policy", "sync")
        self.assertEqual({(i["action"], tuple(i["removedFields"])) for i in again["items"]}, {("unchanged", ())})
        _, obj = self.kube.json("GET", CPP + "/fleetdeck-general", virtual_cluster=self.vc)
        self.assertEqual(obj["metadata"]["resourceVersion"], rv)

    def test_sync_never_removes_fields_of_external_objects(self):
        # Someone else's object with a field Fleetdeck never sets: listed, never written.
        ext = {"apiVersion": "policy.karmada.io/v1alpha1", "kind": "ClusterPropagationPolicy",
               "metadata": {"name": "hand-made"},
               "spec": {"priority": 3, "resourceSelectors": [{"apiVersion": "apps/v1", "kind": "Deployment"}]}}
        self.assertEqual(self.kube.json("POST", CPP, ext, virtual_cluster=self.vc)[0], 201)
        self.assertTrue(self.json("policy", "sync")["ok"])
        _, obj = self.kube.json("GET", CPP + "/hand-made", virtual_cluster=self.vc)
        self.assertEqual(obj["spec"]["priority"], 3)

    def test_namespaced_policies_not_listable_are_reported(self):
        denied = ('overridepolicies.policy.karmada.io is forbidden: User "ops" cannot list resource '
                  '"overridepolicies" in API group "policy.karmada.io" at the cluster scope')
        self.kube.set_knobs({"fail": {"method": "GET", "path": "v1alpha1/overridepolicies$", "status": 403,
                                      "reason": "Forbidden", "message": denied}}, virtual_cluster=self.vc)
        sentence = f"Namespaced OverridePolicy objects could not be listed: {denied}; they are not compared."
        report = self.json("policy", "sync")
        self.assertTrue(report["ok"], report)
        self.assertEqual(report["notCompared"], [sentence])
        self.assertEqual(sorted(i["action"] for i in report["items"]), ["created"] * 6)
        _, err = self.cli("policy", "sync", "--check")
        self.assertIn(f"warning: {sentence}", err)
        self.kube.set_knobs({"fail": None}, virtual_cluster=self.vc)
        self.assertEqual(self.json("policy", "sync", "--check")["notCompared"], [])

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

    def test_adopt_external_override_policy_as_profile(self):
        # Fleetdeck's own rendering of "standard", made on the control plane by someone else.
        rendered = self.json("policy", "render", "standard", "--control-plane", self.vc)
        cop = next(o for o in rendered["objects"] if o["kind"] == "ClusterOverridePolicy")
        cop["metadata"] = {"name": "gitops-standard"}
        self.assertEqual(self.kube.json("POST", COP, cop, virtual_cluster=self.vc)[0], 201)
        # Karmada's own example (clusterNames, replace /spec/replicas): not representable.
        with open(os.path.join(SAMPLES, "artifacts-example_clusteroverridepolicy.json")) as f:
            example = json.load(f)[0]
        self.assertEqual(self.kube.json("POST", COP, example, virtual_cluster=self.vc)[0], 201)
        check = self.json("policy", "sync", "--check")
        self.assertEqual(sorted((i["kind"], i["objectName"], i["action"]) for i in check["external"]),
                         [("profile", "example-cluster-override", "external"),
                          ("profile", "gitops-standard", "external")])

        refused = self.json("policy", "adopt", "ClusterOverridePolicy", "example-cluster-override",
                            rc=1)
        self.assertFalse(refused["ok"])
        self.assertEqual(refused["field"], "spec.overrideRules[0].targetCluster.clusterNames")
        self.assertIn("example-cluster-override", refused["error"])
        self.assertIn(refused["field"], refused["error"])
        _, err = self.cli("policy", "adopt", "ClusterOverridePolicy", "example-cluster-override", rc=1)
        self.assertIn("spec.overrideRules[0].targetCluster.clusterNames", err)
        _, obj = self.kube.json("GET", COP + "/example-cluster-override", virtual_cluster=self.vc)
        self.assertNotIn("fleetdeck.io/adopted-as", obj["metadata"].get("annotations", {}))

        adopted = self.json("policy", "adopt", "ClusterOverridePolicy", "gitops-standard")
        self.assertEqual(adopted, {"ok": True, "objectKind": "ClusterOverridePolicy",
                                   "objectName": "gitops-standard",
                                   "created": ["profile/gitops-standard"],
                                   "notCarried": ["spec.resourceSelectors"],
                                   "applies": "fleetdeck-gitops-standard"})
        listed = self.json("policy", "list")
        profiles = {p["name"]: p for p in listed["profiles"]}
        self.assertIn("gitops-standard", profiles)
        for key in ("zoneA", "zoneB"):
            self.assertEqual(profiles["gitops-standard"][key], profiles["standard"][key], key)
        _, obj = self.kube.json("GET", COP + "/gitops-standard", virtual_cluster=self.vc)
        self.assertEqual(obj["metadata"]["annotations"]["fleetdeck.io/adopted-as"],
                         "profile/gitops-standard")
        # No longer listed as external, even before the next check.
        self.assertEqual([e["objectName"] for e in listed["external"]], ["example-cluster-override"])
        # Adopting twice is refused (a profile of that name exists now).
        self.json("policy", "adopt", "ClusterOverridePolicy", "gitops-standard", rc=1)
        synced = self.json("policy", "sync")
        self.assertTrue(synced["ok"], synced)
        mine = next(i for i in synced["items"] if i["objectName"] == "fleetdeck-gitops-standard")
        self.assertEqual(mine["action"], "created")
        self.assertEqual([e["objectName"] for e in self.json("policy", "list")["external"]],
                         ["example-cluster-override"])
        _, obj = self.kube.json("GET", COP + "/fleetdeck-gitops-standard", virtual_cluster=self.vc)
        self.assertEqual(obj["spec"]["overrideRules"], cop["spec"]["overrideRules"])
        # Other kinds, and a wrong command line.
        _, err = self.cli("policy", "adopt", "ResourceBinding", "x", rc=1)
        self.assertIn("ClusterOverridePolicy", err)
        self.cli("policy", "adopt", "ClusterOverridePolicy", rc=2)

    def test_namespaced_policies_are_listed_and_adoption_is_refused(self):
        # Karmada's own namespaced examples, in two namespaces.
        self.assertEqual(self.kube.json("POST", "/api/v1/namespaces", {"metadata": {"name": "team-a"}},
                                        virtual_cluster=self.vc)[0], 201)
        for sample, plural, ns in (("nginx_propagationpolicy.json", "propagationpolicies", "default"),
                                   ("artifacts-example_overridepolicy_simple.json", "overridepolicies",
                                    "team-a")):
            with open(os.path.join(SAMPLES, sample)) as f:
                obj = json.load(f)[0]
            obj["metadata"]["namespace"] = ns
            path = f"/apis/policy.karmada.io/v1alpha1/namespaces/{ns}/{plural}"
            self.assertEqual(self.kube.json("POST", path, obj, virtual_cluster=self.vc)[0], 201)
        expected = [("profile", "OverridePolicy", "team-a/example-override", "external"),
                    ("strategy", "PropagationPolicy", "default/nginx-propagation", "external")]
        for args in (("--check",), ()):
            result = self.json("policy", "sync", *args)
            self.assertTrue(result["ok"], result)
            self.assertEqual(sorted((i["kind"], i["objectKind"], i["objectName"], i["action"])
                                    for i in result["external"]), expected)
            self.assertIn("namespace default",
                          next(i["message"] for i in result["external"]
                               if i["objectKind"] == "PropagationPolicy"))
        listed = self.json("policy", "list")
        self.assertEqual(sorted((e["kind"], e["objectKind"], e["name"], e["state"])
                                for e in listed["external"]), expected)
        text, _ = self.cli("policy", "list")
        self.assertRegex(text, r"strategy\s+default/nginx-propagation\s+external\s+PropagationPolicy")
        text, _ = self.cli("policy", "sync", "--check")
        self.assertIn("external   PropagationPolicy/default/nginx-propagation", text)

        refused = self.json("policy", "adopt", "PropagationPolicy", "default/nginx-propagation", rc=1)
        self.assertEqual(refused, {
            "ok": False, "objectKind": "PropagationPolicy", "objectName": "default/nginx-propagation",
            "field": "metadata.namespace",
            "error": "PropagationPolicy default/nginx-propagation applies only in namespace default, "
                     "and a Fleetdeck placement strategy cannot be limited to one namespace; keep it "
                     "as it is, or create a strategy in Fleetdeck for every namespace."})
        _, err = self.cli("policy", "adopt", "OverridePolicy", "team-a/example-override", rc=1)
        self.assertIn("namespace team-a", err)
        self.assertIn("resource profile", err)
        _, err = self.cli("policy", "adopt", "OverridePolicy", "example-override", rc=1)
        self.assertIn("NAMESPACE/NAME", err)
        # Nothing adopted, nothing touched, still listed.
        _, obj = self.kube.json("GET", "/apis/policy.karmada.io/v1alpha1/namespaces/default/"
                                "propagationpolicies/nginx-propagation", virtual_cluster=self.vc)
        self.assertNotIn("fleetdeck.io/adopted-as", obj["metadata"].get("annotations", {}))
        listed = self.json("policy", "list")
        self.assertEqual(len(listed["strategies"]), 3)
        self.assertEqual(len(listed["external"]), 2)

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
