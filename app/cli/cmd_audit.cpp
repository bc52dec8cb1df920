// `fleetdeck-cli audit list|export`: read the audit log, filter it, export it as CSV.
#include "commandregistry.h"
#include "storeaccess.h"

#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace fd::cli {
namespace {

QString usageText() {
    return CliText::tr(
        "Usage: fleetdeck-cli audit list [--text T] [--since ISO] [--until ISO] [--limit N] "
        "[--json]\n"
        "       fleetdeck-cli audit export FILE.csv [--text T] [--since ISO] [--until ISO] "
        "[--limit N]\n\n"
        "Lists the audit log newest first, or writes it to FILE.csv (UTF-8, RFC 4180; cells that\n"
        "a spreadsheet would run as a formula are prefixed with an apostrophe).\n"
        "  --text T      entries whose action, target, result or detail contain T (any case)\n"
        "  --since ISO   entries at or after this time (e.g. 2026-11-23 or 2026-11-23T09:00:00Z)\n"
        "  --until ISO   entries at or before this time\n"
        "  --limit N     at most N entries (default 5000; 0 = all)");
}

std::optional<fd::store::AuditQuery> buildQuery(Context& ctx, const ParsedArgs& parsed) {
    fd::store::AuditQuery query;
    query.text = parsed.options.value(QStringLiteral("--text"));
    for (const auto& [name, field] : {std::pair{QStringLiteral("--since"), &query.from},
                                      std::pair{QStringLiteral("--until"), &query.to}}) {
        if (!parsed.options.contains(name))
            continue;
        *field = parseIsoTime(parsed.options.value(name));
        if (!field->isValid()) {
            ctx.err << "fleetdeck-cli: "
                    << CliText::tr("%1 needs an ISO 8601 date or time, not %2")
                           .arg(name, parsed.options.value(name))
                    << "\n\n"
                    << usageText() << '\n';
            return std::nullopt;
        }
    }
    if (parsed.options.contains(QStringLiteral("--limit"))) {
        bool ok = false;
        query.limit = parsed.options.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || query.limit < 0) {
            ctx.err << "fleetdeck-cli: "
                    << CliText::tr("--limit needs a number of entries (0 = all)") << "\n\n"
                    << usageText() << '\n';
            return std::nullopt;
        }
    }
    return query;
}

QJsonObject toJson(const fd::store::AuditEntry& e) {
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("target"), e.target},
            {QStringLiteral("result"), e.result},
            {QStringLiteral("detail"), e.detail}};
}

int run(Context& ctx, const QStringList& args) {
    auto parsed = parseArgs(ctx, args,
                            {QStringLiteral("--text"), QStringLiteral("--since"),
                             QStringLiteral("--until"), QStringLiteral("--limit")},
                            usageText());
    if (!parsed)
        return ExitUsage;
    const QString sub = parsed->positional.value(0);
    const bool isList = sub == QLatin1String("list") && parsed->positional.size() == 1;
    const bool isExport = sub == QLatin1String("export") && parsed->positional.size() == 2;
    if (!isList && !isExport) {
        ctx.err << "fleetdeck-cli: " << CliText::tr("audit: expected list, or export FILE.csv")
                << "\n\n"
                << usageText() << '\n';
        return ExitUsage;
    }
    const auto query = buildQuery(ctx, *parsed);
    if (!query)
        return ExitUsage;
    auto store = openStore(ctx);
    if (!store)
        return ExitFailure;
    auto entries = store->audit(*query);
    if (!entries) {
        ctx.err << "fleetdeck-cli: " << entries.error().message << '\n';
        return ExitFailure;
    }

    if (isExport) {
        const QString path = parsed->positional.at(1);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(fd::store::auditToCsv(*entries)) < 0 ||
            !file.commit()) {
            ctx.err << "fleetdeck-cli: "
                    << CliText::tr("could not write %1: %2").arg(path, file.errorString()) << '\n';
            return ExitFailure;
        }
        if (ctx.global.json)
            ctx.printJson(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("entries"), int(entries->size())}});
        else
            ctx.out << CliText::tr("Wrote %1 audit entries to %2").arg(entries->size()).arg(path)
                    << '\n';
        ctx.out.flush();
        return ExitOk;
    }

    if (ctx.global.json) {
        QJsonArray array;
        for (const auto& e : std::as_const(*entries))
            array.append(toJson(e));
        ctx.printJson(array);
        return ExitOk;
    }
    if (entries->isEmpty())
        ctx.out << CliText::tr("No audit entries match.") << '\n';
    for (const auto& e : std::as_const(*entries)) {
        ctx.out << e.time.toString(Qt::ISODateWithMs) << "  " << e.action << "  " << e.target
                << "  " << e.result;
        if (!e.detail.isEmpty())
            ctx.out << "  " << QString(e.detail).replace(QLatin1Char('\n'), QLatin1Char(' '));
        ctx.out << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

static CommandRegistration reg{{QStringLiteral("audit"),
                                QT_TRANSLATE_NOOP("fd::cli", "List or export the audit log"),
                                usageText, run}};

} // namespace
} // namespace fd::cli
