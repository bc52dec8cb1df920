"""fleetdeck-cli store/audit/vault commands against real data directories.

Runs the CLI binary from $FLEETDECK_CLI with --data-dir pointing at temporary directories and
checks exit codes, messages and that damaged or newer databases are left byte-for-byte intact.
"""
import csv
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")


def run(data_dir, *args, stdin=None, env_extra=None):
    env = dict(os.environ)
    env.pop("FLEETDECK_PASSPHRASE", None)
    env["FLEETDECK_DATA_DIR"] = ""
    env.setdefault("FLEETDECK_SECRET_BACKEND", "vault")
    if env_extra:
        env.update(env_extra)
    proc = subprocess.run([CLI, "--data-dir", data_dir, *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class StoreCli(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.dir = self._tmp.name
        self.db = os.path.join(self.dir, "fleetdeck.db")

    def tearDown(self):
        self._tmp.cleanup()

    def seed_audit(self, rows):
        rc, _, err = run(self.dir, "store", "info")
        self.assertEqual(rc, 0, err)
        con = sqlite3.connect(self.db)
        con.executemany("INSERT INTO audit_log (time, action, target, result, detail) "
                        "VALUES (?, ?, ?, ?, ?)", rows)
        con.commit()
        con.close()

    def test_store_info_creates_and_reports(self):
        rc, out, err = run(self.dir, "store", "info", "--json")
        self.assertEqual(rc, 0, err)
        self.assertEqual(err, "")
        info = json.loads(out)
        self.assertEqual(info["path"], self.db)
        self.assertGreaterEqual(info["schemaVersion"], 2)
        self.assertEqual(info["schemaVersion"], info["latestSchemaVersion"])
        rc, out, _ = run(self.dir, "store", "info")
        self.assertEqual(rc, 0)
        self.assertIn("Schema version: %d" % info["schemaVersion"], out)

    def test_unknown_option_is_usage_error(self):
        for args in (["store", "info", "--bogus"], ["audit", "list", "--nope"],
                     ["audit", "list", "--limit"], ["audit", "frob"], ["store"],
                     ["audit", "list", "--since", "yesterday"]):
            rc, out, err = run(self.dir, *args)
            self.assertEqual(rc, 2, args)
            self.assertIn("Usage: fleetdeck-cli", err, args)

    def test_corrupt_database_one_clear_message(self):
        garbage = os.urandom(8192)
        with open(self.db, "wb") as f:
            f.write(garbage)
        for args in (["store", "info"], ["audit", "list"], ["vault", "status"]):
            rc, out, err = run(self.dir, *args)
            self.assertEqual(rc, 1, args)
            lines = [l for l in err.splitlines() if l.strip()]
            self.assertEqual(len(lines), 1, err)
            self.assertIn("damaged", lines[0])
            self.assertIn(self.db, lines[0])
        with open(self.db, "rb") as f:
            self.assertEqual(f.read(), garbage)

    def test_messages_follow_the_locale(self):
        # The CLI loads the console's translations: in a Korean locale its sentences are
        # Korean; JSON keys stay what scripts match on; the C locale stays English.
        rc, _, err = run(self.dir, "store", "info")
        self.assertEqual(rc, 0, err)
        con = sqlite3.connect(self.db)
        con.execute("PRAGMA user_version = 999")
        con.execute("PRAGMA journal_mode = DELETE")
        con.close()
        korean = {"LC_ALL": "ko_KR.UTF-8", "LANG": "ko_KR.UTF-8"}
        rc, _, err = run(self.dir, "store", "info", env_extra=korean)
        self.assertEqual(rc, 1)
        self.assertIn("더 최신 버전의 Fleetdeck에서 작성되었습니다", err)
        self.assertIn(self.db, err)
        self.assertNotIn("newer Fleetdeck", err)
        rc, _, err = run(self.dir, "store", "info", env_extra={"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
        self.assertEqual(rc, 1)
        self.assertIn("newer Fleetdeck", err)
        other = tempfile.TemporaryDirectory()
        self.addCleanup(other.cleanup)
        rc, out, err = run(other.name, "store", "info", "--json", env_extra=korean)
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out)["path"], os.path.join(other.name, "fleetdeck.db"))

    def test_newer_database_refused_untouched(self):
        rc, _, err = run(self.dir, "store", "info")
        self.assertEqual(rc, 0, err)
        con = sqlite3.connect(self.db)
        con.execute("PRAGMA user_version = 999")
        con.execute("PRAGMA journal_mode = DELETE")
        con.close()
        before = sha256(self.db)
        rc, out, err = run(self.dir, "store", "info")
        self.assertEqual(rc, 1)
        self.assertIn("newer Fleetdeck", err)
        self.assertEqual(len(err.strip().splitlines()), 1, err)
        self.assertEqual(sha256(self.db), before)

    def test_audit_list_filters_and_json(self):
        t0 = 1763888400000  # 2025-11-23T09:00:00Z
        self.seed_audit([
            (t0, "cluster.add", "seoul-dc1-a", "ok", ""),
            (t0 + 60000, "cluster.remove", "HQ-IDC-b", "failed", "100% left"),
            (t0 + 120000, "policy.sync", "default", "ok", "=cmd|calc"),
        ])
        rc, out, err = run(self.dir, "audit", "list", "--json")
        self.assertEqual(rc, 0, err)
        rows = json.loads(out)
        self.assertEqual([r["action"] for r in rows],
                         ["policy.sync", "cluster.remove", "cluster.add"])
        self.assertEqual(rows[2]["time"], "2025-11-23T09:00:00.000Z")

        rc, out, _ = run(self.dir, "--json", "audit", "list", "--text", "hq-idc")
        self.assertEqual([r["target"] for r in json.loads(out)], ["HQ-IDC-b"])
        rc, out, _ = run(self.dir, "audit", "list", "--text", "%", "--json")
        self.assertEqual([r["action"] for r in json.loads(out)], ["cluster.remove"])
        rc, out, _ = run(self.dir, "audit", "list", "--since", "2025-11-23T09:01:00Z",
                         "--until", "2025-11-23T09:01:30Z", "--json")
        self.assertEqual([r["action"] for r in json.loads(out)], ["cluster.remove"])
        rc, out, _ = run(self.dir, "audit", "list", "--limit", "1", "--json")
        self.assertEqual(len(json.loads(out)), 1)
        rc, out, _ = run(self.dir, "audit", "list", "--text", "seoul")
        self.assertEqual(rc, 0)
        self.assertIn("cluster.add", out)
        self.assertNotIn("policy.sync", out)

    def test_audit_export_csv(self):
        t0 = 1763888400000
        self.seed_audit([
            (t0, "cluster.add", "a,b", "ok", 'say "hi"'),
            (t0 + 1, "policy.sync", "서울 DC1", "ok", "=HYPERLINK(\"x\")"),
        ])
        out_file = os.path.join(self.dir, "audit.csv")
        rc, out, err = run(self.dir, "audit", "export", out_file)
        self.assertEqual(rc, 0, err)
        self.assertIn("Wrote 2 audit entries", out)
        with open(out_file, "rb") as f:
            raw = f.read()
        self.assertTrue(raw.startswith(b"id,time,action,target,result,detail\r\n"))
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
        self.assertEqual(rows[1][2:], ["policy.sync", "서울 DC1", "ok", "'=HYPERLINK(\"x\")"])
        self.assertEqual(rows[2][3:], ["a,b", "ok", 'say "hi"'])
        rc, _, err = run(self.dir, "audit", "export")
        self.assertEqual(rc, 2)

    def test_vault_status_check_and_wrong_passphrase(self):
        rc, out, err = run(self.dir, "vault", "status", "--json")
        self.assertEqual(rc, 0, err)
        status = json.loads(out)
        self.assertEqual(status["backend"], "vault")
        self.assertEqual(status["backendChosenBy"], "FLEETDECK_SECRET_BACKEND")
        self.assertFalse(status["vaultCreated"])
        self.assertEqual(status["vault"], "not created")

        # No passphrase and stdin is not a terminal: a clear error, never a prompt.
        rc, out, err = run(self.dir, "vault", "check", stdin="")
        self.assertEqual(rc, 1)
        self.assertIn("FLEETDECK_PASSPHRASE", err)
        self.assertIn("--passphrase-stdin", err)
        self.assertNotIn("Vault passphrase:", err)

        rc, out, err = run(self.dir, "--passphrase-stdin", "vault", "check",
                           stdin="first secret phrase\nignored second line\n")
        self.assertEqual(rc, 0, err)
        self.assertIn("Created the vault", out)

        rc, out, err = run(self.dir, "vault", "check",
                           env_extra={"FLEETDECK_PASSPHRASE": "first secret phrase"})
        self.assertEqual(rc, 0, err)
        self.assertIn("The passphrase opens the vault.", out)

        rc, out, err = run(self.dir, "--passphrase-stdin", "vault", "check", stdin="wrong\n")
        self.assertEqual(rc, 1)
        self.assertIn("The passphrase does not open this vault; nothing was changed.", err)
        self.assertNotIn("wrong", out + err.replace("does not open", ""))

        # Still opens with the right one afterwards.
        rc, out, err = run(self.dir, "--passphrase-stdin", "vault", "check", "--json",
                           stdin="first secret phrase\n")
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out), {"ok": True, "created": False,
                                           "message": "The passphrase opens the vault."})

        rc, out, err = run(self.dir, "vault", "status", "--json",
                           env_extra={"FLEETDECK_PASSPHRASE": "first secret phrase"})
        status = json.loads(out)
        self.assertTrue(status["vaultCreated"])
        self.assertEqual(status["vault"], "unlocked")
        self.assertEqual(status["kdf"]["name"], "scrypt")
        self.assertEqual(status["kdf"]["N"], 65536)
        rc, out, err = run(self.dir, "vault", "status", "--json",
                           env_extra={"FLEETDECK_PASSPHRASE": "nope"})
        self.assertEqual(rc, 0)
        self.assertEqual(json.loads(out)["vault"], "locked")
        self.assertEqual(json.loads(out)["passphrase"], "wrong")

        # The passphrase never lands in the database files.
        for name in os.listdir(self.dir):
            with open(os.path.join(self.dir, name), "rb") as f:
                self.assertNotIn(b"first secret phrase", f.read(), name)

    def test_vault_backend_override_is_validated(self):
        rc, out, err = run(self.dir, "vault", "status",
                           env_extra={"FLEETDECK_SECRET_BACKEND": "floppy"})
        self.assertEqual(rc, 1)
        self.assertIn("FLEETDECK_SECRET_BACKEND", err)
        rc, out, err = run(self.dir, "vault", "bogus")
        self.assertEqual(rc, 2)
        self.assertIn("Usage: fleetdeck-cli vault", err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
