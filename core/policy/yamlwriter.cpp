#include "policy/yamlwriter.h"

#include "policy/yamldoc.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace fd::policy::yaml {

namespace {

bool plainSafe(const QString& s) {
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace() || s.endsWith(u':'))
        return false;
    static const QString kBadFirst = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (kBadFirst.contains(s.front()))
        return false;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'{' || c == u'}' || c == u'[' ||
            c == u']' || c == u'"' || c == u'\\')
            return false;
        if (c.category() == QChar::Other_Format || c.category() == QChar::Other_NotAssigned ||
            c.category() == QChar::Other_Surrogate || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            return false;
    }
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")))
        return false;
    return !scalarNeedsQuotes(s);
}

QString quoted(const QString& s) {
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format ||
                c.category() == QChar::Separator_Line ||
                c.category() == QChar::Separator_Paragraph || c.isSurrogate())
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString number(double d) {
    if (std::floor(d) == d && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

class Writer {
public:
    explicit Writer(const WriteOptions& o)
        : m_options(o) {}

    QString out;

    QStringList orderedKeys(const QJsonObject& o) const {
        QStringList keys = o.keys(); // sorted
        QStringList result;
        for (const QString& k : m_options.keyOrder)
            if (o.contains(k))
                result.append(k);
        for (const QString& k : keys)
            if (!result.contains(k))
                result.append(k);
        return result;
    }

    static bool isCollection(const QJsonValue& v) {
        return (v.isObject() && !v.toObject().isEmpty()) || (v.isArray() && !v.toArray().isEmpty());
    }

    static QString inlineScalar(const QJsonValue& v) {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return number(v.toDouble());
        case QJsonValue::String:
            return scalarText(v.toString());
        case QJsonValue::Array:
            return QStringLiteral("[]");
        case QJsonValue::Object:
            return QStringLiteral("{}");
        }
        return {};
    }

    // Writes the entries of a map; the first line continues the current one (after "- ").
    void map(const QJsonObject& o, int indent, bool continuesLine) {
        bool first = true;
        for (const QString& key : orderedKeys(o)) {
            if (!(first && continuesLine))
                out += QString(indent, u' ');
            first = false;
            out += scalarText(key);
            out += u':';
            value(o.value(key), indent);
        }
    }

    // Writes the value after "key:" (a space and a scalar, or a nested block).
    void value(const QJsonValue& v, int indent) {
        if (!isCollection(v)) {
            out += u' ';
            out += inlineScalar(v);
            out += u'\n';
            return;
        }
        out += u'\n';
        if (v.isObject())
            map(v.toObject(), indent + 2, false);
        else
            sequence(v.toArray(), indent + 2);
    }

    void sequence(const QJsonArray& a, int indent) {
        for (const QJsonValue& item : a) {
            out += QString(indent, u' ');
            if (item.isArray() && !item.toArray().isEmpty()) {
                out += QLatin1String("-\n");
                sequence(item.toArray(), indent + 2);
                continue;
            }
            out += QLatin1String("- ");
            if (item.isObject() && !item.toObject().isEmpty()) {
                map(item.toObject(), indent + 2, true);
            } else {
                out += inlineScalar(item);
                out += u'\n';
            }
        }
    }

    void top(const QJsonValue& v) {
        if (v.isObject() && !v.toObject().isEmpty())
            map(v.toObject(), 0, false);
        else if (v.isArray() && !v.toArray().isEmpty())
            sequence(v.toArray(), 0);
        else
            out += inlineScalar(v) + u'\n';
    }

private:
    const WriteOptions& m_options;
};

} // namespace

QString scalarText(const QString& text) {
    return plainSafe(text) ? text : quoted(text);
}

QByteArray write(const QJsonValue& value, const WriteOptions& options) {
    Writer w(options);
    w.top(value);
    return w.out.toUtf8();
}

QByteArray writeDocuments(const QList<QJsonObject>& documents, const WriteOptions& options) {
    QByteArray out;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i > 0)
            out += "---\n";
        out += write(documents[i], options);
    }
    return out;
}

} // namespace fd::policy::yaml
