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


# The kubectl releases the tests are written against, and why two:
# - 1.20 is what Debian 12 ships (package kubernetes-client, v1.20.2 built with Go 1.19): the
#   README's test command must work on a fresh Debian 12 machine with apt packages only.
# - 1.32 is a current release (the test API server answers as a 1.32 server does); it is used when
#   present (KUBECTL, or the Google Cloud CLI's versioned binary below).
# What the two differ in is handled by the tests themselves, never by skipping: Debian's 1.20
# crashes in `config set-credentials` and whenever it writes a kubeconfig holding a non-empty map
# (json-iterator/reflect2 under Go 1.19), has no `set-cluster --tls-server-name/--proxy-url`,
# no exec flags, drops fields it does not know (exec interactiveMode) from `config view`, fetches
# /openapi/v2 (protobuf) for client-side validation and apply, and has no `auth whoami`.
SUPPORTED_MINORS = {(1, 20): "Debian 12's kubernetes-client", (1, 32): "a current release"}
# The Google Cloud CLI's kubectl package installs one binary per minor version here; its
# /usr/bin/kubectl is a dispatcher that contacts a server before it runs anything: never used.
SDK_KUBECTL = "/usr/lib/google-cloud-sdk/bin/kubectl.1.32"
SDK_DISPATCHER = "/usr/lib/google-cloud-sdk/bin/kubectl"
HOW_TO_GET_KUBECTL = (
    "Install Debian's kubectl with `apt-get install kubernetes-client` (installers/quickstart.sh "
    "test does), or point KUBECTL at a kubectl 1.20.x or 1.32.x binary")
# A real kubectl answers `version --client` at once and offline; more than this is not a kubectl.
VERSION_TIMEOUT_S = 20


class MissingTool(RuntimeError):
    """A tool a test needs is missing or the wrong version: the test fails (it never skips)."""


def _offline(argv):
    """argv run in a new network namespace with only a down loopback when the kernel allows an
    unprivileged one (Debian 12 does): a dispatcher that has to reach a server cannot, and fails."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True,
                                  timeout=VERSION_TIMEOUT_S).returncode == 0:
        return [unshare, "-rn", *argv]
    return argv


def _probe(path):
    """((major, minor), gitVersion) that `path version --client -o json` reports offline within
    VERSION_TIMEOUT_S, or (None, why not): then it is no kubectl binary (or a dispatcher)."""
    try:
        p = subprocess.run(_offline([path, "version", "--client", "-o", "json"]),
                           capture_output=True, text=True, timeout=VERSION_TIMEOUT_S,
                           env=dict(os.environ, KUBECONFIG=os.devnull, HOME="/nonexistent"))
        info = json.loads(p.stdout)["clientVersion"]
        return (int(info["major"]), int(info["minor"].rstrip("+"))), info["gitVersion"]
    except subprocess.TimeoutExpired:
        return None, (f"{path} did not answer `version --client` offline within "
                      f"{VERSION_TIMEOUT_S} s (not a kubectl binary: a dispatcher?)")
    except (OSError, ValueError, KeyError, TypeError) as e:
        return None, f"{path} does not report a kubectl client version offline ({e})"


_found = None


def find_kubectl_info():
    """(path, (major, minor), gitVersion) of the kubectl the tests use, or raises MissingTool.

    KUBECTL when set (and then only it), else the Google Cloud CLI's kubectl 1.32, else kubectl
    on PATH unless that is the Google Cloud CLI's dispatcher. It must answer `version --client`
    offline and be 1.20.x or 1.32.x (SUPPORTED_MINORS); anything else fails, naming what was found.
    """
    global _found
    if _found:
        return _found
    env = os.environ.get("KUBECTL")
    found = []
    if env:
        candidates = [env]
    else:
        on_path = shutil.which("kubectl")
        if on_path and os.path.realpath(on_path) == SDK_DISPATCHER:
            found.append(f"{on_path} is the Google Cloud CLI's dispatcher (not used)")
            on_path = None
        candidates = [c for c in (SDK_KUBECTL, on_path) if c]
    for candidate in candidates:
        if not os.access(candidate, os.X_OK):
            if env:
                found.append(f"KUBECTL={env} is not an executable")
            continue
        version, git_version = _probe(candidate)
        if version is None:
            found.append(git_version)
        elif version in SUPPORTED_MINORS:
            _found = (candidate, version, git_version)
            return _found
        else:
            found.append(f"{candidate} is {git_version}")
    want = "kubectl 1.20.x (Debian 12's kubernetes-client) or 1.32.x"
    what = "; ".join(found) if found else \
        f"there is no kubectl on PATH or at {SDK_KUBECTL}"
    raise MissingTool(f"The tests need {want}, but {what}. " + HOW_TO_GET_KUBECTL + ".")


def find_kubectl():
    """The path of the kubectl the tests use (find_kubectl_info), or raises MissingTool."""
    return find_kubectl_info()[0]


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
    # installers/quickstart.sh, the C++ tests and the benchmarks ask here, so they and the Python
    # tests agree on which kubectl is used. --find-kubectl prints its path; --describe-kubectl
    # prints "PATH VERSION" (e.g. "/usr/bin/kubectl v1.20.2").
    if sys.argv[1:] not in (["--find-kubectl"], ["--describe-kubectl"]):
        print("usage: kubefixture.py --find-kubectl | --describe-kubectl", file=sys.stderr)
        sys.exit(2)
    try:
        path, _, git_version = find_kubectl_info()
    except MissingTool as e:
        print(e, file=sys.stderr)
        sys.exit(1)
    print(path if sys.argv[1] == "--find-kubectl" else f"{path} {git_version}")
