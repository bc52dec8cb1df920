#include "vsphere/xmlvalue.h"

namespace fd::vsphere {

const XmlValue* XmlValue::child(QStringView childName) const {
    for (const XmlValue& c : children)
        if (c.name == childName)
            return &c;
    return nullptr;
}

QString XmlValue::childText(QStringView childName) const {
    const XmlValue* c = child(childName);
    return c ? c->text : QString();
}

MoRef XmlValue::childRef(QStringView childName) const {
    const XmlValue* c = child(childName);
    return c ? c->toMoRef() : MoRef();
}

} // namespace fd::vsphere
