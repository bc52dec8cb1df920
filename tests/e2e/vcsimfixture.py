"""Python fixture for the vSphere simulator (tests/servers/vcsim, built by CMake as
vcsim-fleetdeck; its path comes in $FLEETDECK_VCSIM). Standard library only.

    with VcsimServer(vms=24) as sim:
        sim.url, sim.username, sim.password, sim.sha256, sim.cert_pem, sim.ready["vms"]
        status, body = sim.soap("RetrieveServiceContent", "ServiceInstance", "ServiceInstance")

Started on 127.0.0.1 with a free port; stopped by its PID (SIGTERM, then SIGKILL).
"""

import json
import os
import shutil
import signal
import ssl
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import http.cookiejar


class VcsimError(RuntimeError):
    pass


class VcsimServer:
    def __init__(self, vms=24, launcher=None, start_timeout=180):
        self.vms = vms
        self.launcher = launcher or os.environ.get("FLEETDECK_VCSIM", "")
        self.start_timeout = start_timeout
        self.dir = tempfile.mkdtemp(prefix="vcsim-")
        self.proc = None
        self.ready = None
        self._jar = http.cookiejar.CookieJar()

    def start(self):
        if not self.launcher or not os.access(self.launcher, os.X_OK):
            raise VcsimError("the vSphere simulator launcher is not built ($FLEETDECK_VCSIM=%r): "
                             "install golang-go and golang-github-vmware-govmomi-dev and build "
                             "the vcsim_launcher target" % self.launcher)
        ready_path = os.path.join(self.dir, "ready.json")
        self._log = open(os.path.join(self.dir, "vcsim.out"), "w")
        self.proc = subprocess.Popen([self.launcher, "-dir", self.dir, "-vms", str(self.vms)],
                                     stdout=self._log, stderr=subprocess.STDOUT, cwd=self.dir)
        deadline = time.monotonic() + self.start_timeout
        while not os.path.exists(ready_path):
            if self.proc.poll() is not None:
                raise VcsimError("the simulator exited with %d: %s" % (self.proc.returncode, self.output()))
            if time.monotonic() > deadline:
                self.stop()
                raise VcsimError("the simulator did not become ready: " + self.output())
            time.sleep(0.05)
        with open(ready_path) as f:
            self.ready = json.load(f)
        return self

    def output(self):
        try:
            with open(os.path.join(self.dir, "vcsim.out")) as f:
                return f.read()[-4000:]
        except OSError:
            return ""

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.proc = None
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    url = property(lambda self: self.ready["url"])
    username = property(lambda self: self.ready["username"])
    password = property(lambda self: self.ready["password"])
    sha256 = property(lambda self: self.ready["sha256"])
    cert_pem = property(lambda self: self.ready["certPem"])

    def soap(self, method, this_type, this, inner=""):
        """One vim25 call with this fixture's own session cookie; returns (status, body text)."""
        body = ('<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope '
                'xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>'
                '<%s xmlns="urn:vim25"><_this type="%s">%s</_this>%s</%s>'
                '</soapenv:Body></soapenv:Envelope>' % (method, this_type, this, inner, method))
        ctx = ssl.create_default_context(cadata=self.cert_pem)
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx),
                                             urllib.request.HTTPCookieProcessor(self._jar))
        req = urllib.request.Request(self.url, data=body.encode(), headers={
            "Content-Type": "text/xml; charset=utf-8", "SOAPAction": '"urn:vim25/6.7"'})
        try:
            with opener.open(req, timeout=30) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def login(self, password=None):
        from xml.sax.saxutils import escape
        return self.soap("Login", "SessionManager", "SessionManager",
                         "<userName>%s</userName><password>%s</password>" %
                         (escape(self.username), escape(password if password is not None else self.password)))
