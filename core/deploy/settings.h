#pragma once

// The runtime's typed advanced settings: parsing values from text (the wizard's fields and the
// CLI's `--set key=value`), range checks, and the resolved set a deployment sends.

#include "common/result.h"
#include "deploy/runtime.h"

#include <QMap>
#include <QString>
#include <QVariant>

namespace fd::deploy {

// The value for `setting` from text, checked against its type, range, choices and pattern.
// The error's message is a fragment naming the value and what is allowed ("99 is not between
// 128 and 1048576").
fd::Result<QVariant> parseSettingValue(const SettingSpec& setting, const QString& text);

// How a value is written on a command line or into a variable ("0.9", "true", "8192").
QString settingValueText(const SettingSpec& setting, const QVariant& value);

// "key=value" as given to --set; the value may be empty (clears a default).
fd::Result<std::pair<QString, QString>> parseSetArgument(const QString& argument);

// Defaults with the overrides applied, every value validated: key -> value for the settings
// that will be sent. An override with an empty value removes the setting. Unknown keys and
// invalid values fail with one sentence naming the setting.
fd::Result<QMap<QString, QVariant>> resolveSettings(const RuntimeSpec& runtime,
                                                    const QMap<QString, QString>& overrides);

} // namespace fd::deploy
