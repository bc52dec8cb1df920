#include "metrics/jsonreader.h"

#include <charconv>
#include <cstring>

namespace fd::metrics {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray& out, char32_t cp) {
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

JsonReader::JsonReader(QByteArrayView json)
    : m_data(json.data())
    , m_size(json.size()) {
    // RFC 8259 §8.1 lets a parser ignore a leading byte order mark, and QJsonDocument (used for
    // the small answers) does: a proxy that adds one must not break only the big answers.
    if (json.startsWith(QByteArrayView("\xEF\xBB\xBF")))
        m_pos = 3;
}

bool JsonReader::fail(const QString& why) {
    if (!m_failed) {
        m_failed = true;
        m_error = why + QStringLiteral(" at byte %1").arg(m_pos);
    }
    return false;
}

void JsonReader::skipWhitespace() {
    while (m_pos < m_size && isSpace(m_data[m_pos]))
        ++m_pos;
}

bool JsonReader::expect(char c) {
    skipWhitespace();
    if (m_pos >= m_size || m_data[m_pos] != c)
        return fail(QStringLiteral("expected '%1'").arg(QLatin1Char(c)));
    ++m_pos;
    return true;
}

bool JsonReader::push() {
    if (int(m_first.size()) >= kMaxDepth)
        return fail(QStringLiteral("nested deeper than %1 levels").arg(kMaxDepth));
    m_first.push_back(true);
    return true;
}

JsonReader::Kind JsonReader::peek() {
    if (m_failed)
        return Kind::Invalid;
    skipWhitespace();
    if (m_pos >= m_size)
        return Kind::Invalid;
    switch (m_data[m_pos]) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    default:
        return (m_data[m_pos] == '-' || (m_data[m_pos] >= '0' && m_data[m_pos] <= '9'))
                   ? Kind::Number
                   : Kind::Invalid;
    }
}

bool JsonReader::enterObject() {
    return !m_failed && expect('{') && push();
}

bool JsonReader::enterArray() {
    return !m_failed && expect('[') && push();
}

// At an element or member boundary of the innermost container: consumes the closing bracket
// (more = false) or the comma before the next entry (more = true).
bool JsonReader::separator(char close, bool* more) {
    *more = false;
    if (m_failed || m_first.empty())
        return fail(QStringLiteral("unexpected end of container"));
    skipWhitespace();
    if (m_pos >= m_size)
        return fail(QStringLiteral("unexpected end of input"));
    const bool first = m_first.back();
    if (m_data[m_pos] == close) {
        ++m_pos;
        m_first.pop_back();
        return true;
    }
    if (!first && !expect(','))
        return false;
    m_first.back() = false;
    *more = true;
    return true;
}

bool JsonReader::nextKey(QByteArrayView* key) {
    bool more = false;
    if (!separator('}', &more) || !more)
        return false;
    skipWhitespace();
    if (m_pos >= m_size || m_data[m_pos] != '"')
        return fail(QStringLiteral("expected a member name"));
    return readString(key) && expect(':');
}

bool JsonReader::nextElement() {
    bool more = false;
    if (!separator(']', &more) || !more)
        return false;
    skipWhitespace();
    if (m_pos < m_size && m_data[m_pos] == ']')
        return fail(QStringLiteral("expected a value after ','"));
    return true;
}

bool JsonReader::readString(QByteArrayView* utf8) {
    if (m_failed || !expect('"'))
        return false;
    const qsizetype start = m_pos;
    // Fast path: no escapes.
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == '"') {
            *utf8 = QByteArrayView(m_data + start, m_pos - start);
            ++m_pos;
            return true;
        }
        if (c == '\\')
            break;
        ++m_pos;
    }
    m_scratch.clear();
    m_scratch.append(m_data + start, m_pos - start);
    while (m_pos < m_size) {
        const char c = m_data[m_pos++];
        if (c == '"') {
            *utf8 = QByteArrayView(m_scratch);
            return true;
        }
        if (c != '\\') {
            m_scratch.append(c);
            continue;
        }
        if (m_pos >= m_size)
            break;
        const char e = m_data[m_pos++];
        switch (e) {
        case '"':
        case '\\':
        case '/':
            m_scratch.append(e);
            break;
        case 'b':
            m_scratch.append('\b');
            break;
        case 'f':
            m_scratch.append('\f');
            break;
        case 'n':
            m_scratch.append('\n');
            break;
        case 'r':
            m_scratch.append('\r');
            break;
        case 't':
            m_scratch.append('\t');
            break;
        case 'u': {
            auto hex4 = [this](char32_t* out) {
                if (m_pos + 4 > m_size)
                    return false;
                char32_t v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_data[m_pos + i]);
                    if (h < 0)
                        return false;
                    v = (v << 4) | char32_t(h);
                }
                m_pos += 4;
                *out = v;
                return true;
            };
            char32_t cp = 0;
            if (!hex4(&cp))
                return fail(QStringLiteral("bad \\u escape"));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (m_pos + 2 <= m_size && m_data[m_pos] == '\\' && m_data[m_pos + 1] == 'u') {
                    m_pos += 2;
                    if (!hex4(&low))
                        return fail(QStringLiteral("bad \\u escape"));
                }
                if (low >= 0xDC00 && low <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                else
                    cp = 0xFFFD; // a lone surrogate: replaced, as decoders do
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(m_scratch, cp);
            break;
        }
        default:
            return fail(QStringLiteral("bad escape"));
        }
    }
    return fail(QStringLiteral("unterminated string"));
}

bool JsonReader::readString(QString* out) {
    QByteArrayView raw;
    if (!readString(&raw))
        return false;
    *out = QString::fromUtf8(raw);
    return true;
}

bool JsonReader::readNumber(double* out) {
    if (m_failed)
        return false;
    skipWhitespace();
    const qsizetype start = m_pos;
    // JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    if (m_pos < m_size && m_data[m_pos] == '-')
        ++m_pos;
    auto digits = [this] {
        const qsizetype from = m_pos;
        while (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
            ++m_pos;
        return m_pos - from;
    };
    const qsizetype intStart = m_pos;
    const qsizetype intDigits = digits();
    if (intDigits == 0 || (intDigits > 1 && m_data[intStart] == '0'))
        return fail(QStringLiteral("bad number"));
    if (m_pos < m_size && m_data[m_pos] == '.') {
        ++m_pos;
        if (digits() == 0)
            return fail(QStringLiteral("bad number"));
    }
    if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        if (digits() == 0)
            return fail(QStringLiteral("bad number"));
    }
    double value = 0;
    const auto [ptr, ec] = std::from_chars(m_data + start, m_data + m_pos, value);
    if (ptr != m_data + m_pos || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return fail(QStringLiteral("bad number"));
    *out = value;
    return true;
}

bool JsonReader::readBool(bool* out) {
    skipWhitespace();
    if (m_size - m_pos >= 4 && std::memcmp(m_data + m_pos, "true", 4) == 0) {
        m_pos += 4;
        *out = true;
        return !m_failed;
    }
    if (m_size - m_pos >= 5 && std::memcmp(m_data + m_pos, "false", 5) == 0) {
        m_pos += 5;
        *out = false;
        return !m_failed;
    }
    return fail(QStringLiteral("expected true or false"));
}

bool JsonReader::readNull() {
    skipWhitespace();
    if (m_size - m_pos >= 4 && std::memcmp(m_data + m_pos, "null", 4) == 0) {
        m_pos += 4;
        return !m_failed;
    }
    return fail(QStringLiteral("expected null"));
}

bool JsonReader::skipValue() {
    // Iterative: the container stack bounds the depth, not the C++ stack.
    const size_t base = m_first.size();
    do {
        if (m_first.size() > base) {
            const bool inObject = m_containerIsObject.back();
            bool more = false;
            if (!separator(inObject ? '}' : ']', &more))
                return false;
            if (!more) {
                m_containerIsObject.pop_back();
                continue;
            }
            if (inObject) {
                QByteArrayView key;
                if (!readString(&key) || !expect(':'))
                    return false;
            }
        }
        switch (peek()) {
        case Kind::Object:
            if (!enterObject())
                return false;
            m_containerIsObject.push_back(true);
            break;
        case Kind::Array:
            if (!enterArray())
                return false;
            m_containerIsObject.push_back(false);
            break;
        case Kind::String: {
            QByteArrayView ignored;
            if (!readString(&ignored))
                return false;
            break;
        }
        case Kind::Number: {
            double ignored = 0;
            if (!readNumber(&ignored))
                return false;
            break;
        }
        case Kind::Bool: {
            bool ignored = false;
            if (!readBool(&ignored))
                return false;
            break;
        }
        case Kind::Null:
            if (!readNull())
                return false;
            break;
        case Kind::Invalid:
            return fail(QStringLiteral("expected a value"));
        }
    } while (m_first.size() > base);
    return !m_failed;
}

bool JsonReader::atEnd() {
    skipWhitespace();
    return m_pos >= m_size;
}

QString StringPool::intern(QByteArrayView utf8) {
    const std::string_view key(utf8.data(), size_t(utf8.size()));
    if (const auto it = m_strings.find(key); it != m_strings.end())
        return it->second;
    QString value = QString::fromUtf8(utf8);
    if (m_strings.size() < 200000) // a pathological answer must not grow the pool unbounded
        m_strings.emplace(std::string(key), value);
    return value;
}

} // namespace fd::metrics
