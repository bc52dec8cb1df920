#!/usr/bin/env python3
"""The real Prometheus + Alertmanager peer the metrics tests (and the CLI's e2e tests) run
against: it starts in seconds, holds the generated dcgm-exporter history exactly as the truth
file says (XIDs, the exporter gap, NaN samples, both host label spellings, MIG instances without
GPU_UTIL), scrapes the live exporter, fires its rules into the Alertmanager, silences one, and
leaves no process behind."""

import math
import os
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from promfixture import PromServer  # noqa: E402


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone for our purposes
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


class PrometheusFixtureTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.prom = PromServer().start()
        print("fixture start-up: %.2f s %s" % (cls.prom.startup_seconds, cls.prom.ready["startupSeconds"]))

    @classmethod
    def tearDownClass(cls):
        pids = cls.prom.child_pids
        cls.prom.cleanup()
        for pid in pids:
            deadline = time.monotonic() + 10
            while alive(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert not alive(pid), "fixture child %d is still running" % pid

    def test_build_and_scale(self):
        info = self.prom.get(self.prom.url, "/api/v1/status/buildinfo")["data"]
        self.assertTrue(info["version"].startswith("2."))
        gpus = self.prom.query("count(DCGM_FI_DEV_GPU_TEMP)")["result"]
        self.assertEqual(gpus[0]["value"][1], "19")  # 14 whole GPUs + 5 MIG instances
        hosts = self.prom.get(self.prom.url, "/api/v1/label/Hostname/values")["data"]
        lower = self.prom.get(self.prom.url, "/api/v1/label/hostname/values")["data"]
        self.assertEqual(hosts, ["gpu-node-a"])
        self.assertEqual(lower, ["gpu-node-b"])

    def test_mig_instances_have_no_gpu_util(self):
        util = self.prom.query('count(DCGM_FI_DEV_GPU_UTIL{GPU_I_ID!=""})')["result"]
        self.assertEqual(util, [])
        engine = self.prom.query('count(DCGM_FI_PROF_GR_ENGINE_ACTIVE{GPU_I_ID!=""})')["result"]
        self.assertEqual(engine[0]["value"][1], "5")

    def test_history_matches_truth(self):
        truth = self.prom.truth
        for x in truth["xids"]:
            host = "Hostname" if x["node"] == "gpu-node-a" else "hostname"
            sel = '%s="%s",gpu="%d"' % (host, x["node"], x["gpu"])
            if x["migInstance"] is not None:
                sel += ',GPU_I_ID="%d"' % x["migInstance"]
            r = self.prom.query("max_over_time(DCGM_FI_DEV_XID_ERRORS{%s}[2m])" % sel, x["end"])["result"]
            self.assertEqual([float(s["value"][1]) for s in r], [float(x["code"])], x)
        gap = truth["gaps"][0]
        inside = self.prom.query('count_over_time(DCGM_FI_DEV_GPU_TEMP{hostname="gpu-node-b"}[10m])',
                                 gap["end"] - 120)["result"]
        self.assertEqual(inside, [])
        up = self.prom.query('min_over_time(up{instance="gpu-node-b:9400"}[10m])', gap["end"] - 120)["result"]
        self.assertEqual(up[0]["value"][1], "0")
        nan = truth["nanPower"][0]
        r = self.prom.query('DCGM_FI_DEV_POWER_USAGE{Hostname="gpu-node-a",gpu="6"}', nan["start"] + 120)["result"]
        self.assertTrue(math.isnan(float(r[0]["value"][1])))

    def test_live_scrape_rules_and_alertmanager(self):
        deadline = time.monotonic() + 60
        while True:
            targets = self.prom.get(self.prom.url, "/api/v1/targets")["data"]["activeTargets"]
            alerts = self.prom.get(self.prom.alertmanager_url, "/api/v2/alerts")
            names = {(a["labels"]["alertname"], a["status"]["state"]) for a in alerts}
            if (len(targets) == 2 and all(t["health"] == "up" for t in targets)
                    and ("GpuTooHot", "active") in names and ("GpuFramebufferFull", "suppressed") in names):
                break
            self.assertLess(time.monotonic(), deadline, (targets, names))
            time.sleep(0.5)
        silences = self.prom.get(self.prom.alertmanager_url, "/api/v2/silences")
        self.assertEqual([s["id"] for s in silences], [self.prom.ready["silenceId"]])

    def test_exporter_down_is_a_gap_and_an_alert(self):
        self.assertTrue(self.prom.set_exporter_mode("gpu-node-a", "down"))
        try:
            deadline = time.monotonic() + 60
            while True:
                firing = [a for a in self.prom.get(self.prom.url, "/api/v1/alerts")["data"]["alerts"]
                          if a["labels"]["alertname"] == "DcgmExporterDown" and a["state"] == "firing"]
                if firing:
                    break
                self.assertLess(time.monotonic(), deadline)
                time.sleep(0.5)
            self.assertEqual(firing[0]["labels"]["instance"], "gpu-node-a:9400")
        finally:
            self.prom.set_exporter_mode("gpu-node-a", "ok")


if __name__ == "__main__":
    unittest.main(verbosity=2)
