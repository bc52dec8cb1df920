#include "metrics/exposition.h"

#include "metrics/promdecode.h"

#include <limits>

namespace fd::metrics {

namespace {

bool isNameStart(QChar c) {
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char(':');
}

bool isNameChar(QChar c) {
    return isNameStart(c) || c.isDigit();
}

// Parses `{name="value", …}` starting at text[*pos] == '{'; false on a syntax error.
bool parseLabels(const QString& text, qsizetype* pos, Labels* labels) {
    qsizetype i = *pos + 1;
    const qsizetype n = text.size();
    auto skipSpaces = [&] {
        while (i < n && (text[i] == QLatin1Char(' ') || text[i] == QLatin1Char('\t')))
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i < n && text[i] == QLatin1Char('}')) {
            *pos = i + 1;
            return true;
        }
        const qsizetype nameStart = i;
        while (i < n && isNameChar(text[i]))
            ++i;
        if (i == nameStart)
            return false;
        const QString name = text.mid(nameStart, i - nameStart);
        skipSpaces();
        if (i >= n || text[i] != QLatin1Char('='))
            return false;
        ++i;
        skipSpaces();
        if (i >= n || text[i] != QLatin1Char('"'))
            return false;
        ++i;
        QString value;
        while (i < n && text[i] != QLatin1Char('"')) {
            if (text[i] == QLatin1Char('\\') && i + 1 < n) {
                const QChar e = text[i + 1];
                value += e == QLatin1Char('n') ? QLatin1Char('\n') : e;
                i += 2;
                continue;
            }
            value += text[i++];
        }
        if (i >= n)
            return false;
        ++i; // closing quote
        labels->insert(name, value);
        skipSpaces();
        if (i < n && text[i] == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (i < n && text[i] == QLatin1Char('}')) {
            *pos = i + 1;
            return true;
        }
        return false;
    }
}

} // namespace

Exposition parseExposition(QByteArrayView bytes) {
    Exposition out;
    const QString all = QString::fromUtf8(bytes);
    const QStringList lines = all.split(QLatin1Char('\n'));
    for (qsizetype ln = 0; ln < lines.size(); ++ln) {
        QString line = lines[ln];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed == QLatin1String("..."))
            continue;
        const int lineNo = int(ln + 1);
        if (trimmed.startsWith(QLatin1Char('#'))) {
            const QStringList parts = trimmed.mid(1).trimmed().split(QLatin1Char(' '));
            if (parts.size() >= 2 && parts[0] == QLatin1String("HELP"))
                out.help.insert(parts[1], parts.mid(2).join(QLatin1Char(' ')));
            else if (parts.size() >= 3 && parts[0] == QLatin1String("TYPE"))
                out.type.insert(parts[1], parts[2]);
            continue; // other comments (# NOTE, # Source) carry nothing for us
        }
        qsizetype i = 0;
        while (i < trimmed.size() && isNameChar(trimmed[i]))
            ++i;
        if (i == 0 || !isNameStart(trimmed[0])) {
            out.problems << QStringLiteral("line %1: no metric name").arg(lineNo);
            continue;
        }
        ExpositionSample s;
        s.line = lineNo;
        s.labels.insert(QStringLiteral("__name__"), trimmed.left(i));
        if (i < trimmed.size() && trimmed[i] == QLatin1Char('{') &&
            !parseLabels(trimmed, &i, &s.labels)) {
            out.problems << QStringLiteral("line %1: malformed labels").arg(lineNo);
            continue;
        }
        const QString rest = trimmed.mid(i).trimmed();
        if (rest.isEmpty()) {
            out.problems << QStringLiteral("line %1: no value").arg(lineNo);
            continue;
        }
        // "value [timestamp]"; anything else is a non-numeric value kept as text.
        const QStringList fields = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString valueText = rest;
        if (fields.size() == 2) {
            bool okTs = false;
            const qint64 ts = fields[1].toLongLong(&okTs);
            if (okTs && parseSampleValue(fields[0].toLatin1())) {
                valueText = fields[0];
                s.timestampMs = ts;
            }
        } else if (fields.size() == 1) {
            valueText = fields[0];
        }
        s.rawValue = valueText;
        if (const auto v = parseSampleValue(valueText.toLatin1())) {
            s.value = *v;
            s.numeric = true;
        } else {
            s.value = std::numeric_limits<double>::quiet_NaN();
        }
        out.samples.append(std::move(s));
    }
    return out;
}

} // namespace fd::metrics
