// `fleetdeck-cli kubeconfig show FILE... [--json]`: what Fleetdeck reads from kubeconfig files,
// merged like a KUBECONFIG list, without secrets.
// `fleetdeck-cli kubeconfig export FILE... [--context NAME] -o OUT [--force]`: one context as a
// self-contained kubeconfig (what Fleetdeck imported, for kubectl and other tools).
#include "commandregistry.h"

#include "kube/kubeconfig.h"
#include "kube/kubeconfigjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace fd::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::cli::Kubeconfig)
};

QString usageText() {
    return CliText::tr(
        "Usage: fleetdeck-cli kubeconfig show [FILE...] [--json]\n"
        "       fleetdeck-cli kubeconfig export [FILE...] [--context NAME] -o OUT [--force]\n\n"
        "show: the contexts of one or more kubeconfig files, merged by kubectl's rules (the first\n"
        "file that defines a name wins; current-context from the first file that sets it), with\n"
        "per-context warnings. Secrets are never printed.\n\n"
        "export: writes one context (default: the current one) as a self-contained kubeconfig to\n"
        "OUT: CA, client certificate and key embedded, relative paths made absolute. OUT holds\n"
        "the context's credentials (tokens, keys, passwords) in plain text, because a kubeconfig\n"
        "is what was asked for; it is created with mode 0600 and an existing OUT is only\n"
        "replaced with --force.\n\n"
        "Without FILE: $KUBECONFIG, then ~/.kube/config.");
}

QString cell(const QString& s) {
    return s.isEmpty() ? QStringLiteral("-") : s;
}

void printTable(Context& ctx, const fd::kube::Kubeconfig& config) {
    const QStringList header{QStringLiteral("CURRENT"),  QStringLiteral("NAME"),
                             QStringLiteral("CLUSTER"),  QStringLiteral("USER"),
                             QStringLiteral("SERVER"),   QStringLiteral("AUTH"),
                             QStringLiteral("NAMESPACE")};
    QList<QStringList> rows{header};
    for (const auto& c : config.contexts) {
        const bool current = config.currentContext && *config.currentContext == c.name;
        rows << QStringList{current ? QStringLiteral("*") : QString(),
                            c.name,
                            cell(c.clusterName),
                            cell(c.userName),
                            cell(c.server),
                            fd::kube::authKindName(c.credential.kind),
                            cell(c.namespaceName)};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i]);
        ctx.out << line << '\n';
    }
    for (const QString& w : config.warnings)
        ctx.out << CliText::tr("warning: %1").arg(w) << '\n';
    for (const auto& c : config.contexts)
        for (const QString& w : c.warnings)
            ctx.out << CliText::tr("warning: %1").arg(u'[' + c.name + QStringLiteral("] ") + w)
                    << '\n';
    ctx.out.flush();
}

fd::Result<fd::kube::Kubeconfig> load(const QStringList& files) {
    if (!files.isEmpty())
        return fd::kube::readKubeconfigFiles(files);
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty())
        return fd::kube::readKubeconfigList(env);
    return fd::kube::readKubeconfigFile(QDir::homePath() + QStringLiteral("/.kube/config"));
}

int fail(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli: " << message << '\n';
    ctx.err.flush();
    return ExitFailure;
}

int usage(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli kubeconfig: " << message << "\n\n" << usageText() << '\n';
    ctx.err.flush();
    return ExitUsage;
}

int show(Context& ctx, const QStringList& files) {
    const fd::Result<fd::kube::Kubeconfig> config = load(files);
    if (!config) {
        ctx.err << "fleetdeck-cli: " << config.error().message << '\n';
        ctx.err.flush();
        return ExitFailure;
    }
    if (ctx.global.json)
        ctx.printJson(fd::kube::toRedactedJson(*config));
    else
        printTable(ctx, *config);
    return ExitOk;
}

// Writes with mode 0600 from the first byte: a new file is created exclusively (never
// following a file that appeared meanwhile), a replaced one goes through a temporary file.
fd::Status writePrivateFile(const QString& path, const QByteArray& bytes, bool force) {
    const auto failed = [&](const QString& why) -> fd::Status {
        return fd::makeError(fd::ErrorKind::Io,
                             Text::tr("Cannot write \"%1\": %2.").arg(path, why));
    };
    constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!force) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(path))
                return fd::makeError(
                    fd::ErrorKind::InvalidInput,
                    Text::tr("\"%1\" already exists; use --force to replace it.").arg(path));
            return failed(f.errorString());
        }
        if (!f.setPermissions(kOwnerOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
            const QString why = f.errorString();
            f.remove();
            return failed(why);
        }
        return {};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(kOwnerOnly) ||
        f.write(bytes) != bytes.size() || !f.commit())
        return failed(f.errorString());
    return {};
}

int exportContext(Context& ctx, const QStringList& args) {
    QStringList files;
    QString contextName;
    QString output;
    bool force = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const auto value = [&](const QString& option, QString& into) {
            if (a.startsWith(option + QLatin1Char('='))) {
                into = a.mid(option.size() + 1);
                return true;
            }
            if (a == option && i + 1 < args.size()) {
                into = args.at(++i);
                return true;
            }
            return false;
        };
        if (a == QLatin1String("--force"))
            force = true;
        else if (value(QStringLiteral("--context"), contextName) ||
                 value(QStringLiteral("--output"), output) || value(QStringLiteral("-o"), output))
            continue;
        else if (a.startsWith(QLatin1Char('-')))
            return usage(ctx, Text::tr("unknown option or missing value: %1").arg(a));
        else
            files << a;
    }
    if (output.isEmpty())
        return usage(ctx, Text::tr("export needs -o OUT"));

    const fd::Result<fd::kube::Kubeconfig> config = load(files);
    if (!config)
        return fail(ctx, config.error().message);
    if (contextName.isEmpty()) {
        if (!config->currentContext)
            return fail(ctx, Text::tr("The kubeconfig sets no current context; name one with "
                                      "--context."));
        contextName = *config->currentContext;
    }
    const fd::kube::KubeContext* context = config->findContext(contextName);
    if (!context)
        return fail(
            ctx, Text::tr("The context \"%1\" is not defined in the kubeconfig.").arg(contextName));
    const fd::Result<QByteArray> bytes = fd::kube::writeKubeconfig(*context);
    if (!bytes)
        return fail(ctx, bytes.error().message);
    if (const fd::Status written = writePrivateFile(output, *bytes, force); !written)
        return fail(ctx, written.error().message);
    for (const QString& w : context->warnings)
        ctx.err << CliText::tr("warning: %1").arg(u'[' + context->name + QStringLiteral("] ") + w)
                << '\n';
    ctx.err.flush();
    return ExitOk;
}

int run(Context& ctx, const QStringList& args) {
    if (args.isEmpty())
        return usage(ctx, Text::tr("missing subcommand"));
    if (args.first() == QLatin1String("export"))
        return exportContext(ctx, args.mid(1));
    if (args.first() != QLatin1String("show"))
        return usage(ctx, Text::tr("unknown subcommand %1").arg(args.first()));
    const QStringList files = args.mid(1);
    for (const QString& f : files) {
        if (f.startsWith(QLatin1Char('-')))
            return usage(ctx, Text::tr("unknown option %1").arg(f));
    }
    return show(ctx, files);
}

const CommandRegistration registration{
    {QStringLiteral("kubeconfig"),
     QT_TRANSLATE_NOOP("fd::cli",
                       "Show kubeconfig contexts (merged, without secrets); export one context"),
     usageText, run}};

} // namespace

} // namespace fd::cli
