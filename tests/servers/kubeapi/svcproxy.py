"""The API server's service proxy: /api/v1/namespaces/NS/services/[SCHEME:]NAME[:PORT]/proxy/PATH.

A real apiserver resolves the service to a ready endpoint and forwards the request there. Here the
Service object names its backend in the test-only annotation `fleetdeck.test/backend`
(`http://127.0.0.1:PORT`), so a test points a Service at a peer it started (the real Prometheus of
tests/servers/prometheus). Authorization is the apiserver's: `get` on `services/proxy`. Failures
are answered with Status bodies like the apiserver's (404 for a missing service or port, 503 when
the backend does not answer).
"""

import http.client
import re
import urllib.parse

import auth
import resources
import status as st

PROXY_RE = re.compile(r"^/api/v1/namespaces/([^/]+)/services/([^/]+)/proxy(/.*)?$")
BACKEND_ANNOTATION = "fleetdeck.test/backend"


def match(path):
    return PROXY_RE.match(path)


def _parse_service(ref):
    # "name", "name:port", "scheme:name:port" (port is a name or a number)
    parts = urllib.parse.unquote(ref).split(":")
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    if len(parts) == 2:
        return "", parts[0], parts[1]
    return "", parts[0], ""


def _has_port(service, port):
    if not port:
        return True
    for p in (service.get("spec") or {}).get("ports") or []:
        if str(p.get("port")) == port or p.get("name") == port:
            return True
    return False


def handle(store, user, method, m, query_string, headers, body):
    """Returns (status, body bytes, content type)."""
    rt = resources.lookup("", "v1", "services")
    namespace, ref, rest = m.group(1), m.group(2), m.group(3) or "/"
    scheme, name, port = _parse_service(ref)
    if not auth.allowed(user, "get", "", "services", "proxy"):
        raise st.forbidden(user.name, "get", rt, namespace, name, "proxy")
    service = store.get(rt, namespace, name)  # 404 Status when absent
    if not _has_port(service, port):
        raise st.ApiError(503, "ServiceUnavailable",
                          f'no endpoints available for service "{name}"', {})
    backend = ((service.get("metadata") or {}).get("annotations") or {}).get(BACKEND_ANNOTATION)
    if not backend:
        raise st.ApiError(503, "ServiceUnavailable",
                          f'no endpoints available for service "{name}"', {})
    target = urllib.parse.urlsplit(backend)
    conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
    forward = {"Accept": headers.get("Accept", "*/*")}
    if headers.get("Content-Type"):
        forward["Content-Type"] = headers.get("Content-Type")
    path = rest + (("?" + query_string) if query_string else "")
    try:
        conn.request(method, path, body=body or None, headers=forward)
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, data, resp.getheader("Content-Type", "application/octet-stream")
    except OSError as e:
        raise st.ApiError(503, "ServiceUnavailable",
                          f'error trying to reach service: {e}', {})
    finally:
        conn.close()
