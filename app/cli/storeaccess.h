#pragma once

#include "commandregistry.h"

#include <QDateTime>
#include <QMap>

#include <memory>
#include <optional>

namespace fd::store {
class Store;
}

namespace fd::cli {

// Opens the local store of --data-dir / $FLEETDECK_DATA_DIR / the platform default. On failure
// prints the store's one-sentence message (corrupt, newer schema, I/O) to ctx.err and returns
// nullptr; the caller exits with ExitFailure.
std::unique_ptr<fd::store::Store> openStore(Context& ctx);

// Parses "--name value" / "--name=value" options of a sub-command. Returns nullopt (after printing
// the problem and `usage` to ctx.err) for an unknown option or a missing value.
struct ParsedArgs {
    QMap<QString, QString> options;
    QStringList positional;
};
std::optional<ParsedArgs> parseArgs(Context& ctx, const QStringList& args,
                                    const QStringList& valueOptions, const QString& usage);

// ISO 8601 date or date-time; without a zone it means UTC. Invalid QDateTime if unparsable.
QDateTime parseIsoTime(const QString& text);

} // namespace fd::cli
