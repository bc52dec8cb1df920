#pragma once

// JSON objects as YAML, the way `deploy render` prints them and the wizard previews them: keys in
// kubectl's (sorted) order, block style, strings quoted exactly when a YAML reader would take
// them for something else (numbers, booleans, null, YAML syntax), multi-line strings (the
// start-up script) as literal blocks. Every rendering reads back to the same JSON (tested with
// yaml-cpp over all golden manifests).

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fd::deploy {

QString toYaml(const QJsonObject& object);
// Documents separated by "---" lines.
QString toYamlDocuments(const QList<QJsonObject>& objects);

// True when `text` can be written without quotes and still reads back as the same string.
bool isPlainSafe(const QString& text);

} // namespace fd::deploy
