#!/usr/bin/env python3
"""HTTP/HTTPS test server for the net tests (Python standard library only).

Binds 127.0.0.1 on a free port and prints "PORT <n>" once ready. Routes:
  /hello                 200 "hello"
  /status/<code>         <code> with a small JSON Status body
  /big?bytes=N           200 with N bytes, chunked (no Content-Length)
  /big-cl?bytes=N        200 with N bytes and a Content-Length
  /stream?n=N&ms=M       N chunks "event i\\n", M ms apart
  /slow?ms=M             200 after M ms
  /echo, <prefix>/echo   JSON with method, path, headers and body length
  /close                 200 "closed" with Connection: close (the next request needs a new
                         connection: TLS session resumption)
  /stats, /reset         counters: max concurrent connections (maxOpen) and /slow requests
  /login[?ms=M]          a vCenter-like session (answered after M ms): Set-Cookie vmware_soap_session=<new id>; Path=/;
                         Secure; HttpOnly (plus an unrelated cookie scoped to /other)
  /session               200 with the session id when the request carries a live session cookie,
                         else 401; /logout expires the cookie (Max-Age=0) and forgets the session
Options: --cert/--key serve TLS; --client-ca demands a client certificate signed by it.
"""
import argparse
import json
import os
import socket
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

lock = threading.Lock()
sessions = set()
stats = {"open": 0, "maxOpen": 0, "connections": 0, "requests": 0, "slow": 0, "maxSlow": 0}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def setup(self):
        super().setup()
        with lock:
            stats["open"] += 1
            stats["connections"] += 1
            stats["maxOpen"] = max(stats["maxOpen"], stats["open"])

    def finish(self):
        with lock:
            stats["open"] -= 1
        try:
            super().finish()
        except OSError:
            pass

    def send_body(self, code, body, ctype="text/plain"):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def chunk(self, data):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def do_POST(self):
        self.do_GET()

    def do_PUT(self):
        self.do_GET()

    def do_PATCH(self):
        self.do_GET()

    def do_DELETE(self):
        self.do_GET()

    def do_GET(self):
        with lock:
            stats["requests"] += 1
        url = urlsplit(self.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        try:
            self.route(url.path, q, body)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            self.close_connection = True

    def route(self, path, q, body):
        if path == "/hello":
            self.send_body(200, b"hello")
        elif path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            doc = {"kind": "Status", "code": code, "message": "test status %d" % code}
            self.send_body(code, json.dumps(doc).encode(), "application/json")
        elif path in ("/big", "/big-cl"):
            total = int(q.get("bytes", "1048576"))
            block = b"x" * (1 << 20)
            self.send_response(200)
            if path == "/big-cl":
                self.send_header("Content-Length", str(total))
            else:
                self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            sent = 0
            while sent < total:
                part = block[: min(len(block), total - sent)]
                if path == "/big-cl":
                    self.wfile.write(part)
                else:
                    self.chunk(part)
                sent += len(part)
            if path == "/big":
                self.wfile.write(b"0\r\n\r\n")
        elif path == "/stream":
            n, ms = int(q.get("n", "5")), int(q.get("ms", "150"))
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(n):
                self.chunk(b"event %d\n" % i)
                time.sleep(ms / 1000.0)
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/slow":
            with lock:
                stats["slow"] += 1
                stats["maxSlow"] = max(stats["maxSlow"], stats["slow"])
            time.sleep(int(q.get("ms", "200")) / 1000.0)
            with lock:
                stats["slow"] -= 1
            self.send_body(200, b"slow")
        elif path == "/echo" or path.endswith("/echo"):
            doc = {"method": self.command, "path": self.path, "bodyLength": len(body),
                   "body": body.decode("utf-8", "replace"),
                   "headers": {k.lower(): v for k, v in self.headers.items()}}
            self.send_body(200, json.dumps(doc).encode(), "application/json")
        elif path == "/close":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.send_header("Content-Length", "6")
            self.end_headers()
            self.wfile.write(b"closed")
            self.close_connection = True
        elif path == "/login":
            time.sleep(int(q.get("ms", "0")) / 1000.0)
            sid = os.urandom(16).hex()
            with lock:
                sessions.add(sid)
            self.send_response(200)
            self.send_header("Set-Cookie", "vmware_soap_session=%s; Path=/; Secure; HttpOnly" % sid)
            self.send_header("Set-Cookie", "elsewhere=1; Path=/other")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
        elif path in ("/session", "/logout"):
            cookies = {}
            for header in self.headers.get_all("Cookie") or []:
                for part in header.split(";"):
                    name, _, value = part.strip().partition("=")
                    cookies[name] = value
            sid = cookies.get("vmware_soap_session")
            with lock:
                live = sid in sessions
                if path == "/logout":
                    sessions.discard(sid)
            if path == "/logout":
                self.send_response(200)
                self.send_header("Set-Cookie", "vmware_soap_session=; Path=/; Max-Age=0; Secure; HttpOnly")
                self.send_header("Content-Length", "3")
                self.end_headers()
                self.wfile.write(b"bye")
            elif live:
                doc = {"session": sid, "cookieHeader": "; ".join(self.headers.get_all("Cookie") or [])}
                self.send_body(200, json.dumps(doc).encode(), "application/json")
            else:
                self.send_body(401, b"no session")
        elif path == "/stats":
            with lock:
                doc = dict(stats)
            self.send_body(200, json.dumps(doc).encode(), "application/json")
        elif path == "/reset":
            with lock:
                stats.update({"maxOpen": stats["open"], "connections": 0, "requests": 0})
            self.send_body(200, b"ok")
        else:
            self.send_body(404, b"not found")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512
    tls = None

    def finish_request(self, request, client_address):
        # Without this, headers and body as separate writes meet delayed ACKs: +40 ms per answer
        # on a kept-alive connection.
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.tls is not None:
            tls = self.tls.wrap_socket(request, server_side=True, do_handshake_on_connect=False)
            try:
                tls.do_handshake()
            except (ssl.SSLError, OSError):
                # OpenSSL has sent its alert. Read what the client still sends before closing,
                # or the close resets the connection before the client has read the alert.
                drain(socket.socket(fileno=tls.detach()))
                return
            request = tls
        self.RequestHandlerClass(request, client_address, self)


def drain(sock):
    try:
        sock.settimeout(1.0)
        while sock.recv(65536):
            pass
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cert")
    ap.add_argument("--key")
    ap.add_argument("--client-ca")
    args = ap.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    if args.cert:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(args.cert, args.key)
        if args.client_ca:
            ctx.verify_mode = ssl.CERT_REQUIRED
            ctx.load_verify_locations(args.client_ca)
        ctx.set_alpn_protocols(["http/1.1"])
        server.tls = ctx
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
