// fleetdeck: the desktop console.
#include "common/versioninfo.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
    QApplication::setApplicationName(QStringLiteral("Fleetdeck"));
    QApplication::setApplicationVersion(fd::fleetdeckVersion());
    QMainWindow window;
    window.show();
    return app.exec();
}
