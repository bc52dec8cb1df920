"""Authentication (bearer token, client certificate CN/O, basic) and a small RBAC-like authorizer."""

import base64
import hmac
import secrets
import threading

# Paths every authenticated user may GET (the system:discovery / system:basic-user roles).
DISCOVERY_PREFIXES = ("/api", "/apis", "/version", "/openapi", "/healthz", "/livez", "/readyz")
SELF_REVIEWS = {("authorization.k8s.io", "selfsubjectaccessreviews"),
                ("authorization.k8s.io", "selfsubjectrulesreviews"),
                ("authentication.k8s.io", "selfsubjectreviews")}

ALL = {"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]}
READ = {"verbs": ["get", "list", "watch"], "apiGroups": ["*"], "resources": ["*"]}


class User:
    def __init__(self, name, groups, rules):
        self.name = name
        self.groups = list(groups)
        self.rules = rules  # None = system:masters (everything)

    def info(self):
        return {"username": self.name, "groups": self.groups + ["system:authenticated"]}


class Authenticator:
    """Users of one server run. Credentials are random per run; rules can be changed at run time."""

    def __init__(self):
        self._lock = threading.Lock()
        self.tokens = {}      # token -> username
        self.users = {}       # username -> User
        self.basic = {}       # username -> password
        self.add_user("admin", ["system:masters"], None, token=True)
        self.add_user("viewer", ["fleetdeck:viewers"], [READ], token=True)
        self.add_user("noperm", ["fleetdeck:nobody"], [], token=True)
        self.add_user("cert-admin", ["system:masters"], None)
        self.add_user("basic-user", ["system:masters"], None)
        self.basic["basic-user"] = secrets.token_urlsafe(12)

    def add_user(self, name, groups, rules, token=False):
        with self._lock:
            self.users[name] = User(name, groups, rules)
            if token:
                self.tokens[secrets.token_urlsafe(24)] = name

    def token_of(self, name):
        return next((t for t, u in self.tokens.items() if u == name), None)

    def set_rules(self, name, rules, groups=None, token=None):
        with self._lock:
            user = self.users.get(name)
            if user is None:
                user = self.users[name] = User(name, groups or [], rules)
                self.tokens[secrets.token_urlsafe(24)] = name
            if token:  # a bearer token chosen by the test (e.g. an OIDC id-token it minted)
                self.tokens[token] = name
            user.rules = rules
            if groups is not None:
                user.groups = groups
            return user

    def authenticate(self, headers, peercert):
        """Returns a User or None. A presented-but-wrong credential is None (401), as on a real server."""
        auth = headers.get("Authorization", "")
        if auth.startswith("Bearer "):
            name = self.tokens.get(auth[7:].strip())
            return self.users.get(name) if name else None
        if auth.startswith("Basic "):
            try:
                user, _, password = base64.b64decode(auth[6:].strip()).decode().partition(":")
            except Exception:
                return None
            expected = self.basic.get(user)
            if expected is not None and hmac.compare_digest(expected, password):
                return self.users.get(user)
            return None
        if peercert:
            cn, orgs = None, []
            for rdn in peercert.get("subject", ()):
                for key, value in rdn:
                    if key == "commonName":
                        cn = value
                    elif key == "organizationName":
                        orgs.append(value)
            if cn:
                known = self.users.get(cn)
                if known is not None and set(orgs) == set(known.groups):
                    return known
                # A certificate signed by our CA is trusted for whatever it says (like a real apiserver).
                return User(cn, orgs, None if "system:masters" in orgs else [])
        return None


def _match(values, value):
    return "*" in values or value in values


def allowed(user, verb, group, resource, subresource=""):
    if user.rules is None or "system:masters" in user.groups:
        return True
    if (group, resource) in SELF_REVIEWS and verb == "create":
        return True
    full = f"{resource}/{subresource}" if subresource else resource
    for rule in user.rules:
        if (_match(rule.get("verbs", []), verb) and _match(rule.get("apiGroups", []), group)
                and (_match(rule.get("resources", []), resource) or _match(rule.get("resources", []), full))):
            return True
    return False


def allowed_path(user, path):
    if user.rules is None or "system:masters" in user.groups:
        return True
    return any(path == p or path.startswith(p + "/") for p in DISCOVERY_PREFIXES)


def rules_review(user):
    if user.rules is None or "system:masters" in user.groups:
        resource = [{"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]}]
        non_resource = [{"verbs": ["*"], "nonResourceURLs": ["*"]}]
    else:
        resource = [dict(r) for r in user.rules] + [
            {"verbs": ["create"], "apiGroups": ["authorization.k8s.io"],
             "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"]}]
        non_resource = [{"verbs": ["get"], "nonResourceURLs": ["/api", "/api/*", "/apis", "/apis/*", "/healthz",
                                                              "/livez", "/openapi", "/openapi/*", "/readyz",
                                                              "/version", "/version/"]}]
    return {"resourceRules": resource, "nonResourceRules": non_resource, "incomplete": False}
