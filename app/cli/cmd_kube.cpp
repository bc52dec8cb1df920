// `fleetdeck-cli kube get nodes|version --kubeconfig FILE [--context NAME] [--json]`: talks to
// a cluster through the core API client (credentials, TLS and errors as the GUI sees them).
#include "commandregistry.h"

#include "kube/clusterconnection.h"
#include "kube/execplugin.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "storeaccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace fd::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::cli::Kube)
};

QString usageText() {
    return CliText::tr(
        "Usage: fleetdeck-cli kube get nodes [--kubeconfig FILE] [--context NAME] [--json]\n"
        "       fleetdeck-cli kube version [--kubeconfig FILE] [--context NAME] [--json]\n\n"
        "Lists the cluster's nodes (name, status, roles, kubelet version, GPU product, GPU count,\n"
        "MIG resources) or shows the API server's version, through Fleetdeck's API client.\n"
        "Without --kubeconfig: $KUBECONFIG, then ~/.kube/config. Without --context: the\n"
        "kubeconfig's current context.");
}

struct Options {
    QStringList positional;
    QString kubeconfig;
    QString context;
};

int usageError(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli kube: " << message << "\n\n" << usageText() << '\n';
    ctx.err.flush();
    return ExitUsage;
}

int failure(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli: " << message << '\n';
    ctx.err.flush();
    return ExitFailure;
}

fd::Result<fd::kube::ClusterConnection> connect(const Options& o) {
    fd::Result<fd::kube::Kubeconfig> config = [&]() -> fd::Result<fd::kube::Kubeconfig> {
        if (!o.kubeconfig.isEmpty())
            return fd::kube::readKubeconfigFile(o.kubeconfig);
        const QString env = qEnvironmentVariable("KUBECONFIG");
        if (!env.isEmpty())
            return fd::kube::readKubeconfigList(env);
        return fd::kube::readKubeconfigFile(QDir::homePath() + QStringLiteral("/.kube/config"));
    }();
    if (!config)
        return config.error();
    QString name = o.context;
    if (name.isEmpty()) {
        if (!config->currentContext || config->currentContext->isEmpty())
            return fd::Error(fd::ErrorKind::InvalidInput,
                             Text::tr("The kubeconfig sets no current context; pass --context."));
        name = *config->currentContext;
    }
    const fd::kube::KubeContext* context = config->findContext(name);
    if (!context)
        return fd::Error(fd::ErrorKind::NotFound,
                         Text::tr("The kubeconfig has no context named “%1”.").arg(name));
    return fd::kube::connectionFromKubeContext(*context);
}

// Runs an async client call to completion (the CLI has no other work to do meanwhile).
template <typename T, typename Call> fd::kube::KubeResult<T> wait(Call call) {
    QEventLoop loop;
    std::optional<fd::kube::KubeResult<T>> result;
    call(&loop, [&](fd::kube::KubeResult<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

QString cell(const QString& s) {
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString migText(const QMap<QString, qint64>& mig) {
    QStringList parts;
    for (auto it = mig.cbegin(); it != mig.cend(); ++it)
        parts << QStringLiteral("%1=%2")
                     .arg(it.key().mid(QStringLiteral("nvidia.com/").size()))
                     .arg(it.value());
    return parts.join(u',');
}

int getNodes(Context& ctx, fd::kube::KubeClient& client) {
    auto nodes = wait<fd::kube::ObjectList<fd::kube::Node>>(
        [&](QObject* c, auto done) { client.list<fd::kube::Node>({}, c, std::move(done)); });
    if (!nodes)
        return failure(ctx, nodes.error().userMessage());
    if (ctx.global.json) {
        QJsonArray array;
        for (const fd::kube::Node& n : nodes->items) {
            QJsonObject mig;
            const auto resources = n.migResources();
            for (auto it = resources.cbegin(); it != resources.cend(); ++it)
                mig.insert(it.key(), it.value());
            array.append(QJsonObject{
                {QStringLiteral("name"), n.metadata.name},
                {QStringLiteral("status"), n.readyStatus()},
                {QStringLiteral("roles"), QJsonArray::fromStringList(n.roles())},
                {QStringLiteral("version"), n.kubeletVersion},
                {QStringLiteral("gpuProduct"), n.gpuProduct()},
                {QStringLiteral("gpuCount"), n.gpuCapacity()},
                {QStringLiteral("migStrategy"), n.migStrategy()},
                {QStringLiteral("mig"), mig},
            });
        }
        ctx.printJson(array);
        return ExitOk;
    }
    const QStringList header{QStringLiteral("NAME"),  QStringLiteral("STATUS"),
                             QStringLiteral("ROLES"), QStringLiteral("VERSION"),
                             QStringLiteral("GPU"),   QStringLiteral("GPUS"),
                             QStringLiteral("MIG")};
    QList<QStringList> rows{header};
    for (const fd::kube::Node& n : nodes->items) {
        const QStringList roles = n.roles();
        rows << QStringList{n.metadata.name,
                            n.readyStatus(),
                            roles.isEmpty() ? QStringLiteral("<none>") : roles.join(u','),
                            cell(n.kubeletVersion),
                            cell(n.gpuProduct()),
                            QString::number(n.gpuCapacity()),
                            cell(migText(n.migResources()))};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row[i].leftJustified(widths[i] + 3) : row[i]);
        ctx.out << line << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

int version(Context& ctx, fd::kube::KubeClient& client) {
    auto v = wait<fd::kube::VersionInfo>(
        [&](QObject* c, auto done) { client.version(c, std::move(done)); });
    if (!v)
        return failure(ctx, v.error().userMessage());
    if (ctx.global.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("major"), v->major},
                                  {QStringLiteral("minor"), v->minor},
                                  {QStringLiteral("gitVersion"), v->gitVersion},
                                  {QStringLiteral("platform"), v->platform}});
    } else {
        ctx.out << "Server Version: " << v->gitVersion << '\n';
        ctx.out.flush();
    }
    return ExitOk;
}

int run(Context& ctx, const QStringList& args) {
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString& into) {
            if (i + 1 >= args.size())
                return false;
            into = args[++i];
            return true;
        };
        if (a == QLatin1String("--kubeconfig")) {
            if (!value(o.kubeconfig))
                return usageError(ctx, Text::tr("--kubeconfig needs a file"));
        } else if (a == QLatin1String("--context")) {
            if (!value(o.context))
                return usageError(ctx, Text::tr("--context needs a name"));
        } else if (a == QLatin1String("--json")) {
            ctx.global.json = true;
        } else if (a.startsWith(u'-')) {
            return usageError(ctx, Text::tr("unknown option %1").arg(a));
        } else {
            o.positional << a;
        }
    }
    const bool nodes = o.positional == QStringList{QStringLiteral("get"), QStringLiteral("nodes")};
    const bool ver = o.positional == QStringList{QStringLiteral("version")};
    if (!nodes && !ver)
        return usageError(ctx,
                          o.positional.isEmpty()
                              ? Text::tr("missing subcommand")
                              : Text::tr("unknown subcommand %1").arg(o.positional.join(u' ')));

    auto connection = connect(o);
    if (!connection)
        return failure(ctx, connection.error().message);
    // Interactive exec plugins (browser or device-code logins) may prompt on our terminal.
    fd::kube::ExecCredentialProvider::setTerminalAvailable(stdinIsTerminal());
    fd::kube::KubeClient client(*connection);
    return nodes ? getNodes(ctx, client) : version(ctx, client);
}

const CommandRegistration registration{
    {QStringLiteral("kube"),
     QT_TRANSLATE_NOOP("fd::cli",
                       "Query a cluster through Fleetdeck's API client (nodes, version)"),
     usageText, run}};

} // namespace

} // namespace fd::cli
