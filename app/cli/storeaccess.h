#pragma once

#include "commandregistry.h"

#include <QDateTime>
#include <QMap>

#include <memory>
#include <optional>

namespace fd::store {
class Store;
}
namespace fd::secrets {
class SecretStore;
}

namespace fd::cli {

// Opens the local store of --data-dir / $FLEETDECK_DATA_DIR / the platform default. On failure
// prints the store's one-sentence message (corrupt, newer schema, I/O) to ctx.err and returns
// nullptr; the caller exits with ExitFailure.
std::unique_ptr<fd::store::Store> openStore(Context& ctx);

// Opens the secret store over `store` (backend from FLEETDECK_SECRET_BACKEND, the
// `secrets/backend` setting, or auto). Prints the message and returns nullptr on failure.
std::unique_ptr<fd::secrets::SecretStore> openSecrets(Context& ctx, fd::store::Store& store);

// The vault passphrase: the first line of stdin with --passphrase-stdin, else
// $FLEETDECK_PASSPHRASE, else (only when stdin is a terminal and `mayPrompt`) a prompt without
// echo. nullopt when none is available; `why` then says how to provide one. The caller wipes it.
std::optional<QByteArray> readPassphrase(Context& ctx, bool mayPrompt, QString* why = nullptr);

// One line of stdin (after a --passphrase-stdin line, if any), without its line end; the
// caller wipes it. For secrets given on stdin (vcenter add --password-stdin).
QByteArray readStdinLine();

// True when stdin is an interactive terminal (prompts and interactive exec plugins are allowed).
bool stdinIsTerminal();

// Unlocks the vault with readPassphrase(ctx, true); prints the reason and returns false when it
// cannot (no passphrase without a terminal, wrong passphrase, damaged vault).
bool unlockSecrets(Context& ctx, fd::secrets::SecretStore& secrets);

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
