#pragma once

#include <QLoggingCategory>

namespace fd::deploy {
// Catalog problems, manifest decisions and prompt streams (never prompt text or answers).
Q_DECLARE_LOGGING_CATEGORY(lcDeploy)
} // namespace fd::deploy
