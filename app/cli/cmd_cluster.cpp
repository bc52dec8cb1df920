// fleetdeck-cli cluster …: the cluster registry from scripts (import, list, test, remove, Karmada
// join/unjoin) over the same ClusterRegistry the GUI uses.
#include "await.h"
#include "clusterservices.h"
#include "commandregistry.h"

#include "kube/kubeconfig.h"
#include "registry/clusterregistry.h"
#include "registry/recordjson.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace fd::cli;
using namespace fd::registry;

namespace {

QString usageText() {
    return CliText::tr(
        "Usage: fleetdeck-cli cluster SUBCOMMAND ...\n\n"
        "  cluster import FILE [--context NAME]... [--datacenter ID] [--zone A|B|none]\n"
        "      Import contexts of a kubeconfig (all of them unless --context is given). A cluster\n"
        "      already registered with the same server and user is updated. Credentials go to the\n"
        "      vault: set FLEETDECK_PASSPHRASE or pass --passphrase-stdin.\n"
        "  cluster zone NAME A|B|none\n"
        "      Set the zone (A high performance, B general purpose, or none); a joined cluster's\n"
        "      Karmada Cluster gets the label fleetdeck.io/zone (removed for none).\n"
        "  cluster list [--json]\n"
        "      Registered clusters with their last health check.\n"
        "  cluster test NAME|--all [--json]\n"
        "      Connection test (GET /version, nodes, running pods; 15 s). Exit 1 if any failed.\n"
        "  cluster remove NAME\n"
        "      Remove the cluster, its credentials and, when joined, its Karmada objects.\n"
        "  cluster join NAME --karmada CONTROL_PLANE [--full-access]\n"
        "      Push-mode join of NAME into the Karmada control plane CONTROL_PLANE (least\n"
        "      privilege unless --full-access, which binds cluster-admin).\n"
        "  cluster unjoin NAME\n"
        "      Reverse a join (best effort; reports what was left behind).");
}

int usageError(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli cluster: " << message << "\n\n" << usageText() << '\n';
    ctx.err.flush();
    return ExitUsage;
}

int failure(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli cluster: " << message << '\n';
    ctx.err.flush();
    return ExitFailure;
}

QString gpuText(const QList<GpuModelUsage>& gpus) {
    QStringList parts;
    for (const auto& g : gpus)
        parts << QStringLiteral("%1 %2/%3").arg(g.model).arg(g.used).arg(g.allocatable);
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1String(", "));
}

void printReportLines(Context& ctx, const CleanupReport& report) {
    for (const auto& line : report.done)
        ctx.out << "  " << CliText::tr("done: %1").arg(line) << '\n';
    for (const auto& line : report.leftBehind)
        ctx.out << "  " << CliText::tr("left behind: %1").arg(line) << '\n';
    ctx.out.flush();
}

QJsonObject reportToJson(const CleanupReport& report) {
    QJsonObject o{{QStringLiteral("ok"), report.ok},
                  {QStringLiteral("done"), QJsonArray::fromStringList(report.done)},
                  {QStringLiteral("leftBehind"), QJsonArray::fromStringList(report.leftBehind)}};
    if (!report.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings));
    if (!report.ok)
        o.insert(QStringLiteral("error"), report.error.message);
    return o;
}

// "A", "B" or "none" (any case); false for anything else.
bool parseZone(const QString& text, fd::policy::Zone& zone) {
    if (text.compare(u"none", Qt::CaseInsensitive) == 0) {
        zone = fd::policy::Zone::None;
        return true;
    }
    zone = fd::policy::zoneFromString(text);
    return zone != fd::policy::Zone::None;
}

// ---- import ----------------------------------------------------------------------------------

int cmdImport(Context& ctx, QStringList args) {
    QString file;
    QStringList contexts;
    QString datacenter;
    std::optional<fd::policy::Zone> zone;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--context") || a == QLatin1String("--datacenter") ||
            a == QLatin1String("--zone") || a.startsWith(QLatin1String("--zone="))) {
            if (a == QLatin1String("--zone") && args.isEmpty())
                return usageError(ctx, CliText::tr("%1 needs a value").arg(a));
            if (a.startsWith(QLatin1String("--zone"))) {
                const QString value = a == QLatin1String("--zone") ? args.takeFirst()
                                                                   : a.section(QLatin1Char('='), 1);
                fd::policy::Zone z = fd::policy::Zone::None;
                if (!parseZone(value, z))
                    return usageError(ctx, CliText::tr("--zone takes A, B or none"));
                zone = z;
                continue;
            }
            if (args.isEmpty())
                return usageError(ctx, CliText::tr("%1 needs a value").arg(a));
            if (a == QLatin1String("--context"))
                contexts << args.takeFirst();
            else
                datacenter = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--context="))) {
            contexts << a.section(QLatin1Char('='), 1);
        } else if (a.startsWith(QLatin1String("--datacenter="))) {
            datacenter = a.section(QLatin1Char('='), 1);
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usageError(ctx, CliText::tr("unknown option %1").arg(a));
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return usageError(ctx, CliText::tr("only one FILE may be given"));
        }
    }
    if (file.isEmpty())
        return usageError(ctx, CliText::tr("import needs a kubeconfig FILE"));

    auto config = fd::kube::readKubeconfigFile(file);
    if (!config)
        return failure(ctx, config.error().message);
    QList<const fd::kube::KubeContext*> selected;
    for (const QString& name : std::as_const(contexts)) {
        const fd::kube::KubeContext* found = nullptr;
        for (const auto& kc : config->contexts)
            if (kc.name == name)
                found = &kc;
        if (!found)
            return failure(ctx, CliText::tr("%1 has no context named \"%2\".").arg(file, name));
        selected << found;
    }
    if (contexts.isEmpty())
        for (const auto& kc : config->contexts)
            selected << &kc;
    if (selected.isEmpty())
        return failure(ctx, CliText::tr("%1 has no contexts to import.").arg(file));

    auto services = openClusterServices(ctx, /*needVault=*/true);
    if (!services)
        return failure(ctx, services.error().message);
    ClusterRegistry& registry = *services->registry;

    DataCenter dc;
    if (!datacenter.isEmpty()) {
        for (const auto& d : registry.dataCenters())
            if (d.id == datacenter)
                dc = d;
        if (dc.id.isEmpty()) {
            // A script naming a new site gets it, labelled with its id; the GUI can relabel.
            const fd::Status added = await<fd::Status>([&](QObject* c, auto done) {
                registry.addDataCenter({datacenter, datacenter}, c, done);
            });
            if (!added)
                return failure(ctx, added.error().message);
            dc = {datacenter, datacenter};
            ctx.err << CliText::tr("note: added data center \"%1\"").arg(datacenter) << '\n';
        }
    }

    QList<ImportCandidate> candidates;
    for (const auto* kc : std::as_const(selected)) {
        auto candidate = candidateFromContext(*kc);
        if (!candidate)
            return failure(
                ctx, CliText::tr("context \"%1\": %2").arg(kc->name, candidate.error().message));
        candidates << std::move(*candidate);
    }
    const auto matches = await<fd::Result<QList<std::optional<ClusterId>>>>(
        [&](QObject* c, auto done) { registry.matchIdentities(candidates, c, done); });
    if (!matches)
        return failure(ctx, matches.error().message);
    for (int i = 0; i < candidates.size(); ++i) {
        ImportCandidate& candidate = candidates[i];
        const auto same = matches->value(i) ? registry.cluster(*matches->value(i)) : std::nullopt;
        if (!dc.id.isEmpty()) {
            candidate.record.datacenter = dc;
        } else if (same) {
            // Re-importing refreshes the connection; site and labels stay as the user set them.
            candidate.record.datacenter = same->datacenter;
            candidate.record.labels = same->labels;
            candidate.record.gpuModels = same->gpuModels;
            candidate.record.cpuOnly = same->cpuOnly;
        }
        if (zone)
            candidate.record.zone = *zone;
        else if (same)
            candidate.record.zone = same->zone;
    }

    const QList<ImportOutcome> outcomes = await<QList<ImportOutcome>>(
        [&](QObject* c, auto done) { registry.importClusters(candidates, c, done); });
    services->flush();

    bool anyFailed = false;
    QJsonArray json;
    for (int i = 0; i < outcomes.size(); ++i) {
        const ImportOutcome& o = outcomes[i];
        const QString contextName = candidates.value(i).record.sourceContext;
        anyFailed |= o.action == ImportOutcome::Action::Failed;
        if (ctx.global.json) {
            QJsonObject entry{{QStringLiteral("context"), contextName},
                              {QStringLiteral("name"), o.name},
                              {QStringLiteral("action"), toString(o.action)},
                              {QStringLiteral("id"), double(o.id)},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(o.warnings)}};
            if (o.action == ImportOutcome::Action::Failed) {
                entry.insert(QStringLiteral("error"), o.error.message);
                if (!o.error.detail.isEmpty())
                    entry.insert(QStringLiteral("suggestedName"), o.error.detail);
            }
            json.append(entry);
            continue;
        }
        if (o.action == ImportOutcome::Action::Failed)
            ctx.out << CliText::tr("failed  %1: %2").arg(contextName, o.error.message) << '\n';
        else
            ctx.out << CliText::tr("%1 %2 (context %3, %4)")
                           .arg(toString(o.action), o.name, contextName,
                                candidates.value(i).record.server())
                    << '\n';
        for (const auto& w : o.warnings)
            ctx.out << "  " << CliText::tr("warning: %1").arg(w) << '\n';
    }
    if (ctx.global.json)
        ctx.printJson(json);
    ctx.out.flush();
    return anyFailed ? ExitFailure : ExitOk;
}

// ---- list ------------------------------------------------------------------------------------

int cmdList(Context& ctx, const QStringList& args) {
    if (!args.isEmpty())
        return usageError(ctx, CliText::tr("list takes no arguments besides --json"));
    auto services = openClusterServices(ctx, /*needVault=*/false);
    if (!services)
        return failure(ctx, services.error().message);
    const QList<ClusterRecord> records = services->registry->clusters();
    if (ctx.global.json) {
        QJsonArray a;
        for (const auto& r : records)
            a.append(recordToJson(r));
        ctx.printJson(a);
        return ExitOk;
    }
    if (records.isEmpty()) {
        ctx.out << CliText::tr(
                       "No clusters registered. Import one with: fleetdeck-cli cluster import FILE")
                << '\n';
        ctx.out.flush();
        return ExitOk;
    }
    ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(QStringLiteral("NAME"), -24)
                   .arg(QStringLiteral("STATUS"), -12)
                   .arg(QStringLiteral("DATACENTER"), -12)
                   .arg(QStringLiteral("VERSION"), -10)
                   .arg(QStringLiteral("NODES"), -7)
                   .arg(QStringLiteral("LAST-CHECK"), -20)
                   .arg(QStringLiteral("GPUS(used/alloc)"));
    for (const auto& r : records) {
        QString name = r.name;
        if (r.karmadaRole == KarmadaRole::ControlPlane)
            name += QStringLiteral(" [karmada]");
        else if (r.origin == ClusterOrigin::DiscoveredFromKarmada)
            name += QStringLiteral(" [discovered]");
        else if (r.joined)
            name += QStringLiteral(" [joined]");
        const QString nodes =
            r.health.nodesTotal || r.health.status == ClusterStatus::Ready ||
                    r.health.status == ClusterStatus::NotReady
                ? QStringLiteral("%1/%2").arg(r.health.nodesReady).arg(r.health.nodesTotal)
                : QStringLiteral("-");
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(name, -24)
                       .arg(toString(r.health.status), -12)
                       .arg(r.datacenter.id, -12)
                       .arg(r.health.version.isEmpty() ? QStringLiteral("-") : r.health.version,
                            -10)
                       .arg(nodes, -7)
                       .arg(r.health.lastCheck.isValid()
                                ? r.health.lastCheck.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                : QStringLiteral("never"),
                            -20)
                       .arg(gpuText(r.health.gpus));
    }
    ctx.out.flush();
    return ExitOk;
}

// ---- zone ------------------------------------------------------------------------------------

int cmdZone(Context& ctx, const QStringList& args) {
    if (args.size() != 2 || args.first().startsWith(QLatin1Char('-')))
        return usageError(ctx, CliText::tr("zone needs a cluster NAME and A, B or none"));
    fd::policy::Zone zone = fd::policy::Zone::None;
    if (!parseZone(args.at(1), zone))
        return usageError(ctx, CliText::tr("the zone is A, B or none"));
    auto services = openClusterServices(ctx, /*needVault=*/true);
    if (!services)
        return failure(ctx, services.error().message);
    ClusterRegistry& registry = *services->registry;
    auto record = registry.clusterByName(args.first());
    if (!record)
        return failure(ctx,
                       CliText::tr("No cluster named \"%1\" is registered.").arg(args.first()));
    record->zone = zone;
    const fd::Status st = await<fd::Status>(
        [&](QObject* c, auto done) { registry.updateCluster(*record, std::nullopt, c, done); });
    services->flush();
    if (!st)
        return failure(ctx, st.error().message);
    if (ctx.global.json) {
        ctx.printJson(recordToJson(*registry.cluster(record->id)));
    } else {
        ctx.out << CliText::tr("%1: zone %2")
                       .arg(record->name, zone == fd::policy::Zone::None
                                              ? QStringLiteral("none")
                                              : fd::policy::toString(zone))
                << '\n';
        ctx.out.flush();
    }
    return ExitOk;
}

// ---- test ------------------------------------------------------------------------------------

int cmdTest(Context& ctx, const QStringList& args) {
    bool all = false;
    QString name;
    for (const QString& a : args) {
        if (a == QLatin1String("--all"))
            all = true;
        else if (a.startsWith(QLatin1Char('-')))
            return usageError(ctx, CliText::tr("unknown option %1").arg(a));
        else if (name.isEmpty())
            name = a;
        else
            return usageError(ctx, CliText::tr("test takes one NAME or --all"));
    }
    if (all == !name.isEmpty())
        return usageError(ctx, CliText::tr("test needs a cluster NAME or --all"));
    auto services = openClusterServices(ctx, /*needVault=*/true);
    if (!services)
        return failure(ctx, services.error().message);
    ClusterRegistry& registry = *services->registry;
    QList<ClusterRecord> targets;
    if (all) {
        targets = registry.clusters();
    } else {
        const auto r = registry.clusterByName(name);
        if (!r)
            return failure(ctx, CliText::tr("No cluster named \"%1\" is registered.").arg(name));
        targets << *r;
    }

    // All tests in parallel, like the GUI; results printed in name order.
    QEventLoop loop;
    QHash<ClusterId, ConnectionReport> reports;
    int pending = int(targets.size());
    for (const auto& r : std::as_const(targets))
        registry.testCluster(r.id, &loop, [&, id = r.id](ConnectionReport report) {
            reports.insert(id, std::move(report));
            if (--pending == 0)
                loop.quit();
        });
    if (pending > 0)
        loop.exec();
    services->flush();

    bool anyFailed = false;
    QJsonArray json;
    for (const auto& r : std::as_const(targets)) {
        const ConnectionReport report = reports.value(r.id);
        anyFailed |= !report.ok;
        if (ctx.global.json) {
            QJsonObject o = toJson(report);
            o.insert(QStringLiteral("name"), r.name);
            json.append(o);
            continue;
        }
        if (report.ok) {
            QString line =
                CliText::tr("%1  %2  %3  nodes %4/%5  latency %6 ms")
                    .arg(r.name, toString(report.clusterStatus()), report.version,
                         QString::number(report.nodesReady), QString::number(report.nodesTotal),
                         QString::number(report.latencyMs));
            if (!report.gpus.isEmpty())
                line += QStringLiteral("  ") + CliText::tr("GPUs %1").arg(gpuText(report.gpus));
            ctx.out << line << '\n';
            for (const auto& m : report.mig)
                ctx.out << "    MIG " << m.resource << ' ' << m.used << '/' << m.allocatable
                        << '\n';
            if (!report.detail.isEmpty())
                ctx.out << "    " << CliText::tr("note: %1").arg(report.detail) << '\n';
        } else {
            ctx.out << r.name << "  " << toString(report.clusterStatus()) << "  "
                    << report.sentence() << '\n';
        }
    }
    if (ctx.global.json)
        ctx.printJson(json);
    ctx.out.flush();
    return anyFailed ? ExitFailure : ExitOk;
}

// ---- remove, join, unjoin --------------------------------------------------------------------

int cmdRemove(Context& ctx, const QStringList& args) {
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usageError(ctx, CliText::tr("remove needs exactly one cluster NAME"));
    auto services = openClusterServices(ctx, /*needVault=*/true);
    if (!services)
        return failure(ctx, services.error().message);
    ClusterRegistry& registry = *services->registry;
    const auto r = registry.clusterByName(args.first());
    if (!r)
        return failure(ctx,
                       CliText::tr("No cluster named \"%1\" is registered.").arg(args.first()));
    const RemoveReport report =
        await<RemoveReport>([&](QObject* c, auto done) { registry.removeCluster(r->id, c, done); });
    services->flush();
    if (ctx.global.json) {
        ctx.printJson(reportToJson(report));
    } else {
        ctx.out << (report.ok ? CliText::tr("removed %1") : CliText::tr("could not remove %1"))
                       .arg(r->name)
                << '\n';
        printReportLines(ctx, report);
        if (!report.ok)
            ctx.out << "  " << CliText::tr("error: %1").arg(report.error.message) << '\n';
    }
    ctx.out.flush();
    return report.ok ? ExitOk : ExitFailure;
}

int cmdJoin(Context& ctx, QStringList args) {
    QString name;
    QString controlPlane;
    JoinOptions options;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--karmada")) {
            if (args.isEmpty())
                return usageError(ctx, CliText::tr("--karmada needs the control plane's name"));
            controlPlane = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--karmada="))) {
            controlPlane = a.section(QLatin1Char('='), 1);
        } else if (a == QLatin1String("--full-access")) {
            options.fullAccess = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usageError(ctx, CliText::tr("unknown option %1").arg(a));
        } else if (name.isEmpty()) {
            name = a;
        } else {
            return usageError(ctx, CliText::tr("join takes one cluster NAME"));
        }
    }
    if (name.isEmpty() || controlPlane.isEmpty())
        return usageError(ctx, CliText::tr("join needs NAME and --karmada CONTROL_PLANE"));
    auto services = openClusterServices(ctx, /*needVault=*/true);
    if (!services)
        return failure(ctx, services.error().message);
    ClusterRegistry& registry = *services->registry;
    const auto member = registry.clusterByName(name);
    const auto cp = registry.clusterByName(controlPlane);
    if (!member)
        return failure(ctx, CliText::tr("No cluster named \"%1\" is registered.").arg(name));
    if (!cp)
        return failure(ctx,
                       CliText::tr("No cluster named \"%1\" is registered.").arg(controlPlane));
    const JoinReport report = await<JoinReport>(
        [&](QObject* c, auto done) { registry.join(member->id, cp->id, options, c, done); });
    services->flush();
    if (ctx.global.json) {
        ctx.printJson(reportToJson(report));
    } else {
        ctx.out << (report.ok ? CliText::tr("joined %1 to %2")
                              : CliText::tr("could not join %1 to %2"))
                       .arg(member->name, cp->name)
                << (options.fullAccess ? CliText::tr(" (full access: cluster-admin)") : QString())
                << '\n';
        for (const auto& w : report.warnings)
            ctx.out << "  " << CliText::tr("warning: %1").arg(w) << '\n';
        printReportLines(ctx, report);
        if (!report.ok)
            ctx.out << "  " << CliText::tr("error: %1").arg(report.error.message) << '\n';
    }
    ctx.out.flush();
    return report.ok ? ExitOk : ExitFailure;
}

int cmdUnjoin(Context& ctx, const QStringList& args) {
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usageError(ctx, CliText::tr("unjoin needs exactly one cluster NAME"));
    auto services = openClusterServices(ctx, /*needVault=*/true);
    if (!services)
        return failure(ctx, services.error().message);
    ClusterRegistry& registry = *services->registry;
    const auto member = registry.clusterByName(args.first());
    if (!member)
        return failure(ctx,
                       CliText::tr("No cluster named \"%1\" is registered.").arg(args.first()));
    const JoinReport report =
        await<JoinReport>([&](QObject* c, auto done) { registry.unjoin(member->id, c, done); });
    services->flush();
    if (ctx.global.json) {
        ctx.printJson(reportToJson(report));
    } else {
        ctx.out << (report.ok ? CliText::tr("unjoined %1")
                              : CliText::tr("unjoined with leftovers: %1"))
                       .arg(member->name)
                << '\n';
        printReportLines(ctx, report);
        if (!report.ok && report.leftBehind.isEmpty())
            ctx.out << "  " << CliText::tr("error: %1").arg(report.error.message) << '\n';
    }
    ctx.out.flush();
    return report.ok ? ExitOk : ExitFailure;
}

int run(Context& ctx, const QStringList& args) {
    if (args.isEmpty())
        return usageError(ctx, CliText::tr("no subcommand given"));
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("import"))
        return cmdImport(ctx, rest);
    if (sub == QLatin1String("list"))
        return cmdList(ctx, rest);
    if (sub == QLatin1String("test"))
        return cmdTest(ctx, rest);
    if (sub == QLatin1String("zone"))
        return cmdZone(ctx, rest);
    if (sub == QLatin1String("remove"))
        return cmdRemove(ctx, rest);
    if (sub == QLatin1String("join"))
        return cmdJoin(ctx, rest);
    if (sub == QLatin1String("unjoin"))
        return cmdUnjoin(ctx, rest);
    return usageError(ctx, CliText::tr("unknown subcommand %1").arg(sub));
}

const CommandRegistration registration{
    {QStringLiteral("cluster"),
     QT_TRANSLATE_NOOP("fd::cli", "Register, test, remove and join clusters"), usageText, run}};

} // namespace
