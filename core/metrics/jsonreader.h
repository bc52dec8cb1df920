#pragma once

// A small pull reader for JSON (RFC 8259), for the big answers of Prometheus (range queries of
// many series): it reads the body in place, without building a document, so decoding costs
// about what the bytes do. Strict about structure: invalid JSON fails with the byte offset;
// nesting deeper than kMaxDepth fails instead of recursing. Lenient where QJsonDocument is too:
// raw control characters inside strings are taken as they are, and a leading UTF-8 byte order
// mark is skipped. Numbers follow the RFC's grammar (QJsonDocument also takes "1." and ".5";
// Prometheus never sends them). Small, irregular answers (targets,
// rules, alerts) go through QJsonDocument instead.
//
//   JsonReader r(body);
//   if (r.enterObject())
//       while (r.nextKey(&key)) { if (key == "data") ...; else r.skipValue(); }
//   if (r.failed()) ... r.errorString()

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fd::metrics {

class JsonReader final {
public:
    static constexpr int kMaxDepth = 128;
    enum class Kind { Object, Array, String, Number, Bool, Null, Invalid };

    explicit JsonReader(QByteArrayView json);

    Kind peek(); // the kind of the next value (Invalid at the end of input or after a failure)

    bool enterObject(); // consumes '{'
    // The next member's key (raw bytes, unescaped; valid until the next read). False at '}'
    // (consumed) or on failure.
    bool nextKey(QByteArrayView* key);
    bool enterArray();  // consumes '['
    bool nextElement(); // true when another element follows; false at ']' (consumed) or failure

    bool readString(QByteArrayView* utf8); // valid until the next read
    bool readString(QString* out);
    bool readNumber(double* out);
    bool readBool(bool* out);
    bool readNull();
    bool skipValue();
    bool atEnd(); // only whitespace is left

    bool failed() const { return m_failed; }
    QString errorString() const { return m_error; }
    qsizetype offset() const { return m_pos; }
    bool fail(const QString& why);

private:
    void skipWhitespace();
    bool expect(char c);
    bool push();
    bool separator(char close, bool* more);

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_failed = false;
    QString m_error;
    std::vector<bool> m_first;             // per open container: no element read yet
    std::vector<bool> m_containerIsObject; // skipValue()'s own containers
    QByteArray m_scratch;                  // unescaped strings
};

// Shares equal strings while one answer is decoded: a range query repeats the same label names
// and values (model, host, job) in every series.
class StringPool final {
public:
    QString intern(QByteArrayView utf8);

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

} // namespace fd::metrics
