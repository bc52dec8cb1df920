"""Per-run CA, server and client certificates made with the openssl CLI (keys are 0600)."""

import os
import shutil
import subprocess


class CertError(RuntimeError):
    pass


def _run(args, cwd):
    proc = subprocess.run(["openssl"] + args, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise CertError(f"openssl {args[0]} failed: {proc.stderr.strip()}")


def _key(path, cwd):
    _run(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path], cwd)
    os.chmod(os.path.join(cwd, path), 0o600)


def generate(directory, client_subjects):
    """Writes ca.crt/ca.key, server.crt/server.key and client-<user>.crt/.key for each
    (user, [groups]) in client_subjects. Returns {user: (certPath, keyPath)}."""
    if shutil.which("openssl") is None:
        raise CertError("the openssl command is not on PATH; the test API server needs it")
    d = directory
    _key("ca.key", d)
    _run(["req", "-x509", "-new", "-key", "ca.key", "-sha256", "-days", "2", "-subj", "/CN=fleetdeck-test-ca",
          "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
          "-out", "ca.crt"], d)
    _key("server.key", d)
    with open(os.path.join(d, "server.ext"), "w") as f:
        f.write("subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc\n"
                "extendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n")
    _run(["req", "-new", "-key", "server.key", "-subj", "/CN=kube-apiserver", "-out", "server.csr"], d)
    _run(["x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
          "-days", "2", "-sha256", "-extfile", "server.ext", "-out", "server.crt"], d)
    with open(os.path.join(d, "client.ext"), "w") as f:
        f.write("extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n")
    out = {}
    for user, groups in client_subjects:
        key, csr, crt = f"client-{user}.key", f"client-{user}.csr", f"client-{user}.crt"
        subj = "".join(f"/O={g}" for g in groups) + f"/CN={user}"
        _key(key, d)
        _run(["req", "-new", "-key", key, "-subj", subj, "-out", csr], d)
        _run(["x509", "-req", "-in", csr, "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
              "-sha256", "-extfile", "client.ext", "-out", crt], d)
        out[user] = (os.path.join(d, crt), os.path.join(d, key))
    return out
