#pragma once

#include <QCoreApplication>

namespace fd::policy {

// The one translation context of the policy area's user-facing strings, "fd::policy", spelled
// so lupdate files them under that context too (it does not follow `namespace a::b`).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::policy)
};

} // namespace fd::policy
