// fleetdeck-cli deploy …: model deployments from scripts (create, render, list, status, delete,
// prompt, fit) over the same DeployService, ClusterConnections and chat client the GUI uses.
#include "await.h"
#include "clusterservices.h"
#include "commandregistry.h"

#include "common/paths.h"
#include "deploy/catalog.h"
#include "deploy/chatclient.h"
#include "deploy/deployservice.h"
#include "deploy/instancemonitor.h"
#include "deploy/memoryestimate.h"
#include "deploy/settings.h"
#include "deploy/sizes.h"
#include "net/httpclient.h"
#include "policy/deploymentfailovers.h"
#include "policy/policyservice.h"
#include "registry/clusterregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <optional>
#include <vector>

using namespace fd::cli;
using namespace fd::deploy;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::cli::Deploy)
};

QString usageText() {
    return CliText::tr(
        "Usage: fleetdeck-cli deploy SUBCOMMAND ...\n\n"
        "  deploy create --cluster C|--strategy S --runtime R --model M [--replicas N] [--gpus N]\n"
        "                [--set key=value]... [--dry-run] [options]\n"
        "      Apply a model deployment (server-side dry run first, then apply) and record it.\n"
        "      --strategy S targets the Karmada control plane (--cluster names it when several);\n"
        "      the policies' auto-placement rules choose the strategy in the GUI's form only.\n"
        "  deploy render --runtime R --model M [...same options]\n"
        "      Print the objects as YAML; talks to no server.\n"
        "  deploy list [--json]\n"
        "      Recorded deployments with their live status.\n"
        "  deploy status NAME [--json]\n"
        "      Status, pods, latest event and endpoints (from every member for Karmada).\n"
        "  deploy delete NAME [--with-volume]\n"
        "      Delete Deployment, Service, ConfigMap (and the model store's PVC with "
        "--with-volume).\n"
        "  deploy prompt NAME \"text\" [--endpoint URL] [--max-tokens N] [--json]\n"
        "      Stream a chat answer to stdout; --json prints one object {ttftMs, tokens,\n"
        "      tokensPerSecond, text} at the end.\n"
        "  deploy fit --cluster C --model M --gpus N [--runtime R] [--replicas N] [--json]\n"
        "      Is there a node with enough free GPUs that the model fits?\n\n"
        "Options of create/render: --namespace NS, --name NAME, --gpu-model H100, --mig 1g.10gb,\n"
        "  --image REF, --mirror HOST, --pull-secret NAME, --storage new-pvc|existing-pvc|nfs|\n"
        "  host-path|empty-dir, --storage-size 60Gi, --storage-class C, --claim NAME, --nfs "
        "HOST:/PATH,\n"
        "  --host-path DIR, --profile P (Karmada resource profile).\n"
        "Credentials come from the vault: set FLEETDECK_PASSPHRASE or pass --passphrase-stdin.");
}

int usageError(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli deploy: " << message << "\n\n" << usageText() << '\n';
    ctx.err.flush();
    return ExitUsage;
}

int failure(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli deploy: " << message << '\n';
    ctx.err.flush();
    return ExitFailure;
}

// Parsed options of create/render/fit.
struct SpecOptions {
    DeploySpec spec;
    QString modelText;
    bool dryRun = false;
    bool karmada = false;
};

std::optional<QString> takeValue(QStringList& args, const QString& flag, QString* error) {
    if (args.isEmpty()) {
        *error = CliText::tr("%1 needs a value").arg(flag);
        return std::nullopt;
    }
    return args.takeFirst();
}

// Fills the spec from the command line; the model is resolved against the catalog later.
fd::Result<SpecOptions> parseSpec(QStringList args, QStringList* positional) {
    SpecOptions o;
    DeploySpec& s = o.spec;
    QString error;
    auto bad = [&](const QString& m) {
        return fd::Result<SpecOptions>(fd::makeError(fd::ErrorKind::InvalidInput, m));
    };
    while (!args.isEmpty()) {
        QString a = args.takeFirst();
        QString inlineValue;
        const bool hasInline = a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='));
        if (hasInline) {
            inlineValue = a.section(QLatin1Char('='), 1);
            a = a.section(QLatin1Char('='), 0, 0);
        }
        auto value = [&]() -> std::optional<QString> {
            if (hasInline)
                return inlineValue;
            return takeValue(args, a, &error);
        };
        auto intValue = [&](int* into) {
            const auto v = value();
            bool ok = false;
            const int n = v ? v->toInt(&ok) : 0;
            if (!ok || n < 0) {
                error = CliText::tr("%1 needs a whole number").arg(a);
                return false;
            }
            *into = n;
            return true;
        };
        std::optional<QString> v;
        if (a == QLatin1String("--dry-run")) {
            o.dryRun = true;
        } else if (a == QLatin1String("--json")) {
            continue;
        } else if (a == QLatin1String("--replicas")) {
            if (!intValue(&s.replicas))
                return bad(error);
        } else if (a == QLatin1String("--gpus")) {
            if (!intValue(&s.gpus))
                return bad(error);
        } else if (a == QLatin1String("--set")) {
            if (!(v = value()))
                return bad(error);
            const auto kv = parseSetArgument(*v);
            if (!kv)
                return kv.error();
            s.settings.insert(kv->first, kv->second);
        } else if (a == QLatin1String("--storage")) {
            if (!(v = value()))
                return bad(error);
            const auto kind = parseStorageKind(*v);
            if (!kind)
                return bad(CliText::tr("--storage: unknown kind %1").arg(*v));
            s.store.kind = *kind;
        } else if (a == QLatin1String("--nfs")) {
            if (!(v = value()))
                return bad(error);
            s.store.kind = StorageKind::Nfs;
            s.store.nfsServer = v->section(QLatin1Char(':'), 0, 0);
            s.store.nfsPath = v->section(QLatin1Char(':'), 1);
        } else if (a.startsWith(QLatin1String("--"))) {
            static const QStringList valued{
                QStringLiteral("--cluster"),       QStringLiteral("--strategy"),
                QStringLiteral("--runtime"),       QStringLiteral("--model"),
                QStringLiteral("--namespace"),     QStringLiteral("--name"),
                QStringLiteral("--gpu-model"),     QStringLiteral("--mig"),
                QStringLiteral("--image"),         QStringLiteral("--mirror"),
                QStringLiteral("--pull-secret"),   QStringLiteral("--storage-size"),
                QStringLiteral("--storage-class"), QStringLiteral("--claim"),
                QStringLiteral("--host-path"),     QStringLiteral("--profile")};
            if (!valued.contains(a))
                return bad(CliText::tr("unknown option %1").arg(a));
            if (!(v = value()))
                return bad(error);
            if (a == QLatin1String("--cluster"))
                s.target.cluster = *v;
            else if (a == QLatin1String("--strategy")) {
                s.target.kind = TargetKind::Karmada;
                s.target.placementStrategy = *v;
                o.karmada = true;
            } else if (a == QLatin1String("--runtime"))
                s.runtimeId = *v;
            else if (a == QLatin1String("--model"))
                o.modelText = *v;
            else if (a == QLatin1String("--namespace"))
                s.namespaceName = *v;
            else if (a == QLatin1String("--name"))
                s.name = *v;
            else if (a == QLatin1String("--gpu-model"))
                s.gpuModel = *v;
            else if (a == QLatin1String("--mig"))
                s.migProfile = *v;
            else if (a == QLatin1String("--image"))
                s.image = *v;
            else if (a == QLatin1String("--mirror"))
                s.registryMirror = *v;
            else if (a == QLatin1String("--pull-secret"))
                s.imagePullSecret = *v;
            else if (a == QLatin1String("--storage-size"))
                s.store.size = *v;
            else if (a == QLatin1String("--storage-class"))
                s.store.storageClass = *v;
            else if (a == QLatin1String("--claim")) {
                s.store.kind = StorageKind::ExistingPvc;
                s.store.claimName = *v;
            } else if (a == QLatin1String("--host-path")) {
                s.store.kind = StorageKind::HostPath;
                s.store.hostPath = *v;
            } else if (a == QLatin1String("--profile"))
                s.target.resourceProfile = *v;
        } else if (positional) {
            positional->append(a);
        } else {
            return bad(CliText::tr("unexpected argument %1").arg(a));
        }
    }
    return o;
}

// The runtime (given, or the one whose presets know the model) and the model: a preset by id or
// name, else a custom model by that name.
fd::Status resolveModel(const Catalog& catalog, SpecOptions& o, bool runtimeRequired) {
    if (o.modelText.isEmpty())
        return fd::makeError(fd::ErrorKind::InvalidInput, CliText::tr("--model is required"));
    if (o.spec.runtimeId.isEmpty()) {
        if (runtimeRequired)
            return fd::makeError(fd::ErrorKind::InvalidInput, CliText::tr("--runtime is required"));
        for (const RuntimeSpec& r : catalog.runtimes())
            if (r.preset(o.modelText)) {
                o.spec.runtimeId = r.id;
                break;
            }
        if (o.spec.runtimeId.isEmpty())
            o.spec.runtimeId = QStringLiteral("vllm");
    }
    const RuntimeSpec* runtime = catalog.runtime(o.spec.runtimeId);
    if (!runtime) {
        QStringList ids;
        for (const RuntimeSpec& r : catalog.runtimes())
            ids << r.id;
        return fd::makeError(fd::ErrorKind::NotFound,
                             Text::tr("The runtime %1 is not in the catalog; use one of: %2.")
                                 .arg(o.spec.runtimeId, ids.join(QLatin1String(", "))));
    }
    if (const ModelPreset* preset = runtime->preset(o.modelText))
        o.spec.model = *preset;
    else
        o.spec.model.model = o.modelText;
    return {};
}

Catalog loadCatalog(Context& ctx) {
    Catalog catalog = Catalog::loadDefault(fd::resolveDataDir(ctx.global.dataDir));
    for (const CatalogIssue& issue : catalog.issues())
        ctx.err << CliText::tr("warning: %1").arg(issue.message()) << '\n';
    ctx.err.flush();
    return catalog;
}

struct DeployEnv {
    ClusterServices services;
    // Declared before `deploy`, which holds it weakly: the strategy and profile a Karmada
    // deployment names are checked against the stored policies.
    std::unique_ptr<fd::policy::PolicyService> policies;
    std::unique_ptr<DeployService> deploy;
};

fd::Result<DeployEnv> openDeploy(Context& ctx) {
    auto services = openClusterServices(ctx, /*needVault=*/true);
    if (!services)
        return services.error();
    DeployEnv env{std::move(*services), nullptr, nullptr};
    env.policies = std::make_unique<fd::policy::PolicyService>(*env.services.store);
    if (auto st = env.policies->loadNow(); !st)
        return st.error();
    env.deploy = std::make_unique<DeployService>(*env.services.store, *env.services.registry);
    env.deploy->setPolicies(env.policies.get());
    if (auto st = await<fd::Status>([&](QObject* c, std::function<void(fd::Status)> d) {
            env.deploy->load(c, std::move(d));
        });
        !st)
        return st.error();
    env.deploy->setCatalog(loadCatalog(ctx));
    return env;
}

// ---- render / create ---------------------------------------------------------------------------

int cmdRender(Context& ctx, const QStringList& args) {
    auto o = parseSpec(args, nullptr);
    if (!o)
        return usageError(ctx, o.error().message);
    const Catalog catalog = loadCatalog(ctx);
    if (auto st = resolveModel(catalog, *o, true); !st)
        return failure(ctx, st.error().message);
    auto manifest = buildManifest(o->spec, *catalog.runtime(o->spec.runtimeId));
    if (!manifest)
        return failure(ctx, manifest.error().message);
    for (const QString& w : manifest->warnings)
        ctx.err << CliText::tr("warning: %1").arg(w) << '\n';
    ctx.err.flush();
    ctx.out << manifest->yaml();
    ctx.out.flush();
    return ExitOk;
}

int cmdCreate(Context& ctx, const QStringList& args) {
    auto o = parseSpec(args, nullptr);
    if (!o)
        return usageError(ctx, o.error().message);
    if (!o->karmada && o->spec.target.cluster.isEmpty())
        return usageError(ctx, CliText::tr("create needs --cluster C or --strategy S"));
    auto env = openDeploy(ctx);
    if (!env)
        return failure(ctx, env.error().message);
    if (auto st = resolveModel(env->deploy->catalog(), *o, true); !st)
        return failure(ctx, st.error().message);
    CreateOptions options;
    options.dryRunOnly = o->dryRun;
    const auto result = await<fd::Result<CreateReport>>(
        [&](QObject* c, auto done) { env->deploy->create(o->spec, options, c, done); });
    env->services.flush();
    if (!result)
        return failure(ctx, result.error().message);
    const CreateReport& r = *result;
    QJsonArray objects;
    for (const ManifestObject& m : r.manifest.objects)
        objects.append(QString(m.kind + QLatin1Char('/') + m.name));
    if (ctx.global.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("name"), r.manifest.name},
            {QStringLiteral("namespace"), r.manifest.namespaceName},
            {QStringLiteral("cluster"), env->deploy->clusterName(r.record.clusterId)},
            {QStringLiteral("target"), targetKindName(o->spec.target.kind)},
            {QStringLiteral("dryRun"), r.dryRun},
            {QStringLiteral("objects"), objects},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.manifest.warnings)}});
        return ExitOk;
    }
    for (const QString& w : r.manifest.warnings)
        ctx.err << CliText::tr("warning: %1").arg(w) << '\n';
    ctx.err.flush();
    ctx.out << (r.dryRun ? CliText::tr("validated (dry run): %1 on %2")
                         : CliText::tr("deployed: %1 on %2"))
                   .arg(r.manifest.name, env->deploy->clusterName(r.record.clusterId))
            << '\n';
    for (const QJsonValue& v : std::as_const(objects))
        ctx.out << "  " << v.toString() << '\n';
    ctx.out.flush();
    return ExitOk;
}

// ---- list / status ---------------------------------------------------------------------------

// Watches each deployment until every watch delivered its first list (or 15 s passed).
std::vector<std::unique_ptr<DeploymentWatch>> watchAll(DeployEnv& env,
                                                       const QList<DeploymentRecord>& records) {
    std::vector<std::unique_ptr<DeploymentWatch>> watches;
    for (const DeploymentRecord& r : records) {
        const RuntimeSpec* rt = env.deploy->catalog().runtime(r.runtimeId);
        watches.push_back(std::make_unique<DeploymentWatch>(env.deploy->connections(), r,
                                                            env.deploy->statusClusters(r),
                                                            rt ? rt->health : HealthSpec{}));
    }
    QEventLoop loop;
    QTimer check;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        bool all = true;
        for (const auto& w : watches)
            all = all && w->listed();
        if (all || clock.elapsed() > 15000)
            loop.quit();
    });
    check.start(20);
    loop.exec();
    // Let the coalesced last changes land.
    QTimer::singleShot(80, &loop, &QEventLoop::quit);
    loop.exec();
    return watches;
}

QJsonObject statusJson(DeployEnv& env, const DeploymentWatch& w, bool withDetail) {
    const DeploymentRecord& r = w.record();
    QJsonObject o = r.toJson(env.deploy->clusterName(r.clusterId));
    const InstanceStatus s = w.status();
    o.insert(QStringLiteral("status"), instanceStateName(s.state));
    o.insert(QStringLiteral("desired"), s.desired);
    o.insert(QStringLiteral("ready"), s.ready);
    o.insert(QStringLiteral("restarts"), s.restarts);
    o.insert(QStringLiteral("reason"), s.reason);
    o.insert(QStringLiteral("message"), s.message);
    o.insert(QStringLiteral("latestEvent"), s.latestEvent);
    QJsonArray endpoints;
    for (const QUrl& u : w.endpoints())
        endpoints.append(u.toString());
    o.insert(QStringLiteral("endpoints"), endpoints);
    if (!withDetail)
        return o;
    QJsonArray pods, members;
    for (const InstanceMonitor* m : w.monitors()) {
        const QString cluster = env.deploy->clusterName(m->clusterId());
        const InstanceStatus ms = m->status();
        QJsonArray memberEndpoints;
        for (const QUrl& u : m->endpoints())
            memberEndpoints.append(u.toString());
        members.append(QJsonObject{{QStringLiteral("cluster"), cluster},
                                   {QStringLiteral("status"), instanceStateName(ms.state)},
                                   {QStringLiteral("ready"), ms.ready},
                                   {QStringLiteral("desired"), ms.desired},
                                   {QStringLiteral("message"), ms.message},
                                   {QStringLiteral("endpoints"), memberEndpoints}});
        for (const fd::kube::Pod& p : m->pods())
            pods.append(
                QJsonObject{{QStringLiteral("name"), p.metadata.name},
                            {QStringLiteral("cluster"), cluster},
                            {QStringLiteral("phase"), p.phase},
                            {QStringLiteral("node"), p.nodeName},
                            {QStringLiteral("ready"),
                             p.readyContainers() > 0 && p.readyContainers() == p.containers.size()},
                            {QStringLiteral("restarts"), p.restarts()}});
    }
    o.insert(QStringLiteral("members"), members);
    o.insert(QStringLiteral("pods"), pods);
    return o;
}

// The `failovers` field of `deploy status`: the binding's graceful-eviction tasks, oldest
// first (empty for a single-cluster deployment). Waits up to 15 s for the binding's first list;
// a binding that cannot be read adds `failoversError` with the sentence saying why.
QJsonArray failoversJson(fd::policy::DeploymentFailovers* failovers, QJsonObject& status) {
    QJsonArray out;
    if (!failovers)
        return out;
    using State = fd::policy::DeploymentFailovers::State;
    if (failovers->state() == State::Loading) {
        QEventLoop loop;
        QObject::connect(failovers, &fd::policy::DeploymentFailovers::changed, &loop,
                         &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (failovers->state() == State::Loading)
        status.insert(QStringLiteral("failoversError"),
                      Text::tr("The control plane did not answer in time, so the failovers are "
                               "unknown; try again."));
    else if (failovers->state() != State::Ready)
        status.insert(QStringLiteral("failoversError"), failovers->errorText());
    for (const fd::policy::ObservedEviction& e : failovers->evictions())
        out.append(fd::policy::observedEvictionJson(e));
    return out;
}

int cmdList(Context& ctx, const QStringList& args) {
    for (const QString& a : args)
        if (a != QLatin1String("--json"))
            return usageError(ctx, CliText::tr("unexpected argument %1").arg(a));
    auto env = openDeploy(ctx);
    if (!env)
        return failure(ctx, env.error().message);
    const auto watches = watchAll(*env, env->deploy->deployments());
    QJsonArray array;
    for (const auto& w : watches)
        array.append(statusJson(*env, *w, false));
    if (ctx.global.json) {
        ctx.printJson(array);
        return ExitOk;
    }
    ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("NAME"), -24)
                   .arg(QStringLiteral("CLUSTER"), -16)
                   .arg(QStringLiteral("RUNTIME"), -9)
                   .arg(QStringLiteral("READY"), -6)
                   .arg(QStringLiteral("STATUS"), -18)
                   .arg(QStringLiteral("MODEL"));
    for (const QJsonValue& v : std::as_const(array)) {
        const QJsonObject o = v.toObject();
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(o.value(QLatin1String("name")).toString(), -24)
                       .arg(o.value(QLatin1String("cluster")).toString(), -16)
                       .arg(o.value(QLatin1String("runtime")).toString(), -9)
                       .arg(QStringLiteral("%1/%2")
                                .arg(o.value(QLatin1String("ready")).toInt())
                                .arg(o.value(QLatin1String("desired")).toInt()),
                            -6)
                       .arg(o.value(QLatin1String("status")).toString(), -18)
                       .arg(o.value(QLatin1String("model")).toString());
    }
    ctx.out.flush();
    return ExitOk;
}

int cmdStatus(Context& ctx, QStringList args) {
    args.removeAll(QStringLiteral("--json"));
    if (args.size() != 1)
        return usageError(ctx, CliText::tr("status needs one NAME"));
    auto env = openDeploy(ctx);
    if (!env)
        return failure(ctx, env.error().message);
    const auto record = env->deploy->find(args.first());
    if (!record)
        return failure(ctx, Text::tr("No deployment named %1 is recorded; `deploy list` shows "
                                     "them.")
                                .arg(args.first()));
    // A Karmada deployment's observed failovers come from its ResourceBinding on the control
    // plane; the watch starts now so it lists while the members' watches do.
    std::unique_ptr<fd::policy::DeploymentFailovers> failovers;
    if (record->targetKind == fd::deploy::TargetKind::Karmada)
        failovers = std::make_unique<fd::policy::DeploymentFailovers>(
            env->deploy->connections(), record->clusterId, record->namespaceName, record->name);
    const auto watches = watchAll(*env, {*record});
    QJsonObject o = statusJson(*env, *watches.front(), true);
    o.insert(QStringLiteral("failovers"), failoversJson(failovers.get(), o));
    env->deploy->noteStatus(record->name, o.value(QLatin1String("status")).toString());
    env->services.flush();
    if (ctx.global.json) {
        ctx.printJson(o);
        return ExitOk;
    }
    ctx.out << CliText::tr("name:      %1").arg(record->name) << '\n'
            << CliText::tr("cluster:   %1").arg(o.value(QLatin1String("cluster")).toString())
            << '\n'
            << CliText::tr("runtime:   %1 (%2)").arg(record->runtimeId, record->model) << '\n'
            << CliText::tr("status:    %1 (%2/%3 ready)")
                   .arg(o.value(QLatin1String("status")).toString(),
                        QString::number(o.value(QLatin1String("ready")).toInt()),
                        QString::number(o.value(QLatin1String("desired")).toInt()))
            << '\n';
    if (!o.value(QLatin1String("message")).toString().isEmpty())
        ctx.out << CliText::tr("message:   %1").arg(o.value(QLatin1String("message")).toString())
                << '\n';
    if (!o.value(QLatin1String("latestEvent")).toString().isEmpty())
        ctx.out
            << CliText::tr("event:     %1").arg(o.value(QLatin1String("latestEvent")).toString())
            << '\n';
    for (const QJsonValue& e : o.value(QLatin1String("endpoints")).toArray())
        ctx.out << CliText::tr("endpoint:  %1").arg(e.toString()) << '\n';
    for (const QJsonValue& p : o.value(QLatin1String("pods")).toArray())
        ctx.out << CliText::tr("pod:       %1 %2")
                       .arg(p.toObject().value(QLatin1String("name")).toString(),
                            p.toObject().value(QLatin1String("phase")).toString())
                << '\n';
    for (const QJsonValue& f : o.value(QLatin1String("failovers")).toArray()) {
        const QJsonObject e = f.toObject();
        ctx.out << CliText::tr("failover:  from %1 %2 %3")
                       .arg(e.value(QLatin1String("fromCluster")).toString(),
                            e.value(QLatin1String("reason")).toString(),
                            e.value(QLatin1String("creationTimestamp")).toString())
                << '\n';
    }
    if (o.contains(QLatin1String("failoversError")))
        ctx.out
            << CliText::tr("failovers: %1").arg(o.value(QLatin1String("failoversError")).toString())
            << '\n';
    ctx.out.flush();
    return ExitOk;
}

// ---- delete ------------------------------------------------------------------------------------

int cmdDelete(Context& ctx, QStringList args) {
    const bool withVolume = args.removeAll(QStringLiteral("--with-volume")) > 0;
    args.removeAll(QStringLiteral("--json"));
    if (args.size() != 1)
        return usageError(ctx, CliText::tr("delete needs one NAME"));
    auto env = openDeploy(ctx);
    if (!env)
        return failure(ctx, env.error().message);
    const auto result = await<fd::Result<RemoveReport>>(
        [&](QObject* c, auto done) { env->deploy->remove(args.first(), withVolume, c, done); });
    env->services.flush();
    if (!result)
        return failure(ctx, result.error().message);
    if (ctx.global.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("name"), args.first()},
            {QStringLiteral("ok"), result->ok()},
            {QStringLiteral("removed"), QJsonArray::fromStringList(result->removed)},
            {QStringLiteral("alreadyGone"), QJsonArray::fromStringList(result->alreadyGone)},
            {QStringLiteral("failed"), QJsonArray::fromStringList(result->failed)}});
    } else {
        for (const QString& s : result->removed)
            ctx.out << CliText::tr("removed: %1").arg(s) << '\n';
        for (const QString& s : result->alreadyGone)
            ctx.out << CliText::tr("already gone: %1").arg(s) << '\n';
        for (const QString& s : result->failed)
            ctx.out << CliText::tr("failed: %1").arg(s) << '\n';
        ctx.out.flush();
    }
    return result->ok() ? ExitOk : ExitFailure;
}

// ---- prompt ------------------------------------------------------------------------------------

int cmdPrompt(Context& ctx, QStringList args) {
    QString endpoint;
    int maxTokens = 0;
    QStringList positional;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--json"))
            continue;
        if (a == QLatin1String("--endpoint") || a == QLatin1String("--max-tokens")) {
            if (args.isEmpty())
                return usageError(ctx, CliText::tr("%1 needs a value").arg(a));
            if (a == QLatin1String("--endpoint"))
                endpoint = args.takeFirst();
            else
                maxTokens = args.takeFirst().toInt();
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(ctx, CliText::tr("unknown option %1").arg(a));
        } else {
            positional << a;
        }
    }
    if (positional.size() != 2)
        return usageError(ctx, CliText::tr("prompt needs NAME and \"text\""));
    auto env = openDeploy(ctx);
    if (!env)
        return failure(ctx, env.error().message);
    const auto record = env->deploy->find(positional.first());
    if (!record)
        return failure(ctx, Text::tr("No deployment named %1 is recorded; `deploy list` shows "
                                     "them.")
                                .arg(positional.first()));
    const RuntimeSpec* runtime = env->deploy->catalog().runtime(record->runtimeId);
    if (!runtime)
        return failure(
            ctx, Text::tr("The runtime %1 is not in the catalog any more.").arg(record->runtimeId));
    QUrl base(endpoint);
    if (endpoint.isEmpty()) {
        const auto watches = watchAll(*env, {*record});
        const QList<QUrl> endpoints = watches.front()->endpoints();
        if (endpoints.isEmpty())
            return failure(ctx, Text::tr("%1 has no endpoint yet (%2); wait until it is ready or "
                                         "pass --endpoint.")
                                    .arg(record->name, watches.front()->status().message));
        base = endpoints.first();
    }
    ChatEndpoint target;
    target.baseUrl = base;
    target.api = runtime->api;
    target.chatPath = runtime->chatPath;
    ChatRequest request;
    request.api = runtime->api;
    request.model = record->model;
    request.messages = {{QStringLiteral("user"), positional.at(1)}};
    request.maxTokens = maxTokens;
    if (auto manifest = buildManifest(record->spec, *runtime))
        request.options = manifest->requestOptions;
    ChatClient chat(*env->services.http);
    QEventLoop loop;
    std::optional<ChatOutcome> outcome;
    const bool json = ctx.global.json;
    chat.send(
        target, request, {}, &loop,
        [&ctx, json](const QString& piece, const ChatStats&) {
            if (!json) {
                ctx.out << piece;
                ctx.out.flush();
            }
        },
        [&](ChatOutcome o) {
            outcome = std::move(o);
            loop.quit();
        });
    if (!outcome)
        loop.exec();
    if (json) {
        ctx.printJson(outcome->toJson());
    } else {
        ctx.out << '\n';
        ctx.out.flush();
        ctx.err << CliText::tr("time to first token %1 ms, %2 tokens, %3 tokens/s")
                       .arg(QString::number(outcome->stats.ttftMs, 'f', 0),
                            QString::number(outcome->stats.tokens),
                            QString::number(outcome->stats.tokensPerSecond, 'f', 1))
                << '\n';
        ctx.err.flush();
    }
    if (!outcome->ok())
        return failure(ctx, outcome->message);
    return ExitOk;
}

// ---- fit ---------------------------------------------------------------------------------------

int cmdFit(Context& ctx, const QStringList& args) {
    auto o = parseSpec(args, nullptr);
    if (!o)
        return usageError(ctx, o.error().message);
    if (o->spec.target.cluster.isEmpty())
        return usageError(ctx, CliText::tr("fit needs --cluster C"));
    auto env = openDeploy(ctx);
    if (!env)
        return failure(ctx, env.error().message);
    if (auto st = resolveModel(env->deploy->catalog(), *o, false); !st)
        return failure(ctx, st.error().message);
    const auto cluster = env->services.registry->clusterByName(o->spec.target.cluster);
    if (!cluster)
        return failure(ctx,
                       Text::tr("No cluster named %1 is registered.").arg(o->spec.target.cluster));
    const auto fit = await<fd::Result<FitResult>>(
        [&](QObject* c, auto done) { env->deploy->fit(cluster->id, o->spec, c, done); });
    if (!fit)
        return failure(ctx, fit.error().message);
    if (ctx.global.json) {
        QJsonArray nodes;
        for (const NodeFit& n : fit->nodes)
            nodes.append(QJsonObject{{QStringLiteral("node"), n.node},
                                     {QStringLiteral("product"), n.product},
                                     {QStringLiteral("usable"), n.usable()},
                                     {QStringLiteral("allocatable"), n.allocatable},
                                     {QStringLiteral("requested"), n.requested},
                                     {QStringLiteral("free"), n.free},
                                     {QStringLiteral("memoryPerGpuBytes"), n.memoryPerGpuBytes}});
        ctx.printJson(QJsonObject{{QStringLiteral("fits"), fit->fits},
                                  {QStringLiteral("bestNode"), fit->bestNode},
                                  {QStringLiteral("requiredBytes"), fit->requiredBytes},
                                  {QStringLiteral("offeredBytes"), fit->offeredBytes},
                                  {QStringLiteral("placeableReplicas"), fit->placeableReplicas},
                                  {QStringLiteral("message"), fit->message},
                                  {QStringLiteral("nodes"), nodes}});
    } else {
        ctx.out << (fit->fits ? CliText::tr("fits: %1") : CliText::tr("does not fit: %1"))
                       .arg(fit->message)
                << '\n';
        ctx.out.flush();
    }
    return fit->fits ? ExitOk : ExitFailure;
}

int run(Context& ctx, const QStringList& all) {
    QStringList args = all;
    if (args.contains(QStringLiteral("--json")))
        ctx.global.json = true;
    if (args.isEmpty())
        return usageError(ctx, CliText::tr("a subcommand is required"));
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("create"))
        return cmdCreate(ctx, args);
    if (sub == QLatin1String("render"))
        return cmdRender(ctx, args);
    if (sub == QLatin1String("list"))
        return cmdList(ctx, args);
    if (sub == QLatin1String("status"))
        return cmdStatus(ctx, args);
    if (sub == QLatin1String("delete"))
        return cmdDelete(ctx, args);
    if (sub == QLatin1String("prompt"))
        return cmdPrompt(ctx, args);
    if (sub == QLatin1String("fit"))
        return cmdFit(ctx, args);
    return usageError(ctx, CliText::tr("unknown subcommand %1").arg(sub));
}

const CommandRegistration registration{
    {QStringLiteral("deploy"),
     QT_TRANSLATE_NOOP("fd::cli",
                       "Model deployments: create, render, list, status, delete, prompt, fit"),
     usageText, run}};

} // namespace
