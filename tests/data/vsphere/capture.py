#!/usr/bin/env python3
"""Captures the SOAP answers in this directory from the vSphere simulator (tests/servers/vcsim):

    python3 capture.py LAUNCHER

Each file is the body the simulator sent, byte for byte; the decoder tests and the fuzzer's
seeds use them. Standard library only.
"""
import json, os, signal, ssl, subprocess, sys, tempfile, time, urllib.request, http.cookiejar

HERE = os.path.dirname(os.path.abspath(__file__))
HEAD = ('<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope '
        'xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>')
TAIL = '</soapenv:Body></soapenv:Envelope>'
VM = ["name", "runtime.powerState", "config.guestFullName", "config.guestId", "config.hardware.numCPU",
      "config.hardware.memoryMB", "config.template", "config.instanceUuid", "guest.toolsStatus",
      "guest.toolsRunningStatus", "guest.hostName", "guest.ipAddress", "guest.net", "runtime.host",
      "parent", "resourcePool"]
SPECS = [("VirtualMachine", VM),
         ("HostSystem", ["name", "parent", "runtime.connectionState", "runtime.powerState",
                         "runtime.inMaintenanceMode", "summary.hardware.numCpuCores",
                         "summary.hardware.memorySize", "summary.hardware.cpuModel",
                         "summary.config.product.fullName"]),
         ("ComputeResource", ["name", "parent", "resourcePool", "host"]),
         ("Datastore", ["name", "parent", "summary.capacity", "summary.freeSpace", "summary.type",
                        "summary.accessible", "summary.url"]),
         ("Network", ["name", "parent"]), ("Folder", ["name", "parent", "childType"]),
         ("Datacenter", ["name", "parent", "vmFolder", "hostFolder"]),
         ("ResourcePool", ["name", "parent", "owner"])]
TYPES = ["VirtualMachine", "HostSystem", "ComputeResource", "Datastore", "Network", "Folder",
         "Datacenter", "ResourcePool"]


def spec_set(element, view):
    props = "".join("<propSet><type>%s</type><all>false</all>%s</propSet>" % (t, "".join(
        "<pathSet>%s</pathSet>" % p for p in paths)) for t, paths in SPECS)
    return ('<%s>%s<objectSet><obj type="ContainerView">%s</obj><skip>true</skip>'
            '<selectSet xsi:type="TraversalSpec"><name>traverseView</name><type>ContainerView</type>'
            '<path>view</path><skip>false</skip></selectSet></objectSet></%s>' % (element, props, view, element))


def main():
    launcher = sys.argv[1]
    work = tempfile.mkdtemp(prefix="vcsim-capture-")
    proc = subprocess.Popen([launcher, "-dir", work, "-vms", "6"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        ready_path = os.path.join(work, "ready.json")
        while not os.path.exists(ready_path):
            time.sleep(0.05)
        ready = json.load(open(ready_path))
        ctx = ssl.create_default_context(cadata=ready["certPem"])
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx),
                                             urllib.request.HTTPCookieProcessor(jar))

        def call(method, this_type, this, inner="", save=None, opener_=opener):
            body = (HEAD + '<%s xmlns="urn:vim25"><_this type="%s">%s</_this>%s</%s>' %
                    (method, this_type, this, inner, method) + TAIL).encode()
            req = urllib.request.Request(ready["url"], data=body, headers={
                "Content-Type": "text/xml; charset=utf-8", "SOAPAction": '"urn:vim25/6.7"'})
            try:
                data = opener_.open(req).read()
            except urllib.error.HTTPError as e:
                data = e.read()
            if save:
                with open(os.path.join(HERE, save), "wb") as f:
                    f.write(data)
            return data.decode()

        def ret(text):
            return text.split("<returnval", 1)[1].split(">", 1)[1].split("<", 1)[0]

        call("RetrieveServiceContent", "ServiceInstance", "ServiceInstance", save="service-content.xml")
        call("Login", "SessionManager", "SessionManager",
             "<userName>%s</userName><password>wrong</password>" % ready["username"],
             save="fault-invalid-login.xml")
        call("CreateContainerView", "ViewManager", "ViewManager",
             '<container type="Folder">group-d1</container><type>VirtualMachine</type>'
             '<recursive>true</recursive>', save="fault-not-authenticated.xml")
        call("Login", "SessionManager", "SessionManager",
             "<userName>%s</userName><password>%s</password>" % (ready["username"], ready["password"]),
             save="login.xml")
        view = ret(call("CreateContainerView", "ViewManager", "ViewManager",
                        '<container type="Folder">group-d1</container>' +
                        "".join("<type>%s</type>" % t for t in TYPES) + "<recursive>true</recursive>"))
        call("RetrievePropertiesEx", "PropertyCollector", "propertyCollector",
             spec_set("specSet", view) + "<options></options>", save="retrieve-inventory.xml")
        pc = ret(call("CreatePropertyCollector", "PropertyCollector", "propertyCollector"))
        call("CreateFilter", "PropertyCollector", pc, spec_set("spec", view) +
             "<partialUpdates>false</partialUpdates>")
        call("WaitForUpdatesEx", "PropertyCollector", pc, "<options><maxWaitSeconds>0</maxWaitSeconds></options>",
             save="updateset-initial.xml")
        first = open(os.path.join(HERE, "updateset-initial.xml")).read()
        version = first.split("<version>", 1)[1].split("<", 1)[0]
        vm = "vm-" + first.split('<obj type="VirtualMachine">vm-', 1)[1].split("<", 1)[0]
        # A running VM (the first may be off): power it off and read the change.
        inv = open(os.path.join(HERE, "retrieve-inventory.xml")).read()
        for chunk in inv.split("<objects>")[1:]:
            if 'type="VirtualMachine"' in chunk and ">poweredOn<" in chunk and "vCLS" not in chunk:
                vm = chunk.split('<obj type="VirtualMachine">', 1)[1].split("<", 1)[0]
                break
        task = ret(call("PowerOffVM_Task", "VirtualMachine", vm))
        call("WaitForUpdatesEx", "PropertyCollector", pc, "<version>%s</version><options>"
             "<maxWaitSeconds>5</maxWaitSeconds></options>" % version, save="updateset-modify.xml")
        call("RetrievePropertiesEx", "PropertyCollector", "propertyCollector",
             '<specSet><propSet><type>Task</type><pathSet>info</pathSet></propSet><objectSet>'
             '<obj type="Task">%s</obj><skip>false</skip></objectSet></specSet><options></options>' % task,
             save="task-info-success.xml")
        task = ret(call("PowerOffVM_Task", "VirtualMachine", vm))  # already off: an error
        call("RetrievePropertiesEx", "PropertyCollector", "propertyCollector",
             '<specSet><propSet><type>Task</type><pathSet>info</pathSet></propSet><objectSet>'
             '<obj type="Task">%s</obj><skip>false</skip></objectSet></specSet><options></options>' % task,
             save="task-info-error.xml")
        call("Destroy_Task", "VirtualMachine", "vm-999999", save="fault-not-found.xml")
        call("RetrievePropertiesEx", "PropertyCollector", "propertyCollector",
             '<specSet><propSet><type>VirtualMachine</type><pathSet>no.such.property</pathSet></propSet>'
             '<objectSet><obj type="VirtualMachine">%s</obj><skip>false</skip></objectSet></specSet>'
             '<options></options>' % vm, save="fault-invalid-property.xml")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)


if __name__ == "__main__":
    main()
