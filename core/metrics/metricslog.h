#pragma once

#include <QLoggingCategory>

namespace fd::metrics {
// Requests are logged by path and timing only: never headers, credentials or query bodies.
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)
} // namespace fd::metrics
