"""Fault and load knobs (latency, failures, dropped connections, slow bodies), global or per virtual cluster."""

import re
import threading

KNOWN = {"latencyMs", "fail", "dropConnection", "slowBodyBytesPerSec", "bookmarkIntervalSeconds", "podReadyDelayMs",
         "karmadaRelease"}


class Knobs:
    def __init__(self):
        self._lock = threading.Lock()
        self.values = {}

    def set(self, update):
        """Merges update into the knobs; a null value clears one. Returns the unknown keys."""
        unknown = [k for k in update if k not in KNOWN and k != "allClusters"]
        with self._lock:
            for key, value in update.items():
                if key not in KNOWN:
                    continue
                if value is None:
                    self.values.pop(key, None)
                elif key == "fail":
                    rules = value if isinstance(value, list) else [value]
                    self.values["fail"] = [dict(r, _re=re.compile(r.get("path", ".*"))) for r in rules]
                elif key == "dropConnection":
                    rule = value if isinstance(value, dict) else {"count": int(value) if value is not True else 1}
                    self.values["dropConnection"] = dict(rule, _re=re.compile(rule.get("path", ".*")))
                else:
                    self.values[key] = value
        return unknown

    def get(self, key, default=None):
        return self.values.get(key, default)

    def public(self):
        out = {}
        for k, v in self.values.items():
            if k == "fail":
                out[k] = [{kk: vv for kk, vv in r.items() if kk != "_re"} for r in v]
            elif k == "dropConnection":
                out[k] = {kk: vv for kk, vv in v.items() if kk != "_re"}
            else:
                out[k] = v
        return out

    def take_failure(self, method, path, content_type=""):
        """The first matching fail rule (consuming one of its count), or None."""
        with self._lock:
            for rule in self.values.get("fail", []):
                if rule.get("method") and rule["method"].upper() != method:
                    continue
                if rule.get("contentType") and rule["contentType"] != content_type.split(";")[0].strip():
                    continue
                if not rule["_re"].search(path):
                    continue
                count = rule.get("count", -1)
                if count == 0:
                    continue
                if count > 0:
                    rule["count"] = count - 1
                return rule
        return None

    def take_drop(self, path):
        with self._lock:
            rule = self.values.get("dropConnection")
            if not rule or not rule["_re"].search(path):
                return False
            count = rule.get("count", 1)
            if count == 0:
                return False
            if count > 0:
                rule["count"] = count - 1
            return True


def effective(cluster_knobs, global_knobs, key, default=None):
    value = cluster_knobs.get(key)
    return value if value is not None else global_knobs.get(key, default)
