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

// A generic list: metadata plus raw items (custom resources).
struct RawList {
    ListMeta metadata;
    QList<QJsonObject> items;
};
KubeResult<RawList> decodeRawList(const QByteArray& body);

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

namespace detail {
KubeResult<QJsonArray> listItems(const QJsonObject& list, ListMeta& meta);
// Runs fn(begin, end) over [0, count) in chunks on the global pool (and this thread).
void parallelFor(qsizetype count, const std::function<void(qsizetype, qsizetype)>& fn);
} // namespace detail

template <typename T> KubeResult<ObjectList<T>> decodeList(const QByteArray& body) {
    auto json = parseObject(body);
    if (!json)
        return json.error();
    ObjectList<T> out;
    auto items = detail::listItems(*json, out.metadata);
    if (!items)
        return items.error();
    const QJsonArray& array = *items;
    out.items.resize(array.size());
    detail::parallelFor(array.size(), [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            decode(array.at(i).toObject(), out.items[i]);
    });
    return out;
}

} // namespace fd::kube
