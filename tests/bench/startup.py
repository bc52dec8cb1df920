#!/usr/bin/env python3
"""Start-up benchmark: fleetdeck against a bare Qt Widgets window.

Each program is launched N times (alternating, each with a fresh temporary data dir and HOME)
under Xvfb when it is installed, otherwise on the offscreen platform. With
FLEETDECK_BENCH_EXIT_ON_PAINT=1 both print `first-paint-monotonic-ns <ns>` at the first Paint
event of their main window and quit. Start time = that timestamp minus the monotonic time just
before spawning; peak RSS = the child's ru_maxrss from wait4(). Prints medians, and ratios against the targets:
start <= 1.5x bare, RSS <= bare + 40 MB.

With --existing-data every fleetdeck run starts from a copy of a data directory that an
earlier run created (a user's second start: the database exists), instead of an empty one
(first start: the database is created, which costs several fsyncs).

Usage: startup.py --fleetdeck PATH --bare PATH [--runs N] [--existing-data] [--smoke]
"""
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

START_TARGET_RATIO = 1.5
RSS_TARGET_MB = 40.0


def start_xvfb():
    xvfb = shutil.which("Xvfb")
    if not xvfb:
        return None, None
    # -displayfd lets Xvfb pick a free display number and tell us which.
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        display = f.readline().strip()
    if not display:
        proc.kill()
        proc.wait()
        return None, None
    return proc, ":" + display


def run_once(binary, args, env, template=None):
    with tempfile.TemporaryDirectory(prefix="fd-bench-") as tmp:
        if template:
            shutil.copytree(template, os.path.join(tmp, "data"))
        run_env = dict(env)
        run_env["HOME"] = tmp
        run_env["XDG_CONFIG_HOME"] = os.path.join(tmp, ".config")
        run_env["XDG_DATA_HOME"] = os.path.join(tmp, ".local", "share")
        run_env["FLEETDECK_DATA_DIR"] = os.path.join(tmp, "data")
        run_env["FLEETDECK_BENCH_EXIT_ON_PAINT"] = "1"
        spawned = time.monotonic_ns()
        proc = subprocess.Popen([binary] + args, env=run_env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        # wait4 gives the child's own peak RSS (ru_maxrss, KiB on Linux) without polling.
        deadline = time.monotonic() + 60
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            if time.monotonic() > deadline:
                proc.send_signal(signal.SIGKILL)
                os.wait4(proc.pid, 0)
                raise RuntimeError(f"{binary} did not paint within 60 s")
            time.sleep(0.002)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out = proc.stdout.read().decode()
        proc.stdout.close()
        peak = usage.ru_maxrss
        if proc.returncode != 0:
            raise RuntimeError(f"{binary} exited with {proc.returncode}")
        painted = None
        for line in out.splitlines():
            if line.startswith("first-paint-monotonic-ns "):
                painted = int(line.split()[1])
        if painted is None:
            raise RuntimeError(f"{binary} printed no first-paint timestamp")
        cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000.0
        return (painted - spawned) / 1e6, peak / 1024.0, cpu_ms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fleetdeck", required=True)
    ap.add_argument("--bare", required=True)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--existing-data", action="store_true",
                    help="start fleetdeck on a copy of an existing data directory")
    ap.add_argument("--smoke", action="store_true", help="CI smoke test: only check it works")
    opts = ap.parse_args()

    env = dict(os.environ)
    xvfb, display = (None, None) if opts.smoke else start_xvfb()
    if display:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
        platform = f"Xvfb {display}"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
        platform = "offscreen"
    template_root = tempfile.mkdtemp(prefix="fd-bench-template-") if opts.existing_data else None
    template = os.path.join(template_root, "data") if template_root else None
    try:
        if template:
            prepare_env = dict(env)
            prepare_env.update({"HOME": template_root, "FLEETDECK_DATA_DIR": template,
                                "FLEETDECK_BENCH_EXIT_ON_PAINT": "1"})
            subprocess.run([opts.fleetdeck], env=prepare_env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        results = {"fleetdeck": [], "bare": []}
        for _ in range(opts.runs):
            # Alternate so drifting machine load hits both programs alike.
            results["bare"].append(run_once(opts.bare, [], env))
            results["fleetdeck"].append(run_once(opts.fleetdeck, [], env, template))
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()
        if template_root:
            shutil.rmtree(template_root, ignore_errors=True)

    med = {k: tuple(statistics.median(run[i] for run in v) for i in range(3))
           for k, v in results.items()}
    (fd_ms, fd_mb, fd_cpu), (bare_ms, bare_mb, bare_cpu) = med["fleetdeck"], med["bare"]
    ratio = fd_ms / bare_ms if bare_ms > 0 else float("inf")
    diff = fd_mb - bare_mb
    data = "existing data dir" if template else "fresh data dir"
    print(f"platform: {platform}, runs: {opts.runs}, {data}, medians")
    print(f"start bare: {bare_ms:.1f} ms")
    print(f"start fleetdeck: {fd_ms:.1f} ms")
    print(f"start ratio: {ratio:.2f}x (target <= {START_TARGET_RATIO}x) "
          f"{'OK' if ratio <= START_TARGET_RATIO else 'OVER'}")
    # CPU time (user + system, whole process life) varies less than wall time on a busy machine.
    print(f"cpu bare: {bare_cpu:.1f} ms, cpu fleetdeck: {fd_cpu:.1f} ms "
          f"({fd_cpu / bare_cpu if bare_cpu > 0 else float('inf'):.2f}x)")
    print(f"rss bare: {bare_mb:.1f} MB")
    print(f"rss fleetdeck: {fd_mb:.1f} MB")
    print(f"rss difference: {diff:+.1f} MB (target <= +{RSS_TARGET_MB:.0f} MB) "
          f"{'OK' if diff <= RSS_TARGET_MB else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
