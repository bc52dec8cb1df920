#pragma once

#include <QCoreApplication>

namespace fd::deploy {

// The one translation context of the deployments area's user-facing strings, "fd::deploy",
// spelled so lupdate files them under that context (it does not follow `namespace a::b`).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::deploy)
};

} // namespace fd::deploy
