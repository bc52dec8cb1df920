#pragma once

#include <QHash>
#include <QString>

namespace fd::vsphere {

// A managed object reference: the type and the server's id ("VirtualMachine", "vm-42"). Ids are
// unique per vCenter, never across vCenters.
struct MoRef {
    QString type;
    QString value;

    bool isNull() const { return value.isEmpty(); }
    QString toString() const { return type + u':' + value; } // for logs and keys
    friend bool operator==(const MoRef&, const MoRef&) = default;
};

inline size_t qHash(const MoRef& ref, size_t seed = 0) {
    return ::qHash(ref.value, seed) ^ ::qHash(ref.type, 0);
}

} // namespace fd::vsphere
