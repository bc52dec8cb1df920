#include "testutil.h"

#include <QDir>
#include <QFileInfo>

namespace fd::test {

QString testsPath(const QString& relative) {
    return QDir(QStringLiteral(FLEETDECK_TESTS_DIR)).filePath(relative);
}

QString referencePath(const QString& relative) {
    const QString root = qEnvironmentVariable("FLEETDECK_SHARED_REFERENCE_DIR");
    if (root.isEmpty())
        return {};
    const QString path = QDir(root).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace fd::test
