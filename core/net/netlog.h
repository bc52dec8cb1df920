#pragma once

#include <QLoggingCategory>

namespace fd::net {
// Never log headers (Authorization), bodies or TLS material through it.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
} // namespace fd::net
