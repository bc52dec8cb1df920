// Splits a Kubernetes list body into its items without building a document of the whole list,
// so each item can be parsed and decoded on its own (in parallel, with a small transient
// footprint). The scan checks the structure only as far as it needs to; each item is still fully
// parsed. Anything unusual (duplicate keys, unbalanced brackets, trailing bytes) makes the scan
// give up, and the caller falls back to parsing the whole body.
#include "kube/kubedecode.h"

#include <QJsonDocument>

#include <cstring>

namespace fd::kube::detail {

namespace {

class Scanner {
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size()) {}

    const char* pos() const { return m_p; }
    bool atEnd() const { return m_p >= m_end; }

    void skipWs() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool eat(char c) {
        skipWs();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c) {
        skipWs();
        return m_p < m_end && *m_p == c;
    }

    // At an opening quote: moves past the closing one.
    bool skipString() {
        ++m_p;
        for (;;) {
            const void* q = std::memchr(m_p, '"', size_t(m_end - m_p));
            if (!q)
                return false;
            const char* quote = static_cast<const char*>(q);
            const char* b = quote;
            while (b > m_p && b[-1] == '\\')
                --b;
            m_p = quote + 1;
            if ((quote - b) % 2 == 0) // not escaped
                return true;
        }
    }

    // Any JSON value; brackets are balanced by count (the item parser checks the rest).
    bool skipValue() {
        skipWs();
        if (m_p >= m_end)
            return false;
        const char c = *m_p;
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_p < m_end) {
                const char d = *m_p;
                if (d == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++m_p;
                        return true;
                    }
                }
                ++m_p;
            }
            return false;
        }
        const char* start = m_p;
        while (m_p < m_end && !std::strchr(",}] \t\r\n", *m_p))
            ++m_p;
        return m_p > start;
    }

private:
    const char* m_p;
    const char* m_end;
};

} // namespace

bool scanList(QByteArrayView body, ListSpans& out) {
    out = {};
    Scanner s(body);
    if (!s.eat('{'))
        return false;
    bool seenItems = false;
    bool seenMeta = false;
    if (!s.eat('}')) {
        for (;;) {
            if (!s.peek('"'))
                return false;
            const char* keyStart = s.pos() + 1;
            if (!s.skipString())
                return false;
            const QByteArrayView key(keyStart, s.pos() - 1 - keyStart);
            if (key.contains('\\'))
                return false; // an escaped key might spell "items": leave it to the full parser
            if (!s.eat(':'))
                return false;
            s.skipWs();
            if (key == "items") {
                if (seenItems)
                    return false;
                seenItems = true;
                if (s.peek('[')) {
                    s.eat('[');
                    out.itemsState = ListSpans::Items::Array;
                    if (!s.eat(']')) {
                        for (;;) {
                            s.skipWs();
                            const char* start = s.pos();
                            if (!s.skipValue())
                                return false;
                            out.items.append(QByteArrayView(start, s.pos() - start));
                            if (s.eat(','))
                                continue;
                            if (s.eat(']'))
                                break;
                            return false;
                        }
                    }
                } else {
                    const char* start = s.pos();
                    if (!s.skipValue())
                        return false;
                    // null is an empty list; anything else is not a list
                    out.itemsState = QByteArrayView(start, s.pos() - start) == "null"
                                         ? ListSpans::Items::Null
                                         : ListSpans::Items::Other;
                }
            } else {
                const char* start = s.pos();
                if (!s.skipValue())
                    return false;
                if (key == "metadata") {
                    if (seenMeta)
                        return false;
                    seenMeta = true;
                    out.metadata = QByteArrayView(start, s.pos() - start);
                }
            }
            if (s.eat(','))
                continue;
            if (s.eat('}'))
                break;
            return false;
        }
    }
    s.skipWs();
    return s.atEnd();
}

bool parseItem(QByteArrayView text, QJsonObject& out) {
    // Lenient like the whole-list path: an item that is not an object decodes as empty.
    if (text.isEmpty() || text.front() != '{') {
        out = {};
        return text == "null" || (!text.isEmpty() && text.front() != '{');
    }
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    out = doc.object();
    return true;
}

} // namespace fd::kube::detail
