#pragma once

#include <QString>
#include <QStringList>

namespace fd::gui {

struct Options {
    QString dataDir;
    bool help = false;
    bool version = false;
    QString error; // set for an unknown option or a missing value
};

// Parses the command line before QApplication exists, so --help, --version and usage errors
// work without a display. Qt's own options (-platform xcb, -style fusion, …) are skipped here
// and left for QApplication.
Options parseOptions(const QStringList& args);

void printUsage(FILE* stream);

} // namespace fd::gui
