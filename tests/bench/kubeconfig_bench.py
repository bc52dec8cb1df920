#!/usr/bin/env python3
"""Kubeconfig read-and-merge benchmark: Fleetdeck against kubectl on the same generated files.

Generates a kubeconfig of 1,000 contexts, each with its own cluster (server, embedded CA) and user
(a mix of token, embedded client certificate, EKS-style exec and OIDC auth-provider, as a large
fleet's merged kubeconfig would hold), plus the same contexts split over two files that
overlap by 200 names (a KUBECONFIG list with clashes). Then times, median of --runs:

- Fleetdeck in-process: readKubeconfigFile / readKubeconfigList (bench_kubeconfigread);
- fleetdeck-cli kubeconfig show --json FILE... (wall time, process start included);
- kubectl config view --merge (KUBECONFIG=FILE[:FILE]) (wall time, process start included);

and prints the figures and the kubectl/Fleetdeck time ratios. Target: Fleetdeck < 50 ms.
Timings are figures, never pass/fail.

Usage: kubeconfig_bench.py --reader PATH --cli PATH [--kubectl PATH] [--runs N]
                           [--contexts N] [--smoke]
"""
import argparse
import base64
import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_MS = 50.0


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
from kubefixture import MissingTool, find_kubectl as find_test_kubectl  # noqa: E402


def find_kubectl(explicit):
    """--kubectl, else the kubectl the tests use (kubefixture: never the Google Cloud CLI's
    dispatcher); None with the reason printed when there is none."""
    if explicit:
        return explicit
    try:
        return find_test_kubectl()
    except MissingTool as e:
        print(f"kubectl: {e}", file=sys.stderr)
        return None


def make_pems(tmp, count):
    """count (CA, client cert, client key) PEM triples from the openssl CLI."""
    out = []
    for i in range(count):
        d = os.path.join(tmp, f"pki{i}")
        os.makedirs(d)

        def ossl(*a):
            subprocess.run(["openssl", *a], check=True, capture_output=True, timeout=60)

        ossl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
             "-keyout", f"{d}/ca.key", "-out", f"{d}/ca.crt", "-days", "3650", "-subj",
             f"/CN=kubernetes-{i}")
        ossl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
             f"{d}/client.key", "-out", f"{d}/client.csr", "-subj",
             "/O=system:masters/CN=kubernetes-admin")
        ossl("x509", "-req", "-in", f"{d}/client.csr", "-CA", f"{d}/ca.crt", "-CAkey",
             f"{d}/ca.key", "-CAcreateserial", "-out", f"{d}/client.crt", "-days", "3650")
        triple = []
        for name in ("ca.crt", "client.crt", "client.key"):
            with open(os.path.join(d, name), "rb") as f:
                triple.append(base64.b64encode(f.read()).decode())
        out.append(triple)
    return out


def entries(i, pems):
    """YAML text of the cluster, user and context entries of context number i."""
    ca, cert, key = pems[i % len(pems)]
    name = f"gpu-{i // 100:02d}-node-pool-{i:04d}"
    cluster = (f"- name: {name}\n  cluster:\n"
               f"    server: https://10.{i // 250}.{i % 250}.10:6443\n"
               f"    certificate-authority-data: {ca}\n")
    kind = i % 10
    if kind < 4:
        body = f"    token: bench-token-{i:04d}-not-a-secret\n"
    elif kind < 7:
        body = f"    client-certificate-data: {cert}\n    client-key-data: {key}\n"
    elif kind < 9:
        body = ("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                "      command: aws\n      args:\n      - --region\n      - ap-northeast-2\n"
                f"      - eks\n      - get-token\n      - --cluster-name\n      - {name}\n"
                "      env:\n      - name: AWS_PROFILE\n        value: gpu-admins\n"
                "      interactiveMode: IfAvailable\n      provideClusterInfo: false\n")
    else:
        body = ("    auth-provider:\n      name: oidc\n      config:\n"
                "        idp-issuer-url: https://dex.example.internal\n"
                "        client-id: kubernetes\n        id-token: bench-id-token\n"
                "        refresh-token: bench-refresh-token\n")
    user = f"- name: {name}-admin\n  user:\n{body}"
    context = (f"- name: {name}\n  context:\n    cluster: {name}\n    user: {name}-admin\n"
               f"    namespace: team-{i % 17}\n")
    return cluster, user, context


def write_kubeconfig(path, indices, pems, current):
    parts = [entries(i, pems) for i in indices]
    with open(path, "w") as f:
        f.write("apiVersion: v1\nkind: Config\npreferences: {}\n")
        f.write(f"current-context: {current}\n")
        for section, idx in (("clusters", 0), ("users", 1), ("contexts", 2)):
            f.write(f"{section}:\n")
            f.writelines(p[idx] for p in parts)


def wall(cmd, env=None, runs=5):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=300)
        elapsed = (time.perf_counter() - start) * 1000
        if p.returncode != 0:
            raise SystemExit(f"{cmd[0]} failed: {p.stderr.decode(errors='replace')[:500]}")
        times.append(elapsed)
    return statistics.median(times), min(times)


def in_process(reader, files, runs):
    p = subprocess.run([reader, "--runs", str(runs), *files], capture_output=True, text=True,
                       timeout=300)
    if p.returncode != 0:
        raise SystemExit(f"bench_kubeconfigread failed: {p.stderr}")
    line = p.stdout.strip()
    median = float(line.split("median ")[1].split(" ms")[0])
    return median, line


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reader", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--kubectl")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--contexts", type=int, default=1000)
    ap.add_argument("--smoke", action="store_true", help="one run, fewer certificates")
    args = ap.parse_args()
    runs = 1 if args.smoke else args.runs
    kubectl = find_kubectl(args.kubectl)

    with tempfile.TemporaryDirectory(prefix="fd-kubeconfig-bench-") as tmp:
        pems = make_pems(tmp, 2 if args.smoke else 10)
        n = args.contexts
        single = os.path.join(tmp, "fleet.yaml")
        write_kubeconfig(single, range(n), pems, "gpu-00-node-pool-0000")
        # Two files overlapping by a fifth: the first file's entries win the clashing names.
        overlap = n // 5
        first_half = os.path.join(tmp, "a", "config")
        second_half = os.path.join(tmp, "b", "config")
        os.makedirs(os.path.dirname(first_half))
        os.makedirs(os.path.dirname(second_half))
        write_kubeconfig(first_half, range(0, (n + overlap) // 2), pems, "gpu-00-node-pool-0000")
        write_kubeconfig(second_half, range((n - overlap) // 2, n), pems,
                         "gpu-00-node-pool-0001")
        size_mb = os.path.getsize(single) / 1e6
        print(f"kubeconfig: {n} contexts, {size_mb:.2f} MB; list: 2 files, {overlap} names "
              f"defined in both; runs: {runs}")

        rows = []
        for label, files in (("one file", [single]), ("KUBECONFIG list", [first_half,
                                                                           second_half])):
            fd_ms, line = in_process(args.reader, files, max(runs, 3))
            cli_ms, _ = wall([args.cli, "kubeconfig", "show", "--json", *files], runs=runs)
            print(f"[{label}] fleetdeck in-process {line}")
            print(f"[{label}] fleetdeck-cli kubeconfig show --json: median {cli_ms:.1f} ms wall")
            k_ms = None
            if kubectl:
                env = {k: v for k, v in os.environ.items() if k != "KUBECONFIG"}
                env["KUBECONFIG"] = os.pathsep.join(files)
                env["HOME"] = tmp
                k_ms, _ = wall([kubectl, "config", "view", "--merge"], env=env, runs=runs)
                print(f"[{label}] {os.path.basename(kubectl)} config view --merge: median "
                      f"{k_ms:.1f} ms wall")
            rows.append((label, fd_ms, cli_ms, k_ms))

        print()
        for label, fd_ms, cli_ms, k_ms in rows:
            verdict = "meets" if fd_ms < TARGET_MS else "MISSES"
            print(f"{label}: fleetdeck {fd_ms:.1f} ms in-process ({verdict} the {TARGET_MS:.0f} ms "
                  f"target), cli {cli_ms:.1f} ms wall", end="")
            if k_ms is not None:
                print(f"; kubectl {k_ms:.1f} ms wall; ratio kubectl/fleetdeck: "
                      f"{k_ms / cli_ms:.2f}x wall, {k_ms / fd_ms:.2f}x vs in-process")
            else:
                print("; kubectl not found (set KUBECTL)")
    # The kubectl figures are the baseline: without them the run fails.
    return 0 if kubectl else 1


if __name__ == "__main__":
    sys.exit(main())
