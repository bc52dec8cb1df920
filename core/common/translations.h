#pragma once
// Fleetdeck's own translations, compiled from translations/*.ts and embedded in the core under
// :/i18n, so the console and fleetdeck-cli speak the same language from the same file.
#include <QString>

#include <memory>

class QTranslator;

namespace fd {

// The shipped language the system's locale asks for: "ko" for Korean, else "en" (English also
// has a translation file: the plural forms of the %n messages).
QString systemLanguage();

// A translator loaded with the embedded translation for lang ("en" or "ko"); nullptr when there
// is none. The caller installs it (QCoreApplication::installTranslator) and keeps it alive.
std::unique_ptr<QTranslator> appTranslator(const QString& lang);

} // namespace fd
