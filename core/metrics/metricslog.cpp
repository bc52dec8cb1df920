#include "metrics/metricslog.h"

namespace fd::metrics {
Q_LOGGING_CATEGORY(lcMetrics, "fd.metrics", QtInfoMsg)
}
