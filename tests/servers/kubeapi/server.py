#!/usr/bin/env python3
"""Test Kubernetes API server (Python standard library + the openssl CLI).

    python3 tests/servers/kubeapi/server.py --dir DIR [--seed default|none] [--nodes N] [--events N]

Serves HTTPS on 127.0.0.1:<free port> until SIGTERM and writes DIR/ready.json once listening.
See README.md next to this file for users, virtual clusters (/clusters/<name>/...) and knobs.
"""

import argparse
import gc
import json
import os
import re
import resource
import signal
import socket
import ssl
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Import the package modules by their plain names, but never let them shadow the standard library.
_HERE = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0] or ".") == _HERE:
    sys.path.pop(0)
sys.path.append(_HERE)

import api as api_mod  # noqa: E402
import auth  # noqa: E402
import certs  # noqa: E402
import controller as controller_mod  # noqa: E402
import fixtures  # noqa: E402
import status as st  # noqa: E402
import svcproxy  # noqa: E402
import tables  # noqa: E402
from knobs import Knobs, effective  # noqa: E402
from storage import Store  # noqa: E402

CLUSTER_RE = re.compile(r"^/clusters/([a-z0-9]([-a-z0-9.]*[a-z0-9])?)(/.*)?$")
POD_LOG_RE = re.compile(r"^/api/v1/namespaces/([^/]+)/pods/([^/]+)/log$")


class Clusters:
    """The root cluster plus virtual clusters created on first use."""

    def __init__(self, seed, nodes, events, scheduler):
        self.seed = seed
        self.scheduler = scheduler
        self.controller = controller_mod.Controller(scheduler)
        self.lock = threading.Lock()
        self.global_knobs = Knobs()
        self.stores = {}
        self.root = self._make("", nodes, events)

    def _make(self, name, nodes=None, events=None):
        store = Store(name)
        store.knobs = Knobs()
        fixtures.seed(store, self.seed, nodes, events)
        self.controller.attach(store)
        self.stores[name] = store
        # The seeded objects live as long as the server: out of the cyclic collector's sight.
        # With 2,000 virtual clusters every full collection walked millions of them, and the
        # collector took more than half the server's CPU in the 2,000-cluster connection test.
        gc.freeze()
        return store

    def get(self, name):
        with self.lock:
            return self.stores.get(name) or self._make(name)


# Requests allocate many short-lived dicts; collect young garbage less often (objects that live
# on are frozen, see Clusters._make).
gc.set_threshold(20000, 20, 50)

# A thread per connection: a thousand open watches are a thousand threads. Their stacks need not
# be the 8 MiB the process default gives them (the handlers never recurse deeply).
threading.stack_size(512 * 1024)

# TLS handshakes in progress at once. Each handshake is CPU work; with a thousand of them
# progressing side by side on a busy 2-core machine, all finish late — after the clients'
# 10 s connect timeout — where handshakes in turn let each client finish in time (a burst of
# 1,000 watch connections on the shared build machines lost a third of them to timeouts).
HANDSHAKES = threading.BoundedSemaphore(max(4, 2 * (os.cpu_count() or 2)))
HANDSHAKE_TIMEOUT_S = 10


def raise_descriptor_limit():
    """One descriptor per connection: 1,000 watches do not fit the usual soft limit of 1,024."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 65536, hard))
        except (ValueError, OSError):
            pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 4096

    def __init__(self, addr, handler, ssl_context):
        self.ssl_context = ssl_context
        super().__init__(addr, handler)

    def get_request(self):
        sock, addr = self.socket.accept()
        # Without this, headers and body as separate writes meet delayed ACKs: +40 ms per response.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        # The TLS handshake runs in the handler thread, so a slow client never blocks accept().
        return self.ssl_context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), addr

    def handle_error(self, request, client_address):
        exc = sys.exc_info()[1]
        if isinstance(exc, (ssl.SSLError, ConnectionError, socket.timeout, OSError)):
            return
        super().handle_error(request, client_address)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fleetdeck-kubeapi-test"
    clusters = None
    api = None
    authn = None
    access_log = None
    counters = None

    def log_message(self, fmt, *args):
        pass

    def setup(self):
        # The handshake, in turn with the other connections' and bounded in time (a client that
        # connects and says nothing must not hold a turn); then the connection is blocking again.
        with HANDSHAKES:
            self.request.settimeout(HANDSHAKE_TIMEOUT_S)
            self.request.do_handshake()
            self.request.settimeout(None)
        super().setup()

    def _log(self, code, user):
        if self.access_log is not None:
            try:
                self.access_log.write(f"{time.strftime('%H:%M:%S')} {self.command} {self.path} "
                                      f"{code} {user}\n")
                self.access_log.flush()
            except ValueError:
                pass

    # ---- plumbing -----------------------------------------------------------------------------
    def _body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, code, body, content_type="application/json", headers=None, slow=None):
        data = body if isinstance(body, bytes) else st.encode(body)
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Audit-Id", os.urandom(16).hex())
        self.send_header("Cache-Control", "no-cache, private")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if slow:
            step = max(1, int(slow) // 10)
            for i in range(0, len(data), step):
                self.wfile.write(data[i:i + step])
                self.wfile.flush()
                time.sleep(step / float(slow))
        else:
            self.wfile.write(data)

    def _error(self, err, user="-"):
        self._log(err.code, user)
        self._send(err.code, err.body(), headers=err.headers)

    def do_GET(self):
        self._dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _dispatch(self):
        url = urllib.parse.urlsplit(self.path)
        query = {k: v[-1] for k, v in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()}
        path = url.path
        body = self._body() if self.command in ("POST", "PUT", "PATCH", "DELETE") else b""
        cluster = ""
        m = CLUSTER_RE.match(path)
        if m:
            cluster, path = m.group(1), m.group(3) or "/"
        try:
            peercert = self.connection.getpeercert()
        except (ValueError, AttributeError):
            peercert = None
        user = self.authn.authenticate(self.headers, peercert)
        if user is None:
            return self._error(st.unauthorized())
        store = self.clusters.get(cluster)
        with self.counters_lock:
            self.counters[cluster] = self.counters.get(cluster, 0) + 1
        if path.startswith("/_fixture/"):
            return self._fixture(store, path, query, body, user)
        gk = self.clusters.global_knobs
        if store.knobs.take_drop(path) or gk.take_drop(path):
            self._log("drop", user.name)
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        latency = effective(store.knobs, gk, "latencyMs", 0)
        if latency:
            time.sleep(latency / 1000.0)
        ctype = self.headers.get("Content-Type", "")
        rule = store.knobs.take_failure(self.command, path, ctype) or gk.take_failure(self.command, path, ctype)
        if rule:
            code = int(rule.get("status", 500))
            if code == 429:
                err = st.too_many_requests(int(rule.get("retryAfter", 1)))
            elif code == 500:
                err = st.internal()
            else:
                err = st.ApiError(code, rule.get("reason", "InternalError"), rule.get("message", "injected failure"))
            if code != 429 and rule.get("retryAfter") is not None:
                err.headers["Retry-After"] = str(rule["retryAfter"])
            return self._error(err, user.name)
        m = POD_LOG_RE.match(path)
        if m and self.command == "GET":
            return self._pod_log(store, m.group(1), m.group(2), query, user)
        proxy = svcproxy.match(path)
        if proxy:
            try:
                code, data, ctype = svcproxy.handle(store, user, self.command, proxy, url.query, self.headers, body)
            except st.ApiError as err:
                return self._error(err, user.name)
            self._log(code, user.name)
            return self._send(code, data, ctype)
        try:
            result = self.api.handle(store, self.command, path, query, self.headers, body, user)
        except st.ApiError as err:
            return self._error(err, user.name)
        if isinstance(result, api_mod.WatchRequest):
            self._log(200, user.name)
            return self._watch(store, result)
        self._log(result.code, user.name)
        slow = effective(store.knobs, gk, "slowBodyBytesPerSec", 0)
        self._send(result.code, result.body, result.content_type, result.headers, slow)

    # ---- fixture control ------------------------------------------------------------------------
    def _fixture(self, store, path, query, body, user):
        if "system:masters" not in user.groups or user.name != "admin":
            return self._error(st.forbidden_path(user.name, self.command, path), user.name)
        try:
            payload = json.loads(body or b"{}")
        except ValueError:
            return self._error(st.bad_request("fixture endpoints take JSON"), user.name)
        if path == "/_fixture/knobs":
            if self.command == "POST":
                target = self.clusters.global_knobs if payload.get("allClusters") else store.knobs
                unknown = target.set(payload)
                if unknown:
                    return self._error(st.bad_request(f"unknown knobs: {', '.join(unknown)}"), user.name)
                if "podReadyDelayMs" in payload and payload["podReadyDelayMs"] is not None:
                    self.clusters.controller.ready_delay = payload["podReadyDelayMs"] / 1000.0
            return self._send(200, {"cluster": store.knobs.public(), "global": self.clusters.global_knobs.public()})
        if path == "/_fixture/scale" and self.command == "POST":
            started = time.monotonic()
            fixtures.rescale(store, payload.get("nodes"), payload.get("events"))
            return self._send(200, {"nodes": len(store.all(("", "nodes"))), "events": len(store.all(("", "events"))),
                                    "seconds": round(time.monotonic() - started, 3)})
        if path == "/_fixture/compact" and self.command == "POST":
            store.compact()
            return self._send(200, {"compactedResourceVersion": str(store.compacted_rv)})
        if path == "/_fixture/permissions" and self.command == "POST":
            u = self.authn.set_rules(payload["user"], payload.get("rules", []), payload.get("groups"),
                                    payload.get("token"))
            return self._send(200, {"user": u.name, "token": self.authn.token_of(u.name)})
        if path == "/_fixture/podlog" and self.command == "POST":
            # Appends lines to the log of a pod (exact name, or every pod whose name starts with
            # podPrefix); a follower sees them at once.
            ns = payload.get("namespace", "default")
            with store.lock:
                pods = [p["metadata"]["name"] for p in store.all(("", "pods"))
                        if p["metadata"].get("namespace") == ns and
                        (p["metadata"]["name"] == payload.get("pod") or
                         (payload.get("podPrefix") and p["metadata"]["name"].startswith(payload["podPrefix"])))]
                logs = self._logs(store)
                for pod in pods:
                    logs.setdefault((ns, pod), []).extend(payload.get("lines", []))
                store.cond.notify_all()
            return self._send(200, {"pods": pods})
        if path == "/_fixture/stats":
            with self.counters_lock:
                return self._send(200, {"requests": dict(self.counters), "clusters": len(self.clusters.stores),
                                        "resourceVersion": str(store.rv),
                                        "cpuSeconds": round(time.process_time(), 3),
                                        "threads": threading.active_count()})
        return self._error(st.not_found_path(), user.name)

    # ---- pod logs ----------------------------------------------------------------------------------
    @staticmethod
    def _logs(store):
        if not hasattr(store, "pod_logs"):
            store.pod_logs = {}
        return store.pod_logs

    def _pod_log(self, store, ns, name, query, user):
        """GET .../pods/NAME/log[?follow=true&tailLines=N]: text/plain, the lines the fixture
        appended (a first line saying the container started otherwise); with follow the response
        is chunked and new lines are sent as they are appended, until the pod is gone."""
        with store.lock:
            pod = store.find(("", "pods"), ns, name)
            if pod is None:
                return self._error(st.ApiError(404, "NotFound", f'pods "{name}" not found', {}), user.name)
            lines = self._logs(store).setdefault((ns, name), [f"{name}: container started"])
            tail = int(query.get("tailLines") or 0)
            sent = max(0, len(lines) - tail) if tail else 0
        follow = query.get("follow", "").lower() in ("1", "true")
        if not follow:
            self._log(200, user.name)
            with store.lock:
                data = "".join(line + "\n" for line in lines[sent:]).encode()
            return self._send(200, data, "text/plain")
        self._log(200, user.name)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        deadline = time.monotonic() + 300
        try:
            while time.monotonic() < deadline:
                with store.lock:
                    new = lines[sent:]
                    sent = len(lines)
                    gone = store.find(("", "pods"), ns, name) is None
                    if not new and not gone:
                        store.cond.wait(0.5)
                        continue
                if new:
                    self._chunk("".join(line + "\n" for line in new).encode())
                if gone:
                    break
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True

    # ---- watch --------------------------------------------------------------------------------
    def _chunk(self, data):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _watch(self, store, w):
        q = w.query
        timeout = float(q.get("timeoutSeconds") or 1800)
        deadline = time.monotonic() + timeout
        bookmarks = q.get("allowWatchBookmarks", "").lower() in ("1", "true")
        interval = float(effective(store.knobs, self.clusters.global_knobs, "bookmarkIntervalSeconds", 1.0))
        ctype = "application/json"
        if w.table:
            ctype = f"application/json;as=Table;v={w.table};g=meta.k8s.io"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Cache-Control", "no-cache, private")
        self.end_headers()
        self.wfile.flush()
        state = {"headers": True}

        def matches(obj):
            meta = obj["metadata"]
            if w.namespace and meta.get("namespace") != w.namespace:
                return False
            if w.name and meta.get("name") != w.name:
                return False
            return w.label_pred(meta.get("labels")) and w.field_pred(obj)

        def send(etype, obj):
            obj = self.api.present(w.rt, obj)
            if w.table and etype not in ("ERROR", "BOOKMARK"):
                obj = tables.to_table(w.rt, [obj], {"resourceVersion": obj["metadata"]["resourceVersion"]},
                                      q.get("includeObject", "Metadata"), headers=state["headers"])
                state["headers"] = False
            self._chunk(st.encode({"type": etype, "object": obj}))

        try:
            rv_param = q.get("resourceVersion", "")
            if rv_param in ("", "0"):
                with store.lock:
                    items, rv, _, _ = store.list(w.rt, w.namespace, w.label_pred, w.field_pred)
                    since = int(rv)
                for obj in items:
                    if matches(obj):
                        send("ADDED", obj)
            else:
                try:
                    since = int(rv_param)
                except ValueError:
                    raise st.bad_request(f"invalid resource version: {rv_param}")
            key = w.rt.storage_key
            next_bookmark = time.monotonic() + interval
            while True:
                now = time.monotonic()
                if now >= deadline:
                    break
                try:
                    pending = store.events_since(since)
                except st.ApiError as err:
                    self._chunk(st.encode({"type": "ERROR", "object": err.body()}))
                    break
                for rv, k, etype, obj in pending:
                    since = rv
                    if k == key and matches(obj):
                        send(etype, obj)
                if bookmarks and now >= next_bookmark:
                    api_version = "events.k8s.io/v1" if w.rt.group == "events.k8s.io" else w.rt.api_version
                    self._chunk(st.encode({"type": "BOOKMARK", "object": {
                        "kind": w.rt.kind, "apiVersion": api_version, "metadata": {"resourceVersion": str(since)}}}))
                    next_bookmark = now + interval
                with store.cond:
                    if not store.history or store.history[-1][0] <= since:
                        store.cond.wait(max(0.01, min(deadline, next_bookmark if bookmarks else deadline) -
                                            time.monotonic()))
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except st.ApiError as err:
            self._chunk(st.encode({"type": "ERROR", "object": err.body()}))
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionError, ssl.SSLError, OSError):
            self.close_connection = True


def _write_ready(directory, info):
    tmp = os.path.join(directory, ".ready.json.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(info, f, indent=1)
    os.replace(tmp, os.path.join(directory, "ready.json"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", required=True, help="working directory for certificates, ready.json and access.log")
    ap.add_argument("--seed", choices=["default", "none"], default="default")
    ap.add_argument("--nodes", type=int, default=0, help="extra generated nodes in the root cluster")
    ap.add_argument("--events", type=int, default=0, help="extra generated events in the root cluster")
    args = ap.parse_args(argv)
    raise_descriptor_limit()
    os.makedirs(args.dir, exist_ok=True)
    directory = os.path.abspath(args.dir)
    authn = auth.Authenticator()
    try:
        client_certs = certs.generate(directory, [("cert-admin", ["system:masters"]),
                                                  ("viewer", ["fleetdeck:viewers"]),
                                                  ("noperm", ["fleetdeck:nobody"])])
    except certs.CertError as exc:
        print(f"kubeapi test server: {exc}", file=sys.stderr)
        return 3
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(directory, "server.crt"), os.path.join(directory, "server.key"))
    ctx.load_verify_locations(os.path.join(directory, "ca.crt"))
    ctx.verify_mode = ssl.CERT_OPTIONAL
    ctx.set_alpn_protocols(["http/1.1"])

    with open(os.path.join(directory, "ca.crt"), "rb") as f:
        controller_mod.SERVICE_ACCOUNT_CA = f.read()
    scheduler = controller_mod.Scheduler()
    clusters = Clusters(args.seed, args.nodes, args.events, scheduler)
    httpd = Server(("127.0.0.1", 0), Handler, ctx)
    port = httpd.server_address[1]
    Handler.clusters = clusters
    Handler.authn = authn
    Handler.api = api_mod.Api(authn, f"127.0.0.1:{port}")
    Handler.counters = {}
    Handler.counters_lock = threading.Lock()
    Handler.access_log = open(os.path.join(directory, "access.log"), "a")

    stop = threading.Event()

    def on_term(signum, frame):
        stop.set()
        threading.Thread(target=httpd.shutdown, daemon=True).start()
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)

    _write_ready(directory, {
        "pid": os.getpid(), "port": port, "url": f"https://127.0.0.1:{port}",
        "caFile": os.path.join(directory, "ca.crt"),
        "tokens": {name: authn.token_of(name) for name in ("admin", "viewer", "noperm")},
        "adminToken": authn.token_of("admin"),
        "clientCerts": {u: {"cert": c, "key": k} for u, (c, k) in client_certs.items()},
        "basic": {"username": "basic-user", "password": authn.basic["basic-user"]},
    })
    httpd.serve_forever(poll_interval=0.2)
    httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
