#pragma once

#include <QCoreApplication>
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
using UsageFn = QString (*)();

// The CLI's own texts (help, usage, argument errors) in one translation context, "fd::cli":
// `CliText::tr("...")` where the text is printed. Texts registered at static-initialisation time
// run before main() installs the translator, so they are kept as source text
// (QT_TRANSLATE_NOOP("fd::cli", "...")) and translated when printed. Command and option names,
// JSON fields and exit codes stay as they are in every language: scripts depend on them.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(fd::cli)
};

struct Command {
    QString name;
    const char* summary; // QT_TRANSLATE_NOOP("fd::cli", ...): one line for `fleetdeck-cli --help`
    UsageFn usage;       // full usage text for `fleetdeck-cli NAME --help`, translated
    CommandFn run;

    QString translatedSummary() const { return CliText::tr(summary); }
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
