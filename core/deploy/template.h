#pragma once

// The catalog's `{{placeholder}}` templates: command, args, environment and the start-up script.
// Substitution is plain text into one argument or variable at a time (no shell), and the start-up
// script only ever receives catalog values and numbers (the model name reaches it through an
// environment variable, never spliced into the script).

#include <QMap>
#include <QString>
#include <QStringList>

namespace fd::deploy {

// Names a template may use: port, model, modelStore, name.
const QStringList& templatePlaceholders();
// The subset allowed in a start-up script: port, modelStore.
const QStringList& scriptPlaceholders();

// Empty when every placeholder in `text` is one of `allowed` and the braces are balanced;
// otherwise the problem (translated), e.g. unknown placeholder "{{modle}}".
QString checkTemplate(const QString& text, const QStringList& allowed);

// Replaces each {{key}} by values[key]; unknown keys stay as they are.
QString expandTemplate(const QString& text, const QMap<QString, QString>& values);

} // namespace fd::deploy
