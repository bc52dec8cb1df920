#!/usr/bin/env python3
"""Writes the past of a simulated dcgm-exporter fleet (dcgmfleet.py) as OpenMetrics text for
`promtool tsdb create-blocks-from openmetrics` (Python standard library only).

    generate_history.py --scenario ci --end 1733390000 --out-dir DIR [--truth truth.json]

One file per metric family (DIR/<metric>.om): promtool keeps a whole file in memory, and the
bench scenario (7 days x 32 GPUs at 30 s) would otherwise be one file near a gigabyte. Each
file is a valid OpenMetrics exposition: `# TYPE`/`# HELP`, samples with timestamps in seconds,
`# EOF`. Samples are what Prometheus would have stored from scraping the exporter every
`--interval` seconds: the exporter's labels plus `instance` and `job`, nothing while a node's
exporter was down (and `up` 0), NaN where DCGM reported a blank power reading.

--truth writes the scenario's facts (incidents with epoch times, gaps, pods) so tests compare
what Fleetdeck finds with what was generated.
"""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dcgmfleet  # noqa: E402


def _frames(fleet, times, anchor):
    """Per entity: [(t, ago, labels, util, board util)] for the times its exporter was up."""
    frames = []
    for node in fleet:
        up_times = [t for t in times if not node.down(anchor - t)]
        for e in node.entities:
            rows = []
            label_cache = {}
            for t in up_times:
                ago = anchor - t
                holder = e.pod_at(ago)
                labels = label_cache.get(holder)
                if labels is None:
                    labels = label_cache[holder] = e.label_string(ago)
                util, board = dcgmfleet.utils(e, t, ago)
                rows.append((t, ago, labels, util, board))
            frames.append((e, rows))
    return frames


def write_chunk(path, fleet, metrics, times, anchor):
    """One OpenMetrics file with every family for these sample times; returns the sample count."""
    frames = _frames(fleet, times, anchor)
    samples = 0
    with open(path, "w") as f:
        for metric in metrics:
            # OpenMetrics counters must be named *_total; dcgm-exporter's are not, and the type is
            # not stored in the TSDB anyway, so every family is declared a gauge here.
            f.write("# HELP %s %s\n# TYPE %s gauge\n" % (metric, dcgmfleet.HELP[metric], metric))
            out = []
            for e, rows in frames:
                for t, ago, labels, util, board in rows:
                    v = dcgmfleet.value(e, metric, t, ago, util, board)
                    if v is not None:
                        out.append("%s%s %s %d\n" % (metric, labels, dcgmfleet.format_value(v), t))
                if len(out) > 50000:
                    f.write("".join(out))
                    samples += len(out)
                    out = []
            f.write("".join(out))
            samples += len(out)
        f.write("# HELP up Whether the target was scraped.\n# TYPE up gauge\n")
        for node in fleet:
            labels = '{instance="%s",job="%s"}' % (node.instance, node.job)
            f.write("".join("up%s %d %d\n" % (labels, 0 if node.down(anchor - t) else 1, t) for t in times))
            samples += len(times)
        f.write("# EOF\n")
    return samples


def write_history(fleet, metrics, first, last, interval, anchor, out_dir, chunk_seconds):
    """Samples at every multiple of `interval` in [first, last], split into files of
    `chunk_seconds` (time chunks give Prometheus non-overlapping blocks)."""
    os.makedirs(out_dir, exist_ok=True)
    first += (-first) % interval
    files, samples = [], 0
    t0 = first
    while t0 <= last:
        t1 = min(last, t0 + chunk_seconds - interval)
        path = os.path.join(out_dir, "history-%d.om" % t0)
        samples += write_chunk(path, fleet, metrics, list(range(t0, t1 + 1, interval)), anchor)
        files.append(path)
        t0 = t1 + interval
    return files, samples


def truth(fleet, start, end, interval):
    """end: the anchor (incidents are placed relative to it)."""
    def entity_id(e):
        return {"node": e.node.name, "gpu": e.gpu, "uuid": e.uuid, "migProfile": e.mig_profile,
                "migInstance": e.mig_id}

    facts = {"start": start, "end": end, "interval": interval, "xids": [], "gaps": [], "nanPower": [],
             "hot": [], "powerSpikes": [], "pods": [], "entities": []}
    for node in fleet:
        for s, e_ in node.gaps:
            facts["gaps"].append({"node": node.name, "instance": node.instance, "start": end - s, "end": end - e_})
        for e in node.entities:
            ident = entity_id(e)
            facts["entities"].append(dict(ident, model=node.model, hostLabel="hostname" if node.new_exporter else "Hostname",
                                          workload=e.workload, hasFb=e.has_fb, fbTotal=e.fb_total))
            for at, duration, code in e.xids:
                facts["xids"].append(dict(ident, code=code, start=end - at, end=end - at + duration))
            for s, e_ in e.nan_power:
                facts["nanPower"].append(dict(ident, start=end - s, end=end - e_))
            for s, e_ in e.hot_windows:
                facts["hot"].append(dict(ident, start=end - s, end=end - e_))
            for s, e_ in e.power_spikes:
                facts["powerSpikes"].append(dict(ident, start=end - s, end=end - e_))
            for since, ns, pod, container in e.pods:
                facts["pods"].append(dict(ident, namespace=ns, pod=pod, container=container,
                                          since=None if since is None else end - since))
    return facts


def fleet_for(scenario, nodes=4):
    if scenario == "ci":
        return dcgmfleet.ci_fleet(), dcgmfleet.CI_METRICS
    return dcgmfleet.bench_fleet(nodes), dcgmfleet.BENCH_METRICS


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--scenario", choices=("ci", "bench"), default="ci")
    p.add_argument("--anchor", type=int, default=0,
                   help="the scenario's reference time (epoch s): incidents are placed before it; "
                        "default now")
    p.add_argument("--from", dest="first", type=int, default=0, help="first sample; default anchor - days")
    p.add_argument("--to", dest="last", type=int, default=0, help="last sample; default anchor")
    p.add_argument("--days", type=float, default=1.0)
    p.add_argument("--interval", type=int, default=30)
    p.add_argument("--chunk-hours", type=float, default=24.0)
    p.add_argument("--nodes", type=int, default=4, help="bench scenario: nodes of 8 GPUs")
    p.add_argument("--out-dir", required=True)
    p.add_argument("--truth")
    a = p.parse_args()
    anchor = a.anchor or int(time.time())
    anchor -= anchor % a.interval
    first = a.first or anchor - int(a.days * 86400) + a.interval
    last = a.last or anchor
    fleet, metrics = fleet_for(a.scenario, a.nodes)
    began = time.monotonic()
    files, samples = write_history(fleet, metrics, first, last, a.interval, anchor, a.out_dir,
                                   int(a.chunk_hours * 3600))
    if a.truth:
        with open(a.truth, "w") as f:
            json.dump(truth(fleet, first, anchor, a.interval), f, indent=1)
    print("generated %d samples in %d files in %.2f s" % (samples, len(files), time.monotonic() - began))


if __name__ == "__main__":
    main()
