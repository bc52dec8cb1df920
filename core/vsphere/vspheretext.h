#pragma once

#include <QCoreApplication>

namespace fd::vsphere {

// The one translation context of vSphere's user-facing strings, "fd::vsphere", spelled so
// lupdate files them under that context (it does not follow `namespace a::b`).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::vsphere)
};

} // namespace fd::vsphere
