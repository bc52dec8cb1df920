// `fleetdeck-cli kubeconfig show FILE... [--json]`: what Fleetdeck reads from kubeconfig files,
// merged like a KUBECONFIG list, without secrets.
#include "commandregistry.h"

#include "kube/kubeconfig.h"
#include "kube/kubeconfigjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace fd::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::cli::Kubeconfig)
};

const QString kUsage = QStringLiteral(
    "Usage: fleetdeck-cli kubeconfig show [FILE...] [--json]\n\n"
    "Shows the contexts of one or more kubeconfig files, merged by kubectl's rules (the first\n"
    "file that defines a name wins; current-context from the first file that sets it), with\n"
    "per-context warnings. Secrets are never printed.\n"
    "Without FILE: $KUBECONFIG, then ~/.kube/config.");

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
        ctx.out << "warning: " << w << '\n';
    for (const auto& c : config.contexts)
        for (const QString& w : c.warnings)
            ctx.out << "warning: [" << c.name << "] " << w << '\n';
    ctx.out.flush();
}

int show(Context& ctx, const QStringList& files) {
    fd::Result<fd::kube::Kubeconfig> config = [&]() -> fd::Result<fd::kube::Kubeconfig> {
        if (!files.isEmpty())
            return fd::kube::readKubeconfigFiles(files);
        const QString env = qEnvironmentVariable("KUBECONFIG");
        if (!env.isEmpty())
            return fd::kube::readKubeconfigList(env);
        return fd::kube::readKubeconfigFile(QDir::homePath() + QStringLiteral("/.kube/config"));
    }();
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

int run(Context& ctx, const QStringList& args) {
    if (args.isEmpty() || args.first() != QLatin1String("show")) {
        ctx.err
            << (args.isEmpty()
                    ? Text::tr("fleetdeck-cli kubeconfig: missing subcommand")
                    : Text::tr("fleetdeck-cli kubeconfig: unknown subcommand %1").arg(args.first()))
            << "\n\n"
            << kUsage << '\n';
        ctx.err.flush();
        return ExitUsage;
    }
    const QStringList files = args.mid(1);
    for (const QString& f : files) {
        if (f.startsWith(QLatin1Char('-'))) {
            ctx.err << Text::tr("fleetdeck-cli kubeconfig: unknown option %1").arg(f) << "\n\n"
                    << kUsage << '\n';
            ctx.err.flush();
            return ExitUsage;
        }
    }
    return show(ctx, files);
}

const CommandRegistration registration{
    {QStringLiteral("kubeconfig"),
     QStringLiteral("Show the contexts of kubeconfig files (merged, without secrets)"), kUsage,
     run}};

} // namespace

} // namespace fd::cli
