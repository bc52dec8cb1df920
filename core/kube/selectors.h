#pragma once

#include "common/result.h"
#include "kube/kubetypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fd::kube {

// A label selector as the API's `labelSelector` query parameter understands it:
// "app=web,tier!=db,env in (prod,stage),!canary,gpu". Built in code or parsed from user input
// (with a message naming the bad part), and matched locally for watch-side filtering.
class LabelSelector final {
public:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };
    struct Requirement {
        QString key;
        Op op = Op::Exists;
        QStringList values;
        friend bool operator==(const Requirement&, const Requirement&) = default;
    };

    LabelSelector() = default;
    static LabelSelector fromMatchLabels(const StringMap& labels);
    static fd::Result<LabelSelector> parse(const QString& text);

    LabelSelector& equals(const QString& key, const QString& value);
    LabelSelector& notEquals(const QString& key, const QString& value);
    LabelSelector& in(const QString& key, const QStringList& values);
    LabelSelector& notIn(const QString& key, const QStringList& values);
    LabelSelector& exists(const QString& key);
    LabelSelector& doesNotExist(const QString& key);

    bool isEmpty() const { return m_requirements.isEmpty(); }
    const QList<Requirement>& requirements() const { return m_requirements; }
    QString toString() const;
    bool matches(const StringMap& labels) const;

private:
    QList<Requirement> m_requirements;
};

// A field selector ("metadata.name=x,status.phase!=Running"); the API supports only = and !=
// on a few fields per kind, so this stays a simple list.
class FieldSelector final {
public:
    FieldSelector& equals(const QString& field, const QString& value);
    FieldSelector& notEquals(const QString& field, const QString& value);
    bool isEmpty() const { return m_terms.isEmpty(); }
    QString toString() const { return m_terms.join(QLatin1Char(',')); }

private:
    QStringList m_terms;
};

// Label keys: [prefix/]name, name <= 63 chars of [A-Za-z0-9._-] starting/ending alphanumeric;
// prefix a DNS subdomain <= 253. Values: <= 63, same characters, may be empty.
bool isValidLabelKey(const QString& key);
bool isValidLabelValue(const QString& value);

} // namespace fd::kube
