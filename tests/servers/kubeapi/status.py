"""metav1.Status bodies shaped exactly like the real apiserver's (see tests/data/kubeapi/status)."""

import json


class ApiError(Exception):
    def __init__(self, code, reason, message, details=None, headers=None):
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.message = message
        self.details = details
        self.headers = headers or {}

    def body(self):
        return status_body(self.code, self.reason, self.message, self.details)


def status_body(code, reason, message, details=None):
    body = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": message,
            "reason": reason}
    if details is not None:
        body["details"] = details
    body["code"] = code
    return body


def encode(obj):
    """Compact JSON plus the trailing newline the apiserver's encoder writes."""
    return (json.dumps(obj, separators=(",", ":")) + "\n").encode()


def _details(rt, name=None):
    d = {}
    if name:
        d["name"] = name
    if rt is not None and rt.group:
        d["group"] = rt.group
    d["kind"] = rt.plural if rt is not None else ""
    return d


def unauthorized():
    return ApiError(401, "Unauthorized", "Unauthorized")


def forbidden(user, verb, rt, namespace, name=None, subresource=""):
    res = rt.plural + (f"/{subresource}" if subresource else "")
    what = rt.qualified + (f' "{name}"' if name else "")
    scope = f'in the namespace "{namespace}"' if namespace else "at the cluster scope"
    msg = (f'{what} is forbidden: User "{user}" cannot {verb} resource "{res}" in API group "{rt.group}" {scope}')
    return ApiError(403, "Forbidden", msg, _details(rt, name))


def forbidden_path(user, method, path):
    return ApiError(403, "Forbidden", f'forbidden: User "{user}" cannot {method.lower()} path "{path}"', {})


def not_found(rt, name):
    return ApiError(404, "NotFound", f'{rt.qualified} "{name}" not found', _details(rt, name))


def not_found_path():
    return ApiError(404, "NotFound", "the server could not find the requested resource", {})


def already_exists(rt, name):
    return ApiError(409, "AlreadyExists", f'{rt.qualified} "{name}" already exists', _details(rt, name))


def conflict(rt, name, why="the object has been modified; please apply your changes to the latest version and try again"):
    return ApiError(409, "Conflict", f'Operation cannot be fulfilled on {rt.qualified} "{name}": {why}',
                    _details(rt, name))


def invalid(rt, name, causes):
    """causes: [(reason, message, field)]. Message format as in 422_invalid_*.json."""
    kind_q = f"{rt.kind}.{rt.group}" if rt.group else rt.kind
    parts = [f"{field}: {message}" for _, message, field in causes]
    joined = parts[0] if len(parts) == 1 else "[" + ", ".join(parts) + "]"
    details = {"name": name or ""}
    if rt.group:
        details["group"] = rt.group
    details["kind"] = rt.kind
    details["causes"] = [{"reason": r, "message": m, "field": f} for r, m, f in causes]
    return ApiError(422, "Invalid", f'{kind_q} "{name or ""}" is invalid: {joined}', details)


def bad_request(message):
    return ApiError(400, "BadRequest", message)


def method_not_allowed():
    return ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", {})


def unsupported_media(content_type):
    return ApiError(415, "UnsupportedMediaType", f'the body of the request was in an unknown format - accepted '
                    f'media types include: application/json-patch+json, application/merge-patch+json, '
                    f'application/apply-patch+yaml, application/strategic-merge-patch+json'
                    if content_type is not None else "unsupported media type")


def gone(message):
    return ApiError(410, "Expired", message)


def too_many_requests(retry_after):
    return ApiError(429, "TooManyRequests", "Too many requests, please try again later.",
                    {"retryAfterSeconds": retry_after}, {"Retry-After": str(retry_after)})


def internal(cause="injected failure (test API server knob)"):
    """apierrors.NewInternalError's shape."""
    return ApiError(500, "InternalError", f"Internal error occurred: {cause}", {"causes": [{"message": cause}]})


def success(rt, name, uid):
    details = {"name": name}
    if rt.group:
        details["group"] = rt.group
    details["kind"] = rt.plural
    details["uid"] = uid
    return {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "details": details}
