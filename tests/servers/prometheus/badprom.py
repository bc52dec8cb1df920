#!/usr/bin/env python3
"""A misbehaving "Prometheus" for the client's bad-input tests (Python standard library only).

Binds 127.0.0.1 on a free port and prints "PORT <n>" once ready. The first path segment picks
the behaviour; the rest is the API path the client asked for (/html/api/v1/query …):
  /html/…        200 text/html: a login page (a reverse proxy in front of Prometheus)
  /htmljson/…    200 with an HTML body but a JSON content type
  /huge/…        200 application/json, a 50 MB valid answer streamed in chunks
  /slow/…        answers after 10 s
  /malformed/…   200 application/json cut off in the middle
  /trailing/…    a valid answer followed by garbage
  /odd/…         a valid envelope with odd values: "abc", "NaN", "+Inf", "-Inf", a series
                 without labels, a label that is not a string, a sample with a string time
  /nested/…      JSON nested 100,000 levels deep
  /error422/…    Prometheus's own execution error envelope (HTTP 422)
  /plain503/…    503 text/plain "Service Unavailable"
  /am400/…       Alertmanager's error style: 400 with a bare JSON string
  /auth/…        401 unless "Authorization: Bearer good"; /stats counts the attempts
  /ok/…          a small valid vector
Options: --cert/--key serve TLS.
"""
import argparse
import json
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
stats = {"auth": 0}

OK = {"status": "success", "data": {"resultType": "vector", "result": [
    {"metric": {"__name__": "DCGM_FI_DEV_GPU_UTIL", "gpu": "0", "Hostname": "n1", "UUID": "GPU-1"},
     "value": [1733390000.5, "42"]}]}}

ODD = {"status": "success", "warnings": ["a warning from the server"], "data": {"resultType": "matrix", "result": [
    {"metric": {"__name__": "DCGM_FI_DEV_GPU_UTIL", "gpu": "0", "Hostname": "n1"},
     "values": [[1733390000, "1"], [1733390030, "abc"], [1733390060, "NaN"], [1733390090, "+Inf"],
                [1733390120, "-Inf"], ["1733390150", "2"], [1733390180, "1e+01"]]},
    {"metric": {}, "values": [[1733390000, "5"]]},
    {"metric": {"__name__": "DCGM_FI_DEV_GPU_UTIL", "gpu": 3, "hostname": "n2"},
     "values": [[1733390000, "7"]]},
]}}

LOGIN = (b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>"
         b"<form action=\"/oauth2/start\"><button>Sign in with SSO</button></form></body></html>\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, code, body, ctype="application/json"):
        if isinstance(body, str):
            body = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.do_GET()

    def do_DELETE(self):
        self.do_GET()

    def do_GET(self):
        mode = self.path.split("/")[1] if self.path.count("/") >= 1 else ""
        if mode == "html":
            return self.send(200, LOGIN, "text/html; charset=utf-8")
        if mode == "htmljson":
            return self.send(200, LOGIN, "application/json")
        if mode == "huge":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            sample = b'[1733390000,"1"],'
            chunk = sample * 4096
            head = b'{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"gpu":"0"},"values":['
            try:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(head), head))
                sent = len(head)
                while sent < 50 * 1000 * 1000:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sent += len(chunk)
                tail = b'[1733390001,"1"]]}]}}'
                self.wfile.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(tail), tail))
            except OSError:
                pass  # the client gave up at its size limit
            return
        if mode == "slow":
            time.sleep(10)
            return self.send(200, json.dumps(OK))
        if mode == "malformed":
            return self.send(200, '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"]')
        if mode == "trailing":
            return self.send(200, json.dumps(OK) + " garbage")
        if mode == "odd":
            return self.send(200, json.dumps(ODD))
        if mode == "nested":
            return self.send(200, '{"status":"success","data":' + "[" * 100000 + "]" * 100000 + "}")
        if mode == "error422":
            return self.send(422, json.dumps({"status": "error", "errorType": "execution",
                                              "error": "expanding series: too many chunks"}))
        if mode == "plain503":
            return self.send(503, "Service Unavailable\n", "text/plain")
        if mode == "am400":
            return self.send(400, json.dumps("bad matcher format: alertname=="))
        if mode == "auth":
            with lock:
                stats["auth"] += 1
            if self.headers.get("Authorization") != "Bearer good":
                return self.send(401, "Unauthorized\n", "text/plain")
            return self.send(200, json.dumps(OK))
        if mode == "stats":
            with lock:
                return self.send(200, json.dumps(stats))
        if mode == "ok":
            return self.send(200, json.dumps(OK))
        return self.send(404, "404 page not found\n", "text/plain")


class Server(ThreadingHTTPServer):
    daemon_threads = True


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cert")
    p.add_argument("--key")
    a = p.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    if a.cert:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(a.cert, a.key)
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
