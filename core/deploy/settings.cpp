#include "deploy/settings.h"

#include "deploy/deploytext.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace fd::deploy {

namespace {

QString number(double v) {
    // 0.9, 128, 1048576: ranges and values are human-sized numbers.
    return QString::number(v, 'g', 15);
}

Error invalid(const QString& fragment) {
    return fd::makeError(fd::ErrorKind::InvalidInput, fragment);
}

Error outOfRange(const SettingSpec& s, const QString& text) {
    if (s.min && s.max)
        return invalid(
            Text::tr("%1 is not between %2 and %3").arg(text, number(*s.min), number(*s.max)));
    if (s.min)
        return invalid(Text::tr("%1 is below the minimum %2").arg(text, number(*s.min)));
    return invalid(Text::tr("%1 is above the maximum %2").arg(text, number(*s.max)));
}

bool inRange(const SettingSpec& s, double v) {
    return (!s.min || v >= *s.min) && (!s.max || v <= *s.max);
}

} // namespace

fd::Result<QVariant> parseSettingValue(const SettingSpec& s, const QString& rawText) {
    const QString text = rawText.trimmed();
    switch (s.type) {
    case SettingType::Int: {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (!ok)
            return invalid(Text::tr("\"%1\" is not a whole number").arg(text));
        if (!inRange(s, double(v)))
            return outOfRange(s, text);
        return QVariant(v);
    }
    case SettingType::Float: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return invalid(Text::tr("\"%1\" is not a number").arg(text));
        if (!inRange(s, v))
            return outOfRange(s, text);
        return QVariant(v);
    }
    case SettingType::Bool: {
        const QString t = text.toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") ||
            t == QLatin1String("1"))
            return QVariant(true);
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") ||
            t == QLatin1String("0"))
            return QVariant(false);
        return invalid(Text::tr("\"%1\" is not true or false").arg(text));
    }
    case SettingType::Enum:
        if (!s.choices.contains(text))
            return invalid(Text::tr("\"%1\" is not one of %2")
                               .arg(text, s.choices.join(QStringLiteral(", "))));
        return QVariant(text);
    case SettingType::String:
        if (text.contains(QLatin1Char('\n')) || text.size() > 4096)
            return invalid(Text::tr("the value must be one line of at most 4096 characters"));
        if (!s.pattern.isEmpty() &&
            !QRegularExpression(QRegularExpression::anchoredPattern(s.pattern))
                 .match(text)
                 .hasMatch())
            return invalid(Text::tr("\"%1\" does not have the expected form").arg(text));
        return QVariant(text);
    case SettingType::Duration: {
        // Go's time.ParseDuration forms ("5m", "1h30m", "250ms"), or whole seconds; -1 or any
        // negative value means "forever" to Ollama.
        static const QRegularExpression re(
            QStringLiteral("^-?(?:(?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+|\\d+)$"));
        if (!re.match(text).hasMatch())
            return invalid(
                Text::tr("\"%1\" is not a duration such as 30s, 5m, 1h or -1").arg(text));
        return QVariant(text);
    }
    }
    return invalid(Text::tr("unsupported setting type"));
}

QString settingValueText(const SettingSpec& s, const QVariant& value) {
    switch (s.type) {
    case SettingType::Int:
        return QString::number(value.toLongLong());
    case SettingType::Float:
        return number(value.toDouble());
    case SettingType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

fd::Result<std::pair<QString, QString>> parseSetArgument(const QString& argument) {
    const qsizetype eq = argument.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             Text::tr("\"%1\" is not a setting; write it as key=value, for example "
                                      "maxModelLen=8192.")
                                 .arg(argument));
    return std::make_pair(argument.left(eq).trimmed(), argument.mid(eq + 1));
}

fd::Result<QMap<QString, QVariant>> resolveSettings(const RuntimeSpec& runtime,
                                                    const QMap<QString, QString>& overrides) {
    QMap<QString, QVariant> out;
    for (const SettingSpec& s : runtime.settings)
        if (s.defaultValue.isValid())
            out.insert(s.key, s.defaultValue);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const SettingSpec* s = runtime.setting(it.key());
        if (!s) {
            QStringList keys;
            for (const SettingSpec& known : runtime.settings)
                keys << known.key;
            return fd::makeError(
                fd::ErrorKind::InvalidInput,
                Text::tr("%1 has no setting \"%2\"; its settings are: %3.")
                    .arg(runtime.name.text(), it.key(),
                         keys.isEmpty() ? Text::tr("none") : keys.join(QStringLiteral(", "))));
        }
        if (it.value().trimmed().isEmpty()) {
            out.remove(s->key);
            continue;
        }
        auto value = parseSettingValue(*s, it.value());
        if (!value)
            return fd::makeError(
                fd::ErrorKind::InvalidInput,
                Text::tr("The setting %1 (%2): %3. Change the value and try again.")
                    .arg(s->key, s->label.text(), value.error().message));
        out.insert(s->key, *value);
    }
    return out;
}

} // namespace fd::deploy
