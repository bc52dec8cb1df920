#pragma once

// Reads one SOAP answer of vim25 as a stream (QXmlStreamReader): finds the Body, turns a Fault
// into a VsphereError, and hands the response's elements to the caller one by one. Nothing is
// kept but the value being read; depth, text and node counts are capped so a hostile or broken
// answer cannot exhaust memory or the stack.

#include "vsphere/vsphereerror.h"
#include "vsphere/xmlvalue.h"

#include <QBuffer>
#include <QByteArray>
#include <QXmlStreamReader>

namespace fd::vsphere {

struct XmlLimits {
    int maxDepth = 48;
    qsizetype maxTextChars = qsizetype(8) << 20; // one text node
    qint64 maxNodes = 20'000'000;                // elements in one answer
};

class SoapReader final {
public:
    // `method` names the call for messages ("RetrievePropertiesEx").
    SoapReader(QByteArrayView body, QString method, XmlLimits limits = {});

    // Positions the reader on the response element (<MethodResponse>). False with error() set
    // for a fault, an empty or non-SOAP answer, or malformed XML.
    bool enterResponse();
    // Reads the next child start element of the element the reader is in (depth-aware);
    // false at its end or on an error.
    bool nextChildOf(int depth);
    int depth() const { return m_depth; }
    QStringView name() const { return m_xml.name(); }
    // Reads the current element (at its start) with everything below it.
    bool readValue(XmlValue& out);
    // Skips the current element (at its start) with everything below it.
    bool skipElement();
    // Text of the current leaf element.
    bool readText(QString& out);
    MoRef refAttributeWith(QString value) const;
    QString refTypeAttribute() const;

    // True once the whole document was read without an error.
    bool finish();
    bool failed() const { return m_failed; }
    const VsphereError& error() const { return m_error; }
    void fail(VsphereErrorCategory category, const QString& message, const QString& detail = {});

private:
    bool next(); // one token; tracks depth; converts reader errors
    bool readValueAt(XmlValue& out, int level);
    void readerFailed();

    // Read through a QBuffer: Qt 6.4's reader spends half the CPU on a QByteArray given with
    // addData() (its raw buffer is re-copied as it goes), none of it on a device.
    QByteArray m_data;
    QBuffer m_buffer;
    QXmlStreamReader m_xml;
    QString m_method;
    XmlLimits m_limits;
    int m_depth = 0;
    qint64 m_nodes = 0;
    bool m_empty = false;
    bool m_failed = false;
    VsphereError m_error;
};

// Decodes a SOAP Fault element's contents (the reader is at <Fault>) into an error; used by
// SoapReader and for a task's LocalizedMethodFault.
VsphereError faultFromValue(const XmlValue& fault);
// TaskInfo.error (LocalizedMethodFault: fault + localizedMessage) as an error.
VsphereError faultFromLocalized(const XmlValue& localizedFault);

} // namespace fd::vsphere
