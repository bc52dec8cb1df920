// `fleetdeck-cli store info`: where the local store is and which schema it has.
#include "commandregistry.h"
#include "storeaccess.h"

#include "store/migrations.h"
#include "store/store.h"

#include <QFileInfo>
#include <QJsonObject>

namespace fd::cli {
namespace {

QString usageText() {
    return CliText::tr(
        "Usage: fleetdeck-cli store info [--json]\n\n"
        "Shows the local database's path and schema version (opening it upgrades an older "
        "schema).\n"
        "Exit status: 0 ok, 1 the database could not be opened (damaged, newer schema), 2 usage.");
}

int run(Context& ctx, const QStringList& args) {
    auto parsed = parseArgs(ctx, args, {}, usageText());
    if (!parsed)
        return ExitUsage;
    if (parsed->positional != QStringList{QStringLiteral("info")}) {
        ctx.err << "fleetdeck-cli: " << CliText::tr("store: expected the sub-command info")
                << "\n\n"
                << usageText() << '\n';
        return ExitUsage;
    }
    auto store = openStore(ctx);
    if (!store)
        return ExitFailure;
    const qint64 size = QFileInfo(store->databasePath()).size();
    if (ctx.global.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("path"), store->databasePath()},
            {QStringLiteral("dataDir"), store->dataDir()},
            {QStringLiteral("schemaVersion"), store->schemaVersion()},
            {QStringLiteral("latestSchemaVersion"), fd::store::latestSchemaVersion()},
            {QStringLiteral("sizeBytes"), size},
        });
        return ExitOk;
    }
    ctx.out << CliText::tr("Database:       %1\n"
                           "Schema version: %2\n"
                           "Size:           %3 bytes\n")
                   .arg(store->databasePath(), QString::number(store->schemaVersion()),
                        QString::number(size));
    ctx.out.flush();
    return ExitOk;
}

static CommandRegistration reg{
    {QStringLiteral("store"),
     QT_TRANSLATE_NOOP("fd::cli", "Show the local store's location and schema version"), usageText,
     run}};

} // namespace
} // namespace fd::cli
