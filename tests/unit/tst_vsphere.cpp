// The vim25 SOAP layer without a server: envelopes (well-formed, escaped, elements in WSDL
// order) and the streaming decoders over answers captured from the vSphere simulator
// (tests/data/vsphere, see capture.py), plus faults, HTML, truncated and malformed bodies.

#include "testutil.h"
#include "vsphere/inventory.h"
#include "vsphere/soapbuilder.h"
#include "vsphere/soapreader.h"
#include "vsphere/vspheredecode.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace fd::vsphere;

namespace {

QByteArray readData(const QString& name) {
    QFile f(fd::test::testsPath(QStringLiteral("data/vsphere/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

// Every element of a well-formed document, in order, as "name" or "name=text" for leaves.
QStringList elements(const QByteArray& xml, QString* error = nullptr) {
    QXmlStreamReader r(xml);
    QStringList out;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            out << r.name().toString();
        else if (r.isCharacters() && !r.isWhitespace() && !out.isEmpty())
            out.last() += u'=' + r.text().toString();
    }
    if (r.hasError() && error)
        *error = r.errorString();
    return out;
}

QByteArray envelope(const QByteArray& inner) {
    return "<?xml version=\"1.0\"?><soapenv:Envelope "
           "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>" +
           inner + "</soapenv:Body></soapenv:Envelope>";
}

QByteArray fault(const QByteArray& detail, const QByteArray& faultString = "boom") {
    return envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>" +
                    faultString + "</faultstring><detail>" + detail + "</detail></soapenv:Fault>");
}

} // namespace

class TestVsphere : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapesText();
    void loginEnvelopeCarriesEscapedCredentials();
    void retrieveEnvelopeTraversesTheView();
    void cloneEnvelopeFollowsWsdlOrder();
    void cloneEnvelopeDhcp();
    void subnetMasks();
    void decodesServiceContent();
    void decodesLogin();
    void decodesInventory();
    void decodesUpdateSets();
    void decodesTaskInfo();
    void decodesFaults_data();
    void decodesFaults();
    void noPermissionNamesThePrivilege();
    void rejectsBadBodies_data();
    void rejectsBadBodies();
    void truncatedAnywhereIsAnError();
    void capsDepth();
    void emptyRetrieveIsEmpty();
    void vmHelpers();
};

void TestVsphere::escapesText() {
    QCOMPARE(soap::escape(u"a<b>&\"c'"), QByteArray("a&lt;b&gt;&amp;&quot;c&apos;"));
    QCOMPARE(soap::escape(u"Grüße 서울"), QStringLiteral("Grüße 서울").toUtf8());
    // Characters XML 1.0 cannot carry are dropped, tab/LF/CR kept.
    QCOMPARE(soap::escape(QStringView(u"a\u0001b\tc\n")), QByteArray("ab\tc\n"));
    const QChar lone[] = {QChar(u'x'), QChar(char16_t(0xD800)), QChar(u'y')};
    QCOMPARE(soap::escape(QStringView(lone, 3)), QByteArray("xy"));
}

void TestVsphere::loginEnvelopeCarriesEscapedCredentials() {
    const MoRef sm{QStringLiteral("SessionManager"), QStringLiteral("SessionManager")};
    const QByteArray body =
        soap::login(sm, QStringLiteral("admin@vsphere.local"), QByteArray("p<&>\"'w"));
    QString error;
    const QStringList e = elements(body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(e, (QStringList{"Envelope", "Body", "Login", "_this=SessionManager",
                             "userName=admin@vsphere.local", "password=p<&>\"'w"}));
    QVERIFY(body.contains("<Login xmlns=\"urn:vim25\">"));
    QCOMPARE(soap::soapActionHeader(), QByteArray("\"urn:vim25/6.7\""));
}

void TestVsphere::retrieveEnvelopeTraversesTheView() {
    const MoRef pc{QStringLiteral("PropertyCollector"), QStringLiteral("propertyCollector")};
    const MoRef view{QStringLiteral("ContainerView"), QStringLiteral("session[x]v-1")};
    const QByteArray body =
        soap::retrievePropertiesEx(pc, {{QStringLiteral("VirtualMachine"), {"name", "guest.net"}}},
                                   soap::ObjectSelection::ofView(view), 500);
    QString error;
    const QStringList e = elements(body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(e, (QStringList{"Envelope",
                             "Body",
                             "RetrievePropertiesEx",
                             "_this=propertyCollector",
                             "specSet",
                             "propSet",
                             "type=VirtualMachine",
                             "all=false",
                             "pathSet=name",
                             "pathSet=guest.net",
                             "objectSet",
                             "obj=session[x]v-1",
                             "skip=true",
                             "selectSet",
                             "name=traverseView",
                             "type=ContainerView",
                             "path=view",
                             "skip=false",
                             "options",
                             "maxObjects=500"}));
    QVERIFY(body.contains("<selectSet xsi:type=\"TraversalSpec\">"));
    QVERIFY(body.contains("<obj type=\"ContainerView\">"));

    const QStringList cont =
        elements(soap::continueRetrievePropertiesEx(pc, QStringLiteral("tok&1")));
    QCOMPARE(cont.last(), QStringLiteral("token=tok&1"));
    const QStringList wait = elements(soap::waitForUpdatesEx(pc, QStringLiteral("7"), 30, 0));
    QCOMPARE(wait.mid(3),
             (QStringList{"_this=propertyCollector", "version=7", "options", "maxWaitSeconds=30"}));
    QVERIFY(!soap::waitForUpdatesEx(pc, {}, 0, 0).contains("<version>"));
}

void TestVsphere::cloneEnvelopeFollowsWsdlOrder() {
    soap::CloneSpec spec;
    spec.folder = {QStringLiteral("Folder"), QStringLiteral("group-v3")};
    spec.pool = {QStringLiteral("ResourcePool"), QStringLiteral("resgroup-8")};
    spec.host = {QStringLiteral("HostSystem"), QStringLiteral("host-21")};
    spec.datastore = {QStringLiteral("Datastore"), QStringLiteral("datastore-1")};
    spec.powerOn = true;
    soap::GuestCustomization g;
    g.hostName = QStringLiteral("llm-07");
    g.domain = QStringLiteral("gpu.example");
    g.dhcp = false;
    g.ipAddress = QStringLiteral("10.1.2.7");
    g.prefixLength = 22;
    g.gateway = QStringLiteral("10.1.0.1");
    g.dnsServers = {QStringLiteral("10.1.0.53")};
    spec.customization = g;
    const QByteArray body =
        soap::cloneVM({QStringLiteral("VirtualMachine"), "vm-9"}, QStringLiteral("llm-07"), spec);
    QString error;
    const QStringList e = elements(body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(e.mid(2), (QStringList{"CloneVM_Task",
                                    "_this=vm-9",
                                    "folder=group-v3",
                                    "name=llm-07",
                                    "spec",
                                    "location",
                                    "datastore=datastore-1",
                                    "pool=resgroup-8",
                                    "host=host-21",
                                    "template=false",
                                    "customization",
                                    "identity",
                                    "hostName",
                                    "name=llm-07",
                                    "domain=gpu.example",
                                    "hwClockUTC=true",
                                    "globalIPSettings",
                                    "dnsServerList=10.1.0.53",
                                    "nicSettingMap",
                                    "adapter",
                                    "ip",
                                    "ipAddress=10.1.2.7",
                                    "subnetMask=255.255.252.0",
                                    "gateway=10.1.0.1",
                                    "dnsServerList=10.1.0.53",
                                    "powerOn=true"}));
    QVERIFY(body.contains("<identity xsi:type=\"CustomizationLinuxPrep\">"));
    QVERIFY(body.contains("<ip xsi:type=\"CustomizationFixedIp\">"));
}

void TestVsphere::cloneEnvelopeDhcp() {
    soap::CloneSpec spec;
    spec.folder = {QStringLiteral("Folder"), QStringLiteral("group-v3")};
    soap::GuestCustomization g;
    g.hostName = QStringLiteral("web");
    spec.customization = g;
    const QByteArray body =
        soap::cloneVM({QStringLiteral("VirtualMachine"), "vm-9"}, QStringLiteral("web"), spec);
    QVERIFY(body.contains("<ip xsi:type=\"CustomizationDhcpIpGenerator\"></ip>"));
    QVERIFY(body.contains("<domain>local</domain>"));
    QVERIFY(body.contains("<location></location>"));
    QVERIFY(!body.contains("subnetMask"));
}

void TestVsphere::subnetMasks() {
    QCOMPARE(soap::subnetMask(24), QStringLiteral("255.255.255.0"));
    QCOMPARE(soap::subnetMask(0), QStringLiteral("0.0.0.0"));
    QCOMPARE(soap::subnetMask(32), QStringLiteral("255.255.255.255"));
    QCOMPARE(soap::subnetMask(19), QStringLiteral("255.255.224.0"));
    QVERIFY(soap::subnetMask(33).isEmpty());
    QVERIFY(soap::subnetMask(-1).isEmpty());
}

void TestVsphere::decodesServiceContent() {
    const auto sc = decodeServiceContent(readData(QStringLiteral("service-content.xml")));
    QVERIFY2(sc.ok(), qPrintable(sc.ok() ? QString() : sc.error().detail));
    QCOMPARE(sc->rootFolder, (MoRef{QStringLiteral("Folder"), QStringLiteral("group-d1")}));
    QCOMPARE(sc->propertyCollector.value, QStringLiteral("propertyCollector"));
    QCOMPARE(sc->viewManager.type, QStringLiteral("ViewManager"));
    QCOMPARE(sc->sessionManager.type, QStringLiteral("SessionManager"));
    QCOMPARE(sc->apiType, QStringLiteral("VirtualCenter"));
    QVERIFY(!sc->apiVersion.isEmpty());
}

void TestVsphere::decodesLogin() {
    const auto s = decodeUserSession(readData(QStringLiteral("login.xml")));
    QVERIFY(s.ok());
    QVERIFY(!s->key.isEmpty());
    QCOMPARE(s->userName, QStringLiteral("administrator@vsphere.local"));
    QVERIFY(s->loginTime.isValid());
}

void TestVsphere::decodesInventory() {
    Inventory inv;
    const auto token = decodeRetrieveResult(readData(QStringLiteral("retrieve-inventory.xml")),
                                            QStringLiteral("RetrievePropertiesEx"), inv);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detail));
    QVERIFY(token->isEmpty());
    inv.resolve();
    // capture.py's simulator: 6 VMs (one per cluster and standalone host), 3 templates, 4 vCLS.
    QCOMPARE(inv.vms.size(), 6 + 3 + 4);
    QCOMPARE(inv.templates().size(), 3);
    QCOMPARE(inv.datacenters.size(), 2);
    QCOMPARE(inv.hosts.size(), 10);
    QCOMPARE(inv.clusters().size(), 4);
    QCOMPARE(inv.computeResources.size(), 6);
    QVERIFY(inv.datastores.size() >= 2);
    QVERIFY(!inv.networks.isEmpty());

    int multiNic = 0;
    int withoutTools = 0;
    for (const VirtualMachine& vm : inv.vms) {
        QVERIFY(!vm.name.isEmpty());
        QVERIFY(!vm.hostName.isEmpty());
        QVERIFY2(vm.datacenterName.startsWith(QLatin1String("DC")), qPrintable(vm.name));
        QVERIFY2(vm.folderPath.startsWith(u'/' + vm.datacenterName + QStringLiteral("/vm")),
                 qPrintable(vm.folderPath));
        QVERIFY(vm.numCpu > 0);
        QVERIFY(vm.memoryMB > 0);
        if (vm.nics.size() > 1) {
            ++multiNic;
            // Every address of every NIC: 2 on the first, 2 on the storage NIC.
            QCOMPARE(vm.ipAddresses().size(), 4);
        }
        if (vm.toolsStatus == QLatin1String("toolsNotInstalled")) {
            ++withoutTools;
            QVERIFY(vm.ipAddresses().isEmpty());
        }
        if (vm.isTemplate) {
            QVERIFY(vm.folderPath.endsWith(QLatin1String("/templates")));
            QCOMPARE(vm.powerState, PowerState::PoweredOff);
        }
        if (vm.isVclsAgent())
            QVERIFY(vm.folderPath.endsWith(QLatin1String("/vCLS")));
    }
    QVERIFY(multiNic > 0);
    QVERIFY(withoutTools > 0);
    const auto visible = inv.virtualMachines();
    QCOMPARE(visible.size(), 6);
    for (int i = 1; i < visible.size(); ++i)
        QVERIFY(visible[i - 1].name.compare(visible[i].name, Qt::CaseInsensitive) <= 0);
    QCOMPARE(inv.virtualMachines(false, true).size(), 10);
    const VirtualMachine gpu = *std::find_if(visible.begin(), visible.end(), [](const auto& vm) {
        return vm.folderPath.endsWith(QLatin1String("/prod/gpu"));
    });
    QVERIFY(!gpu.clusterName.isEmpty() || gpu.hostName.startsWith(QLatin1String("DC")));
    QVERIFY(inv.findByPath(QStringLiteral("/DC0/vm/prod/gpu")).type == u"Folder");
}

void TestVsphere::decodesUpdateSets() {
    Inventory inv;
    const auto first = decodeUpdateSet(readData(QStringLiteral("updateset-initial.xml")), inv);
    QVERIFY(first.ok());
    QVERIFY(!first->empty);
    QVERIFY(!first->version.isEmpty());
    QCOMPARE(inv.vms.size(), 13);
    const QSet<MoRef> entered = inv.takeChanged();
    QCOMPARE(entered.size(), inv.objectCount());

    const QByteArray modify = readData(QStringLiteral("updateset-modify.xml"));
    const QString vmId = QString::fromLatin1(
        modify.mid(modify.indexOf("<obj type=\"VirtualMachine\">") + 27).split('<').first());
    const MoRef ref{QStringLiteral("VirtualMachine"), vmId};
    QVERIFY(inv.vms.contains(ref));
    QCOMPARE(inv.vms[ref].powerState, PowerState::PoweredOn);
    const auto second = decodeUpdateSet(modify, inv);
    QVERIFY(second.ok());
    QCOMPARE(inv.takeChanged(), QSet<MoRef>{ref});
    QCOMPARE(inv.vms[ref].powerState, PowerState::PoweredOff);

    // leave removes; a removed property resets the field; an empty answer is "no change".
    const QByteArray leave =
        envelope("<WaitForUpdatesExResponse xmlns=\"urn:vim25\"><returnval><version>9</version>"
                 "<filterSet><filter type=\"PropertyFilter\">f</filter><objectSet><kind>modify"
                 "</kind><obj type=\"VirtualMachine\">" +
                 vmId.toLatin1() +
                 "</obj><changeSet><name>guest.net</name><op>remove</op></changeSet></objectSet>"
                 "<objectSet><kind>leave</kind><obj type=\"VirtualMachine\">vm-gone</obj>"
                 "</objectSet></filterSet></returnval></WaitForUpdatesExResponse>");
    inv.vms[{QStringLiteral("VirtualMachine"), QStringLiteral("vm-gone")}].name = "x";
    inv.vms[ref].nics = {GuestNic{}};
    const auto third = decodeUpdateSet(leave, inv);
    QVERIFY(third.ok());
    QCOMPARE(third->version, QStringLiteral("9"));
    QVERIFY(inv.vms[ref].nics.isEmpty());
    QVERIFY(!inv.vms.contains({QStringLiteral("VirtualMachine"), QStringLiteral("vm-gone")}));
    QCOMPARE(inv.takeRemoved().size(), 1);

    const auto none = decodeUpdateSet(
        envelope("<WaitForUpdatesExResponse xmlns=\"urn:vim25\"></WaitForUpdatesExResponse>"), inv);
    QVERIFY(none.ok());
    QVERIFY(none->empty);
}

void TestVsphere::decodesTaskInfo() {
    const MoRef task{QStringLiteral("Task"), QStringLiteral("task-1")};
    const auto ok = decodeTaskInfo(readData(QStringLiteral("task-info-success.xml")), task);
    QVERIFY(ok.ok());
    QCOMPARE(ok->state, TaskState::Success);
    QCOMPARE(ok->progress, 100);
    QCOMPARE(ok->descriptionId, QStringLiteral("VirtualMachine.powerOff"));
    const auto err = decodeTaskInfo(readData(QStringLiteral("task-info-error.xml")), task);
    QVERIFY(err.ok());
    QCOMPARE(err->state, TaskState::Error);
    QCOMPARE(err->errorType, QStringLiteral("InvalidPowerState"));
    QVERIFY(err->done());
}

void TestVsphere::decodesFaults_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("faultType");
    QTest::addColumn<QString>("words"); // in the user's sentence
    QTest::newRow("invalid login") << readData("fault-invalid-login.xml")
                                   << int(VsphereErrorCategory::InvalidLogin) << "InvalidLogin"
                                   << "user name or password";
    QTest::newRow("not authenticated")
        << readData("fault-not-authenticated.xml") << int(VsphereErrorCategory::NotAuthenticated)
        << "NotAuthenticated"
        << "session has ended";
    QTest::newRow("not found") << readData("fault-not-found.xml")
                               << int(VsphereErrorCategory::NotFound) << "ManagedObjectNotFound"
                               << "no longer exists";
    QTest::newRow("invalid argument")
        << fault("<InvalidArgumentFault xmlns=\"urn:vim25\" xsi:type=\"InvalidArgument\">"
                 "<invalidProperty>spec.location.pool</invalidProperty></InvalidArgumentFault>",
                 "A specified parameter was not correct: spec.location.pool")
        << int(VsphereErrorCategory::InvalidArgument) << "InvalidArgument"
        << "spec.location.pool is not valid";
    QTest::newRow("invalid state")
        << fault("<InvalidStateFault xmlns=\"urn:vim25\" xsi:type=\"InvalidState\"/>")
        << int(VsphereErrorCategory::InvalidState) << "InvalidState"
        << "current state";
    QTest::newRow("duplicate name")
        << fault("<DuplicateNameFault xmlns=\"urn:vim25\" xsi:type=\"DuplicateName\"><name>web"
                 "</name><object type=\"Folder\">group-v3</object></DuplicateNameFault>")
        << int(VsphereErrorCategory::AlreadyExists) << "DuplicateName"
        << "already taken";
    QTest::newRow("tools") << fault("<ToolsUnavailableFault xmlns=\"urn:vim25\" "
                                    "xsi:type=\"ToolsUnavailable\"/>")
                           << int(VsphereErrorCategory::ToolsUnavailable) << "ToolsUnavailable"
                           << "VMware Tools";
    QTest::newRow("collector version")
        << fault("<InvalidCollectorVersionFault xmlns=\"urn:vim25\" "
                 "xsi:type=\"InvalidCollectorVersion\"/>")
        << int(VsphereErrorCategory::InvalidCollectorVersion) << "InvalidCollectorVersion"
        << "read again";
    // Without xsi:type (older servers): the element name without "Fault".
    QTest::newRow("no xsi:type") << fault("<RequestCanceledFault xmlns=\"urn:vim25\"/>")
                                 << int(VsphereErrorCategory::Cancelled) << "RequestCanceled"
                                 << "cancelled";
    QTest::newRow("no detail") << fault("", "Internal server error")
                               << int(VsphereErrorCategory::Fault) << ""
                               << "Internal server error";
}

void TestVsphere::decodesFaults() {
    QFETCH(QByteArray, body);
    QFETCH(int, category);
    QFETCH(QString, faultType);
    QFETCH(QString, words);
    const auto r = decodeNoResult(body, QStringLiteral("Anything"));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().category), category);
    QCOMPARE(r.error().faultType, faultType);
    QVERIFY2(r.error().message.contains(words), qPrintable(r.error().message));
    QVERIFY(r.error().message.endsWith(u'.') || r.error().message.endsWith(u')') ||
            r.error().message.contains(words));
    // The same fault inside a RetrieveResult or an UpdateSet answer.
    Inventory inv;
    QCOMPARE(int(decodeRetrieveResult(body, QStringLiteral("RetrievePropertiesEx"), inv)
                     .error()
                     .category),
             category);
    QCOMPARE(int(decodeUpdateSet(body, inv).error().category), category);
}

void TestVsphere::noPermissionNamesThePrivilege() {
    const QByteArray body =
        fault("<NoPermissionFault xmlns=\"urn:vim25\" xsi:type=\"NoPermission\"><object "
              "type=\"VirtualMachine\">vm-42</object><privilegeId>VirtualMachine.Interact.PowerOn"
              "</privilegeId></NoPermissionFault>",
              "Permission to perform this operation was denied.");
    const auto r = decodeNoResult(body, QStringLiteral("PowerOnVM_Task"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, VsphereErrorCategory::NoPermission);
    QCOMPARE(r.error().privilege, QStringLiteral("VirtualMachine.Interact.PowerOn"));
    QCOMPARE(r.error().object.value, QStringLiteral("vm-42"));
    QVERIFY(r.error().message.contains(QLatin1String("VirtualMachine.Interact.PowerOn")));
    QVERIFY(faultMessage(r.error(), QStringLiteral("Power on web-01"))
                .startsWith(QLatin1String("Power on web-01 was refused")));
    // 7.0+: missingPrivileges instead of privilegeId.
    const auto seven = decodeNoResult(
        fault("<NoPermissionFault xmlns=\"urn:vim25\" xsi:type=\"NoPermission\"><object "
              "type=\"Folder\">group-v3</object><missingPrivileges><entity type=\"Folder\">"
              "group-v3</entity><privileges>VirtualMachine.Provisioning.Clone</privileges>"
              "</missingPrivileges></NoPermissionFault>"),
        QStringLiteral("CloneVM_Task"));
    QCOMPARE(seven.error().privilege, QStringLiteral("VirtualMachine.Provisioning.Clone"));
}

void TestVsphere::rejectsBadBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("category");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><head><title>vSphere</title>"
                                        "<meta charset=utf-8></head><body>Sign in</body></html>")
                          << int(VsphereErrorCategory::NotVsphere);
    QTest::newRow("json") << QByteArray("{\"error\":\"nope\"}")
                          << int(VsphereErrorCategory::Malformed);
    QTest::newRow("empty") << QByteArray() << int(VsphereErrorCategory::Malformed);
    QTest::newRow("other xml") << QByteArray("<feed><entry/></feed>")
                               << int(VsphereErrorCategory::NotVsphere);
    QTest::newRow("not well-formed")
        << envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects><obj "
                    "type=\"VirtualMachine\">vm-1</objx></objects></returnval>"
                    "</RetrievePropertiesExResponse>")
        << int(VsphereErrorCategory::Malformed);
    QTest::newRow("truncated") << readData(QStringLiteral("retrieve-inventory.xml")).left(5000)
                               << int(VsphereErrorCategory::Truncated);
    QTest::newRow("other method") << envelope("<LoginResponse xmlns=\"urn:vim25\"></LoginResponse>")
                                  << int(VsphereErrorCategory::Malformed);
    QTest::newRow("objects without obj")
        << envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects>"
                    "<propSet><name>name</name><val>x</val></propSet></objects></returnval>"
                    "</RetrievePropertiesExResponse>")
        << int(VsphereErrorCategory::Malformed);
}

void TestVsphere::rejectsBadBodies() {
    QFETCH(QByteArray, body);
    QFETCH(int, category);
    Inventory inv;
    const auto r = decodeRetrieveResult(body, QStringLiteral("RetrievePropertiesEx"), inv);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().category), category);
    QVERIFY(!r.error().message.isEmpty());
}

void TestVsphere::truncatedAnywhereIsAnError() {
    // Every cut of a real answer fails cleanly (and never crashes): truncated, or malformed
    // when the cut lands inside a name.
    const QByteArray full = readData(QStringLiteral("updateset-modify.xml"));
    for (qsizetype n = 0; n < full.size() - 1; n += 7) {
        Inventory inv;
        const auto r = decodeUpdateSet(full.left(n), inv);
        QVERIFY2(!r.ok(), qPrintable(QString::number(n)));
    }
}

void TestVsphere::capsDepth() {
    QByteArray deep = "<val>";
    for (int i = 0; i < 200; ++i)
        deep += "<a>";
    for (int i = 0; i < 200; ++i)
        deep += "</a>";
    deep += "</val>";
    const QByteArray body = envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval>"
                                     "<objects><obj type=\"VirtualMachine\">vm-1</obj><propSet>"
                                     "<name>guest.net</name>" +
                                     deep +
                                     "</propSet></objects></returnval>"
                                     "</RetrievePropertiesExResponse>");
    Inventory inv;
    const auto r = decodeRetrieveResult(body, QStringLiteral("RetrievePropertiesEx"), inv);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, VsphereErrorCategory::Malformed);
}

void TestVsphere::emptyRetrieveIsEmpty() {
    Inventory inv;
    const auto r =
        decodeRetrieveResult(envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"/>"),
                             QStringLiteral("RetrievePropertiesEx"), inv);
    QVERIFY(r.ok());
    QCOMPARE(inv.objectCount(), 0);
}

void TestVsphere::vmHelpers() {
    VirtualMachine vm;
    vm.name = QStringLiteral("vCLS-1a2b");
    QVERIFY(vm.isVclsAgent());
    vm.name = QStringLiteral("vCLS (3)");
    QVERIFY(vm.isVclsAgent());
    vm.name = QStringLiteral("vcls-lookalike");
    QVERIFY(!vm.isVclsAgent());
    vm.primaryIp = QStringLiteral("10.0.0.9");
    vm.nics = {GuestNic{{}, {}, true, 4000, {"10.0.0.1", "fe80::1"}},
               GuestNic{{}, {}, true, 4001, {"10.0.0.1", "192.168.0.1"}}};
    QCOMPARE(vm.ipAddresses(), (QStringList{"10.0.0.9", "10.0.0.1", "fe80::1", "192.168.0.1"}));
}

QTEST_APPLESS_MAIN(TestVsphere)
#include "tst_vsphere.moc"
