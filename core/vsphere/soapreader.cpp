#include "vsphere/soapreader.h"

#include "vsphere/vspheretext.h"

namespace fd::vsphere {

namespace {

const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const QString kSoapEnv = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");

QString withoutPrefix(QStringView qualified) {
    const auto colon = qualified.lastIndexOf(u':');
    return (colon < 0 ? qualified : qualified.mid(colon + 1)).toString();
}

bool looksLikeHtml(QStringView element) {
    return element.compare(u"html", Qt::CaseInsensitive) == 0 ||
           element.compare(u"head", Qt::CaseInsensitive) == 0 ||
           element.compare(u"body", Qt::CaseInsensitive) == 0;
}

} // namespace

SoapReader::SoapReader(QByteArrayView body, QString method, XmlLimits limits)
    : m_data(QByteArray::fromRawData(body.data(), body.size())) // the body outlives the reader
    , m_method(std::move(method))
    , m_limits(limits)
    , m_empty(body.trimmed().isEmpty()) {
    m_buffer.setBuffer(&m_data);
    m_buffer.open(QIODevice::ReadOnly);
    m_xml.setDevice(&m_buffer);
    m_xml.setNamespaceProcessing(true);
}

void SoapReader::fail(VsphereErrorCategory category, const QString& message,
                      const QString& detail) {
    if (m_failed)
        return;
    m_failed = true;
    m_error = makeVsphereError(category, message, detail);
}

void SoapReader::readerFailed() {
    const QString detail = QStringLiteral("%1: %2 (line %3, column %4)")
                               .arg(m_method, m_xml.errorString())
                               .arg(m_xml.lineNumber())
                               .arg(m_xml.columnNumber());
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        fail(VsphereErrorCategory::Truncated,
             Text::tr("The vCenter's answer ended in the middle (the connection was cut or a "
                      "proxy truncated it); try again, and check the proxy if it keeps "
                      "happening."),
             detail);
    else
        fail(VsphereErrorCategory::Malformed,
             Text::tr("The vCenter's answer is not valid XML; check that the URL points to a "
                      "vCenter or ESXi host and not to a proxy or another service."),
             detail);
}

bool SoapReader::next() {
    if (m_failed)
        return false;
    const auto token = m_xml.readNext();
    switch (token) {
    case QXmlStreamReader::StartElement:
        if (++m_depth > m_limits.maxDepth) {
            fail(VsphereErrorCategory::Malformed,
                 Text::tr("The vCenter's answer is nested too deeply to be read; check that "
                          "the URL points to a vCenter or ESXi host."),
                 m_method + QStringLiteral(": depth limit"));
            return false;
        }
        if (++m_nodes > m_limits.maxNodes) {
            fail(VsphereErrorCategory::TooLarge,
                 Text::tr("The vCenter's answer is too large to be read; narrow the request "
                          "or contact support."),
                 m_method + QStringLiteral(": element limit"));
            return false;
        }
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::Invalid:
        readerFailed();
        return false;
    case QXmlStreamReader::EndDocument:
        return true;
    default:
        return true;
    }
}

bool SoapReader::enterResponse() {
    if (m_empty) {
        fail(VsphereErrorCategory::Malformed,
             Text::tr("The vCenter sent an empty answer; try again, and check the proxy if it "
                      "keeps happening."),
             m_method + QStringLiteral(": empty body"));
        return false;
    }
    // The root element: a SOAP envelope, or something else entirely.
    while (next()) {
        if (m_xml.isStartElement())
            break;
        if (m_xml.atEnd())
            break;
    }
    if (m_failed)
        return false;
    if (!m_xml.isStartElement()) {
        fail(VsphereErrorCategory::Malformed,
             Text::tr("The vCenter sent an empty answer; try again, and check the proxy if it "
                      "keeps happening."),
             m_method + QStringLiteral(": no document element"));
        return false;
    }
    if (looksLikeHtml(m_xml.name())) {
        fail(VsphereErrorCategory::NotVsphere,
             Text::tr("The server answered with a web page instead of the vSphere API; check "
                      "that the URL points to the vCenter itself (https://vcenter.example/sdk)."),
             m_method + QStringLiteral(": HTML answer"));
        return false;
    }
    if (m_xml.name() != u"Envelope" || m_xml.namespaceUri() != kSoapEnv) {
        fail(VsphereErrorCategory::NotVsphere,
             Text::tr("The server's answer is not a vSphere SOAP message; check that the URL "
                      "points to a vCenter or ESXi host."),
             m_method + QStringLiteral(": root element ") + m_xml.name().toString());
        return false;
    }
    // Envelope → (Header) → Body → Fault | <Method>Response
    bool inBody = false;
    while (nextChildOf(1)) {
        if (m_xml.name() == u"Body") {
            inBody = true;
            break;
        }
        if (!skipElement())
            return false;
    }
    if (!inBody) {
        if (!m_failed)
            fail(VsphereErrorCategory::Malformed,
                 Text::tr("The vCenter's answer has no SOAP body; try again, and check the "
                          "proxy if it keeps happening."),
                 m_method + QStringLiteral(": no Body"));
        return false;
    }
    if (!nextChildOf(2)) {
        if (!m_failed)
            fail(VsphereErrorCategory::Malformed,
                 Text::tr("The vCenter's answer is empty; try again, and check the proxy if it "
                          "keeps happening."),
                 m_method + QStringLiteral(": empty Body"));
        return false;
    }
    if (m_xml.name() == u"Fault" && m_xml.namespaceUri() == kSoapEnv) {
        XmlValue fault;
        if (!readValue(fault))
            return false;
        m_failed = true;
        m_error = faultFromValue(fault);
        return false;
    }
    if (m_xml.name() != QString(m_method + QStringLiteral("Response"))) {
        fail(VsphereErrorCategory::Malformed,
             Text::tr("The vCenter answered a different call than the one asked; try again, and "
                      "check the proxy if it keeps happening."),
             m_method + QStringLiteral(": got ") + m_xml.name().toString());
        return false;
    }
    return true;
}

bool SoapReader::nextChildOf(int depth) {
    while (next()) {
        if (m_xml.isStartElement()) {
            if (m_depth == depth + 1)
                return true;
            // A grandchild the caller did not ask for (it skipped nothing): skip it.
            if (!skipElement())
                return false;
            continue;
        }
        if (m_xml.isEndElement() && m_depth < depth)
            return false;
        if (m_xml.atEnd()) {
            readerFailed();
            return false;
        }
    }
    return false;
}

bool SoapReader::skipElement() {
    const int level = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < level)
            return true;
        if (m_xml.atEnd()) {
            readerFailed();
            return false;
        }
    }
    return false;
}

bool SoapReader::readText(QString& out) {
    XmlValue v;
    if (!readValue(v))
        return false;
    out = std::move(v.text);
    return true;
}

QString SoapReader::refTypeAttribute() const {
    return m_xml.attributes().value(QString(), QStringLiteral("type")).toString();
}

MoRef SoapReader::refAttributeWith(QString value) const {
    return {refTypeAttribute(), std::move(value)};
}

bool SoapReader::readValue(XmlValue& out) {
    return readValueAt(out, m_depth);
}

bool SoapReader::readValueAt(XmlValue& out, int level) {
    out.name = m_xml.name().toString();
    const QXmlStreamAttributes attrs = m_xml.attributes();
    const QStringView xsiType = attrs.value(kXsi, QStringLiteral("type"));
    if (!xsiType.isEmpty())
        out.xsiType = withoutPrefix(xsiType);
    const QStringView refType = attrs.value(QString(), QStringLiteral("type"));
    if (!refType.isEmpty())
        out.refType = refType.toString();
    while (next()) {
        if (m_xml.isStartElement()) {
            out.children.emplace_back();
            if (!readValueAt(out.children.back(), m_depth))
                return false;
            continue;
        }
        if (m_xml.isCharacters()) {
            if (out.text.size() + m_xml.text().size() > m_limits.maxTextChars) {
                fail(VsphereErrorCategory::TooLarge,
                     Text::tr("A value in the vCenter's answer is too large to be read; contact "
                              "support if this keeps happening."),
                     m_method + QStringLiteral(": text limit in ") + out.name);
                return false;
            }
            out.text += m_xml.text();
            continue;
        }
        if (m_xml.isEndElement() && m_depth < level)
            return true;
        if (m_xml.atEnd()) {
            readerFailed();
            return false;
        }
    }
    return false;
}

bool SoapReader::finish() {
    while (!m_failed && !m_xml.atEnd())
        next();
    return !m_failed;
}

namespace {

void fillFaultFields(VsphereError& e, const XmlValue& detail) {
    e.faultType = detail.xsiType;
    if (e.faultType.isEmpty()) {
        e.faultType = detail.name;
        if (e.faultType.endsWith(QLatin1String("Fault")) && e.faultType != u"Fault")
            e.faultType.chop(5);
    }
    e.privilege = detail.childText(u"privilegeId");
    if (e.privilege.isEmpty()) {
        // 7.0+: missingPrivileges[].privileges[]
        if (const XmlValue* missing = detail.child(u"missingPrivileges"))
            e.privilege = missing->childText(u"privileges");
    }
    e.property = detail.childText(u"invalidProperty");
    if (const XmlValue* obj = detail.child(u"object"))
        e.object = obj->toMoRef();
    else if (const XmlValue* o = detail.child(u"obj"))
        e.object = o->toMoRef();
}

} // namespace

VsphereError faultFromValue(const XmlValue& fault) {
    VsphereError e;
    e.detail = fault.childText(u"faultstring").trimmed();
    if (const XmlValue* detail = fault.child(u"detail"); detail && !detail->children.isEmpty())
        fillFaultFields(e, detail->children.first());
    e.category = categoryOfFault(e.faultType);
    if (e.faultType.isEmpty() &&
        e.detail.contains(QLatin1String("not implemented"), Qt::CaseInsensitive))
        e.category = VsphereErrorCategory::NotSupported;
    e.message = faultMessage(e);
    return e;
}

VsphereError faultFromLocalized(const XmlValue& localizedFault) {
    VsphereError e;
    e.detail = localizedFault.childText(u"localizedMessage").trimmed();
    if (const XmlValue* fault = localizedFault.child(u"fault"))
        fillFaultFields(e, *fault);
    e.category = categoryOfFault(e.faultType);
    if (e.category == VsphereErrorCategory::Fault)
        e.category = VsphereErrorCategory::TaskFailed;
    e.message = faultMessage(e);
    return e;
}

} // namespace fd::vsphere
