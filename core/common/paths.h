#pragma once

#include <QString>

namespace fd {

// Where Fleetdeck keeps its database and settings. Precedence: an explicit override (the
// --data-dir option), then the FLEETDECK_DATA_DIR environment variable, then the platform's
// application-data directory. The directory is created if missing.
QString resolveDataDir(const QString& explicitOverride = {});

} // namespace fd
