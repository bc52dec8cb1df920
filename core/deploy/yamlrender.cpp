#include "deploy/yamlrender.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace fd::deploy {

namespace {

void emitValue(const QJsonValue& v, int indent, QString& out);

QString quoted(const QString& s) {
    // A JSON string is a valid YAML double-quoted scalar (same escapes, UTF-8 kept).
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

bool isSpecialWord(const QString& s) {
    // Null and the YAML 1.1 booleans (go-yaml v2 and yaml-cpp still read "yes" and "on").
    static const char* const kWords[] = {"~",    "null", "Null", "NULL",  "y",     "Y",     "yes",
                                         "Yes",  "YES",  "n",    "N",     "no",    "No",    "NO",
                                         "true", "True", "TRUE", "false", "False", "FALSE", "on",
                                         "On",   "ON",   "off",  "Off",   "OFF",   "<<",    "="};
    for (const char* w : kWords)
        if (s == QLatin1String(w))
            return true;
    return false;
}

// A literal block keeps the script readable; only for text it can hold exactly.
bool fitsLiteralBlock(const QString& s) {
    if (!s.contains(QLatin1Char('\n')) || s.startsWith(QLatin1Char(' ')) ||
        s.startsWith(QLatin1Char('\n')))
        return false;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\n') || u == 0x7f || u == 0xfeff || c.isSurrogate())
            return false;
    }
    return true;
}

void emitString(const QString& s, int indent, QString& out) {
    if (fitsLiteralBlock(s)) {
        qsizetype trailing = 0;
        while (trailing < s.size() && s[s.size() - 1 - trailing] == QLatin1Char('\n'))
            ++trailing;
        out += trailing == 0   ? QStringLiteral("|-")
               : trailing == 1 ? QStringLiteral("|")
                               : QStringLiteral("|+");
        const QString body = s.left(s.size() - trailing);
        const QString pad(indent, QLatin1Char(' '));
        for (const QString& line : body.split(QLatin1Char('\n'))) {
            out += QLatin1Char('\n');
            if (!line.isEmpty())
                out += pad + line;
        }
        for (qsizetype i = 1; i < trailing; ++i)
            out += QLatin1Char('\n');
        return;
    }
    out += isPlainSafe(s) ? s : quoted(s);
}

QString number(double d) {
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

void emitScalar(const QJsonValue& v, int indent, QString& out) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += QStringLiteral("null");
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Double:
        out += number(v.toDouble());
        break;
    case QJsonValue::String:
        emitString(v.toString(), indent, out);
        break;
    default:
        break;
    }
}

bool isEmptyCollection(const QJsonValue& v) {
    return (v.isObject() && v.toObject().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
}

void emitMap(const QJsonObject& o, int indent, QString& out, bool firstInline) {
    const QString pad(indent, QLatin1Char(' '));
    bool first = true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!(first && firstInline))
            out += pad;
        first = false;
        out += (isPlainSafe(it.key()) ? it.key() : quoted(it.key())) + QLatin1Char(':');
        const QJsonValue v = it.value();
        if (isEmptyCollection(v)) {
            out += v.isObject() ? QStringLiteral(" {}\n") : QStringLiteral(" []\n");
        } else if (v.isObject()) {
            out += QLatin1Char('\n');
            emitMap(v.toObject(), indent + 2, out, false);
        } else if (v.isArray()) {
            out += QLatin1Char('\n');
            emitValue(v, indent, out); // kubectl style: "- " at the key's indentation
        } else {
            out += QLatin1Char(' ');
            emitScalar(v, indent + 2, out);
            out += QLatin1Char('\n');
        }
    }
}

void emitList(const QJsonArray& a, int indent, QString& out) {
    const QString pad(indent, QLatin1Char(' '));
    for (const QJsonValue& v : a) {
        out += pad + QStringLiteral("- ");
        if (isEmptyCollection(v)) {
            out += v.isObject() ? QStringLiteral("{}\n") : QStringLiteral("[]\n");
        } else if (v.isObject()) {
            emitMap(v.toObject(), indent + 2, out, true);
        } else if (v.isArray()) {
            out += QLatin1Char('\n');
            emitList(v.toArray(), indent + 2, out);
        } else {
            emitScalar(v, indent + 2, out);
            out += QLatin1Char('\n');
        }
    }
}

void emitValue(const QJsonValue& v, int indent, QString& out) {
    if (v.isObject())
        emitMap(v.toObject(), indent, out, false);
    else if (v.isArray())
        emitList(v.toArray(), indent, out);
}

} // namespace

bool isPlainSafe(const QString& s) {
    if (s.isEmpty() || s.size() > 1024 || isSpecialWord(s))
        return false;
    const QChar first = s.front();
    // Anything that may read as a number (1, -1, .5, +3, 0x1F, 1e3, 1_000, 1:20, .inf) or a
    // date. A digit-first word with a unit ("10Gi", "24h", "1g.10gb") is none of those.
    if (first.isDigit()) {
        bool unitLetter = false;
        for (const QChar c : s)
            unitLetter |= c.isLetter() && c != QLatin1Char('e') && c != QLatin1Char('E');
        const QString head = s.left(2).toLower();
        if (!unitLetter || s.contains(QLatin1Char(':')) || head == QLatin1String("0x") ||
            head == QLatin1String("0o") || head == QLatin1String("0b"))
            return false;
    }
    if (first == QLatin1Char('.') || first == QLatin1Char('+'))
        return false;
    // Indicators that start YAML syntax rather than text.
    if (first == QLatin1Char('@') || first == QLatin1Char(':') || first == QLatin1Char('=') ||
        first == QLatin1Char('('))
        return false;
    if (first == QLatin1Char('-') &&
        (s.size() == 1 || s[1].isDigit() || s[1] == QLatin1Char('.') || s[1] == QLatin1Char(' ') ||
         s.startsWith(QLatin1String("---"))))
        return false;
    if (s.back() == QLatin1Char(' ') || s.back() == QLatin1Char(':') || first == QLatin1Char(' '))
        return false;
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")))
        return false;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.' || u == '/' ||
                        u == ':' || u == '=' || u == '@' || u == '+' || u == ' ' || u == '(' ||
                        u == ')';
        if (!ok)
            return false;
    }
    return true;
}

QString toYaml(const QJsonObject& object) {
    QString out;
    emitMap(object, 0, out, false);
    return out;
}

QString toYamlDocuments(const QList<QJsonObject>& objects) {
    QString out;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i > 0)
            out += QStringLiteral("---\n");
        out += toYaml(objects[i]);
    }
    return out;
}

} // namespace fd::deploy
