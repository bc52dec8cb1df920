// Baseline for the start-up benchmark: the least a Qt Widgets application can do to show a main
// window. tests/bench/startup.py compares fleetdeck against it.
#include "common/firstpainthook.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("bare window")));
    window.resize(1280, 800);
    fd::bench::installFirstPaintHookIfRequested(&window);
    window.show();
    return QApplication::exec();
}
