"""Python fixture for the test Kubernetes API server (tests/servers/kubeapi). Standard library only.

    with KubeServer(nodes=0) as kube:
        status, body = kube.json("GET", "/api/v1/nodes")
        kube.write_kubeconfig(path, user="viewer", auth="clientCert", virtual_cluster="c7")
"""

import base64
import http.client
import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "servers", "kubeapi", "server.py")


# The kubectl the oracle tests are written against. Only 1.32.x: Debian 12's own
# kubernetes-client (1.20.2) cannot serve as the oracle — its `config set-credentials` crashes
# (SIGSEGV in json-iterator/reflect2, built with a newer Go than that library supports), it lacks
# `set-cluster --tls-server-name/--proxy-url`, the exec flags the generator uses, client-side
# apply against a server without /openapi/v2 and `auth whoami`. installers/quickstart.sh says how
# to get 1.32.
KUBECTL_VERSION = (1, 32)
# The Google Cloud CLI's kubectl package installs one binary per minor version here; its
# /usr/bin/kubectl is a dispatcher that contacts a server before it runs anything: never used.
SDK_KUBECTL = "/usr/lib/google-cloud-sdk/bin/kubectl.%d.%d" % KUBECTL_VERSION
SDK_DISPATCHER = "/usr/lib/google-cloud-sdk/bin/kubectl"
HOW_TO_GET_KUBECTL = (
    "installers/quickstart.sh test finds kubectl %d.%d (KUBECTL, %s, or kubectl on PATH) and, "
    "when there is none, says how to install it; then set KUBECTL=/path/to/kubectl-%d.%d"
    % (KUBECTL_VERSION + (SDK_KUBECTL,) + KUBECTL_VERSION))


class MissingTool(RuntimeError):
    """A tool a test needs is missing or the wrong version: the test fails (it never skips)."""


def kubectl_version(path):
    """(major, minor, gitVersion) that `path version --client` reports, or raises MissingTool."""
    try:
        p = subprocess.run([path, "version", "--client", "-o", "json"], capture_output=True,
                           text=True, timeout=60, env=dict(os.environ, KUBECONFIG=os.devnull))
        info = json.loads(p.stdout)["clientVersion"]
        return int(info["major"]), int(info["minor"].rstrip("+")), info["gitVersion"]
    except (OSError, subprocess.TimeoutExpired, ValueError, KeyError, TypeError) as e:
        raise MissingTool(f"{path} does not report a kubectl client version ({e}). "
                          + HOW_TO_GET_KUBECTL) from None


def find_kubectl():
    """The kubectl the oracle tests pin (KUBECTL_VERSION), or raises MissingTool saying why.

    KUBECTL when set (and then only it), else the Google Cloud CLI's versioned binary, else
    kubectl on PATH unless that is the Google Cloud CLI's dispatcher. The version is checked:
    an oracle of another version is not the oracle these tests were written against.
    """
    env = os.environ.get("KUBECTL")
    if env:
        candidates, origin = [env], "KUBECTL"
    else:
        on_path = shutil.which("kubectl")
        if on_path and os.path.realpath(on_path) == SDK_DISPATCHER:
            on_path = None
        candidates = [c for c in (SDK_KUBECTL, on_path) if c]
        origin = "kubectl"
    found = []
    for candidate in candidates:
        if not os.access(candidate, os.X_OK):
            continue
        major, minor, git_version = kubectl_version(candidate)
        if (major, minor) == KUBECTL_VERSION:
            return candidate
        found.append(f"{candidate} is {git_version}")
    want = "kubectl %d.%d.x" % KUBECTL_VERSION
    if found:
        raise MissingTool(f"{want} is required, but {'; '.join(found)}. " + HOW_TO_GET_KUBECTL)
    where = f"KUBECTL={env} is not an executable" if env else \
        f"no {origin} at {SDK_KUBECTL} or on PATH"
    raise MissingTool(f"{want} is required, but {where}. " + HOW_TO_GET_KUBECTL)


class KubeServerError(RuntimeError):
    pass


class KubeServer:
    def __init__(self, seed="default", nodes=0, events=0, workdir=None, start_timeout=60):
        self.seed, self.nodes, self.events = seed, nodes, events
        self.start_timeout = start_timeout
        self._own_dir = workdir is None
        self.dir = workdir or tempfile.mkdtemp(prefix="kubeapi-")
        self.proc = None
        self.ready = None
        self._conns = {}

    # ---- lifecycle ------------------------------------------------------------------------------
    def start(self):
        if shutil.which("openssl") is None:
            raise KubeServerError("openssl is not on PATH: the test API server needs it to make certificates")
        ready_path = os.path.join(self.dir, "ready.json")
        if os.path.exists(ready_path):
            os.unlink(ready_path)
        args = [sys.executable, SERVER, "--dir", self.dir, "--seed", self.seed]
        if self.nodes:
            args += ["--nodes", str(self.nodes)]
        if self.events:
            args += ["--events", str(self.events)]
        self._log = open(os.path.join(self.dir, "server.out"), "w")
        self.proc = subprocess.Popen(args, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.start_timeout
        while not os.path.exists(ready_path):
            if self.proc.poll() is not None:
                raise KubeServerError(f"test API server exited with {self.proc.returncode}: " + self.output())
            if time.monotonic() > deadline:
                self.stop()
                raise KubeServerError("test API server did not become ready: " + self.output())
            time.sleep(0.05)
        with open(ready_path) as f:
            self.ready = json.load(f)
        return self

    def output(self):
        try:
            with open(os.path.join(self.dir, "server.out")) as f:
                return f.read()[-4000:]
        except OSError:
            return ""

    def stop(self):
        for c in self._conns.values():
            c.close()
        self._conns.clear()
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.proc = None
        if getattr(self, "_log", None):
            self._log.close()
            self._log = None

    def cleanup(self):
        self.stop()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.cleanup()

    # ---- facts ----------------------------------------------------------------------------------
    @property
    def port(self):
        return self.ready["port"]

    def url(self, virtual_cluster=None):
        return self.ready["url"] + (f"/clusters/{virtual_cluster}" if virtual_cluster else "")

    @property
    def ca_file(self):
        return self.ready["caFile"]

    def ca_pem(self):
        with open(self.ca_file, "rb") as f:
            return f.read()

    def token(self, user="admin"):
        return self.ready["tokens"][user]

    def client_cert_file(self, user="cert-admin"):
        return self.ready["clientCerts"][user]["cert"]

    def client_key_file(self, user="cert-admin"):
        return self.ready["clientCerts"][user]["key"]

    def client_cert_pem(self, user="cert-admin"):
        with open(self.client_cert_file(user), "rb") as f:
            return f.read()

    def client_key_pem(self, user="cert-admin"):
        with open(self.client_key_file(user), "rb") as f:
            return f.read()

    def basic(self):
        return self.ready["basic"]["username"], self.ready["basic"]["password"]

    def write_kubeconfig(self, path, user="admin", auth="token", virtual_cluster=None, inline=True, token=None):
        """auth: token | clientCert | basic. For clientCert, user "admin" means the cert-admin certificate."""
        b64 = lambda data: base64.b64encode(data).decode()  # noqa: E731
        cluster = f"  cluster:\n    server: {self.url(virtual_cluster)}\n"
        cluster += (f"    certificate-authority-data: {b64(self.ca_pem())}\n" if inline else
                    f"    certificate-authority: {self.ca_file}\n")
        if auth == "token":
            cred = f"    token: {token or self.token(user)}\n"
        elif auth == "clientCert":
            cu = "cert-admin" if user == "admin" else user
            cred = (f"    client-certificate-data: {b64(self.client_cert_pem(cu))}\n"
                    f"    client-key-data: {b64(self.client_key_pem(cu))}\n" if inline else
                    f"    client-certificate: {self.client_cert_file(cu)}\n    client-key: {self.client_key_file(cu)}\n")
        elif auth == "basic":
            u, p = self.basic()
            cred = f"    username: {u}\n    password: {p}\n"
        else:
            raise ValueError(auth)
        name = virtual_cluster or "kubeapi-test"
        text = (f"apiVersion: v1\nkind: Config\nclusters:\n- name: {name}\n{cluster}users:\n- name: {user}-{auth}\n"
                f"  user:\n{cred}contexts:\n- name: {name}\n  context:\n    cluster: {name}\n"
                f"    user: {user}-{auth}\n    namespace: default\ncurrent-context: {name}\n")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(text)
        return path

    # ---- HTTP -----------------------------------------------------------------------------------
    def ssl_context(self, client_user=None):
        ctx = ssl.create_default_context(cafile=self.ca_file)
        if client_user:
            ctx.load_cert_chain(self.client_cert_file(client_user), self.client_key_file(client_user))
        return ctx

    def connection(self, client_user=None, timeout=30):
        return http.client.HTTPSConnection("127.0.0.1", self.port, context=self.ssl_context(client_user),
                                           timeout=timeout)

    def request(self, method, path, body=None, user="admin", headers=None, virtual_cluster=None,
                content_type="application/json", client_cert=None, timeout=30, auth=None):
        """One request on a kept-alive connection per user. Returns (status, headers, body bytes)."""
        hdrs = {"Accept": "application/json"}
        if auth is not None:
            if auth:
                hdrs["Authorization"] = auth
        elif client_cert is None and user:
            hdrs["Authorization"] = f"Bearer {self.token(user)}"
        if body is not None:
            if not isinstance(body, (bytes, str)):
                body = json.dumps(body)
            hdrs["Content-Type"] = content_type
        hdrs.update(headers or {})
        key = (client_cert, timeout)
        full = (f"/clusters/{virtual_cluster}" if virtual_cluster else "") + path
        for attempt in (0, 1):
            conn = self._conns.get(key)
            if conn is None:
                conn = self._conns[key] = self.connection(client_cert, timeout)
            try:
                conn.request(method, full, body=body, headers=hdrs)
                resp = conn.getresponse()
                data = resp.read()
                if resp.getheader("Connection", "").lower() == "close":
                    conn.close()
                    self._conns.pop(key, None)
                return resp.status, dict(resp.getheaders()), data
            except (http.client.RemoteDisconnected, ConnectionError, http.client.BadStatusLine):
                conn.close()
                self._conns.pop(key, None)
                if attempt:
                    raise

    def json(self, method, path, body=None, **kw):
        code, _, data = self.request(method, path, body, **kw)
        return code, (json.loads(data) if data else None)

    def fixture(self, path, payload=None, virtual_cluster=None):
        code, body = self.json("POST", f"/_fixture/{path}", payload or {}, virtual_cluster=virtual_cluster)
        if code != 200:
            raise KubeServerError(f"fixture call {path} failed: {code} {body}")
        return body

    def set_knobs(self, knobs, virtual_cluster=None):
        return self.fixture("knobs", knobs, virtual_cluster)

    def clear_knobs(self, virtual_cluster=None, all_clusters=False):
        keys = {k: None for k in ("latencyMs", "fail", "dropConnection", "slowBodyBytesPerSec",
                                  "bookmarkIntervalSeconds")}
        if all_clusters:
            keys["allClusters"] = True
        return self.fixture("knobs", keys, virtual_cluster)

    def scale(self, nodes=None, events=None, virtual_cluster=None):
        return self.fixture("scale", {"nodes": nodes, "events": events}, virtual_cluster)

    def compact(self, virtual_cluster=None):
        return self.fixture("compact", {}, virtual_cluster)

    def set_permissions(self, user, rules, groups=None):
        return self.fixture("permissions", {"user": user, "rules": rules, "groups": groups})

    def watch(self, path, user="admin", virtual_cluster=None, timeout=30):
        """Opens a watch and yields decoded events until the server ends the stream."""
        conn = self.connection(timeout=timeout)
        full = (f"/clusters/{virtual_cluster}" if virtual_cluster else "") + path
        conn.request("GET", full, headers={"Authorization": f"Bearer {self.token(user)}",
                                           "Accept": "application/json"})
        resp = conn.getresponse()
        try:
            if resp.status != 200:
                yield {"type": "HTTP", "status": resp.status, "object": json.loads(resp.read() or b"null")}
                return
            while True:
                line = resp.readline()
                if not line:
                    return
                if line.strip():
                    yield json.loads(line)
        finally:
            conn.close()


if __name__ == "__main__":
    # installers/quickstart.sh asks here, so it and the tests agree on which kubectl is right.
    if sys.argv[1:] != ["--find-kubectl"]:
        print("usage: kubefixture.py --find-kubectl", file=sys.stderr)
        sys.exit(2)
    try:
        print(find_kubectl())
    except MissingTool as e:
        print(e, file=sys.stderr)
        sys.exit(1)
