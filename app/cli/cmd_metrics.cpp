// fleetdeck-cli metrics … and gpu …: Prometheus endpoints (added by URL or through a registered
// cluster's API server) and the GPU views of issue 12 from scripts — the same core the GPU page
// uses (MetricsEndpoints, PromClient, GpuMetrics). JSON with --json, CSV with --csv.
#include "await.h"
#include "clusterservices.h"
#include "commandregistry.h"
#include "storeaccess.h"

#include "metrics/duration.h"
#include "metrics/gpufleet.h"
#include "metrics/gpumetrics.h"
#include "metrics/gpuranking.h"
#include "metrics/healthevents.h"
#include "metrics/metricsendpoints.h"
#include "metrics/querystep.h"
#include "metrics/serviceproxy.h"
#include "net/endpoint.h"
#include "registry/clusterregistry.h"
#include "secrets/secretstore.h"
#include "secrets/vaultcrypto.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

using namespace fd::cli;
using namespace fd::metrics;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::cli::Metrics)
};

QString metricsUsage() {
    return CliText::tr(
        "Usage: fleetdeck-cli metrics SUBCOMMAND ...\n\n"
        "  metrics add NAME --url URL [--cluster C] [--auth none|basic|bearer] [--user U]\n"
        "              [--ca FILE] [--insecure] [--pin SHA256] [--secret-stdin]\n"
        "              [--alertmanager AM_URL]\n"
        "      A Prometheus at a URL. The password (basic) or token (bearer) is read from\n"
        "      $FLEETDECK_PROMETHEUS_SECRET or, with --secret-stdin, from the next line of stdin,\n"
        "      and kept in the vault. --pin trusts exactly that certificate (SHA-256, AB:CD:…).\n"
        "  metrics add NAME --cluster C --via-api-server [--service NS/NAME:PORT]\n"
        "              [--alertmanager AM_URL]\n"
        "      A Prometheus reached through the cluster's API server (service proxy) with the\n"
        "      cluster's credentials; without --service the Prometheus service is discovered.\n"
        "  --alertmanager AM_URL: its Alertmanager, reached with the same credentials, CA and\n"
        "      --insecure as the Prometheus URL (none through the API server).\n"
        "  metrics edit NAME [--url URL] [--auth none|basic|bearer] [--user U] [--ca FILE]\n"
        "              [--insecure] [--pin SHA256] [--secret-stdin] [--service NS/NAME:PORT]\n"
        "              [--alertmanager AM_URL]\n"
        "      Changes a saved endpoint: the options given replace what is stored, the rest stays\n"
        "      (the route and cluster too). A password or token given as for add replaces the\n"
        "      one in the vault; none given keeps it. --alertmanager= (empty) removes it.\n"
        "  metrics list [--json]\n"
        "  metrics test NAME [--json]      /-/ready and /api/v1/status/buildinfo, and the\n"
        "                                  Alertmanager's /api/v2/status; exit 1 on failure\n"
        "  metrics remove NAME");
}

QString gpuUsage() {
    return CliText::tr(
        "Usage: fleetdeck-cli gpu SUBCOMMAND --endpoint NAME ... [--json|--csv]\n\n"
        "  gpu list --endpoint NAME\n"
        "      Every GPU and MIG instance with its latest values (null where not reported).\n"
        "  gpu top --endpoint NAME --range R --by utilization|memory|temperature|power [--limit "
        "N]\n"
        "  gpu health --endpoint NAME --range R\n"
        "      XID events with their meaning, temperature and power outliers, throttling.\n"
        "  gpu query 'PROMQL' --endpoint NAME [--range R] [--step S]\n"
        "      Instant query, or a range query ending now; a gap stays empty (CSV) or null "
        "(JSON).\n\n"
        "R and S use Prometheus's duration syntax: 15m, 6h, 7d, 60s.");
}

int usageError(Context& ctx, UsageFn usage, const QString& message) {
    ctx.err << "fleetdeck-cli: " << message << "\n\n" << usage() << '\n';
    ctx.err.flush();
    return ExitUsage;
}

int failure(Context& ctx, const QString& message) {
    ctx.err << "fleetdeck-cli: " << message << '\n';
    ctx.err.flush();
    return ExitFailure;
}

// Flags and "--name value" options of one sub-command.
struct Args {
    QStringList positional;
    QMap<QString, QString> options;
    QSet<QString> flags;
    bool csv = false;
    QString option(const char* name) const { return options.value(QLatin1String(name)); }
    bool has(const char* name) const { return options.contains(QLatin1String(name)); }
    bool flag(const char* name) const { return flags.contains(QLatin1String(name)); }
};

std::optional<Args> parse(Context& ctx, UsageFn usage, const QStringList& args,
                          const QStringList& valueOptions, const QStringList& flagOptions) {
    Args out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (!a.startsWith(QLatin1String("--"))) {
            out.positional << a;
            continue;
        }
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("--json")) {
            ctx.global.json = true;
        } else if (name == QLatin1String("--csv")) {
            out.csv = true;
        } else if (flagOptions.contains(name)) {
            out.flags.insert(name.mid(2));
        } else if (valueOptions.contains(name)) {
            if (a.contains(QLatin1Char('=')))
                out.options.insert(name.mid(2), a.section(QLatin1Char('='), 1));
            else if (i + 1 < args.size())
                out.options.insert(name.mid(2), args[++i]);
            else {
                usageError(ctx, usage, CliText::tr("%1 needs a value").arg(name));
                return std::nullopt;
            }
        } else {
            usageError(ctx, usage, CliText::tr("unknown option %1").arg(a));
            return std::nullopt;
        }
    }
    return out;
}

// ---- output ------------------------------------------------------------------------------------

QString csvCell(const QJsonValue& v) {
    QString s;
    if (v.isNull() || v.isUndefined())
        return s;
    if (v.isDouble())
        s = QString::number(v.toDouble(), 'g', 12);
    else if (v.isBool())
        s = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        s = v.toString();
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
            QLatin1Char('"');
    return s;
}

QString textCell(const QJsonValue& v) {
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    return v.toString().isEmpty() ? QStringLiteral("-") : v.toString();
}

// Rows of objects as CSV (--csv) or an aligned table, in the order of `keys`.
void printRows(Context& ctx, bool csv, const QJsonArray& rows, const QStringList& keys) {
    if (csv) {
        ctx.out << keys.join(QLatin1Char(',')) << '\n';
        for (const QJsonValue& r : rows) {
            QStringList cells;
            for (const QString& k : keys)
                cells << csvCell(r.toObject().value(k));
            ctx.out << cells.join(QLatin1Char(',')) << '\n';
        }
        ctx.out.flush();
        return;
    }
    QList<QStringList> table;
    QStringList header;
    for (const QString& k : keys)
        header << k.toUpper();
    table << header;
    for (const QJsonValue& r : rows) {
        QStringList cells;
        for (const QString& k : keys)
            cells << textCell(r.toObject().value(k));
        table << cells;
    }
    QList<qsizetype> widths(keys.size(), 0);
    for (const QStringList& row : table)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const QStringList& row : table) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        ctx.out << line << '\n';
    }
    ctx.out.flush();
}

// ---- session -----------------------------------------------------------------------------------

struct Session {
    ClusterServices services;
    std::unique_ptr<MetricsEndpoints> endpoints;
};

fd::Result<std::unique_ptr<Session>> openSession(Context& ctx) {
    auto services = openClusterServices(ctx, false);
    if (!services)
        return services.error();
    auto s = std::make_unique<Session>();
    s->services = std::move(*services);
    s->endpoints =
        std::make_unique<MetricsEndpoints>(*s->services.store, *s->services.secrets,
                                           *s->services.http, &s->services.registry->connections());
    if (const fd::Status st = await<fd::Status>([&](QObject* c, std::function<void(fd::Status)> d) {
            s->endpoints->load(c, std::move(d));
        });
        !st)
        return st.error();
    return s;
}

bool ensureUnlocked(Context& ctx, Session& s) {
    if (s.services.secrets->isUnlocked())
        return true;
    return unlockSecrets(ctx, *s.services.secrets);
}

bool needsVault(const MetricsEndpoint& e) {
    return e.viaApiServer() || e.auth != AuthKind::None;
}

QString clusterName(Session& s, const MetricsEndpoint& e) {
    if (!e.clusterId)
        return {};
    const auto record = s.services.registry->cluster(*e.clusterId);
    return record ? record->name : QString();
}

QJsonObject endpointJson(Session& s, const MetricsEndpoint& e) {
    const auto textOrNull = [](const QString& v) {
        return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    QJsonObject o{
        {QStringLiteral("name"), e.name},
        {QStringLiteral("cluster"), textOrNull(clusterName(s, e))},
        {QStringLiteral("route"),
         e.viaApiServer() ? QStringLiteral("api-server") : QStringLiteral("url")},
        {QStringLiteral("url"), textOrNull(e.endpoint ? e.endpoint->endpoint.url : QString())},
        {QStringLiteral("service"), textOrNull(e.service ? e.service->toString() : QString())},
        {QStringLiteral("auth"), authKindName(e.auth)},
        {QStringLiteral("username"), textOrNull(e.username)},
        {QStringLiteral("alertmanager"),
         textOrNull(e.alertmanager ? e.alertmanager->endpoint.url : QString())}};
    if (e.endpoint) {
        const fd::net::TlsPolicy& tls = e.endpoint->endpoint.tls;
        o.insert(QStringLiteral("customCa"), !tls.caPem.isEmpty());
        o.insert(QStringLiteral("insecure"), tls.insecure);
        o.insert(QStringLiteral("pinnedSha256"), textOrNull(tls.pinnedSha256));
    }
    return o;
}

std::optional<QByteArray> readSecret(Context& ctx, bool fromStdin) {
    if (fromStdin)
        return readStdinLine();
    QByteArray env = qgetenv("FLEETDECK_PROMETHEUS_SECRET");
    if (env.isEmpty())
        return std::nullopt;
    (void)ctx;
    return env;
}

// ---- metrics -----------------------------------------------------------------------------------

// The end of `metrics add` and `metrics edit`: the typed secret wiped, then the saved endpoint
// as JSON, or `done` ("added %1") with its name.
int reportSaved(Context& ctx, Session& s, const fd::Result<MetricsEndpoint>& saved,
                QByteArray& secret, const QString& done) {
    fd::secrets::crypto::wipe(secret);
    if (!saved)
        return failure(ctx, saved.error().message);
    if (ctx.global.json)
        ctx.printJson(endpointJson(s, *saved));
    else {
        ctx.out << done.arg(saved->name) << '\n';
        ctx.out.flush();
    }
    return ExitOk;
}

int metricsAdd(Context& ctx, Session& s, const Args& a) {
    if (a.positional.size() != 1)
        return usageError(ctx, metricsUsage, CliText::tr("metrics add needs one NAME"));
    MetricsEndpoint e;
    e.name = a.positional.first();
    const bool viaApi = a.flag("via-api-server");
    if (viaApi == a.has("url"))
        return usageError(ctx, metricsUsage,
                          CliText::tr("give either --url or --cluster with --via-api-server"));
    if (a.has("cluster")) {
        const auto record = s.services.registry->clusterByName(a.option("cluster"));
        if (!record)
            return failure(ctx, Text::tr("There is no registered cluster named “%1”; "
                                         "`cluster list` shows the ones there are.")
                                    .arg(a.option("cluster")));
        e.clusterId = record->id;
    }
    QByteArray secret;
    if (viaApi) {
        if (!e.clusterId)
            return usageError(ctx, metricsUsage, CliText::tr("--via-api-server needs --cluster"));
        if (a.has("auth") || a.has("user") || a.has("ca"))
            return usageError(ctx, metricsUsage,
                              CliText::tr("--via-api-server uses the cluster's credentials: "
                                          "--auth, --user and --ca do not apply"));
        if (!ensureUnlocked(ctx, s))
            return ExitFailure;
        if (a.has("service")) {
            e.service = ServiceRef::parse(a.option("service"));
            if (!e.service)
                return usageError(ctx, metricsUsage,
                                  CliText::tr("--service takes NAMESPACE/NAME:PORT"));
        } else {
            auto found = await<fd::Result<QList<ServiceCandidate>>>([&](QObject* c, auto done) {
                discoverPrometheus(s.services.registry->connections(), *e.clusterId, c,
                                   std::move(done));
            });
            if (!found)
                return failure(ctx, found.error().message);
            e.service = found->first().ref;
            if (!ctx.global.json) {
                ctx.out << CliText::tr("discovered %1 (%2)")
                               .arg(e.service->toString(), found->first().reason)
                        << '\n';
                ctx.out.flush();
            }
        }
    } else {
        if (!fd::net::isServiceUrl(a.option("url")))
            return usageError(
                ctx, metricsUsage,
                CliText::tr(
                    "--url needs an http:// or https:// URL without a user name or password"));
        fd::store::StoredEndpoint stored;
        stored.endpoint.url = a.option("url");
        if (a.has("ca")) {
            QFile f(a.option("ca"));
            if (!f.open(QIODevice::ReadOnly))
                return failure(
                    ctx,
                    Text::tr("The CA file %1 cannot be read; check the path.").arg(a.option("ca")));
            stored.endpoint.tls.caPem = f.readAll();
        }
        stored.endpoint.tls.insecure = a.flag("insecure");
        stored.endpoint.tls.pinnedSha256 = a.option("pin").toUpper();
        e.endpoint = stored;
        const auto auth = parseAuthKind(a.has("auth") ? a.option("auth") : QStringLiteral("none"));
        if (!auth)
            return usageError(ctx, metricsUsage, CliText::tr("--auth is none, basic or bearer"));
        e.auth = *auth;
        e.username = a.option("user");
        if (e.auth == AuthKind::Basic && e.username.isEmpty())
            return usageError(ctx, metricsUsage, CliText::tr("--auth basic needs --user"));
        if (e.auth != AuthKind::None) {
            auto read = readSecret(ctx, a.flag("secret-stdin"));
            if (!read || read->isEmpty())
                return failure(ctx, Text::tr("The password or token is missing: set "
                                             "FLEETDECK_PROMETHEUS_SECRET or pass "
                                             "--secret-stdin with it on a line of stdin."));
            secret = *read;
            if (!ensureUnlocked(ctx, s)) {
                fd::secrets::crypto::wipe(secret);
                return ExitFailure;
            }
        }
    }
    if (a.has("alertmanager")) {
        if (!fd::net::isServiceUrl(a.option("alertmanager")))
            return usageError(ctx, metricsUsage,
                              CliText::tr("--alertmanager needs an http:// or https:// URL without "
                                          "a user name or password"));
        e.setAlertmanagerUrl(a.option("alertmanager"));
    }
    auto added = await<fd::Result<MetricsEndpoint>>(
        [&](QObject* c, auto done) { s.endpoints->add(e, secret, c, std::move(done)); });
    return reportSaved(ctx, s, added, secret, CliText::tr("added %1"));
}

int metricsEdit(Context& ctx, Session& s, const Args& a) {
    if (a.positional.size() != 1)
        return usageError(ctx, metricsUsage, CliText::tr("metrics edit needs one NAME"));
    if (a.has("cluster") || a.flag("via-api-server"))
        return usageError(ctx, metricsUsage,
                          CliText::tr("metrics edit keeps the route and the cluster: remove the "
                                      "endpoint and add it again to change them"));
    auto found = s.endpoints->byName(a.positional.first());
    if (!found)
        return failure(ctx, Text::tr("There is no Prometheus endpoint named “%1”; `metrics list` "
                                     "shows the ones there are.")
                                .arg(a.positional.first()));
    MetricsEndpoint e = *found;
    QByteArray secret;
    if (e.viaApiServer()) {
        if (a.has("url") || a.has("auth") || a.has("user") || a.has("ca") || a.has("pin") ||
            a.flag("insecure") || a.flag("secret-stdin"))
            return usageError(ctx, metricsUsage,
                              CliText::tr("--via-api-server uses the cluster's credentials: "
                                          "--auth, --user and --ca do not apply"));
        if (a.has("service")) {
            e.service = ServiceRef::parse(a.option("service"));
            if (!e.service)
                return usageError(ctx, metricsUsage,
                                  CliText::tr("--service takes NAMESPACE/NAME:PORT"));
        }
    } else {
        if (a.has("service"))
            return usageError(ctx, metricsUsage,
                              CliText::tr("give either --url or --cluster with --via-api-server"));
        fd::net::Endpoint& ep = e.endpoint->endpoint;
        if (a.has("url")) {
            if (!fd::net::isServiceUrl(a.option("url")))
                return usageError(ctx, metricsUsage,
                                  CliText::tr("--url needs an http:// or https:// URL without a "
                                              "user name or password"));
            ep.url = a.option("url");
        }
        if (a.has("ca")) {
            QFile f(a.option("ca"));
            if (!f.open(QIODevice::ReadOnly))
                return failure(
                    ctx,
                    Text::tr("The CA file %1 cannot be read; check the path.").arg(a.option("ca")));
            ep.tls.caPem = f.readAll();
        }
        if (a.flag("insecure"))
            ep.tls.insecure = true;
        if (a.has("pin"))
            ep.tls.pinnedSha256 = a.option("pin").toUpper();
        const AuthKind before = e.auth;
        if (a.has("auth")) {
            const auto auth = parseAuthKind(a.option("auth"));
            if (!auth)
                return usageError(ctx, metricsUsage,
                                  CliText::tr("--auth is none, basic or bearer"));
            e.auth = *auth;
        }
        if (a.has("user"))
            e.username = a.option("user");
        if (e.auth != AuthKind::Basic)
            e.username.clear();
        if (e.auth == AuthKind::Basic && e.username.isEmpty())
            return usageError(ctx, metricsUsage, CliText::tr("--auth basic needs --user"));
        if (e.auth != AuthKind::None) {
            // A new secret when one is given (or the kind changed and one is needed).
            auto read = readSecret(ctx, a.flag("secret-stdin"));
            if (read && !read->isEmpty())
                secret = *read;
            else if (e.auth != before)
                return failure(ctx, Text::tr("The password or token is missing: set "
                                             "FLEETDECK_PROMETHEUS_SECRET or pass "
                                             "--secret-stdin with it on a line of stdin."));
            if (!ensureUnlocked(ctx, s)) {
                fd::secrets::crypto::wipe(secret);
                return ExitFailure;
            }
        } else if (before != AuthKind::None && !ensureUnlocked(ctx, s)) {
            // The old secret leaves the vault with the change: that needs it open.
            return ExitFailure;
        }
    }
    if (a.has("alertmanager")) {
        const QString am = a.option("alertmanager");
        if (am.isEmpty())
            e.alertmanager.reset();
        else if (!fd::net::isServiceUrl(am))
            return usageError(ctx, metricsUsage,
                              CliText::tr("--alertmanager needs an http:// or https:// URL without "
                                          "a user name or password"));
        else
            e.setAlertmanagerUrl(am);
    } else if (e.alertmanager && e.endpoint) {
        // The Alertmanager follows the Prometheus URL's CA and verification.
        e.alertmanager->endpoint.tls.caPem = e.endpoint->endpoint.tls.caPem;
        e.alertmanager->endpoint.tls.insecure = e.endpoint->endpoint.tls.insecure;
    }
    auto saved = await<fd::Result<MetricsEndpoint>>(
        [&](QObject* c, auto done) { s.endpoints->update(e, secret, c, std::move(done)); });
    return reportSaved(ctx, s, saved, secret, CliText::tr("changed %1"));
}

int metricsList(Context& ctx, Session& s, const Args& a) {
    QJsonArray rows;
    for (const MetricsEndpoint& e : s.endpoints->endpoints())
        rows.append(endpointJson(s, e));
    if (ctx.global.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("endpoints"), rows}});
        return ExitOk;
    }
    printRows(ctx, a.csv, rows,
              {QStringLiteral("name"), QStringLiteral("cluster"), QStringLiteral("route"),
               QStringLiteral("url"), QStringLiteral("service"), QStringLiteral("auth")});
    return ExitOk;
}

std::optional<MetricsEndpoint> findEndpoint(Context& ctx, Session& s, const QString& name) {
    auto e = s.endpoints->byName(name);
    if (!e)
        failure(ctx, Text::tr("There is no Prometheus endpoint named “%1”; `metrics list` shows "
                              "the ones there are.")
                         .arg(name));
    return e;
}

int metricsTest(Context& ctx, Session& s, const Args& a) {
    if (a.positional.size() != 1)
        return usageError(ctx, metricsUsage, CliText::tr("metrics test needs one NAME"));
    const auto e = findEndpoint(ctx, s, a.positional.first());
    if (!e)
        return ExitFailure;
    if (needsVault(*e) && !ensureUnlocked(ctx, s))
        return ExitFailure;
    QObject owner;
    auto client = s.endpoints->client(*e, &owner);
    if (!client)
        return failure(ctx, client.error().message);
    auto report = await<PromResult<ConnectionReport>>(
        [&](QObject* c, auto done) { (*client)->testConnection(c, std::move(done)); });
    QJsonObject o{{QStringLiteral("name"), e->name}, {QStringLiteral("ok"), report.ok()}};
    if (report.ok()) {
        o.insert(QStringLiteral("ready"), report->ready);
        o.insert(QStringLiteral("version"), report->build.version);
        o.insert(QStringLiteral("latencyMs"), std::round(report->latencyMs * 10) / 10);
    } else {
        o.insert(QStringLiteral("category"), categoryName(report.error().category));
        o.insert(QStringLiteral("error"), report.error().message);
        if (!report.error().peerCertSha256.isEmpty())
            o.insert(QStringLiteral("peerCertSha256"), report.error().peerCertSha256);
    }
    // The Alertmanager, when there is one: its status (version), reported on its own.
    std::optional<PromResult<AmStatus>> am;
    double amLatencyMs = 0;
    if (e->alertmanager) {
        auto amClient = s.endpoints->alertmanagerClient(*e, &owner);
        if (!amClient)
            return failure(ctx, amClient.error().message);
        QElapsedTimer timer;
        timer.start();
        am = await<PromResult<AmStatus>>(
            [&](QObject* c, auto done) { (*amClient)->status(c, std::move(done)); });
        amLatencyMs = timer.nsecsElapsed() / 1e6;
        QJsonObject ao{{QStringLiteral("url"), e->alertmanager->endpoint.url},
                       {QStringLiteral("ok"), am->ok()}};
        if (am->ok()) {
            ao.insert(QStringLiteral("version"), (*am)->version);
            ao.insert(QStringLiteral("latencyMs"), std::round(amLatencyMs * 10) / 10);
        } else {
            ao.insert(QStringLiteral("category"), categoryName(am->error().category));
            ao.insert(QStringLiteral("error"), am->error().message);
            if (!am->error().peerCertSha256.isEmpty())
                ao.insert(QStringLiteral("peerCertSha256"), am->error().peerCertSha256);
        }
        o.insert(QStringLiteral("alertmanager"), ao);
    } else {
        o.insert(QStringLiteral("alertmanager"), QJsonValue(QJsonValue::Null));
    }
    const bool amOk = !am || am->ok();
    if (ctx.global.json) {
        ctx.printJson(o);
    } else {
        if (report.ok())
            ctx.out << CliText::tr("%1: ok, Prometheus %2, %3 ms")
                           .arg(e->name, report->build.version,
                                QString::number(report->latencyMs, 'f', 1))
                    << '\n';
        if (am && am->ok())
            ctx.out << CliText::tr("%1: ok, Alertmanager %2, %3 ms")
                           .arg(e->name, (*am)->version, QString::number(amLatencyMs, 'f', 1))
                    << '\n';
        ctx.out.flush();
    }
    if (!report.ok()) {
        ctx.err << "fleetdeck-cli: " << report.error().message << '\n';
        ctx.err.flush();
    }
    if (!amOk) {
        ctx.err << "fleetdeck-cli: " << am->error().message << '\n';
        ctx.err.flush();
    }
    return report.ok() && amOk ? ExitOk : ExitFailure;
}

int metricsRemove(Context& ctx, Session& s, const Args& a) {
    if (a.positional.size() != 1)
        return usageError(ctx, metricsUsage, CliText::tr("metrics remove needs one NAME"));
    const auto e = findEndpoint(ctx, s, a.positional.first());
    if (!e)
        return ExitFailure;
    if (needsVault(*e) && e->auth != AuthKind::None && !ensureUnlocked(ctx, s))
        return ExitFailure;
    auto st = await<fd::Status>(
        [&](QObject* c, auto done) { s.endpoints->remove(e->name, c, std::move(done)); });
    if (!st)
        return failure(ctx, st.error().message);
    if (ctx.global.json)
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), e->name}});
    else {
        ctx.out << CliText::tr("removed %1").arg(e->name) << '\n';
        ctx.out.flush();
    }
    return ExitOk;
}

int runMetrics(Context& ctx, const QStringList& args) {
    if (args.isEmpty())
        return usageError(ctx, metricsUsage, CliText::tr("missing subcommand"));
    const QString sub = args.first();
    auto a = parse(ctx, metricsUsage, args.mid(1),
                   {QStringLiteral("--url"), QStringLiteral("--cluster"), QStringLiteral("--auth"),
                    QStringLiteral("--user"), QStringLiteral("--ca"), QStringLiteral("--pin"),
                    QStringLiteral("--service"), QStringLiteral("--alertmanager")},
                   {QStringLiteral("--via-api-server"), QStringLiteral("--insecure"),
                    QStringLiteral("--secret-stdin")});
    if (!a)
        return ExitUsage;
    if (sub != QLatin1String("add") && sub != QLatin1String("edit") &&
        sub != QLatin1String("list") && sub != QLatin1String("test") &&
        sub != QLatin1String("remove"))
        return usageError(ctx, metricsUsage, CliText::tr("unknown subcommand %1").arg(sub));
    auto s = openSession(ctx);
    if (!s)
        return failure(ctx, s.error().message);
    int rc = ExitOk;
    if (sub == QLatin1String("add"))
        rc = metricsAdd(ctx, **s, *a);
    else if (sub == QLatin1String("edit"))
        rc = metricsEdit(ctx, **s, *a);
    else if (sub == QLatin1String("list"))
        rc = metricsList(ctx, **s, *a);
    else if (sub == QLatin1String("test"))
        rc = metricsTest(ctx, **s, *a);
    else
        rc = metricsRemove(ctx, **s, *a);
    (*s)->services.flush();
    return rc;
}

// ---- gpu ---------------------------------------------------------------------------------------

QJsonValue nullable(double v) {
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject labelsJson(const Labels& labels) {
    QJsonObject o;
    for (const auto& [k, v] : labels.items())
        o.insert(k, v);
    return o;
}

// A range query's series on its grid: every step is there, a missing or non-finite sample is
// null (JSON) or an empty cell (CSV); nothing is interpolated.
int printQuery(Context& ctx, bool csv, const QueryResult& r, const TimeWindow* grid) {
    if (r.type == ResultType::Matrix && grid) {
        QList<qint64> times;
        for (qint64 t = grid->startMs; t <= grid->endMs; t += grid->stepMs)
            times << t;
        QList<QHash<qint64, double>> values;
        for (const Series& s : r.matrix) {
            QHash<qint64, double> byTime;
            for (const Point& p : s.points)
                byTime.insert(p.timeMs, p.value);
            values << byTime;
        }
        if (csv) {
            QStringList header{QStringLiteral("time")};
            for (const Series& s : r.matrix)
                header << csvCell(s.labels.toString());
            ctx.out << header.join(QLatin1Char(',')) << '\n';
            for (qint64 t : times) {
                QStringList cells{isoTime(t)};
                for (const auto& byTime : values) {
                    const auto it = byTime.constFind(t);
                    cells << (it == byTime.cend() || !std::isfinite(*it)
                                  ? QString()
                                  : QString::number(*it, 'g', 12));
                }
                ctx.out << cells.join(QLatin1Char(',')) << '\n';
            }
            ctx.out.flush();
            return ExitOk;
        }
        QJsonArray series;
        for (qsizetype i = 0; i < r.matrix.size(); ++i) {
            QJsonArray points;
            for (qint64 t : times) {
                const auto it = values[i].constFind(t);
                points.append(QJsonObject{
                    {QStringLiteral("time"), isoTime(t)},
                    {QStringLiteral("value"),
                     it == values[i].cend() ? QJsonValue(QJsonValue::Null) : nullable(*it)}});
            }
            series.append(QJsonObject{{QStringLiteral("labels"), labelsJson(r.matrix[i].labels)},
                                      {QStringLiteral("points"), points}});
        }
        QJsonObject o{{QStringLiteral("resultType"), QStringLiteral("matrix")},
                      {QStringLiteral("start"), isoTime(grid->startMs)},
                      {QStringLiteral("end"), isoTime(grid->endMs)},
                      {QStringLiteral("step"), formatDuration(grid->stepMs)},
                      {QStringLiteral("series"), series}};
        if (!r.warnings.isEmpty())
            o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
        if (ctx.global.json) {
            ctx.printJson(o);
        } else {
            QJsonArray rows;
            for (const QJsonValue& s : series)
                for (const QJsonValue& p : s.toObject().value(QStringLiteral("points")).toArray())
                    rows.append(QJsonObject{
                        {QStringLiteral("series"),
                         s.toObject().value(QStringLiteral("labels")).toObject().isEmpty()
                             ? QStringLiteral("{}")
                             : QString::fromUtf8(
                                   QJsonDocument(
                                       s.toObject().value(QStringLiteral("labels")).toObject())
                                       .toJson(QJsonDocument::Compact))},
                        {QStringLiteral("time"), p.toObject().value(QStringLiteral("time"))},
                        {QStringLiteral("value"), p.toObject().value(QStringLiteral("value"))}});
            printRows(ctx, false, rows,
                      {QStringLiteral("series"), QStringLiteral("time"), QStringLiteral("value")});
        }
        return ExitOk;
    }
    QJsonArray rows;
    if (r.type == ResultType::Scalar)
        rows.append(QJsonObject{{QStringLiteral("labels"), QJsonObject{}},
                                {QStringLiteral("time"), isoTime(r.scalar.timeMs)},
                                {QStringLiteral("value"), nullable(r.scalar.value)}});
    for (const Sample& s : r.vector)
        rows.append(QJsonObject{{QStringLiteral("labels"), labelsJson(s.labels)},
                                {QStringLiteral("time"), isoTime(s.point.timeMs)},
                                {QStringLiteral("value"), nullable(s.point.value)}});
    if (ctx.global.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("resultType"), r.type == ResultType::Scalar
                                                                     ? QStringLiteral("scalar")
                                                                     : QStringLiteral("vector")},
                                  {QStringLiteral("series"), rows}});
        return ExitOk;
    }
    QJsonArray flat;
    for (const QJsonValue& v : rows) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("series"),
                 QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("labels")).toObject())
                                       .toJson(QJsonDocument::Compact)));
        flat.append(o);
    }
    printRows(ctx, csv, flat,
              {QStringLiteral("series"), QStringLiteral("time"), QStringLiteral("value")});
    return ExitOk;
}

std::optional<qint64> durationOption(Context& ctx, const Args& a, const char* name, bool required) {
    if (!a.has(name)) {
        if (required)
            usageError(ctx, gpuUsage, CliText::tr("--%1 is needed").arg(QLatin1String(name)));
        return std::nullopt;
    }
    auto ms = parseDuration(a.option(name));
    if (!ms || *ms <= 0) {
        usageError(ctx, gpuUsage,
                   CliText::tr("--%1 takes a duration such as 15m, 6h, 7d or 60s")
                       .arg(QLatin1String(name)));
        return std::nullopt;
    }
    return *ms;
}

int gpuFailure(Context& ctx, const PromError& e) {
    return failure(ctx, e.message);
}

int runGpu(Context& ctx, const QStringList& args) {
    if (args.isEmpty())
        return usageError(ctx, gpuUsage, CliText::tr("missing subcommand"));
    const QString sub = args.first();
    auto a = parse(ctx, gpuUsage, args.mid(1),
                   {QStringLiteral("--endpoint"), QStringLiteral("--range"), QStringLiteral("--by"),
                    QStringLiteral("--limit"), QStringLiteral("--step")},
                   {});
    if (!a)
        return ExitUsage;
    if (sub != QLatin1String("list") && sub != QLatin1String("top") &&
        sub != QLatin1String("health") && sub != QLatin1String("query"))
        return usageError(ctx, gpuUsage, CliText::tr("unknown subcommand %1").arg(sub));
    if (!a->has("endpoint"))
        return usageError(ctx, gpuUsage, CliText::tr("--endpoint NAME is needed"));
    if (sub == QLatin1String("query") ? a->positional.size() != 1 : !a->positional.isEmpty())
        return usageError(ctx, gpuUsage,
                          sub == QLatin1String("query")
                              ? CliText::tr("gpu query needs one PROMQL argument")
                              : CliText::tr("unexpected argument %1").arg(a->positional.first()));
    // Validate before opening anything.
    std::optional<qint64> rangeMs;
    std::optional<qint64> stepMs;
    std::optional<RankBy> by;
    int limit = 10;
    if (sub == QLatin1String("top") || sub == QLatin1String("health")) {
        rangeMs = durationOption(ctx, *a, "range", true);
        if (!rangeMs)
            return ExitUsage;
    }
    if (sub == QLatin1String("top")) {
        by = parseRankBy(a->option("by"));
        if (!by)
            return usageError(ctx, gpuUsage,
                              CliText::tr("--by is utilization, memory, temperature or power"));
        if (a->has("limit")) {
            bool ok = false;
            limit = a->option("limit").toInt(&ok);
            if (!ok || limit <= 0)
                return usageError(ctx, gpuUsage, CliText::tr("--limit takes a number > 0"));
        }
    }
    if (sub == QLatin1String("query")) {
        if (a->has("range") && !(rangeMs = durationOption(ctx, *a, "range", true)))
            return ExitUsage;
        if (a->has("step")) {
            if (!rangeMs)
                return usageError(ctx, gpuUsage, CliText::tr("--step needs --range"));
            if (!(stepMs = durationOption(ctx, *a, "step", true)))
                return ExitUsage;
        }
    }

    auto s = openSession(ctx);
    if (!s)
        return failure(ctx, s.error().message);
    Session& session = **s;
    const auto e = findEndpoint(ctx, session, a->option("endpoint"));
    if (!e)
        return ExitFailure;
    if (needsVault(*e) && !ensureUnlocked(ctx, session))
        return ExitFailure;
    QObject owner;
    auto client = session.endpoints->client(*e, &owner);
    if (!client)
        return failure(ctx, client.error().message);
    GpuMetrics gpu(*client);

    if (sub == QLatin1String("list")) {
        auto fleet =
            await<PromResult<Fleet>>([&](QObject* c, auto done) { gpu.fleet(c, std::move(done)); });
        if (!fleet)
            return gpuFailure(ctx, fleet.error());
        const QJsonObject o = gpuListJson(gpuListRows(*fleet));
        if (ctx.global.json)
            ctx.printJson(o);
        else
            printRows(ctx, a->csv, o.value(QStringLiteral("gpus")).toArray(),
                      {QStringLiteral("node"), QStringLiteral("gpu"), QStringLiteral("uuid"),
                       QStringLiteral("model"), QStringLiteral("migProfile"),
                       QStringLiteral("migInstance"), QStringLiteral("utilization"),
                       QStringLiteral("memoryUsedMiB"), QStringLiteral("memoryTotalMiB"),
                       QStringLiteral("temperatureC"), QStringLiteral("powerW"),
                       QStringLiteral("namespace"), QStringLiteral("pod")});
        return ExitOk;
    }
    if (sub == QLatin1String("top")) {
        auto ranked = await<PromResult<QList<RankedGpu>>>(
            [&](QObject* c, auto done) { gpu.top(*by, *rangeMs, limit, c, std::move(done)); });
        if (!ranked)
            return gpuFailure(ctx, ranked.error());
        const QJsonObject o = rankingJson(*by, *rangeMs, *ranked);
        if (ctx.global.json)
            ctx.printJson(o);
        else
            printRows(ctx, a->csv, o.value(QStringLiteral("gpus")).toArray(),
                      {QStringLiteral("node"), QStringLiteral("gpu"), QStringLiteral("migInstance"),
                       QStringLiteral("model"), QStringLiteral("namespace"), QStringLiteral("pod"),
                       QStringLiteral("value")});
        return ExitOk;
    }
    if (sub == QLatin1String("health")) {
        HealthRequest request;
        request.rangeMs = *rangeMs;
        auto report = await<PromResult<HealthReport>>(
            [&](QObject* c, auto done) { gpu.health(request, c, std::move(done)); });
        if (!report)
            return gpuFailure(ctx, report.error());
        const QJsonObject o = healthEventsJson(report->events);
        if (ctx.global.json)
            ctx.printJson(o);
        else
            printRows(ctx, a->csv, o.value(QStringLiteral("events")).toArray(),
                      {QStringLiteral("node"), QStringLiteral("gpu"), QStringLiteral("migInstance"),
                       QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("meaning"),
                       QStringLiteral("start"), QStringLiteral("end")});
        return ExitOk;
    }
    // query
    const QString expr = a->positional.first();
    if (!rangeMs) {
        auto r = await<PromResult<QueryResult>>([&](QObject* c, auto done) {
            (*client)->query(InstantQuery{expr}, c, std::move(done));
        });
        if (!r)
            return gpuFailure(ctx, r.error());
        return printQuery(ctx, a->csv, *r, nullptr);
    }
    const qint64 step = stepMs ? *stepMs : stepForWidth(*rangeMs, 500, 2.0, 15000);
    const TimeWindow grid = alignedWindow(QDateTime::currentMSecsSinceEpoch(), *rangeMs, step);
    auto r = await<PromResult<QueryResult>>([&](QObject* c, auto done) {
        (*client)->queryRange(RangeQuery{expr, grid.startMs, grid.endMs, grid.stepMs}, c,
                              std::move(done));
    });
    if (!r)
        return gpuFailure(ctx, r.error());
    return printQuery(ctx, a->csv, *r, &grid);
}

const CommandRegistration metricsRegistration{
    {QStringLiteral("metrics"),
     QT_TRANSLATE_NOOP("fd::cli", "Prometheus endpoints for GPU metrics (add, list, test, remove)"),
     metricsUsage, runMetrics}};

const CommandRegistration gpuRegistration{
    {QStringLiteral("gpu"),
     QT_TRANSLATE_NOOP("fd::cli", "GPU metrics from Prometheus (list, top, health, query)"),
     gpuUsage, runGpu}};

} // namespace
