#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <map>

namespace fd::cli {

// Options every command sees; parsed by main() before the command name.
struct GlobalOptions {
    bool json = false;
    bool passphraseFromStdin = false;
    QString dataDir; // empty: FLEETDECK_DATA_DIR, then the platform default
};

struct Context {
    GlobalOptions global;
    QTextStream& out;
    QTextStream& err;

    // Prints a JSON document (object or array) followed by a newline.
    void printJson(const QJsonValue& value) const;
};

// Exit codes shared by every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the operation failed; the message says why
    ExitUsage = 2,   // the command line was wrong; usage was printed
};

using CommandFn = std::function<int(Context&, const QStringList& args)>;

struct Command {
    QString name;
    QString summary; // one line for `fleetdeck-cli --help`
    QString usage;   // full usage text for `fleetdeck-cli NAME --help`
    CommandFn run;
};

class CommandRegistry final {
public:
    static CommandRegistry& instance();
    void add(Command command);
    const Command* find(const QString& name) const;
    const std::map<QString, Command>& all() const { return m_commands; }

private:
    std::map<QString, Command> m_commands;
};

// Registers a command at static-initialisation time: `static CommandRegistration r{{...}};`
struct CommandRegistration {
    explicit CommandRegistration(Command command);
};

} // namespace fd::cli
