#pragma once

#include <QLoggingCategory>

namespace fd::vsphere {
// Calls are logged by method name only: never the session cookie, a password or a body.
Q_DECLARE_LOGGING_CATEGORY(lcVsphere)
} // namespace fd::vsphere
