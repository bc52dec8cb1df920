#pragma once

// Block-style YAML from JSON values with a stable key order: what `policy render` prints and
// what sync applies. Keys listed in WriteOptions::keyOrder come first (in that order), every
// other key after them alphabetically — with no list given that is kubectl's own order
// (apiVersion, kind, metadata, spec). Strings that a YAML 1.1 or 1.2 reader would take for
// something else ("300", "true", "on", "2024-01-01", "") are double-quoted.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace fd::policy::yaml {

struct WriteOptions {
    QStringList keyOrder;
};

QByteArray write(const QJsonValue& value, const WriteOptions& options = {});
// Documents separated by "---" lines (none before the first), each ending in a newline.
QByteArray writeDocuments(const QList<QJsonObject>& documents, const WriteOptions& options = {});
// One scalar as the writer would print it (plain or double-quoted).
QString scalarText(const QString& text);

} // namespace fd::policy::yaml
