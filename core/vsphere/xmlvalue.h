#pragma once

#include "vsphere/moref.h"

#include <QList>
#include <QString>

namespace fd::vsphere {

// One property value (or fault detail) of a SOAP answer as a small tree: read from the stream
// one value at a time and dropped once it has been turned into a typed field, so a whole answer
// never exists as a tree. Sizes are capped by the reader (soapreader.h).
struct XmlValue {
    QString name;    // element local name
    QString xsiType; // xsi:type without its prefix: "string", "ArrayOfGuestNicInfo"
    QString refType; // the type attribute of a ManagedObjectReference
    QString text;    // character data (leaves)
    QList<XmlValue> children;

    const XmlValue* child(QStringView childName) const;
    QString childText(QStringView childName) const; // empty when absent
    MoRef toMoRef() const { return {refType, text}; }
    MoRef childRef(QStringView childName) const;
    bool toBool() const { return text == QLatin1String("true") || text == QLatin1String("1"); }
    qint64 toInt() const { return text.trimmed().toLongLong(); }
    // The type of this value as vSphere would name it: xsi:type, else the element name.
    QString typeName() const { return xsiType.isEmpty() ? name : xsiType; }
};

} // namespace fd::vsphere
