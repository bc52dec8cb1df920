#include "vsphere/soapbuilder.h"

namespace fd::vsphere::soap {

namespace {

constexpr char kHead[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
    "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>";
constexpr char kTail[] = "</soapenv:Body></soapenv:Envelope>";

// Builds one method call: <Method xmlns="urn:vim25"><_this type="T">id</_this>...</Method>.
class Call {
public:
    Call(const char* method, const MoRef& self)
        : m_method(method) {
        m_body.reserve(512);
        m_body += kHead;
        m_body += '<';
        m_body += m_method;
        m_body += " xmlns=\"urn:vim25\">";
        ref("_this", self);
    }

    Call& ref(const char* element, const MoRef& r) {
        m_body += '<';
        m_body += element;
        m_body += " type=\"";
        m_body += escape(r.type);
        m_body += "\">";
        m_body += escape(r.value);
        close(element);
        return *this;
    }
    Call& refIfSet(const char* element, const MoRef& r) {
        if (!r.isNull())
            ref(element, r);
        return *this;
    }
    Call& text(const char* element, QStringView value) {
        open(element);
        m_body += escape(value);
        close(element);
        return *this;
    }
    Call& raw(const char* element, QByteArrayView value) {
        open(element);
        m_body += value;
        close(element);
        return *this;
    }
    Call& boolean(const char* element, bool value) {
        return raw(element, value ? "true" : "false");
    }
    Call& number(const char* element, qint64 value) {
        return raw(element, QByteArray::number(value));
    }
    Call& open(const char* element, const char* xsiType = nullptr) {
        m_body += '<';
        m_body += element;
        if (xsiType) {
            m_body += " xsi:type=\"";
            m_body += xsiType;
            m_body += '"';
        }
        m_body += '>';
        return *this;
    }
    Call& close(const char* element) {
        m_body += "</";
        m_body += element;
        m_body += '>';
        return *this;
    }

    QByteArray finish() {
        close(m_method);
        m_body += kTail;
        return std::move(m_body);
    }

private:
    const char* m_method;
    QByteArray m_body;
};

const MoRef kServiceInstance{QStringLiteral("ServiceInstance"), QStringLiteral("ServiceInstance")};

void specSet(Call& c, const char* element, const QList<PropertySpec>& properties,
             const ObjectSelection& objects) {
    c.open(element);
    for (const PropertySpec& p : properties) {
        c.open("propSet").text("type", p.type);
        c.boolean("all", false);
        for (const QString& path : p.paths)
            c.text("pathSet", path);
        c.close("propSet");
    }
    if (!objects.containerView.isNull()) {
        c.open("objectSet").ref("obj", objects.containerView).boolean("skip", true);
        c.open("selectSet", "TraversalSpec")
            .text("name", u"traverseView")
            .text("type", u"ContainerView")
            .text("path", u"view")
            .boolean("skip", false)
            .close("selectSet");
        c.close("objectSet");
    }
    for (const MoRef& obj : objects.objects)
        c.open("objectSet").ref("obj", obj).boolean("skip", false).close("objectSet");
    c.close(element);
}

Call simple(const char* method, const MoRef& self) {
    return Call(method, self);
}

} // namespace

QByteArray soapActionHeader() {
    return QByteArray("\"urn:vim25/") + kApiVersion + '"';
}

QByteArray escape(QStringView text) {
    QByteArray out;
    out.reserve(text.size() + 8);
    const auto n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t ch = text[i].unicode();
        switch (ch) {
        case u'&':
            out += "&amp;";
            continue;
        case u'<':
            out += "&lt;";
            continue;
        case u'>':
            out += "&gt;";
            continue;
        case u'"':
            out += "&quot;";
            continue;
        case u'\'':
            out += "&apos;";
            continue;
        case u'\t':
        case u'\n':
        case u'\r':
            out += char(ch);
            continue;
        default:
            break;
        }
        if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF)
            continue; // not representable in XML 1.0
        if (QChar::isHighSurrogate(ch)) {
            if (i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
                out += text.mid(i, 2).toUtf8();
                ++i;
            }
            continue; // a lone surrogate is dropped
        }
        if (QChar::isLowSurrogate(ch))
            continue;
        if (ch < 0x80)
            out += char(ch);
        else
            out += text.mid(i, 1).toUtf8();
    }
    return out;
}

QString subnetMask(int prefixLength) {
    if (prefixLength < 0 || prefixLength > 32)
        return {};
    const quint32 mask = prefixLength == 0 ? 0 : ~quint32(0) << (32 - prefixLength);
    return QStringLiteral("%1.%2.%3.%4")
        .arg(mask >> 24)
        .arg((mask >> 16) & 0xff)
        .arg((mask >> 8) & 0xff)
        .arg(mask & 0xff);
}

QByteArray retrieveServiceContent() {
    return simple("RetrieveServiceContent", kServiceInstance).finish();
}

QByteArray login(const MoRef& sessionManager, const QString& userName, const QByteArray& password,
                 const QString& locale) {
    Call c("Login", sessionManager);
    c.text("userName", userName);
    c.text("password", QString::fromUtf8(password));
    if (!locale.isEmpty())
        c.text("locale", locale);
    return c.finish();
}

QByteArray logout(const MoRef& sessionManager) {
    return simple("Logout", sessionManager).finish();
}

QByteArray terminateSession(const MoRef& sessionManager, const QStringList& sessionKeys) {
    Call c("TerminateSession", sessionManager);
    for (const QString& key : sessionKeys)
        c.text("sessionId", key);
    return c.finish();
}

QByteArray createContainerView(const MoRef& viewManager, const MoRef& container,
                               const QStringList& types, bool recursive) {
    Call c("CreateContainerView", viewManager);
    c.ref("container", container);
    for (const QString& t : types)
        c.text("type", t);
    c.boolean("recursive", recursive);
    return c.finish();
}

QByteArray destroyView(const MoRef& view) {
    return simple("DestroyView", view).finish();
}

QByteArray createPropertyCollector(const MoRef& propertyCollector) {
    return simple("CreatePropertyCollector", propertyCollector).finish();
}

QByteArray destroyPropertyCollector(const MoRef& collector) {
    return simple("DestroyPropertyCollector", collector).finish();
}

QByteArray retrievePropertiesEx(const MoRef& collector, const QList<PropertySpec>& properties,
                                const ObjectSelection& objects, int maxObjects) {
    Call c("RetrievePropertiesEx", collector);
    specSet(c, "specSet", properties, objects);
    c.open("options");
    if (maxObjects > 0)
        c.number("maxObjects", maxObjects);
    c.close("options");
    return c.finish();
}

QByteArray continueRetrievePropertiesEx(const MoRef& collector, const QString& token) {
    return Call("ContinueRetrievePropertiesEx", collector).text("token", token).finish();
}

QByteArray cancelRetrievePropertiesEx(const MoRef& collector, const QString& token) {
    return Call("CancelRetrievePropertiesEx", collector).text("token", token).finish();
}

QByteArray createFilter(const MoRef& collector, const QList<PropertySpec>& properties,
                        const ObjectSelection& objects, bool partialUpdates) {
    Call c("CreateFilter", collector);
    specSet(c, "spec", properties, objects);
    c.boolean("partialUpdates", partialUpdates);
    return c.finish();
}

QByteArray waitForUpdatesEx(const MoRef& collector, const QString& version, int maxWaitSeconds,
                            int maxObjectUpdates) {
    Call c("WaitForUpdatesEx", collector);
    if (!version.isEmpty())
        c.text("version", version);
    c.open("options");
    if (maxWaitSeconds >= 0)
        c.number("maxWaitSeconds", maxWaitSeconds);
    if (maxObjectUpdates > 0)
        c.number("maxObjectUpdates", maxObjectUpdates);
    c.close("options");
    return c.finish();
}

QByteArray cancelWaitForUpdates(const MoRef& collector) {
    return simple("CancelWaitForUpdates", collector).finish();
}

QByteArray destroyPropertyFilter(const MoRef& filter) {
    return simple("DestroyPropertyFilter", filter).finish();
}

QByteArray powerOnVM(const MoRef& vm) {
    return simple("PowerOnVM_Task", vm).finish();
}

QByteArray powerOffVM(const MoRef& vm) {
    return simple("PowerOffVM_Task", vm).finish();
}

QByteArray resetVM(const MoRef& vm) {
    return simple("ResetVM_Task", vm).finish();
}

QByteArray shutdownGuest(const MoRef& vm) {
    return simple("ShutdownGuest", vm).finish();
}

QByteArray destroy(const MoRef& entity) {
    return simple("Destroy_Task", entity).finish();
}

QByteArray cancelTask(const MoRef& task) {
    return simple("CancelTask", task).finish();
}

namespace {

// CustomizationSpec: options, identity, globalIPSettings, nicSettingMap.
void customization(Call& c, const char* element, const GuestCustomization& g) {
    c.open(element);
    c.open("identity", "CustomizationLinuxPrep");
    c.open("hostName", "CustomizationFixedName").text("name", g.hostName).close("hostName");
    c.text("domain", g.domain.isEmpty() ? QStringLiteral("local") : g.domain);
    c.boolean("hwClockUTC", true);
    c.close("identity");
    c.open("globalIPSettings");
    for (const QString& s : g.dnsSuffixes)
        c.text("dnsSuffixList", s);
    for (const QString& s : g.dnsServers)
        c.text("dnsServerList", s);
    c.close("globalIPSettings");
    c.open("nicSettingMap").open("adapter");
    if (g.dhcp) {
        c.open("ip", "CustomizationDhcpIpGenerator").close("ip");
    } else {
        c.open("ip", "CustomizationFixedIp").text("ipAddress", g.ipAddress).close("ip");
        c.text("subnetMask", subnetMask(g.prefixLength));
        if (!g.gateway.isEmpty())
            c.text("gateway", g.gateway);
        for (const QString& s : g.dnsServers)
            c.text("dnsServerList", s);
    }
    c.close("adapter").close("nicSettingMap");
    c.close(element);
}

} // namespace

QByteArray customizeVM(const MoRef& vm, const GuestCustomization& spec) {
    Call c("CustomizeVM_Task", vm);
    customization(c, "spec", spec);
    return c.finish();
}

QByteArray cloneVM(const MoRef& source, const QString& name, const CloneSpec& spec) {
    Call c("CloneVM_Task", source);
    c.ref("folder", spec.folder);
    c.text("name", name);
    c.open("spec");
    // VirtualMachineRelocateSpec: service, folder, datastore, diskMoveType, pool, host, ...
    c.open("location");
    c.refIfSet("datastore", spec.datastore);
    c.refIfSet("pool", spec.pool);
    c.refIfSet("host", spec.host);
    c.close("location");
    c.boolean("template", spec.asTemplate);
    if (spec.customization)
        customization(c, "customization", *spec.customization);
    c.boolean("powerOn", spec.powerOn);
    c.close("spec");
    return c.finish();
}

} // namespace fd::vsphere::soap
