#!/usr/bin/env python3
"""Calls the test API server's admin endpoints for fixtures that have no HTTP client (the C++ one):

    fixturectl.py DIR/ready.json PATH [JSON]      e.g. /_fixture/knobs '{"latencyMs": 50}'

Prints the response body; exits 0 on HTTP 200, 1 otherwise."""

import http.client
import json
import ssl
import sys


def main():
    ready_path, path = sys.argv[1], sys.argv[2]
    body = sys.argv[3] if len(sys.argv) > 3 else "{}"
    with open(ready_path) as f:
        ready = json.load(f)
    conn = http.client.HTTPSConnection("127.0.0.1", ready["port"], timeout=120,
                                       context=ssl.create_default_context(cafile=ready["caFile"]))
    conn.request("POST", path, body=body, headers={"Authorization": f"Bearer {ready['adminToken']}",
                                                   "Content-Type": "application/json"})
    resp = conn.getresponse()
    sys.stdout.write(resp.read().decode())
    return 0 if resp.status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
