#!/usr/bin/env python3
"""An authenticating reverse proxy on 127.0.0.1 in front of the test Prometheus (or
Alertmanager), standard library only. Prometheus 2.42's --web.config.file can check basic
authentication (bcrypt hashes) but not a bearer token, so a bearer-protected Prometheus is this
proxy in front of the real one: a request without `Authorization: Bearer <token>` gets 401 and
never reaches Prometheus; every other request is forwarded unchanged (method, path, query, body)
without the Authorization header.

    FLEETDECK_TEST_PROXY_TOKEN=secret authproxy.py --upstream http://127.0.0.1:9090

With --fail-file PATH, a range query whose PromQL contains the text in that file (read on every
request; absent or empty: none) is answered as Prometheus answers a query it gives up on (422,
its "too many samples" execution error) instead of being forwarded: one chart of a page fails
while the others load, and a test switches the failure on and off by writing the file. With
--hold-file PATH, such a range query is held until that file no longer holds its text (at most
60 s), then forwarded: one chart's answer comes late.

Prints "PORT <n>" on the first line of stdout once it listens; counts the requests it refused,
failed, held and forwarded in GET /__proxy/stats (JSON, answered without authentication); stops on
SIGTERM.
"""

import argparse
import ctypes
import http.server
import json
import os
import signal
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PR_SET_PDEATHSIG = 1
# Prometheus's own words (promql.ErrTooManySamples) for a query it gives up on.
TOO_MANY_SAMPLES = {"status": "error", "errorType": "execution",
                    "error": "query processing would load too many samples into memory in query execution"}
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
              "proxy-authorization", "proxy-authenticate", "content-length", "host", "authorization"}


def main():
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except OSError:
        pass
    p = argparse.ArgumentParser()
    p.add_argument("--upstream", required=True)
    p.add_argument("--fail-file")
    p.add_argument("--hold-file")
    a = p.parse_args()
    token = os.environ.get("FLEETDECK_TEST_PROXY_TOKEN", "")
    if not token:
        print("authproxy: FLEETDECK_TEST_PROXY_TOKEN is not set", file=sys.stderr)
        return 2
    expected = "Bearer " + token
    upstream = a.upstream.rstrip("/")
    stats = {"refused": 0, "failed": 0, "held": 0, "forwarded": 0}

    def file_text(path):
        if not path:
            return ""
        try:
            with open(path, encoding="utf-8") as f:
                return f.read().strip()
        except OSError:
            return ""
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def reply(self, code, body, headers=()):
            self.send_response(code)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def handle_any(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if self.path == "/__proxy/stats":
                with lock:
                    self.reply(200, json.dumps(stats).encode(), [("Content-Type", "application/json")])
                return
            if self.headers.get("Authorization") != expected:
                with lock:
                    stats["refused"] += 1
                self.reply(401, b"Unauthorized\n", [("Content-Type", "text/plain; charset=utf-8"),
                                                     ("WWW-Authenticate", 'Bearer realm="prometheus"')])
                return
            queries = []
            if urllib.parse.urlsplit(self.path).path.endswith("/api/v1/query_range"):
                params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
                if body and "form-urlencoded" in (self.headers.get("Content-Type") or ""):
                    params.update(urllib.parse.parse_qs(body.decode("utf-8", "replace")))
                queries = params.get("query", [])

            def matches(path):
                text = file_text(path)
                return bool(text) and any(text in q for q in queries)

            if matches(a.fail_file):
                with lock:
                    stats["failed"] += 1
                self.reply(422, json.dumps(TOO_MANY_SAMPLES).encode(),
                           [("Content-Type", "application/json")])
                return
            if matches(a.hold_file):
                with lock:
                    stats["held"] += 1
                deadline = time.monotonic() + 60
                while matches(a.hold_file) and time.monotonic() < deadline:
                    time.sleep(0.05)
            with lock:
                stats["forwarded"] += 1
            req = urllib.request.Request(upstream + self.path, data=body, method=self.command)
            for k, v in self.headers.items():
                if k.lower() not in HOP_BY_HOP:
                    req.add_header(k, v)
            try:
                with urllib.request.urlopen(req, timeout=60) as r:
                    code, headers, data = r.status, r.getheaders(), r.read()
            except urllib.error.HTTPError as e:
                code, headers, data = e.code, e.headers.items(), e.read()
            except OSError as e:
                self.reply(502, ("upstream: %s\n" % e).encode())
                return
            self.reply(code, data, [(k, v) for k, v in headers if k.lower() not in HOP_BY_HOP])

        do_GET = do_POST = do_PUT = do_DELETE = handle_any

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
