#!/usr/bin/env python3
"""A live dcgm-exporter stand-in: serves the simulated fleet's present values (dcgmfleet.py) as a
Prometheus text scrape, one port per node, on 127.0.0.1 (Python standard library only).

    exporter.py --scenario ci --anchor EPOCH [--interval 30]

Prints one line `PORTS {"gpu-node-a": 41234, ...}` once every node listens. Routes per port:
  /metrics              the node's scrape (text format 0.0.4, HELP/TYPE as dcgm-exporter)
  /control?mode=M       M = ok | broken (adds the A800 scrape's non-numeric line
                        `... ERROR - FAILED TO CONVERT TO STRING`, which makes Prometheus reject
                        the whole scrape) | down (503) | slow (answers after 5 s)
"""

import argparse
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dcgmfleet  # noqa: E402
import generate_history  # noqa: E402

BROKEN_LINE = ('DCGM_FI_DEV_VGPU_PER_PROCESS_UTILIZATION{gpu="0",UUID="%s",device="nvidia0",'
               'modelName="%s",%s="%s"} ERROR - FAILED TO CONVERT TO STRING\n')


def scrape(node, metrics, anchor):
    t = time.time()
    ago = anchor - t
    out = []
    rows = []
    for e in node.entities:
        util, board = dcgmfleet.utils(e, t, ago)
        rows.append((e, e.label_string(ago, prometheus_labels=False), util, board))
    for metric in metrics:
        out.append("# HELP %s %s\n# TYPE %s %s\n" % (metric, dcgmfleet.HELP[metric], metric,
                                                     dcgmfleet.TYPES.get(metric, "gauge")))
        for e, labels, util, board in rows:
            v = dcgmfleet.value(e, metric, t, ago, util, board)
            if v is not None:
                out.append("%s%s %s\n" % (metric, labels, dcgmfleet.format_value(v)))
    return "".join(out)


def make_handler(node, metrics, anchor, state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def send(self, code, body, ctype="text/plain; version=0.0.4; charset=utf-8"):
            data = body.encode()
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            url = urlsplit(self.path)
            if url.path == "/control":
                mode = parse_qs(url.query).get("mode", ["ok"])[0]
                if mode not in ("ok", "broken", "down", "slow"):
                    return self.send(400, "unknown mode\n")
                state["mode"] = mode
                return self.send(200, mode + "\n")
            if url.path != "/metrics":
                return self.send(404, "not found\n")
            mode = state["mode"]
            if mode == "down":
                return self.send(503, "exporter is down\n")
            if mode == "slow":
                time.sleep(5)
            body = scrape(node, metrics, anchor)
            if mode == "broken":
                e = node.entities[0]
                host = "hostname" if node.new_exporter else "Hostname"
                body += BROKEN_LINE % (e.uuid, node.model, host, node.name)
            self.send(200, body)

        do_POST = do_GET

    return Handler


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--scenario", choices=("ci", "bench"), default="ci")
    p.add_argument("--anchor", type=int, required=True)
    p.add_argument("--nodes", type=int, default=4)
    a = p.parse_args()
    fleet, metrics = generate_history.fleet_for(a.scenario, a.nodes)
    ports = {}
    for node in fleet:
        state = {"mode": "ok"}
        server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(node, metrics, a.anchor, state))
        server.daemon_threads = True
        ports[node.name] = server.server_address[1]
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print("PORTS " + json.dumps(ports), flush=True)
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
