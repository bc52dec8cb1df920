#include "deploy/template.h"

#include "deploy/deploytext.h"

namespace fd::deploy {

const QStringList& templatePlaceholders() {
    static const QStringList names{QStringLiteral("port"), QStringLiteral("model"),
                                   QStringLiteral("modelStore"), QStringLiteral("name")};
    return names;
}

const QStringList& scriptPlaceholders() {
    static const QStringList names{QStringLiteral("port"), QStringLiteral("modelStore")};
    return names;
}

namespace {

// Calls fn(start, end, key) for each "{{ key }}"; returns false on "{{" without "}}".
template <typename Fn> bool forEachPlaceholder(const QString& text, Fn fn) {
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            return true;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return false;
        fn(open, close + 2, text.mid(open + 2, close - open - 2).trimmed());
        from = close + 2;
    }
}

} // namespace

QString checkTemplate(const QString& text, const QStringList& allowed) {
    QString problem;
    const bool balanced = forEachPlaceholder(text, [&](qsizetype, qsizetype, const QString& key) {
        if (problem.isEmpty() && !allowed.contains(key))
            problem = Text::tr("unknown placeholder \"{{%1}}\" (allowed here: %2)")
                          .arg(key, allowed.join(QStringLiteral(", ")));
    });
    if (!balanced)
        return Text::tr("\"{{\" without a closing \"}}\"");
    return problem;
}

QString expandTemplate(const QString& text, const QMap<QString, QString>& values) {
    if (!text.contains(QLatin1String("{{")))
        return text;
    QString out;
    qsizetype copied = 0;
    forEachPlaceholder(text, [&](qsizetype start, qsizetype end, const QString& key) {
        const auto it = values.constFind(key);
        if (it == values.constEnd())
            return;
        out += QStringView(text).mid(copied, start - copied);
        out += *it;
        copied = end;
    });
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace fd::deploy
