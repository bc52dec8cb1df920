#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace fd::registry {

// The one translation context of the registry's user-facing strings, "fd::registry", spelled
// so lupdate files them under that context too (it does not follow `namespace a::b` or the
// class names inside it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::registry)
};

// A call named a cluster id the registry no longer has (removed meanwhile).
inline fd::Error notRegistered() {
    return fd::makeError(
        fd::ErrorKind::NotFound,
        QCoreApplication::translate("fd::registry", "The cluster is no longer registered."));
}

} // namespace fd::registry
