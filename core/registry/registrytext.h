#pragma once

#include <QCoreApplication>

namespace fd::registry {

// The one translation context of the registry's user-facing strings, "fd::registry", spelled
// so lupdate files them under that context too (it does not follow `namespace a::b` or the
// class names inside it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::registry)
};

} // namespace fd::registry
