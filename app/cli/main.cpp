// fleetdeck-cli: the headless front end over fleetdeck_core, for scripting and end-to-end tests.
#include "commandregistry.h"

#include "common/translations.h"
#include "common/versioninfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTranslator>

#include <cstdio>

using namespace fd::cli;

namespace {

void printUsage(QTextStream& s) {
    s << CliText::tr(
        "Usage: fleetdeck-cli [global options] COMMAND [arguments]\n\n"
        "Global options:\n"
        "  -h, --help            Show this help (or COMMAND --help for a command's own)\n"
        "  --version             Print the version of Fleetdeck and its libraries\n"
        "  --json                Machine-readable JSON output\n"
        "  --data-dir DIR        Use DIR for the local store (default: $FLEETDECK_DATA_DIR,\n"
        "                        then the platform's application-data directory)\n"
        "  --passphrase-stdin    Read the vault passphrase from the first line of stdin\n"
        "                        (otherwise $FLEETDECK_PASSPHRASE)\n\n"
        "Commands:\n");
    for (const auto& [name, command] : CommandRegistry::instance().all())
        s << "  " << name.leftJustified(20) << "  " << command.translatedSummary() << '\n';
    s.flush();
}

int printVersion(Context& ctx) {
    if (ctx.global.json) {
        QJsonObject libs;
        for (const auto& [lib, version] : fd::libraryVersions())
            libs.insert(lib, version);
        ctx.printJson(QJsonObject{{QStringLiteral("fleetdeck"), fd::fleetdeckVersion()},
                                  {QStringLiteral("libraries"), libs}});
        return ExitOk;
    }
    ctx.out << "fleetdeck-cli " << fd::fleetdeckVersion() << '\n';
    for (const auto& [lib, version] : fd::libraryVersions())
        ctx.out << "  " << lib << ' ' << version << '\n';
    ctx.out.flush();
    return ExitOk;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationVersion(fd::fleetdeckVersion());
    // Messages follow the locale (LC_ALL, LC_MESSAGES, LANG), as the console's "System"
    // choice does. JSON keys and the enumerated values scripts match on stay English.
    const std::unique_ptr<QTranslator> translator = fd::appTranslator(fd::systemLanguage());
    if (translator)
        QCoreApplication::installTranslator(translator.get());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx{GlobalOptions{}, out, err};

    QStringList args = app.arguments().mid(1);
    bool wantVersion = false;
    bool wantHelp = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            wantHelp = true;
        } else if (opt == QLatin1String("--version")) {
            wantVersion = true;
        } else if (opt == QLatin1String("--json")) {
            ctx.global.json = true;
        } else if (opt == QLatin1String("--passphrase-stdin")) {
            ctx.global.passphraseFromStdin = true;
        } else if (opt == QLatin1String("--data-dir") ||
                   opt.startsWith(QLatin1String("--data-dir="))) {
            if (opt.contains(QLatin1Char('='))) {
                ctx.global.dataDir = opt.section(QLatin1Char('='), 1);
            } else if (!args.isEmpty()) {
                ctx.global.dataDir = args.takeFirst();
            } else {
                err << "fleetdeck-cli: " << CliText::tr("--data-dir needs a directory") << "\n\n";
                printUsage(err);
                return ExitUsage;
            }
        } else {
            err << "fleetdeck-cli: " << CliText::tr("unknown option %1").arg(opt) << "\n\n";
            printUsage(err);
            return ExitUsage;
        }
    }

    if (wantVersion)
        return printVersion(ctx);
    if (wantHelp && args.isEmpty()) {
        printUsage(out);
        return ExitOk;
    }
    if (args.isEmpty()) {
        err << "fleetdeck-cli: " << CliText::tr("no command given") << "\n\n";
        printUsage(err);
        return ExitUsage;
    }

    const QString name = args.takeFirst();
    const Command* command = CommandRegistry::instance().find(name);
    if (!command) {
        err << "fleetdeck-cli: " << CliText::tr("unknown command %1").arg(name) << "\n\n";
        printUsage(err);
        return ExitUsage;
    }
    if (wantHelp || args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << command->usage() << '\n';
        out.flush();
        return ExitOk;
    }
    // Commands may take --json after their own name too, as scripts tend to write it.
    if (args.removeAll(QStringLiteral("--json")) > 0)
        ctx.global.json = true;
    return command->run(ctx, args);
}
