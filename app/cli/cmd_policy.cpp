// fleetdeck-cli policy …: placement strategies, resource profiles and failover policies from
// scripts, over the same PolicyService the Policies page uses (store-first, versioned, audited).
#include "await.h"
#include "clusterservices.h"
#include "commandregistry.h"
#include "policyoutput.h"
#include "storeaccess.h"

#include "deploy/policyusage.h"
#include "policy/failovertimeline.h"
#include "policy/karmadarender.h"
#include "policy/karmadaschema.h"
#include "policy/policyformat.h"
#include "policy/policyservice.h"
#include "policy/policysync.h"
#include "registry/clusterregistry.h"
#include "store/store.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace fd::cli;
using namespace fd::policy;

namespace {

QString usageText() {
    return CliText::tr(
        "Usage: fleetdeck-cli policy SUBCOMMAND ...   (KIND is strategy, profile or failover)\n\n"
        "  policy defaults\n"
        "      Create the default set: 3 placement strategies, 3 resource profiles and 1 failover\n"
        "      policy (docs/policies.md). Policies that already exist are kept as they are.\n"
        "  policy list [--json]\n"
        "      Every policy with a summary and its sync state.\n"
        "  policy show KIND NAME [--json]\n"
        "      One policy as a policy file (with its version history as comments).\n"
        "  policy apply FILE\n"
        "      Create or update every policy in FILE (Fleetdeck's policy YAML; '-' reads stdin).\n"
        "      The whole file is checked first: any error and nothing is changed.\n"
        "  policy delete KIND NAME\n"
        "      Delete a policy (refused while strategies or deployments use it).\n"
        "  policy render [NAME...|--all] [--control-plane CLUSTER | --karmada-crds DIR]\n"
        "      The Karmada objects that sync applies, as multi-document YAML: for the named\n"
        "      strategies and profiles, or all. Rendered for what the control plane's schema\n"
        "      accepts, or for the CRDs in DIR (Karmada's policy CRDs), otherwise for the newest\n"
        "      Karmada generation.\n"
        "  policy sync [--control-plane CLUSTER] [--check]\n"
        "      Apply every strategy and profile to the Karmada control plane (server-side apply,\n"
        "      field manager fleetdeck), delete the objects of deleted policies, and list objects\n"
        "      Fleetdeck did not make as external (namespaced PropagationPolicy and "
        "OverridePolicy\n"
        "      objects too, named NAMESPACE/NAME). --check compares only: in sync, drifted (with\n"
        "      the fields), pending. CLUSTER defaults to the one registered control plane.\n"
        "      Only one sync per control plane runs at a time (a Lease fleetdeck-policy-sync on\n"
        "      the control plane): a second one ends with an error naming the holder.\n"
        "      Exit status 1 when anything failed.\n"
        "  policy adopt OBJECT_KIND OBJECT_NAME [--control-plane CLUSTER] [--json]\n"
        "      Adopt an object that `policy sync` lists as external: a ClusterPropagationPolicy\n"
        "      becomes a placement strategy (and failover policy), a ClusterOverridePolicy a\n"
        "      resource profile (only when every rule is one Fleetdeck writes; otherwise nothing\n"
        "      is adopted and the error names the first field it cannot hold). The original is\n"
        "      left as it is, annotated fleetdeck.io/adopted-as; the next sync applies\n"
        "      fleetdeck-NAME. A namespaced PropagationPolicy or OverridePolicy (OBJECT_NAME\n"
        "      NAMESPACE/NAME) is refused: Fleetdeck's policies apply in every namespace.\n"
        "      JSON: {\"ok\",\"objectKind\",\"objectName\",\"created\",\n"
        "      \"notCarried\",\"applies\"} or {\"ok\":false,\"error\",\"field\"}.\n"
        "  policy timeline NAME [--json]\n"
        "      The failover timeline of a failover policy (or of a strategy's failover policy):\n"
        "      {\"phases\":[{\"name\",\"startSeconds\",\"endSeconds\"}...]}.");
}

int usageError(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli policy: " << message << "\n\n" << usageText() << '\n';
    ctx.err.flush();
    return ExitUsage;
}

int failure(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli policy: " << message << '\n';
    ctx.err.flush();
    return ExitFailure;
}

struct Session {
    std::unique_ptr<fd::store::Store> store;
    std::unique_ptr<PolicyService> service;
};

std::optional<Session> openSession(Context& ctx) {
    Session s;
    s.store = openStore(ctx);
    if (!s.store)
        return std::nullopt;
    s.service = std::make_unique<PolicyService>(*s.store);
    if (auto st = s.service->loadNow(); !st) {
        failure(ctx, st.error().message);
        return std::nullopt;
    }
    // The deployments that use a strategy or profile block its delete, as in the Policies page.
    QList<fd::deploy::DeploymentRecord> deployments;
    if (auto st = s.store->read([&deployments](sqlite3* db) -> fd::Status {
            auto loaded = fd::deploy::repository::loadDeployments(db);
            if (!loaded)
                return loaded.error();
            deployments = std::move(*loaded);
            return {};
        });
        !st) {
        failure(ctx, st.error().message);
        return std::nullopt;
    }
    s.service->setDeploymentsUsing([deployments](PolicyKind kind, const QString& name) {
        return fd::deploy::deploymentsUsingPolicy(deployments, kind, name);
    });
    return s;
}

std::optional<PolicyKind> kindArg(Context& ctx, const QString& text) {
    if (text == u"strategy")
        return PolicyKind::Placement;
    if (text == u"profile")
        return PolicyKind::Resource;
    if (text == u"failover")
        return PolicyKind::Failover;
    usageError(ctx,
               CliText::tr("KIND must be strategy, profile or failover, not \"%1\"").arg(text));
    return std::nullopt;
}

QString kindWord(PolicyKind kind) {
    switch (kind) {
    case PolicyKind::Placement:
        return CliText::tr("placement strategy");
    case PolicyKind::Resource:
        return CliText::tr("resource profile");
    case PolicyKind::Failover:
        break;
    }
    return CliText::tr("failover policy");
}

int notFound(Context& ctx, PolicyKind kind, const QString& name) {
    return failure(ctx, CliText::tr("there is no %1 named \"%2\"; `policy list` shows them")
                            .arg(kindWord(kind), name));
}

// `line` has one %1, the policy ("created %1").
void printOutcome(Context& ctx, const QString& line, const QStringList& targets) {
    for (const QString& t : targets)
        ctx.out << QString(line).arg(t) << '\n';
}

// ---- defaults, list, show
// ------------------------------------------------------------------------

int cmdDefaults(Context& ctx, const QStringList& args) {
    if (!args.isEmpty())
        return usageError(ctx, CliText::tr("defaults takes no arguments"));
    auto session = openSession(ctx);
    if (!session)
        return ExitFailure;
    auto r = await<fd::Result<DefaultSetOutcome>>(
        [&](QObject* c, auto done) { session->service->createDefaultSet(c, done); });
    if (!r)
        return failure(ctx, r.error().message);
    if (ctx.global.json) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("created"), QJsonArray::fromStringList(r->created)},
                        {QStringLiteral("kept"), QJsonArray::fromStringList(r->skipped)},
                        {QStringLiteral("generalIsDefault"), r->generalIsDefault}});
        return ExitOk;
    }
    printOutcome(ctx, CliText::tr("created %1"), r->created);
    printOutcome(ctx, CliText::tr("kept %1"), r->skipped);
    if (!r->created.contains(QStringLiteral("strategy/general")) || !r->generalIsDefault)
        ctx.out << CliText::tr("The default strategy is unchanged.") << '\n';
    ctx.out.flush();
    return ExitOk;
}

int cmdList(Context& ctx, const QStringList& args) {
    if (!args.isEmpty())
        return usageError(ctx, CliText::tr("list takes no arguments"));
    auto session = openSession(ctx);
    if (!session)
        return ExitFailure;
    const PolicyService& svc = *session->service;
    if (ctx.global.json) {
        ctx.printJson(policyout::listJson(svc));
        return ExitOk;
    }
    const PolicySet& set = svc.policies();
    if (set.isEmpty() && svc.externalObjects().isEmpty()) {
        ctx.out << CliText::tr(
                       "No policies yet; `fleetdeck-cli policy defaults` creates the default set.")
                << '\n';
        ctx.out.flush();
        return ExitOk;
    }
    const auto line = [&](PolicyKind kind, const QString& name, const QString& summary) {
        ctx.out << cliName(kind).leftJustified(9) << name.leftJustified(20) << ' '
                << repository::toString(svc.syncSummary(kind, name).state).leftJustified(9) << ' '
                << summary << '\n';
    };
    for (const auto& s : set.strategies)
        line(PolicyKind::Placement, s.name, policyout::summaryLine(s));
    for (const auto& p : set.profiles)
        line(PolicyKind::Resource, p.name, policyout::summaryLine(p));
    for (const auto& f : set.failoverPolicies)
        line(PolicyKind::Failover, f.name, policyout::summaryLine(f));
    for (const auto& r : svc.externalObjects())
        ctx.out << cliName(r.kind).leftJustified(9) << r.objectName.leftJustified(20)
                << " external  " << r.objectKind << " on " << r.controlPlaneName << '\n';
    ctx.out.flush();
    return ExitOk;
}

int cmdShow(Context& ctx, const QStringList& args) {
    if (args.size() != 2)
        return usageError(ctx, CliText::tr("show needs KIND NAME"));
    const auto kind = kindArg(ctx, args[0]);
    if (!kind)
        return ExitUsage;
    auto session = openSession(ctx);
    if (!session)
        return ExitFailure;
    PolicyService& svc = *session->service;
    const PolicySet& all = svc.policies();
    const QString& name = args[1];
    PolicySet one;
    QJsonObject spec;
    switch (*kind) {
    case PolicyKind::Placement:
        if (const auto* s = all.strategy(name)) {
            one.strategies.append(*s);
            spec = toJson(*s);
        }
        break;
    case PolicyKind::Resource:
        if (const auto* p = all.profile(name)) {
            one.profiles.append(*p);
            spec = toJson(*p);
        }
        break;
    case PolicyKind::Failover:
        if (const auto* f = all.failoverPolicy(name)) {
            one.failoverPolicies.append(*f);
            spec = toJson(*f);
        }
        break;
    }
    if (one.isEmpty())
        return notFound(ctx, *kind, name);
    auto history = await<fd::Result<QList<repository::PolicyVersion>>>(
        [&](QObject* c, auto done) { svc.history(*kind, name, c, done); });
    if (!history)
        return failure(ctx, history.error().message);
    const SyncSummary sync = svc.syncSummary(*kind, name);
    if (ctx.global.json) {
        QJsonArray versions, records;
        for (const auto& v : std::as_const(*history))
            versions.append(policyout::versionJson(v));
        for (const auto& r : sync.records)
            records.append(policyout::syncRecordJson(r));
        ctx.printJson(QJsonObject{{QStringLiteral("kind"), cliName(*kind)},
                                  {QStringLiteral("name"), spec.value(QStringLiteral("name"))},
                                  {QStringLiteral("spec"), spec},
                                  {QStringLiteral("syncState"), repository::toString(sync.state)},
                                  {QStringLiteral("sync"), records},
                                  {QStringLiteral("versions"), versions}});
        return ExitOk;
    }
    ctx.out << policyout::historyComments(*history);
    ctx.out << "# sync: " << repository::toString(sync.state) << '\n';
    ctx.out << QString::fromUtf8(writePolicyYaml(one));
    ctx.out.flush();
    return ExitOk;
}

// ---- apply, delete ---------------------------------------------------------------------------

int cmdApply(Context& ctx, const QStringList& args) {
    if (args.size() != 1)
        return usageError(ctx, CliText::tr("apply needs one FILE"));
    QByteArray bytes;
    QFile file;
    const bool fromStdin = args[0] == u"-";
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return failure(ctx, CliText::tr("could not read standard input"));
    } else {
        file.setFileName(args[0]);
        if (!file.open(QIODevice::ReadOnly))
            return failure(ctx,
                           CliText::tr("could not read %1: %2").arg(args[0], file.errorString()));
    }
    bytes = file.readAll();
    auto incoming = readPolicyYaml(bytes);
    if (!incoming)
        return failure(ctx, fromStdin ? incoming.error().message
                                      : args[0] + QStringLiteral(": ") + incoming.error().message);
    auto session = openSession(ctx);
    if (!session)
        return ExitFailure;
    auto r = await<fd::Result<ApplyOutcome>>(
        [&](QObject* c, auto done) { session->service->apply(*incoming, c, done); });
    if (!r) {
        ctx.err << "fleetdeck-cli policy: " << r.error().message << '\n';
        if (!r.error().detail.isEmpty() && r.error().kind == fd::ErrorKind::InvalidInput)
            for (const QString& l : r.error().detail.split(u'\n'))
                ctx.err << "  " << l << '\n';
        ctx.err << CliText::tr("Nothing was changed.") << '\n';
        ctx.err.flush();
        return ExitFailure;
    }
    // Warnings and notes of what was applied (errors stopped it above).
    QList<Finding> notes;
    for (const Finding& f : validate(session->service->policies()))
        if (f.severity != Severity::Error)
            notes.append(f);
    if (ctx.global.json) {
        QJsonArray findings;
        for (const Finding& f : notes)
            findings.append(QJsonObject{{QStringLiteral("severity"), toString(f.severity)},
                                        {QStringLiteral("kind"), cliName(f.kind)},
                                        {QStringLiteral("policy"), f.policy},
                                        {QStringLiteral("path"), f.path},
                                        {QStringLiteral("code"), f.code},
                                        {QStringLiteral("message"), f.message}});
        ctx.printJson(
            QJsonObject{{QStringLiteral("created"), QJsonArray::fromStringList(r->created)},
                        {QStringLiteral("updated"), QJsonArray::fromStringList(r->updated)},
                        {QStringLiteral("unchanged"), QJsonArray::fromStringList(r->unchanged)},
                        {QStringLiteral("findings"), findings}});
        return ExitOk;
    }
    printOutcome(ctx, CliText::tr("created %1"), r->created);
    printOutcome(ctx, CliText::tr("updated %1"), r->updated);
    printOutcome(ctx, CliText::tr("unchanged %1"), r->unchanged);
    ctx.out.flush();
    for (const Finding& f : notes)
        ctx.err << toString(f.severity) << ": " << cliName(f.kind) << '/' << f.policy << ' '
                << f.path << ": " << f.message << '\n';
    ctx.err.flush();
    return ExitOk;
}

int cmdDelete(Context& ctx, const QStringList& args) {
    if (args.size() != 2)
        return usageError(ctx, CliText::tr("delete needs KIND NAME"));
    const auto kind = kindArg(ctx, args[0]);
    if (!kind)
        return ExitUsage;
    auto session = openSession(ctx);
    if (!session)
        return ExitFailure;
    PolicyService& svc = *session->service;
    const DeleteCheck check = svc.checkDelete(*kind, args[1]);
    const fd::Status st =
        await<fd::Status>([&](QObject* c, auto done) { svc.remove(*kind, args[1], c, done); });
    if (!st) {
        if (st.error().kind == fd::ErrorKind::NotFound)
            return notFound(ctx, *kind, args[1]);
        return failure(ctx, st.error().message);
    }
    if (check.verdict == DeleteVerdict::AllowedButDefault)
        ctx.err << CliText::tr("warning: %1").arg(check.message) << '\n';
    if (ctx.global.json)
        ctx.printJson(QJsonObject{
            {QStringLiteral("deleted"), policyTarget(*kind, args[1])},
            {QStringLiteral("wasDefault"), check.verdict == DeleteVerdict::AllowedButDefault}});
    else
        ctx.out << CliText::tr("deleted %1").arg(policyTarget(*kind, args[1])) << '\n';
    ctx.out.flush();
    ctx.err.flush();
    return ExitOk;
}

// ---- render, timeline --------------------------------------------------------------------------

// Where rendering takes the control plane's schema from: CRD files, or (with policy sync) the
// control plane itself; without either, the newest Karmada generation.
std::optional<KarmadaCapabilities> capabilitiesFor(Context& ctx, const ParsedArgs& parsed) {
    const QString dir = parsed.options.value(QStringLiteral("--karmada-crds"));
    if (dir.isEmpty())
        return KarmadaCapabilities::assumed(KarmadaGeneration::Unknown);
    auto schema = readSchemaDirectory(dir);
    if (!schema) {
        failure(ctx, schema.error().message);
        return std::nullopt;
    }
    if (schema->isEmpty()) {
        failure(ctx, CliText::tr("%1 holds no Karmada policy CRD (policy.karmada.io "
                                 "PropagationPolicy or OverridePolicy)")
                         .arg(dir));
        return std::nullopt;
    }
    return capabilitiesFrom(*schema);
}

// The control plane a sync or render talks to: the one named, or the only one registered.
std::optional<fd::registry::ClusterRecord>
controlPlaneArg(Context& ctx, fd::registry::ClusterRegistry& registry, const QString& name) {
    if (!name.isEmpty()) {
        const auto record = registry.clusterByName(name);
        if (!record) {
            failure(ctx, CliText::tr("no cluster named \"%1\" is registered; `cluster list` "
                                     "shows them")
                             .arg(name));
            return std::nullopt;
        }
        if (record->karmadaRole != fd::registry::KarmadaRole::ControlPlane) {
            failure(ctx, CliText::tr("\"%1\" is not marked as a Karmada control plane; mark "
                                     "it in the cluster detail or join a member to it")
                             .arg(name));
            return std::nullopt;
        }
        return record;
    }
    QList<fd::registry::ClusterRecord> planes;
    for (const auto& r : registry.clusters())
        if (r.karmadaRole == fd::registry::KarmadaRole::ControlPlane)
            planes << r;
    if (planes.size() == 1)
        return planes.first();
    if (planes.isEmpty())
        failure(ctx, CliText::tr("no Karmada control plane is registered; import the "
                                 "karmada-apiserver and join a member to it"));
    else {
        QStringList names;
        for (const auto& r : std::as_const(planes))
            names << r.name;
        failure(ctx, CliText::tr("several control planes are registered (%1); choose one with "
                                 "--control-plane")
                         .arg(names.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

// The services a talk with the control plane needs: the registry (one client per cluster, its
// credentials from the vault) and the policies over the same store.
struct SyncSession {
    ClusterServices services;
    std::unique_ptr<PolicyService> policies;
    std::unique_ptr<PolicySync> sync;
    fd::registry::ClusterRecord controlPlane;
};

std::optional<SyncSession> openSyncSession(Context& ctx, const QString& controlPlaneName) {
    auto services = openClusterServices(ctx, /*needVault=*/true);
    if (!services) {
        failure(ctx, services.error().message);
        return std::nullopt;
    }
    SyncSession s;
    s.services = std::move(*services);
    const auto cp = controlPlaneArg(ctx, *s.services.registry, controlPlaneName);
    if (!cp)
        return std::nullopt;
    s.controlPlane = *cp;
    s.policies = std::make_unique<PolicyService>(*s.services.store);
    if (auto st = s.policies->loadNow(); !st) {
        failure(ctx, st.error().message);
        return std::nullopt;
    }
    s.sync = std::make_unique<PolicySync>(*s.policies, s.services.registry->connections());
    return s;
}

QJsonObject itemJson(const SyncItem& i) {
    return QJsonObject{
        {QStringLiteral("kind"), cliName(i.kind)},
        {QStringLiteral("policy"), i.policy},
        {QStringLiteral("objectKind"), i.objectKind},
        {QStringLiteral("objectName"), i.objectName},
        {QStringLiteral("action"), toString(i.action)},
        {QStringLiteral("state"), repository::toString(i.state)},
        {QStringLiteral("driftedFields"), QJsonArray::fromStringList(i.driftedFields)},
        {QStringLiteral("removedFields"), QJsonArray::fromStringList(i.removedFields)},
        {QStringLiteral("message"), i.message}};
}

int cmdSync(Context& ctx, QStringList args) {
    const bool check = args.removeAll(QStringLiteral("--check")) > 0;
    auto parsed = parseArgs(ctx, args, {QStringLiteral("--control-plane")}, usageText());
    if (!parsed)
        return ExitUsage;
    if (!parsed->positional.isEmpty())
        return usageError(ctx, CliText::tr("sync takes no names: it syncs every policy"));
    auto session = openSyncSession(ctx, parsed->options.value(QStringLiteral("--control-plane")));
    if (!session)
        return ExitFailure;
    SyncOptions options;
    options.checkOnly = check;
    const SyncReport report = await<SyncReport>([&](QObject* c, auto done) {
        session->sync->sync(session->controlPlane.id, session->controlPlane.name, options, c, {},
                            done);
    });
    session->services.flush();
    if (ctx.global.json) {
        QJsonArray items, external, notes;
        for (const SyncItem& i : report.items)
            items.append(itemJson(i));
        for (const SyncItem& i : report.external)
            external.append(itemJson(i));
        for (const auto& f : report.notExpressed)
            notes.append(QJsonObject{{QStringLiteral("kind"), cliName(f.kind)},
                                     {QStringLiteral("policy"), f.policy},
                                     {QStringLiteral("path"), f.path},
                                     {QStringLiteral("message"), f.message}});
        QJsonObject out{
            {QStringLiteral("controlPlane"), report.controlPlaneName},
            {QStringLiteral("check"), report.checkOnly},
            {QStringLiteral("generation"), toString(report.capabilities.generation)},
            {QStringLiteral("items"), items},
            {QStringLiteral("external"), external},
            {QStringLiteral("notExpressed"), notes},
            {QStringLiteral("notCompared"), QJsonArray::fromStringList(report.notCompared)},
            {QStringLiteral("ok"), report.ok()}};
        if (report.failure)
            out.insert(QStringLiteral("error"), report.failure->message);
        ctx.printJson(out);
        return report.ok() ? ExitOk : ExitFailure;
    }
    if (report.failure && !report.stopped)
        return failure(ctx, report.failure->message);
    ctx.out << (check ? CliText::tr("checked %1 (%2)") : CliText::tr("synced %1 (%2)"))
                   .arg(report.controlPlaneName, displayName(report.capabilities.generation))
            << '\n';
    for (const SyncItem& i : report.items) {
        ctx.out << "  " << toString(i.action).leftJustified(10) << ' ' << i.objectKind << '/'
                << i.objectName;
        if (!i.driftedFields.isEmpty())
            ctx.out << "  "
                    << CliText::tr("fields: %1").arg(i.driftedFields.join(QStringLiteral(", ")));
        if (!i.message.isEmpty())
            ctx.out << "  (" << i.message << ')';
        ctx.out << '\n';
    }
    for (const SyncItem& i : report.external)
        ctx.out << "  " << toString(i.action).leftJustified(10) << ' ' << i.objectKind << '/'
                << i.objectName << "  (" << i.message << ")\n";
    ctx.out.flush();
    for (const auto& f : std::as_const(report.notExpressed))
        ctx.err << CliText::tr("warning: %1")
                       .arg(cliName(f.kind) + u'/' + f.policy + QStringLiteral(": ") + f.message)
                << '\n';
    for (const QString& sentence : std::as_const(report.notCompared))
        ctx.err << CliText::tr("warning: %1").arg(sentence) << '\n';
    ctx.err.flush();
    if (report.stopped) // the lease was lost part way: what was done is listed above
        return failure(ctx, report.failure->message);
    return report.ok() ? ExitOk : ExitFailure;
}

int cmdAdopt(Context& ctx, QStringList args) {
    auto parsed = parseArgs(ctx, args, {QStringLiteral("--control-plane")}, usageText());
    if (!parsed)
        return ExitUsage;
    if (parsed->positional.size() != 2)
        return usageError(ctx, CliText::tr("adopt takes OBJECT_KIND and OBJECT_NAME "
                                           "(e.g. ClusterOverridePolicy gpu-limits)"));
    const QString objectKind = parsed->positional[0];
    const QString objectName = parsed->positional[1];
    auto session = openSyncSession(ctx, parsed->options.value(QStringLiteral("--control-plane")));
    if (!session)
        return ExitFailure;
    const auto adopted = await<fd::Result<AdoptOutcome>>([&](QObject* c, auto done) {
        session->sync->adopt(session->controlPlane.id, objectKind, objectName, c, done);
    });
    session->services.flush();
    const QString applies = karmadaObjectName(adoptedPolicyName(objectName));
    if (ctx.global.json) {
        QJsonObject out{{QStringLiteral("ok"), adopted.ok()},
                        {QStringLiteral("objectKind"), objectKind},
                        {QStringLiteral("objectName"), objectName}};
        if (adopted) {
            out.insert(QStringLiteral("created"), QJsonArray::fromStringList(adopted->created));
            out.insert(QStringLiteral("notCarried"),
                       QJsonArray::fromStringList(adopted->notCarried));
            out.insert(QStringLiteral("applies"), applies);
        } else {
            out.insert(QStringLiteral("error"), adopted.error().message);
            out.insert(QStringLiteral("field"), adopted.error().detail);
        }
        ctx.printJson(out);
        return adopted ? ExitOk : ExitFailure;
    }
    if (!adopted)
        return failure(ctx, adopted.error().message);
    ctx.out << CliText::tr("adopted %1 as %2; the next sync applies %3")
                   .arg(objectKind + u'/' + objectName, adopted->created.join(QStringLiteral(", ")),
                        applies)
            << '\n';
    if (!adopted->notCarried.isEmpty())
        ctx.out << "  "
                << CliText::tr("not carried over: %1")
                       .arg(adopted->notCarried.join(QStringLiteral(", ")))
                << '\n';
    ctx.out.flush();
    return ExitOk;
}

int cmdRender(Context& ctx, QStringList args) {
    const bool all = args.removeAll(QStringLiteral("--all")) > 0;
    auto parsed =
        parseArgs(ctx, args, {QStringLiteral("--karmada-crds"), QStringLiteral("--control-plane")},
                  usageText());
    if (!parsed)
        return ExitUsage;
    if (all && !parsed->positional.isEmpty())
        return usageError(ctx, CliText::tr("give policy names or --all, not both"));
    const QString controlPlane = parsed->options.value(QStringLiteral("--control-plane"));
    if (!controlPlane.isEmpty() && parsed->options.contains(QStringLiteral("--karmada-crds")))
        return usageError(ctx, CliText::tr("give --control-plane or --karmada-crds, not both"));
    std::optional<KarmadaCapabilities> caps;
    std::optional<Session> session;
    std::optional<SyncSession> live;
    const PolicySet* setPtr = nullptr;
    if (parsed->options.contains(QStringLiteral("--control-plane"))) {
        // What the control plane's own schema accepts.
        live = openSyncSession(ctx, controlPlane);
        if (!live)
            return ExitFailure;
        const auto read = await<fd::Result<KarmadaCapabilities>>([&](QObject* c, auto done) {
            live->sync->readCapabilities(live->controlPlane.id, c, done);
        });
        if (!read)
            return failure(ctx, read.error().message);
        caps = *read;
        setPtr = &live->policies->policies();
    } else {
        caps = capabilitiesFor(ctx, *parsed);
        if (!caps)
            return ExitFailure;
        session = openSession(ctx);
        if (!session)
            return ExitFailure;
        setPtr = &session->service->policies();
    }
    const PolicySet& set = *setPtr;
    RenderResult result;
    if (parsed->positional.isEmpty()) {
        result = renderAll(set, *caps);
    } else {
        for (const QString& name : parsed->positional) {
            const PlacementStrategy* s = set.strategy(name);
            const ResourceProfile* p = set.profile(name);
            if (!s && !p) {
                return failure(ctx, set.failoverPolicy(name)
                                        ? CliText::tr("\"%1\" is a failover policy, which has no "
                                                      "object of its own; render the strategies "
                                                      "that use it")
                                              .arg(name)
                                        : CliText::tr("there is no strategy or profile named "
                                                      "\"%1\"")
                                              .arg(name));
            }
            for (RenderResult part : {s ? renderStrategy(*s, set, *caps) : RenderResult(),
                                      p ? renderProfile(*p, *caps) : RenderResult()}) {
                result.objects += part.objects;
                result.notExpressed += part.notExpressed;
            }
        }
    }
    if (ctx.global.json) {
        QJsonArray objects, notes;
        for (const auto& o : std::as_const(result.objects))
            objects.append(o.object);
        for (const auto& f : std::as_const(result.notExpressed))
            notes.append(QJsonObject{{QStringLiteral("kind"), cliName(f.kind)},
                                     {QStringLiteral("policy"), f.policy},
                                     {QStringLiteral("path"), f.path},
                                     {QStringLiteral("message"), f.message}});
        ctx.printJson(QJsonObject{{QStringLiteral("generation"), toString(caps->generation)},
                                  {QStringLiteral("source"), caps->source},
                                  {QStringLiteral("objects"), objects},
                                  {QStringLiteral("notExpressed"), notes}});
        return ExitOk;
    }
    ctx.out << QString::fromUtf8(toYaml(result.objects));
    ctx.out.flush();
    for (const auto& f : std::as_const(result.notExpressed))
        ctx.err << CliText::tr("warning: %1")
                       .arg(cliName(f.kind) + u'/' + f.policy + QStringLiteral(": ") + f.message)
                << '\n';
    ctx.err.flush();
    return ExitOk;
}

int cmdTimeline(Context& ctx, const QStringList& args) {
    if (args.size() != 1)
        return usageError(ctx, CliText::tr("timeline needs one NAME"));
    auto session = openSession(ctx);
    if (!session)
        return ExitFailure;
    const PolicySet& set = session->service->policies();
    const FailoverPolicy* policy = set.failoverPolicy(args[0]);
    if (!policy)
        if (const PlacementStrategy* s = set.strategy(args[0])) {
            if (s->failoverPolicy.isEmpty())
                return failure(
                    ctx, CliText::tr("the strategy \"%1\" has no failover policy").arg(args[0]));
            policy = set.failoverPolicy(s->failoverPolicy);
        }
    if (!policy)
        return notFound(ctx, PolicyKind::Failover, args[0]);
    const QList<TimelinePhase> phases = failoverTimeline(*policy);
    if (ctx.global.json) {
        ctx.printJson(timelineJson(phases));
        return ExitOk;
    }
    for (const TimelinePhase& p : phases) {
        ctx.out << phaseLabel(p.name).leftJustified(24) << ' ';
        if (p.startSeconds == p.endSeconds)
            ctx.out << CliText::tr("at %1").arg(formatDuration(p.startSeconds)) << '\n';
        else
            ctx.out << formatDuration(p.startSeconds) << " - " << formatDuration(p.endSeconds)
                    << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

int run(Context& ctx, const QStringList& args) {
    if (args.isEmpty())
        return usageError(ctx, CliText::tr("no subcommand given"));
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == u"defaults")
        return cmdDefaults(ctx, rest);
    if (sub == u"list")
        return cmdList(ctx, rest);
    if (sub == u"show")
        return cmdShow(ctx, rest);
    if (sub == u"apply")
        return cmdApply(ctx, rest);
    if (sub == u"delete")
        return cmdDelete(ctx, rest);
    if (sub == u"render")
        return cmdRender(ctx, rest);
    if (sub == u"sync")
        return cmdSync(ctx, rest);
    if (sub == u"adopt")
        return cmdAdopt(ctx, rest);
    if (sub == u"timeline")
        return cmdTimeline(ctx, rest);
    return usageError(ctx, CliText::tr("unknown subcommand %1").arg(sub));
}

static CommandRegistration reg{
    {QStringLiteral("policy"),
     QT_TRANSLATE_NOOP("fd::cli", "Placement strategies, resource profiles and failover policies"),
     usageText, run}};

} // namespace
