#include "common/translations.h"

#include <QLocale>
#include <QTranslator>

namespace fd {

QString systemLanguage() {
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                           : QStringLiteral("en");
}

std::unique_ptr<QTranslator> appTranslator(const QString& lang) {
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/fleetdeck_") + lang))
        return nullptr;
    return translator;
}

} // namespace fd
