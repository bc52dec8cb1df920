#pragma once

// JSON -> typed structs. Pure functions, safe on any thread; KubeClient runs them on a worker.
// Decoding is lenient about missing or mistyped fields (they stay default) and strict only
// about the envelope: a body that is not a JSON object, or a list without an `items` array,
// is a MalformedResponse.

#include "kube/kubeerror.h"
#include "kube/kubetypes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <string_view>
#include <unordered_set>

namespace fd::kube {

void decode(const QJsonObject& json, ObjectMeta& out);
void decode(const QJsonObject& json, ListMeta& out);
void decode(const QJsonObject& json, Node& out);
void decode(const QJsonObject& json, Pod& out);
void decode(const QJsonObject& json, Deployment& out);
void decode(const QJsonObject& json, Event& out);
void decode(const QJsonObject& json, Namespace& out);
void decode(const QJsonObject& json, Service& out);
void decode(const QJsonObject& json, PersistentVolumeClaim& out);
void decode(const QJsonObject& json, ServiceAccount& out);
void decode(const QJsonObject& json, Secret& out);
void decode(const QJsonObject& json, ClusterRole& out);
void decode(const QJsonObject& json, ClusterRoleBinding& out);
void decode(const QJsonObject& json, VersionInfo& out);
void decode(const QJsonObject& json, AccessReview& out); // from a SelfSubjectAccessReview
void decode(const QJsonObject& json, RulesReview& out);  // from a SelfSubjectRulesReview
void decode(const QJsonObject& json, ApiResourceList& out);
QList<ApiGroup> decodeApiGroups(const QJsonObject& apiGroupList);
QStringList decodeApiVersions(const QJsonObject& apiVersions);

// RFC 3339 (Time and MicroTime) to UTC; invalid for empty or malformed text.
QDateTime parseTime(const QString& text);

// The body as a JSON object, or MalformedResponse (with the parser's position, never content).
KubeResult<QJsonObject> parseObject(const QByteArray& body);

// Any object as plain JSON: decode<QJsonObject> is the identity, so every typed call
// (list, watch) also works for kinds without a struct (custom resources such as Karmada's).
inline void decode(const QJsonObject& json, QJsonObject& out) {
    out = json;
}

// A generic list: metadata plus raw items.
using RawList = ObjectList<QJsonObject>;
KubeResult<RawList> decodeRawList(const QByteArray& body);

// One line of a watch stream ({"type": ..., "object": ...}), parsed.
struct WatchLine {
    enum class Type { Added, Modified, Deleted, Bookmark, Error };
    Type type = Type::Added;
    QString resourceVersion; // the object's metadata.resourceVersion
    QJsonObject object;
    KubeError error; // Type::Error: the Status the server sent (410 Gone: resourceVersion too old)
};
// False when the line is not a JSON watch event of a known type.
bool parseWatchLine(const QByteArray& line, WatchLine& out);

template <typename T> KubeResult<T> decodeObject(const QByteArray& body) {
    auto json = parseObject(body);
    if (!json)
        return json.error();
    T out;
    decode(*json, out);
    return out;
}

// Splits the items over the thread pool when the list is big; order is kept.
template <typename T> KubeResult<ObjectList<T>> decodeList(const QByteArray& body);

// The same list decoded through the whole-document parser only (the fast path's reference;
// used by the fuzzer to compare both).
KubeResult<RawList> decodeRawListWhole(const QByteArray& body);

namespace detail {
KubeResult<QJsonArray> listItems(const QJsonObject& list, ListMeta& meta);
// Runs fn(begin, end) over [0, count) in chunks on the global pool (and this thread).
void parallelFor(qsizetype count, const std::function<void(qsizetype, qsizetype)>& fn);

// Where a list body keeps its metadata and items (views into the body).
struct ListSpans {
    enum class Items { Missing, Null, Array, Other };
    Items itemsState = Items::Missing;
    QByteArrayView metadata;
    QList<QByteArrayView> items;
};
// Finds the items without parsing the whole body; false when the body is anything but a plain
// list object (the caller then parses it as a whole, which also yields the precise error).
bool scanList(QByteArrayView body, ListSpans& out);
// One item: false when it starts like an object but is not valid JSON.
bool parseItem(QByteArrayView text, QJsonObject& out);
KubeError malformedList(const QString& detail);

// Label keys and values, resource names and quantities and condition texts repeat from item to
// item of a list; while a StringPoolScope is active on a thread, decoding on that thread hands
// out one shared (implicitly shared QString) copy of each, which more than halves the memory a
// decoded node list holds.
class StringPool {
public:
    QString intern(QString text);

private:
    // libstdc++'s byte hash: several times cheaper than qHash(QString) (SipHash when Qt is
    // built without AES-NI), which would double the decoding time.
    struct Hash {
        size_t operator()(const QString& s) const noexcept {
            return std::hash<std::u16string_view>{}(
                std::u16string_view(reinterpret_cast<const char16_t*>(s.utf16()), s.size()));
        }
    };
    std::unordered_set<QString, Hash> m_strings;
};
class StringPoolScope {
public:
    explicit StringPoolScope(StringPool* pool);
    ~StringPoolScope();
    StringPoolScope(const StringPoolScope&) = delete;
    StringPoolScope& operator=(const StringPoolScope&) = delete;

private:
    StringPool* m_previous;
};

// After scanList(): decodes the metadata and each item with fn(json, index), in parallel.
template <typename Fn>
KubeResult<qsizetype> decodeSpans(const ListSpans& spans, ListMeta& meta, Fn fn) {
    if (spans.itemsState == ListSpans::Items::Missing ||
        spans.itemsState == ListSpans::Items::Other)
        return malformedList(QStringLiteral("list without an items array"));
    if (!spans.metadata.isEmpty()) {
        QJsonObject m;
        if (!parseItem(spans.metadata, m))
            return malformedList(QStringLiteral("list metadata is not valid JSON"));
        decode(m, meta);
    }
    std::atomic<qsizetype> firstBad{-1};
    parallelFor(spans.items.size(), [&](qsizetype begin, qsizetype end) {
        StringPool pool;
        StringPoolScope scope(&pool);
        for (qsizetype i = begin; i < end; ++i) {
            QJsonObject item;
            if (!parseItem(spans.items[i], item)) {
                qsizetype expected = -1;
                firstBad.compare_exchange_strong(expected, i);
                continue;
            }
            fn(item, i);
        }
    });
    if (firstBad >= 0)
        return malformedList(QStringLiteral("list item %1 is not valid JSON").arg(firstBad.load()));
    return spans.items.size();
}
} // namespace detail

template <typename T> KubeResult<ObjectList<T>> decodeList(const QByteArray& body) {
    ObjectList<T> out;
    detail::ListSpans spans;
    if (detail::scanList(body, spans)) {
        // Fast path: items parsed and decoded one by one, in parallel.
        out.items.resize(spans.items.size());
        auto n =
            detail::decodeSpans(spans, out.metadata, [&](const QJsonObject& json, qsizetype i) {
                decode(json, out.items[i]);
            });
        if (!n)
            return n.error();
        return out;
    }
    auto json = parseObject(body);
    if (!json)
        return json.error();
    auto items = detail::listItems(*json, out.metadata);
    if (!items)
        return items.error();
    const QJsonArray& array = *items;
    out.items.resize(array.size());
    detail::parallelFor(array.size(), [&](qsizetype begin, qsizetype end) {
        detail::StringPool pool;
        detail::StringPoolScope scope(&pool);
        for (qsizetype i = begin; i < end; ++i)
            decode(array.at(i).toObject(), out.items[i]);
    });
    return out;
}

} // namespace fd::kube
