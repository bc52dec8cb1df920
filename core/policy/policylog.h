#pragma once

#include <QLoggingCategory>

namespace fd::policy {
Q_DECLARE_LOGGING_CATEGORY(lcPolicy)
} // namespace fd::policy
