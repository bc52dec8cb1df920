#!/usr/bin/env python3
"""Forwarding proxy for the net tests (standard library only): HTTP CONNECT, absolute-URI HTTP
forwarding and SOCKS5 (no auth; IPv4 and domain-name addresses) on one port, told apart by the
first byte. Prints "PORT <n>". --deny answers 403 to every CONNECT and SOCKS request.
GET /__stats (sent directly) returns JSON counters so tests can see traffic really went through.
"""
import argparse
import json
import select
import socket
import socketserver
import struct
import sys
import threading

lock = threading.Lock()
stats = {"connect": 0, "forward": 0, "socksDomain": 0, "socksIp": 0, "denied": 0}
DENY = False


def count(key):
    with lock:
        stats[key] += 1


def pipe(a, b):
    socks = [a, b]
    try:
        while True:
            readable, _, _ = select.select(socks, [], [], 30)
            if not readable:
                return
            for s in readable:
                data = s.recv(65536)
                if not data:
                    return
                (b if s is a else a).sendall(data)
    except OSError:
        return


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        part = sock.recv(n - len(data))
        if not part:
            raise OSError("closed")
        data += part
    return data


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        s = self.request
        try:
            first = s.recv(1, socket.MSG_PEEK)
            if not first:
                return
            if first[0] == 5:
                self.socks5(s)
            else:
                self.http(s)
        except OSError:
            pass
        finally:
            s.close()

    def socks5(self, s):
        _, nmethods = recv_exact(s, 2)
        recv_exact(s, nmethods)
        s.sendall(b"\x05\x00")
        ver, cmd, _, atyp = recv_exact(s, 4)
        if atyp == 1:
            host = socket.inet_ntoa(recv_exact(s, 4))
            kind = "socksIp"
        elif atyp == 3:
            host = recv_exact(s, recv_exact(s, 1)[0]).decode()
            kind = "socksDomain"
        else:
            s.sendall(b"\x05\x08\x00\x01" + b"\x00" * 6)
            return
        (port,) = struct.unpack("!H", recv_exact(s, 2))
        if DENY or cmd != 1:
            count("denied")
            s.sendall(b"\x05\x02\x00\x01" + b"\x00" * 6)  # not allowed by ruleset
            return
        try:
            upstream = socket.create_connection((host, port), timeout=5)
        except OSError:
            s.sendall(b"\x05\x05\x00\x01" + b"\x00" * 6)  # connection refused
            return
        count(kind)
        s.sendall(b"\x05\x00\x00\x01" + b"\x00" * 6)
        with upstream:
            pipe(s, upstream)

    def http(self, s):
        head = b""
        while b"\r\n\r\n" not in head:
            part = s.recv(65536)
            if not part:
                return
            head += part
            if len(head) > 65536:
                return
        head, rest = head.split(b"\r\n\r\n", 1)
        lines = head.split(b"\r\n")
        method, target, version = lines[0].split(b" ", 2)
        if method == b"CONNECT":
            if DENY:
                count("denied")
                s.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                return
            host, port = target.rsplit(b":", 1)
            try:
                upstream = socket.create_connection((host.decode().strip("[]"), int(port)), 5)
            except OSError:
                s.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                return
            count("connect")
            s.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            with upstream:
                if rest:
                    upstream.sendall(rest)
                pipe(s, upstream)
        elif target == b"/__stats":
            with lock:
                body = json.dumps(stats).encode()
            s.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        elif target.startswith(b"http://"):
            if DENY:
                count("denied")
                s.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                return
            hostport, _, path = target[len(b"http://"):].partition(b"/")
            host, _, port = hostport.rpartition(b":")
            upstream = socket.create_connection((host.decode(), int(port or 80)), 5)
            count("forward")
            headers = [l for l in lines[1:] if not l.lower().startswith(b"proxy-")]
            upstream.sendall(b"%s /%s %s\r\n%s\r\n\r\n" % (method, path, version,
                                                          b"\r\n".join(headers)) + rest)
            with upstream:
                pipe(s, upstream)
        else:
            s.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main():
    global DENY
    ap = argparse.ArgumentParser()
    ap.add_argument("--deny", action="store_true")
    DENY = ap.parse_args().deny
    server = Server(("127.0.0.1", 0), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
