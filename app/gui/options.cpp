#include "options.h"

#include <cstdio>

namespace fd::gui {

namespace {

// Options QApplication/QGuiApplication consume; the first group takes a value.
bool isQtOptionWithValue(const QString& a) {
    static const QStringList names = {QStringLiteral("-platform"),
                                      QStringLiteral("-platformpluginpath"),
                                      QStringLiteral("-platformtheme"),
                                      QStringLiteral("-plugin"),
                                      QStringLiteral("-qmljsdebugger"),
                                      QStringLiteral("-style"),
                                      QStringLiteral("-stylesheet"),
                                      QStringLiteral("-session"),
                                      QStringLiteral("-display"),
                                      QStringLiteral("-geometry"),
                                      QStringLiteral("-qwindowgeometry"),
                                      QStringLiteral("-qwindowicon"),
                                      QStringLiteral("-qwindowtitle"),
                                      QStringLiteral("-title"),
                                      QStringLiteral("-name"),
                                      QStringLiteral("-font"),
                                      QStringLiteral("-fn"),
                                      QStringLiteral("-bg"),
                                      QStringLiteral("-background"),
                                      QStringLiteral("-fg"),
                                      QStringLiteral("-foreground"),
                                      QStringLiteral("-btn"),
                                      QStringLiteral("-button"),
                                      QStringLiteral("-im"),
                                      QStringLiteral("-inputstyle")};
    return names.contains(a);
}

bool isQtFlag(const QString& a) {
    static const QStringList names = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                                      QStringLiteral("-nograb"),  QStringLiteral("-dograb"),
                                      QStringLiteral("-sync"),    QStringLiteral("-testability")};
    return names.contains(a) || a.startsWith(QLatin1String("-style=")) ||
           a.startsWith(QLatin1String("-platform="));
}

} // namespace

Options parseOptions(const QStringList& argsIn) {
    Options o;
    QStringList args = argsIn;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            o.help = true;
        } else if (arg == QLatin1String("--version")) {
            o.version = true;
        } else if (arg.startsWith(QLatin1String("--data-dir="))) {
            o.dataDir = arg.section(QLatin1Char('='), 1);
            if (o.dataDir.isEmpty()) {
                o.error = QStringLiteral("--data-dir needs a directory");
                return o;
            }
        } else if (arg == QLatin1String("--data-dir")) {
            if (args.isEmpty()) {
                o.error = QStringLiteral("--data-dir needs a directory");
                return o;
            }
            o.dataDir = args.takeFirst();
        } else if (isQtOptionWithValue(arg)) {
            if (!args.isEmpty())
                args.removeFirst();
        } else if (isQtFlag(arg)) {
            continue;
        } else {
            o.error = QStringLiteral("unknown option: ") + arg;
            return o;
        }
    }
    return o;
}

void printUsage(FILE* stream) {
    std::fputs("Usage: fleetdeck [options]\n\n"
               "Options:\n"
               "  -h, --help        Show this help\n"
               "  --version         Print the version of Fleetdeck and its libraries\n"
               "  --data-dir DIR    Use DIR for the local store and settings (default:\n"
               "                    $FLEETDECK_DATA_DIR, then the platform's application-data\n"
               "                    directory)\n"
               "\nQt's own options (-platform, -style, ...) are accepted as well.\n",
               stream);
    std::fflush(stream);
}

} // namespace fd::gui
