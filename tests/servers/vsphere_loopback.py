#!/usr/bin/env python3
"""A vSphere SOAP/REST stand-in for what the simulator cannot show (Python standard library only).

The simulator ignores maxObjects and never misbehaves; this server pages RetrievePropertiesEx
answers by maxObjects with ContinueRetrievePropertiesEx tokens, and answers badly on request.
Binds 127.0.0.1 on a free port and prints "PORT <n>". The first path segment picks the scenario
(the client is given http://127.0.0.1:<port>/<scenario>/sdk):

  paging      a well-behaved vCenter with --vms VMs (2 NICs, 3 addresses each), pages honoured
  html        every SOAP call answered 200 with the vSphere Client's sign-in page (text/html)
  html503     503 with an HTML error page (a reverse proxy whose backend is down)
  truncated   login works; the inventory answer stops in the middle of an element
  malformed   login works; the inventory answer is not well-formed XML
  midfault    page 1 works; ContinueRetrievePropertiesEx answers an InvalidArgument fault
  midexpire   the first session "expires" at page 2 (NotAuthenticated); later sessions work
  nosdk       /sdk is 404 (plain text)

REST (content library, the /api shapes of the 7.0.3 OpenAPI in ../shared/reference/vsphere), by
the basic-auth user: "api" → /api works; "legacy" → /api is 404, /rest works; anything else →
both 404 (no REST API). GET /_stats gives counts per SOAP method and scenario; POST /_reset.
"""
import argparse
import base64
import json
import re
import sys
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ENV_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope '
            'xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" '
            'xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
            'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>')
ENV_TAIL = '</soapenv:Body></soapenv:Envelope>'
HTML = (b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>vSphere Client</title>'
        b'</head><body><div id="app">Sign in to vSphere</div><script src="/ui/app.js"></script>'
        b'</body></html>')

lock = threading.Lock()
stats = {}
sessions = {}  # cookie -> scenario
expired_once = set()  # scenarios whose first session already "expired"
VMS = 2500


def count(key):
    with lock:
        stats[key] = stats.get(key, 0) + 1


def response(method, inner):
    return (ENV_HEAD + '<%sResponse xmlns="urn:vim25">%s</%sResponse>' % (method, inner, method)
            + ENV_TAIL).encode()


def fault(type_, inner="", text=""):
    return (ENV_HEAD + '<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>%s'
            '</faultstring><detail><%sFault xmlns="urn:vim25" xsi:type="%s">%s</%sFault></detail>'
            '</soapenv:Fault>' % (text, type_, type_, inner, type_) + ENV_TAIL).encode()


def vm_xml(i):
    ip = "10.%d.%d.%d" % (40 + i // 62500, (i // 250) % 250, 10 + i % 250)
    prop = lambda n, t, v, extra="": (
        '<propSet><name>%s</name><val xsi:type="%s"%s>%s</val></propSet>' % (n, t, extra, v))
    nics = ('<GuestNicInfo><network>VM Network</network><ipAddress>%s</ipAddress>'
            '<ipAddress>fe80::%x</ipAddress><macAddress>00:50:56:00:%02x:%02x</macAddress>'
            '<connected>true</connected><deviceConfigId>4000</deviceConfigId></GuestNicInfo>'
            '<GuestNicInfo><network>storage</network><ipAddress>192.168.%d.%d</ipAddress>'
            '<macAddress>00:50:56:01:%02x:%02x</macAddress><connected>true</connected>'
            '<deviceConfigId>4001</deviceConfigId></GuestNicInfo>'
            % (ip, i + 1, (i // 256) % 256, i % 256, (i // 250) % 250, 10 + i % 250,
               (i // 256) % 256, i % 256))
    return ('<objects><obj type="VirtualMachine">vm-%d</obj>' % (1000 + i)
            + prop("name", "xsd:string", "gpu-worker-%04d" % i)
            + prop("runtime.powerState", "VirtualMachinePowerState", "poweredOn")
            + prop("config.hardware.numCPU", "xsd:int", "8")
            + prop("config.hardware.memoryMB", "xsd:int", "65536")
            + prop("config.template", "xsd:boolean", "false")
            + prop("guest.toolsStatus", "VirtualMachineToolsStatus", "toolsOk")
            + prop("guest.ipAddress", "xsd:string", ip)
            + prop("guest.net", "ArrayOfGuestNicInfo", nics)
            + prop("runtime.host", "ManagedObjectReference", "host-1", ' type="HostSystem"')
            + prop("parent", "ManagedObjectReference", "group-v1", ' type="Folder"')
            + '</objects>')


def others_xml():
    def obj(type_, id_, props):
        return '<objects><obj type="%s">%s</obj>%s</objects>' % (type_, id_, "".join(
            '<propSet><name>%s</name><val%s>%s</val></propSet>' % p for p in props))
    return (obj("Folder", "group-d1", [("name", "", "Datacenters")])
            + obj("Datacenter", "datacenter-1", [("name", "", "Seoul-DC1"),
                                                  ("parent", ' type="Folder"', "group-d1")])
            + obj("Folder", "group-v1", [("name", "", "vm"),
                                          ("parent", ' type="Datacenter"', "datacenter-1")])
            + obj("ClusterComputeResource", "domain-c1",
                  [("name", "", "gpu-cluster"), ("parent", ' type="Folder"', "group-h1")])
            + obj("Folder", "group-h1", [("name", "", "host"),
                                          ("parent", ' type="Datacenter"', "datacenter-1")])
            + obj("HostSystem", "host-1", [("name", "", "esx-01.seoul"),
                                            ("parent", ' type="ClusterComputeResource"', "domain-c1")]))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, code, body, ctype="text/xml; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n).decode("utf-8", "replace") if n else ""

    # ---- REST ---------------------------------------------------------------------------------
    def rest_user(self):
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            return base64.b64decode(auth[6:]).decode().split(":", 1)[0]
        token = self.headers.get("vmware-api-session-id", "")
        return token.split("-", 1)[0] if token else ""

    def rest(self, method):
        path = self.path.split("?", 1)[0]
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        user = self.rest_user()
        legacy = path.startswith("/rest/")
        count("REST " + method + " " + re.sub(r"[0-9a-f-]{36}", "ID", path))
        if (legacy and user != "legacy") or (not legacy and user != "api"):
            return self.send(404, b'{"error_type":"NOT_FOUND"}', "application/json")
        wrap = (lambda v: {"value": v}) if legacy else (lambda v: v)
        libs = {"8b4e355e-a463-44f1-9b04-d0786a49cc7d": "golden-images"}
        items = {
            "f6618d6b-301b-4202-aa9c-12eb0c7536b1": ("golden_image", "ovf", "an OVF example"),
            "0b4b0c55-8f51-4bd5-a3a1-6f0e3d6f3f10": ("rhel9-vllm", "vm-template", "VM template"),
            "5a1f2b3c-0000-4000-8000-000000000001": ("tools.iso", "iso", "not a template"),
        }
        if method == "POST" and path in ("/api/session", "/rest/com/vmware/cis/session"):
            token = user + "-" + str(uuid.uuid4())
            code = 200 if legacy else 201
            return self.send(code, json.dumps(wrap(token)).encode(), "application/json")
        if method == "DELETE":
            return self.send(204 if not legacy else 200, b"", "application/json")
        lib_base = "/rest/com/vmware/content/library" if legacy else "/api/content/library"
        if path == lib_base:
            return self.send(200, json.dumps(wrap(list(libs))).encode(), "application/json")
        if path == lib_base + "/item":
            lib = query.split("library_id=", 1)[1] if "library_id=" in query else ""
            ids = list(items) if lib in libs else []
            return self.send(200, json.dumps(wrap(ids)).encode(), "application/json")
        for lib_id, name in libs.items():
            if path in (lib_base + "/" + lib_id, lib_base + "/id:" + lib_id):
                return self.send(200, json.dumps(wrap({"id": lib_id, "name": name, "type": "LOCAL"})).encode(),
                                 "application/json")
        for item_id, (name, type_, desc) in items.items():
            if path in (lib_base + "/item/" + item_id, lib_base + "/item/id:" + item_id):
                lib_id = next(iter(libs))
                return self.send(200, json.dumps(wrap({
                    "id": item_id, "name": name, "type": type_, "description": desc,
                    "library_id": lib_id, "cached": False, "content_version": "2",
                    "metadata_version": "1", "size": 0, "version": "1"})).encode(), "application/json")
        return self.send(404, b'{"error_type":"NOT_FOUND"}', "application/json")

    # ---- HTTP verbs ---------------------------------------------------------------------------
    def do_GET(self):
        if self.path == "/_stats":
            with lock:
                return self.send(200, json.dumps(stats).encode(), "application/json")
        return self.rest("GET")

    def do_DELETE(self):
        return self.rest("DELETE")

    def do_POST(self):
        if self.path == "/_reset":
            with lock:
                stats.clear()
                expired_once.clear()
            return self.send(200, b"{}", "application/json")
        if self.path.startswith("/api/") or self.path.startswith("/rest/"):
            return self.rest("POST")
        parts = self.path.strip("/").split("/")
        scenario = parts[0] if len(parts) == 2 and parts[1] == "sdk" else ""
        body = self.body()
        m = re.search(r"<soapenv:Body><(\w+)", body)
        method = m.group(1) if m else "?"
        count(scenario + " " + method)
        if scenario == "nosdk" or not scenario:
            return self.send(404, b"404 page not found\n", "text/plain")
        if scenario == "html":
            return self.send(200, HTML, "text/html; charset=utf-8")
        if scenario == "html503":
            return self.send(503, b"<html><body><h1>503 Service Unavailable</h1></body></html>",
                             "text/html")
        cookie = ""
        for part in (self.headers.get("Cookie") or "").split(";"):
            if part.strip().startswith("vmware_soap_session="):
                cookie = part.strip().split("=", 1)[1]
        if method == "RetrieveServiceContent":
            new = '"%s"' % uuid.uuid4()
            return self.send(200, response(method, (
                '<returnval><rootFolder type="Folder">group-d1</rootFolder><propertyCollector '
                'type="PropertyCollector">propertyCollector</propertyCollector><viewManager '
                'type="ViewManager">ViewManager</viewManager><about><name>VMware vCenter Server'
                '</name><fullName>VMware vCenter Server 8.0.2 build-22385739</fullName><apiType>'
                'VirtualCenter</apiType><apiVersion>8.0.2.0</apiVersion></about><sessionManager '
                'type="SessionManager">SessionManager</sessionManager></returnval>')),
                headers=[("Set-Cookie", "vmware_soap_session=%s; Path=/; HttpOnly; Secure;" % new)])
        if method == "Login":
            if "<password>wrong</password>" in body:
                return self.send(500, fault("InvalidLogin", text="Cannot complete login due to an "
                                                                  "incorrect user name or password."))
            with lock:
                sessions[cookie] = scenario
            return self.send(200, response(method, '<returnval><key>%s</key><userName>%s</userName>'
                                                   '</returnval>' % (uuid.uuid4(), "admin")))
        with lock:
            known = sessions.get(cookie) == scenario
        if not known:
            return self.send(500, fault("NotAuthenticated", '<object type="Folder">group-d1</object>'
                                                            '<privilegeId>System.View</privilegeId>'))
        if method == "CreateContainerView":
            return self.send(200, response(method, '<returnval type="ContainerView">session[%s]%s'
                                                   '</returnval>' % (cookie.strip('"'), uuid.uuid4())))
        if method in ("DestroyView", "Logout"):
            return self.send(200, response(method, ""))
        if method == "RetrievePropertiesEx":
            m = re.search(r"<maxObjects>(\d+)</maxObjects>", body)
            size = int(m.group(1)) if m else 100000
            if scenario == "truncated":
                page = self.page(0, size)
                return self.send(200, page[: len(page) * 2 // 3])
            if scenario == "malformed":
                return self.send(200, response(method, "<returnval><objects><obj type=\"Virtual"
                                                       "Machine\">vm-1</obj><propSet><name>name"
                                                       "</name><val>x</propSet></objects>"))
            return self.send(200, self.page(0, size))
        if method == "ContinueRetrievePropertiesEx":
            m = re.search(r"<token>tok-(\d+)-(\d+)</token>", body)
            if not m:
                return self.send(500, fault("InvalidArgument", "<invalidProperty>token"
                                                               "</invalidProperty>"))
            if scenario == "midfault":
                return self.send(500, fault("InvalidArgument", "<invalidProperty>token"
                                                               "</invalidProperty>",
                                            "A specified parameter was not correct: token"))
            if scenario == "midexpire":
                with lock:
                    first = scenario not in expired_once
                    expired_once.add(scenario)
                    if first:
                        sessions.pop(cookie, None)
                if first:
                    return self.send(500, fault("NotAuthenticated"))
            return self.send(200, self.page(int(m.group(1)), int(m.group(2)), continued=True))
        return self.send(500, fault("NotImplemented", text="method %s not implemented" % method))

    def page(self, offset, size, continued=False):
        method = "ContinueRetrievePropertiesEx" if continued else "RetrievePropertiesEx"
        end = min(VMS, offset + size)
        objects = "".join(vm_xml(i) for i in range(offset, end))
        if offset == 0:
            objects = others_xml() + objects
        token = "<token>tok-%d-%d</token>" % (end, size) if end < VMS else ""
        return response(method, "<returnval>%s%s</returnval>" % (token, objects))


def main():
    global VMS
    parser = argparse.ArgumentParser()
    parser.add_argument("--vms", type=int, default=2500)
    args = parser.parse_args()
    VMS = args.vms
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
