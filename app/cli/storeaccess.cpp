#include "storeaccess.h"

#include "common/paths.h"
#include "secrets/secretstore.h"
#include "secrets/vaultcrypto.h"
#include "store/store.h"

#include <QtGlobal>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace fd::cli {

std::unique_ptr<fd::store::Store> openStore(Context& ctx) {
    auto store = fd::store::Store::open(fd::resolveDataDir(ctx.global.dataDir));
    if (!store) {
        ctx.err << "fleetdeck-cli: " << store.error().message << '\n';
        ctx.err.flush();
        return nullptr;
    }
    return std::move(store).value();
}

std::unique_ptr<fd::secrets::SecretStore> openSecrets(Context& ctx, fd::store::Store& store) {
    auto secrets = fd::secrets::SecretStore::open(store);
    if (!secrets) {
        ctx.err << "fleetdeck-cli: " << secrets.error().message << '\n';
        ctx.err.flush();
        return nullptr;
    }
    return std::move(secrets).value();
}

namespace {

// Reads one line from stdin, however long (a bearer token can be), into buffers we can wipe;
// strips the line end.
QByteArray readLine() {
    char buffer[4096];
    QByteArray line;
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        const size_t n = std::strlen(buffer);
        line.append(buffer, qsizetype(n));
        if (n == 0 || buffer[n - 1] == '\n')
            break;
    }
    fd::secrets::crypto::wipe(buffer, sizeof buffer); // the passphrase must not linger on the stack
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

std::optional<QByteArray> prompt(Context& ctx) {
#ifdef Q_OS_UNIX
    ctx.err << CliText::tr("Vault passphrase: ");
    ctx.err.flush();
    termios old{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line = readLine();
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    ctx.err << '\n';
    ctx.err.flush();
    return line;
#else
    Q_UNUSED(ctx);
    return std::nullopt;
#endif
}

} // namespace

QByteArray readStdinLine() {
    return readLine();
}

bool stdinIsTerminal() {
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return false;
#endif
}

std::optional<QByteArray> readPassphrase(Context& ctx, bool mayPrompt, QString* why) {
    if (ctx.global.passphraseFromStdin) {
        QByteArray line = readLine();
        if (line.isEmpty()) {
            if (why)
                *why = CliText::tr(
                    "--passphrase-stdin was given but the first line of stdin is empty.");
            return std::nullopt;
        }
        return line;
    }
    QByteArray fromEnv = qgetenv("FLEETDECK_PASSPHRASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (mayPrompt && stdinIsTerminal())
        return prompt(ctx);
    if (why)
        *why = CliText::tr("The vault is locked and stdin is not a terminal, so there is no "
                           "prompt: set FLEETDECK_PASSPHRASE or pass --passphrase-stdin.");
    return std::nullopt;
}

bool unlockSecrets(Context& ctx, fd::secrets::SecretStore& secrets) {
    QString why;
    auto passphrase = readPassphrase(ctx, true, &why);
    if (!passphrase) {
        ctx.err << "fleetdeck-cli: " << why << '\n';
        ctx.err.flush();
        return false;
    }
    const fd::Status st = secrets.unlock(*passphrase);
    fd::secrets::crypto::wipe(*passphrase);
    if (!st) {
        ctx.err << "fleetdeck-cli: " << st.error().message << '\n';
        ctx.err.flush();
        return false;
    }
    return true;
}

std::optional<ParsedArgs> parseArgs(Context& ctx, const QStringList& args,
                                    const QStringList& valueOptions, const QString& usage) {
    ParsedArgs parsed;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            parsed.positional << arg;
            continue;
        }
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        if (!valueOptions.contains(name)) {
            ctx.err << "fleetdeck-cli: " << CliText::tr("unknown option %1").arg(arg) << "\n\n"
                    << usage << '\n';
            ctx.err.flush();
            return std::nullopt;
        }
        if (arg.contains(QLatin1Char('='))) {
            parsed.options.insert(name, arg.section(QLatin1Char('='), 1));
        } else if (i + 1 < args.size()) {
            parsed.options.insert(name, args[++i]);
        } else {
            ctx.err << "fleetdeck-cli: " << CliText::tr("%1 needs a value").arg(name) << "\n\n"
                    << usage << '\n';
            ctx.err.flush();
            return std::nullopt;
        }
    }
    return parsed;
}

QDateTime parseIsoTime(const QString& text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace fd::cli
