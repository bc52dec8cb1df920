"""events.k8s.io/v1 Event <-> core/v1 Event (both views of one storage, as in the real apiserver)."""


def _micro(ts):
    if not ts:
        return None
    return ts if "." in ts else ts.replace("Z", ".000000Z")


def to_events_v1(core):
    out = {"kind": "Event", "apiVersion": "events.k8s.io/v1", "metadata": core["metadata"],
           "eventTime": _micro(core.get("eventTime") or core.get("firstTimestamp")
                               or core["metadata"].get("creationTimestamp"))}
    if core.get("series"):
        out["series"] = core["series"]
    src = core.get("source") or {}
    out["reportingController"] = core.get("reportingComponent") or src.get("component", "")
    out["reportingInstance"] = core.get("reportingInstance") or src.get("host", "")
    for key, src_key in (("action", "action"), ("reason", "reason"), ("regarding", "involvedObject"),
                         ("related", "related"), ("note", "message"), ("type", "type")):
        if core.get(src_key) is not None:
            out[key] = core[src_key]
    if src:
        out["deprecatedSource"] = src
    for key, src_key in (("deprecatedFirstTimestamp", "firstTimestamp"),
                         ("deprecatedLastTimestamp", "lastTimestamp"), ("deprecatedCount", "count")):
        if core.get(src_key):
            out[key] = core[src_key]
    return out


def to_core(ev):
    out = {"kind": "Event", "apiVersion": "v1", "metadata": ev.get("metadata", {}),
           "involvedObject": ev.get("regarding", {}), "reason": ev.get("reason", ""), "message": ev.get("note", ""),
           "type": ev.get("type", ""), "eventTime": ev.get("eventTime"),
           "reportingComponent": ev.get("reportingController", ""),
           "reportingInstance": ev.get("reportingInstance", ""), "source": ev.get("deprecatedSource", {}),
           "firstTimestamp": ev.get("deprecatedFirstTimestamp"), "lastTimestamp": ev.get("deprecatedLastTimestamp"),
           "count": ev.get("deprecatedCount", 0)}
    for key in ("action", "related", "series"):
        if ev.get(key) is not None:
            out[key] = ev[key]
    return out


FIELD_MAP = {"regarding.": "involvedObject.", "reportingController": "reportingComponent", "note": "message"}


def field_selector_to_core(text):
    for new, old in FIELD_MAP.items():
        text = text.replace(new, old)
    return text
