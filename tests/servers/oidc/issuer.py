"""A minimal OIDC issuer for tests (Python stdlib): discovery document and a refresh_token grant.

    python3 issuer.py CERT KEY DIR

Serves HTTPS on 127.0.0.1 (random port, written to DIR/port), appends one line per token request
to DIR/requests, and answers from DIR/config.json {"accept": [refresh tokens], "id_token",
"refresh_token"}; the client secret must be TestOnlyClientSecret. Runs until terminated.
"""
import http.server, json, os, ssl, sys, urllib.parse
cert, key, d = sys.argv[1:4]
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def send(self, code, obj):
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        if self.path == "/.well-known/openid-configuration":
            base = "https://127.0.0.1:%d" % self.server.server_port
            return self.send(200, {"issuer": base, "token_endpoint": base + "/oauth2/token"})
        self.send(404, {"error": "not_found"})
    def do_POST(self):
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        with open(os.path.join(d, "config.json")) as f:
            cfg = json.load(f)
        with open(os.path.join(d, "requests"), "a") as f:
            f.write(form.get("grant_type", [""])[0] + " " + form.get("client_id", [""])[0] + "\n")
        ok = (self.path == "/oauth2/token" and form.get("grant_type") == ["refresh_token"]
              and form.get("client_secret") == ["TestOnlyClientSecret"]
              and form.get("refresh_token", [""])[0] in cfg["accept"])
        if not ok:
            return self.send(400, {"error": "invalid_grant", "error_description": "token revoked"})
        self.send(200, {"id_token": cfg["id_token"], "refresh_token": cfg["refresh_token"],
                        "token_type": "Bearer", "expires_in": 3600})
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(cert, key)
srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
with open(os.path.join(d, "port.tmp"), "w") as f:
    f.write(str(srv.server_port))
os.rename(os.path.join(d, "port.tmp"), os.path.join(d, "port"))
srv.serve_forever()
