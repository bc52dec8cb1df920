#!/usr/bin/env python3
"""fleetdeck-cli metrics add --alertmanager, metrics list and metrics test against the real
Prometheus and Alertmanager (tests/servers/prometheus): the Alertmanager URL is stored with the
endpoint (schema step 11), listed (null when none), tested on its own and reported in its own field;
a dead Alertmanager fails the test with its own sentence while Prometheus stays ok."""

import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from promfixture import PromServer  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
PASSPHRASE = "metrics-am-cli-test-passphrase"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AlertmanagerCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.prom = PromServer(alertmanager=True).start()
        cls.tmp = tempfile.TemporaryDirectory()
        cls.data = os.path.join(cls.tmp.name, "data")

    @classmethod
    def tearDownClass(cls):
        cls.prom.cleanup()
        cls.tmp.cleanup()

    def cli(self, *args):
        e = dict(os.environ)
        e["FLEETDECK_SECRET_BACKEND"] = "vault"
        e["HOME"] = self.tmp.name
        e["FLEETDECK_PASSPHRASE"] = PASSPHRASE
        p = subprocess.run([CLI, "--data-dir", self.data, *args], env=e, capture_output=True, text=True,
                           timeout=180)
        return p.returncode, p.stdout, p.stderr

    def ok_json(self, *args):
        code, out, err = self.cli(*args, "--json")
        self.assertEqual(code, 0, err)
        return json.loads(out)

    def test_add_list_test_remove(self):
        added = self.ok_json("metrics", "add", "with-am", "--url", self.prom.url,
                             "--alertmanager", self.prom.alertmanager_url)
        self.assertEqual(added["alertmanager"], self.prom.alertmanager_url)
        self.ok_json("metrics", "add", "without-am", "--url", self.prom.url)
        listed = {e["name"]: e for e in self.ok_json("metrics", "list")["endpoints"]}
        self.assertEqual(listed["with-am"]["alertmanager"], self.prom.alertmanager_url)
        self.assertIn("alertmanager", listed["without-am"])
        self.assertIsNone(listed["without-am"]["alertmanager"])
        # Every field that was there before is still there.
        for key in ("name", "cluster", "route", "url", "service", "auth", "username", "customCa", "insecure",
                    "pinnedSha256"):
            self.assertIn(key, listed["with-am"])

        tested = self.ok_json("metrics", "test", "with-am")
        self.assertTrue(tested["ok"])
        self.assertTrue(tested["alertmanager"]["ok"], tested)
        self.assertEqual(tested["alertmanager"]["url"], self.prom.alertmanager_url)
        self.assertRegex(tested["alertmanager"]["version"], r"^\d+\.\d+")
        self.assertGreaterEqual(tested["alertmanager"]["latencyMs"], 0)
        self.assertIsNone(self.ok_json("metrics", "test", "without-am")["alertmanager"])
        code, out, err = self.cli("metrics", "test", "with-am")
        self.assertEqual(code, 0, err)
        self.assertIn("ok, Alertmanager", out)

        # Stored in its own endpoints row, referenced by step 11's column.
        db = sqlite3.connect(os.path.join(self.data, "fleetdeck.db"))
        try:
            row = db.execute("SELECT e.url FROM prometheus_endpoints p JOIN endpoints e "
                             "ON e.id = p.alertmanager_endpoint_id WHERE p.name = 'with-am'").fetchone()
        finally:
            db.close()
        self.assertEqual(row[0], self.prom.alertmanager_url)

        # Removing the endpoint removes its Alertmanager's row too.
        self.ok_json("metrics", "remove", "with-am")
        self.ok_json("metrics", "remove", "without-am")
        db = sqlite3.connect(os.path.join(self.data, "fleetdeck.db"))
        try:
            self.assertEqual(db.execute("SELECT COUNT(*) FROM endpoints").fetchone()[0], 0)
        finally:
            db.close()

    def test_dead_alertmanager_fails_on_its_own(self):
        dead = "http://127.0.0.1:%d" % free_port()
        self.ok_json("metrics", "add", "dead-am", "--url", self.prom.url, "--alertmanager", dead)
        code, out, err = self.cli("metrics", "test", "dead-am", "--json")
        self.assertEqual(code, 1, err)
        o = json.loads(out)
        self.assertTrue(o["ok"], o)  # Prometheus itself answers
        self.assertFalse(o["alertmanager"]["ok"])
        self.assertEqual(o["alertmanager"]["category"], "network")
        self.assertTrue(o["alertmanager"]["error"])
        said = [l for l in err.splitlines() if l.startswith("fleetdeck-cli: ")]
        self.assertEqual(len(said), 1, err)  # one sentence, the Alertmanager's
        self.assertIn("127.0.0.1", said[0])
        self.ok_json("metrics", "remove", "dead-am")

    def test_bad_alertmanager_url_is_a_usage_error(self):
        code, out, err = self.cli("metrics", "add", "bad", "--url", self.prom.url, "--alertmanager", "ftp://x")
        self.assertEqual(code, 2, err)
        self.assertIn("--alertmanager", err)

    def test_urls_with_a_password_are_refused(self):
        # A password in a URL would be stored in the database and printed by `metrics list`.
        secret = "hunter2-in-the-url"
        host = self.prom.url.split("://", 1)[1]
        for args in (["--url", "http://admin:%s@%s" % (secret, host)],
                     ["--url", self.prom.url, "--alertmanager", "http://admin:%s@%s" % (secret, host)]):
            code, out, err = self.cli("metrics", "add", "with-password", *args)
            self.assertEqual(code, 2, err)
            self.assertIn("without a user name or password", err)
            self.assertNotIn(secret, out + err)
        self.assertNotIn("with-password", json.dumps(self.ok_json("metrics", "list")))


if __name__ == "__main__":
    unittest.main()
