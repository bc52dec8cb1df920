#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace fd {

QString resolveDataDir(const QString& explicitOverride) {
    QString dir = explicitOverride;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("FLEETDECK_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    dir = QDir::cleanPath(QDir(dir).absolutePath());
    QDir().mkpath(dir);
    return dir;
}

} // namespace fd
