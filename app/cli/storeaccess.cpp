#include "storeaccess.h"

#include "common/paths.h"
#include "store/store.h"

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
            ctx.err << "fleetdeck-cli: unknown option " << arg << "\n\n" << usage << '\n';
            ctx.err.flush();
            return std::nullopt;
        }
        if (arg.contains(QLatin1Char('='))) {
            parsed.options.insert(name, arg.section(QLatin1Char('='), 1));
        } else if (i + 1 < args.size()) {
            parsed.options.insert(name, args[++i]);
        } else {
            ctx.err << "fleetdeck-cli: " << name << " needs a value\n\n" << usage << '\n';
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
