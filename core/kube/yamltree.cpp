#include "kube/yamltree_p.h"

#include <yaml.h>

#include <QHash>

#include <memory>
#include <string_view>

namespace fd::kube::detail {

namespace {

const std::string kEmpty;

// Walks may visit this many nodes beyond twice the document's own (aliases expanded).
constexpr quint64 kMaxExpandedNodes = 1000000;
constexpr quint64 kSaturated = quint64(1) << 60;

quint64 saturatingAdd(quint64 a, quint64 b) {
    return a + b > kSaturated ? kSaturated : a + b;
}

YamlMark toMark(const yaml_mark_t& m) {
    return YamlMark{int(m.line), int(m.column)};
}

bool isNullScalar(const yaml_event_t& e) {
    const auto* tag = reinterpret_cast<const char*>(e.data.scalar.tag);
    if (tag && std::string_view(tag) == "tag:yaml.org,2002:null")
        return true;
    if (e.data.scalar.style != YAML_PLAIN_SCALAR_STYLE || tag)
        return false;
    const std::string_view v(reinterpret_cast<const char*>(e.data.scalar.value),
                             e.data.scalar.length);
    return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

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

} // namespace

bool YamlNode::isNull() const {
    return !m_d || m_d->kind == YamlNodeData::Kind::Null;
}

bool YamlNode::isScalar() const {
    return m_d && m_d->kind == YamlNodeData::Kind::Scalar;
}

bool YamlNode::isMap() const {
    return m_d && m_d->kind == YamlNodeData::Kind::Map;
}

bool YamlNode::isSequence() const {
    return m_d && m_d->kind == YamlNodeData::Kind::Sequence;
}

const std::string& YamlNode::scalar() const {
    return isScalar() ? m_d->scalar : kEmpty;
}

YamlMark YamlNode::mark() const {
    return m_d ? m_d->mark : YamlMark{};
}

std::vector<YamlNode> YamlNode::items() const {
    std::vector<YamlNode> out;
    if (isSequence()) {
        out.reserve(m_d->children.size());
        for (const YamlNodeData* c : m_d->children)
            out.emplace_back(c);
    }
    return out;
}

std::vector<std::pair<YamlNode, YamlNode>> YamlNode::pairs() const {
    std::vector<std::pair<YamlNode, YamlNode>> out;
    if (isMap()) {
        out.reserve(m_d->children.size() / 2);
        for (size_t i = 0; i + 1 < m_d->children.size(); i += 2)
            out.emplace_back(YamlNode(m_d->children[i]), YamlNode(m_d->children[i + 1]));
    }
    return out;
}

bool YamlNode::toBool(bool* ok) const {
    static const char* const kTrue[] = {"y",    "Y",    "yes", "Yes", "YES", "true",
                                        "True", "TRUE", "on",  "On",  "ON"};
    static const char* const kFalse[] = {"n",     "N",     "no",  "No",  "NO", "false",
                                         "False", "FALSE", "off", "Off", "OFF"};
    *ok = true;
    const std::string& s = scalar();
    for (const char* t : kTrue)
        if (s == t)
            return true;
    for (const char* f : kFalse)
        if (s == f)
            return false;
    *ok = false;
    return false;
}

bool YamlDocument::checkExpansion(YamlError* error) const {
    const quint64 own = quint64(m_nodes.size());
    if (!m_root || m_root->expanded <= kMaxExpandedNodes || m_root->expanded <= 2 * own)
        return true;
    error->problem = QStringLiteral("document contains excessive aliasing");
    error->mark = m_root->mark;
    return false;
}

bool YamlDocument::parse(const QByteArray& bytes, YamlError* error) {
    m_nodes.clear();
    m_root = nullptr;
    std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
    if (!yaml_parser_initialize(parser.get())) {
        delete parser.release();
        *error = YamlError{QStringLiteral("out of memory"), {}};
        return false;
    }
    yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(bytes.data()),
                                 size_t(bytes.size()));

    // Open collections; an anchor is known once its node is complete, so a node that refers
    // to itself is an undefined alias rather than a cycle.
    struct Open {
        YamlNodeData* node;
        std::string anchor;
    };
    std::vector<Open> stack;
    QHash<QByteArray, const YamlNodeData*> anchors;

    const auto attach = [&](const YamlNodeData* node) {
        if (stack.empty())
            m_root = node;
        else
            stack.back().node->children.push_back(node);
    };
    const auto anchorOf = [](const yaml_char_t* a) {
        return a ? std::string(reinterpret_cast<const char*>(a)) : std::string();
    };

    for (;;) {
        EventGuard g;
        if (!yaml_parser_parse(parser.get(), &g.event)) {
            error->problem = QString::fromUtf8(parser->problem ? parser->problem : "invalid YAML");
            error->mark = toMark(parser->problem_mark);
            if (parser->context && error->mark.isNull())
                error->mark = toMark(parser->context_mark);
            return false;
        }
        const yaml_event_t& e = g.event;
        switch (e.type) {
        case YAML_STREAM_END_EVENT:
            return checkExpansion(error);
        case YAML_DOCUMENT_START_EVENT:
            break;
        case YAML_DOCUMENT_END_EVENT:
            return checkExpansion(error); // the first document only
        case YAML_SCALAR_EVENT: {
            YamlNodeData& n = m_nodes.emplace_back();
            n.mark = toMark(e.start_mark);
            if (isNullScalar(e)) {
                n.kind = YamlNodeData::Kind::Null;
            } else {
                n.kind = YamlNodeData::Kind::Scalar;
                n.scalar.assign(reinterpret_cast<const char*>(e.data.scalar.value),
                                e.data.scalar.length);
            }
            if (e.data.scalar.anchor)
                anchors.insert(QByteArray(reinterpret_cast<const char*>(e.data.scalar.anchor)), &n);
            attach(&n);
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            YamlNodeData& n = m_nodes.emplace_back();
            n.mark = toMark(e.start_mark);
            const bool seq = e.type == YAML_SEQUENCE_START_EVENT;
            n.kind = seq ? YamlNodeData::Kind::Sequence : YamlNodeData::Kind::Map;
            attach(&n);
            stack.push_back(
                {&n, anchorOf(seq ? e.data.sequence_start.anchor : e.data.mapping_start.anchor)});
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            if (!stack.empty()) {
                YamlNodeData* done = stack.back().node;
                for (const YamlNodeData* c : done->children)
                    done->expanded = saturatingAdd(done->expanded, c->expanded);
                if (!stack.back().anchor.empty())
                    anchors.insert(QByteArray::fromStdString(stack.back().anchor),
                                   stack.back().node);
                stack.pop_back();
            }
            break;
        case YAML_ALIAS_EVENT: {
            const QByteArray name(reinterpret_cast<const char*>(e.data.alias.anchor));
            const YamlNodeData* target = anchors.value(name);
            if (!target) {
                error->problem =
                    QStringLiteral("found undefined alias \"%1\"").arg(QString::fromUtf8(name));
                error->mark = toMark(e.start_mark);
                return false;
            }
            attach(target);
            break;
        }
        case YAML_NO_EVENT:
        case YAML_STREAM_START_EVENT:
            break;
        }
    }
}

} // namespace fd::kube::detail
