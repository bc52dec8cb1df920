"""kubectl (1.32, or Debian 12's 1.20) as the oracle for Fleetdeck's kubeconfig reader.

Kubeconfigs are generated here with `kubectl config set-cluster / set-credentials / set-context`
(every auth kind, CA data and file, tls-server-name, insecure, proxy-url, namespace), alone and
merged in KUBECONFIG lists with name clashes and relative paths. For each set of files:

- `fleetdeck-cli kubeconfig show FILE... --json` (and the same through $KUBECONFIG) must equal,
  field by field, `kubectl config view --merge --raw -o json` and `kubectl config get-contexts`;
- `fleetdeck-cli kubeconfig export FILE... --context X` must equal what kubectl itself makes of
  that context: `kubectl config view --minify --flatten --raw --context X` (files embedded,
  relative paths resolved against the file that names them).

Deliberate differences, normalised below:
- kubectl lists contexts sorted by name; Fleetdeck keeps file order (checked separately).
- `config view` prints relative paths as written; Fleetdeck resolves them against the file that
  mentions them (what kubectl does before using them), and its export writes them absolute.
- Fleetdeck masks secret-looking exec arguments in `show` (never printed).

The oracle is kubectl 1.32.x or Debian 12's 1.20.x (kubefixture.find_kubectl checks the version
and fails on any other): what `config view` prints, and which `config set-*` flags exist, change
between versions, and an oracle of another version is not one these expectations were checked
against. The comparisons are the same for both; only the generator differs where 1.20 itself
does (see Generator).
"""

import base64
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kubefixture import find_kubectl_info  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
V1 = "client.authentication.k8s.io/v1"
V1BETA1 = "client.authentication.k8s.io/v1beta1"
V1ALPHA1 = "client.authentication.k8s.io/v1alpha1"


KUBECTL = None
KUBECTL_VERSION = None  # (major, minor)


def setUpModule():
    global KUBECTL, KUBECTL_VERSION
    # A missing or other-version kubectl fails the run (MissingTool says what to install).
    KUBECTL, KUBECTL_VERSION, git_version = find_kubectl_info()
    print(f"kubectl: {KUBECTL} ({git_version})", file=sys.stderr)


def kubectl(*args, kubeconfig=None, env_list=None):
    env = {k: v for k, v in os.environ.items() if k != "KUBECONFIG"}
    env["HOME"] = env.get("HOME", "/nonexistent")
    if env_list is not None:
        env["KUBECONFIG"] = os.pathsep.join(env_list)
    cmd = [KUBECTL] + (["--kubeconfig", kubeconfig] if kubeconfig else []) + list(args)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    if p.returncode != 0:
        raise AssertionError(f"kubectl {' '.join(args)} failed: {p.stderr}")
    return p.stdout


def fleetdeck(*args, env=None):
    full_env = {k: v for k, v in os.environ.items() if k != "KUBECONFIG"}
    full_env.update(env or {})
    p = subprocess.run([CLI, "kubeconfig", *args], capture_output=True, text=True, timeout=60,
                       env=full_env)
    return p.returncode, p.stdout, p.stderr


def show_json(files, via_env=False):
    if via_env:
        code, out, err = fleetdeck("show", "--json", env={"KUBECONFIG": os.pathsep.join(files)})
    else:
        code, out, err = fleetdeck("show", *files, "--json")
    if code != 0:
        raise AssertionError(f"kubeconfig show failed ({code}): {err}")
    return json.loads(out)


def get_contexts_table(files):
    """`kubectl config get-contexts` parsed by the header's column positions."""
    lines = kubectl("config", "get-contexts", env_list=files).splitlines()
    header = lines[0]
    names = ["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"]
    starts = [header.index(n) for n in names]
    rows = {}
    for line in lines[1:]:
        cells = []
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else None
            cells.append(line[start:end].strip())
        row = dict(zip(names, cells))
        rows[row["NAME"]] = row
    return rows


def redact_args(args):
    """The masking Fleetdeck promises for the flags these tests use."""
    out, mask_next = [], False
    for a in args:
        if mask_next and not a.startswith("-"):
            out.append("<redacted>")
            mask_next = False
            continue
        mask_next = False
        if a.startswith("--client-secret"):
            if "=" in a:
                out.append(a.split("=", 1)[0] + "=<redacted>")
            else:
                out.append(a)
                mask_next = True
            continue
        out.append(a)
    return out


def auth_kind(user):
    """Fleetdeck's order when several are set: exec, auth-provider, cert, tokenFile, token, basic."""
    if user.get("exec"):
        return "exec"
    if user.get("auth-provider"):
        return "authProvider"
    if user.get("client-certificate-data") or user.get("client-certificate"):
        return "clientCert"
    if user.get("tokenFile"):
        return "tokenFile"
    if user.get("token"):
        return "token"
    if user.get("username") or user.get("password"):
        return "basic"
    return "none"


def strip_empty(value):
    """kubectl prints nil lists as null, unset booleans as false; both mean 'not set'."""
    if isinstance(value, dict):
        out = {k: strip_empty(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {}, False)}
    if isinstance(value, list):
        return [strip_empty(v) for v in value]
    return value


class Generator:
    """Writes kubeconfigs with kubectl's own `config set-*` commands.

    kubectl 1.32 writes every option itself. Debian 12's kubectl 1.20 cannot, so for it the
    1.32 command lines are translated here, and kubectl still writes everything it can:
    - `set-cluster` has no --tls-server-name or --proxy-url: `config set clusters.NAME.FIELD`;
    - `set-credentials` crashes (SIGSEGV in json-iterator/reflect2, built with a newer Go than
      that library supports): token, basic and certificate users through `config set
      users.NAME.FIELD` (certificate data base64, as `config set` takes bytes);
    - exec and auth-provider users cannot be written by 1.20 at all (`config set` cannot make
      their structs, and any write of a file holding an auth-provider's config map crashes), so
      they are kept aside and appended to the file as YAML by finish(), after kubectl's last
      write; kubectl then reads them like any hand-written kubeconfig.
    1.20's `config view` leaves out the exec fields it does not know (interactiveMode) on both
    sides of every comparison, so with 1.20 those are not compared. Every file is complete only
    after finish(FILE).
    """

    def __init__(self, root, version):
        self.root = root
        self.legacy = version < (1, 21)
        self.pending = {}  # kubeconfig -> {user name: user} (1.20: appended by finish)
        self.finished = set()

    def path(self, rel):
        p = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def set(self, kubeconfig, *args):
        if kubeconfig in self.finished:
            raise AssertionError(f"{kubeconfig}: no kubectl write after finish()")
        if self.legacy and args[0] == "set-cluster":
            return self._legacy_cluster(kubeconfig, args[1], args[2:])
        if self.legacy and args[0] == "set-credentials":
            return self._legacy_credentials(kubeconfig, args[1], args[2:])
        if self.legacy and args[0] == "set" and args[1].startswith("users."):
            name, field = args[1].split(".")[1:]
            user = self.pending.get(kubeconfig, {}).get(name)
            if user is not None:
                user[field] = args[2]
                return None
        return kubectl("config", *args, kubeconfig=kubeconfig)

    def pki(self, rel_dir, cn):
        """A CA, and a client certificate signed by it, under rel_dir (openssl CLI)."""
        d = self.path(os.path.join(rel_dir, "x"))
        d = os.path.dirname(d)

        def ossl(*a):
            subprocess.run(["openssl", *a], check=True, capture_output=True, timeout=60)

        ossl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
             "-keyout", f"{d}/ca.key", "-out", f"{d}/ca.crt", "-days", "30", "-subj",
             f"/CN={cn}-ca")
        ossl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
             "-keyout", f"{d}/client.key", "-out", f"{d}/client.csr", "-subj",
             f"/CN={cn}/O=system:masters")
        ossl("x509", "-req", "-in", f"{d}/client.csr", "-CA", f"{d}/ca.crt", "-CAkey",
             f"{d}/ca.key", "-CAcreateserial", "-out", f"{d}/client.crt", "-days", "30")
        return d

    def install_hint(self, kubeconfig, user, hint):
        """`kubectl config set` cannot set exec fields; add installHint under the user's exec."""
        if self.legacy:
            self.pending[kubeconfig][user]["exec"]["installHint"] = hint
            return
        with open(kubeconfig) as f:
            lines = f.read().split("\n")
        out, in_user = [], False
        for line in lines:
            out.append(line)
            if line.startswith("- name: "):
                in_user = line == f"- name: {user}"
            if in_user and line == "    exec:":
                out.append(f"      installHint: {json.dumps(hint)}")
        with open(kubeconfig, "w") as f:
            f.write("\n".join(out))

    def finish(self, kubeconfig):
        """Appends the users kept aside (1.20) to the `users:` list kubectl wrote last."""
        self.finished.add(kubeconfig)
        users = self.pending.pop(kubeconfig, {})
        if not users:
            return
        with open(kubeconfig) as f:
            text = f.read()
        # kubectl writes the top-level keys sorted: `users` is the last one.
        top = [line for line in text.splitlines() if line[:1].isalpha()]
        if not top[-1].startswith("users:"):
            raise AssertionError(f"{kubeconfig} does not end with its users: {top}")
        text = text.replace("\nusers: null\n", "\nusers:\n").replace("\nusers: []\n", "\nusers:\n")
        for name, user in users.items():
            text += "- " + json.dumps({"name": name, "user": user}) + "\n"
        with open(kubeconfig, "w") as f:
            f.write(text)

    @staticmethod
    def _flags(flags):
        out = []
        for flag in flags:
            key, _, value = flag.partition("=")
            out.append((key.lstrip("-"), value))
        return out

    def _legacy_cluster(self, kc, name, flags):
        own, later = [], []
        for key, value in self._flags(flags):
            (later if key in ("tls-server-name", "proxy-url") else own).append((key, value))
        kubectl("config", "set-cluster", name, *[f"--{k}={v}" for k, v in own], kubeconfig=kc)
        for key, value in later:
            kubectl("config", "set", f"clusters.{name}.{key}", value, kubeconfig=kc)

    def _legacy_credentials(self, kc, name, flags):
        flags = self._flags(flags)
        keys = {k for k, _ in flags}
        if keys & {"exec-command", "auth-provider"}:
            # What 1.32's set-credentials writes for these flags.
            user = {}
            for key, value in flags:
                if key == "exec-command":
                    user.setdefault("exec", {})["command"] = value
                elif key == "exec-api-version":
                    user.setdefault("exec", {})["apiVersion"] = value
                elif key == "exec-arg":
                    user.setdefault("exec", {}).setdefault("args", []).append(value)
                elif key == "exec-env":
                    env_name, _, env_value = value.partition("=")
                    user.setdefault("exec", {}).setdefault("env", []).append(
                        {"name": env_name, "value": env_value})
                elif key == "exec-interactive-mode":
                    user.setdefault("exec", {})["interactiveMode"] = value
                elif key == "exec-provide-cluster-info":
                    user.setdefault("exec", {})["provideClusterInfo"] = value == "true"
                elif key == "auth-provider":
                    user.setdefault("auth-provider", {})["name"] = value
                elif key == "auth-provider-arg":
                    arg, _, arg_value = value.partition("=")
                    user.setdefault("auth-provider", {}).setdefault("config", {})[arg] = arg_value
                else:
                    raise AssertionError(f"no 1.20 translation for --{key} with exec/auth-provider")
            self.pending.setdefault(kc, {})[name] = user
            return
        embed = ("embed-certs", "true") in flags
        for key, value in flags:
            if key == "embed-certs":
                continue
            if key not in ("token", "username", "password", "client-certificate", "client-key"):
                raise AssertionError(f"no 1.20 translation for set-credentials --{key}")
            if embed and key.startswith("client-"):
                with open(value, "rb") as f:
                    key, value = key + "-data", base64.b64encode(f.read()).decode()
            kubectl("config", "set", f"users.{name}.{key}", value, kubeconfig=kc)


class KubeconfigOracleTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="kubeconfig-oracle-")
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.gen = Generator(self.tmp, KUBECTL_VERSION)

    # --- the comparison -------------------------------------------------------------------

    def origin_of(self, files, section, name):
        """The file whose entry kubectl's merge keeps: the first that defines the name."""
        for f in files:
            doc = json.loads(kubectl("config", "view", "--raw", "-o", "json", kubeconfig=f))
            if any(e["name"] == name for e in doc.get(section) or []):
                return f
        return None

    def expected_order(self, files):
        """File order, file by file, first definition only (kubectl writes each file sorted)."""
        seen, order = set(), []
        for f in files:
            doc = json.loads(kubectl("config", "view", "--raw", "-o", "json", kubeconfig=f))
            for c in doc.get("contexts") or []:
                if c["name"] not in seen:
                    seen.add(c["name"])
                    order.append(c["name"])
        return order

    def assert_show_matches_kubectl(self, files):
        view = json.loads(kubectl("config", "view", "--merge", "--raw", "-o", "json",
                                  env_list=files))
        table = get_contexts_table(files)
        clusters = {c["name"]: c["cluster"] for c in view.get("clusters") or []}
        users = {u["name"]: u["user"] for u in view.get("users") or []}
        contexts = {c["name"]: c["context"] for c in view.get("contexts") or []}

        for via_env in (False, True):
            doc = show_json(files, via_env=via_env)
            mine = {c["name"]: c for c in doc["contexts"]}
            self.assertEqual(doc["currentContext"], view.get("current-context") or None)
            self.assertEqual(set(mine), set(contexts))
            self.assertEqual(set(mine), set(table))
            self.assertEqual([c["name"] for c in doc["contexts"]], self.expected_order(files))
            current_rows = [n for n, r in table.items() if r["CURRENT"] == "*"]
            self.assertEqual(current_rows, [doc["currentContext"]] if doc["currentContext"]
                             in mine else [])

            for name, kc in contexts.items():
                with self.subTest(context=name, via_env=via_env):
                    c = mine[name]
                    row = table[name]
                    self.assertEqual(c["cluster"] or "", kc.get("cluster", ""))
                    self.assertEqual(c["cluster"] or "", row["CLUSTER"])
                    self.assertEqual(c["user"] or "", kc.get("user", ""))
                    self.assertEqual(c["user"] or "", row["AUTHINFO"])
                    self.assertEqual(c["namespace"] or "", kc.get("namespace", ""))
                    self.assertEqual(c["namespace"] or "", row["NAMESPACE"])

                    cl = clusters.get(kc.get("cluster"), {})
                    self.assertEqual(c["server"] or "", cl.get("server", ""))
                    self.assertEqual(c["tlsServerName"] or "", cl.get("tls-server-name", ""))
                    self.assertEqual(c["proxyUrl"] or "", cl.get("proxy-url", ""))
                    self.assertEqual(c["insecureSkipTlsVerify"],
                                     cl.get("insecure-skip-tls-verify", False))
                    ca = ("data" if cl.get("certificate-authority-data") else
                          "file" if cl.get("certificate-authority") else "none")
                    self.assertEqual(c["caSource"], ca)

                    u = users.get(kc.get("user"), {})
                    self.assertEqual(c["authKind"], auth_kind(u))
                    if u.get("exec"):
                        ex = u["exec"]
                        command = ex["command"]
                        if "/" in command and not os.path.isabs(command):
                            origin = self.origin_of(files, "users", kc["user"])
                            command = os.path.normpath(
                                os.path.join(os.path.dirname(origin), command))
                        self.assertEqual(c["exec"], {"command": command,
                                                     "args": redact_args(ex.get("args") or []),
                                                     "apiVersion": ex["apiVersion"]})
                    else:
                        self.assertIsNone(c["exec"])
                    provider = u.get("auth-provider")
                    self.assertEqual(c["authProvider"], provider["name"] if provider else None)
        return view

    def export(self, files, context, out):
        code, _, err = fleetdeck("export", *files, "--context", context, "-o", out)
        self.assertEqual(code, 0, err)
        return json.loads(kubectl("config", "view", "--raw", "-o", "json", kubeconfig=out))

    def assert_export_matches_kubectl(self, files, context):
        """Fleetdeck's single-context export == kubectl's minified, flattened view of it."""
        theirs = json.loads(kubectl("config", "view", "--minify", "--flatten", "--raw",
                                    "--context", context, "-o", "json", env_list=files))
        out = os.path.join(tempfile.mkdtemp(dir=self.tmp), context + ".yaml")
        mine = self.export(files, context, out)
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600)

        # Paths kubectl leaves relative (tokenFile, exec command with a '/') are resolved
        # against the file that defined the user; Fleetdeck writes them resolved.
        for u in theirs.get("users") or []:
            origin = self.origin_of(files, "users", u["name"])
            user = u["user"]
            if user.get("tokenFile") and not os.path.isabs(user["tokenFile"]):
                user["tokenFile"] = os.path.normpath(
                    os.path.join(os.path.dirname(origin), user["tokenFile"]))
            ex = user.get("exec")
            if ex and "/" in ex["command"] and not os.path.isabs(ex["command"]):
                ex["command"] = os.path.normpath(
                    os.path.join(os.path.dirname(origin), ex["command"]))
        for doc in (theirs, mine):
            doc.pop("preferences", None)
        self.assertEqual(strip_empty(mine), strip_empty(theirs))

    def assert_oracle(self, files, export_contexts=()):
        view = self.assert_show_matches_kubectl(files)
        for context in export_contexts:
            with self.subTest(export=context):
                self.assert_export_matches_kubectl(files, context)
        return view

    # --- generated kubeconfigs ----------------------------------------------------------------

    def every_kind(self, rel="every/config"):
        """One file with one context per auth kind and every cluster option."""
        kc = self.gen.path(rel)
        pki = self.gen.pki(os.path.join(os.path.dirname(rel), "pki"), "every")
        with open(os.path.join(os.path.dirname(kc), "token"), "w") as f:
            f.write("TestOnlyFileToken\n")
        s = lambda *a: self.gen.set(kc, *a)  # noqa: E731
        s("set-cluster", "ca-file", "--server=https://10.20.0.1:6443/k8s/clusters/c-abc",
          f"--certificate-authority={pki}/ca.crt", "--tls-server-name=kubernetes.default.svc")
        s("set-cluster", "ca-data", "--server=https://api.example.internal",
          f"--certificate-authority={pki}/ca.crt", "--embed-certs=true",
          "--proxy-url=http://proxy.example.internal:3128")
        s("set-cluster", "insecure", "--server=https://192.0.2.7:16443",
          "--insecure-skip-tls-verify=true", "--proxy-url=socks5://127.0.0.1:1080")
        s("set-cluster", "plain-http", "--server=http://127.0.0.1:8080")
        s("set-credentials", "token", "--token=TestOnlyBearerToken")
        s("set-credentials", "cert-files", f"--client-certificate={pki}/client.crt",
          f"--client-key={pki}/client.key")
        s("set-credentials", "cert-data", f"--client-certificate={pki}/client.crt",
          f"--client-key={pki}/client.key", "--embed-certs=true")
        s("set-credentials", "basic", "--username=admin", "--password=TestOnlyPassw0rd")
        s("set-credentials", "exec-v1", f"--exec-api-version={V1}", "--exec-command=kubelogin",
          "--exec-arg=get-token", "--exec-arg=--server-id=6dae42f8",
          "--exec-arg=--client-secret=TestOnlyClientSecret", "--exec-env=AAD_LOGIN_METHOD=spn",
          "--exec-env=AZURE_CLIENT_SECRET=TestOnlySpnSecretValue",
          "--exec-interactive-mode=Never", "--exec-provide-cluster-info=true")
        s("set-credentials", "exec-v1beta1", f"--exec-api-version={V1BETA1}",
          "--exec-command=./bin/credential-helper", "--exec-arg=--region",
          "--exec-arg=ap-northeast-2", "--exec-interactive-mode=IfAvailable")
        s("set-credentials", "exec-v1alpha1", f"--exec-api-version={V1ALPHA1}",
          "--exec-command=aws-iam-authenticator", "--exec-arg=token", "--exec-arg=-i",
          "--exec-arg=prod")
        s("set-credentials", "oidc", "--auth-provider=oidc",
          "--auth-provider-arg=idp-issuer-url=https://dex.example.internal",
          "--auth-provider-arg=client-id=fleetdeck",
          "--auth-provider-arg=client-secret=TestOnlyClientSecret",
          "--auth-provider-arg=id-token=eyJhbGciOiJSUzI1NiJ9.e30.TestOnlySignature",
          "--auth-provider-arg=refresh-token=TestOnlyRefreshToken")
        s("set", "users.token-file.tokenFile", "token")
        self.gen.install_hint(kc, "exec-v1", "Install kubelogin: https://azure.github.io/kubelogin")
        for ctx, cluster, user, ns in [
                ("token", "ca-file", "token", "default"),
                ("token-file", "ca-data", "token-file", None),
                ("cert-files", "ca-file", "cert-files", "kube-system"),
                ("cert-data", "ca-data", "cert-data", None),
                ("basic", "plain-http", "basic", None),
                ("exec-v1", "ca-data", "exec-v1", "inference"),
                ("exec-v1beta1", "ca-file", "exec-v1beta1", None),
                ("exec-v1alpha1", "insecure", "exec-v1alpha1", None),
                ("oidc", "ca-data", "oidc", "research"),
                ("anonymous", "insecure", None, None)]:
            args = [f"--cluster={cluster}"]
            if user:
                args.append(f"--user={user}")
            if ns:
                args.append(f"--namespace={ns}")
            s("set-context", ctx, *args)
        s("use-context", "exec-v1")
        self.gen.finish(kc)
        return kc

    def test_every_auth_kind_alone(self):
        kc = self.every_kind()
        view = self.assert_oracle([kc], export_contexts=[
            "token", "token-file", "cert-files", "cert-data", "basic", "exec-v1",
            "exec-v1beta1", "exec-v1alpha1", "oidc"])
        # The generator really produced what this test is about.
        users = {u["name"]: u["user"] for u in view["users"]}
        self.assertEqual(users["exec-v1"]["exec"]["installHint"][:17], "Install kubelogin")
        # (kubectl writes --exec-env in no fixed order)
        self.assertEqual({e["name"] for e in users["exec-v1"]["exec"]["env"]},
                         {"AAD_LOGIN_METHOD", "AZURE_CLIENT_SECRET"})
        self.assertEqual(users["token-file"]["tokenFile"], "token")  # relative, as written
        # relative with a '/' (1.32's set-credentials writes it cleaned; 1.20's is appended as given)
        self.assertEqual(os.path.normpath(users["exec-v1beta1"]["exec"]["command"]),
                         "bin/credential-helper")

    def test_secrets_stay_out_of_show(self):
        kc = self.every_kind()
        for mode in (["--json"], []):
            code, out, err = fleetdeck("show", kc, *mode)
            self.assertEqual(code, 0, err)
            for secret in ("TestOnlyBearerToken", "TestOnlyPassw0rd", "TestOnlyClientSecret",
                           "TestOnlySpnSecretValue", "TestOnlyRefreshToken", "TestOnlySignature",
                           "TestOnlyFileToken", "PRIVATE KEY"):
                self.assertNotIn(secret, out + err)

    def test_merged_lists_with_clashes_and_relative_paths(self):
        first = self.every_kind("first/kube/config")
        # A second file, elsewhere, redefining names with other values; its relative paths
        # resolve against its own directory.
        second = self.gen.path("second/config")
        pki = self.gen.pki("second/certs", "second")
        with open(self.gen.path("second/token"), "w") as f:
            f.write("TestOnlyOtherToken\n")
        s = lambda *a: self.gen.set(second, *a)  # noqa: E731
        s("set-cluster", "ca-file", "--server=https://clash.example.internal",
          "--insecure-skip-tls-verify=true")
        s("set-cluster", "second", "--server=https://second.example.internal:443/",
          f"--certificate-authority={pki}/ca.crt")
        s("set-credentials", "token", "--token=TestOnlyBearerToken2")
        s("set-credentials", "second", f"--client-certificate={pki}/client.crt",
          f"--client-key={pki}/client.key")
        s("set", "users.second-token.tokenFile", "token")
        s("set-context", "token", "--cluster=second", "--user=second", "--namespace=clash")
        s("set-context", "mixed", "--cluster=ca-file", "--user=second")
        s("set-context", "second-only", "--cluster=second", "--user=second-token",
          "--namespace=ops")
        s("set-context", "dangling", "--cluster=nowhere", "--user=nobody")
        s("use-context", "second-only")
        self.gen.finish(second)
        # kubectl writes relative paths into the file when they are relative to it.
        with open(second) as f:
            self.assertIn("certificate-authority: certs/ca.crt", f.read())

        # first wins names and current-context (it sets one)
        view = self.assert_oracle([first, second],
                                  export_contexts=["token", "mixed", "second-only", "cert-files"])
        self.assertEqual(view["current-context"], "exec-v1")
        # second first: its definitions win, and so does its current-context
        view = self.assert_oracle([second, first],
                                  export_contexts=["token", "mixed", "cert-files"])
        self.assertEqual(view["current-context"], "second-only")

    def test_current_context_from_the_first_file_setting_it(self):
        a = self.gen.path("a/config")
        b = self.gen.path("b/config")
        c = self.gen.path("c/config")
        self.gen.set(a, "set-cluster", "a", "--server=https://a.example.internal")
        self.gen.set(a, "set-context", "a", "--cluster=a")  # no current-context in a
        self.gen.set(b, "set-context", "b", "--cluster=a", "--user=missing")
        self.gen.set(b, "use-context", "b")
        self.gen.set(c, "set-context", "c", "--cluster=a")
        # dangling, but set first in [c, a, b]; use-context refuses an unknown name
        self.gen.set(c, "set", "current-context", "does-not-exist")
        view = self.assert_oracle([a, b, c])
        self.assertEqual(view["current-context"], "b")
        view = self.assert_oracle([c, a, b])
        self.assertEqual(view["current-context"], "does-not-exist")
        self.assertIsNone(self.assert_oracle([a])["current-context"] or None)

    def test_export_refuses_to_overwrite(self):
        kc = self.every_kind()
        out = os.path.join(self.tmp, "out.yaml")
        with open(out, "w") as f:
            f.write("keep me\n")
        code, _, err = fleetdeck("export", kc, "--context", "token", "-o", out)
        self.assertEqual(code, 1)
        self.assertIn("--force", err)
        with open(out) as f:
            self.assertEqual(f.read(), "keep me\n")
        code, _, err = fleetdeck("export", kc, "--context", "token", "-o", out, "--force")
        self.assertEqual(code, 0, err)
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600)
        doc = json.loads(kubectl("config", "view", "--raw", "-o", "json", kubeconfig=out))
        self.assertEqual(doc["users"][0]["user"]["token"], "TestOnlyBearerToken")
        # Without --context: the current one.
        out2 = os.path.join(self.tmp, "current.yaml")
        code, _, err = fleetdeck("export", kc, "-o", out2)
        self.assertEqual(code, 0, err)
        doc = json.loads(kubectl("config", "view", "--raw", "-o", "json", kubeconfig=out2))
        self.assertEqual(doc["current-context"], "exec-v1")
        # Unknown context, missing -o: clear failures, nothing written.
        code, _, err = fleetdeck("export", kc, "--context", "nope", "-o",
                                 os.path.join(self.tmp, "nope.yaml"))
        self.assertEqual(code, 1)
        self.assertIn("nope", err)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "nope.yaml")))
        code, _, _ = fleetdeck("export", kc, "--context", "token")
        self.assertEqual(code, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
