#include "policy/yamldoc.h"

#include <yaml.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace fd::policy::yaml {

namespace {

// Deeper nesting than any policy or CRD needs; bounds the recursion of every walk over a tree.
constexpr int kMaxDepth = 128;

struct ParserDeleter {
    void operator()(yaml_parser_t* p) const {
        yaml_parser_delete(p);
        delete p;
    }
};

struct EventGuard {
    yaml_event_t event{};
    ~EventGuard() { yaml_event_delete(&event); }
};

fd::Error syntaxError(int line, int column, const QString& problem) {
    return fd::makeError(fd::ErrorKind::InvalidInput,
                         QCoreApplication::translate("fd::policy",
                                                     "Line %1, column %2 is not valid YAML (%3); "
                                                     "correct the file and try again.")
                             .arg(line)
                             .arg(column)
                             .arg(problem));
}

bool isNullWord(const QString& s) {
    return s.isEmpty() || s == u"~" || s == u"null" || s == u"Null" || s == u"NULL";
}

// YAML 1.1 booleans (go-yaml v2, which sigs.k8s.io/yaml and so kubectl use) and 1.2's.
int boolWord(const QString& s) {
    static const char* const kTrue[] = {"y",    "Y",    "yes", "Yes", "YES", "true",
                                        "True", "TRUE", "on",  "On",  "ON"};
    static const char* const kFalse[] = {"n",     "N",     "no",  "No",  "NO", "false",
                                         "False", "FALSE", "off", "Off", "OFF"};
    for (const char* t : kTrue)
        if (s == QLatin1String(t))
            return 1;
    for (const char* f : kFalse)
        if (s == QLatin1String(f))
            return 0;
    return -1;
}

const QRegularExpression& numberLike() {
    // Integers (decimal, 0x, 0o, 0b, YAML 1.1 octal, underscores), floats with optional
    // exponent, YAML 1.1 sexagesimal numbers, .inf and .nan.
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+))"
                       R"(|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)"
                       R"(|[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?)"
                       R"(|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$)"));
    return re;
}

const QRegularExpression& timestampLike() {
    static const QRegularExpression re(QStringLiteral(R"(^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})"));
    return re;
}

QJsonValue plainNumber(const QString& s) {
    QString t = s;
    t.remove(u'_');
    bool ok = false;
    if (t.startsWith(u"0x") || t.startsWith(u"-0x") || t.startsWith(u"+0x")) {
        const bool neg = t.startsWith(u'-');
        const qlonglong v = t.mid(t.indexOf(u'x') + 1).toLongLong(&ok, 16);
        if (ok)
            return double(neg ? -v : v);
    }
    const double d = t.toDouble(&ok);
    if (ok && std::isfinite(d))
        return d;
    return s; // octal, sexagesimal, inf/nan: rare in our inputs; keep the text
}

} // namespace

const Node* Node::get(QStringView key) const {
    const Node* found = nullptr;
    for (const auto& [k, v] : entries)
        if (k->isScalar() && k->scalar == key)
            found = v;
    return found;
}

QJsonValue Node::toJson() const {
    switch (kind) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Scalar: {
        if (!plain)
            return scalar;
        if (const int b = boolWord(scalar); b >= 0)
            return b == 1;
        if (numberLike().match(scalar).hasMatch())
            return plainNumber(scalar);
        return scalar;
    }
    case Kind::Sequence: {
        QJsonArray a;
        for (const Node* n : items)
            a.append(n->toJson());
        return a;
    }
    case Kind::Map: {
        QJsonObject o;
        for (const auto& [k, v] : entries)
            o.insert(k->isScalar() ? k->scalar : QString(), v->toJson());
        return o;
    }
    }
    return {};
}

Node* Document::make() {
    return &m_nodes.emplace_back();
}

fd::Result<std::shared_ptr<Document>> Document::parse(const QByteArray& bytes) {
    auto doc = std::make_shared<Document>();
    std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
    if (!yaml_parser_initialize(parser.get())) {
        delete parser.release();
        return fd::makeError(fd::ErrorKind::Internal,
                             QCoreApplication::translate("fd::policy", "Out of memory."));
    }
    yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(bytes.data()),
                                 size_t(bytes.size()));
    std::vector<Node*> stack;
    bool pendingKey = false; // in a map: the next node is a key
    std::vector<bool> keyState;

    const auto attach = [&](Node* n) {
        if (stack.empty()) {
            doc->m_roots.push_back(n);
            return;
        }
        Node* parent = stack.back();
        if (parent->isSequence()) {
            parent->items.push_back(n);
        } else if (pendingKey) {
            parent->entries.emplace_back(n, nullptr);
            pendingKey = false;
        } else {
            parent->entries.back().second = n;
            pendingKey = true;
        }
    };

    for (;;) {
        EventGuard g;
        if (!yaml_parser_parse(parser.get(), &g.event)) {
            const yaml_mark_t mark = parser->problem_mark;
            return syntaxError(
                int(mark.line) + 1, int(mark.column) + 1,
                QString::fromUtf8(parser->problem ? parser->problem : "invalid YAML"));
        }
        const yaml_event_t& e = g.event;
        const int line = int(e.start_mark.line) + 1;
        const int column = int(e.start_mark.column) + 1;
        switch (e.type) {
        case YAML_STREAM_END_EVENT:
            return doc;
        case YAML_DOCUMENT_START_EVENT:
        case YAML_DOCUMENT_END_EVENT:
        case YAML_STREAM_START_EVENT:
        case YAML_NO_EVENT:
            break;
        case YAML_ALIAS_EVENT:
            return fd::makeError(fd::ErrorKind::InvalidInput,
                                 QCoreApplication::translate(
                                     "fd::policy", "Line %1 uses a YAML alias, which policy files "
                                                   "do not support; write the value out instead.")
                                     .arg(line));
        case YAML_SCALAR_EVENT: {
            Node* n = doc->make();
            n->line = line;
            n->column = column;
            n->scalar = QString::fromUtf8(reinterpret_cast<const char*>(e.data.scalar.value),
                                          qsizetype(e.data.scalar.length));
            n->plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !e.data.scalar.tag;
            const auto* tag = reinterpret_cast<const char*>(e.data.scalar.tag);
            const bool nullTag = tag && qstrcmp(tag, "tag:yaml.org,2002:null") == 0;
            n->kind = (nullTag || (n->plain && isNullWord(n->scalar))) ? Node::Kind::Null
                                                                       : Node::Kind::Scalar;
            attach(n);
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            if (int(stack.size()) >= kMaxDepth)
                return syntaxError(line, column,
                                   QStringLiteral("nested deeper than %1 levels").arg(kMaxDepth));
            Node* n = doc->make();
            n->line = line;
            n->column = column;
            n->kind = e.type == YAML_SEQUENCE_START_EVENT ? Node::Kind::Sequence : Node::Kind::Map;
            attach(n);
            keyState.push_back(pendingKey);
            stack.push_back(n);
            pendingKey = n->isMap();
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            if (!stack.empty()) {
                stack.pop_back();
                pendingKey = keyState.back();
                keyState.pop_back();
            }
            break;
        }
    }
}

const Node* Document::adopt(const QJsonValue& value) {
    Node* n = make();
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        n->kind = Node::Kind::Null;
        break;
    case QJsonValue::Bool:
        n->kind = Node::Kind::Scalar;
        n->scalar = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Double: {
        n->kind = Node::Kind::Scalar;
        const double d = value.toDouble();
        n->scalar = (std::floor(d) == d && std::fabs(d) < 1e15) ? QString::number(qint64(d))
                                                                : QString::number(d, 'g', 17);
        break;
    }
    case QJsonValue::String:
        n->kind = Node::Kind::Scalar;
        n->scalar = value.toString();
        n->plain = false;
        break;
    case QJsonValue::Array:
        n->kind = Node::Kind::Sequence;
        for (const QJsonValue& v : value.toArray())
            n->items.push_back(adopt(v));
        break;
    case QJsonValue::Object: {
        n->kind = Node::Kind::Map;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            Node* k = make();
            k->kind = Node::Kind::Scalar;
            k->scalar = it.key();
            k->plain = false;
            n->entries.emplace_back(k, adopt(it.value()));
        }
        break;
    }
    }
    return n;
}

std::shared_ptr<Document> Document::fromJson(const QJsonValue& value) {
    auto doc = std::make_shared<Document>();
    doc->m_roots.push_back(doc->adopt(value));
    return doc;
}

bool scalarNeedsQuotes(const QString& text) {
    return isNullWord(text) || boolWord(text) >= 0 || numberLike().match(text).hasMatch() ||
           timestampLike().match(text).hasMatch();
}

} // namespace fd::policy::yaml
