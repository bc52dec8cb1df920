#pragma once

#include <QLoggingCategory>

namespace fd::kube {
// Requests are logged by verb and path only: never headers, tokens, bodies or plugin output.
Q_DECLARE_LOGGING_CATEGORY(lcKube)
} // namespace fd::kube
