"""The vSphere simulator fixture (vcsimfixture.py): it starts, serves vim25 over TLS with its own
certificate (the fingerprint in ready.json is the certificate's), checks passwords, and stops
by PID. The CLI's vCenter tests build on it."""

import hashlib
import os
import ssl
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vcsimfixture import VcsimServer  # noqa: E402


class VcsimFixtureTest(unittest.TestCase):
    def test_serves_and_stops(self):
        with VcsimServer(vms=6) as sim:
            self.assertTrue(sim.url.startswith("https://127.0.0.1:"))
            self.assertTrue(sim.url.endswith("/sdk"))
            # The fingerprint is the SHA-256 of the certificate's DER form, "AB:CD:..." style.
            der = ssl.PEM_cert_to_DER_cert(sim.cert_pem)
            want = ":".join("%02X" % b for b in hashlib.sha256(der).digest())
            self.assertEqual(sim.sha256, want)
            status, body = sim.soap("RetrieveServiceContent", "ServiceInstance", "ServiceInstance")
            self.assertEqual(status, 200)
            self.assertIn("<apiType>VirtualCenter</apiType>", body)
            status, body = sim.login(password="wrong")
            self.assertEqual(status, 500)
            self.assertIn('xsi:type="InvalidLogin"', body)
            status, body = sim.login()
            self.assertEqual(status, 200, body)
            self.assertIn("<LoginResponse", body)
            # 6 VMs, 3 templates, 4 vCLS agents.
            self.assertEqual(sim.ready["vms"], 13)
            self.assertEqual(sim.ready["templates"], 3)
            self.assertEqual(sim.ready["vcls"], 4)
            pid = sim.proc.pid
        with self.assertRaises(ProcessLookupError):
            os.kill(pid, 0)


if __name__ == "__main__":
    unittest.main()
